// paragraf-cli subcommands for follow-up: assignments given at a paragraph and how they ended,
// the overview across bodies (text, CSV, PDF), referrals to other bodies and remarks by name.
#include "CliSupport.h"
#include "document/AssignmentOverview.h"
#include "document/DocumentExporter.h"
#include "i18n/TrContexts.h"
#include "io/AtomicFile.h"
#include "model/Codes.h"
#include "rules/FollowUpRules.h"
#include "services/FollowUpService.h"
#include "services/MeetingService.h"
#include "services/RosterService.h"
#include "text/FollowUpParts.h"

#include <QTextStream>

namespace paragraf::cli {
namespace {

// The paragraph FILE MEETING PARAGRAPH names, handed to `work` with its meeting.
template <typename Work> int withParagraph(const QStringList& positionals, Work&& work) {
    const auto meeting = idFrom(positionals.value(1));
    if (!meeting)
        return usage(CliText::tr("\"%1\" is not a meeting id.").arg(positionals.value(1)));
    const auto number = numberFrom(positionals.value(2));
    if (!number)
        return usage(CliText::tr("\"%1\" is not a paragraph number.").arg(positionals.value(2)));
    return withDatabase(positionals[0], [&](const Database& database) {
        const auto record = MeetingService(database).load(*meeting);
        if (!record)
            return failWith(record.error());
        for (const Paragraph& p : record->paragraphs)
            if (p.number == *number)
                return work(database, record.value(), p);
        return failWith(CliText::tr("The meeting has no § %1.").arg(positionals.value(2)));
    });
}

int report(const Status& status, const QString& done) {
    if (!status)
        return failWith(status.error());
    QTextStream(stdout) << done << '\n';
    return 0;
}

int report(const Result<Id>& added, const QString& done) {
    return report(added ? Status() : Status(added.failure()), done);
}

int assign(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("holder"),
         CliText::tr("Who holds it: a participant or member (full or unique first name), an "
                     "organisation, or a group in words. Repeat for several."),
         QStringLiteral("NAME")},
        {QStringLiteral("due"),
         CliText::tr("Due by this day (YYYY-MM-DD); without it, by the "
                     "next meeting."),
         QStringLiteral("DATE")},
    });
    if (auto exit =
            parse(parser, arguments, CliText::tr("Record an assignment given at a paragraph."),
                  {QStringLiteral("FILE"), QStringLiteral("MEETING"), QStringLiteral("PARAGRAPH"),
                   QStringLiteral("TEXT")}))
        return *exit;
    const auto due = dateOption(parser, QStringLiteral("due"), QDate());
    if (!due)
        return usage(CliText::tr("--due expects a date (YYYY-MM-DD)."));
    const QStringList positionals = parser.positionalArguments();
    return withParagraph(positionals, [&](const Database& database, const MeetingRecord& record,
                                          const Paragraph& p) {
        FollowUpService service(database);
        Assignment a;
        a.text = positionals[3];
        a.due = *due;
        for (const QString& name : parser.values(QStringLiteral("holder"))) {
            const auto holder = service.holderNamed(record, name);
            if (!holder)
                return failWith(holder.error());
            a.holders << holder.value();
        }
        return report(service.addAssignment(p.id, a),
                      CliText::tr("§ %1: %2").arg(p.number).arg(assignmentSentence(a)));
    });
}

int closeAssignment(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("status"), CliText::tr("done, cancelled, or open to open it again."),
         QStringLiteral("STATUS")},
        {QStringLiteral("on"), CliText::tr("The day it was closed (default today)."),
         QStringLiteral("DATE")},
        {QStringLiteral("note"), CliText::tr("What came of it, or why it was cancelled."),
         QStringLiteral("TEXT")},
        {QStringLiteral("meeting"), CliText::tr("The later meeting where it was closed."),
         QStringLiteral("ID")},
        {QStringLiteral("paragraph"), CliText::tr("The paragraph (§) of that meeting."),
         QStringLiteral("NUMBER")},
    });
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Record how an assignment ended (or open it again)."),
                          {QStringLiteral("FILE"), QStringLiteral("ASSIGNMENT")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto id = idFrom(positionals[1]);
    const auto status = enumFromCode<AssignmentStatus>(
        parser.value(QStringLiteral("status")).isEmpty() ? QStringLiteral("done")
                                                         : parser.value(QStringLiteral("status")));
    const auto on = dateOption(parser, QStringLiteral("on"), QDate::currentDate());
    const auto meeting = parser.isSet(QStringLiteral("meeting"))
                             ? idFrom(parser.value(QStringLiteral("meeting")))
                             : std::optional<Id>(NoId);
    const auto number = parser.isSet(QStringLiteral("paragraph"))
                            ? numberFrom(parser.value(QStringLiteral("paragraph")))
                            : std::optional<int>(0);
    if (!id || !status || !on || !meeting || !number)
        return usage(CliText::tr("Give an assignment id, --status done|cancelled|open, "
                                 "--on YYYY-MM-DD and --meeting ID --paragraph NUMBER."));
    return withDatabase(positionals[0], [&](const Database& database) {
        Assignment ending;
        ending.status = *status;
        ending.closedOn = *on;
        ending.note = parser.value(QStringLiteral("note"));
        if (parser.isSet(QStringLiteral("meeting"))) {
            const auto record = MeetingService(database).load(*meeting);
            if (!record)
                return failWith(record.error());
            for (const Paragraph& p : record->paragraphs)
                if (p.number == *number)
                    ending.closedAt = p.id;
            if (ending.closedAt == NoId)
                return failWith(CliText::tr("The meeting has no § %1.")
                                    .arg(parser.value(QStringLiteral("paragraph"))));
        }
        return report(FollowUpService(database).closeAssignment(*id, ending),
                      CliText::tr("Assignment %1: %2").arg(*id).arg(codeOf(*status)));
    });
}

std::optional<AssignmentState> stateFrom(const QString& text) {
    if (text.isEmpty() || text == QLatin1String("open"))
        return AssignmentState::Open;
    if (text == QLatin1String("overdue"))
        return AssignmentState::Overdue;
    if (text == QLatin1String("closed"))
        return AssignmentState::RecentlyClosed;
    if (text == QLatin1String("all"))
        return AssignmentState::All;
    return std::nullopt;
}

// --body and --person by name, into a selection.
Result<AssignmentSelection> selectionFrom(const Database& database,
                                          const QCommandLineParser& parser) {
    AssignmentSelection selection;
    if (const QString body = parser.value(QStringLiteral("body")); !body.isEmpty()) {
        const auto id = RosterService(database).findBody(body);
        if (!id || id.value() == NoId)
            return fail(CliText::tr("There is no body named \"%1\".").arg(body));
        selection.bodyId = id.value();
    }
    if (const QString person = parser.value(QStringLiteral("person")); !person.isEmpty()) {
        const auto id = FollowUpService(database).personNamed(person);
        if (!id || id.value() == NoId)
            return fail(CliText::tr("There is no person named \"%1\".").arg(person));
        selection.personId = id.value();
    }
    return selection;
}

int writeOverviewFiles(const QCommandLineParser& parser, const AssignmentOverview& overview) {
    if (const QString csv = parser.value(QStringLiteral("csv")); !csv.isEmpty()) {
        if (const Status saved = saveAtomically(csv, assignmentsCsv(overview.rows, overview.today));
            !saved)
            return failWith(saved.error());
    }
    if (const QString pdf = parser.value(QStringLiteral("pdf")); !pdf.isEmpty())
        if (auto status = exportPdf([&] { return buildAssignmentOverview(overview); }, pdf);
            !status)
            return failWith(status.error());
    return 0;
}

int assignments(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("body"), CliText::tr("Only the assignments of this body."),
         QStringLiteral("NAME")},
        {QStringLiteral("person"), CliText::tr("Only those this person holds."),
         QStringLiteral("NAME")},
        {QStringLiteral("state"),
         CliText::tr("open (default), overdue, closed (within 30 days) or all."),
         QStringLiteral("STATE")},
        {QStringLiteral("today"), CliText::tr("Count from this day (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("csv"), CliText::tr("Also write them as CSV for a spreadsheet."),
         QStringLiteral("FILE")},
        {QStringLiteral("pdf"), CliText::tr("Also write them as a PDF."), QStringLiteral("FILE")},
    });
    if (auto exit = parse(parser, arguments,
                          CliText::tr("List the assignments across bodies: open, overdue or "
                                      "recently closed."),
                          {QStringLiteral("FILE")}))
        return *exit;
    const auto state = stateFrom(parser.value(QStringLiteral("state")));
    const auto today = dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!state || !today)
        return usage(CliText::tr("--state expects open, overdue, closed or all, and --today "
                                 "a date (YYYY-MM-DD)."));
    return withDatabase(parser.positionalArguments()[0], [&](const Database& database) {
        const auto selection = selectionFrom(database, parser);
        if (!selection)
            return failWith(selection.error());
        const auto rows = FollowUpService(database).assignments(selection.value());
        if (!rows)
            return failWith(rows.error());
        AssignmentOverview overview{selectionTitle(*state, parser.value(QStringLiteral("body")),
                                                   parser.value(QStringLiteral("person"))),
                                    *today, selectAssignments(rows.value(), *state, *today)};
        QTextStream out(stdout);
        for (const AssignmentRow& row : overview.rows)
            out << row.assignment.id << '\t' << statusText(row, *today) << '\t'
                << (row.dueOn.isValid() ? row.dueOn.toString(Qt::ISODate) : QStringLiteral("-"))
                << '\t' << referenceText(row.origin) << '\t' << row.assignment.text << '\t'
                << holderNames(row.assignment.holders) << '\n';
        out.flush();
        return writeOverviewFiles(parser, overview);
    });
}

int refer(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("raise"), CliText::tr("The question is raised (lyfts) rather than the "
                                              "matter referred (hänskjuts).")},
        {QStringLiteral("note"), CliText::tr("What the other body is asked."),
         QStringLiteral("TEXT")},
    });
    if (auto exit =
            parse(parser, arguments, CliText::tr("Refer a paragraph's matter to another body."),
                  {QStringLiteral("FILE"), QStringLiteral("MEETING"), QStringLiteral("PARAGRAPH"),
                   QStringLiteral("BODY")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    return withParagraph(positionals, [&](const Database& database, const MeetingRecord&,
                                          const Paragraph& p) {
        const auto body = RosterService(database).findBody(positionals[3]);
        if (!body || body.value() == NoId)
            return failWith(CliText::tr("There is no body named \"%1\".").arg(positionals[3]));
        Referral r;
        r.kind = parser.isSet(QStringLiteral("raise")) ? ReferralKind::Raise : ReferralKind::Refer;
        r.toBodyId = body.value();
        r.toBodyName = positionals[3];
        r.note = parser.value(QStringLiteral("note"));
        return report(FollowUpService(database).addReferral(p.id, r),
                      CliText::tr("§ %1: %2").arg(p.number).arg(referralSentence(r)));
    });
}

int incoming(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments,
                          CliText::tr("List the matters other bodies referred to a body."),
                          {QStringLiteral("FILE"), QStringLiteral("BODY")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    return withDatabase(positionals[0], [&](const Database& database) {
        const auto body = RosterService(database).findBody(positionals[1]);
        if (!body || body.value() == NoId)
            return failWith(CliText::tr("There is no body named \"%1\".").arg(positionals[1]));
        const auto rows = FollowUpService(database).referralsTo(body.value());
        if (!rows)
            return failWith(rows.error());
        QTextStream out(stdout);
        for (const ReferralRow& row : rows.value())
            out << row.referral.id << '\t'
                << (row.takenUpAt.paragraphId == NoId
                        ? CliText::tr("waiting")
                        : CliText::tr("taken up at %1").arg(referenceText(row.takenUpAt)))
                << '\t' << referenceText(row.origin) << '\t' << referralSentence(row.referral)
                << '\n';
        return 0;
    });
}

int takeUp(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Take up a referred matter at a paragraph of the body it "
                                      "was referred to."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING"),
                           QStringLiteral("PARAGRAPH"), QStringLiteral("REFERRAL")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto referral = idFrom(positionals[3]);
    if (!referral)
        return usage(CliText::tr("\"%1\" is not a referral id.").arg(positionals[3]));
    return withParagraph(positionals,
                         [&](const Database& database, const MeetingRecord&, const Paragraph& p) {
                             return report(FollowUpService(database).takeUp(*referral, p.id),
                                           CliText::tr("Taken up at § %1.").arg(p.number));
                         });
}

int say(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("by"),
                      CliText::tr("Who made the remark (full or unique first name). Repeat for "
                                  "several."),
                      QStringLiteral("NAME")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Record a remark at a paragraph, attributed by name."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING"),
                           QStringLiteral("PARAGRAPH"), QStringLiteral("TEXT")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    return withParagraph(positionals, [&](const Database& database, const MeetingRecord& record,
                                          const Paragraph& p) {
        Viewpoint v;
        v.text = positionals[3];
        const auto speakers =
            speakersNamed(record, p.id, parser.values(QStringLiteral("by")).join(QLatin1Char(',')));
        if (!speakers)
            return failWith(speakers.error());
        v.speakerIds = speakers.value();
        return report(FollowUpService(database).addViewpoint(p.id, v),
                      CliText::tr("§ %1: %2: %3")
                          .arg(p.number)
                          .arg(speakerNames(record, v.speakerIds), v.text));
    });
}

} // namespace

QList<Command> followUpCommands() {
    return {
        {"assign", QT_TRANSLATE_NOOP("CliText", "Record an assignment given at a paragraph"),
         assign},
        {"close-assignment", QT_TRANSLATE_NOOP("CliText", "Record how an assignment ended"),
         closeAssignment},
        {"assignments", QT_TRANSLATE_NOOP("CliText", "List assignments across bodies (CSV, PDF)"),
         assignments},
        {"refer", QT_TRANSLATE_NOOP("CliText", "Refer a paragraph's matter to another body"),
         refer},
        {"incoming", QT_TRANSLATE_NOOP("CliText", "List the matters referred to a body"), incoming},
        {"take-up", QT_TRANSLATE_NOOP("CliText", "Take up a referred matter at a paragraph"),
         takeUp},
        {"say", QT_TRANSLATE_NOOP("CliText", "Record a remark at a paragraph, by name"), say},
    };
}

} // namespace paragraf::cli
