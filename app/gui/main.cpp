#include "MainWindow.h"
#include "MeetingBrowser.h"
#include "Settings.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

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
    parser.addOption(meetingOption);
    parser.process(application);

    MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty() && window.openFile(files.first()) && parser.isSet(meetingOption))
        window.browser()->selectMeeting(parser.value(meetingOption).toLongLong());
    else if (const QStringList recent = Settings::recentFiles();
             !recent.isEmpty() && QFileInfo::exists(recent.first()))
        window.openFile(recent.first());
    return QApplication::exec();
}
