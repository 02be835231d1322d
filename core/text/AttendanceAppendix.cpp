#include "AttendanceAppendix.h"

#include "DecisionText.h"
#include "SwedishTerms.h"
#include "rules/AttendanceTimeline.h"
#include "rules/Proceedings.h"

namespace paragraf {
namespace {

QString servingAt(const MeetingRecord& record, const ParagraphAttendance& at) {
    QStringList names;
    for (const Participant& p : record.participants) {
        if (!takesPart(at, p.id))
            continue;
        QString name = personInProceedings(record, p.id);
        if (const Participant* member = record.participant(at.substituteFor.value(p.id)))
            name += QStringLiteral(" (ersätter %1)").arg(member->name);
        names << name;
    }
    return names.join(QStringLiteral(", "));
}

QString votesAt(const MeetingRecord& record, const Paragraph& paragraph) {
    const VoteRecord& vote = paragraph.proceedings.vote;
    if (!vote.held)
        return {};
    if (vote.closed)
        return QStringLiteral("Sluten: %1 ja, %2 nej, %3 avstår")
            .arg(vote.closedYes)
            .arg(vote.closedNo)
            .arg(vote.closedAbstain);
    QStringList yes, no, abstain;
    for (const Participant& p : record.participants)
        if (vote.named.contains(p.id))
            (vote.named.value(p.id) == VoteChoice::Yes  ? yes
             : vote.named.value(p.id) == VoteChoice::No ? no
                                                        : abstain)
                << p.name;
    QStringList parts;
    if (!yes.isEmpty())
        parts << QStringLiteral("Ja: ") + swedishNameList(yes);
    if (!no.isEmpty())
        parts << QStringLiteral("Nej: ") + swedishNameList(no);
    if (!abstain.isEmpty())
        parts << QStringLiteral("Avstår: ") + swedishNameList(abstain);
    return parts.join(QStringLiteral(". "));
}

} // namespace

QList<QStringList> attendanceAppendixRows(const MeetingRecord& record) {
    const auto timeline = timelineOf(record);
    QList<QStringList> rows{
        {QStringLiteral("§"), QStringLiteral("Tjänstgörande"), QStringLiteral("Omröstning")}};
    for (const Paragraph& p : record.paragraphs)
        if (const ParagraphAttendance* at = timeline.at(p.id))
            rows << QStringList{QString::number(p.number), servingAt(record, *at),
                                votesAt(record, p)};
    return rows;
}

} // namespace paragraf
