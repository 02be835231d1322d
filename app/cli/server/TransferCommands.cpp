// paragraf-cli push and pull: moving a secretary's file onto the organisation's server, and a
// body's protocols back out into a file (issue 21, item 5).
#include "CliSupport.h"
#include "adjustment/TransferService.h"
#include "i18n/TrContexts.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace paragraf::cli {
namespace {

// Progress on stderr for a large move: each table once it is done, and every few seconds.
TransferProgress progressOnStderr() {
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer](const QString& table, qint64 done, qint64 total) {
        if (total == 0 || (done < total && timer->elapsed() < 2000))
            return;
        timer->restart();
        QTextStream(stderr) << CliText::tr("%1: %2 of %3 rows").arg(table).arg(done).arg(total)
                            << '\n';
    };
}

// Every adjusted protocol verified before the move; what verify says of those adjusted without
// recorded signatures (the file's archive) is said here too, since it moved as it is.
void printPushNotes(const TransferService::AdjustedCheck& check, QTextStream& out) {
    out << CliText::tr("%1 adjusted protocols verified: none was changed outside Paragraf.")
               .arg(check.adjusted)
        << '\n';
    if (check.missing.isEmpty())
        return;
    out << CliText::tr("Moved as they are, as verify finds them in the file and will on the "
                       "server (adjusted without recorded signatures, or not signed by all):")
        << '\n';
    for (const QString& note : check.missing)
        out << QStringLiteral("  ") << note << '\n';
}

int push(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Move the whole file onto the organisation's server, in one "
                                      "transaction: every body, roster, meeting, signature, "
                                      "rättelse and issued document. The server gives the rows "
                                      "ids of its own; each adjusted protocol keeps its hash."),
                          {QStringLiteral("FILE"), QStringLiteral("SERVER")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    return withDatabase(positionals[0], [&](const Database& file) {
        return withDatabase(positionals[1], [&](const Database& server) {
            QElapsedTimer timer;
            timer.start();
            const auto pushed = TransferService::push(file, server, progressOnStderr());
            if (!pushed)
                return failWith(pushed.error());
            QTextStream out(stdout);
            const TransferSummary& summary = pushed->summary;
            const auto meetings = summary.ids.value(QStringLiteral("meeting"));
            QList<qint64> ids = meetings.keys();
            std::sort(ids.begin(), ids.end());
            for (qint64 id : ids)
                out << CliText::tr("meeting %1 is meeting %2 on the server")
                           .arg(id)
                           .arg(meetings.value(id))
                    << '\n';
            out << CliText::tr("Moved %1 rows (%2) in %3 s.")
                       .arg(summary.rows)
                       .arg(summary.bodies.join(QStringLiteral(", ")))
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << '\n';
            printPushNotes(pushed->check, out);
            return 0;
        });
    });
}

int pull(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("body"), CliText::tr("The body whose protocols to take out."),
                      CliText::tr("NAME")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Take one body's protocols out of the server into a new "
                                      "file, with the people, rosters and everything its "
                                      "meetings name. An existing file is never overwritten."),
                          {QStringLiteral("SERVER"), QStringLiteral("FILE")}))
        return *exit;
    if (parser.value(QStringLiteral("body")).trimmed().isEmpty())
        return usage(CliText::tr("pull needs --body NAME."));
    const QStringList positionals = parser.positionalArguments();
    return withDatabase(positionals[0], [&](const Database& server) {
        const auto pulled = TransferService::pull(
            server, positionals[1], parser.value(QStringLiteral("body")), progressOnStderr());
        if (!pulled)
            return failWith(pulled.error());
        QTextStream(stdout) << CliText::tr("Wrote %1 rows to %2; %3 adjusted protocols.")
                                   .arg(pulled->summary.rows)
                                   .arg(positionals[1])
                                   .arg(pulled->adjusted)
                            << '\n';
        for (const QString& problem : pulled->problems)
            QTextStream(stderr) << QStringLiteral("paragraf-cli: ") << problem << '\n';
        return pulled->problems.isEmpty() ? 0 : 1;
    });
}

} // namespace

QList<Command> transferCommands() {
    return {
        {"push", QT_TRANSLATE_NOOP("CliText", "Move a file onto the organisation's server"), push},
        {"pull", QT_TRANSLATE_NOOP("CliText", "Take a body's protocols out of the server"), pull},
    };
}

} // namespace paragraf::cli
