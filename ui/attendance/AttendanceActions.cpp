#include "AttendanceActions.h"

#include "commands/ChangeCommand.h"
#include "desk/MeetingSession.h"
#include "proceedings/AdjournmentActions.h"
#include "rules/AttendanceTimeline.h"
#include "rules/RollCall.h"

#include <memory>

using namespace paragraf;

namespace {

ParagraphAttendance roomNow(const MeetingSession& session) {
    const AttendanceTimeline& timeline = session.timeline();
    const ParagraphAttendance* here = timeline.at(session.currentParagraph());
    return here ? *here : timeline.atStart();
}

// The boundary after the current paragraph: the next one, or "after the last" (NoId).
Id afterCurrent(const MeetingSession& session) {
    const auto& paragraphs = session.record().paragraphs;
    for (int i = 0; i < paragraphs.size(); ++i)
        if (paragraphs[i].id == session.currentParagraph())
            return i + 1 < paragraphs.size() ? paragraphs[i + 1].id : NoId;
    return NoId;
}

bool beforeAnyParagraph(const MeetingSession& session) {
    return session.record().paragraphs.isEmpty();
}

void pushParticipantChange(MeetingSession& session, const Participant& before,
                           const Participant& after, const QString& text) {
    session.undoStack()->push(new ChangeCommand(
        session, text, MeetingSession::Scope::Attendance,
        [after](MeetingService& service) { return service.updateParticipant(after); },
        [before](MeetingService& service) { return service.updateParticipant(before); }));
}

// Records events in order as one step; undo removes them, last first.
void pushEvents(MeetingSession& session, QList<AttendanceEvent> events, const QString& text) {
    auto ids = std::make_shared<QList<Id>>();
    MeetingSession* desk = &session; // owns the undo stack, so outlives its commands
    session.undoStack()->push(ChangeCommand::attendance(
        session, text,
        [events, ids, desk](MeetingService& service) -> Status {
            ids->clear();
            for (const auto& e : events) {
                const auto id = desk->recordAttendance(service, e);
                if (!id) {
                    // Those already recorded are taken back; one that cannot be is said, and
                    // the desk reads the meeting again to show it.
                    QString left;
                    for (auto it = ids->crbegin(); it != ids->crend(); ++it)
                        if (auto removed = desk->removeAttendance(service, *it); !removed)
                            left = removed.error();
                    if (left.isEmpty())
                        return fail(id.error());
                    return conflict(id.error() + QLatin1Char(' ') +
                                    QObject::tr("What was recorded before it could not be taken "
                                                "back (%1); the meeting is shown as the file "
                                                "holds it.")
                                        .arg(left));
                }
                ids->append(id.value());
            }
            return {};
        },
        [ids, desk](MeetingService& service) -> Status {
            for (auto it = ids->crbegin(); it != ids->crend(); ++it)
                if (auto status = desk->removeAttendance(service, *it); !status)
                    return status;
            return {};
        }));
}

// Takes back events recorded earlier (a second press of the same key), the last first; undo
// records them again in their order.
void pushRemoveEvents(MeetingSession& session, const QList<AttendanceEvent>& existing,
                      const QString& text) {
    MeetingSession* desk = &session;
    auto ids = std::make_shared<QList<Id>>();
    for (const AttendanceEvent& e : existing)
        ids->append(e.id);
    session.undoStack()->push(ChangeCommand::attendance(
        session, text,
        [ids, desk](MeetingService& service) -> Status {
            for (auto it = ids->crbegin(); it != ids->crend(); ++it)
                if (auto status = desk->removeAttendance(service, *it); !status)
                    return status;
            return {};
        },
        [ids, desk, existing](MeetingService& service) -> Status {
            for (qsizetype i = 0; i < existing.size(); ++i) {
                const auto again = desk->recordAttendance(service, existing[i]);
                if (!again)
                    return fail(again.error());
                (*ids)[i] = again.value();
            }
            return {};
        }));
}

void pushRemoveEvent(MeetingSession& session, const AttendanceEvent& existing,
                     const QString& text) {
    pushRemoveEvents(session, {existing}, text);
}

const AttendanceEvent* findEvent(const MeetingSession& session, Id who, AttendanceEventKind kind,
                                 Id paragraph) {
    for (const auto& e : session.record().events)
        if (e.participantId == who && e.kind == kind && e.paragraphId == paragraph)
            return &e;
    return nullptr;
}

// The clock time noted with a live change: only while the meeting is on (between its start and
// end, when they are set). Written up afterwards, the clock says nothing about the meeting, and
// a time like "03.49" beside a name would be false; the secretary can note it by hand.
QString notedNow(const MeetingSession& session) {
    const QTime now = AdjournmentActions::clock();
    const Meeting& m = session.record().meeting;
    if (!now.isValid() || (m.start.isValid() && now < m.start) || (m.end.isValid() && now > m.end))
        return {};
    return now.toString(QStringLiteral("HH.mm"));
}

AttendanceEvent event(const MeetingSession& session, Id who, AttendanceEventKind kind, Id paragraph,
                      Id forWhom = NoId) {
    return {NoId, who, kind, paragraph, forWhom, notedNow(session)};
}

// Without a personal substitute, the party's next substitute in the order of election who is
// in the room and not serving at the current paragraph (rules/RollCall.h), if any.
const Participant* nextInOrder(const MeetingSession& session, Id memberId) {
    const ParagraphAttendance room = roomNow(session);
    QList<Participant> now = session.record().participants;
    for (Participant& p : now) {
        p.presentAtStart = room.present.contains(p.id);
        p.servesForAtStart = room.substituteFor.value(p.id, NoId);
    }
    const auto next = RollCall::nextSubstitute(now, memberId);
    return next ? session.record().participant(next.value()) : nullptr;
}

// The key on a serving substitute: called in at this very paragraph, they are not called in
// after all (with the end of a service for a jäv paragraph); marked to stop after it, they serve
// on; else they stop serving after this paragraph.
void stopOrTakeBackService(MeetingSession& session, const Participant& substitute) {
    const Id here = session.currentParagraph();
    const AttendanceEvent* ending =
        findEvent(session, substitute.id, AttendanceEventKind::ServeEnd, afterCurrent(session));
    if (const AttendanceEvent* started =
            findEvent(session, substitute.id, AttendanceEventKind::ServeStart, here)) {
        QList<AttendanceEvent> taken{*started};
        if (ending)
            taken << *ending;
        pushRemoveEvents(session, taken, QObject::tr("%1 does not serve").arg(substitute.name));
        return;
    }
    if (ending) {
        pushRemoveEvent(session, *ending, QObject::tr("%1 serves on").arg(substitute.name));
        return;
    }
    pushEvents(
        session,
        {event(session, substitute.id, AttendanceEventKind::ServeEnd, afterCurrent(session))},
        QObject::tr("%1 stops serving").arg(substitute.name));
}

} // namespace

namespace AttendanceActions {

void togglePresence(MeetingSession& session, Id participantId) {
    const Participant* who = session.record().participant(participantId);
    if (!who)
        return;
    if (beforeAnyParagraph(session)) {
        Participant after = *who;
        after.presentAtStart = !who->presentAtStart;
        if (!after.presentAtStart)
            after.servesForAtStart = NoId;
        pushParticipantChange(session, *who, after,
                              after.presentAtStart ? QObject::tr("Present: %1").arg(who->name)
                                                   : QObject::tr("Absent: %1").arg(who->name));
        return;
    }
    const bool present = roomNow(session).present.contains(participantId);
    // Pressed again for someone who left before this paragraph, or is marked as leaving after
    // it: they did not leave.
    const Id leftBefore = present ? afterCurrent(session) : session.currentParagraph();
    if (const AttendanceEvent* left =
            findEvent(session, participantId, AttendanceEventKind::Leave, leftBefore)) {
        pushRemoveEvent(session, *left, QObject::tr("%1 stays").arg(who->name));
        return;
    }
    if (present)
        pushEvents(
            session,
            {event(session, participantId, AttendanceEventKind::Leave, afterCurrent(session))},
            QObject::tr("%1 leaves").arg(who->name));
    else
        pushEvents(session,
                   {event(session, participantId, AttendanceEventKind::Arrive,
                          session.currentParagraph())},
                   QObject::tr("%1 arrives").arg(who->name));
}

void toggleSubstitute(MeetingSession& session, Id participantId) {
    const MeetingRecord& record = session.record();
    const Participant* chosen = record.participant(participantId);
    if (!chosen)
        return;
    // On a member's row the key acts for the member's substitute: the one serving for them now,
    // else the personal one, else the party's next in the order of election (fullmäktige).
    const Participant* substitute = chosen;
    Id member = chosen->personalSubstituteOf;
    const ParagraphAttendance now = roomNow(session);
    if (chosen->kind == ParticipantKind::Member) {
        member = chosen->id;
        substitute = record.participant(now.substituteFor.key(chosen->id, NoId));
        for (const auto& p : record.participants)
            if (!substitute && p.kind == ParticipantKind::Substitute &&
                p.personalSubstituteOf == chosen->id)
                substitute = &p;
        if (!substitute)
            substitute = nextInOrder(session, chosen->id);
    } else if (member == NoId) {
        member = now.substituteFor.value(chosen->id, NoId); // a party substitute: stops serving
    }
    if (!substitute || member == NoId) {
        emit session.failed(
            QObject::tr("%1 has no personal substitute at this meeting.").arg(chosen->name));
        return;
    }
    if (beforeAnyParagraph(session)) {
        Participant after = *substitute;
        const bool serving = substitute->servesForAtStart != NoId;
        after.servesForAtStart = serving ? NoId : member;
        after.presentAtStart = serving ? substitute->presentAtStart : true;
        pushParticipantChange(session, *substitute, after,
                              QObject::tr("Substitute: %1").arg(substitute->name));
        return;
    }
    const ParagraphAttendance room = roomNow(session);
    if (room.substituteFor.contains(substitute->id)) {
        stopOrTakeBackService(session, *substitute);
        return;
    }
    QList<AttendanceEvent> events;
    if (!room.present.contains(substitute->id))
        events << event(session, substitute->id, AttendanceEventKind::Arrive,
                        session.currentParagraph());
    events << event(session, substitute->id, AttendanceEventKind::ServeStart,
                    session.currentParagraph(), member);
    // For a member who sits this paragraph out for jäv, the substitute serves for it only: the
    // member serves again from the next (kommunallagen allows that return, and only after jäv).
    const bool forJav =
        findEvent(session, member, AttendanceEventKind::Jav, session.currentParagraph());
    if (forJav)
        events << event(session, substitute->id, AttendanceEventKind::ServeEnd,
                        afterCurrent(session));
    pushEvents(session, events,
               forJav ? QObject::tr("%1 serves for this paragraph (jäv)").arg(substitute->name)
                      : QObject::tr("%1 serves").arg(substitute->name));
}

void toggleJav(MeetingSession& session, Id participantId) {
    const Participant* who = session.record().participant(participantId);
    const Id paragraph = session.currentParagraph();
    if (!who || paragraph == NoId) {
        emit session.failed(
            QObject::tr("Jäv is noted for a paragraph: add or choose the paragraph first."));
        return;
    }
    if (const AttendanceEvent* jav =
            findEvent(session, participantId, AttendanceEventKind::Jav, paragraph)) {
        pushRemoveEvent(session, *jav, QObject::tr("No jäv: %1").arg(who->name));
        return;
    }
    pushEvents(session, {event(session, participantId, AttendanceEventKind::Jav, paragraph)},
               QObject::tr("Jäv: %1").arg(who->name));
}

void takeChair(MeetingSession& session, Id participantId) {
    const Participant* who = session.record().participant(participantId);
    const Id paragraph = session.currentParagraph();
    if (!who || paragraph == NoId) {
        emit session.failed(QObject::tr("Who presides changes at a paragraph: add or choose the "
                                        "paragraph first (the chair at the start is chosen in "
                                        "the meeting's details, Ctrl+Shift+I)."));
        return;
    }
    const AttendanceEvent* earlier = nullptr;
    for (const auto& e : session.record().events)
        if (e.kind == AttendanceEventKind::Preside && e.paragraphId == paragraph)
            earlier = &e;
    if (earlier && earlier->participantId == participantId) {
        pushRemoveEvent(session, *earlier,
                        QObject::tr("%1 does not take the chair here").arg(who->name));
        return;
    }
    if (!earlier) {
        pushEvents(session,
                   {event(session, participantId, AttendanceEventKind::Preside, paragraph)},
                   QObject::tr("%1 presides").arg(who->name));
        return;
    }
    // One handover per paragraph: the new one replaces the earlier in one undoable step.
    MeetingSession* desk = &session;
    const AttendanceEvent replaced = *earlier;
    const AttendanceEvent taking =
        event(session, participantId, AttendanceEventKind::Preside, paragraph);
    auto ids = std::make_shared<std::pair<Id, Id>>(replaced.id, NoId); // earlier, new
    session.undoStack()->push(ChangeCommand::attendance(
        session, QObject::tr("%1 presides").arg(who->name),
        [ids, desk, taking, replaced](MeetingService& service) -> Status {
            if (auto removed = desk->removeAttendance(service, ids->first); !removed)
                return removed;
            const auto id = desk->recordAttendance(service, taking);
            if (!id) { // refused: the earlier handover stands as it was
                const auto back = desk->recordAttendance(service, replaced);
                if (!back) // said, and the meeting read again to show it without either
                    return conflict(id.error() + QLatin1Char(' ') +
                                    QObject::tr("The earlier handover could not be put back "
                                                "(%1); the meeting is shown as the file holds it.")
                                        .arg(back.error()));
                ids->first = back.value();
                return fail(id.error());
            }
            ids->second = id.value();
            return {};
        },
        [ids, desk, replaced](MeetingService& service) -> Status {
            if (auto removed = desk->removeAttendance(service, ids->second); !removed)
                return removed;
            const auto again = desk->recordAttendance(service, replaced);
            if (!again)
                return fail(again.error());
            ids->first = again.value();
            return {};
        }));
}

} // namespace AttendanceActions
