#include "MainWindow.h"
#include "Settings.h"
#include "TypingRobot.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <cstdlib>

int main(int argc, char* argv[]) {
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Paragraf"));
    QApplication::setApplicationName(QStringLiteral("Paragraf"));
    QApplication::setApplicationVersion(QStringLiteral(PARAGRAF_VERSION));
    paragraf::installTranslations(application, Settings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Minutes and protocols for Swedish bodies."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The database to open."));
    const QCommandLineOption meetingOption(
        QStringLiteral("meeting"),
        QApplication::translate("main", "Show this meeting (an id from paragraf-cli list)."),
        QStringLiteral("ID"));
    const QCommandLineOption quitWhenIdle(
        QStringLiteral("quit-when-idle"),
        QApplication::translate(
            "main", "Quit as soon as the window is shown and idle (for timing the start)."));
    parser.addOptions({meetingOption, quitWhenIdle});
    parser.process(application);

    MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && window.openFile(files.first()) && parser.isSet(meetingOption))
        window.openMeeting(parser.value(meetingOption).toLongLong());
    else if (const QStringList recent = Settings::recentFiles();
             files.isEmpty() && !recent.isEmpty() && QFileInfo::exists(recent.first()))
        window.openFile(recent.first());
    else if (files.isEmpty() && recent.isEmpty()) {
        // First start: the secretary's own file in the user's data folder, made if need be.
        const QString folder =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
            QStringLiteral("/Paragraf");
        const QString path = folder + QStringLiteral("/paragraf.paragraf");
        QDir().mkpath(folder);
        QFileInfo::exists(path) ? window.openFile(path) : window.newFile(path);
    }
    // Timing mode: end the process the moment the window is shown and idle, without waiting for
    // the file's background check (which a real session does not wait for either).
    if (parser.isSet(quitWhenIdle))
        QTimer::singleShot(0, &application, [] { std::_Exit(0); });
    if (const QString text = qEnvironmentVariable("PARAGRAF_ROBOT_TYPE"); !text.isEmpty()) {
        auto* robot = new TypingRobot(window, text);
        QObject::connect(&window, &MainWindow::fileReady, robot, &TypingRobot::start,
                         Qt::SingleShotConnection);
    }
    return QApplication::exec();
}
