// The attendance checks of MeetingService, run inside the caller's transaction after every change
// of who was there: the rules of procedure, and the proceedings that depend on them.
#include "MeetingService.h"
#include "i18n/TrContexts.h"
#include "rules/AttendanceRules.h"
#include "rules/AttendanceTimeline.h"
#include "rules/Proceedings.h"
#include "storage/MeetingRepository.h"

#include <algorithm>

namespace paragraf {

Status MeetingService::validateAttendanceOf(Id meetingId) const {
    const auto record = load(meetingId);
    if (!record)
        return fail(MeetingServiceText::tr("The attendance of the meeting could not be read."));
    QList<Id> order;
    for (const Paragraph& p : record->paragraphs)
        order << p.id;
    if (auto valid = validateAttendance(record->participants, record->events, order,
                                        record->rules.rejoinAllowed);
        !valid)
        return valid;
    // A motion, a vote or a reservation by someone who no longer served there would make the
    // protocol contradict itself.
    const AttendanceTimeline timeline = timelineOf(record.value());
    for (const Paragraph& p : record->paragraphs)
        if (!p.proceedings.isEmpty())
            if (auto held = checkProceedings(record.value(), p, *timeline.at(p.id)); !held)
                return fail(MeetingServiceText::tr("§ %1 has motions or a vote that this change "
                                                   "of attendance would contradict: %2")
                                .arg(p.number)
                                .arg(held.error()));
    return {};
}

Status MeetingService::dropHandoverWithNowhereToGo(MeetingRepository& meetings, Id meetingId,
                                                   Id paragraphId, Id next) const {
    const auto events = meetings.events(meetingId);
    if (!events)
        return fail(events.error());
    const auto handoverAt = [&](Id paragraph) {
        return std::any_of(events->cbegin(), events->cend(), [&](const AttendanceEvent& e) {
            return e.kind == AttendanceEventKind::Preside && e.paragraphId == paragraph;
        });
    };
    if (!handoverAt(paragraphId) || (next != NoId && !handoverAt(next)))
        return {};
    return meetings.deleteHandoverAt(paragraphId);
}

} // namespace paragraf
