#include "AdjournmentActions.h"

#include "commands/ChangeCommand.h"
#include "desk/MeetingSession.h"
#include "rules/AdjournmentRules.h"
#include "services/AdjournmentService.h"

#include <memory>

using namespace paragraf;

namespace {

QString hhmm(const QTime& t) {
    return t.toString(QStringLiteral("HH.mm"));
}

} // namespace

namespace AdjournmentActions {

std::function<QTime()> clock = [] {
    return QTime::currentTime();
};

void add(MeetingSession& session, const Adjournment& adjournment) {
    auto id = std::make_shared<Id>(NoId);
    const Id meeting = session.meetingId();
    session.undoStack()->push(new ChangeCommand(
        session, QObject::tr("Adjourned at %1").arg(hhmm(adjournment.start)),
        MeetingSession::Scope::Details,
        [id, meeting, adjournment](MeetingService& service) -> Status {
            const auto added = AdjournmentService(service.database()).add(meeting, adjournment);
            if (!added)
                return fail(added.error());
            *id = added.value();
            return {};
        },
        [id](MeetingService& service) {
            return AdjournmentService(service.database()).remove(*id);
        }));
}

void change(MeetingSession& session, const Adjournment& before, const Adjournment& after) {
    const QString text = after.isOpen() || before.end == after.end || !before.isOpen()
                             ? QObject::tr("Change the adjournment from %1").arg(hhmm(after.start))
                             : QObject::tr("Resumed at %1").arg(hhmm(after.end));
    session.undoStack()->push(new ChangeCommand(
        session, text, MeetingSession::Scope::Details,
        [after](MeetingService& service) {
            return AdjournmentService(service.database()).update(after);
        },
        [before](MeetingService& service) {
            return AdjournmentService(service.database()).update(before);
        }));
}

// Undo adds it again under a new id; the command keeps that id for the next redo.
void remove(MeetingSession& session, const Adjournment& adjournment) {
    auto id = std::make_shared<Id>(adjournment.id);
    const Id meeting = session.meetingId();
    session.undoStack()->push(new ChangeCommand(
        session, QObject::tr("Remove the adjournment from %1").arg(hhmm(adjournment.start)),
        MeetingSession::Scope::Details,
        [id](MeetingService& service) {
            return AdjournmentService(service.database()).remove(*id);
        },
        [id, meeting, adjournment](MeetingService& service) -> Status {
            const auto again = AdjournmentService(service.database()).add(meeting, adjournment);
            if (!again)
                return fail(again.error());
            *id = again.value();
            return {};
        }));
}

void toggle(MeetingSession& session) {
    const MeetingRecord& record = session.record();
    const QTime now = clock();
    const QTime minute(now.hour(), now.minute());
    if (const Adjournment* open = openAdjournment(record.adjournments)) {
        // Pressed by mistake: the same minute takes it back rather than leaving 0 minutes.
        if (minute <= open->start) {
            remove(session, *open);
            return;
        }
        Adjournment resumed = *open;
        resumed.end = minute;
        change(session, *open, resumed);
        return;
    }
    add(session, adjournmentAt(record.paragraphs, session.currentParagraph(), minute));
}

void correctTime(MeetingSession& session, const AttendanceEvent& event, const QString& clockTime) {
    const Id meeting = session.meetingId();
    const Id id = event.id;
    const QString before = event.clockTime;
    const Participant* who = session.record().participant(event.participantId);
    session.undoStack()->push(new ChangeCommand(
        session, QObject::tr("Time of %1: %2").arg(who ? who->name : QString(), clockTime),
        MeetingSession::Scope::Attendance,
        [meeting, id, clockTime](MeetingService& service) {
            return service.setAttendanceClock(meeting, id, clockTime);
        },
        [meeting, id, before](MeetingService& service) {
            return service.setAttendanceClock(meeting, id, before);
        }));
}

QString stateText(const MeetingRecord& record) {
    const Adjournment* open = openAdjournment(record.adjournments);
    return open ? QObject::tr("Adjourned since %1").arg(hhmm(open->start)) : QString();
}

QString describe(const MeetingRecord& record, const Adjournment& a) {
    QString when = a.isOpen() ? QObject::tr("from %1").arg(hhmm(a.start))
                              : hhmm(a.start) + QChar(0x2013) + hhmm(a.end);
    QString where = QObject::tr("before the first paragraph");
    for (const auto& p : record.paragraphs)
        if (p.id == a.paragraphId)
            where = (a.withinParagraph ? QObject::tr("inside § %1") : QObject::tr("after § %1"))
                        .arg(p.number);
    const QString reason = a.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.reason);
    return when + QLatin1Char(' ') + where + reason;
}

} // namespace AdjournmentActions

namespace AdjournmentActions {

QString describe(const MeetingRecord& record, const AttendanceEvent& e) {
    const Participant* who = record.participant(e.participantId);
    const QString name = who ? who->name : QString();
    QString where = QObject::tr("after the last paragraph");
    for (const auto& p : record.paragraphs)
        if (p.id == e.paragraphId)
            where = QObject::tr("before § %1").arg(p.number);
    const QString what = e.kind == AttendanceEventKind::Arrive
                             ? QObject::tr("%1 arrives %2").arg(name, where)
                             : QObject::tr("%1 leaves %2").arg(name, where);
    return what + QStringLiteral(", ") +
           (e.clockTime.isEmpty() ? QObject::tr("no time noted") : e.clockTime);
}

} // namespace AdjournmentActions
