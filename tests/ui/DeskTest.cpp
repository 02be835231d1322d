// A meeting minuted from start to end at the desk, by keyboard, then read back from the file.
#include "UiTestSupport.h"
#include "attendance/AttendanceModel.h"
#include "attendance/AttendancePanel.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingDetailsDialog.h"
#include "desk/MeetingNavigator.h"
#include "desk/MeetingOperations.h"
#include "desk/MeetingSession.h"
#include "desk/MeetingTreeModel.h"
#include "desk/ParagraphEditor.h"
#include "desk/ParagraphListModel.h"
#include "desk/SectionEditor.h"
#include "rules/AttendanceTimeline.h"
#include "services/MeetingService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>

using namespace paragraf;

namespace {

class DeskTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        window = openedWindow<MainWindow>(demoPath);
        ASSERT_TRUE(window);
        Meeting december;
        december.bodyId = 1; // the Jämtland group of seed 001
        december.date = QDate(2024, 12, 9);
        december.start = QTime(10, 0);
        december.form = MeetingForm::Digital;
        december.status = MeetingStatus::InProgress;
        ASSERT_TRUE(window->createMeeting(december));
    }
    MeetingSession& session() { return *window->session(); }
    MeetingRecord stored() {
        auto database = Database::open(demoPath);
        return MeetingService(*database.value()).load(session().meetingId()).value();
    }
    int rowOf(const QString& name) {
        AttendanceModel* model = window->attendance()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString().trimmed() == name)
                return row;
        return -1;
    }
    // What the attendance panel says of `name` at the paragraph shown.
    QString stateOf(const QString& name) {
        return window->attendance()
            ->model()
            ->index(rowOf(name), AttendanceModel::StateColumn)
            .data()
            .toString();
    }
    void attendanceKey(const QString& name, int key) {
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
        QTableView* table = window->attendance()->table();
        ASSERT_EQ(QApplication::focusWidget(), table);
        table->setCurrentIndex(window->attendance()->model()->index(rowOf(name), 0));
        QTest::keyClick(table, static_cast<Qt::Key>(key));
    }
    void newParagraph(const QString& title, const QString& text) {
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        ASSERT_EQ(QApplication::focusWidget(), window->desk()->editor()->title());
        type(window->desk()->editor()->title(), title);
        shortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
        type(QApplication::focusWidget(), text);
    }
    std::unique_ptr<MainWindow> window;
};

TEST_F(DeskTest, AMeetingMinutedByKeyboardIsInTheFile) {
    QAbstractItemModelTester paragraphs(window->desk()->paragraphModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester attendance(window->attendance()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tree(window->navigator()->treeModel(),
                                  QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Roll call: nine of twelve members come; nobody serves yet, so the body cannot decide.
    EXPECT_NE(window->attendance()->quorum()->text().indexOf(QStringLiteral("Not quorate")), -1);
    for (const char* name :
         {"Sara Schelin", "Peter Jemtbring", "Jenny Kriström", "Henrik Kvist", "Anda Embretzen",
          "Tomas Jonsson", "Ralf Westlund", "Sara Lewerentz", "Magnus Aspegren"})
        attendanceKey(QString::fromUtf8(name), Qt::Key_Space);
    EXPECT_NE(window->attendance()->quorum()->text().indexOf(QStringLiteral("9 of 12")), -1)
        << window->attendance()->quorum()->text().toStdString();
    Participant secretary;
    secretary.name = QStringLiteral("Elise Ackerot");
    secretary.kind = ParticipantKind::Official;
    secretary.roleLabel = QStringLiteral("sekreterare");
    MeetingOperations::addParticipant(session(), secretary);

    newParagraph(QStringLiteral("Upprop"),
                 QStringLiteral("Mötet öppnas – närvaron fastställs. ÅÄÖ åäö"));
    newParagraph(QStringLiteral("Budget 2025"),
                 QStringLiteral("Förbundschefen går igenom förslaget."));
    // Sara Schelin leaves after the budget; the next paragraph is decided without her.
    attendanceKey(QStringLiteral("Sara Schelin"), Qt::Key_Space);
    newParagraph(QStringLiteral("Övriga frågor"), QStringLiteral("Inga övriga frågor."));

    // Move "Övriga frågor" up and back: numbers follow; undo and redo by keyboard.
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    EXPECT_EQ(stored().paragraphs[1].title, QStringLiteral("Övriga frågor"));
    shortcut(QKeySequence::Undo);
    EXPECT_EQ(stored().paragraphs[1].title, QStringLiteral("Budget 2025"));
    shortcut(QKeySequence::Redo);
    EXPECT_EQ(stored().paragraphs[1].title, QStringLiteral("Övriga frågor"));
    shortcut(QKeySequence::Undo);

    // A slip of the keyboard undone: the text in the file is as before.
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    type(QApplication::focusWidget(), QStringLiteral(" fel"));
    EXPECT_TRUE(stored().paragraphs[2].sections[0].text.endsWith(QStringLiteral("fel")));
    shortcut(QKeySequence::Undo);

    const MeetingRecord record = stored();
    ASSERT_EQ(record.paragraphs.size(), 3);
    EXPECT_EQ(record.paragraphs[0].number, 32) << "the year's numbering continues after § 31";
    EXPECT_EQ(record.paragraphs[2].number, 34);
    EXPECT_EQ(record.paragraphs[0].title, QStringLiteral("Upprop"));
    EXPECT_EQ(record.paragraphs[0].sections[0].text,
              QStringLiteral("Mötet öppnas – närvaron fastställs. ÅÄÖ åäö"));
    EXPECT_EQ(record.paragraphs[1].title, QStringLiteral("Budget 2025"));
    EXPECT_EQ(record.paragraphs[2].sections[0].text, QStringLiteral("Inga övriga frågor."));
    QList<Id> order;
    for (const auto& p : record.paragraphs)
        order << p.id;
    const auto timeline = AttendanceTimeline::derive(record.participants, record.events, order);
    Id sara = NoId;
    for (const auto& p : record.participants)
        if (p.name == QStringLiteral("Sara Schelin"))
            sara = p.id;
    EXPECT_EQ(timeline.servingPositions(sara), (QList<int>{0, 1}));
    EXPECT_EQ(timeline.paragraphs()[2].serving.size(), 8);
}

TEST_F(DeskTest, ARefusedAttendanceChangeExplainsTheRule) {
    attendanceKey(QStringLiteral("Sara Schelin"), Qt::Key_Space);
    newParagraph(QStringLiteral("Ett"), QStringLiteral("a"));
    attendanceKey(QStringLiteral("Sara Schelin"), Qt::Key_Space); // leaves after § 32
    newParagraph(QStringLiteral("Två"), QStringLiteral("b"));
    newParagraph(QStringLiteral("Tre"), QStringLiteral("c"));
    attendanceKey(QStringLiteral("Sara Schelin"),
                  Qt::Key_Space); // would come back at § 34: refused
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("växeltjänstgöring")), -1)
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(stored().events.size(), 1);
    attendanceKey(QStringLiteral("Sara Schelin"), Qt::Key_J); // jäv when not serving: refused
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("jäv")), -1);
    // Peter Jemtbring arrives at § 34; marked as leaving and pressed again at the next
    // paragraph, the departure is taken back rather than made a return.
    attendanceKey(QStringLiteral("Peter Jemtbring"), Qt::Key_Space);
    attendanceKey(QStringLiteral("Peter Jemtbring"), Qt::Key_Space);
    newParagraph(QStringLiteral("Fyra"), QStringLiteral("d"));
    attendanceKey(QStringLiteral("Peter Jemtbring"), Qt::Key_Space);
    EXPECT_EQ(stored().events.size(), 2);
    EXPECT_EQ(stateOf(QStringLiteral("Peter Jemtbring")), QStringLiteral("Serving"));
}

// O hands the chair over from the current paragraph; the list says who presides, undo and a
// second press take it back, and the chair at the start presides again.
TEST_F(DeskTest, TheChairIsHandedOverByKeyAndTakenBack) {
    for (const char* name : {"Sara Schelin", "Peter Jemtbring"})
        attendanceKey(QString::fromUtf8(name), Qt::Key_Space);
    newParagraph(QStringLiteral("Ett"), QStringLiteral("a"));
    newParagraph(QStringLiteral("Två"), QStringLiteral("b"));
    attendanceKey(QStringLiteral("Peter Jemtbring"), Qt::Key_O);
    EXPECT_EQ(stateOf(QStringLiteral("Peter Jemtbring")), QStringLiteral("Serving, presides"));
    ASSERT_EQ(stored().events.size(), 1);
    EXPECT_EQ(stored().events[0].kind, AttendanceEventKind::Preside);
    EXPECT_EQ(stored().events[0].paragraphId, stored().paragraphs[1].id);
    shortcut(QKeySequence::Undo);
    EXPECT_TRUE(stored().events.isEmpty());
    EXPECT_EQ(stateOf(QStringLiteral("Peter Jemtbring")), QStringLiteral("Serving"));
    shortcut(QKeySequence::Redo);
    ASSERT_EQ(stored().events.size(), 1);
    // Sara Schelin takes it instead at the same paragraph: one handover, replaced in one step.
    attendanceKey(QStringLiteral("Sara Schelin"), Qt::Key_O);
    ASSERT_EQ(stored().events.size(), 1);
    EXPECT_EQ(stored().participant(stored().events[0].participantId)->name,
              QStringLiteral("Sara Schelin"));
    EXPECT_EQ(stateOf(QStringLiteral("Sara Schelin")), QStringLiteral("Serving, presides"));
    shortcut(QKeySequence::Undo);
    EXPECT_EQ(stateOf(QStringLiteral("Peter Jemtbring")), QStringLiteral("Serving, presides"));
    attendanceKey(QStringLiteral("Peter Jemtbring"), Qt::Key_O); // pressed again: taken back
    EXPECT_TRUE(stored().events.isEmpty());
}

// Space marks a member as leaving after the paragraph; pressed again at the same paragraph it
// takes that back, as the secretary who pressed it by mistake expects, without a refusal.
TEST_F(DeskTest, LeavingPressedTwiceAtTheSameParagraphIsTakenBack) {
    attendanceKey(QStringLiteral("Sara Schelin"), Qt::Key_Space);
    newParagraph(QStringLiteral("Ett"), QStringLiteral("a"));
    const QString before = Dialogs::lastMessage();
    attendanceKey(QStringLiteral("Sara Schelin"), Qt::Key_Space); // leaves after § 32
    ASSERT_EQ(stored().events.size(), 1);
    attendanceKey(QStringLiteral("Sara Schelin"), Qt::Key_Space); // no, she stays
    EXPECT_EQ(Dialogs::lastMessage(), before);
    EXPECT_TRUE(stored().events.isEmpty());
    shortcut(QKeySequence::Undo); // she leaves after § 32 again
    EXPECT_EQ(stored().events.size(), 1);
    shortcut(QKeySequence::Redo);
    EXPECT_TRUE(stored().events.isEmpty());
    newParagraph(QStringLiteral("Två"), QStringLiteral("b"));
    EXPECT_EQ(stateOf(QStringLiteral("Sara Schelin")), QStringLiteral("Serving"));
}

// Choosing a paragraph shows the room as it was there: who served at § 1 and had left by § 2.
TEST_F(DeskTest, TheAttendancePanelShowsTheRoomAtTheParagraphChosen) {
    attendanceKey(QStringLiteral("Sara Schelin"), Qt::Key_Space);
    newParagraph(QStringLiteral("Ett"), QStringLiteral("a"));
    attendanceKey(QStringLiteral("Sara Schelin"), Qt::Key_Space); // leaves after the first
    newParagraph(QStringLiteral("Två"), QStringLiteral("b"));
    const auto saraState = [this] {
        return stateOf(QStringLiteral("Sara Schelin"));
    };
    QListView* list = window->desk()->paragraphList();
    EXPECT_NE(saraState(), QStringLiteral("Serving"));
    list->setCurrentIndex(list->model()->index(0, 0));
    EXPECT_EQ(saraState(), QStringLiteral("Serving"));
    list->setCurrentIndex(list->model()->index(1, 0));
    EXPECT_NE(saraState(), QStringLiteral("Serving"));
}

TEST_F(DeskTest, DeletingAParagraphCanBeUndoneWithItsText) {
    newParagraph(QStringLiteral("Ett"), QStringLiteral("Första texten"));
    newParagraph(QStringLiteral("Två"), QStringLiteral("Andra texten"));
    window->desk()->paragraphList()->setCurrentIndex(window->desk()->paragraphModel()->index(0));
    window->actions()->deleteParagraph->trigger();
    ASSERT_EQ(stored().paragraphs.size(), 1);
    EXPECT_EQ(stored().paragraphs[0].number, 32);
    shortcut(QKeySequence::Undo);
    const MeetingRecord record = stored();
    ASSERT_EQ(record.paragraphs.size(), 2);
    EXPECT_EQ(record.paragraphs[0].title, QStringLiteral("Ett"));
    EXPECT_EQ(record.paragraphs[0].sections[0].text, QStringLiteral("Första texten"));
    // Typing undone after the paragraph came back still finds its section.
    shortcut(QKeySequence::Redo);
    shortcut(QKeySequence::Undo);
    EXPECT_EQ(stored().paragraphs.size(), 2);
}

TEST_F(DeskTest, TheOpeningParagraphNamesTheAdjusters) {
    Meeting details = session().record().meeting;
    for (const auto& p : session().record().participants)
        if (p.name == QStringLiteral("Sara Schelin"))
            details.adjusterIds = {p.id};
    ASSERT_TRUE(MeetingService(*window->database()).updateMeeting(details).ok());
    session().reload();
    window->actions()->openingParagraph->trigger();
    const MeetingRecord record = stored();
    ASSERT_EQ(record.paragraphs.size(), 1);
    EXPECT_NE(record.paragraphs[0].sections[0].text.indexOf(QStringLiteral("Sara Schelin väljs")),
              -1);
}

// The secretary sets chair, adjuster and the adjustment in the details dialog, by keyboard; the
// opening paragraph names the adjuster chosen; one undo restores the details as they were.
TEST_F(DeskTest, MeetingDetailsAreChosenInTheirDialogAndUndoneAsOneStep) {
    for (const char* name : {"Sara Schelin", "Peter Jemtbring", "Jenny Kriström"})
        attendanceKey(QString::fromUtf8(name), Qt::Key_Space);
    newParagraph(QStringLiteral("Upprop"), QStringLiteral("Närvaron fastställs."));
    const Meeting before = stored().meeting;

    bool dialogSeen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<MeetingDetailsDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialogSeen = true;
        // Those who decide come first as chair (anyone at the meeting may preside: a
        // förbundschef chairs a cooperation group); only they adjust: the three present members.
        EXPECT_EQ(dialog->chair()->itemText(1).left(12), QStringLiteral("Sara Schelin"));
        EXPECT_EQ(dialog->chair()->count(), 1 + stored().participants.size());
        EXPECT_EQ(dialog->adjusters()->count(), 3);
        dialog->chair()->setFocus();
        QTest::keyClick(dialog->chair(), Qt::Key_Home); // "(not set)"
        QTest::keyClick(dialog->chair(), Qt::Key_Down); // the first member: Sara Schelin
        dialog->adjusters()->setFocus();
        dialog->adjusters()->setCurrentRow(1);
        QTest::keyClick(dialog->adjusters()->viewport(), Qt::Key_Space);
        dialog->adjustmentPlace()->setFocus();
        type(dialog->adjustmentPlace(), QStringLiteral("digitalt, Östersund"));
        QTest::keyClick(dialog->adjustmentPlace(), Qt::Key_Return);
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    ASSERT_TRUE(dialogSeen);

    const MeetingRecord after = stored();
    ASSERT_NE(after.participant(after.meeting.chairId), nullptr);
    EXPECT_EQ(after.participant(after.meeting.chairId)->name, QStringLiteral("Sara Schelin"));
    ASSERT_EQ(after.meeting.adjusterIds.size(), 1);
    EXPECT_EQ(after.participant(after.meeting.adjusterIds[0])->name,
              QStringLiteral("Peter Jemtbring"));
    EXPECT_EQ(after.meeting.adjustmentPlace, QStringLiteral("digitalt, Östersund"));

    window->actions()->openingParagraph->trigger();
    const MeetingRecord opened = stored();
    EXPECT_NE(opened.paragraphs.first().sections[0].text.indexOf(QStringLiteral("Peter Jemtbring")),
              -1);
    QApplication::setActiveWindow(window.get()); // the dialog has closed
    window->desk()->paragraphList()->setFocus();
    shortcut(QKeySequence::Undo); // the opening paragraph
    shortcut(QKeySequence::Undo); // the details
    const Meeting restored = stored().meeting;
    EXPECT_EQ(restored.chairId, before.chairId);
    EXPECT_EQ(restored.adjusterIds, before.adjusterIds);
    EXPECT_EQ(restored.adjustmentPlace, before.adjustmentPlace);
}

} // namespace
