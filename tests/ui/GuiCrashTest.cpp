// The desk killed with SIGKILL while the secretary types: every keystroke it reported as saved
// is in the file afterwards.
#include "UiTestSupport.h"
#include "services/MeetingService.h"

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

} // namespace
