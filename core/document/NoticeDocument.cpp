// Kallelse med föredragningslista, and the anslagsbevis on a page of its own.
#include "DocumentBuilder.h"
#include "TextComposer.h"
#include "rules/FollowUpRules.h"
#include "text/ClockTimes.h"
#include "text/FollowUpParts.h"
#include "text/MeetingText.h"
#include "text/NoticeBoard.h"
#include "text/ParagraphParts.h"
#include "text/SwedishTerms.h"

namespace paragraf {

namespace {

// What the members are to report on at this meeting, and what other bodies sent it.
void writeCarried(TextComposer& composer, const MeetingRecord& record) {
    QStringList due, incoming;
    for (const AssignmentRow& row : record.carried.assignments)
        if (isDueAt(row, record.meeting))
            due << carriedLine(row);
    for (const ReferralRow& row : record.carried.incoming)
        if (row.takenUpAt.paragraphId == NoId)
            incoming << QStringLiteral("%1 – %2").arg(referenceText(row.origin),
                                                      referralSentence(row.referral));
    if (!due.isEmpty()) {
        composer.heading(QStringLiteral("Uppdrag att redovisa"), 1);
        for (const QString& line : due)
            composer.text(line);
    }
    if (!incoming.isEmpty()) {
        composer.heading(QStringLiteral("Ärenden från andra organ"), 1);
        for (const QString& line : incoming)
            composer.text(line);
    }
}

} // namespace

void buildNotice(TextComposer& composer, const MeetingRecord& record) {
    QString secretary;
    if (const Participant* who = record.participant(record.meeting.secretaryId))
        secretary = who->name;
    composer.rows({{QStringLiteral("Tid och plats"), {meetingTimeAndPlaceText(record)}},
                   {QStringLiteral("Till"),
                    {QStringLiteral("Ledamöter och ersättare i ") + record.body.name}}});
    composer.heading(QStringLiteral("Föredragningslista"), 1);
    for (const auto& p : record.paragraphs) {
        for (const auto& part : agendaParts(record, p)) {
            if (part.kind == ParagraphPart::Title)
                composer.heading(part.text, 2);
            else
                part.label.isEmpty() ? composer.text(part.text)
                                     : composer.labelled(part.label, part.text);
        }
    }
    writeCarried(composer, record);
    composer.space(6);
    composer.text(
        QStringLiteral("Ledamot som har förhinder anmäler det till sekreteraren, som kallar "
                       "ersättare."));
    if (!secretary.isEmpty())
        composer.labelled(QStringLiteral("Sekreterare"), secretary);
}

void buildCertificate(TextComposer& composer, const MeetingRecord& record, const QDate& postedOn) {
    // A certificate never attests an adjustment that has not happened.
    composer.text(isLocked(record.meeting.status)
                      ? QStringLiteral("Bevis om anslag av justerat protokoll från sammanträde %1.")
                            .arg(swedishDate(record.meeting.date))
                      : QStringLiteral("Protokollet från sammanträde %1 är ännu inte justerat. "
                                       "Bevis om anslag kan ges först när justeringen har "
                                       "tillkännagivits genom anslag.")
                            .arg(swedishDate(record.meeting.date)));
    parts::writeNoticeBoardBlock(composer, record, postedOn);
    composer.space(6);
    composer.text(appealInstructions(), true);
}

} // namespace paragraf
