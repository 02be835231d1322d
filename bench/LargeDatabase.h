#pragma once

#include "Result.h"

#include <QString>

namespace paragraf::bench {

struct LargeDatabaseShape {
    int bodies = 10;
    int years = 10;
    int meetingsPerYear = 12;
    int paragraphsPerMeeting = 30;   // 10 × 10 × 12 × 30 = 36,000 paragraphs
    int longMeetingParagraphs = 200; // and one budget meeting of 200, the last of 2024
};

// The id of the 200-paragraph meeting in a generated database.
constexpr qint64 longMeetingId = 1201;

// Writes a database of realistic size for benchmarks: bodies with members and substitutes,
// meetings with attendance, paragraphs with Swedish text in sections and decisions.
Status generateLargeDatabase(const QString& path, const LargeDatabaseShape& shape = {});

// Where the benchmarks keep the large database: $PARAGRAF_BENCH_DB, or a file in the temp folder.
QString largeDatabasePath();

// The generated file at `path`, made if it is not there yet or has an older schema (generation
// takes about 20 s).
Status ensureLargeDatabase(const QString& path, const LargeDatabaseShape& shape = {});

} // namespace paragraf::bench
