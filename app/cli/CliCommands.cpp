#include "CliCommands.h"

#include "CliSupport.h"
#include "adjustment/IssuedDocumentService.h"
#include "demo/DemoData.h"
#include "document/DocumentExporter.h"
#include "i18n/TrContexts.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "io/AtomicFile.h"
#include "io/BoundedRead.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "text/MeetingList.h"
#include "text/MeetingText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <optional>
#include <type_traits>

namespace paragraf::cli {
namespace {

int init(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments, CliText::tr("Create a new, empty Paragraf database."),
                          {QStringLiteral("FILE")}))
        return *exit;
    const auto database = Database::create(parser.positionalArguments()[0]);
    return database ? 0 : failWith(database.error());
}

int demo(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(
            parser, arguments,
            CliText::tr("Create a database with the bodies, people and meetings of the examples."),
            {QStringLiteral("FILE")}))
        return *exit;
    const QString path = parser.positionalArguments()[0];
    const auto database = Database::create(path);
    if (!database)
        return failWith(database.error());
    if (auto status = buildDemo(*database.value()); !status)
        return failWith(status.error());
    return 0;
}

int list(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), CliText::tr("Print the list as JSON.")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("List the meetings: id, body, date, status, paragraphs."),
                          {QStringLiteral("FILE")}))
        return *exit;
    return withDatabase(parser.positionalArguments()[0], [&](const Database& database) {
        const auto summaries = MeetingService(database).list();
        if (!summaries)
            return failWith(summaries.error());
        QTextStream out(stdout);
        if (parser.isSet(QStringLiteral("json"))) {
            out << QString::fromUtf8(meetingListJson(summaries.value()));
            return 0;
        }
        for (const auto& summary : summaries.value())
            out << meetingListLine(summary) << '\n';
        return 0;
    });
}

template <typename Work> int withMeeting(const QStringList& positionals, Work&& work) {
    const auto id = idFrom(positionals[1]);
    if (!id)
        return usage(CliText::tr("\"%1\" is not a meeting id; paragraf-cli list shows them.")
                         .arg(positionals[1]));
    return withDatabase(positionals[0], [&](const Database& database) {
        const auto record = MeetingService(database).load(*id);
        if (!record)
            return failWith(record.error());
        if constexpr (std::is_invocable_v<Work, const MeetingRecord&, const Database&>)
            return work(record.value(), database);
        else
            return work(record.value());
    });
}

int show(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments, CliText::tr("Show a meeting as protocol text."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    return withMeeting(parser.positionalArguments(), [](const MeetingRecord& record) {
        QTextStream(stdout) << meetingAsText(record);
        return 0;
    });
}

int writeOutput(const QString& path, const QByteArray& data) {
    const Status written =
        path == QLatin1String("-") ? writeToStandardOutput(data) : saveAtomically(path, data);
    return written ? 0 : failWith(written.error());
}

int exportJson(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit =
            parse(parser, arguments,
                  CliText::tr("Export a meeting in the JSON interchange format (OUT may be - for "
                              "standard output)."),
                  {QStringLiteral("FILE"), QStringLiteral("MEETING"), QStringLiteral("OUT")}))
        return *exit;
    const QString out = parser.positionalArguments()[2];
    return withMeeting(parser.positionalArguments(), [&](const MeetingRecord& record) {
        return writeOutput(out, meetingToJson(record));
    });
}

int importJson(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit =
            parse(parser, arguments,
                  CliText::tr("Import a meeting from the JSON interchange format; prints the new "
                              "meeting's id."),
                  {QStringLiteral("FILE"), QStringLiteral("IN")}))
        return *exit;
    const QString in = parser.positionalArguments()[1];
    const auto bytes = readMeetingFile(in);
    if (!bytes)
        return failWith(bytes.error());
    const auto parsed = meetingFromJson(bytes.value());
    if (!parsed)
        return failWith(CliText::tr("%1 is not a valid meeting file; nothing was imported:\n%2")
                            .arg(in, parsed.error()));
    return withDatabase(parser.positionalArguments()[0], [&](const Database& database) {
        const auto id = importMeeting(database, parsed.value());
        if (!id)
            return failWith(id.error());
        QTextStream(stdout) << id.value() << '\n';
        return 0;
    });
}

int exportDocument(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  CliText::tr("protocol, notes, extract, notice or certificate."),
                                  QStringLiteral("KIND"), QStringLiteral("protocol"));
    const QCommandLineOption paragraphs(QStringLiteral("paragraphs"),
                                        CliText::tr("The paragraphs of an extract, e.g. 27,29."),
                                        QStringLiteral("LIST"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("pdf or odt."),
                                    QStringLiteral("FORMAT"), QStringLiteral("pdf"));
    const QCommandLineOption out(QStringLiteral("out"), CliText::tr("The file to write."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption posted(QStringLiteral("posted"),
                                    CliText::tr("The day the protocol goes up on the notice board "
                                                "(YYYY-MM-DD), for the notice-board certificate."),
                                    QStringLiteral("DATE"));
    const QCommandLineOption appendix(
        QStringLiteral("appendix"),
        CliText::tr("Add the appendix of who served, and voted, at each paragraph."));
    parser.addOptions({kind, paragraphs, format, out, posted, appendix});
    if (auto exit =
            parse(parser, arguments, CliText::tr("Export a document of a meeting as PDF/A or ODT."),
                  {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    DocumentRequest request;
    const auto documentKind = documentKindFromCode(parser.value(kind));
    const QString formatName = parser.value(format);
    const auto numbers = numberListFrom(parser.value(paragraphs));
    const auto postedOn = dateOption(parser, QStringLiteral("posted"), QDate());
    if (!documentKind ||
        (formatName != QLatin1String("pdf") && formatName != QLatin1String("odt")) || !numbers ||
        !parser.isSet(out) || !postedOn) {
        QTextStream(stderr) << QStringLiteral("paragraf-cli: ")
                            << CliText::tr("export needs --out, a known --kind and --format, "
                                           "paragraph numbers like 27,29 and dates like "
                                           "2024-11-21; see --help")
                            << '\n';
        return 2;
    }
    request.kind = *documentKind;
    request.postedOn = *postedOn;
    request.paragraphNumbers = *numbers;
    request.attendanceAppendix = parser.isSet(appendix);
    const DocumentFormat documentFormat =
        formatName == QLatin1String("odt") ? DocumentFormat::Odt : DocumentFormat::Pdf;
    return withMeeting(
        parser.positionalArguments(), [&](const MeetingRecord& record, const Database& database) {
            // A PDF is entered in the register of issued documents.
            const auto issued =
                issueDocument(database, record, request, documentFormat, parser.value(out));
            return issued ? 0 : failWith(issued.error());
        });
}

} // namespace

const QList<Command>& commands() {
    static const QList<Command> all{
        {"init", QT_TRANSLATE_NOOP("CliText", "Create a new, empty database"), init},
        {"demo",
         QT_TRANSLATE_NOOP("CliText", "Create a database with the example bodies and meetings"),
         demo},
        {"list", QT_TRANSLATE_NOOP("CliText", "List the meetings"), list},
        {"show", QT_TRANSLATE_NOOP("CliText", "Show a meeting as protocol text"), show},
        {"export-json", QT_TRANSLATE_NOOP("CliText", "Export a meeting as JSON"), exportJson},
        {"import-json", QT_TRANSLATE_NOOP("CliText", "Import a meeting from JSON"), importJson},
        {"export",
         QT_TRANSLATE_NOOP("CliText", "Export a protocol, extract, notice or certificate"),
         exportDocument},
    };
    static const QList<Command> everything =
        all + rosterCommands() + adjustmentCommands() + reviewCommands() + followUpCommands() +
        rollCallCommands() + presidingCommands() + clockCommands() + rulesCommands() +
        transferCommands() + publishCommands() + searchCommands() + archiveCommands() +
        markCommands();
    return everything;
}

} // namespace paragraf::cli
