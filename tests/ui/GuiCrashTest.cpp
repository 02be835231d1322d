// The desk killed with SIGKILL while the secretary types: every keystroke it reported as saved
// is in the file afterwards.
#include "UiTestSupport.h"
#include "services/MeetingService.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>

using namespace paragraf;

namespace {

class GuiCrashTest : public UiTest {};

QString sectionText(const QString& path) {
    auto database = Database::open(path);
    EXPECT_TRUE(database.ok()) << database.error().toStdString();
    EXPECT_TRUE(database.value()->integrityCheck().ok());
    const auto record = MeetingService(*database.value()).load(6);
    return record.value().paragraphs.last().sections.value(0).text;
}

TEST_F(GuiCrashTest, EveryCharacterReportedSavedSurvivesAKill) {
    const QString typed =
        QStringLiteral("Sekreteraren antecknar att nämnden är överens och att ärendet "
                       "återkommer på nästa möte med förslag från förvaltningen ");
    QRandomGenerator random(31);
    for (int round = 0; round < 4; ++round) {
        const QString path = dir.filePath(QStringLiteral("round%1.paragraf").arg(round));
        ASSERT_TRUE(QFile::copy(demoPath, path));
        const QString before = sectionText(path);
        const int stopAfter = random.bounded(5, static_cast<int>(typed.size()) - 5);

        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("PARAGRAF_ROBOT_TYPE"), typed);
        gui.setProcessEnvironment(environment);
        gui.start(QStringLiteral(PARAGRAF_GUI),
                  {path, QStringLiteral("--meeting"), QStringLiteral("6")});
        ASSERT_TRUE(gui.waitForStarted());
        int saved = 0;
        QByteArray output;
        while (saved < stopAfter && gui.waitForReadyRead(20000)) {
            output += gui.readAllStandardOutput();
            for (const QByteArray& line : output.split('\n'))
                if (line.startsWith("saved "))
                    saved = std::max(saved, line.mid(6).toInt());
        }
        gui.kill(); // SIGKILL right after a keystroke was reported saved
        gui.waitForFinished();
        output += gui.readAllStandardOutput();
        for (const QByteArray& line : output.split('\n'))
            if (line.startsWith("saved "))
                saved = std::max(saved, line.mid(6).toInt());
        ASSERT_GE(saved, stopAfter)
            << "the desk reported too little before the kill: " << output.toStdString();
        // The text is kept as Markdown, which wraps long lines: compare with white space folded.
        const QString after = sectionText(path).simplified();
        EXPECT_TRUE(after.startsWith((before + typed.left(saved)).simplified()))
            << "round " << round << ": reported " << saved << " characters saved, file has "
            << after.toStdString();
    }
}

// Every file and print dialog of the desk, opened in the database's folder and cancelled, and
// the file opened again over itself: none may read the database outside SQLite, which would drop
// SQLite's locks, so that the next process to close the file deletes the WAL under the desk and
// everything typed afterwards is lost with the desk.
TEST_F(GuiCrashTest, DialogsLeaveTheDeskHoldingItsFile) {
    const QString folder = dir.filePath(QStringLiteral("dialogs"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/protokoll.paragraf");
    ASSERT_TRUE(QFile::copy(demoPath, path));
    const QString before = sectionText(path);
    const QString typed = QStringLiteral("Skrivet efter dialogerna, åäö.");

    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("PARAGRAF_ROBOT_TYPE"), typed);
    environment.insert(QStringLiteral("PARAGRAF_ROBOT_DIALOGS"), QStringLiteral("1"));
    gui.setProcessEnvironment(environment);
    gui.setWorkingDirectory(folder); // where a dialog opens when it is given no folder
    gui.start(QStringLiteral(PARAGRAF_GUI),
              {path, QStringLiteral("--meeting"), QStringLiteral("6")});
    ASSERT_TRUE(gui.waitForStarted());
    QByteArray output;
    while (!output.contains("dialogs done") && gui.waitForReadyRead(60000))
        output += gui.readAllStandardOutput();
    ASSERT_TRUE(output.contains("dialogs done")) << output.toStdString();

    // Another process opens and closes the file: it must find the desk still holding it.
    QProcess cli;
    cli.start(QStringLiteral(PARAGRAF_CLI), {QStringLiteral("list"), path});
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(path + QStringLiteral("-wal")))
        << "the WAL was deleted under the open desk";
    EXPECT_TRUE(QFile::exists(path + QStringLiteral("-shm")));

    gui.write("go\n");
    int saved = 0;
    while (saved < typed.size() && gui.waitForReadyRead(20000)) {
        output += gui.readAllStandardOutput();
        for (const QByteArray& line : output.split('\n'))
            if (line.startsWith("saved "))
                saved = std::max(saved, line.mid(6).toInt());
    }
    gui.kill();
    gui.waitForFinished();
    ASSERT_EQ(saved, typed.size()) << output.toStdString();
    EXPECT_EQ(sectionText(path).simplified(), (before + typed).simplified());
}

} // namespace
