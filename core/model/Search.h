#pragma once

#include "model/Ids.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace paragraf {

// What a person looks for across every body and year (docs/search.md), and the filters: a
// body's name, a year, a paragraph kind ("decision", "information") and a meeting's status
// code; empty or 0 for any.
struct SearchRequest {
    QString text;
    QString body;
    int year = 0;
    QString kind;
    QString status;
    int limit = 50;
};

// A stretch of a snippet to show highlighted: [start, start + length).
struct SearchMark {
    int start = 0;
    int length = 0;
    friend bool operator==(const SearchMark&, const SearchMark&) = default;
};

// One found paragraph (or, for a remark or rättelse that names none, the meeting), best first.
// `snippet` is the piece of text that matched best, as written, with the matching words in
// `marks`; `source` says where it is (title, decision, section, attachment, remark, assignment,
// erratum, case_number).
struct SearchHit {
    Id meetingId = NoId;
    Id paragraphId = NoId;
    QString body;
    QDate date;
    QString status;
    int number = 0;
    QString title;
    QString kind;
    QString source;
    QString snippet;
    QList<SearchMark> marks;
    double score = 0;
};

// How a query word stands in a folded text: not at all, inside a longer word, or whole (alone or
// with a Swedish ending after it).
enum class SearchWordPlace { None, Inside, Whole };

// The Swedish side of the search, as text/SearchText.h gives it (searchLanguage()), for the
// storage, which does not depend on text/: the endings that leave a word whole, the folding, and
// how a word stands in a folded text.
struct SearchLanguage {
    QStringList endings;
    std::function<QString(const QString& text)> fold;
    std::function<SearchWordPlace(const QString& folded, const QString& word)> place;
};

} // namespace paragraf
