// Publicera: the web copy of an adjusted protocol and the notice board (docs/publishing.md).
#include "CliSupport.h"
#include "publish/NoticePage.h"
#include "publish/PublishService.h"

#include <QTextStream>

namespace paragraf::cli {
namespace {

int publish(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 CliText::tr("The folder the web site serves the pages from."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption paragraphs(
        QStringLiteral("paragraphs"),
        CliText::tr("Publish an extract of these paragraphs, e.g. 27,29, instead of the protocol."),
        QStringLiteral("LIST"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CliText::tr("Only list the pages that would be written."));
    const QCommandLineOption posted(
        QStringLiteral("posted"),
        CliText::tr("The day the notice goes up (YYYY-MM-DD), recorded unless the file has one; "
                    "today if not given."),
        QStringLiteral("DATE"));
    const QCommandLineOption mask(QStringLiteral("mask"),
                                  CliText::tr("A passage not to publish (may be repeated)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption individual(
        QStringLiteral("individual"),
        CliText::tr("Paragraphs that concern an individual, e.g. 28: names of private persons "
                    "in them are masked."),
        QStringLiteral("LIST"));
    const QCommandLineOption keepFound(
        QStringLiteral("keep-found"),
        CliText::tr("Do not mask the personal data found in the text (identity numbers, "
                    "telephone numbers, e-mail and street addresses)."));
    parser.addOptions({out, paragraphs, dryRun, posted, mask, individual, keepFound});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Write the accessible web copy of an adjusted protocol "
                                      "and its notice into a folder, personal data and the "
                                      "passages marked (paragraf-cli mark) masked, and record "
                                      "the posting and the publication; prints the files "
                                      "written (--dry-run: the files and what is masked)."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    const auto numbers = numberListFrom(parser.value(paragraphs));
    const auto individuals = numberListFrom(parser.value(individual));
    const auto postedOn = dateOption(parser, QStringLiteral("posted"), QDate::currentDate());
    if (!numbers || !individuals || !postedOn || (!parser.isSet(out) && !parser.isSet(dryRun)))
        return usage(CliText::tr("publish needs --out DIR (or --dry-run), paragraph numbers "
                                 "like 27,29 and dates like 2024-11-21; see --help"));
    const auto meeting = idFrom(parser.positionalArguments()[1]);
    if (!meeting)
        return usage(CliText::tr("\"%1\" is not a meeting id; paragraf-cli list shows them.")
                         .arg(parser.positionalArguments()[1]));
    return withDatabase(parser.positionalArguments()[0], [&](const Database& database) {
        const PublishService service(database);
        const PublishRequest request{*meeting,     *numbers,
                                     *postedOn,    parser.values(mask),
                                     *individuals, !parser.isSet(keepFound)};
        const auto plan = service.plan(request);
        if (!plan)
            return failWith(plan.error());
        QTextStream stdoutStream(stdout);
        if (parser.isSet(dryRun)) {
            for (const PublishedPage& page : plan->pages)
                stdoutStream << page.fileName << '\t' << page.description << '\n';
            for (const MarkStanding& marked : plan->stored.passages)
                stdoutStream << (marked.found ? CliText::tr("masked") : CliText::tr("LOST")) << '\t'
                             << marked.where << '\t' << CliText::tr("marked") << '\t'
                             << marked.mark.passage << '\n';
            for (const QString& passage : request.maskPassages)
                stdoutStream << CliText::tr("masked") << '\t' << passage << '\n';
            for (const MaskProposal& found : plan->masked)
                stdoutStream << CliText::tr("masked") << '\t' << found.where << '\t'
                             << personalDataKindName(found.kind) << '\t' << found.text << '\n';
            return 0;
        }
        const auto written = service.publish(request, parser.value(out));
        if (!written)
            return failWith(written.error());
        for (const QString& path : written.value())
            stdoutStream << path << '\n';
        return 0;
    });
}

int noticeBoard(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 CliText::tr("The folder the web site serves the pages from."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption day(QStringLiteral("today"),
                                 CliText::tr("The day the board shows (YYYY-MM-DD); today if "
                                             "not given."),
                                 QStringLiteral("DATE"));
    const QCommandLineOption base(
        QStringLiteral("base-url"),
        CliText::tr("Where the web site serves the folder (https://…/anslag/): the feed's links "
                    "are then absolute."),
        QStringLiteral("URL"));
    parser.addOptions({out, day, base});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Write the notice board of the file or server: every "
                                      "current notice as a page, the board's page and an Atom "
                                      "feed (anslag.xml); prints the files written."),
                          {QStringLiteral("FILE")}))
        return *exit;
    const auto today = dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!today || !parser.isSet(out))
        return usage(CliText::tr("notice-board needs --out DIR and dates like 2024-11-21; see "
                                 "--help"));
    const QUrl feedBase(parser.value(base), QUrl::StrictMode);
    if (parser.isSet(base) && !isFeedBase(feedBase))
        return usage(CliText::tr("--base-url expects the address the folder is served from, "
                                 "such as https://www.kommun.se/anslag/ (http or https, no "
                                 "query)."));
    return withDatabase(parser.positionalArguments()[0], [&](const Database& database) {
        const auto pages =
            PublishService(database).noticeBoard(*today, QDateTime::currentDateTimeUtc(), feedBase);
        if (!pages)
            return failWith(pages.error());
        const auto written = PublishService::write(pages.value(), parser.value(out));
        if (!written)
            return failWith(written.error());
        QTextStream stdoutStream(stdout);
        for (const QString& path : written.value())
            stdoutStream << path << '\n';
        return 0;
    });
}

} // namespace

QList<Command> publishCommands() {
    return {{"publish",
             QT_TRANSLATE_NOOP("CliText", "Write the web copy and notice of an adjusted protocol"),
             publish},
            {"notice-board",
             QT_TRANSLATE_NOOP("CliText", "Write the notice board's pages and Atom feed"),
             noticeBoard}};
}

} // namespace paragraf::cli
