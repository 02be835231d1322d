#pragma once

#include "ParagraphParts.h"
#include "model/FollowUp.h"
#include "model/MeetingRecord.h"

#include <QList>
#include <QString>

namespace paragraf {

// The follow-up of a paragraph in the protocol's words: "Uppdrag: …", "Ärendet hänskjuts till
// Politiska samrådsgruppen.", remarks as seed 001 writes them ("Martin och Magnus: …").

QString holderNames(const QList<AssignmentHolder>& holders); // "Sara Schelin och Region Jämtland"
QString dueText(const QDate& due); // "till nästa möte", "senast 2024-12-09"
QString assignmentSentence(const Assignment& assignment);
QString referralSentence(const Referral& referral);
QString referenceText(const ParagraphReference& reference); // "Länsledning 2024-11-11 § 29 Titel"
// The speakers by first name, or by full name where two present share one.
QString speakerNames(const MeetingRecord& record, const QList<Id>& participantIds);
// One line of a list of assignments carried to a meeting: where from, what, who, by when.
QString carriedLine(const AssignmentRow& row);
QString closingText(const Assignment& assignment); // "klart 2024-12-09. Förslag lämnades."

// Headings under which remarks of the meeting stand ("Synpunkter", "Synpunkter från mötet").
bool isRemarksHeading(const QString& heading);

QList<ParagraphPart> viewpointParts(const MeetingRecord& record, const Paragraph& p);
QList<ParagraphPart> takenUpParts(const Paragraph& p);          // after the facts
QList<ParagraphPart> followUpAfterDecision(const Paragraph& p); // assignments, referrals, closings

} // namespace paragraf
