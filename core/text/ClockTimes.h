#pragma once

#include "ParagraphParts.h"
#include "model/MeetingRecord.h"

#include <QString>
#include <QTime>

namespace paragraf {

// The clock times of a protocol in its own words: adjournments in Tid och plats and in the
// paragraph they interrupted, and the times beside the names of those who came or left.

// "måndag 7 mars 2022 kl. 08.30–16.00, ajournering kl. 10.30–10.45 och 12.00–13.00 (lunch),
// Kommunhuset": meetingPlaceText with every adjournment.
QString meetingTimeAndPlaceText(const MeetingRecord& record);
// "ajournering kl. 10.30–10.45 och 12.00–13.00 (lunch)", in the order held (one inside a
// paragraph is told there as well); empty without adjournments.
QString adjournmentsText(const MeetingRecord& record);
// "Sammanträdet ajourneras kl. 10.30–10.45 för gruppöverläggningar." for each adjournment
// inside the paragraph.
QList<ParagraphPart> adjournmentParts(const MeetingRecord& record, const Paragraph& paragraph);

// "kl. 08.15–11.40" for someone whose presence did not span the whole meeting, with the
// meeting's start for presence from the start and its end for presence to the end; empty for
// someone present throughout, never present, or when a time it needs was not noted.
QString presenceClockText(const MeetingRecord& record, Id participantId);

// A clock time as the secretary noted it ("10.15", "9:05"); invalid when it is none.
QTime noteAsClock(const QString& noted);

} // namespace paragraf
