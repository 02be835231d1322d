// Undo and redo whose write fails: the secretary is told why, and the undo history never claims
// what the file does not hold. A paragraph deleted meanwhile in another window, a protocol sent
// for adjustment meanwhile, and a full disk; in each case the history is cleared with the message,
// a further undo changes nothing, and the desk goes on writing.
#include "FullDisk.h"
#include "UiTestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingOperations.h"
#include "desk/MeetingSession.h"
#include "desk/ParagraphEditor.h"
#include "desk/SectionEditor.h"
#include "services/MeetingService.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextEdit>
#include <QUndoStack>
#include <unistd.h>

using namespace paragraf;

namespace {

constexpr Id november = 6; // seed 001

class UndoFailureUiTest : public UiTest {
protected:
    std::unique_ptr<MainWindow> deskAt(Id meeting, int paragraphIndex) {
        auto window = openedWindow<MainWindow>(demoPath);
        if (!window || !window->openMeeting(meeting))
            return nullptr;
        window->session()->setCurrentParagraph(
            window->session()->record().paragraphs[paragraphIndex].id);
        return window;
    }
    MeetingRecord stored(Id meetingId) const {
        auto database = Database::open(demoPath);
        return MeetingService(*database.value()).load(meetingId).value();
    }
    // Another window on the same file.
    std::unique_ptr<Database> elsewhere() const {
        auto database = Database::open(demoPath);
        EXPECT_TRUE(database.ok());
        return std::move(database).value();
    }
    static void typeAtEnd(MainWindow& window, const QString& text) {
        QTextEdit* edit = window.desk()->editor()->sections().first()->text();
        edit->setFocus();
        edit->moveCursor(QTextCursor::End);
        type(edit, text);
    }
    // The history is cleared once the stack has finished the step that failed.
    static void settle() {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }
    static QList<Id> idsOf(const MeetingRecord& record) {
        QList<Id> ids;
        for (const auto& p : record.paragraphs)
            ids << p.id;
        return ids;
    }
};

TEST_F(UndoFailureUiTest, UndoInAParagraphDeletedElsewhereSaysSoAndClearsTheHistory) {
    auto desk = deskAt(november, 2);
    ASSERT_TRUE(desk);
    QUndoStack* history = desk->session()->undoStack();
    // Two steps: a paragraph moved, then typing in another one.
    MeetingOperations::moveCurrentParagraph(*desk->session(), 1);
    desk->session()->setCurrentParagraph(desk->session()->record().paragraphs[0].id);
    typeAtEnd(*desk, QStringLiteral(" Tillägg."));
    ASSERT_EQ(history->index(), 2);
    const Id typedIn = desk->session()->record().paragraphs[0].id;
    ASSERT_TRUE(MeetingService(*elsewhere()).deleteParagraph(typedIn).ok());
    const QList<Id> order = idsOf(stored(november));

    history->setIndex(0); // both steps back at once, as a click in the history would
    settle();

    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Undo and redo have been cleared")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(history->count(), 0);
    EXPECT_FALSE(history->canUndo());
    EXPECT_FALSE(history->canRedo());
    // The move was not taken back behind the secretary's back, and the desk shows the file.
    EXPECT_EQ(idsOf(stored(november)), order);
    EXPECT_EQ(idsOf(desk->session()->record()), order);
    history->undo();
    EXPECT_EQ(idsOf(stored(november)), order);
}

TEST_F(UndoFailureUiTest, RedoInAProtocolSentForAdjustmentMeanwhileIsRefusedAndTheHistoryCleared) {
    auto desk = deskAt(november, 2);
    ASSERT_TRUE(desk);
    QUndoStack* history = desk->session()->undoStack();
    const QString before = stored(november).paragraphs[2].sections.first().text;
    typeAtEnd(*desk, QStringLiteral(" Tillägg."));
    history->undo();
    ASSERT_EQ(stored(november).paragraphs[2].sections.first().text, before);
    ASSERT_TRUE(history->canRedo());
    ASSERT_TRUE(AdjustmentService(*elsewhere()).sendForAdjustment(november, true).ok());

    history->redo();
    settle();

    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("adjustment")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Undo and redo have been cleared")));
    EXPECT_EQ(history->count(), 0);
    EXPECT_EQ(stored(november).paragraphs[2].sections.first().text, before);
    EXPECT_EQ(desk->session()->record().paragraphs[2].sections.first().text, before);
}

TEST_F(UndoFailureUiTest, UndoOnAFullDiskSaysSoAndTheDeskWritesAgainWhenThereIsRoom) {
    const QString folder = dir.filePath(QStringLiteral("disk"));
    paragraf::test::FullDisk disk(folder);
    PARAGRAF_REQUIRE_MOUNTED(disk.mounted(), "The full-disk test")
    const QString onDisk = folder + QStringLiteral("/protokoll.paragraf");
    ASSERT_TRUE(QFile::copy(demoPath, onDisk));
    demoPath = onDisk;
    auto desk = deskAt(november, 2);
    ASSERT_TRUE(desk);
    QUndoStack* history = desk->session()->undoStack();
    // A long text, so that bringing the paragraph back needs pages the disk will not have.
    QString passage;
    for (int i = 0; passage.size() < 60000; ++i)
        passage += QStringLiteral("Mening %1 om budgeten och skolan i Hallen. ").arg(i);
    desk->desk()->editor()->sections().first()->text()->setPlainText(passage);
    history->clear();
    const Id deleted = desk->session()->currentParagraph();
    desk->actions()->deleteParagraph->trigger();
    ASSERT_EQ(history->index(), 1);
    const QList<Id> order = idsOf(stored(november));
    ASSERT_FALSE(order.contains(deleted));
    paragraf::test::fill(folder);

    history->undo();
    settle();

    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("full")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Undo and redo have been cleared")));
    EXPECT_EQ(history->count(), 0);
    EXPECT_EQ(idsOf(stored(november)), order);
    EXPECT_EQ(idsOf(desk->session()->record()), order);

    disk.makeRoom();
    MeetingOperations::newParagraph(*desk->session());
    EXPECT_EQ(history->count(), 1);
    EXPECT_EQ(stored(november).paragraphs.size(), order.size() + 1);
    history->undo(); // the new history is true to the file
    EXPECT_EQ(idsOf(stored(november)), order);
    EXPECT_TRUE(history->canRedo());
}

TEST_F(UndoFailureUiTest, UndoWhileAnotherProgramHoldsTheFileSaysSoAndClearsTheHistory) {
    auto desk = deskAt(november, 2);
    ASSERT_TRUE(desk);
    QUndoStack* history = desk->session()->undoStack();
    MeetingOperations::newParagraph(*desk->session());
    ASSERT_EQ(history->index(), 1);
    const QList<Id> order = idsOf(stored(november));
    {
        // Another program writing to the file, for longer than the desk waits.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(demoPath);
        ASSERT_TRUE(other.open());
        QSqlQuery lock(other);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        history->undo();
        settle();

        EXPECT_TRUE(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Undo and redo have been cleared")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(history->count(), 0);
    EXPECT_EQ(idsOf(stored(november)), order); // the new paragraph is still there
    EXPECT_EQ(idsOf(desk->session()->record()), order);
}

} // namespace

namespace {

// The desk has seen what another window wrote (its watch reads the file again).
void seeOthersChanges(MainWindow& window) {
    window.session()->refreshFromFile();
    for (int i = 0; i < 20; ++i) {
        QTest::qWait(50);
        QCoreApplication::processEvents();
    }
}

} // namespace

// Undo after someone else changed the same text: the step is refused and said, and their text
// stays in the file (undo used to write the step's "before" over it without a word).
TEST_F(UndoFailureUiTest, UndoAfterSomeoneElseChangedTheTextKeepsTheirChange) {
    auto desk = deskAt(november, 2);
    ASSERT_TRUE(desk);
    typeAtEnd(*desk, QStringLiteral(" Mitt."));
    const Id section = stored(november).paragraphs[2].sections.first().id;
    const QString theirs = QStringLiteral("Kollegans text.");
    ASSERT_TRUE(MeetingService(*elsewhere()).updateSectionText(section, theirs).ok());
    seeOthersChanges(*desk);

    desk->session()->undoStack()->undo();
    settle();

    EXPECT_EQ(stored(november).paragraphs[2].sections.first().text, theirs);
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("their change stays")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_FALSE(desk->session()->undoStack()->canUndo());
}

// The same for a paragraph's own field (the title): redo after another window's change.
TEST_F(UndoFailureUiTest, RedoAfterSomeoneElseChangedTheTitleKeepsTheirChange) {
    auto desk = deskAt(november, 2);
    ASSERT_TRUE(desk);
    QLineEdit* title = desk->desk()->editor()->title();
    title->setFocus();
    title->end(false);
    type(title, QStringLiteral(" QQ"));
    desk->session()->undoStack()->undo();
    settle();
    Paragraph theirs = stored(november).paragraphs[2];
    const Paragraph seen = theirs;
    theirs.title = QStringLiteral("Kollegans rubrik");
    ASSERT_TRUE(MeetingService(*elsewhere()).changeParagraphFields(seen, theirs).ok());
    seeOthersChanges(*desk);

    desk->session()->undoStack()->redo();
    settle();

    EXPECT_EQ(stored(november).paragraphs[2].title, QStringLiteral("Kollegans rubrik"));
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("their change stays")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_FALSE(desk->session()->undoStack()->canRedo());
}

// A refusal while typing comes as a message box; the letters, spaces and Enter the secretary goes
// on typing must not close it unread (with what she had typed in it).
TEST_F(UndoFailureUiTest, AMessageWhileTypingIsNotClosedByTheKeysBeingTyped) {
    auto box = Dialogs::typingSafeBox(nullptr, QStringLiteral("Not possible"),
                                      QStringLiteral("What you had typed: abc"));
    box->show();
    QApplication::setActiveWindow(box.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(box.get()));
    QTest::keyClicks(box.get(), QStringLiteral("ok och sedan"));
    QTest::keyClick(box.get(), Qt::Key_Space);
    QTest::keyClick(box.get(), Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_TRUE(box->isVisible());
    QTest::keyClick(box.get(), Qt::Key_Escape);
    QTest::qWait(200); // Escape clicks the button with its short animation
    EXPECT_FALSE(box->isVisible());
}

// Redo is Ctrl+Shift+Z and also Ctrl+Y, as secretaries know it from office programs.
TEST_F(UndoFailureUiTest, CtrlYRedoesWhatCtrlZUndid) {
    auto desk = deskAt(november, 2);
    ASSERT_TRUE(desk);
    const QString before = stored(november).paragraphs[2].sections.first().text;
    typeAtEnd(*desk, QStringLiteral(" Ett."));
    QTextEdit* edit = desk->desk()->editor()->sections().first()->text();
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(stored(november).paragraphs[2].sections.first().text, before);
    QTest::keyClick(edit, Qt::Key_Y, Qt::ControlModifier);
    settle();
    EXPECT_EQ(stored(november).paragraphs[2].sections.first().text.simplified(),
              (before + QStringLiteral(" Ett.")).simplified());
    // Both keys, whichever the platform (X11 under GNOME lists only Ctrl+Shift+Z first).
    const QList<QKeySequence> keys = desk->actions()->redo->shortcuts();
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
}
