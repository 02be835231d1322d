// Leverera till e-arkiv: a body's adjusted protocols as an E-ARK SIP (docs/e-archive.md).
#include "CliSupport.h"
#include "archive/ArchiveService.h"

#include <QTextStream>

namespace paragraf::cli {
namespace {

// "12,14" as meeting ids; nothing when a part is not one.
std::optional<QList<Id>> meetingIdsFrom(const QString& text) {
    QList<Id> ids;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const auto id = idFrom(part);
        if (!id)
            return std::nullopt;
        ids << *id;
    }
    return ids;
}

int archive(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption body(
        QStringLiteral("body"), CliText::tr("The body: id or exact name."), QStringLiteral("NAME"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  CliText::tr("The calendar year whose protocols are delivered."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption meetings(
        QStringLiteral("meetings"),
        CliText::tr("Deliver these meetings (ids, e.g. 1,2,3) instead of a body's year."),
        QStringLiteral("LIST"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        CliText::tr("The folder the package (its folder, or with --tar its file) is "
                    "written into."),
        QStringLiteral("DIR"));
    const QCommandLineOption tar(
        QStringLiteral("tar"),
        CliText::tr("Write the package as one file, DIR/<name>.tar (POSIX tar, the package's "
                    "folder inside), instead of a folder."));
    parser.addOptions({body, year, meetings, out, tar});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Write a submission information package for the e-archive "
                                      "(E-ARK CSIP/SIP 2.1.0, FGS Paketstruktur 2.0) of a body's "
                                      "adjusted protocols of a year, or of chosen meetings; "
                                      "prints the package's folder (with --tar: its file)."),
                          {QStringLiteral("FILE")}))
        return *exit;
    const auto chosenYear = yearFrom(parser.value(year));
    const auto ids = meetingIdsFrom(parser.value(meetings));
    const bool byYear = parser.isSet(body) && chosenYear && !parser.isSet(meetings);
    const bool byMeetings = parser.isSet(meetings) && ids && !parser.isSet(body);
    if (!parser.isSet(out) || (!byYear && !byMeetings))
        return usage(CliText::tr("archive needs --out DIR and either --body NAME --year YEAR or "
                                 "--meetings 1,2,3; see --help"));
    return withDatabase(parser.positionalArguments()[0], [&](const Database& database) {
        ArchiveRequest request;
        if (byYear) {
            const auto found = findBody(database, parser.value(body));
            if (!found)
                return failWith(found.error());
            request.bodyId = found->id;
            request.year = *chosenYear;
        } else {
            request.meetingIds = *ids;
        }
        QTextStream progress(stderr);
        const ArchiveProgress told = [&](int done, int total, const QString& what) {
            if (!what.isEmpty())
                progress << QStringLiteral("[%1/%2] ").arg(done + 1).arg(total) << what << Qt::endl;
            return true;
        };
        const ArchiveService service(database);
        const auto written = parser.isSet(tar) ? service.writeTar(request, parser.value(out), told)
                                               : service.write(request, parser.value(out), told);
        if (!written)
            return failWith(written.error());
        if (const QString notEntered = service.whatIsNotEntered(); !notEntered.isEmpty())
            progress << notEntered << Qt::endl;
        QTextStream(stdout) << written.value() << '\n';
        return 0;
    });
}

} // namespace

QList<Command> archiveCommands() {
    return {{"archive",
             QT_TRANSLATE_NOOP("CliText", "Write an e-archive package (E-ARK SIP) of protocols"),
             archive}};
}

} // namespace paragraf::cli
