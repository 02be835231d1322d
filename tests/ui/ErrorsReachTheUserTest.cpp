// Failures that were dropped on the way to the secretary: a meeting that cannot be read (deleted
// in another window meanwhile, or asked for when the file opens), and printing that fails. Each
// is said in a message, and the desk stays usable where it was.
#include "UiTestSupport.h"
#include "common/Settings.h"
#include "desk/DeskFile.h"
#include "desk/MainWindow.h"
#include "desk/MeetingSession.h"
#include "desk/NoticesLabel.h"
#include "documents/DocumentOutput.h"
#include "services/MeetingService.h"

#include <QPrinter>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace paragraf;

namespace {

constexpr Id november = 6; // seed 001

class ErrorsReachTheUserTest : public UiTest {
protected:
    // A draft meeting made in another window and deleted there again: the tree of this window
    // may still show it.
    Id meetingDeletedElsewhere() {
        auto database = Database::open(demoPath);
        Meeting extra;
        extra.bodyId = 1;
        extra.date = QDate(2024, 12, 9);
        extra.status = MeetingStatus::InProgress;
        const auto id = MeetingService(*database.value()).createMeeting(extra);
        EXPECT_TRUE(id.ok());
        EXPECT_TRUE(MeetingService(*database.value()).deleteMeeting(id.value()).ok());
        return id.value();
    }
    // A new window given the file as the desk reads it at its start, asked for `meeting`; the
    // messages before it forgotten.
    std::unique_ptr<MainWindow> windowOpenedAsking(Id meeting) {
        auto window = std::make_unique<MainWindow>();
        window->show();
        auto opened = DeskFile::open(demoPath, meeting, QDate::currentDate(), window->thread());
        EXPECT_TRUE(opened.ok());
        forgetMessages();
        EXPECT_TRUE(opened.ok() && window->openFile(demoPath, std::move(opened)));
        return window;
    }
    // A table gone from the file (as from a damaged or foreign file): what is read from it fails.
    void renameTable(const QString& table) {
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(demoPath);
            ASSERT_TRUE(raw.open());
            ASSERT_TRUE(
                QSqlQuery(raw).exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    // The last message recorded is empty again (it outlives each test).
    static void forgetMessages() { Dialogs::information(nullptr, QString(), QString()); }
};

TEST_F(ErrorsReachTheUserTest, AMeetingThatCannotBeReadIsSaidAndTheDeskStaysWhereItWas) {
    auto window = openedWindow<MainWindow>(demoPath);
    ASSERT_TRUE(window);
    ASSERT_TRUE(window->openMeeting(november));
    const Id gone = meetingDeletedElsewhere();
    forgetMessages();

    EXPECT_FALSE(window->openMeeting(gone));

    EXPECT_FALSE(Dialogs::lastMessage().isEmpty());
    ASSERT_NE(window->session(), nullptr);
    EXPECT_EQ(window->session()->meetingId(), november);
    EXPECT_TRUE(window->openMeeting(1)); // and the desk goes on
}

TEST_F(ErrorsReachTheUserTest, AMeetingAskedForWhenTheFileOpensThatCannotBeReadIsSaid) {
    const auto window = windowOpenedAsking(meetingDeletedElsewhere());

    EXPECT_FALSE(Dialogs::lastMessage().isEmpty());
    EXPECT_TRUE(window->openMeeting(november));
}

// Where the secretary was last time, deleted since in another window: the desk opens without
// it, says nothing (it said "There is no meeting with id 11" twice), and forgets the place.
TEST_F(ErrorsReachTheUserTest, ALastPlaceDeletedSinceOpensTheFileWithoutAWord) {
    const Id gone = meetingDeletedElsewhere();
    Settings::setLastPlace(demoPath, {gone, NoId});
    const auto window = windowOpenedAsking(gone);

    EXPECT_TRUE(Dialogs::lastMessage().isEmpty()) << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(window->session(), nullptr);
    EXPECT_EQ(Settings::lastPlace(demoPath).meetingId, NoId);
    EXPECT_TRUE(window->openMeeting(november));
}

TEST_F(ErrorsReachTheUserTest, PrintingThatFailsSaysWhereAndWhy) {
    auto database = Database::open(demoPath);
    const MeetingRecord record = MeetingService(*database.value()).load(november).value();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString target = dir.filePath(QStringLiteral("finns-inte/protokoll.pdf"));
    printer.setOutputFileName(target);

    const Status printed = DocumentOutput::printOn(printer, record);

    ASSERT_FALSE(printed.ok());
    EXPECT_TRUE(printed.error().contains(target)) << printed.error().toStdString();
    EXPECT_TRUE(printed.error().contains(QStringLiteral("not printed")));
    // The same printer on a folder that exists prints.
    printer.setOutputFileName(dir.filePath(QStringLiteral("protokoll.pdf")));
    EXPECT_TRUE(DocumentOutput::printOn(printer, record).ok());
    EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("protokoll.pdf"))).size(), 1000);
}

// Reminders that cannot be read are said in the status bar, never left out as if none were due.
TEST_F(ErrorsReachTheUserTest, RemindersThatCannotBeReadAreSaidInTheirPlace) {
    renameTable(QStringLiteral("schedule_entry"));
    auto database = Database::open(demoPath);
    ASSERT_TRUE(database.ok()) << database.error().toStdString();
    NoticesLabel label;

    label.refresh(database.value().get(), QDate(2024, 11, 4));

    EXPECT_TRUE(label.text().contains(QStringLiteral("Reminders could not be read")))
        << label.text().toStdString();
}

// A tree of meetings that cannot be read is said, not shown empty as if the file held none.
TEST_F(ErrorsReachTheUserTest, ATreeOfMeetingsThatCannotBeReadIsSaid) {
    renameTable(QStringLiteral("body"));
    auto window = std::make_unique<MainWindow>();
    window->show();
    forgetMessages();

    window->openFile(demoPath);

    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("could not be read")))
        << Dialogs::lastMessage().toStdString();
}

} // namespace
