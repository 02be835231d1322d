// The body's own rules at the desk: set by keyboard in the body dialog (Ctrl+Shift+B, tab
// "Rules"), copied onto a new meeting and shown in its details (Ctrl+Shift+I).
#include "UiTestSupport.h"
#include "bodies/BodyDialog.h"
#include "bodies/BodyRulesPage.h"
#include "bodies/RulesFields.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingDetailsDialog.h"
#include "desk/MeetingSession.h"
#include "services/MeetingService.h"
#include "services/RulesService.h"
#include "storage/BodyRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>

using namespace paragraf;

namespace {

class BodyRulesUiTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        auto opened = Database::open(demoPath);
        ASSERT_TRUE(opened.ok());
        database = std::move(opened.value());
        body = BodyRepository(database->connection()).body(1).value(); // seed 001's group
    }
    // A button's mnemonic clicks it after a short animation: wait for the click.
    void alt(QWidget* dialog, Qt::Key key) {
        QTest::keyClick(dialog, key, Qt::AltModifier);
        QTest::qWait(150);
    }
    std::unique_ptr<Database> database;
    Body body;
};

TEST_F(BodyRulesUiTest, TheRulesAreSetByKeyboardAndANewMeetingCopiesThem) {
    BodyDialog dialog(*database, body, QDate(2025, 1, 10));
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    alt(&dialog, Qt::Key_L);
    BodyRulesPage* page = dialog.rules();
    ASSERT_EQ(dialog.tabs()->currentWidget(), page);
    alt(&dialog, Qt::Key_X);
    ASSERT_EQ(QApplication::focusWidget(), page->fields()->prefix());
    type(page->fields()->prefix(), QStringLiteral("KS"));
    alt(&dialog, Qt::Key_Q);
    ASSERT_EQ(QApplication::focusWidget(), page->fields()->adjusters());
    QTest::keyClick(page->fields()->adjusters(), Qt::Key_Up);
    alt(&dialog, Qt::Key_G);
    type(page->fields()->signatureLabel(), QStringLiteral("Justeras av"));
    alt(&dialog, Qt::Key_U);
    EXPECT_TRUE(page->fields()->attClauses()->isChecked());
    alt(&dialog, Qt::Key_Y);
    type(page->signer(), QStringLiteral("Eva Ek"));
    alt(&dialog, Qt::Key_T);
    type(page->signerTitle(), QStringLiteral("registrator"));
    alt(&dialog, Qt::Key_F);
    ASSERT_EQ(QApplication::focusWidget(), page->days());
    QTest::keyClick(page->days(), Qt::Key_Up);
    alt(&dialog, Qt::Key_S);

    const auto saved = RulesService(*database).bodyRules(body.id);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->meeting.paragraphPrefix, QStringLiteral("KS"));
    EXPECT_EQ(saved->meeting.adjustersRequired, 2);
    EXPECT_EQ(saved->meeting.signatureLabel, QStringLiteral("Justeras av"));
    EXPECT_TRUE(saved->meeting.attClauses);
    EXPECT_FALSE(saved->meeting.rejoinAllowed);
    EXPECT_EQ(saved->notice.signerName, QStringLiteral("Eva Ek"));
    EXPECT_EQ(saved->notice.signerTitle, QStringLiteral("registrator"));
    EXPECT_EQ(saved->notice.days, 22);

    Meeting meeting;
    meeting.bodyId = body.id;
    meeting.date = QDate(2025, 2, 3);
    const auto id = MeetingService(*database).createMeeting(meeting);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    const auto record = MeetingService(*database).load(id.value());
    ASSERT_TRUE(record.ok());
    MeetingDetailsDialog details(record.value());
    EXPECT_EQ(details.rulesFields()->prefix()->text(), QStringLiteral("KS"));
    EXPECT_EQ(details.rulesFields()->adjusters()->value(), 2);
    EXPECT_TRUE(details.rulesFields()->isEnabled()) << "editable while a draft";
    EXPECT_FALSE(details.rulesFields()->appendix()->isChecked()) << "a group of few members";
    EXPECT_EQ(details.rules(), record->rules);
}

TEST_F(BodyRulesUiTest, ANoticeShorterThanTheAppealPeriodCannotBeChosen) {
    BodyDialog dialog(*database, body, QDate(2025, 1, 10));
    EXPECT_EQ(dialog.rules()->days()->minimum(), 21);
    EXPECT_EQ(dialog.rules()->days()->value(), 21);
}

// The meeting's copy is changed in its details (Ctrl+Shift+I) by keyboard, and undone as one
// step.
TEST_F(BodyRulesUiTest, TheMeetingsCopyIsChangedInItsDetailsAndUndone) {
    database.reset();
    auto window = openedWindow<MainWindow>(demoPath);
    ASSERT_TRUE(window);
    Meeting december;
    december.bodyId = 1;
    december.date = QDate(2024, 12, 9);
    december.status = MeetingStatus::InProgress;
    ASSERT_TRUE(window->createMeeting(december));
    const auto stored = [&] {
        auto file = Database::open(demoPath);
        return MeetingService(*file.value()).load(window->session()->meetingId()).value();
    };
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<MeetingDetailsDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        seen = true;
        QApplication::setActiveWindow(dialog);
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_X, Qt::AltModifier);
        EXPECT_EQ(QApplication::focusWidget(), dialog->rulesFields()->prefix());
        type(dialog->rulesFields()->prefix(), QStringLiteral("KF"));
        QTest::keyClick(dialog, Qt::Key_B, Qt::AltModifier);
        QTest::qWait(150);
        EXPECT_TRUE(dialog->rulesFields()->appendix()->isChecked());
        QTest::keyClick(dialog->rulesFields()->prefix(), Qt::Key_Return);
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    ASSERT_TRUE(seen);
    EXPECT_EQ(stored().rules.paragraphPrefix, QStringLiteral("KF"));
    EXPECT_TRUE(stored().rules.attendanceAppendix);
    EXPECT_EQ(window->session()->record().rules.paragraphPrefix, QStringLiteral("KF"));
    QApplication::setActiveWindow(window.get());
    window->desk()->setFocus();
    shortcut(QKeySequence::Undo);
    EXPECT_TRUE(stored().rules.isDefault());
}

} // namespace

// Rules that cannot be read are said, and the defaults shown in their place are never saved over
// what the file holds (they would silently undo the body's arbetsordning).
TEST_F(BodyRulesUiTest, RulesThatCannotBeReadAreNeverOverwrittenByTheDefaults) {
    BodyRules stored;
    stored.meeting.paragraphPrefix = QStringLiteral("KS");
    stored.notice.days = 30;
    ASSERT_TRUE(RulesService(*database).setBodyRules(body.id, stored).ok());
    QSqlQuery hide(database->connection());
    ASSERT_TRUE(hide.exec(QStringLiteral("ALTER TABLE body_rules RENAME TO body_rules_away")));

    BodyDialog dialog(*database, body, QDate(2025, 1, 10));
    ASSERT_TRUE(hide.exec(QStringLiteral("ALTER TABLE body_rules_away RENAME TO body_rules")));
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("could not be read")))
        << Dialogs::lastMessage().toStdString();
    BodyRulesPage* page = dialog.rules();
    EXPECT_FALSE(page->isRead());
    EXPECT_TRUE(page->fields()->prefix()->text().isEmpty()); // the defaults are what is shown
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("not saved over them")))
        << Dialogs::lastMessage().toStdString();

    const auto after = RulesService(*database).bodyRules(body.id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->meeting.paragraphPrefix, QStringLiteral("KS"));
    EXPECT_EQ(after->notice.days, 30);
}
