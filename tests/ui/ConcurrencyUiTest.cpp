// The desk among other writers: two windows on one file see each other's typing within a
// second and never overwrite each other unseen; the command line and the desk add to the same
// paragraph without erasing each other, also four writers at once for twenty seconds; a file
// held by another program keeps what is typed until it can be written.
#include "FullDisk.h"
#include "UiTestSupport.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingSession.h"
#include "desk/ParagraphEditor.h"
#include "desk/SectionEditor.h"
#include "followup/FollowUpDialog.h"
#include "services/MeetingService.h"
#include "services/TypedWriter.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTextEdit>
#include <atomic>
#include <thread>
#include <unistd.h>

using namespace paragraf;

namespace {

constexpr Id november = 6; // seed 001

// Another program holding the file's write lock (BEGIN IMMEDIATE) for as long as it lives.
class HeldFile {
public:
    explicit HeldFile(const QString& path) {
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        m_held = holder.open() && QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~HeldFile() {
        {
            QSqlDatabase holder = QSqlDatabase::database(QStringLiteral("holder"));
            QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }
    bool held() const { return m_held; }

private:
    bool m_held = false;
};

class ConcurrencyUiTest : public UiTest {
protected:
    std::unique_ptr<MainWindow> deskAt(Id meeting, int paragraphIndex) {
        auto window = std::make_unique<MainWindow>();
        window->show();
        EXPECT_TRUE(openAndWait(*window, demoPath));
        EXPECT_TRUE(window->openMeeting(meeting));
        window->session()->setCurrentParagraph(
            window->session()->record().paragraphs[paragraphIndex].id);
        return window;
    }
    static QTextEdit* firstText(MainWindow& window) {
        return window.desk()->editor()->sections().first()->text();
    }
    MeetingRecord stored(Id meetingId) const {
        auto database = Database::open(demoPath);
        return MeetingService(*database.value()).load(meetingId).value();
    }
    static QString savedLabelOf(MainWindow& window) {
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
            if (label->text().startsWith(QStringLiteral("Saved")) ||
                label->text().startsWith(QStringLiteral("Not saved")))
                return label->text();
        return {};
    }
};

TEST_F(ConcurrencyUiTest, TwoDesksSeeEachOtherAndNeverOverwriteEachOtherUnseen) {
    auto first = deskAt(november, 2);
    auto second = deskAt(november, 2);
    QTextEdit* mine = firstText(*first);
    QTextEdit* theirs = firstText(*second);
    mine->setFocus();
    mine->moveCursor(QTextCursor::End);
    type(mine, QStringLiteral(" Från första fönstret."));
    QElapsedTimer shown;
    shown.start();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return theirs->toPlainText().contains(QStringLiteral("Från första fönstret.")); },
        1000))
        << "the second window did not show the first one's typing within a second";
    EXPECT_LT(shown.elapsed(), 1000);

    // The second window types on what it saw before the first one's newest keystrokes reached
    // it: its change is refused and said, and the first one's text stays in the file.
    type(mine, QStringLiteral(" Mer."));
    theirs->setFocus();
    theirs->moveCursor(QTextCursor::End);
    Dialogs::setTestMode(true);
    type(theirs, QStringLiteral("X"));
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("changed by someone else")))
        << Dialogs::lastMessage().toStdString();
    // Kept as Markdown, which wraps long lines: compared with white space folded.
    const QString inFile = stored(november).paragraphs[2].sections.first().text.simplified();
    EXPECT_TRUE(inFile.endsWith(QStringLiteral("Från första fönstret. Mer.")))
        << inFile.toStdString();
    EXPECT_FALSE(inFile.contains(QLatin1Char('X')));
    EXPECT_TRUE(theirs->toPlainText().contains(QStringLiteral("Mer.")))
        << "the refused window shows what the file holds";

    // A title typed in the second window appears in the first.
    QLineEdit* title = second->desk()->editor()->title();
    ASSERT_NE(title, nullptr);
    title->setFocus();
    title->end(false);
    type(title, QStringLiteral(" (andra)"));
    QLineEdit* firstTitle = first->desk()->editor()->title();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return firstTitle->text().endsWith(QStringLiteral(" (andra)")); }, 1000));
}

// What another window saves appears without moving this window's cursor: in the decision, the
// title and a section, the cursor stays where the secretary had it (the decision's went to its
// start and the title's to its end: a secretary's finding).
TEST_F(ConcurrencyUiTest, AnotherWindowsSaveLeavesTheCursorWhereItWas) {
    auto first = deskAt(november, 2);
    auto second = deskAt(november, 2);
    ParagraphEditor* mine = first->desk()->editor();
    ParagraphEditor* theirs = second->desk()->editor();
    theirs->decision()->setFocus();
    type(theirs->decision(), QStringLiteral("Nämnden beslutar att godkänna"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return mine->decision()->toPlainText().contains(QStringLiteral("godkänna")); },
        1000));
    const auto cursorAt = [](QTextEdit* edit, int position) {
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(position);
        edit->setTextCursor(cursor);
    };
    cursorAt(mine->decision(), 8);
    cursorAt(firstText(*first), 4);
    mine->title()->setCursorPosition(3);
    type(theirs->decision(), QStringLiteral(" förslaget."));
    theirs->title()->setFocus();
    theirs->title()->end(false);
    type(theirs->title(), QStringLiteral(" (andra)"));
    theirs->sections().first()->text()->setFocus();
    theirs->sections().first()->text()->moveCursor(QTextCursor::End);
    type(theirs->sections().first()->text(), QStringLiteral(" Tillägg."));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return mine->decision()->toPlainText().endsWith(QStringLiteral("förslaget.")) &&
                   mine->title()->text().endsWith(QStringLiteral("(andra)")) &&
                   firstText(*first)->toPlainText().endsWith(QStringLiteral("Tillägg."));
        },
        2000));
    EXPECT_EQ(mine->decision()->textCursor().position(), 8);
    EXPECT_EQ(mine->title()->cursorPosition(), 3);
    EXPECT_EQ(firstText(*first)->textCursor().position(), 4);
}

// A long text refused (written on what another window changed meanwhile) is not lost in a
// message box taller than the screen: the box shows how it begins, the clipboard holds it whole.
TEST_F(ConcurrencyUiTest, ALongTextRefusedIsGivenBackOnTheClipboard) {
    auto first = deskAt(november, 2);
    auto second = deskAt(november, 2);
    QTextEdit* mine = firstText(*first);
    QTextEdit* theirs = firstText(*second);
    mine->setFocus();
    mine->moveCursor(QTextCursor::End);
    type(mine, QStringLiteral(" Mer."));
    theirs->setFocus();
    theirs->moveCursor(QTextCursor::End);
    const QString pasted = QStringLiteral(" Yttrandet i sin helhet.").repeated(60);
    QApplication::clipboard()->setText(pasted);
    Dialogs::setTestMode(true);
    press(theirs, Qt::Key_V, Qt::ControlModifier);
    const QString message = Dialogs::lastMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("changed by someone else")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("is on the clipboard"))) << message.toStdString();
    EXPECT_LT(message.size(), 800);
    // Kept as Markdown, which wraps long lines: compared with white space folded.
    EXPECT_TRUE(QApplication::clipboard()->text().simplified().contains(pasted.simplified()));
}

// The command line adds a remark while the desk has the paragraph open; the desk's next remark
// is added beside it, not over it.
TEST_F(ConcurrencyUiTest, ARemarkFromTheCommandLineSurvivesTheDesksNextRemark) {
    auto desk = deskAt(november, 4); // § 30
    QProcess cli;
    cli.start(QStringLiteral(PARAGRAF_CLI),
              {QStringLiteral("say"), demoPath, QString::number(november), QStringLiteral("30"),
               QStringLiteral("Från kommandoraden"), QStringLiteral("--by"),
               QStringLiteral("Martin")});
    ASSERT_TRUE(cli.waitForFinished(30000));
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    FollowUpDialog dialog(*desk->session(), desk->session()->currentParagraph(), desk.get());
    dialog.speakers()->setText(QStringLiteral("Magnus"));
    press(dialog.speakers(), Qt::Key_Return);
    dialog.remark()->setText(QStringLiteral("Från skrivbordet"));
    press(dialog.remark(), Qt::Key_Return);
    const MeetingRecord afterwards = stored(november);
    QStringList texts;
    for (const Viewpoint& v : afterwards.paragraphs[4].followUp.viewpoints)
        texts << v.text;
    EXPECT_TRUE(texts.contains(QStringLiteral("Från kommandoraden")))
        << texts.join('|').toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Från skrivbordet")));
}

// Four writers on one paragraph for about twenty seconds: three command lines and the desk.
// Every remark any of them reported saved is in the file afterwards.
TEST_F(ConcurrencyUiTest, FourWritersForTwentySecondsLoseNothing) {
    auto desk = deskAt(november, 4);
    const int seconds = qEnvironmentVariableIntValue("PARAGRAF_CONCURRENCY_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("PARAGRAF_CONCURRENCY_SECONDS")
                            : 20;
    std::atomic<bool> stop{false};
    QStringList reported[3];
    QString errors[3];
    auto writer = [&](int who) {
        for (int i = 0; !stop; ++i) {
            const QString text = QStringLiteral("Kommandorad %1 nr %2").arg(who).arg(i);
            QProcess cli;
            cli.start(QStringLiteral(PARAGRAF_CLI),
                      {QStringLiteral("say"), demoPath, QString::number(november),
                       QStringLiteral("30"), text, QStringLiteral("--by"),
                       QStringLiteral("Martin")});
            cli.waitForFinished(120000);
            if (cli.exitCode() == 0)
                reported[who] << text;
            else
                errors[who] = QString::fromUtf8(cli.readAllStandardError());
        }
    };
    std::thread a(writer, 0), b(writer, 1), c(writer, 2);
    QStringList fromDesk;
    FollowUpDialog dialog(*desk->session(), desk->session()->currentParagraph(), desk.get());
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; clock.elapsed() < seconds * 1000; ++i) {
        const QString text = QStringLiteral("Skrivbordet nr %1").arg(i);
        dialog.speakers()->setText(QStringLiteral("Magnus"));
        press(dialog.speakers(), Qt::Key_Return);
        dialog.remark()->setText(text);
        press(dialog.remark(), Qt::Key_Return);
        for (const Viewpoint& v :
             desk->session()->paragraph(desk->session()->currentParagraph())->followUp.viewpoints)
            if (v.text == text)
                fromDesk << text;
        QTest::qWait(20); // the desk's event loop runs: it sees the others' remarks arrive
    }
    stop = true;
    a.join();
    b.join();
    c.join();
    const MeetingRecord afterwards = stored(november);
    QStringList inFile;
    for (const Viewpoint& v : afterwards.paragraphs[4].followUp.viewpoints)
        inFile << v.text;
    int total = 0;
    for (const QStringList& texts : {reported[0], reported[1], reported[2], fromDesk})
        for (const QString& text : texts) {
            ++total;
            EXPECT_TRUE(inFile.contains(text)) << text.toStdString() << " was lost";
        }
    EXPECT_GT(fromDesk.size(), 20) << "the desk wrote too little to count";
    for (int who = 0; who < 3; ++who)
        EXPECT_GT(reported[who].size(), 5) << errors[who].toStdString();
    EXPECT_EQ(inFile.size(), total);
    std::printf("four writers, %d s: %d remarks (desk %d, command lines %d/%d/%d)\n", seconds,
                total, static_cast<int>(fromDesk.size()), static_cast<int>(reported[0].size()),
                static_cast<int>(reported[1].size()), static_cast<int>(reported[2].size()));
}

// Another program holds the file's write lock while the secretary types: nothing typed is lost,
// the status bar says it is not saved yet, and "Saved" comes once it is in the file.
TEST_F(ConcurrencyUiTest, WhatIsTypedWhileTheFileIsBusyIsSavedWhenItIsFree) {
    auto desk = deskAt(november, 2);
    QTextEdit* text = firstText(*desk);
    const QString before = stored(november).paragraphs[2].sections.first().text;
    {
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(demoPath);
        ASSERT_TRUE(holder.open());
        QSqlQuery lock(holder);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        type(text, QStringLiteral(" Medan filen är låst, åäö."));
        EXPECT_TRUE(savedLabelOf(*desk).startsWith(QStringLiteral("Not saved yet")))
            << savedLabelOf(*desk).toStdString();
        EXPECT_TRUE(desk->session()->isWaiting());
        QTest::qWait(1500);
        EXPECT_TRUE(desk->session()->isWaiting());
        ASSERT_TRUE(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !desk->session()->isWaiting(); }, 3000));
    EXPECT_TRUE(savedLabelOf(*desk).startsWith(QStringLiteral("Saved")));
    EXPECT_EQ(stored(november).paragraphs[2].sections.first().text.simplified(),
              (before + QStringLiteral(" Medan filen är låst, åäö.")).simplified());
}

// The disk fills up while the secretary types: the desk says so, keeps what is typed, and
// saves it once there is room; the file stays intact throughout.
TEST_F(ConcurrencyUiTest, WhatIsTypedOnAFullDiskIsSavedWhenThereIsRoom) {
    const QString folder = dir.filePath(QStringLiteral("disk"));
    paragraf::test::FullDisk disk(folder);
    PARAGRAF_REQUIRE_MOUNTED(disk.mounted(), "The full-disk test")
    const QString onDisk = folder + QStringLiteral("/protokoll.paragraf");
    ASSERT_TRUE(QFile::copy(demoPath, onDisk));
    demoPath = onDisk; // the desk and stored() use the file on the small disk
    auto desk = deskAt(november, 2);
    QTextEdit* text = firstText(*desk);
    const QString before = stored(november).paragraphs[2].sections.first().text;
    paragraf::test::fill(folder);

    // A passage pasted at once needs pages the disk no longer has.
    QString passage;
    for (int i = 0; passage.size() < 20000; ++i)
        passage += QStringLiteral("Mening %1 om budgeten och skolan i Hallen. ").arg(i);
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    text->insertPlainText(passage);
    settle(); // written on the desk's writer thread: the window hears of the full disk then
    EXPECT_TRUE(desk->session()->isWaiting());
    EXPECT_TRUE(savedLabelOf(*desk).contains(QStringLiteral("the disk is full")))
        << savedLabelOf(*desk).toStdString();
    type(text, QStringLiteral(" Sista ordet."));
    EXPECT_TRUE(desk->session()->isWaiting());

    disk.makeRoom();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !desk->session()->isWaiting(); }, 5000));
    EXPECT_TRUE(savedLabelOf(*desk).startsWith(QStringLiteral("Saved")));
    desk.reset();
    auto database = Database::open(onDisk);
    ASSERT_TRUE(database.ok()) << database.error().toStdString();
    EXPECT_TRUE(database.value()->integrityCheck().ok());
    EXPECT_EQ(MeetingService(*database.value())
                  .load(november)
                  .value()
                  .paragraphs[2]
                  .sections.first()
                  .text.simplified(),
              (before + passage + QStringLiteral(" Sista ordet.")).simplified());
}

} // namespace

// Closing the window while what was typed waits for a busy file asks first: closing would lose
// it (it used to vanish, the window gone at once and the text never written).
TEST_F(ConcurrencyUiTest, ClosingWhileTypingWaitsForABusyFileAsksFirst) {
    auto desk = deskAt(november, 2);
    QTextEdit* text = firstText(*desk);
    HeldFile busy(demoPath);
    ASSERT_TRUE(busy.held());
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    type(text, QStringLiteral(" Sist."));
    ASSERT_TRUE(desk->session()->isWaiting());
    TypedWriter::patienceMs = 300; // the test answers yes: lose it, without the long wait
    desk->close();
    TypedWriter::patienceMs = 30000;
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("not in the file yet")))
        << Dialogs::lastMessage().toStdString();
}

// With nothing waiting, the window closes without a question.
TEST_F(ConcurrencyUiTest, ClosingWithEverythingSavedAsksNothing) {
    auto desk = deskAt(november, 2);
    QTextEdit* text = firstText(*desk);
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    type(text, QStringLiteral(" Klart."));
    const QString before = Dialogs::lastMessage();
    EXPECT_TRUE(desk->close());
    EXPECT_EQ(Dialogs::lastMessage(), before);
    EXPECT_TRUE(
        stored(november).paragraphs[2].sections.first().text.endsWith(QStringLiteral(" Klart.")));
}

// Going to another meeting while what was typed waits for a busy file asks first too; once the
// other meeting is open, the status bar no longer speaks of the first one's saving.
TEST_F(ConcurrencyUiTest, AnotherMeetingWhileTypingWaitsForABusyFileAsksFirst) {
    auto desk = deskAt(november, 2);
    QTextEdit* text = firstText(*desk);
    const auto meetings = MeetingService(*Database::open(demoPath).value()).list();
    ASSERT_TRUE(meetings.ok());
    Id other = NoId;
    for (const auto& m : meetings.value())
        if (m.id != november && other == NoId)
            other = m.id;
    {
        HeldFile busy(demoPath);
        ASSERT_TRUE(busy.held());
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        type(text, QStringLiteral(" Sist."));
        ASSERT_TRUE(desk->session()->isWaiting());
        TypedWriter::patienceMs = 300; // the test answers yes: lose it, without the long wait
        EXPECT_TRUE(desk->openMeeting(other));
        TypedWriter::patienceMs = 30000;
        EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Open the other meeting")))
            << Dialogs::lastMessage().toStdString();
    }
    EXPECT_FALSE(savedLabelOf(*desk).startsWith(QStringLiteral("Not saved yet")));
}
