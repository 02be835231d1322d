#include "ParagraphParts.h"

#include "AdjustmentParts.h"
#include "DecisionText.h"
#include "FollowUpParts.h"
#include "SwedishTerms.h"

namespace paragraf {
namespace {

void addDecision(QList<ParagraphPart>& parts, const MeetingRecord& record, const Paragraph& p) {
    if (p.decision.trimmed().isEmpty())
        return;
    const QString heading = record.body.decisionHeading.isEmpty() ? QStringLiteral("Beslut")
                                                                  : record.body.decisionHeading;
    parts.append({ParagraphPart::SubHeading, heading, {}});
    parts.append({ParagraphPart::Markdown, p.decision.trimmed(), {}});
}

// Attributed remarks stand right under the section of remarks (seed 001 § 29), or under a
// heading of their own after the text.
void addSections(QList<ParagraphPart>& parts, const MeetingRecord& record, const Paragraph& p) {
    const QList<ParagraphPart> remarks = viewpointParts(record, p);
    bool remarksPlaced = remarks.isEmpty();
    for (const auto& section : p.sections) {
        if (!section.heading.isEmpty())
            parts.append({ParagraphPart::SubHeading, section.heading, {}});
        if (!remarksPlaced && isRemarksHeading(section.heading)) {
            parts << remarks;
            remarksPlaced = true;
        }
        if (!section.text.trimmed().isEmpty())
            parts.append({ParagraphPart::Markdown, section.text.trimmed(), {}});
    }
    if (!remarksPlaced) {
        parts.append({ParagraphPart::SubHeading, QStringLiteral("Synpunkter från mötet"), {}});
        parts << remarks;
    }
}

QString presenters(const MeetingRecord& record, const Paragraph& p) {
    QStringList names;
    for (Id id : p.presenterIds)
        if (const Participant* who = record.participant(id))
            names << who->name;
    return swedishNameList(names);
}

} // namespace

QList<ParagraphPart> paragraphParts(const MeetingRecord& record, const Paragraph& p) {
    QList<ParagraphPart> parts;
    parts.append({ParagraphPart::Title, QStringLiteral("§ %1 %2").arg(p.number).arg(p.title), {}});
    if (!p.caseNumber.isEmpty())
        parts.append({ParagraphPart::Fact, QStringLiteral("Dnr ") + p.caseNumber, {}});
    if (const QString names = presenters(record, p); !names.isEmpty())
        parts.append({ParagraphPart::Fact, names, QStringLiteral("Föredragande")});
    parts << takenUpParts(p);
    if (record.body.decisionFirst)
        addDecision(parts, record, p);
    addSections(parts, record, p);
    for (const auto& e : record.events)
        if (e.kind == AttendanceEventKind::Jav && e.paragraphId == p.id)
            parts.append({ParagraphPart::Note,
                          QStringLiteral("Jäv: %1 anmäler jäv och deltar inte i handläggningen.")
                              .arg(personInProceedings(record, e.participantId)),
                          {}});
    parts << proceedingsBeforeDecision(record, p);
    if (!record.body.decisionFirst)
        addDecision(parts, record, p);
    parts << proceedingsAfterDecision(record, p);
    parts << followUpAfterDecision(p);
    if (p.immediatelyAdjusted)
        parts.append(
            {ParagraphPart::Note, QStringLiteral("Paragrafen förklaras omedelbart justerad."), {}});
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
