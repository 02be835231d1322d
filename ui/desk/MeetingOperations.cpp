#include "MeetingOperations.h"

#include "MeetingSession.h"
#include "commands/ChangeCommand.h"
#include "commands/ParagraphCommands.h"
#include "services/OpeningParagraph.h"
#include "services/RulesService.h"

#include <memory>

using namespace paragraf;

namespace MeetingOperations {

namespace {
int currentPosition(const MeetingSession& session) {
    const auto& paragraphs = session.record().paragraphs;
    for (int i = 0; i < paragraphs.size(); ++i)
        if (paragraphs[i].id == session.currentParagraph())
            return i;
    return -1;
}
} // namespace

void newParagraph(MeetingSession& session) {
    Paragraph p;
    p.meetingId = session.meetingId();
    const int at = currentPosition(session);
    p.position = at < 0 ? static_cast<int>(session.record().paragraphs.size()) : at + 1;
    p.sections << Section{NoId, QStringLiteral("Bakgrund"), QString()};
    session.undoStack()->push(new AddParagraphCommand(session, p));
}

void openingParagraph(MeetingSession& session) {
    session.undoStack()->push(
        new AddParagraphCommand(session, paragraf::openingParagraph(session.record())));
}

void deleteCurrentParagraph(MeetingSession& session) {
    if (session.currentParagraph() != NoId)
        session.undoStack()->push(new DeleteParagraphCommand(session, session.currentParagraph()));
}

void moveCurrentParagraph(MeetingSession& session, int delta) {
    const int from = currentPosition(session);
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= session.record().paragraphs.size())
        return;
    session.undoStack()->push(
        new MoveParagraphCommand(session, session.currentParagraph(), from, to));
}

void addParticipant(MeetingSession& session, Participant participant) {
    const bool started = !session.record().paragraphs.isEmpty();
    participant.presentAtStart = !started;
    const Id meeting = session.meetingId();
    const Id arrivesBefore = session.currentParagraph();
    auto added = std::make_shared<Id>(NoId);
    session.undoStack()->push(new ChangeCommand(
        session, QObject::tr("Add %1").arg(participant.name), MeetingSession::Scope::Attendance,
        [=](MeetingService& service) -> Status {
            const auto id = service.addParticipant(meeting, participant);
            if (!id)
                return fail(id.error());
            *added = id.value();
            if (!started)
                return {};
            const auto arrival = service.recordAttendance(
                meeting, {NoId, id.value(), AttendanceEventKind::Arrive, arrivesBefore, NoId, {}});
            return arrival ? Status() : fail(arrival.error());
        },
        [=](MeetingService& service) { return service.removeParticipant(meeting, *added); }));
}

void updateParticipant(MeetingSession& session, const Participant& before,
                       const Participant& after) {
    session.undoStack()->push(new ChangeCommand(
        session, QObject::tr("Change %1").arg(before.name), MeetingSession::Scope::Attendance,
        [after](MeetingService& service) { return service.updateParticipant(after); },
        [before](MeetingService& service) { return service.updateParticipant(before); }));
}

void removeParticipant(MeetingSession& session, const Participant& participant) {
    const Id meeting = session.meetingId();
    // Undo adds them again, under a new id that a second redo removes.
    auto current = std::make_shared<Id>(participant.id);
    session.undoStack()->push(new ChangeCommand(
        session, QObject::tr("Remove %1").arg(participant.name), MeetingSession::Scope::Attendance,
        [meeting, current](MeetingService& service) {
            return service.removeParticipant(meeting, *current);
        },
        [meeting, current, participant](MeetingService& service) -> Status {
            Participant again = participant;
            again.id = NoId;
            const auto id = service.addParticipant(meeting, again);
            if (!id)
                return fail(id.error());
            *current = id.value();
            return {};
        }));
}

void updateDetails(MeetingSession& session, const Meeting& details) {
    const Meeting before = session.record().meeting;
    session.undoStack()->push(new ChangeCommand(
        session, QObject::tr("Change the meeting details"), MeetingSession::Scope::Structure,
        [details, before](MeetingService& service) {
            return service.updateMeeting(details, &before);
        },
        [details, before](MeetingService& service) {
            return service.updateMeeting(before, &details);
        }));
}

void updateRules(MeetingSession& session, const MeetingRules& rules) {
    const Id meetingId = session.record().meeting.id;
    const MeetingRules before = session.record().rules;
    const auto set = [meetingId](const MeetingRules& value) {
        return [meetingId, value](MeetingService& service) {
            return RulesService(service.database()).setMeetingRules(meetingId, value);
        };
    };
    session.undoStack()->push(new ChangeCommand(session, QObject::tr("Change the meeting's rules"),
                                                MeetingSession::Scope::Structure, set(rules),
                                                set(before)));
}

} // namespace MeetingOperations
