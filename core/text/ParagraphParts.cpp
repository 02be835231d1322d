#include "ParagraphParts.h"

#include "AdjustmentParts.h"
#include "AttClauses.h"
#include "ClockTimes.h"
#include "DecisionText.h"
#include "FollowUpParts.h"
#include "SwedishTerms.h"
#include "rules/Presiding.h"

namespace paragraf {
namespace {

QString immediateAdjustment() {
    return QStringLiteral("Paragrafen förklaras omedelbart justerad.");
}

// The immediate adjustment is part of the decision and stands right under it.
void addDecision(QList<ParagraphPart>& parts, const MeetingRecord& record, const Paragraph& p) {
    if (p.decision.trimmed().isEmpty())
        return;
    const QString heading = record.body.decisionHeading.isEmpty() ? QStringLiteral("Beslut")
                                                                  : record.body.decisionHeading;
    parts.append({ParagraphPart::SubHeading, heading, {}});
    parts.append(
        {ParagraphPart::Markdown,
         record.rules.attClauses ? attClausesAsLines(p.decision.trimmed()) : p.decision.trimmed(),
         {}});
    if (p.immediatelyAdjusted)
        parts.append({ParagraphPart::Note, immediateAdjustment(), {}});
}

// Attributed remarks stand right under the section of remarks (seed 001 § 29), or under a
// heading of their own after the text. A section with no text is not printed, heading and all:
// a protocol does not list what was not said.
void addSections(QList<ParagraphPart>& parts, const MeetingRecord& record, const Paragraph& p) {
    const QList<ParagraphPart> remarks = viewpointParts(record, p);
    bool remarksPlaced = remarks.isEmpty();
    for (const auto& section : p.sections) {
        const bool remarksHere = !remarksPlaced && isRemarksHeading(section.heading);
        const bool hasText = !section.text.trimmed().isEmpty();
        if (!hasText && !remarksHere)
            continue;
        if (!section.heading.isEmpty())
            parts.append({ParagraphPart::SubHeading, section.heading, {}});
        if (remarksHere) {
            parts << remarks;
            remarksPlaced = true;
        }
        if (hasText)
            parts.append({ParagraphPart::Markdown, section.text.trimmed(), {}});
    }
    if (!remarksPlaced) {
        parts.append({ParagraphPart::SubHeading, QStringLiteral("Synpunkter från mötet"), {}});
        parts << remarks;
    }
}

// "Reservationer" over two reservations.
QString headingFor(const QString& label, qsizetype count) {
    if (count > 1 && label == QLatin1String("Reservation"))
        return QStringLiteral("Reservationer");
    if (count > 1 && label == QLatin1String("Protokollsanteckning"))
        return QStringLiteral("Protokollsanteckningar");
    return label;
}

// "Yrkanden", "Propositionsordning", "Omröstning", "Reservation": each kind of proceeding under
// a heading of its own, as Swedish protocols print them, so that none reads as part of the
// section above it. The secretary's own wording of them stands under "Beslutsgång"; the named
// vote stays under the heading before it.
QList<ParagraphPart> underOwnHeadings(const QList<ParagraphPart>& proceedings) {
    QList<ParagraphPart> parts;
    QString current;
    for (qsizetype i = 0; i < proceedings.size(); ++i) {
        const ParagraphPart& part = proceedings[i];
        if (part.kind == ParagraphPart::Table) {
            parts << part;
            continue;
        }
        const QString label =
            part.kind == ParagraphPart::Proceeding ? part.label : QStringLiteral("Beslutsgång");
        if (label != current) {
            qsizetype same = 1;
            while (i + same < proceedings.size() &&
                   proceedings[i + same].kind == ParagraphPart::Proceeding &&
                   proceedings[i + same].label == label)
                ++same;
            parts.append({ParagraphPart::SubHeading, headingFor(label, same), {}});
            current = label;
        }
        parts.append(part.kind == ParagraphPart::Proceeding
                         ? ParagraphPart{ParagraphPart::Text, part.text, {}}
                         : part);
    }
    return parts;
}

QList<ParagraphPart> javParts(const MeetingRecord& record, const Paragraph& p) {
    QList<ParagraphPart> parts;
    for (const auto& e : record.events)
        if (e.kind == AttendanceEventKind::Jav && e.paragraphId == p.id)
            parts.append({ParagraphPart::Proceeding,
                          QStringLiteral("%1 anmäler jäv och deltar inte i handläggningen.")
                              .arg(personInProceedings(record, e.participantId)),
                          QStringLiteral("Jäv")});
    return parts;
}

QString presenters(const MeetingRecord& record, const Paragraph& p) {
    QStringList names;
    for (Id id : p.presenterIds)
        if (const Participant* who = record.participant(id))
            names << who->name;
    return swedishNameList(names);
}

} // namespace

QList<ParagraphPart> agendaParts(const MeetingRecord& record, const Paragraph& p) {
    QList<ParagraphPart> parts;
    parts.append({ParagraphPart::Title,
                  paragraphLabel(record.rules, p.number) + QLatin1Char(' ') + p.title,
                  {}});
    if (!p.caseNumber.isEmpty())
        parts.append({ParagraphPart::Fact, QStringLiteral("Dnr ") + p.caseNumber, {}});
    if (const QString names = presenters(record, p); !names.isEmpty())
        parts.append({ParagraphPart::Fact, names, QStringLiteral("Föredragande")});
    return parts;
}

QList<ParagraphPart> paragraphParts(const MeetingRecord& record, const Paragraph& p) {
    QList<ParagraphPart> parts = agendaParts(record, p);
    if (const Participant* chair = record.participant(handoverAt(record, p.id)))
        parts.append({ParagraphPart::Fact,
                      personInProceedings(record, chair->id) +
                          QStringLiteral(" från och med denna paragraf"),
                      QStringLiteral("Ordförande")});
    parts << takenUpParts(p);
    if (record.body.decisionFirst)
        addDecision(parts, record, p);
    addSections(parts, record, p);
    parts << adjournmentParts(record, p); // the debate was interrupted before the decision
    parts << underOwnHeadings(javParts(record, p) + proceedingsBeforeDecision(record, p));
    if (!record.body.decisionFirst)
        addDecision(parts, record, p);
    parts << underOwnHeadings(proceedingsAfterDecision(record, p));
    parts << followUpAfterDecision(p);
    if (p.immediatelyAdjusted && p.decision.trimmed().isEmpty()) {
        parts.append({ParagraphPart::SubHeading, QStringLiteral("Omedelbar justering"), {}});
        parts.append({ParagraphPart::Note, immediateAdjustment(), {}});
    }
    if (!p.attachments.isEmpty())
        parts.append({ParagraphPart::Note,
                      QStringLiteral("Bilagor: ") + p.attachments.join(QStringLiteral("; ")),
                      {}});
    if (!p.expedition.isEmpty())
        parts.append({ParagraphPart::Note,
                      QStringLiteral("Expedieras till: ") + p.expedition.join(QStringLiteral("; ")),
                      {}});
    parts << erratumParts(record, p.id);
    return parts;
}

} // namespace paragraf
