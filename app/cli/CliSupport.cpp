#include "CliSupport.h"

#include "i18n/TrContexts.h"

#include <QTextStream>

namespace paragraf::cli {

int failWith(const QString& message) {
    QTextStream(stderr) << QStringLiteral("paragraf-cli: ") << message << '\n';
    return 1;
}

std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments,
                         const QString& description, const QStringList& positionals) {
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    for (const QString& name : positionals)
        parser.addPositionalArgument(name, QString());
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << QStringLiteral("paragraf-cli: ") << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != positionals.size()) {
        QTextStream(stderr) << QStringLiteral("paragraf-cli: ")
                            << CliText::tr("%1 expects %2; see --help")
                                   .arg(arguments.value(0), positionals.join(QLatin1Char(' ')))
                            << '\n';
        return 2;
    }
    return std::nullopt;
}

std::optional<Id> idFrom(const QString& text) {
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<Id>(id) : std::nullopt;
}

// A command waits up to a minute for another writer (the desk saving, another command) and
// says so after a second; then it gives up with a message and changes nothing.
void sayWhenWaiting(Database& database) {
    database.waitWhenBusy(60000, [] {
        QTextStream(stderr) << CliText::tr("paragraf-cli: the file is in use by another program "
                                           "or window; waiting for it to finish …")
                            << Qt::endl;
    });
}

} // namespace paragraf::cli
