#include "PublishMarks.h"

#include "common/Dialogs.h"
#include "common/MarkedPassages.h"
#include "desk/MainWindow.h"
#include "desk/MeetingSession.h"
#include "publish/PublicationMarks.h"

#include <QApplication>
#include <QLineEdit>
#include <QStatusBar>
#include <QTextEdit>

using namespace paragraf;

namespace PublishMarks {
namespace {

// The open meeting, when its file can be written. Marks are not protocol content: an adjusted
// protocol takes them as well as a draft.
MeetingSession* sessionToMark(MainWindow& window) {
    MeetingSession* session = window.session();
    if (!session)
        return nullptr;
    if (session->databaseIsReadOnly()) {
        Dialogs::information(&window, MainWindow::tr("Read-only"),
                             session->databaseReadOnlyReason());
        return nullptr;
    }
    if (session->refuseWhileOffline())
        return nullptr;
    return session;
}

// What is selected where the secretary writes, and the marked passage the cursor stands in.
struct AtCursor {
    QString selected;
    QString markedPassage;
};

AtCursor atCursor() {
    QWidget* focus = QApplication::focusWidget();
    if (auto* line = qobject_cast<QLineEdit*>(focus))
        return {line->selectedText(), {}};
    auto* text = qobject_cast<QTextEdit*>(focus);
    if (!text)
        return {};
    // A selection over several lines gives U+2029 between them; the text stores line breaks.
    const QString selected = text->textCursor().selectedText().replace(QChar(0x2029), u'\n');
    const auto* marks = text->findChild<MarkedPassages*>(QString(), Qt::FindDirectChildrenOnly);
    return {selected, marks ? marks->passageAt(text->textCursor().position()) : QString()};
}

// The stored mark of `passage`, preferring the one made in the current paragraph.
const MarkStanding* markOf(const MeetingSession& session, const QString& passage) {
    const MarkStanding* found = nullptr;
    for (const MarkStanding& m : session.publicationMarks().passages) {
        if (m.mark.passage != passage)
            continue;
        if (m.mark.paragraphId == session.currentParagraph())
            return &m;
        if (!found)
            found = &m;
    }
    return found;
}

void say(MainWindow& window, const QString& message) {
    window.statusBar()->showMessage(message, 8000);
}

} // namespace

void toggleMark(MainWindow& window) {
    MeetingSession* session = sessionToMark(window);
    if (!session)
        return;
    const AtCursor at = atCursor();
    const QString passage = at.selected.isEmpty() ? at.markedPassage : at.selected;
    PublicationMarkService service(session->database());
    if (const MarkStanding* marked = passage.isEmpty() ? nullptr : markOf(*session, passage)) {
        const Status removed = service.unmark(session->meetingId(), marked->mark.id);
        if (!removed) {
            Dialogs::warning(&window, MainWindow::tr("Not possible"), removed.error());
            return;
        }
        session->reloadMarks();
        say(window,
            MainWindow::tr("The mark is taken off: \"%1\" will be published.").arg(passage));
        return;
    }
    if (at.selected.isEmpty()) {
        Dialogs::information(&window, MainWindow::tr("Nothing selected"),
                             MainWindow::tr("Select the text in the paragraph that is not to be "
                                            "published, then press Ctrl+Shift+M."));
        return;
    }
    const auto made = service.mark(session->meetingId(), session->currentParagraph(), passage);
    if (!made) {
        Dialogs::warning(&window, MainWindow::tr("Not marked"), made.error());
        return;
    }
    session->reloadMarks();
    say(window, MainWindow::tr("Marked as not for publication: \"%1\" is masked in the web copy.")
                    .arg(passage));
}

void toggleIndividual(MainWindow& window) {
    MeetingSession* session = sessionToMark(window);
    if (!session)
        return;
    const Paragraph* paragraph = session->paragraph(session->currentParagraph());
    if (!paragraph)
        return;
    const bool individual = !session->concernsIndividual(paragraph->id);
    const Status set = PublicationMarkService(session->database())
                           .setIndividual(session->meetingId(), paragraph->id, individual);
    if (!set) {
        Dialogs::warning(&window, MainWindow::tr("Not possible"), set.error());
        return;
    }
    session->reloadMarks();
    const QString label = paragraphLabel(session->record().rules, paragraph->number);
    say(window, individual ? MainWindow::tr("%1 concerns an individual: names of private persons "
                                            "in it are masked in the web copy.")
                                 .arg(label)
                           : MainWindow::tr("%1 no longer concerns an individual.").arg(label));
}

} // namespace PublishMarks
