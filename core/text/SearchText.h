#pragma once

#include "model/Search.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace paragraf {

// The Swedish side of search (docs/search.md), one implementation for the file, the server and
// the query. The index folds text in SQL with the same table (resources/migrations*/0016).

// A-Z to a-z; å ä ö stay letters of their own (Å Ä Ö to å ä ö), æ ø become ä ö, other accents
// go (é to e, ü to u, ł to l). One character for one, so a place in the folded text is the same
// place in the text as written. Nothing else changes (other scripts keep their case).
QString foldForSearch(const QString& text);

// The words a query looks for: folded, split at anything that is not a letter or a digit, each
// with a Swedish ending taken off ("skolans" looks for "skol", so "skola", "skolor", "grundskolan"
// are found), words shorter than three letters left out (the index cannot find them), each once.
QStringList searchWords(const QString& query);

// The words of a query too short to look for ("KS", "ö"), as written, each once: what the search
// says it left out.
QStringList shortQueryWords(const QString& query);

// The Swedish endings searchWords() takes off, longest first: a word found as the query word with
// one of these after it stands whole; the ranking counts it more than one found inside a word.
const QStringList& searchEndings();

// How a query word stands in a folded text (foldForSearch): not at all, inside a longer word, or
// whole — alone or with one of `endings` after it, between characters that are not letters,
// digits or marks, as the index's tokenizer parts words.
SearchWordPlace placeOfWord(const QString& folded, const QString& word, const QStringList& endings);

// The endings, foldForSearch and placeOfWord together, for the storage's search.
const SearchLanguage& searchLanguage();

// Where the words are in `text`, each mark covering the whole word it is found in.
QList<SearchMark> searchMarks(const QString& text, const QStringList& words);

// A piece of `text` around its first match, about `width` characters on one line, with "…" where
// it was cut, and the marks within it.
struct SearchSnippet {
    QString text;
    QList<SearchMark> marks;
};
SearchSnippet searchSnippet(const QString& text, const QStringList& words, int width = 160);

// Text stored as Markdown (a section, a decision: the desk's rich text) as a reader sees it, for
// a snippet: heading marks, emphasis marks ("**RUS mål 5**") and the writer's escapes taken off.
// Qt's writer wraps lines at 80 columns and escapes a dash that a wrap puts first on a line ("\-"),
// which a snippet showed.
QString readableOfMarkdown(const QString& markdown);

} // namespace paragraf
