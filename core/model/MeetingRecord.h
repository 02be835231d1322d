#pragma once

#include "AttendanceEvent.h"
#include "Body.h"
#include "Meeting.h"
#include "Paragraph.h"
#include "Participant.h"

#include <QList>
#include <optional>

namespace paragraf {

// One meeting with everything a document or an export needs, read in one go.
struct MeetingRecord {
    Body body;
    Meeting meeting;
    QList<Participant> participants;
    QList<AttendanceEvent> events;
    QList<Paragraph> paragraphs;

    const Participant* participant(Id id) const {
        for (const auto& p : participants)
            if (p.id == id)
                return &p;
        return nullptr;
    }
};

} // namespace paragraf
