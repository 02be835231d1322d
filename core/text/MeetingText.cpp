#include "MeetingText.h"

#include "AdjustmentParts.h"
#include "ClockTimes.h"
#include "DecisionText.h"
#include "ParagraphParts.h"
#include "SwedishTerms.h"
#include "rules/AttendanceTimeline.h"
#include "rules/ParagraphRanges.h"
#include "rules/Presiding.h"
#include "rules/Signatories.h"

#include <algorithm>

namespace paragraf {
namespace {

QStringList attendanceValues(const MeetingRecord& record, const QList<AttendanceLine>& lines) {
    QStringList values;
    for (const auto& line : lines)
        values << attendanceLineText(record, line);
    return values;
}

QString paragraphSpan(const MeetingRecord& record) {
    if (record.paragraphs.isEmpty())
        return {};
    return formatNumberSpan(record.paragraphs.first().number, record.paragraphs.last().number);
}

QString roleLabel(SignatoryRole role) {
    switch (role) {
    case SignatoryRole::Secretary:
        return QStringLiteral("Sekreterare");
    case SignatoryRole::Chair:
        return QStringLiteral("Ordförande");
    case SignatoryRole::Adjuster:
        return QStringLiteral("Justerare");
    }
    return {};
}

// "Anna Ek (S) §§ 6–13", one line per person who presided, when the chair changed hands.
QStringList presidingValues(const MeetingRecord& record) {
    QStringList values;
    for (const PresidingTurn& turn : presidingTurns(record))
        if (const Participant* p = record.participant(turn.participantId))
            values << p->name +
                          (p->party.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p->party)) +
                          QLatin1Char(' ') + formatParagraphList(turn.numbers);
    return values;
}

constexpr int labelWidth = 26;

void appendRow(QStringList& out, const HeaderRow& row) {
    const QStringList labelLines = row.label.split(QLatin1Char('\n'));
    const qsizetype height = std::max(labelLines.size(), row.values.size());
    for (qsizetype i = 0; i < height; ++i) {
        QString line = labelLines.value(i).leftJustified(labelWidth) + row.values.value(i);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line;
    }
}

void appendParts(QStringList& out, const QList<ParagraphPart>& parts) {
    bool inFacts = false;
    for (const auto& part : parts) {
        if (inFacts && part.kind != ParagraphPart::Fact)
            out << QString();
        inFacts = part.kind == ParagraphPart::Fact;
        if (part.kind == ParagraphPart::Proceeding) {
            out << part.label + QStringLiteral(": ") + part.text << QString();
            continue;
        }
        if (part.kind == ParagraphPart::Table) {
            for (const QStringList& row : part.rows)
                out << row.join(QStringLiteral(" | "));
            out << QString();
            continue;
        }
        if (inFacts) {
            out << (part.label.isEmpty() ? part.text
                                         : part.label + QStringLiteral(": ") + part.text);
            continue;
        }
        out << part.text << QString();
    }
    if (inFacts)
        out << QString();
}

} // namespace

QString meetingPlaceText(const Meeting& m) {
    const QString when =
        (swedishDate(m.date) + QLatin1Char(' ') + swedishTimeSpan(m.start, m.end)).trimmed();
    const QString where = m.place.isEmpty() ? swedishForm(m.form) : m.place;
    return when + QStringLiteral(", ") + where;
}

QString adjustmentText(const Meeting& m) {
    QStringList parts;
    // A time with no day yet ("kl. 16.00") is still said, rather than lost from the page.
    const QString when =
        (swedishDate(m.adjustmentDate) + QLatin1Char(' ') + swedishTimeSpan(m.adjustmentTime, {}))
            .trimmed();
    if (!when.isEmpty())
        parts << when;
    if (!m.adjustmentPlace.isEmpty())
        parts << m.adjustmentPlace;
    return parts.join(QStringLiteral(", "));
}

QString nextMeetingText(const Meeting& m) {
    QStringList parts;
    if (m.nextMeetingDate.isValid())
        parts << swedishDate(m.nextMeetingDate);
    if (!m.nextMeetingNote.isEmpty())
        parts << m.nextMeetingNote;
    return parts.join(QStringLiteral(", "));
}

QList<std::pair<QString, QString>> signatories(const MeetingRecord& record) {
    QList<std::pair<QString, QString>> list;
    for (const Signatory& who : signatoriesOf(record)) {
        QString name = personInProceedings(record, who.participantId); // "Anna Ek (S)"
        if (!who.wholeProtocol)
            name += QLatin1Char(' ') + formatParagraphList(who.paragraphNumbers);
        list.append({roleLabel(who.role), name});
    }
    return list;
}

QList<HeaderRow> signedForRows(const MeetingRecord& record, const QList<int>& numbers) {
    const QList<Signatory> all = signatoriesOf(record);
    if (std::all_of(all.cbegin(), all.cend(), [](const Signatory& s) { return s.wholeProtocol; }))
        return {};
    QList<HeaderRow> rows{{QStringLiteral("Ordförande"), {}}, {QStringLiteral("Justerare"), {}}};
    for (const Signatory& who : all) {
        if (who.role == SignatoryRole::Secretary)
            continue;
        QList<int> here;
        for (int n : who.paragraphNumbers)
            if (numbers.contains(n))
                here << n;
        if (here.isEmpty())
            continue;
        QString line = who.name;
        if (here != numbers)
            line += QLatin1Char(' ') + formatParagraphList(here);
        rows[who.role == SignatoryRole::Chair ? 0 : 1].values << line;
    }
    rows.removeIf([](const HeaderRow& row) { return row.values.isEmpty(); });
    return rows;
}

QString documentTitle(const MeetingRecord& record) {
    return record.body.kind == BodyKind::Notes ? QStringLiteral("MINNESANTECKNINGAR")
                                               : QStringLiteral("PROTOKOLL");
}

QString attendanceLineText(const MeetingRecord& record, const AttendanceLine& line) {
    const Participant* p = record.participant(line.participantId);
    if (!p)
        return {};
    QString text = describeParticipant(*p);
    if (const Participant* member = record.participant(line.replacesId))
        text += QStringLiteral(" ersätter ") + member->name +
                (member->party.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(member->party));
    // "Anna Ek (S) kl. 08.15–11.40", "Eva Berg, revisionens ordförande, kl. 08.15–08.45"
    if (const QString clock = presenceClockText(record, p->id); !clock.isEmpty())
        text +=
            (text.endsWith(QLatin1Char(')')) ? QStringLiteral(" ") : QStringLiteral(", ")) + clock;
    if (!line.paragraphNumbers.isEmpty())
        text += QStringLiteral(", ") + formatParagraphList(line.paragraphNumbers);
    return text;
}

QList<HeaderRow> protocolHeaderRows(const MeetingRecord& record) {
    const AttendanceGroups groups = groupAttendance(record);
    const bool deciding = record.body.kind == BodyKind::Deciding;
    QList<HeaderRow> rows;
    rows << HeaderRow{QStringLiteral("Tid och plats"), {meetingTimeAndPlaceText(record)}};
    if (chairChangedHands(record))
        rows << HeaderRow{QStringLiteral("Ordförande"), presidingValues(record)};
    // A large assembly lists its deciding members, present or not, in the appendix.
    const bool inAppendix = deciding && record.rules.attendanceAppendix;
    rows << (inAppendix ? HeaderRow{QStringLiteral("Beslutande"),
                                    {QStringLiteral("se bilaga 1, närvaro- och voteringslista")}}
                        : HeaderRow{deciding ? QStringLiteral("Deltagare\n(beslutande)")
                                             : QStringLiteral("Deltagare"),
                                    attendanceValues(record, groups.deciding)});
    if (!groups.absent.isEmpty() && !inAppendix)
        rows << HeaderRow{deciding ? QStringLiteral("Ej närvarande\n(beslutande)")
                                   : QStringLiteral("Ej närvarande"),
                          attendanceValues(record, groups.absent)};
    if (!groups.substitutesNotServing.isEmpty())
        rows << HeaderRow{QStringLiteral("Närvarande ersättare,\nej tjänstgörande"),
                          attendanceValues(record, groups.substitutesNotServing)};
    if (!groups.others.isEmpty())
        rows << HeaderRow{QStringLiteral("Övriga deltagare"),
                          attendanceValues(record, groups.others)};
    if (deciding && !adjustmentText(record.meeting).isEmpty())
        rows << HeaderRow{QStringLiteral("Justeringens tid\noch plats"),
                          {adjustmentText(record.meeting)}};
    if (!record.paragraphs.isEmpty())
        rows << HeaderRow{QStringLiteral("Paragrafer"), {paragraphSpan(record)}};
    if (!nextMeetingText(record.meeting).isEmpty())
        rows << HeaderRow{QStringLiteral("Nästa möte"), {nextMeetingText(record.meeting)}};
    return rows;
}

QString meetingAsText(const MeetingRecord& record) {
    QStringList out;
    out << record.body.name;
    out << documentTitle(record) + QLatin1Char(' ') + record.meeting.date.toString(Qt::ISODate);
    out << QString();
    for (const auto& row : protocolHeaderRows(record))
        appendRow(out, row);
    QStringList signing;
    for (const auto& [role, name] : signatories(record))
        signing << role + QStringLiteral(": ") + name;
    if (record.body.kind == BodyKind::Deciding && !signing.isEmpty())
        appendRow(out,
                  HeaderRow{record.rules.signatureLabel.isEmpty() ? QStringLiteral("Justeras av")
                                                                  : record.rules.signatureLabel,
                            signing});
    out << QString();
    for (const auto& p : record.paragraphs)
        appendParts(out, paragraphParts(record, p));
    appendParts(out, adjustmentRecordParts(record));
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace paragraf
