#include "RosterCsv.h"

#include "i18n/TrContexts.h"
#include "rules/FieldLimits.h"
#include "text/ComposedText.h"

#include <QHash>
#include <QStringDecoder>
#include <algorithm>

namespace paragraf {
namespace {

enum class Field { Name, Organisation, Party, Role, SubstituteFor, ElectionOrder, From, To };

// Header words a Swedish or English spreadsheet uses, lower case.
const QHash<QString, Field>& headerWords() {
    static const QHash<QString, Field> words{
        {QStringLiteral("namn"), Field::Name},
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("organisation"), Field::Organisation},
        {QStringLiteral("organization"), Field::Organisation},
        {QStringLiteral("huvudman"), Field::Organisation},
        {QStringLiteral("parti"), Field::Party},
        {QStringLiteral("party"), Field::Party},
        {QStringLiteral("roll"), Field::Role},
        {QStringLiteral("role"), Field::Role},
        {QStringLiteral("uppdrag"), Field::Role},
        {QStringLiteral("ersättare för"), Field::SubstituteFor},
        {QStringLiteral("personlig ersättare för"), Field::SubstituteFor},
        {QStringLiteral("substitute for"), Field::SubstituteFor},
        {QStringLiteral("ordning"), Field::ElectionOrder},
        {QStringLiteral("inkallelseordning"), Field::ElectionOrder},
        {QStringLiteral("ersättarordning"), Field::ElectionOrder},
        {QStringLiteral("order"), Field::ElectionOrder},
        {QStringLiteral("order of election"), Field::ElectionOrder},
        {QStringLiteral("från"), Field::From},
        {QStringLiteral("fr.o.m."), Field::From},
        {QStringLiteral("from"), Field::From},
        {QStringLiteral("till"), Field::To},
        {QStringLiteral("t.o.m."), Field::To},
        {QStringLiteral("to"), Field::To},
    };
    return words;
}

const QHash<QString, MemberRole>& roleWords() {
    static const QHash<QString, MemberRole> words{
        {QStringLiteral("ledamot"), MemberRole::Member},
        {QStringLiteral("member"), MemberRole::Member},
        {QStringLiteral("ersättare"), MemberRole::Substitute},
        {QStringLiteral("personlig ersättare"), MemberRole::Substitute},
        {QStringLiteral("substitute"), MemberRole::Substitute},
        {QStringLiteral("ordförande"), MemberRole::Chair},
        {QStringLiteral("chair"), MemberRole::Chair},
        {QStringLiteral("vice ordförande"), MemberRole::FirstViceChair},
        {QStringLiteral("1:e vice ordförande"), MemberRole::FirstViceChair},
        {QStringLiteral("first vice chair"), MemberRole::FirstViceChair},
        {QStringLiteral("vice chair"), MemberRole::FirstViceChair},
        {QStringLiteral("2:e vice ordförande"), MemberRole::SecondViceChair},
        {QStringLiteral("second vice chair"), MemberRole::SecondViceChair},
        {QStringLiteral("adjungerad"), MemberRole::CoOpted},
        {QStringLiteral("co-opted"), MemberRole::CoOpted},
    };
    return words;
}

// Strict UTF-8 first; a file that is not valid UTF-8 is taken as Windows-1252, which is what
// Excel writes on Swedish Windows when asked for "CSV (semikolonavgränsad)".
QString decode(const QByteArray& bytes, QString& encoding) {
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError()) {
        encoding = QStringLiteral("UTF-8");
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
    encoding = QStringLiteral("Windows-1252");
    QStringDecoder windows("windows-1252");
    return windows(bytes);
}

struct Record {
    int line = 0;
    QStringList fields;
};

// Fields split at the separator outside double quotes; "" inside quotes is one quote, and a
// quoted field may hold a line break.
QList<Record> splitRecords(const QString& text, QChar separator) {
    QList<Record> records;
    Record current{1, {}};
    QString field;
    bool quoted = false;
    int line = 1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            current.fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            current.fields << field;
            field.clear();
            records << current;
            current = Record{++line, {}};
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !current.fields.isEmpty()) {
        current.fields << field;
        records << current;
    }
    return records;
}

// The first control character of a field (a line break inside quotes included), if any.
std::optional<uint> controlCharacter(const QString& field) {
    for (const QChar c : field)
        if (c.category() == QChar::Other_Control)
            return c.unicode();
    return std::nullopt;
}

QChar guessSeparator(const QString& text) {
    const QString header = text.section(QLatin1Char('\n'), 0, 0);
    return header.count(QLatin1Char(';')) >= header.count(QLatin1Char(',')) ? QLatin1Char(';')
                                                                            : QLatin1Char(',');
}

// Dates as Swedish spreadsheets show them, ISO 8601 (2024-01-31); 1/31/2024 is refused rather
// than guessed.
std::optional<QDate> readDate(const QString& text) {
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

class RowReader {
public:
    RowReader(const QHash<Field, int>& columns, RosterFile& file)
        : m_columns(columns), m_file(file) {}

    std::optional<RosterRow> read(const Record& record) {
        RosterRow row;
        row.line = record.line;
        m_record = &record;
        m_ok = true;
        row.name = value(Field::Name);
        if (row.name.isEmpty())
            problem(Field::Name, RosterText::tr("The name is missing."));
        row.organisation = value(Field::Organisation);
        row.organisationKind = guessOrganisationKind(row.organisation);
        row.party = value(Field::Party);
        const QString role = value(Field::Role).toLower();
        if (role.isEmpty())
            row.role = MemberRole::Member;
        else if (roleWords().contains(role))
            row.role = roleWords().value(role);
        else
            problem(Field::Role, RosterText::tr("\"%1\" is not a role (ledamot, ersättare, "
                                                "ordförande, vice ordförande, adjungerad).")
                                     .arg(value(Field::Role)));
        row.substituteFor = value(Field::SubstituteFor);
        row.electionOrder = electionOrder(row.role);
        if (row.role == MemberRole::Substitute && row.substituteFor.isEmpty() &&
            row.electionOrder == 0 && m_columns.contains(Field::SubstituteFor))
            problem(
                Field::SubstituteFor,
                RosterText::tr("A personal substitute must name the member they stand in for."));
        if (row.role != MemberRole::Substitute && !row.substituteFor.isEmpty())
            problem(Field::SubstituteFor,
                    RosterText::tr("Only a substitute stands in for a member."));
        row.from = date(Field::From);
        row.to = date(Field::To);
        if (row.from.isValid() && row.to.isValid() && row.to < row.from)
            problem(Field::To, RosterText::tr("The last day is before the first."));
        return m_ok ? std::optional<RosterRow>(row) : std::nullopt;
    }

private:
    // "3": the third substitute of the party to be called in; only a substitute has one.
    int electionOrder(MemberRole role) {
        const QString text = value(Field::ElectionOrder);
        if (text.isEmpty())
            return 0;
        bool ok = false;
        const int order = text.toInt(&ok);
        if (!ok || order < 1 || order > 999) {
            problem(Field::ElectionOrder,
                    RosterText::tr("\"%1\" is not a place in the order of election (1, 2, 3 …).")
                        .arg(text));
            return 0;
        }
        if (role != MemberRole::Substitute) {
            problem(Field::ElectionOrder,
                    RosterText::tr("Only a substitute has a place in the order of election."));
            return 0;
        }
        return order;
    }
    QString value(Field field) const {
        const int column = m_columns.value(field, -1);
        return column >= 0 ? m_record->fields.value(column).trimmed() : QString();
    }
    QDate date(Field field) {
        const auto parsed = readDate(value(field));
        if (!parsed) {
            problem(
                field,
                RosterText::tr("\"%1\" is not a date (write it as 2024-01-31).").arg(value(field)));
            return {};
        }
        return *parsed;
    }
    void problem(Field field, const QString& message) {
        m_ok = false;
        m_file.problems << CsvProblem{m_record->line, m_columns.value(field, 0) + 1, message};
    }

    const QHash<Field, int>& m_columns;
    RosterFile& m_file;
    const Record* m_record = nullptr;
    bool m_ok = true;
};

} // namespace

RosterFile readRosterCsv(const QByteArray& bytes) {
    RosterFile file;
    // Composed (NFC) as everything Paragraf stores: a list exported on a Mac has "o" and U+0308
    // where a name typed here has "ö", and would not match the member already on the roster.
    const QString text = composed(decode(bytes, file.encoding));
    file.separator = guessSeparator(text);
    const QList<Record> records = splitRecords(text, file.separator);
    if (records.isEmpty()) {
        file.problems << CsvProblem{1, 1, RosterText::tr("The file is empty.")};
        return file;
    }
    // A NUL or another control character is never part of a name or a date: the file is
    // damaged or not a roster. Each is reported where it is.
    for (const Record& record : records)
        for (int i = 0; i < record.fields.size(); ++i)
            if (const auto c = controlCharacter(record.fields[i]))
                file.problems << CsvProblem{
                    record.line, i + 1,
                    RosterText::tr("The field holds a control character "
                                   "(U+%1); remove it.")
                        .arg(QStringLiteral("%1").arg(*c, 4, 16, QLatin1Char('0')).toUpper())};
            else if (record.fields[i].trimmed().size() > limits::name)
                // No field of a roster is longer than a name (rules/FieldLimits.h).
                file.problems << CsvProblem{
                    record.line, i + 1,
                    RosterText::tr("The field is %1 characters long; at most %2 are allowed.")
                        .arg(record.fields[i].trimmed().size())
                        .arg(limits::name)};
    if (!file.ok())
        return file;
    QHash<Field, int> columns;
    const QStringList header = records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString word = header[i].trimmed().toLower();
        if (headerWords().contains(word))
            columns.insert(headerWords().value(word), i);
        else if (!word.isEmpty())
            file.problems << CsvProblem{1, i + 1,
                                        RosterText::tr("Unknown column \"%1\".").arg(header[i])};
    }
    if (!columns.contains(Field::Name))
        file.problems << CsvProblem{1, 1,
                                    RosterText::tr("There is no column for the name "
                                                   "(\"namn\" or \"name\").")};
    if (!file.ok())
        return file;
    file.columns =
        RosterColumns{columns.value(Field::Name, 0) + 1, columns.value(Field::SubstituteFor, 0) + 1,
                      columns.value(Field::From, 0) + 1,
                      columns.value(Field::To, columns.value(Field::From, 0)) + 1};
    RowReader reader(columns, file);
    for (int i = 1; i < records.size(); ++i) {
        const Record& record = records[i];
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue;
        if (record.fields.size() > header.size())
            file.problems << CsvProblem{record.line, int(header.size()) + 1,
                                        RosterText::tr("The line has %1 fields; the header has %2.")
                                            .arg(record.fields.size())
                                            .arg(header.size())};
        else if (auto row = reader.read(record))
            file.rows << *row;
    }
    return file;
}

namespace {

// The Swedish word readRosterCsv() reads back to the same role.
QString roleWord(MemberRole role) {
    switch (role) {
    case MemberRole::Chair:
        return QStringLiteral("ordförande");
    case MemberRole::FirstViceChair:
        return QStringLiteral("1:e vice ordförande");
    case MemberRole::SecondViceChair:
        return QStringLiteral("2:e vice ordförande");
    case MemberRole::Substitute:
        return QStringLiteral("ersättare");
    case MemberRole::CoOpted:
        return QStringLiteral("adjungerad");
    case MemberRole::Member:
        break;
    }
    return QStringLiteral("ledamot");
}

// Quoted when the field holds a separator, a quote or a line break, as spreadsheets do.
QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray writeRosterCsv(const QList<RosterRow>& rows) {
    QString text =
        QStringLiteral("Namn;Organisation;Parti;Roll;Ersättare för;Ordning;Från;Till\r\n");
    for (const RosterRow& row : rows) {
        const QStringList fields{row.name,
                                 row.organisation,
                                 row.party,
                                 roleWord(row.role),
                                 row.substituteFor,
                                 row.electionOrder > 0 ? QString::number(row.electionOrder)
                                                       : QString(),
                                 row.from.toString(Qt::ISODate),
                                 row.to.toString(Qt::ISODate)};
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field);
        text += quoted.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace paragraf
