// paragraf-cli subcommands for bodies, rosters and the year's schedule.
#include "CliSupport.h"
#include "i18n/TrContexts.h"
#include "interchange/RosterCsv.h"
#include "interchange/ScheduleIcs.h"
#include "io/AtomicFile.h"
#include "io/BoundedRead.h"
#include "model/Codes.h"
#include "services/NumberingService.h"
#include "services/RosterService.h"
#include "services/ScheduleService.h"
#include "text/SwedishTerms.h"

#include <QTextStream>

namespace paragraf::cli {

Result<Body> findBody(const Database& database, const QString& text) {
    const RosterService bodies(database);
    if (const auto id = idFrom(text))
        return bodies.body(*id);
    const auto found = bodies.findBody(text);
    if (!found)
        return fail(found.error());
    if (found.value() != NoId)
        return bodies.body(found.value());
    // Typed as one says it ("samverkansgrupp hälsa"): the one body so named whatever the case.
    const auto all = bodies.bodies();
    if (!all)
        return fail(all.error());
    QList<Body> named;
    for (const Body& body : all.value())
        if (body.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            named << body;
    if (named.size() == 1)
        return named.first();
    return fail(CliText::tr("There is no body named \"%1\".").arg(text));
}

namespace {

template <typename Work> int withBody(const QString& path, const QString& body, Work&& work) {
    return withDatabase(path, [&](const Database& database) {
        const auto found = findBody(database, body);
        return found ? work(database, found.value()) : failWith(found.error());
    });
}

QString yearMessage(const QString& text) {
    return CliText::tr("\"%1\" is not a year (write it like 2025).").arg(text);
}

// The id of what was made, on stdout for scripts, or the reason it was not.
int printId(const Result<Id>& made) {
    if (!made)
        return failWith(made.error());
    QTextStream(stdout) << made.value() << '\n';
    return 0;
}

QString rosterLine(const RosterEntry& e, const QList<RosterEntry>& all) {
    QString line = QStringLiteral("%1\t%2\t%3\t%4\t%5")
                       .arg(e.membership.id)
                       .arg(e.personName, e.organisationName, e.membership.party,
                            swedishRoleLabel(e.membership.role));
    for (const auto& other : all)
        if (other.membership.id == e.membership.substituteForId)
            line += QStringLiteral(" för ") + other.personName;
    if (e.membership.electionOrder > 0)
        line += QStringLiteral(" nr %1").arg(e.membership.electionOrder);
    line += QStringLiteral("\t%1–%2").arg(e.membership.validFrom.toString(Qt::ISODate),
                                          e.membership.validTo.toString(Qt::ISODate));
    return line;
}

// The rows of a roster file for the memberships, each substitute naming their member.
QList<RosterRow> rosterRows(const QList<RosterEntry>& entries) {
    QList<RosterRow> rows;
    for (const auto& e : entries) {
        RosterRow row;
        row.name = e.personName;
        row.organisation = e.organisationName;
        row.party = e.membership.party;
        row.role = e.membership.role;
        row.electionOrder = e.membership.electionOrder;
        for (const auto& other : entries)
            if (other.membership.id == e.membership.substituteForId)
                row.substituteFor = other.personName;
        row.from = e.membership.validFrom;
        row.to = e.membership.validTo;
        rows << row;
    }
    return rows;
}

int writeCsv(const QString& path, const QList<RosterEntry>& entries) {
    const QByteArray bytes = writeRosterCsv(rosterRows(entries));
    const Status saved =
        path == QStringLiteral("-") ? writeToStandardOutput(bytes) : saveAtomically(path, bytes);
    if (!saved)
        return failWith(saved.error());
    return 0;
}

int roster(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("date"),
                      CliText::tr("The roster of this day (default today)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("history"), CliText::tr("Every membership, ended ones too.")});
    parser.addOption({QStringLiteral("csv"),
                      CliText::tr("Write the roster as a CSV file that roster-import reads back "
                                  "(- for standard output)."),
                      QStringLiteral("OUT")});
    if (auto exit = parse(parser, arguments, CliText::tr("List the members of a body."),
                          {QStringLiteral("FILE"), QStringLiteral("BODY")}))
        return *exit;
    const auto day = dateOption(parser, QStringLiteral("date"), QDate::currentDate());
    if (!day)
        return usage(CliText::tr("--date expects a date like 2024-01-31."));
    const QStringList positionals = parser.positionalArguments();
    return withBody(positionals[0], positionals[1],
                    [&](const Database& database, const Body& body) {
                        RosterService service(database);
                        const auto entries = parser.isSet(QStringLiteral("history"))
                                                 ? service.history(body.id)
                                                 : service.rosterOn(body.id, *day);
                        if (!entries)
                            return failWith(entries.error());
                        if (parser.isSet(QStringLiteral("csv")))
                            return writeCsv(parser.value(QStringLiteral("csv")), entries.value());
                        QTextStream out(stdout);
                        for (const auto& e : entries.value())
                            out << rosterLine(e, entries.value()) << '\n';
                        return 0;
                    });
}

// Problems in the style of a compiler (file:line:column: message), so that editors jump there.
int reportProblems(const QString& csv, const RosterFile& file) {
    QTextStream err(stderr);
    for (const auto& p : file.problems)
        err << csv << ':' << p.line << ':' << p.column << ": " << p.message << '\n';
    err << CliText::tr("%n problem(s); nothing was imported.", nullptr, int(file.problems.size()))
        << '\n';
    return 1;
}

int rosterImport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"),
                      CliText::tr("First day of rows that give none (default today)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("dry-run"), CliText::tr("Check and show the rows; change nothing.")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Import members and substitutes from a CSV file: all rows "
                                      "or, when any row has a problem, none."),
                          {QStringLiteral("FILE"), QStringLiteral("BODY"), QStringLiteral("CSV")}))
        return *exit;
    const auto from = dateOption(parser, QStringLiteral("from"), QDate::currentDate());
    if (!from)
        return usage(CliText::tr("--from expects a date like 2024-01-31."));
    const QStringList positionals = parser.positionalArguments();
    const auto bytes = readRosterFile(positionals[2]);
    if (!bytes)
        return failWith(bytes.error());
    RosterFile file = readRosterCsv(bytes.value());
    if (!file.ok())
        return reportProblems(positionals[2], file);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    return withBody(
        positionals[0], positionals[1], [&](const Database& database, const Body& body) {
            // The dry run makes every check of the import (RosterService::checkRoster).
            RosterService service(database);
            if (const Status checked = service.checkRoster(body.id, file, *from); !checked)
                return file.ok() ? failWith(checked.error()) : reportProblems(positionals[2], file);
            QTextStream out(stdout);
            out << CliText::tr("%1 rows, %2, separated by \"%3\"")
                       .arg(file.rows.size())
                       .arg(file.encoding, QString(file.separator))
                << '\n';
            for (const auto& row : file.rows)
                out << row.line << '\t' << row.name << '\t' << row.organisation << '\t' << row.party
                    << '\t' << swedishRoleLabel(row.role)
                    << (row.substituteFor.isEmpty() ? QString()
                                                    : QStringLiteral(" för ") + row.substituteFor)
                    << '\n';
            out.flush();
            if (dryRun)
                return 0;
            const Status imported = service.importRoster(body.id, file, *from);
            if (!imported && !file.ok())
                return reportProblems(positionals[2], file);
            return imported ? 0 : failWith(imported.error());
        });
}

QString scheduleLine(const ScheduleEntry& e) {
    QString when = e.date.toString(Qt::ISODate);
    if (e.endDate.isValid())
        when += QStringLiteral("–") + e.endDate.toString(Qt::ISODate);
    const QString time =
        e.start.isValid() && e.end.isValid() ? swedishTimeSpan(e.start, e.end) : QString();
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
        .arg(e.id)
        .arg(when, time, swedishScheduleKind(e.kind), swedishForm(e.form), e.place,
             e.jointWith.isEmpty() ? e.note : QStringLiteral("med ") + e.jointWith);
}

int schedule(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit =
            parse(parser, arguments, CliText::tr("List a body's planned meetings of a year."),
                  {QStringLiteral("FILE"), QStringLiteral("BODY"), QStringLiteral("YEAR")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto year = yearFrom(positionals[2]);
    if (!year)
        return usage(yearMessage(positionals[2]));
    return withBody(positionals[0], positionals[1],
                    [&](const Database& database, const Body& body) {
                        const auto entries = ScheduleService(database).entries(body.id, *year);
                        if (!entries)
                            return failWith(entries.error());
                        QTextStream out(stdout);
                        for (const auto& e : entries.value())
                            out << scheduleLine(e) << '\n';
                        return 0;
                    });
}

std::optional<ScheduleEntry> entryFromOptions(const QCommandLineParser& parser, Id body,
                                              const QString& day) {
    ScheduleEntry e;
    e.bodyId = body;
    const auto date = dateFrom(day);
    const auto endDate = dateOption(parser, QStringLiteral("end-date"), QDate());
    // A time not given is no time; a time given must be one.
    const auto time = [&](const char* name) -> std::optional<QTime> {
        const QString option = QString::fromLatin1(name);
        return parser.isSet(option) ? timeFrom(parser.value(option)) : QTime();
    };
    const auto start = time("start");
    const auto end = time("end");
    const auto form = enumFromCode<MeetingForm>(parser.value(QStringLiteral("form")));
    const auto kind = enumFromCode<ScheduleKind>(parser.value(QStringLiteral("kind")));
    if (!form || !kind || !date || !endDate || !start || !end)
        return std::nullopt;
    e.date = *date;
    e.endDate = *endDate;
    e.start = *start;
    e.end = *end;
    e.form = *form;
    e.kind = *kind;
    e.place = parser.value(QStringLiteral("place"));
    e.jointWith = parser.value(QStringLiteral("joint-with"));
    e.note = parser.value(QStringLiteral("note"));
    return e;
}

int scheduleAdd(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("start"), CliText::tr("Starts at (HH:MM)."), QStringLiteral("TIME")},
        {QStringLiteral("end"), CliText::tr("Ends at (HH:MM)."), QStringLiteral("TIME")},
        {QStringLiteral("end-date"), CliText::tr("Second day of a two-day session."),
         QStringLiteral("DATE")},
        {QStringLiteral("form"), CliText::tr("physical, digital or hybrid."),
         QStringLiteral("FORM"), QStringLiteral("digital")},
        {QStringLiteral("kind"),
         CliText::tr("ordinary, full_day, planning_day, check_in or two_day."),
         QStringLiteral("KIND"), QStringLiteral("ordinary")},
        {QStringLiteral("place"), CliText::tr("Where."), QStringLiteral("PLACE")},
        {QStringLiteral("joint-with"), CliText::tr("The other body of a joint session."),
         QStringLiteral("BODY")},
        {QStringLiteral("note"), CliText::tr("A note."), QStringLiteral("TEXT")},
    });
    if (auto exit =
            parse(parser, arguments, CliText::tr("Add a planned meeting to a body's schedule."),
                  {QStringLiteral("FILE"), QStringLiteral("BODY"), QStringLiteral("DATE")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    return withBody(
        positionals[0], positionals[1], [&](const Database& database, const Body& body) {
            const auto entry = entryFromOptions(parser, body.id, positionals[2]);
            if (!entry)
                return usage(CliText::tr("schedule-add expects a date like 2025-03-03, times like "
                                         "13:00 and a known --form and --kind; see --help"));
            return printId(ScheduleService(database).addEntry(*entry));
        });
}

int scheduleExport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), CliText::tr("The .ics file to write."), QStringLiteral("FILE")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Export a body's schedule of a year as iCalendar (.ics)."),
                          {QStringLiteral("FILE"), QStringLiteral("BODY"), QStringLiteral("YEAR")}))
        return *exit;
    if (!parser.isSet(QStringLiteral("out")))
        return usage(CliText::tr("schedule-export needs --out FILE.ics"));
    const QStringList positionals = parser.positionalArguments();
    const auto year = yearFrom(positionals[2]);
    if (!year)
        return usage(yearMessage(positionals[2]));
    return withBody(positionals[0], positionals[1],
                    [&](const Database& database, const Body& body) {
                        const auto entries = ScheduleService(database).entries(body.id, *year);
                        if (!entries)
                            return failWith(entries.error());
                        const Status saved = saveAtomically(parser.value(QStringLiteral("out")),
                                                            scheduleToIcs(body, entries.value()));
                        return saved ? 0 : failWith(saved.error());
                    });
}

int createMeeting(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Create the meeting of a planned date (an id from "
                                      "paragraf-cli schedule)."),
                          {QStringLiteral("FILE"), QStringLiteral("ENTRY")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto entry = idFrom(positionals[1]);
    if (!entry)
        return usage(CliText::tr("\"%1\" is not an entry id.").arg(positionals[1]));
    return withDatabase(positionals[0], [&](const Database& database) {
        return printId(ScheduleService(database).createMeeting(*entry));
    });
}

int notices(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("date"), CliText::tr("As of this day (default today)."),
                      QStringLiteral("DATE")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("List the notices (kallelser) to send in the coming week."),
                          {QStringLiteral("FILE")}))
        return *exit;
    const auto day = dateOption(parser, QStringLiteral("date"), QDate::currentDate());
    if (!day)
        return usage(CliText::tr("--date expects a date like 2024-01-31."));
    return withDatabase(parser.positionalArguments()[0], [&](const Database& database) {
        const auto due = ScheduleService(database).noticesDue(*day);
        if (!due)
            return failWith(due.error());
        QTextStream out(stdout);
        for (const auto& notice : due.value())
            out << notice.entry.date.toString(Qt::ISODate) << '\t' << notice.bodyName << '\t'
                << (notice.overdue ? CliText::tr("overdue since %1") : CliText::tr("due %1"))
                       .arg(noticeDueDate(notice.entry).toString(Qt::ISODate))
                << '\n';
        return 0;
    });
}

// Where the body's numbering of a year starts, or (with --from) sets it and renumbers the
// year's drafts. Prints the year's first number either way.
int numbering(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"),
                      CliText::tr("The year's first paragraph number, when earlier protocols of "
                                  "the year were kept outside Paragraf."),
                      QStringLiteral("NUMBER")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Show or set where a body's paragraph numbering of a year "
                                      "starts."),
                          {QStringLiteral("FILE"), QStringLiteral("BODY"), QStringLiteral("YEAR")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto year = yearFrom(positionals[2]);
    if (!year)
        return usage(yearMessage(positionals[2]));
    std::optional<int> from;
    if (parser.isSet(QStringLiteral("from"))) {
        const QString text = parser.value(QStringLiteral("from"));
        from = numberFrom(text);
        if (!from)
            return usage(
                CliText::tr("\"%1\" is not a paragraph number (write it like 26).").arg(text));
    }
    return withBody(
        positionals[0], positionals[1], [&](const Database& database, const Body& body) {
            NumberingService service(database);
            if (from)
                if (auto status = service.setFirstNumber(body.id, *year, *from); !status)
                    return failWith(status.error());
            const auto first = service.firstNumber(body.id, *year);
            if (!first)
                return failWith(first.error());
            QTextStream(stdout) << first.value() << '\n';
            return 0;
        });
}

} // namespace

QList<Command> rosterCommands() {
    return {
        {"roster", QT_TRANSLATE_NOOP("CliText", "List the members of a body"), roster},
        {"roster-import", QT_TRANSLATE_NOOP("CliText", "Import a roster from CSV"), rosterImport},
        {"schedule", QT_TRANSLATE_NOOP("CliText", "List a body's planned meetings"), schedule},
        {"schedule-add", QT_TRANSLATE_NOOP("CliText", "Add a planned meeting"), scheduleAdd},
        {"schedule-export", QT_TRANSLATE_NOOP("CliText", "Export a schedule as iCalendar"),
         scheduleExport},
        {"create-meeting", QT_TRANSLATE_NOOP("CliText", "Create a meeting from the schedule"),
         createMeeting},
        {"notices", QT_TRANSLATE_NOOP("CliText", "List the notices due"), notices},
        {"numbering", QT_TRANSLATE_NOOP("CliText", "Show or set where a year's numbering starts"),
         numbering},
    };
}

} // namespace paragraf::cli
