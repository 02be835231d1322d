#include "AttClauses.h"

#include <QRegularExpression>
#include <QStringList>

namespace paragraf {
namespace {

// The words before the first att-clause that make the sentence a decision of att-clauses.
const QRegularExpression& lead() {
    static const QRegularExpression re(
        QStringLiteral("^(.*?(?:\\bbeslut\\w*|\\bföreslå\\w*|:))\\s+(att\\s.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption |
            QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Where a new clause begins: after a comma or semicolon, or "och"/"samt" after one or not.
const QRegularExpression& clauseBreak() {
    static const QRegularExpression re(QStringLiteral("(,|;|,?\\s+(?:och|samt))\\s+(?=att\\s)"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

QString attClausesAsLines(const QString& decision) {
    if (decision.contains(QLatin1Char('\n')))
        return decision;
    QString leadText;
    QString rest = decision;
    if (!decision.startsWith(QStringLiteral("att "), Qt::CaseInsensitive)) {
        const auto match = lead().match(decision);
        if (!match.hasMatch())
            return decision;
        leadText = match.captured(1);
        rest = match.captured(2);
    }
    // Each clause keeps the comma, semicolon or "och" that ended it, so that the words are the
    // ones written.
    QStringList lines;
    if (!leadText.isEmpty())
        lines << leadText;
    qsizetype from = 0;
    auto it = clauseBreak().globalMatch(rest);
    while (it.hasNext()) {
        const auto m = it.next();
        lines << rest.mid(from, m.capturedEnd(1) - from);
        from = m.capturedEnd(0);
    }
    lines << rest.mid(from);
    // Markdown paragraphs: one clause a paragraph, as real protocols set them.
    return lines.join(QStringLiteral("\n\n"));
}

} // namespace paragraf
