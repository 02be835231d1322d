#include "PersonalData.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>

namespace paragraf {
namespace {

int luhnSum(const QString& tenDigits) {
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int d = tenDigits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    return sum;
}

// A person is under 100 (else "+" is written): a two-digit year is this century unless that
// lies in the future.
int fullYear(const QString& digits) {
    if (digits.size() == 12)
        return digits.left(4).toInt();
    const int yy = digits.left(2).toInt();
    const int now = QDate::currentDate().year();
    const int year = now / 100 * 100 + yy;
    return year > now ? year - 100 : year;
}

bool overlaps(const QList<PersonalDataFinding>& found, qsizetype start, qsizetype length) {
    return std::any_of(found.begin(), found.end(), [&](const PersonalDataFinding& f) {
        return start < f.start + f.length && f.start < start + length;
    });
}

void addMatches(QList<PersonalDataFinding>& found, const QString& text,
                const QRegularExpression& pattern, PersonalDataFinding::Kind kind,
                bool (*accept)(const QString&, PersonalDataFinding::Kind&) = nullptr) {
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        PersonalDataFinding::Kind actual = kind;
        if (accept && !accept(match.captured(), actual))
            continue;
        if (overlaps(found, match.capturedStart(), match.capturedLength()))
            continue;
        found.append({actual, match.capturedStart(), match.capturedLength(), match.captured()});
    }
}

QString digitsOf(const QString& text) {
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

bool acceptIdentity(const QString& matched, PersonalDataFinding::Kind& kind) {
    bool coordination = false;
    if (!isIdentityNumber(digitsOf(matched), &coordination))
        return false;
    kind = coordination ? PersonalDataFinding::CoordinationNumber
                        : PersonalDataFinding::IdentityNumber;
    return true;
}

// A Swedish number has 8 to 10 digits after +46 0 or the leading 0 (070-123 45 67,
// 08-123 456 78); fewer is a sum of money or a count.
bool acceptPhone(const QString& matched, PersonalDataFinding::Kind&) {
    QString digits = digitsOf(matched);
    if (digits.startsWith(QStringLiteral("46")) && matched.startsWith(QLatin1Char('+')))
        digits = QLatin1Char('0') + digits.mid(2);
    return digits.size() >= 8 && digits.size() <= 10;
}

bool opensSentence(const QString& text, qsizetype start) {
    const QStringView before = QStringView(text).left(start).trimmed();
    return before.isEmpty() || before.endsWith(u'.') || before.endsWith(u':');
}

// "Sökande", "Klaganden", "Fastighetsägaren": Swedish nouns that open a sentence about a
// person, by their endings; a first name seldom ends so.
bool looksLikeNoun(const QString& word) {
    static const QRegularExpression ending(
        QStringLiteral("(?:ande|ende|anden|enden|aren|are|ägare|ägaren|heten|ningen)$"));
    return ending.match(word).hasMatch();
}

bool sortByStart(const PersonalDataFinding& a, const PersonalDataFinding& b) {
    return a.start < b.start;
}

} // namespace

bool isIdentityNumber(const QString& digits, bool* coordination) {
    if ((digits.size() != 10 && digits.size() != 12) ||
        std::any_of(digits.begin(), digits.end(), [](QChar c) { return !c.isDigit(); }))
        return false;
    const QString ten = digits.right(10);
    if (luhnSum(ten) % 10 != 0)
        return false;
    const int month = ten.mid(2, 2).toInt();
    int day = ten.mid(4, 2).toInt();
    const bool samordning = day > 60;
    if (samordning)
        day -= 60;
    if (coordination)
        *coordination = samordning;
    return QDate(fullYear(digits), month, day).isValid();
}

QList<PersonalDataFinding> findPersonalData(const QString& text) {
    static const QRegularExpression email(
        QStringLiteral("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}"),
        QRegularExpression::UseUnicodePropertiesOption);
    // YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN and the same without the dash.
    static const QRegularExpression identity(
        QStringLiteral("(?<![\\d-])(?:\\d{2})?\\d{6}[-+ ]?\\d{4}(?![\\d-])"));
    static const QRegularExpression phone(
        QStringLiteral("(?<![\\w+-])(?:\\+46[ -]?|0)\\d{1,3}(?:[ -]?\\d{2,3}){2,4}(?![\\d-])"));
    // Storgatan 12, Kyrkvägen 3 B, 3b, 831 82 Östersund. A house letter apart from the number is a
    // capital: "Kyrkvägen 3 i Bräcke" proposed "Kyrkvägen 3 i".
    static const QRegularExpression address(
        QStringLiteral("\\b\\p{Lu}\\p{Ll}*(?:gatan|vägen|gränd|gränden|stigen|torget|backen|allén|"
                       "platsen|leden|plan|väg|gata|torg)\\s+\\d{1,4}(?:\\s?[A-Z]\\b|[a-z]\\b)?"
                       "(?:,?\\s+\\d{3}\\s?\\d{2}\\s+\\p{Lu}\\p{Ll}+)?"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<PersonalDataFinding> found;
    addMatches(found, text, email, PersonalDataFinding::Email);
    addMatches(found, text, identity, PersonalDataFinding::IdentityNumber, acceptIdentity);
    addMatches(found, text, address, PersonalDataFinding::Address);
    addMatches(found, text, phone, PersonalDataFinding::Phone, acceptPhone);
    std::sort(found.begin(), found.end(), sortByStart);
    return found;
}

QList<PersonalDataFinding> findPrivateNames(const QString& text, const MeetingRecord& record) {
    static const QRegularExpression name(
        QStringLiteral(
            "\\b\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)+"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList known;
    for (const Participant& p : record.participants)
        known << p.name;
    known << record.body.name;
    QList<PersonalDataFinding> found;
    for (auto it = name.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        qsizetype start = match.capturedStart();
        QString words = match.captured();
        // "Sökande Anna Ek": a capitalised noun opening the sentence is not part of the name.
        const qsizetype firstSpace = words.indexOf(u' ');
        if (words.count(u' ') >= 2 && opensSentence(text, start) &&
            looksLikeNoun(words.left(firstSpace))) {
            const qsizetype skip = firstSpace + 1;
            start += skip;
            words = words.mid(skip);
        }
        if (std::any_of(known.begin(), known.end(),
                        [&](const QString& k) { return k.contains(words) || words.contains(k); }))
            continue;
        found.append({PersonalDataFinding::PrivateName, start, words.size(), words});
    }
    return found;
}

QString personalDataKindName(PersonalDataFinding::Kind kind) {
    switch (kind) {
    case PersonalDataFinding::IdentityNumber:
        return QStringLiteral("personnummer");
    case PersonalDataFinding::CoordinationNumber:
        return QStringLiteral("samordningsnummer");
    case PersonalDataFinding::Phone:
        return QStringLiteral("telefonnummer");
    case PersonalDataFinding::Email:
        return QStringLiteral("e-postadress");
    case PersonalDataFinding::Address:
        return QStringLiteral("adress");
    case PersonalDataFinding::PrivateName:
        return QStringLiteral("namn på enskild");
    }
    return {};
}

} // namespace paragraf
