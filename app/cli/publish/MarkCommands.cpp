// Marks for the web copy, kept with the protocol, and the record of publications
// (docs/publishing.md, "Marks").
#include "CliSupport.h"
#include "publish/PublicationMarks.h"

#include <QTextStream>
#include <algorithm>

namespace paragraf::cli {
namespace {

// A mark's text on one line: its line breaks and tabs written as \n and \t.
QString oneLine(QString text) {
    return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
        .replace(QLatin1Char('\t'), QStringLiteral("\\t"))
        .replace(QLatin1Char('\r'), QStringLiteral("\\r"));
}

Result<Id> paragraphNumbered(const MeetingRecord& record, const QString& text) {
    const auto number = numberFrom(text);
    const auto it = std::find_if(record.paragraphs.cbegin(), record.paragraphs.cend(),
                                 [&](const Paragraph& p) { return number && p.number == *number; });
    if (it == record.paragraphs.cend())
        return fail(CliText::tr("The meeting has no § %1.").arg(text));
    return it->id;
}

// Lists the marks; 1 when a mark's text is no longer in the protocol.
int printMarks(const Database& database, const MeetingRecord& record) {
    const auto stored = PublicationMarkService(database).stored(record);
    if (!stored)
        return failWith(stored.error());
    QTextStream out(stdout);
    for (const MarkStanding& m : stored->passages)
        out << m.mark.id << '\t' << m.where << '\t'
            << (m.found ? CliText::tr("marked") : CliText::tr("LOST")) << '\t' << m.mark.madeBy
            << '\t' << m.mark.madeAt.toString(Qt::ISODate) << '\t' << oneLine(m.mark.passage)
            << '\n';
    for (const IndividualFlag& flag : stored->individual) {
        const auto it = std::find_if(record.paragraphs.cbegin(), record.paragraphs.cend(),
                                     [&](const Paragraph& p) { return p.id == flag.paragraphId; });
        if (it == record.paragraphs.cend())
            continue; // flagged since the record was read
        out << CliText::tr("individual") << '\t' << paragraphLabel(record.rules, it->number) << '\t'
            << flag.madeBy << '\t' << flag.madeAt.toString(Qt::ISODate) << '\n';
    }
    out.flush();
    if (const auto lost = stored->lost(); !lost.isEmpty())
        return failWith(lostMarksMessage(lost));
    return 0;
}

int mark(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption text(QStringLiteral("text"),
                                  CliText::tr("Mark this text, exactly as written, as not for "
                                              "publication."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption paragraph(
        QStringLiteral("paragraph"),
        CliText::tr("The paragraph the text stands in (without it: anywhere in the protocol)."),
        QStringLiteral("N"));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    CliText::tr("Remove the mark with this id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption individual(
        QStringLiteral("individual"),
        CliText::tr("Flag the paragraph as concerning an individual: names of private persons "
                    "in it are masked."),
        QStringLiteral("N"));
    const QCommandLineOption notIndividual(QStringLiteral("not-individual"),
                                           CliText::tr("Take the flag off the paragraph."),
                                           QStringLiteral("N"));
    parser.addOptions({text, paragraph, remove, individual, notIndividual});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Mark passages of a meeting's protocol as not for "
                                      "publication on the web, and paragraphs as concerning an "
                                      "individual; kept with the protocol and used by publish. "
                                      "Prints the marks: id, where, marked or LOST (its text is "
                                      "no longer there: exit 1), by, when, text."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    const auto removed = parser.isSet(remove) ? idFrom(parser.value(remove)) : std::optional<Id>();
    if (parser.isSet(remove) && !removed)
        return usage(CliText::tr("--remove expects a mark's id; paragraf-cli mark FILE MEETING "
                                 "lists them."));
    if (parser.isSet(paragraph) && !parser.isSet(text))
        return usage(CliText::tr("--paragraph says where --text stands; see --help"));
    return withLoadedMeeting(parser.positionalArguments(), [&](const Database& database,
                                                               const MeetingRecord& record) {
        PublicationMarkService service(database);
        if (parser.isSet(text)) {
            Id where = NoId;
            if (parser.isSet(paragraph)) {
                const auto found = paragraphNumbered(record, parser.value(paragraph));
                if (!found)
                    return failWith(found.error());
                where = found.value();
            }
            if (const auto made = service.mark(record.meeting.id, where, parser.value(text)); !made)
                return failWith(made.error());
        }
        if (removed)
            if (const Status status = service.unmark(record.meeting.id, *removed); !status)
                return failWith(status.error());
        for (const auto& [option, on] : {std::pair{&individual, true}, {&notIndividual, false}}) {
            if (!parser.isSet(*option))
                continue;
            const auto found = paragraphNumbered(record, parser.value(*option));
            if (!found)
                return failWith(found.error());
            if (const Status status = service.setIndividual(record.meeting.id, found.value(), on);
                !status)
                return failWith(status.error());
        }
        return printMarks(database, record);
    });
}

int publications(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments,
                          CliText::tr("List a meeting's publications on the web: when, by whom, "
                                      "the extract's paragraphs, the files and what was masked "
                                      "(its kind and place, never the text)."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    return withLoadedMeeting(
        parser.positionalArguments(), [&](const Database& database, const MeetingRecord& record) {
            const auto done = PublicationMarkService(database).publications(record.meeting.id);
            if (!done)
                return failWith(done.error());
            QTextStream out(stdout);
            for (const Publication& p : done.value()) {
                QStringList masked = p.masked;
                masked.replaceInStrings(QStringLiteral("\t"), QStringLiteral(" "));
                out << p.madeAt.toString(Qt::ISODate) << '\t' << p.madeBy << '\t' << p.paragraphs
                    << '\t' << p.files.join(QLatin1Char(',')) << '\t'
                    << masked.join(QStringLiteral("; ")) << '\n';
            }
            return 0;
        });
}

} // namespace

QList<Command> markCommands() {
    return {{"mark",
             QT_TRANSLATE_NOOP("CliText", "Mark passages not to publish on the web, and "
                                          "paragraphs about an individual"),
             mark},
            {"publications", QT_TRANSLATE_NOOP("CliText", "List a meeting's publications"),
             publications}};
}

} // namespace paragraf::cli
