#include "CliCommands.h"
#include "i18n/TrContexts.h"
#include "i18n/Translations.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>
#include <unistd.h>

using namespace paragraf;

namespace {

void printUsage(QTextStream& out) {
    out << CliText::tr("Usage: paragraf-cli COMMAND [options]") << "\n\n"
        << CliText::tr("Commands:") << '\n';
    for (const auto& command : cli::commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(21)
            << QCoreApplication::translate("CliText", command.summary) << '\n';
    out << '\n' << CliText::tr("Run paragraf-cli COMMAND --help for its options.") << '\n';
}

} // namespace

int main(int argc, char* argv[]) {
    // QGuiApplication, not QCoreApplication: documents lay out text with fonts. Without a display
    // the offscreen platform serves.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt picks this same private folder when the variable is missing, but warns on stderr,
    // where scripts read our messages.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(getuid());
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paragraf-cli"));
    installTranslations(application);

    QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") ||
        arguments[1] == QLatin1String("-h")) {
        printUsage(out);
        return arguments.size() < 2 ? 2 : 0;
    }
    const QString name = arguments[1];
    for (const auto& command : cli::commands())
        if (name == QLatin1String(command.name))
            return command.run(arguments.mid(1));
    QTextStream(stderr) << CliText::tr("paragraf-cli: unknown command \"%1\"; "
                                       "see paragraf-cli --help")
                               .arg(name)
                        << '\n';
    return 2;
}
