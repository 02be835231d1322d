#include "AdjustmentDialogs.h"

#include "DeadlinesDialog.h"
#include "ErratumDialog.h"
#include "PublishDialog.h"
#include "ReviewDialog.h"
#include "SignDialog.h"
#include "WaitingDialog.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/Deadlines.h"
#include "adjustment/WaitingService.h"
#include "common/Dialogs.h"
#include "desk/MainWindow.h"
#include "desk/MeetingSession.h"
#include "rules/Proceedings.h"
#include "storage/Database.h"
#include "text/DecisionCheck.h"

using namespace paragraf;

namespace AdjustmentDialogs {
namespace {

// The open meeting and its file, when both can be written (and the server can be reached).
MeetingSession* writableSession(MainWindow& window) {
    MeetingSession* session = window.session();
    if (!session || !window.database())
        return nullptr;
    if (window.database()->isReadOnly()) {
        Dialogs::information(&window, MainWindow::tr("Read-only"),
                             window.database()->readOnlyReason());
        return nullptr;
    }
    if (session->refuseWhileOffline())
        return nullptr;
    return session;
}

bool requireStatus(MainWindow& window, const MeetingSession& session, MeetingStatus wanted,
                   const QString& otherwise) {
    if (session.record().meeting.status == wanted)
        return true;
    Dialogs::information(&window, MainWindow::tr("Not now"), otherwise);
    return false;
}

// Reads `refresh` again when another desk changes the meeting the dialog shows.
template <typename Dialog>
void followElsewhere(MainWindow& window, Dialog& dialog, Id meetingId, void (Dialog::*refresh)()) {
    QObject::connect(&window, &MainWindow::meetingChangedElsewhere, &dialog,
                     [&dialog, meetingId, refresh](Id changed) {
                         if (changed == NoId || changed == meetingId)
                             (dialog.*refresh)();
                     });
}

} // namespace

void sendForAdjustment(MainWindow& window) {
    MeetingSession* session = writableSession(window);
    if (!session)
        return;
    QStringList names;
    for (const Signatory& who : AdjustmentService::signatories(session->record()))
        names << who.name;
    names.removeDuplicates(); // one who presides for a part and adjusts the rest is named once
    const QDate due = adjustmentDue(session->record().meeting.date);
    if (!Dialogs::question(
            &window, MainWindow::tr("Send for adjustment"),
            MainWindow::tr("Send the protocol to %1 for adjustment? Its text is then frozen and "
                           "changed only through recorded corrections. It is due to be adjusted "
                           "by %2.")
                .arg(names.isEmpty() ? MainWindow::tr("its signatories")
                                     : names.join(QStringLiteral(", ")),
                     due.toString(Qt::ISODate))))
        return;
    // A paragraph decided without quorum is shown as it was; the secretary confirms that.
    const QList<int> withoutQuorum =
        paragraphsWithoutQuorum(session->record(), session->timeline());
    if (!withoutQuorum.isEmpty()) {
        QStringList numbers;
        for (int n : withoutQuorum)
            numbers << QStringLiteral("§ %1").arg(n);
        if (!Dialogs::question(&window, MainWindow::tr("Decided without quorum"),
                               MainWindow::tr("%1 was decided without quorum. Is the attendance "
                                              "right, and should the protocol be sent as it is?")
                                   .arg(numbers.join(QStringLiteral(", ")))))
            return;
    }
    // A decision that reads against the motion carried would be signed as it stands.
    if (const QStringList against = decisionsAgainstOutcome(session->record(), session->timeline());
        !against.isEmpty() && !Dialogs::question(&window, MainWindow::tr("Check the decisions"),
                                                 MainWindow::tr("%1\n\nSend the protocol as it is?")
                                                     .arg(against.join(QLatin1Char('\n'))),
                                                 true))
        return;
    const Status sent = AdjustmentService(*window.database())
                            .sendForAdjustment(session->meetingId(), !withoutQuorum.isEmpty());
    if (!sent) {
        Dialogs::warning(&window, MainWindow::tr("Not possible"), sent.error());
        return;
    }
    window.reopenMeeting();
}

void review(MainWindow& window) {
    MeetingSession* session = writableSession(window);
    if (!session ||
        !requireStatus(window, *session, MeetingStatus::OutForAdjustment,
                       MainWindow::tr("Remarks and corrections are made while the protocol is "
                                      "out for adjustment.")))
        return;
    ReviewDialog dialog(*window.database(), session->meetingId(), &window);
    followElsewhere(window, dialog, session->meetingId(), &ReviewDialog::reload);
    bool changed = false;
    QObject::connect(&dialog, &ReviewDialog::textChanged, &window, [&changed] { changed = true; });
    dialog.exec();
    if (changed)
        window.reopenMeeting();
}

void sign(MainWindow& window) {
    MeetingSession* session = writableSession(window);
    if (!session ||
        !requireStatus(window, *session, MeetingStatus::OutForAdjustment,
                       MainWindow::tr("Send the protocol for adjustment before it is signed.")))
        return;
    SignDialog dialog(*window.database(), session->meetingId(), &window);
    followElsewhere(window, dialog, session->meetingId(), &SignDialog::refresh);
    dialog.exec();
    window.reopenMeeting();
}

void verify(MainWindow& window) {
    const MeetingSession* session = window.session();
    if (!session || !window.database())
        return;
    const auto result = AdjustmentService(*window.database()).verify(session->meetingId());
    if (!result) {
        Dialogs::warning(&window, MainWindow::tr("Verify"), result.error());
        return;
    }
    if (result->intact())
        Dialogs::information(&window, MainWindow::tr("Verify"),
                             MainWindow::tr("The protocol is intact and signed by all.\nSHA-256: "
                                            "%1")
                                 .arg(result->contentHash));
    else
        Dialogs::warning(&window, MainWindow::tr("Verify"),
                         result->problems().join(QLatin1Char('\n')));
}

void recordErratum(MainWindow& window) {
    MeetingSession* session = writableSession(window);
    if (!session)
        return;
    if (!isLocked(session->record().meeting.status)) {
        Dialogs::information(&window, MainWindow::tr("Not now"),
                             MainWindow::tr("A rättelse is made to an adjusted protocol; before "
                                            "that the text is corrected directly."));
        return;
    }
    ErratumDialog dialog(*window.database(), session->record(), session->currentParagraph(),
                         &window);
    if (dialog.exec() == QDialog::Accepted)
        window.reopenMeeting();
}

void recordPosting(MainWindow& window) {
    MeetingSession* session = writableSession(window);
    if (!session ||
        !requireStatus(window, *session, MeetingStatus::Adjusted,
                       MainWindow::tr("An adjusted protocol that has not been posted yet is "
                                      "posted.")))
        return;
    const QDate day =
        Dialogs::date(&window, MainWindow::tr("Posted on the notice board"),
                      MainWindow::tr("The day the adjustment was posted:"), QDate::currentDate());
    if (!day.isValid())
        return;
    const Status posted = DeadlineService(*window.database()).post(session->meetingId(), day);
    if (!posted) {
        Dialogs::warning(&window, MainWindow::tr("Not possible"), posted.error());
        return;
    }
    window.reopenMeeting();
}

void publish(MainWindow& window) {
    MeetingSession* session = writableSession(window);
    if (!session)
        return;
    // What will be written is made first; a protocol that is not adjusted is refused here.
    PublishRequest request;
    request.meetingId = session->meetingId();
    request.postedOn = QDate::currentDate();
    const auto plan = PublishService(*window.database()).plan(request);
    if (!plan) {
        Dialogs::warning(&window, MainWindow::tr("Not published"), plan.error());
        return;
    }
    PublishDialog dialog(*window.database(), session->record(), plan.value(), &window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Dialogs::information(&window, MainWindow::tr("Published"),
                         MainWindow::tr("Written:\n%1").arg(dialog.written().join(u'\n')));
    window.reopenMeeting();
}

void deadlines(MainWindow& window) {
    if (!window.database())
        return;
    DeadlinesDialog dialog(*window.database(), QDate::currentDate(), &window);
    QObject::connect(&dialog, &DeadlinesDialog::openMeeting, &window,
                     [&window](Id meeting) { window.openMeeting(meeting); });
    dialog.exec();
}

void waiting(MainWindow& window) {
    if (!window.database())
        return;
    WaitingDialog dialog(*window.database(), &window);
    QObject::connect(&window, &MainWindow::meetingChangedElsewhere, &dialog,
                     [&dialog](Id) { dialog.refresh(); });
    QObject::connect(&dialog, &WaitingDialog::openMeeting, &window,
                     [&window](Id meeting) { window.openMeeting(meeting); });
    dialog.exec();
}

void waitingWhenOpened(MainWindow& window) {
    if (!window.database() || !window.database()->isServer())
        return;
    const WaitingService service(*window.database());
    const auto me = service.me();
    const auto waits = service.waiting();
    if (me && me->personId != NoId && waits && !waits->isEmpty())
        waiting(window);
}

} // namespace AdjustmentDialogs
