#include "MeetingDialogs.h"

#include "MainWindow.h"
#include "MeetingDetailsDialog.h"
#include "MeetingNavigator.h"
#include "MeetingOperations.h"
#include "MeetingSession.h"
#include "NewMeetingDialog.h"
#include "NoticesLabel.h"
#include "attendance/ParticipantDialog.h"
#include "attendance/RollCallDialog.h"
#include "bodies/BodyDialog.h"
#include "common/Dialogs.h"
#include "common/ReadOrSay.h"
#include "followup/AssignmentOverviewDialog.h"
#include "followup/FollowUpDialog.h"
#include "proceedings/CarriedDialog.h"
#include "proceedings/ProceedingsDialog.h"
#include "search/SearchDialog.h"
#include "services/MeetingService.h"
#include "services/RosterService.h"
#include "services/ScheduleService.h"
#include "storage/Database.h"

#include <algorithm>

using namespace paragraf;

namespace MeetingDialogs {
namespace {

// The body chosen in the tree of meetings (a body, a year or a meeting of it), else the body of
// the meeting at the desk: choosing another body in the tree is how the secretary says which.
Id currentBody(MainWindow& window) {
    Id body = window.navigator()->currentBody();
    if (body == NoId && window.session())
        body = window.session()->record().body.id;
    if (body == NoId)
        Dialogs::information(&window, MainWindow::tr("Choose a body"),
                             MainWindow::tr("Choose the body in the list of meetings first."));
    return body;
}

// Planned dates from today on that have no meeting yet, this year and next.
QList<ScheduleEntry> openDates(const Database& database, Id body, QWidget* parent) {
    QList<ScheduleEntry> open;
    const QDate today = QDate::currentDate();
    for (int year : {today.year(), today.year() + 1}) {
        for (const auto& e : readOrSay(parent, ScheduleService(database).entries(body, year)))
            if (e.meetingId == NoId && e.lastDay() >= today)
                open << e;
    }
    return open;
}

bool hasMeetingOn(const Database& database, Id body, const QDate& date) {
    const auto meetings = MeetingService(database).list();
    if (!meetings)
        return false;
    return std::any_of(meetings->cbegin(), meetings->cend(),
                       [&](const MeetingSummary& m) { return m.bodyId == body && m.date == date; });
}

void showCreated(MainWindow& window, const Result<Id>& created) {
    if (!created) {
        Dialogs::warning(&window, MainWindow::tr("The meeting cannot be created"), created.error());
        return;
    }
    window.navigator()->refresh();
    window.notices()->refresh(window.database(), QDate::currentDate());
    window.openMeeting(created.value());
}

void showBody(MainWindow& window, const Database* database, Id bodyId) {
    const auto body = RosterService(*database).body(bodyId);
    if (!body) {
        Dialogs::warning(&window, MainWindow::tr("Not possible"), body.error());
        return;
    }
    // The roster and schedule of the meeting at hand, when one is open: its day and its year.
    const MeetingSession* session = window.session();
    const QDate day = session && session->record().body.id == bodyId
                          ? session->record().meeting.date
                          : QDate::currentDate();
    BodyDialog dialog(*database, body.value(), day, &window);
    QObject::connect(&dialog, &BodyDialog::meetingCreated, &window,
                     [&window](Id meeting) { showCreated(window, meeting); });
    QObject::connect(&dialog, &BodyDialog::bodyChanged, window.navigator(),
                     &MeetingNavigator::refresh);
    // A new start of the year's numbering renumbers the open meeting too, if it is the body's.
    QObject::connect(&dialog, &BodyDialog::bodyChanged, &window, [&window, bodyId] {
        if (MeetingSession* open = window.session(); open && open->record().body.id == bodyId)
            open->refreshAll();
    });
    dialog.exec();
    window.notices()->refresh(database, QDate::currentDate());
}

} // namespace

void newMeeting(MainWindow& window) {
    const Database* database = window.database();
    const Id body = database ? currentBody(window) : NoId;
    if (body == NoId)
        return;
    const auto named = RosterService(*database).body(body);
    NewMeetingDialog dialog(named ? named->name : QString(), openDates(*database, body, &window),
                            &window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Id planned = dialog.plannedEntry(); planned != NoId) {
        showCreated(window, ScheduleService(*database).createMeeting(planned));
        return;
    }
    const Meeting meeting = dialog.meeting(body);
    if (hasMeetingOn(*database, body, meeting.date) &&
        !Dialogs::question(
            &window, MainWindow::tr("A second meeting on the same day"),
            MainWindow::tr("%1 already has a meeting on %2. Make another one on "
                           "the same day?")
                .arg(named ? named->name : QString(), meeting.date.toString(Qt::ISODate))))
        return;
    window.createMeeting(meeting);
}

void addParticipant(MainWindow& window) {
    if (!window.session())
        return;
    ParticipantDialog dialog(&window);
    if (dialog.exec() == QDialog::Accepted)
        MeetingOperations::addParticipant(*window.session(), dialog.participant());
}

void meetingDetails(MainWindow& window) {
    MeetingSession* session = window.session();
    if (!session)
        return;
    MeetingDetailsDialog dialog(session->record(), &window);
    if (dialog.exec() != QDialog::Accepted || session->isReadOnly())
        return;
    MeetingOperations::updateDetails(*session, dialog.meeting());
    if (dialog.rules() != session->record().rules)
        MeetingOperations::updateRules(*session, dialog.rules());
}

void bodyAndSchedule(MainWindow& window) {
    const Database* database = window.database();
    const Id bodyId = database ? currentBody(window) : NoId;
    if (bodyId != NoId)
        showBody(window, database, bodyId);
}

void newBody(MainWindow& window) {
    const Database* database = window.database();
    if (!database)
        return;
    Body body;
    body.name = Dialogs::text(&window, MainWindow::tr("New body"),
                              MainWindow::tr("Name of the body (e.g. Socialnämnden):"));
    if (body.name.isEmpty())
        return;
    const auto id = RosterService(*database).createBody(body);
    if (!id) {
        Dialogs::warning(&window, MainWindow::tr("Not possible"), id.error());
        return;
    }
    window.navigator()->refresh();
    showBody(window, database, id.value());
}

void proceedings(MainWindow& window) {
    MeetingSession* session = window.session();
    if (!session || session->isReadOnly() || session->currentParagraph() == NoId)
        return;
    ProceedingsDialog dialog(*session, session->currentParagraph(), &window);
    dialog.exec();
}

void rollCall(MainWindow& window) {
    MeetingSession* session = window.session();
    if (!session || session->isReadOnly())
        return;
    RollCallDialog dialog(*session, &window);
    dialog.exec();
}

void followUp(MainWindow& window) {
    MeetingSession* session = window.session();
    if (!session || session->isReadOnly() || session->currentParagraph() == NoId)
        return;
    FollowUpDialog dialog(*session, session->currentParagraph(), &window);
    dialog.exec();
}

void carried(MainWindow& window) {
    if (MeetingSession* session = window.session()) {
        CarriedDialog dialog(*session, &window);
        dialog.exec();
    }
}

void assignmentOverview(MainWindow& window) {
    if (const Database* database = window.database()) {
        AssignmentOverviewDialog dialog(*database, QDate::currentDate(), &window);
        dialog.exec();
        window.notices()->refresh(database, QDate::currentDate());
    }
}

void search(MainWindow& window) {
    const Database* database = window.database();
    if (!database)
        return;
    SearchDialog dialog(*database, &window);
    // What another window or program writes meanwhile is found, or no longer found, at once.
    QObject::connect(&window, &MainWindow::meetingChangedElsewhere, &dialog, &SearchDialog::search);
    QObject::connect(&dialog, &SearchDialog::openParagraph, &window,
                     [&window](Id meeting, Id paragraph) {
                         if (!window.openMeeting(meeting) || paragraph == NoId || !window.session())
                             return;
                         // Deleted or moved since it was found: said, not shown as an empty
                         // paragraph with the attendance of another.
                         if (!window.session()->paragraph(paragraph)) {
                             Dialogs::information(
                                 &window, MainWindow::tr("Search"),
                                 MainWindow::tr("The paragraph found is no longer in this "
                                                "meeting: it was deleted or moved since the "
                                                "search. Search again to find where it is now."));
                             return;
                         }
                         window.session()->setCurrentParagraph(paragraph);
                     });
    dialog.exec();
}

} // namespace MeetingDialogs
