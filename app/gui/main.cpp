#include "common/Settings.h"
#include "desk/DeskFile.h"
#include "desk/MainWindow.h"
#include "desk/TypingRobot.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdlib>
#ifdef PARAGRAF_SLOW_SYNC
#include "SlowSyncVfs.h"
#endif

namespace {
// The file (or server) the window starts with: named on the command line, else the last one
// used, else on the very first start the secretary's own file in the user's data folder (made
// if need be).
struct StartFile {
    QString path;
    bool create = false;
};

StartFile startFile(const QStringList& arguments) {
    if (!arguments.isEmpty())
        return {arguments.first()};
    if (const QStringList recent = Settings::recentFiles(); !recent.isEmpty())
        return {QFileInfo::exists(recent.first()) ||
                        paragraf::Database::looksLikeServer(recent.first())
                    ? recent.first()
                    : QString()};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                           QStringLiteral("/Paragraf");
    const QString path = folder + QStringLiteral("/paragraf.paragraf");
    QDir().mkpath(folder);
    return {path, !QFileInfo::exists(path)};
}
} // namespace

int main(int argc, char* argv[]) {
#ifdef PARAGRAF_SLOW_SYNC
    // Debug builds: a slow disk on demand, to watch typing never wait for it.
    if (const int ms = qEnvironmentVariableIntValue("PARAGRAF_SLOW_SYNC_MS"); ms > 0) {
        paragraf::test::installSlowSync();
        paragraf::test::setSyncDelayMs(ms);
    }
#endif
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Paragraf"));
    QApplication::setApplicationName(QStringLiteral("Paragraf"));
    QApplication::setApplicationVersion(QStringLiteral(PARAGRAF_VERSION));
    // The desktop entry's name (packaging/), so that the desktop matches the window to its entry
    // and icon; the icon from the program's resources where the theme has none.
    QGuiApplication::setDesktopFileName(QStringLiteral("se.paragraf.Paragraf"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1/paragraf.png").arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("se.paragraf.Paragraf"), icon));
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

    const StartFile start = startFile(parser.positionalArguments());
    // Opening and reading the file take about as long as building the window: both at once.
    QFuture<paragraf::Result<DeskFile>> opening;
    if (!start.path.isEmpty() && !start.create) {
        // The meeting asked for, else the one the secretary was at when the file was last open.
        const paragraf::Id meeting = parser.isSet(meetingOption)
                                         ? parser.value(meetingOption).toLongLong()
                                         : Settings::lastPlace(start.path).meetingId;
        opening = QtConcurrent::run(&DeskFile::open, start.path, meeting, QDate::currentDate(),
                                    QThread::currentThread());
    }
    MainWindow window;
    window.show();
    if (start.create)
        window.newFile(start.path);
    else if (opening.isValid())
        window.openFile(start.path, opening.takeResult());
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
