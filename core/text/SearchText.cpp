#include "SearchText.h"

#include "ComposedText.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace paragraf {
namespace {

// The folding table; resources/migrations/0016_search.sql and migrations-pg/0016_search.sql
// spell out the same pairs (scripts/search-fold.py writes them).
const QString foldedFrom =
    QStringLiteral("ÅÄÖÆæØøÉÈÊËéèêëÁÀÂÃáàâãÍÌÎÏíìîïÓÒÔÕóòôõÚÙÛÜúùûüÝýÿŸÇçČčĆćÑñŃńŠšŚśŽžŹźŻżŁł");
const QString foldedTo =
    QStringLiteral("åäöääööeeeeeeeeaaaaaaaaiiiiiiiioooooooouuuuuuuuyyyyccccccnnnnsssszzzzzzll");

const QHash<QChar, QChar>& foldTable() {
    static const QHash<QChar, QChar> table = [] {
        QHash<QChar, QChar> t;
        for (qsizetype i = 0; i < foldedFrom.size(); ++i)
            t.insert(foldedFrom.at(i), foldedTo.at(i));
        return t;
    }();
    return table;
}

// Swedish endings, longest first: the definite and plural forms and the genitive s.
const QStringList& endings() {
    static const QStringList list = {
        QStringLiteral("arnas"), QStringLiteral("ernas"), QStringLiteral("ornas"),
        QStringLiteral("arna"),  QStringLiteral("erna"),  QStringLiteral("orna"),
        QStringLiteral("ens"),   QStringLiteral("ets"),   QStringLiteral("ans"),
        QStringLiteral("ars"),   QStringLiteral("ers"),   QStringLiteral("ors"),
        QStringLiteral("an"),    QStringLiteral("ar"),    QStringLiteral("er"),
        QStringLiteral("or"),    QStringLiteral("en"),    QStringLiteral("et"),
        QStringLiteral("na"),    QStringLiteral("a"),     QStringLiteral("e"),
        QStringLiteral("s")};
    return list;
}

constexpr int shortestWord = 3;

// The word without its ending, when at least three letters remain; four before a lone s, which
// ends many words of their own ("kurs", "hus"), and before -er, which ends many words that are
// not inflected ("under", "efter"): three letters are found inside nearly any word, and "under"
// found "und" in "Kommundirektören" and "Hedlund" before "underlaget".
QString stem(const QString& word) {
    for (const QString& ending : endings()) {
        const bool ownWordsEndSo = ending == QLatin1String("s") || ending == QLatin1String("er");
        const int keep = ownWordsEndSo ? shortestWord + 1 : shortestWord;
        if (word.endsWith(ending) && word.size() - ending.size() >= keep)
            return word.left(word.size() - ending.size());
    }
    return word;
}

bool inWord(QChar c) {
    return c.isLetterOrNumber();
}

// The runs of letters and digits in `text`.
QStringList wordsOf(const QString& text) {
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && inWord(text.at(i));
        if (letter && start < 0)
            start = i;
        if (letter || start < 0)
            continue;
        words << text.mid(start, i - start);
        start = -1;
    }
    return words;
}

} // namespace

const QStringList& searchEndings() {
    return endings();
}

QString foldForSearch(const QString& text) {
    QString folded = text;
    const auto& table = foldTable();
    for (QChar& c : folded) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + ('a' - 'A'));
        else if (c.unicode() > 0x7f)
            c = table.value(c, c);
    }
    return folded;
}

QStringList shortQueryWords(const QString& query) {
    QStringList left;
    for (const QString& word : wordsOf(composed(query)))
        if (word.size() < shortestWord && !left.contains(word))
            left << word;
    return left;
}

QStringList searchWords(const QString& query) {
    QStringList words;
    for (const QString& written : wordsOf(foldForSearch(composed(query)))) {
        const QString word = stem(written);
        if (word.size() >= shortestWord && !words.contains(word))
            words << word;
    }
    return words;
}

SearchWordPlace placeOfWord(const QString& folded, const QString& word,
                            const QStringList& endings) {
    // What the index's tokenizer (FTS5 unicode61) takes as part of a word: letters and digits of
    // any script, and the marks that go with them (ß, İ, ﬁ, "u" and a combining diaeresis), so
    // that a waiting row ranks as the index would rank it.
    const auto isLetter = [](QChar c) {
        return c.isLetterOrNumber() || c.isMark();
    };
    const auto endsAt = [&](qsizetype at) {
        return at >= folded.size() || !isLetter(folded[at]);
    };
    qsizetype at = word.isEmpty() ? -1 : folded.indexOf(word);
    if (at < 0)
        return SearchWordPlace::None;
    for (; at >= 0; at = folded.indexOf(word, at + 1)) {
        if (at > 0 && isLetter(folded[at - 1]))
            continue;
        const qsizetype end = at + word.size();
        if (endsAt(end))
            return SearchWordPlace::Whole;
        for (const QString& ending : endings)
            if (QStringView(folded).sliced(end).startsWith(ending) && endsAt(end + ending.size()))
                return SearchWordPlace::Whole;
    }
    return SearchWordPlace::Inside;
}

const SearchLanguage& searchLanguage() {
    static const SearchLanguage language{endings(), foldForSearch,
                                         [](const QString& folded, const QString& word) {
                                             return placeOfWord(folded, word, endings());
                                         }};
    return language;
}

QList<SearchMark> searchMarks(const QString& text, const QStringList& words) {
    const QString folded = foldForSearch(text);
    QList<SearchMark> marks;
    for (const QString& word : words) {
        for (qsizetype at = folded.indexOf(word); at >= 0 && !word.isEmpty();
             at = folded.indexOf(word, at + word.size())) {
            qsizetype start = at;
            qsizetype end = at + word.size();
            while (start > 0 && inWord(folded.at(start - 1)))
                --start;
            while (end < folded.size() && inWord(folded.at(end)))
                ++end;
            marks << SearchMark{int(start), int(end - start)};
        }
    }
    std::sort(marks.begin(), marks.end(),
              [](const SearchMark& a, const SearchMark& b) { return a.start < b.start; });
    QList<SearchMark> merged;
    for (const SearchMark& m : marks) {
        if (!merged.isEmpty() && m.start <= merged.last().start + merged.last().length)
            merged.last().length =
                std::max(merged.last().length, m.start + m.length - merged.last().start);
        else
            merged << m;
    }
    return merged;
}

SearchSnippet searchSnippet(const QString& text, const QStringList& words, int width) {
    QString line = text;
    for (QChar& c : line)
        if (c.isSpace())
            c = QLatin1Char(' ');
    const QList<SearchMark> marks = searchMarks(line, words);
    const int size = int(line.size());
    const int first = marks.isEmpty() ? 0 : marks.first().start;
    // Start a third of the width before the first match, at the start of a word.
    int from = std::max(0, first - width / 3);
    while (from > 0 && line.at(from - 1) != QLatin1Char(' '))
        --from;
    while (from < first && line.at(from) == QLatin1Char(' '))
        ++from;
    int to = std::min(size, from + width);
    while (to < size && to > first && line.at(to - 1) != QLatin1Char(' '))
        --to;
    if (to <= first)
        to = std::min(size, from + width);
    const QString before = from > 0 ? QStringLiteral("…") : QString();
    SearchSnippet snippet{before + line.mid(from, to - from), {}};
    while (snippet.text.endsWith(QLatin1Char(' ')))
        snippet.text.chop(1);
    if (to < size)
        snippet.text += QStringLiteral("…");
    const int shift = int(before.size()) - from;
    for (const SearchMark& m : marks)
        if (m.start >= from && m.start + m.length <= to)
            snippet.marks << SearchMark{m.start + shift, m.length};
    return snippet;
}

QString readableOfMarkdown(const QString& markdown) {
    static const QRegularExpression heading(QStringLiteral("(?m)^#{1,6} +"));
    // Emphasis: a run between two "**", "__", "*" or "_" that touch it, none escaped.
    static const QRegularExpression strong(
        QStringLiteral("(?<![\\\\*_])(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)(?<!\\\\)\\1"));
    static const QRegularExpression emphasis(QStringLiteral(
        "(?<![\\\\*\\w])([*_])(?=[^\\s*_])([^*_\\n]+?)(?<=\\S)(?<!\\\\)\\1(?![*\\w])"));
    // A backslash before any ASCII punctuation is an escape in CommonMark.
    static const QRegularExpression escape(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    QString text = markdown;
    text.replace(heading, QString());
    text.replace(strong, QStringLiteral("\\2"));
    text.replace(emphasis, QStringLiteral("\\2"));
    text.replace(escape, QStringLiteral("\\1"));
    return text;
}

} // namespace paragraf
