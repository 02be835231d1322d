// paragraf-cli rollcall: the roll call (upprop) at the start of a meeting, as at the desk.
#include "CliSupport.h"
#include "i18n/TrContexts.h"
#include "rules/RollCall.h"
#include "services/MeetingService.h"

#include <QTextStream>
#include <algorithm>

namespace paragraf::cli {
namespace {

// One line per member: name, party, and what the roll call made of them.
void printRollCall(const MeetingRecord& record) {
    QTextStream out(stdout);
    for (const Participant& member : record.participants) {
        if (member.kind != ParticipantKind::Member)
            continue;
        QString state =
            member.presentAtStart ? QStringLiteral("närvarande") : QStringLiteral("frånvarande");
        for (const Participant& s : record.participants)
            if (s.servesForAtStart == member.id)
                state = QStringLiteral("ersätts av %1").arg(s.name);
        out << member.name << '\t' << member.party << '\t' << state << '\n';
    }
}

Status write(MeetingService& service, Id meetingId, const QList<RollCallChange>& changes) {
    QList<Participant> after;
    for (const auto& change : changes)
        after << change.after;
    return changes.isEmpty() ? Status() : service.updateParticipants(meetingId, after);
}

// Everyone present when no member is yet (as the desk's roll call starts), then the named
// absent, each with the next substitute of the party called in; --present takes one back.
Status takeRollCall(MeetingService& service, Id meetingId, const QStringList& absent,
                    const QStringList& present) {
    auto record = service.load(meetingId);
    if (!record)
        return fail(record.error());
    const auto& participants = record->participants;
    if (std::none_of(participants.cbegin(), participants.cend(), [](const Participant& p) {
            return p.kind == ParticipantKind::Member && p.presentAtStart;
        }))
        if (auto status = write(service, meetingId, RollCall::allPresent(participants)); !status)
            return status;
    for (const auto& [names, absentNow] : {std::pair{absent, true}, std::pair{present, false}})
        for (const QString& name : names) {
            record = service.load(meetingId);
            if (!record)
                return fail(record.error());
            const auto who = RollCall::named(record->participants, name);
            if (!who)
                return fail(who.error());
            const auto step = absentNow ? RollCall::markAbsent(record->participants, who.value())
                                        : RollCall::markPresent(record->participants, who.value());
            if (!step)
                return fail(step.error());
            if (auto status = write(service, meetingId, step->changes); !status)
                return status;
            if (!step->noSubstitute.isEmpty())
                QTextStream(stderr) << step->noSubstitute << '\n';
        }
    return {};
}

int rollCall(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("absent"),
                      CliText::tr("A member absent from the start (name or the start of one); "
                                  "the next substitute of the party is called in. Repeatable."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("present"),
                      CliText::tr("Present after all: takes back an absence. Repeatable."),
                      QStringLiteral("NAME")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Take the roll call (upprop): everyone present but the "
                                      "absent, each replaced by the next substitute of the party "
                                      "in the order of election. Prints the roll call."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto meeting = idFrom(positionals[1]);
    if (!meeting)
        return usage(CliText::tr("\"%1\" is not a meeting id.").arg(positionals[1]));
    return withDatabase(positionals[0], [&](const Database& database) {
        MeetingService service(database);
        const QStringList absent = parser.values(QStringLiteral("absent"));
        const QStringList present = parser.values(QStringLiteral("present"));
        if (!absent.isEmpty() || !present.isEmpty())
            if (auto status = takeRollCall(service, *meeting, absent, present); !status)
                return failWith(status.error());
        const auto record = service.load(*meeting);
        if (!record)
            return failWith(record.error());
        printRollCall(record.value());
        return 0;
    });
}

} // namespace

QList<Command> rollCallCommands() {
    return {
        {"rollcall", QT_TRANSLATE_NOOP("CliText", "Take or show a meeting's roll call"), rollCall}};
}

} // namespace paragraf::cli
