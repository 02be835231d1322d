// Adjournments at the desk: F9 adjourns the meeting now and resumes it, the status bar says so,
// undo takes every step back, and the times are corrected afterwards by keyboard.
#include "UiTestSupport.h"
#include "attendance/AttendanceActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingDetailsDialog.h"
#include "desk/MeetingSession.h"
#include "desk/ParagraphEditor.h"
#include "proceedings/AdjournmentActions.h"
#include "proceedings/AdjournmentDialog.h"
#include "services/MeetingService.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTextEdit>

using namespace paragraf;

namespace {

class AdjournmentUiTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        window = openedWindow<MainWindow>(demoPath);
        ASSERT_TRUE(window);
        Meeting december;
        december.bodyId = 1;
        december.date = QDate(2024, 12, 9);
        december.start = QTime(10, 0);
        december.end = QTime(15, 0);
        december.form = MeetingForm::Digital;
        december.status = MeetingStatus::InProgress;
        ASSERT_TRUE(window->createMeeting(december));
        AdjournmentActions::clock = [this] {
            return now;
        };
    }
    void TearDown() override {
        AdjournmentActions::clock = [] {
            return QTime::currentTime();
        };
        UiTest::TearDown();
    }
    MeetingRecord stored() {
        auto database = Database::open(demoPath);
        return MeetingService(*database.value()).load(window->session()->meetingId()).value();
    }
    QLabel* adjourned() { return window->findChild<QLabel*>(QStringLiteral("adjourned")); }

    std::unique_ptr<MainWindow> window;
    QTime now;
};

TEST_F(AdjournmentUiTest, F9AdjournsAndResumesAndUndoTakesItBack) {
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    type(window->desk()->editor()->title(), QStringLiteral("Budget 2025"));
    ASSERT_NE(adjourned(), nullptr);
    EXPECT_FALSE(adjourned()->isVisible());

    now = QTime(10, 30, 20);
    shortcut(QKeySequence(Qt::Key_F9));
    MeetingRecord record = stored();
    ASSERT_EQ(record.adjournments.size(), 1);
    EXPECT_EQ(record.adjournments[0].start, QTime(10, 30));
    EXPECT_TRUE(record.adjournments[0].isOpen());
    EXPECT_TRUE(record.adjournments[0].withinParagraph) << "the budget has no decision yet";
    EXPECT_EQ(record.adjournments[0].paragraphId, record.paragraphs[0].id);
    EXPECT_TRUE(adjourned()->isVisible());
    EXPECT_EQ(adjourned()->text(), QStringLiteral("Adjourned since 10.30"));
    // PARAGRAF_KEEP_DOCUMENTS=DIR keeps a picture of the desk while adjourned, to look at.
    if (const QString keep = qEnvironmentVariable("PARAGRAF_KEEP_DOCUMENTS"); !keep.isEmpty())
        window->grab().save(keep + QStringLiteral("/adjourned-desk.png"));

    now = QTime(10, 45);
    shortcut(QKeySequence(Qt::Key_F9));
    record = stored();
    ASSERT_EQ(record.adjournments.size(), 1);
    EXPECT_EQ(record.adjournments[0].end, QTime(10, 45));
    EXPECT_FALSE(adjourned()->isVisible());

    shortcut(QKeySequence::Undo);
    EXPECT_TRUE(stored().adjournments[0].isOpen()) << "undo resumes nothing";
    EXPECT_TRUE(adjourned()->isVisible());
    shortcut(QKeySequence::Undo);
    EXPECT_TRUE(stored().adjournments.isEmpty());
    shortcut(QKeySequence::Redo);
    shortcut(QKeySequence::Redo);
    record = stored();
    ASSERT_EQ(record.adjournments.size(), 1);
    EXPECT_EQ(record.adjournments[0].end, QTime(10, 45));
}

TEST_F(AdjournmentUiTest, AfterADecisionTheAdjournmentComesAfterTheParagraph) {
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    type(window->desk()->editor()->title(), QStringLiteral("Budget 2025"));
    window->desk()->editor()->decision()->setFocus();
    type(window->desk()->editor()->decision(), QStringLiteral("Budgeten fastställs."));
    now = QTime(12, 0);
    shortcut(QKeySequence(Qt::Key_F9));
    const MeetingRecord record = stored();
    ASSERT_EQ(record.adjournments.size(), 1);
    EXPECT_FALSE(record.adjournments[0].withinParagraph);
}

TEST_F(AdjournmentUiTest, AnAdjournmentOutsideTheMeetingIsRefusedAndSaid) {
    now = QTime(9, 0);
    QString said;
    QObject::connect(window->session(), &MeetingSession::failed,
                     [&](const QString& message) { said = message; });
    shortcut(QKeySequence(Qt::Key_F9));
    EXPECT_TRUE(stored().adjournments.isEmpty());
    EXPECT_NE(said.indexOf(QStringLiteral("before the meeting")), -1) << said.toStdString();
    EXPECT_EQ(window->session()->undoStack()->count(), 0) << "a refusal is no step to undo";
}

TEST_F(AdjournmentUiTest, TimesReasonAndPlacementAreCorrectedByKeyboard) {
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    type(window->desk()->editor()->title(), QStringLiteral("Budget 2025"));
    now = QTime(12, 0);
    shortcut(QKeySequence(Qt::Key_F9));
    now = QTime(13, 5);
    shortcut(QKeySequence(Qt::Key_F9));

    AdjournmentsDialog dialog(*window->session(), window.get());
    ASSERT_EQ(dialog.list()->count(), 1);
    const auto seen = whenModal<AdjournmentForm>([](AdjournmentForm* form) {
        form->end()->setText(QStringLiteral("13.00"));
        form->reason()->setText(QStringLiteral("lunch"));
        form->within()->setChecked(false);
        form->accept();
    });
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    dialog.list()->setFocus();
    QTest::keyClick(dialog.list(), Qt::Key_F2);
    EXPECT_TRUE(*seen);
    MeetingRecord record = stored();
    ASSERT_EQ(record.adjournments.size(), 1);
    EXPECT_EQ(record.adjournments[0].end, QTime(13, 0));
    EXPECT_EQ(record.adjournments[0].reason, QStringLiteral("lunch"));
    EXPECT_FALSE(record.adjournments[0].withinParagraph);
    EXPECT_NE(dialog.list()->item(0)->text().indexOf(QStringLiteral("(lunch)")), -1);

    window->session()->undoStack()->undo();
    EXPECT_EQ(stored().adjournments[0].end, QTime(13, 5));
    QApplication::setActiveWindow(&dialog);
    QTest::keyClick(dialog.list(), Qt::Key_Delete);
    EXPECT_TRUE(stored().adjournments.isEmpty());
    window->session()->undoStack()->undo();
    EXPECT_EQ(stored().adjournments.size(), 1);
}

TEST_F(AdjournmentUiTest, AnArrivalIsNotedWithTheClockAndCorrectedByKeyboard) {
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    type(window->desk()->editor()->title(), QStringLiteral("Budget 2025"));
    Id late = NoId;
    for (const auto& p : window->session()->record().participants)
        if (p.name == QStringLiteral("Peter Jemtbring"))
            late = p.id;
    now = QTime(10, 20, 40);
    AttendanceActions::togglePresence(*window->session(), late);
    ASSERT_EQ(stored().events.size(), 1);
    const QString noted = stored().events[0].clockTime;
    EXPECT_EQ(noted, QStringLiteral("10.20")) << "the desk notes the time of a live arrival";

    AdjournmentsDialog dialog(*window->session(), window.get());
    ASSERT_EQ(dialog.list()->count(), 1);
    EXPECT_TRUE(dialog.list()->item(0)->text().startsWith(
        QStringLiteral("Peter Jemtbring arrives before §")));
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    dialog.list()->setCurrentRow(0);
    Dialogs::setNextText(QStringLiteral("9.50"));
    QTest::keyClick(dialog.list(), Qt::Key_F2);
    EXPECT_EQ(stored().events[0].clockTime, QStringLiteral("09.50"));
    window->session()->undoStack()->undo();
    EXPECT_EQ(stored().events[0].clockTime, noted);
}

TEST_F(AdjournmentUiTest, TheAdjustmentTimeIsSetInTheMeetingDetails) {
    MeetingDetailsDialog dialog(window->session()->record(), window.get());
    dialog.adjustmentTime()->setText(QStringLiteral("16.00"));
    EXPECT_EQ(dialog.meeting().adjustmentTime, QTime(16, 0));
    dialog.adjustmentTime()->setText(QString());
    EXPECT_FALSE(dialog.meeting().adjustmentTime.isValid());
}

} // namespace
