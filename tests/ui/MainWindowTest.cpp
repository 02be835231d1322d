// The real window, offscreen: opening files, refusing bad ones, choosing meetings.
#include "desk/MainWindow.h"

#include "UiTestSupport.h"
#include "attendance/AttendanceModel.h"
#include "attendance/AttendancePanel.h"
#include "common/Dialogs.h"
#include "common/Settings.h"
#include "demo/DemoData.h"
#include "desk/DeskFile.h"
#include "desk/MainActions.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingDetailsDialog.h"
#include "desk/MeetingNavigator.h"
#include "desk/MeetingSession.h"
#include "desk/MeetingTreeModel.h"
#include "desk/ParagraphEditor.h"
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextEdit>
#include <QThread>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

using namespace paragraf;

namespace {

class MainWindowTest : public UiTest {};

TEST_F(MainWindowTest, OpensADatabaseAndListsBodiesYearsAndMeetings) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(demoPath));
    QAbstractItemModelTester tester(window.navigator()->treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(window.navigator()->treeModel()->rowCount(), 7); // bodies
    ASSERT_TRUE(window.navigator()->selectMeeting(6));
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(window.session()->record().paragraphs.size(), 6);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("2024-11-11")));
    EXPECT_EQ(Settings::recentFiles().value(0), demoPath);
    // Long names are cut by the tree's width; the tooltip tells the whole of them.
    const QString body = window.session()->record().body.name;
    const QModelIndex meeting = window.navigator()->currentIndex();
    EXPECT_EQ(meeting.parent().parent().data(Qt::ToolTipRole).toString(), body);
    const QString tip = meeting.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.startsWith(body)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(meeting.data().toString())) << tip.toStdString();
}

// Years are listed at once, their meetings read when a year is opened; a change to the open
// meeting updates its line without closing the years the secretary has opened.
TEST_F(MainWindowTest, TheMeetingTreeReadsAYearWhenOpenedAndUpdatesInPlace) {
    {
        auto database = Database::open(demoPath);
        ASSERT_TRUE(database.ok());
        Meeting earlier;
        earlier.bodyId = 1;
        earlier.date = QDate(2023, 12, 4);
        ASSERT_TRUE(MeetingService(*database.value()).createMeeting(earlier).ok());
    }
    MainWindow window;
    window.show();
    ASSERT_TRUE(openAndWait(window, demoPath));
    MeetingTreeModel* tree = window.navigator()->treeModel();
    QModelIndex body;
    for (int row = 0; row < tree->rowCount(); ++row)
        if (tree->index(row, 0).data(MeetingTreeModel::BodyIdRole).toLongLong() == 1)
            body = tree->index(row, 0);
    ASSERT_EQ(tree->rowCount(body), 2);
    const QModelIndex year2024 = tree->index(0, 0, body);
    const QModelIndex year2023 = tree->index(1, 0, body);
    EXPECT_EQ(year2024.data().toString(), QStringLiteral("2024"));
    EXPECT_EQ(year2023.data().toString(), QStringLiteral("2023"));
    EXPECT_TRUE(tree->hasChildren(year2023));
    EXPECT_TRUE(tree->canFetchMore(year2023));
    EXPECT_EQ(tree->rowCount(year2023), 0);
    // The tester reads every level itself; from here on it checks each change.
    QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::Fatal);

    window.navigator()->expand(year2023);
    EXPECT_FALSE(tree->canFetchMore(year2023));
    ASSERT_EQ(tree->rowCount(year2023), 1);
    EXPECT_TRUE(
        tree->index(0, 0, year2023).data().toString().startsWith(QStringLiteral("2023-12-04")));

    ASSERT_TRUE(window.navigator()->selectMeeting(6));
    const QModelIndex meeting = window.navigator()->currentIndex();
    EXPECT_TRUE(meeting.data().toString().contains(QStringLiteral("§§ 26–31")));
    window.actions()->newParagraph->trigger();
    EXPECT_TRUE(
        window.navigator()->currentIndex().data().toString().contains(QStringLiteral("§§ 26–32")))
        << window.navigator()->currentIndex().data().toString().toStdString();
    EXPECT_TRUE(window.navigator()->isExpanded(year2023));
}

TEST_F(MainWindowTest, AForeignFileIsRefusedWithTheCoreMessageAndLeftUntouched) {
    const QString path = dir.filePath(QStringLiteral("letter.paragraf"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Hej! Det här är inget protokoll.\n").repeated(100));
    }
    const QByteArray before = hashOf(path);
    MainWindow window;
    ASSERT_TRUE(window.openFile(demoPath));
    EXPECT_FALSE(window.openFile(path));
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("not an SQLite file")), -1)
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(hashOf(path), before);
    EXPECT_EQ(window.database()->path(), demoPath);
}

TEST_F(MainWindowTest, NewFileFromTheMenuCreatesAnEmptyDatabase) {
    MainWindow window;
    const QString path = dir.filePath(QStringLiteral("ny"));
    Dialogs::setNextFileName(path);
    window.actions()->newFile->trigger();
    ASSERT_NE(window.database(), nullptr);
    EXPECT_EQ(window.database()->path(), path + QStringLiteral(".paragraf"));
    EXPECT_EQ(window.navigator()->treeModel()->rowCount(), 0);
    window.actions()->closeFile->trigger();
    EXPECT_EQ(window.database(), nullptr);
    EXPECT_FALSE(window.actions()->closeFile->isEnabled());
}

TEST_F(MainWindowTest, ALargeFileIsReadableAtOnceAndWritableAfterItsCheck) {
    MainWindow window;
    QSignalSpy ready(&window, &MainWindow::fileReady);
    ASSERT_TRUE(window.openFile(demoPath));
    ASSERT_TRUE(window.openMeeting(6));
    if (ready.isEmpty()) {
        EXPECT_TRUE(window.database()->isChecking());
        EXPECT_TRUE(window.session()->isReadOnly());
        ASSERT_TRUE(ready.wait(10000));
    }
    EXPECT_FALSE(window.database()->isChecking());
    EXPECT_FALSE(window.session()->isReadOnly());
    EXPECT_TRUE(window.actions()->newParagraph->isEnabled());
}

// At start-up the file is opened and read on another thread while the window is built; the
// window then shows its meeting and goes on with the file as if it had opened it itself.
TEST_F(MainWindowTest, AFileReadBesideTheWindowOpensAtItsMeetingAndBecomesWritable) {
    auto reading = QtConcurrent::run(&DeskFile::open, demoPath, Id(6), QDate(2024, 11, 20),
                                     QThread::currentThread());
    MainWindow window;
    window.show();
    auto opened = reading.takeResult();
    ASSERT_TRUE(opened) << opened.error().toStdString();
    // The year of the meeting comes read with the file, so the tree can show it at once.
    const auto& yearRead = opened->outline.openYearMeetings;
    EXPECT_TRUE(std::any_of(yearRead.cbegin(), yearRead.cend(),
                            [](const MeetingSummary& m) { return m.id == 6; }));
    QSignalSpy ready(&window, &MainWindow::fileReady);
    ASSERT_TRUE(window.openFile(demoPath, std::move(opened)));
    ASSERT_NE(window.session(), nullptr);
    EXPECT_EQ(window.session()->meetingId(), 6);
    EXPECT_EQ(window.session()->record().paragraphs.size(), 6);
    EXPECT_EQ(window.navigator()->currentIndex().data(MeetingTreeModel::MeetingIdRole).toLongLong(),
              6);
    EXPECT_EQ(window.navigator()->treeModel()->rowCount(), 7);
    QAbstractItemModelTester tester(window.navigator()->treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    if (ready.isEmpty()) {
        ASSERT_TRUE(ready.wait(10000));
    }
    ASSERT_FALSE(window.session()->isReadOnly());
    window.actions()->newParagraph->trigger();
    EXPECT_EQ(window.session()->record().paragraphs.size(), 7);
    auto reopened = Database::open(demoPath);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(MeetingService(*reopened.value()).load(6).value().paragraphs.size(), 7);
}

// The secretary who opens the window at a meeting starts typing at once: the keys go to the
// meeting's paragraphs, not to the tree, where a letter or digit would jump to another meeting.
TEST_F(MainWindowTest, AWindowOpenedAtAMeetingTakesTheKeysInItsParagraphs) {
    auto reading = QtConcurrent::run(&DeskFile::open, demoPath, Id(6), QDate(2024, 11, 20),
                                     QThread::currentThread());
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(window.openFile(demoPath, reading.takeResult()));
    QWidget* list = window.desk()->paragraphList();
    EXPECT_EQ(QApplication::focusWidget(), list);
    type(QApplication::focusWidget(), QStringLiteral("2024"));
    EXPECT_EQ(window.session()->meetingId(), 6);

    // A meeting chosen in the tree keeps the keys there, for the next arrow press.
    window.navigator()->setFocus();
    QTest::keyClick(window.navigator(), Qt::Key_Down);
    EXPECT_NE(window.session()->meetingId(), 6);
    EXPECT_EQ(QApplication::focusWidget(), window.navigator());

    // A meeting just made is where the secretary goes on: its paragraphs.
    Meeting december;
    december.bodyId = 1;
    december.date = QDate(2024, 12, 9);
    december.status = MeetingStatus::InProgress;
    QSignalSpy ready(&window, &MainWindow::fileReady);
    if (window.database()->isChecking()) {
        ASSERT_TRUE(ready.wait(10000));
    }
    ASSERT_TRUE(window.createMeeting(december));
    EXPECT_EQ(QApplication::focusWidget(), list);
}

// Who serves is read at a glance: the names and their state fit in the panel as the window
// first opens, without scrolling sideways; so do the beginnings of the paragraphs' titles.
TEST_F(MainWindowTest, TheDeskShowsNamesStatesAndTitlesWithoutScrolling) {
    QTranslator swedish; // the longer texts of the two languages
    ASSERT_TRUE(swedish.load(QStringLiteral(":/i18n/paragraf_sv.qm")));
    QCoreApplication::installTranslator(&swedish);
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(openAndWait(window, demoPath));
    ASSERT_TRUE(window.openMeeting(6));
    QTableView* table = window.attendance()->table();
    const int stateEnd = table->columnViewportPosition(AttendanceModel::StateColumn) +
                         table->columnWidth(AttendanceModel::StateColumn);
    EXPECT_LE(stateEnd, table->viewport()->width());
    // And the paragraphs' titles beside the editor are readable, not three words and a cut.
    QListView* list = window.desk()->paragraphList();
    EXPECT_GE(list->viewport()->width(), list->fontMetrics().averageCharWidth() * 24);
    EXPECT_GE(
        table->columnWidth(AttendanceModel::NameColumn),
        static_cast<QAbstractItemView*>(table)->sizeHintForColumn(AttendanceModel::NameColumn));
}

// A state that grows during the meeting ("Serves for Maria Carlsson") is read whole, not cut.
TEST_F(MainWindowTest, TheAttendanceStateColumnFollowsTheLongestState) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(openAndWait(window, demoPath));
    ASSERT_TRUE(window.openMeeting(7)); // the Hälsa group, with personal substitutes
    AttendancePanel* panel = window.attendance();
    QTableView* table = panel->table();
    const auto select = [&](const QString& name) {
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            if (panel->model()->index(row, 0).data().toString().trimmed() == name)
                table->setCurrentIndex(panel->model()->index(row, 0));
    };
    const int before = table->columnWidth(AttendanceModel::StateColumn);
    select(QStringLiteral("Maria Carlsson"));
    panel->togglePresence();
    select(QStringLiteral("Lars Dahl"));
    panel->toggleSubstitute();
    QAbstractItemView* view = table;
    EXPECT_GT(table->columnWidth(AttendanceModel::StateColumn), before);
    EXPECT_GE(table->columnWidth(AttendanceModel::StateColumn),
              view->sizeHintForColumn(AttendanceModel::StateColumn));
}

// A meeting just made has no paragraphs yet and nobody marked present: the editor shows nothing
// of the meeting before, and the long warning that the body cannot decide wraps in its panel
// instead of widening it over the paragraphs.
TEST_F(MainWindowTest, ANewMeetingShowsAnEmptyEditorAndKeepsTheDesksProportions) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(openAndWait(window, demoPath));
    ASSERT_TRUE(window.openMeeting(6));
    QApplication::processEvents();
    const int attendanceWidth = window.attendance()->width();
    ParagraphEditor* editor = window.desk()->editor();
    ASSERT_FALSE(editor->title()->text().isEmpty());

    Meeting december;
    december.bodyId = 1;
    december.date = QDate(2024, 12, 9);
    december.status = MeetingStatus::InProgress;
    ASSERT_TRUE(window.createMeeting(december));
    QApplication::processEvents();
    EXPECT_TRUE(window.attendance()->quorum()->text().contains(QStringLiteral("0")));
    EXPECT_TRUE(editor->title()->text().isEmpty());
    EXPECT_TRUE(editor->caseNumber()->text().isEmpty());
    EXPECT_TRUE(editor->decision()->toPlainText().isEmpty());
    EXPECT_LE(window.attendance()->width(), attendanceWidth);
}

TEST_F(MainWindowTest, ADamagedFileIsClosedAfterItsCheckAndLeftUntouched) {
    const QString path = dir.filePath(QStringLiteral("damaged.paragraf"));
    ASSERT_TRUE(QFile::copy(demoPath, path));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        for (int i = 3 * 4096; i < 6 * 4096; ++i) // table pages, not the schema on page 1
            bytes[i] = static_cast<char>(i * 7);
        file.seek(0);
        file.write(bytes);
    }
    const QByteArray before = hashOf(path);
    MainWindow window;
    if (window.openFile(path)) {
        QSignalSpy closed(window.actions()->closeFile, &QAction::changed);
        QTRY_VERIFY_WITH_TIMEOUT(window.database() == nullptr, 10000);
    }
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("damaged")), -1)
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(hashOf(path), before);
}

TEST_F(MainWindowTest, AnArchivedMeetingOpensReadOnly) {
    MainWindow window;
    ASSERT_TRUE(window.openFile(demoPath));
    ASSERT_TRUE(window.openMeeting(1));
    EXPECT_TRUE(window.session()->isReadOnly());
    EXPECT_FALSE(window.actions()->newParagraph->isEnabled());
    EXPECT_TRUE(window.actions()->exportPdf->isEnabled());
}

// Confirming the details dialog as it opens keeps every fact, also a chair who is no member
// (seed 001: the förbundschef chairs the group).
TEST_F(MainWindowTest, TheDetailsDialogConfirmedUnchangedChangesNothing) {
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(openAndWait(window, demoPath));
    ASSERT_TRUE(window.openMeeting(6));
    const Meeting before = window.session()->record().meeting;
    ASSERT_NE(before.chairId, NoId);
    auto seen = whenModal<MeetingDetailsDialog>(
        [](MeetingDetailsDialog* dialog) { QTest::keyClick(dialog, Qt::Key_Return); });
    window.actions()->meetingDetails->trigger();
    ASSERT_TRUE(*seen);
    const auto database = Database::open(demoPath);
    const Meeting after = MeetingService(*database.value()).load(6)->meeting;
    EXPECT_EQ(after.chairId, before.chairId);
    EXPECT_EQ(after.secretaryId, before.secretaryId);
    EXPECT_EQ(after.adjusterIds, before.adjusterIds);
    EXPECT_EQ(after.adjustmentDate, before.adjustmentDate);
    EXPECT_EQ(after.nextMeetingDate, before.nextMeetingDate);
    EXPECT_EQ(after.place, before.place);
}

} // namespace
