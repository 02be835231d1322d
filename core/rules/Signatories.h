#pragma once

#include "model/MeetingRecord.h"

#include <QList>
#include <QStringList>

namespace paragraf {

// Someone who must sign a protocol, and for which paragraphs: the secretary signs the whole
// protocol; each person who presided signs the paragraphs they presided over; each adjuster
// the paragraphs they are needed for (see signatoriesOf).
struct Signatory {
    SignatoryRole role = SignatoryRole::Adjuster;
    Id participantId = NoId;
    QString name;
    QList<int> paragraphNumbers; // the paragraphs this signature covers, in order
    bool wholeProtocol = true;   // covers every paragraph (the ranges need not be printed)
};

// How many adjusters adjust each paragraph: every adjuster named up to two, more when the body's
// rules (MeetingRules::adjustersRequired, as the meeting copied them) require more; a third
// named beside two is a stand-in, who signs only where the others could not. A paragraph with
// fewer than the body's own number is a coverage problem (coverageProblems).
int adjustersRequired(const MeetingRecord& record);

// Who signs, in signing order: the secretary, the chair or chairs (in the order they took the
// chair), the adjusters (in the order named). For each paragraph the first adjusters in that
// order who took part in it (were present) and did not preside over it adjust it, as many as
// required: an adjuster who left after § 13 signs up to § 13, and an adjuster who presided over
// §§ 14–16 leaves them to the next adjuster named. An adjuster needed for no paragraph does not
// sign.
QList<Signatory> signatoriesOf(const MeetingRecord& record);

// What keeps the signatures from covering the protocol, in words that name the rule and what
// to do: a paragraph without the adjusters required, a chair who did not take part.
QStringList coverageProblems(const MeetingRecord& record);

} // namespace paragraf
