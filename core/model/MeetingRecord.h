#pragma once

#include "Adjournment.h"
#include "AttendanceEvent.h"
#include "Body.h"
#include "BodyRules.h"
#include "Meeting.h"
#include "Paragraph.h"
#include "Participant.h"
#include "Review.h"
#include "Signature.h"

#include <QList>
#include <optional>

namespace paragraf {

// What happened to a protocol after its meeting: the signatures (oldest first), the rättelser
// of the adjusted protocol and its posting on the notice board. Not part of the signed content.
struct AdjustmentTrail {
    QList<Signature> signatures;
    QList<Erratum> errata;
    std::optional<Posting> posting;
};

// One meeting with everything a document or an export needs, read in one go.
struct MeetingRecord {
    Body body;
    Meeting meeting;
    QList<Participant> participants;
    QList<AttendanceEvent> events;
    QList<Paragraph> paragraphs;
    QList<Adjournment> adjournments; // in order of time
    AdjustmentTrail trail;
    MeetingFollowUp carried; // from earlier meetings and other bodies; not part of the protocol
    MeetingRules rules;      // the meeting's copy of the body's rules (BodyRules.h)
    NoticeRules notice;      // the body's notice rules today, for a protocol not yet posted
    // The meeting's attendance revision when it was read (schema 14): read first, so that a
    // change made while the rest was read makes the record older, never newer, than the file.
    qint64 attendanceRevision = 0;

    const Participant* participant(Id id) const {
        for (const auto& p : participants)
            if (p.id == id)
                return &p;
        return nullptr;
    }
};

} // namespace paragraf
