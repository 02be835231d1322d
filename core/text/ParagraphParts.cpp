#include "ParagraphParts.h"

#include "AdjustmentParts.h"
#include "DecisionText.h"
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
    if (record.body.decisionFirst)
        addDecision(parts, record, p);
    for (const auto& section : p.sections) {
        if (!section.heading.isEmpty())
            parts.append({ParagraphPart::SubHeading, section.heading, {}});
        if (!section.text.trimmed().isEmpty())
            parts.append({ParagraphPart::Markdown, section.text.trimmed(), {}});
    }
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
