#include "CliSupport.h"

#include "i18n/TrContexts.h"
#include "text/ComposedText.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <termios.h>
#include <unistd.h>

namespace paragraf::cli {

int failWith(const QString& message) {
    QTextStream(stderr) << QStringLiteral("paragraf-cli: ") << message << '\n';
    return 1;
}

namespace {

// Text given on the command line is stored composed (NFC) as the desk and the JSON import store
// it: a remark pasted into a terminal from a PDF, "o" and U+0308, is found by a typed "ö". An
// argument that names an existing file or folder as given is left as it is, so that a file with
// a decomposed name (made on a Mac) is still found.
QStringList composedArguments(const QStringList& arguments) {
    QStringList result;
    result.reserve(arguments.size());
    for (const QString& argument : arguments) {
        const QString wanted = composed(argument);
        result << (wanted == argument || QFileInfo::exists(argument) ? argument : wanted);
    }
    return result;
}

} // namespace

std::optional<int> parse(QCommandLineParser& parser, const QStringList& given,
                         const QString& description, const QStringList& positionals) {
    const QStringList arguments = composedArguments(given);
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    for (const QString& name : positionals)
        parser.addPositionalArgument(name, QString());
    if (!parser.parse(arguments)) {
        // "-6" is taken for the options -6; no argument of paragraf-cli is a negative number.
        static const QRegularExpression negative(QStringLiteral("^-[0-9]"));
        for (const QString& argument : arguments)
            if (negative.match(argument).hasMatch() &&
                parser.unknownOptionNames().contains(argument.mid(1, 1)))
                return usage(CliText::tr("\"%1\" is not accepted: ids, numbers and years are "
                                         "positive.")
                                 .arg(argument));
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

int usage(const QString& message) {
    QTextStream(stderr) << QStringLiteral("paragraf-cli: ") << message << '\n';
    return 2;
}

namespace {

// Digits only, without a leading zero, at most 18 of them (fits an Id).
std::optional<qint64> positiveFrom(const QString& text) {
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,17}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

} // namespace

std::optional<Id> idFrom(const QString& text) {
    return positiveFrom(text);
}

std::optional<int> numberFrom(const QString& text) {
    const auto number = positiveFrom(text);
    if (!number || *number > 1000000)
        return std::nullopt;
    return int(*number);
}

std::optional<QList<int>> numberListFrom(const QString& text) {
    QList<int> numbers;
    if (text.isEmpty())
        return numbers;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const auto number = numberFrom(part);
        if (!number)
            return std::nullopt;
        numbers << *number;
    }
    return numbers;
}

std::optional<int> yearFrom(const QString& text) {
    static const QRegularExpression year(QStringLiteral("^(19|2[0-9])[0-9][0-9]$"));
    if (!year.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

std::optional<QDate> dateFrom(const QString& text) {
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    // The years a year argument takes (yearFrom), so that what is entered can be listed.
    if (!date.isValid() || date.year() < 1900 || date.year() > 2999)
        return std::nullopt;
    return date;
}

std::optional<QTime> timeFrom(const QString& text) {
    static const QRegularExpression shape(QStringLiteral("^[0-9]{2}:[0-9]{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name,
                                const QDate& otherwise) {
    if (!parser.isSet(name))
        return otherwise;
    return dateFrom(parser.value(name));
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

namespace {

// A line typed at the terminal on stdin without echo (as psql asks), or nothing.
std::optional<QString> typedPassword(const QString& prompt) {
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    QTextStream(stderr) << prompt << Qt::flush;
    termios before{};
    const bool quiet = tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    QTextStream(stderr) << '\n';
    return line;
}

} // namespace

Result<std::unique_ptr<Database>> openDatabase(const QString& path) {
    if (Database::passwordWrittenIn(path))
        QTextStream(stderr) << CliText::tr("paragraf-cli: the password written in the address "
                                           "is seen by everyone on this computer (ps, the shell's "
                                           "history); prefer ~/.pgpass, PGPASSFILE, a service "
                                           "file or PGPASSWORD, or type it when asked.")
                            << '\n';
    auto database = Database::open(path);
    if (database || database.errorKind() != ErrorKind::PasswordNeeded)
        return database;
    const auto password =
        typedPassword(CliText::tr("Password for %1: ").arg(Database::shownAs(path)));
    if (!password || password->isEmpty())
        return database;
    return Database::open(path, Database::Check::Now, *password);
}

} // namespace paragraf::cli
