// paragraf-cli preside and signatories: who presides from which paragraph, and who signs what.
#include "CliSupport.h"
#include "adjustment/AdjustmentService.h"
#include "i18n/TrContexts.h"
#include "model/Codes.h"
#include "rules/ParagraphRanges.h"
#include "services/MeetingService.h"

#include <QTextStream>

namespace paragraf::cli {
namespace {

const Participant* participantNamed(const MeetingRecord& record, const QString& name) {
    for (const auto& p : record.participants)
        if (p.name == name.trimmed())
            return &p;
    return nullptr;
}

const Paragraph* paragraphOf(const MeetingRecord& record, int number) {
    for (const auto& p : record.paragraphs)
        if (p.number == number)
            return &p;
    return nullptr;
}

// Records (or with --remove takes back) that NAME presides from § N on.
Status changeChair(MeetingService service, const MeetingRecord& record, const QString& name,
                   int number, bool remove) {
    const Participant* who = participantNamed(record, name);
    if (!who)
        return fail(CliText::tr("%1 is not a participant of the meeting.").arg(name));
    const Paragraph* paragraph = paragraphOf(record, number);
    if (!paragraph)
        return fail(CliText::tr("The meeting has no § %1.").arg(number));
    for (const auto& e : record.events)
        if (e.kind == AttendanceEventKind::Preside && e.paragraphId == paragraph->id) {
            if (!remove && e.participantId == who->id)
                return {};
            if (remove && e.participantId != who->id)
                break;
            return remove ? service.removeAttendance(record.meeting.id, e.id)
                          : fail(CliText::tr("Someone else takes the chair at § %1; take that "
                                             "back first with --remove.")
                                     .arg(number));
        }
    if (remove)
        return fail(CliText::tr("%1 does not take the chair at § %2.").arg(who->name).arg(number));
    AttendanceEvent e;
    e.participantId = who->id;
    e.kind = AttendanceEventKind::Preside;
    e.paragraphId = paragraph->id;
    const auto id = service.recordAttendance(record.meeting.id, e);
    return id ? Status{} : fail(id.error());
}

int preside(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("from"), CliText::tr("The first paragraph (§ number) NAME presides over."),
         QStringLiteral("N")},
        {QStringLiteral("remove"), CliText::tr("Take the handover at § N back.")},
    });
    if (auto exit =
            parse(parser, arguments,
                  CliText::tr("Record that NAME presides from § N on, because the chair "
                              "left or is jävig (the chair at the start is the meeting's "
                              "chair)."),
                  {QStringLiteral("FILE"), QStringLiteral("MEETING"), QStringLiteral("NAME")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto number = numberFrom(parser.value(QStringLiteral("from")));
    if (!number)
        return usage(CliText::tr("preside expects a meeting id and --from with a § number."));
    return withLoadedMeeting(
        positionals, [&](const Database& database, const MeetingRecord& record) {
            const Status changed = changeChair(MeetingService(database), record, positionals[2],
                                               *number, parser.isSet(QStringLiteral("remove")));
            return changed ? 0 : failWith(changed.error());
        });
}

// role <TAB> name <TAB> paragraphs, in signing order; then what keeps them from covering it all.
int signatories(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Who signs the protocol and for which paragraphs: the "
                                      "secretary, each chair for the paragraphs presided over, "
                                      "each adjuster for the paragraphs adjusted."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    return withLoadedMeeting(
        parser.positionalArguments(), [](const Database&, const MeetingRecord& record) {
            QTextStream out(stdout);
            for (const Signatory& who : AdjustmentService::signatories(record))
                out << codeOf(who.role) << '\t' << who.name << '\t'
                    << formatParagraphList(who.paragraphNumbers) << '\n';
            const QStringList problems = coverageProblems(record);
            for (const QString& problem : problems)
                QTextStream(stderr) << QStringLiteral("paragraf-cli: ") << problem << '\n';
            return problems.isEmpty() ? 0 : 1;
        });
}

} // namespace

QList<Command> presidingCommands() {
    return {
        {"preside", QT_TRANSLATE_NOOP("CliText", "Record who presides from a paragraph on"),
         preside},
        {"signatories",
         QT_TRANSLATE_NOOP("CliText", "Who signs the protocol, and for which paragraphs"),
         signatories},
    };
}

} // namespace paragraf::cli
