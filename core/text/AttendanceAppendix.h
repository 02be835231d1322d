#pragma once

#include "model/MeetingRecord.h"

#include <QList>
#include <QStringList>

namespace paragraf {

// One ruled table of the appendix; its first row is the header, repeated on every page.
struct AppendixTable {
    QList<QStringList> rows;
    QList<int> widths; // percentages
};

// The protocol's appendix "Närvaro- och voteringslista" as fullmäktige print it: a row per
// member of the body (in the roster's order) with their presence, the substitutes who served in
// their seat and in which paragraphs, and a column per named vote with the seat's vote (cast by
// whoever served in it), the sums below. At most ten votes go in one table, so that the columns
// stay readable on A4; more votes make more tables.
struct AttendanceAppendix {
    QString title;
    QString legend;
    QList<AppendixTable> tables;
    QStringList notes; // closed votes, which have no names to list
};

AttendanceAppendix attendanceAppendix(const MeetingRecord& record);

} // namespace paragraf
