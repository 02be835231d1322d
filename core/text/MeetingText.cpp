#include "MeetingText.h"

#include "SwedishTerms.h"
#include "rules/AttendanceTimeline.h"
#include "rules/ParagraphRanges.h"

namespace paragraf {
namespace {

constexpr int labelWidth = 26;

QString placeText(const Meeting& m) {
    const QString when =
        (swedishDate(m.date) + QLatin1Char(' ') + swedishTimeSpan(m.start, m.end)).trimmed();
    const QString where = m.place.isEmpty() ? swedishForm(m.form) : m.place;
    return when + QStringLiteral(", ") + where;
}

QStringList attendanceValues(const MeetingRecord& record, const QList<AttendanceLine>& lines) {
    QStringList values;
    for (const auto& line : lines)
        values << attendanceLineText(record, line);
    return values;
}

QString nameOf(const MeetingRecord& record, Id participantId) {
    const Participant* p = record.participant(participantId);
    return p ? p->name : QString();
}

QString paragraphSpan(const MeetingRecord& record) {
    if (record.paragraphs.isEmpty())
        return {};
    return formatNumberSpan(record.paragraphs.first().number, record.paragraphs.last().number);
}

QStringList signatories(const MeetingRecord& record) {
    QStringList rows;
    const auto add = [&](const QString& role, Id id) {
        if (id != NoId)
            rows << role + QStringLiteral(": ") + nameOf(record, id);
    };
    add(QStringLiteral("Sekreterare"), record.meeting.secretaryId);
    add(QStringLiteral("Ordförande"), record.meeting.chairId);
    for (Id id : record.meeting.adjusterIds)
        add(QStringLiteral("Justerare"), id);
    return rows;
}

QString adjustmentText(const Meeting& m) {
    QStringList parts;
    if (m.adjustmentDate.isValid())
        parts << swedishDate(m.adjustmentDate);
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

QStringList jav(const MeetingRecord& record, const Paragraph& paragraph) {
    QStringList lines;
    for (const auto& e : record.events)
        if (e.kind == AttendanceEventKind::Jav && e.paragraphId == paragraph.id)
            if (const Participant* p = record.participant(e.participantId))
                lines << QStringLiteral("Jäv: %1 anmäler jäv och deltar inte i handläggningen.")
                             .arg(describeParticipant(*p));
    return lines;
}

void appendDecision(QStringList& out, const MeetingRecord& record, const Paragraph& p) {
    if (p.decision.isEmpty())
        return;
    const QString heading = record.body.decisionHeading.isEmpty() ? QStringLiteral("Beslut")
                                                                  : record.body.decisionHeading;
    out << heading << QString() << p.decision << QString();
}

void appendParagraph(QStringList& out, const MeetingRecord& record, const Paragraph& p) {
    out << QStringLiteral("§ %1 %2").arg(p.number).arg(p.title) << QString();
    if (!p.caseNumber.isEmpty())
        out << QStringLiteral("Dnr ") + p.caseNumber;
    QStringList presenters;
    for (Id id : p.presenterIds)
        presenters << nameOf(record, id);
    if (!presenters.isEmpty())
        out << QStringLiteral("Föredragande: ") + swedishNameList(presenters);
    if (!p.caseNumber.isEmpty() || !presenters.isEmpty())
        out << QString();
    if (record.body.decisionFirst)
        appendDecision(out, record, p);
    for (const auto& section : p.sections) {
        if (!section.heading.isEmpty())
            out << section.heading << QString();
        if (!section.text.trimmed().isEmpty())
            out << section.text.trimmed() << QString();
    }
    if (!record.body.decisionFirst)
        appendDecision(out, record, p);
    for (const QString& line : jav(record, p))
        out << line << QString();
    if (p.immediatelyAdjusted)
        out << QStringLiteral("Paragrafen förklaras omedelbart justerad.") << QString();
    if (!p.attachments.isEmpty())
        out << QStringLiteral("Bilagor: ") + p.attachments.join(QStringLiteral("; ")) << QString();
    if (!p.expedition.isEmpty())
        out << QStringLiteral("Expedieras till: ") + p.expedition.join(QStringLiteral("; "))
            << QString();
}

} // namespace

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
    if (!line.paragraphNumbers.isEmpty())
        text += QStringLiteral(", ") + formatParagraphList(line.paragraphNumbers);
    return text;
}

QList<HeaderRow> protocolHeaderRows(const MeetingRecord& record) {
    const AttendanceGroups groups = groupAttendance(record);
    const bool deciding = record.body.kind == BodyKind::Deciding;
    QList<HeaderRow> rows;
    rows << HeaderRow{QStringLiteral("Tid och plats"), {placeText(record.meeting)}};
    rows << HeaderRow{deciding ? QStringLiteral("Deltagare\n(beslutande)")
                               : QStringLiteral("Deltagare"),
                      attendanceValues(record, groups.deciding)};
    if (!groups.absent.isEmpty())
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
    if (deciding && !signatories(record).isEmpty())
        rows << HeaderRow{QStringLiteral("Justeras av"), signatories(record)};
    return rows;
}

QString meetingAsText(const MeetingRecord& record) {
    QStringList out;
    out << record.body.name;
    out << documentTitle(record) + QLatin1Char(' ') + record.meeting.date.toString(Qt::ISODate);
    out << QString();
    for (const auto& row : protocolHeaderRows(record))
        appendRow(out, row);
    out << QString();
    for (const auto& p : record.paragraphs)
        appendParagraph(out, record, p);
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace paragraf
