// The body, roster and schedule views, offscreen: planned meetings entered by keyboard and
// turned into meetings, a roster file previewed and imported (or refused), chairs suggested.
#include "bodies/BodyDialog.h"

#include "UiTestSupport.h"
#include "bodies/MembershipDialog.h"
#include "bodies/RosterImportDialog.h"
#include "bodies/RosterModel.h"
#include "bodies/RosterPage.h"
#include "bodies/ScheduleEntryDialog.h"
#include "bodies/ScheduleModel.h"
#include "bodies/SchedulePage.h"
#include "common/DateField.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDialogs.h"
#include "desk/MeetingSession.h"
#include "desk/NewMeetingDialog.h"
#include "desk/NoticesLabel.h"
#include "interchange/ScheduleIcs.h"
#include "services/MeetingService.h"
#include "services/NumberingService.h"
#include "services/RosterService.h"
#include "services/ScheduleService.h"
#include "storage/BodyRepository.h"
#include "storage/ScheduleRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace paragraf;

namespace {

class BodyDialogTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        auto opened = Database::open(demoPath);
        ASSERT_TRUE(opened.ok());
        database = std::move(opened.value());
        body = BodyRepository(database->connection()).body(1).value(); // seed 001's group
    }
    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }
    std::unique_ptr<Database> database;
    Body body;
};

// A reorganisation renames the body; whoever renames it is told that the protocols already sent
// keep the name they were signed with (schema 17), and the body has its new name.
TEST_F(BodyDialogTest, RenamingABodySaysItsSentProtocolsKeepTheirName) {
    BodyDialog dialog(*database, body, QDate(2025, 1, 10));
    dialog.show();
    dialog.nameField()->setText(QStringLiteral("Samverkansnämnden"));
    dialog.saveBody();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("keep the name")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(BodyRepository(database->connection()).body(body.id)->name,
              QStringLiteral("Samverkansnämnden"));
}

TEST_F(BodyDialogTest, APlannedMeetingIsEnteredByKeyboardAndBecomesAMeeting) {
    body = BodyRepository(database->connection()).body(2).value(); // a group with no schedule
    BodyDialog dialog(*database, body, QDate(2025, 1, 10));
    dialog.show();
    SchedulePage* page = dialog.schedule();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const QDate& day : {QDate(2025, 3, 3), QDate(2025, 4, 7)}) {
        auto seen = whenModal<ScheduleEntryDialog>([day](ScheduleEntryDialog* entry) {
            entry->date()->setDate(day);
            entry->place()->setFocus();
            type(entry->place(), QStringLiteral("Bräcke kommun"));
            QTest::keyClick(entry->place(), Qt::Key_Return);
        });
        page->addEntry();
        ASSERT_TRUE(*seen);
    }
    ASSERT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(page->model()->index(0, ScheduleModel::Place).data().toString(),
              QStringLiteral("Bräcke kommun"));

    QSignalSpy created(&dialog, &BodyDialog::meetingCreated);
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    page->createMeeting();
    ASSERT_EQ(created.count(), 1);
    const Id meeting = created.first().first().toLongLong();
    const auto record = MeetingService(*database).load(meeting);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->meeting.date, QDate(2025, 3, 3));
    EXPECT_EQ(record->meeting.nextMeetingDate, QDate(2025, 4, 7));
    EXPECT_EQ(page->model()->index(0, ScheduleModel::Meeting).data().toString(),
              QStringLiteral("created"));

    const QString ics = dir.filePath(QStringLiteral("plan"));
    Dialogs::setNextFileName(ics);
    page->exportCalendar();
    QFile written(ics + QStringLiteral(".ics"));
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const auto parsed = scheduleFromIcs(written.readAll(), body.id);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->size(), 2);
}

TEST_F(BodyDialogTest, ARosterFileIsPreviewedAndImported) {
    BodyDialog dialog(*database, body, QDate(2025, 1, 10));
    dialog.show();
    RosterPage* page = dialog.roster();
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = page->model()->rowCount();
    Dialogs::setNextFileName(writeFile(QStringLiteral("ny.csv"),
                                       "Namn;Organisation;Roll;Ersättare för\n"
                                       "Åsa Öberg;Östersunds kommun;Ledamot;\n"
                                       "Per Ås;Östersunds kommun;Ersättare;Åsa Öberg\n"));
    auto seen = whenModal<RosterImportDialog>([](RosterImportDialog* preview) {
        EXPECT_EQ(preview->table()->rowCount(), 2);
        QTest::keyClick(preview, Qt::Key_Return);
    });
    page->importFile();
    ASSERT_TRUE(*seen);
    EXPECT_EQ(page->model()->rowCount(), before + 2);
}

TEST_F(BodyDialogTest, ARosterFileWithProblemsShowsThemAndChangesNothing) {
    BodyDialog dialog(*database, body, QDate(2025, 1, 10));
    dialog.show();
    const QByteArray hash = hashOf(demoPath);
    Dialogs::setNextFileName(
        writeFile(QStringLiteral("fel.csv"), "Namn;Roll\n;Ledamot\nBo;Kassör\n"));
    auto seen = whenModal<RosterImportDialog>([](RosterImportDialog* preview) {
        EXPECT_EQ(preview->table()->rowCount(), 2); // two problems, with line and column
        EXPECT_EQ(preview->table()->item(1, 0)->text(), QStringLiteral("3"));
        QTest::keyClick(preview, Qt::Key_Return); // Import is disabled: nothing happens
        EXPECT_TRUE(preview->isVisible());
        QTest::keyClick(preview, Qt::Key_Escape);
    });
    dialog.roster()->importFile();
    ASSERT_TRUE(*seen);
    database.reset();
    EXPECT_EQ(hashOf(demoPath), hash);
}

TEST_F(BodyDialogTest, ChairsAreSuggestedByRotationAndSaved) {
    BodyDialog dialog(*database, body, QDate(2025, 1, 10));
    dialog.show();
    RosterPage* page = dialog.roster();
    page->chairYear()->setValue(2025); // no chairs decided: the rotation's suggestion shows
    EXPECT_GT(page->chair()->currentIndex(), 0);
    EXPECT_GT(page->viceChair()->currentIndex(), 0);
    EXPECT_NE(page->chair()->currentIndex(), page->viceChair()->currentIndex());
    page->saveChairs();
    const auto stored = BodyRepository(database->connection()).chairYear(body.id, 2025);
    ASSERT_TRUE(stored.ok() && stored.value());
    EXPECT_EQ(stored.value()->chairMembershipId, page->chair()->currentData().toLongLong());
}

// Through the window: the New meeting dialog offers the next planned date and creates it.
TEST_F(BodyDialogTest, NewMeetingOffersTheNextPlannedDate) {
    ScheduleEntry planned;
    planned.bodyId = body.id;
    planned.date = QDate::currentDate().addDays(10);
    planned.place = QStringLiteral("Kommunförbundet");
    planned.form = MeetingForm::Physical;
    const Id entry = ScheduleService(*database).addEntry(planned).value();
    database.reset();

    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(openAndWait(window, demoPath));
    ASSERT_TRUE(window.openMeeting(6));
    auto seen = whenModal<NewMeetingDialog>([entry](NewMeetingDialog* dialog) {
        EXPECT_EQ(dialog->plannedEntry(), entry);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    window.actions()->newMeeting->trigger();
    ASSERT_TRUE(*seen);
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(window.session()->record().meeting.date, planned.date);
    EXPECT_EQ(window.session()->record().meeting.place, QStringLiteral("Kommunförbundet"));
    EXPECT_EQ(ScheduleRepository(window.database()->connection()).entry(entry)->meetingId,
              window.session()->meetingId());
}

// A body made from the menu, given a mandate period and a member with a personal substitute,
// all through its dialog; then the member changes party and the history keeps both rows.
TEST_F(BodyDialogTest, ANewBodyGetsAPeriodAndMembersThroughItsDialog) {
    database.reset();
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(openAndWait(window, demoPath));
    Dialogs::setNextText(QStringLiteral("Socialnämnden"));
    auto seen = whenModal<BodyDialog>([](BodyDialog* dialog) {
        dialog->periodFrom()->setDate(QDate(2023, 1, 1));
        dialog->periodTo()->setDate(QDate(2026, 12, 31));
        dialog->addMandatePeriod();
        EXPECT_EQ(dialog->periods()->count(), 1);
        RosterPage* roster = dialog->roster();
        for (const QString& role : {QStringLiteral("ledamot"), QStringLiteral("ersättare")}) {
            auto member = whenModal<MembershipDialog>([role](MembershipDialog* m) {
                type(m->name(), role == QStringLiteral("ledamot") ? QStringLiteral("Åsa Öberg")
                                                                  : QStringLiteral("Per Ås"));
                m->role()->setCurrentIndex(m->role()->findText(role));
                m->substituteFor()->setCurrentIndex(m->substituteFor()->count() - 1);
                QTest::keyClick(m, Qt::Key_Return);
            });
            roster->addMember();
            EXPECT_TRUE(*member);
        }
        EXPECT_EQ(roster->model()->rowCount(), 2);
        EXPECT_EQ(roster->model()->index(1, RosterModel::Role).data().toString(),
                  QStringLiteral("ersättare for Åsa Öberg"));
        dialog->reject();
    });
    window.actions()->newBody->trigger();
    ASSERT_TRUE(*seen);
    const auto bodyId =
        BodyRepository(window.database()->connection()).findBody(QStringLiteral("Socialnämnden"));
    ASSERT_TRUE(bodyId.ok() && bodyId.value() != NoId);
    const auto roster =
        RosterService(*window.database()).rosterOn(bodyId.value(), QDate::currentDate());
    ASSERT_EQ(roster->size(), 2);
    EXPECT_NE(roster->at(0).membership.mandatePeriodId, NoId);
}

// The status bar tells on opening the file which notices are due this week.
TEST_F(BodyDialogTest, NoticesDueThisWeekShowInTheStatusBar) {
    ScheduleEntry soon;
    soon.bodyId = body.id;
    soon.date = QDate::currentDate().addDays(3);
    ASSERT_TRUE(ScheduleService(*database).addEntry(soon).ok());
    database.reset();
    MainWindow window;
    window.show();
    ASSERT_TRUE(openAndWait(window, demoPath));
    EXPECT_TRUE(window.notices()->text().contains(body.name))
        << window.notices()->text().toStdString();
    EXPECT_TRUE(window.notices()->text().contains(QStringLiteral("(late)")))
        << "the notice was due four days ago";
}

TEST_F(BodyDialogTest, TheYearsFirstNumberIsSetByKeyboard) {
    BodyDialog dialog(*database, body, QDate(2025, 1, 10));
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.firstNumber()->value(), 1);
    QSignalSpy changed(&dialog, &BodyDialog::bodyChanged);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
    ASSERT_EQ(QApplication::focusWidget(), dialog.firstNumber());
    dialog.firstNumber()->selectAll();
    QTest::keyClicks(dialog.firstNumber(), QStringLiteral("26"));
    QTest::keyClick(dialog.firstNumber(), Qt::Key_Y, Qt::AltModifier); // Apply
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.count() == 1; }, 2000));
    EXPECT_EQ(NumberingService(*database).firstNumber(body.id, 2025).value(), 26);
    EXPECT_EQ(dialog.firstNumber()->value(), 26);
}

TEST_F(BodyDialogTest, TheFirstNumberIsRefusedUnderAnArchivedProtocolAndSaysWhich) {
    BodyDialog dialog(*database, body, QDate(2024, 11, 11));
    dialog.show();
    EXPECT_EQ(dialog.firstNumber()->value(), 1);
    dialog.firstNumber()->setValue(5);
    dialog.applyFirstNumber();
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("2024-01-22 (§§ 1–5)")), -1)
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(dialog.firstNumber()->value(), 1) << "the stored start is shown again";
    EXPECT_EQ(NumberingService(*database).firstNumber(body.id, 2024).value(), 1);
}

TEST_F(BodyDialogTest, TheOpenMeetingShowsItsNewNumbersAfterTheStartIsSet) {
    Meeting meeting;
    meeting.bodyId = 2; // no meetings in 2025 yet
    meeting.date = QDate(2025, 2, 3);
    const Id id = MeetingService(*database).createMeeting(meeting).value();
    for (const QString& title : {QStringLiteral("Upprop"), QStringLiteral("Övrigt")}) {
        Paragraph p;
        p.meetingId = id;
        p.title = title;
        ASSERT_TRUE(MeetingService(*database).addParagraph(p).ok());
    }
    database.reset();
    MainWindow window;
    ASSERT_TRUE(openAndWait(window, demoPath));
    ASSERT_TRUE(window.openMeeting(id));
    auto seen = whenModal<BodyDialog>([](BodyDialog* dialog) {
        dialog->firstNumber()->setValue(26);
        dialog->applyFirstNumber();
        dialog->reject();
    });
    MeetingDialogs::bodyAndSchedule(window);
    ASSERT_TRUE(*seen);
    QList<int> numbers;
    for (const auto& p : window.session()->record().paragraphs)
        numbers << p.number;
    EXPECT_EQ(numbers, (QList<int>{26, 27})) << "read again, not as the desk had it";
}

} // namespace
