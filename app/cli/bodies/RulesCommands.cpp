// paragraf-cli subcommands for the body's own rules (reglemente, arbetsordning) and a meeting's
// copy of them.
#include "CliSupport.h"
#include "i18n/TrContexts.h"
#include "services/MeetingService.h"
#include "services/RulesService.h"

#include <QTextStream>

namespace paragraf::cli {
namespace {

QString yesNo(bool value) {
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString appendixCode(AppendixChoice choice) {
    switch (choice) {
    case AppendixChoice::Always:
        return QStringLiteral("always");
    case AppendixChoice::Never:
        return QStringLiteral("never");
    case AppendixChoice::BySize:
        break;
    }
    return QStringLiteral("by-size");
}

// The options both commands share: the rules that change what a protocol says.
void addMeetingRuleOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {QStringLiteral("prefix"), CliText::tr("Paragraph prefix, e.g. KS (\"\" for none)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("adjusters"), CliText::tr("Adjusters required besides the chair."),
         QStringLiteral("N")},
        {QStringLiteral("signature-label"),
         CliText::tr("Label of the signature block, e.g. \"Justeras av\"."),
         QStringLiteral("TEXT")},
        {QStringLiteral("att-clauses"),
         CliText::tr("Print att-clause decisions one clause a line (yes or no)."),
         QStringLiteral("YES|NO")},
        {QStringLiteral("rejoin"),
         CliText::tr("A member who left may serve again when no substitute stepped in (yes or "
                     "no)."),
         QStringLiteral("YES|NO")},
    });
}

std::optional<bool> yesNoFrom(const QString& text) {
    if (text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("no"))
        return false;
    return std::nullopt;
}

// The options given, applied to `rules`; an error message when one is not understood.
QString applyMeetingRuleOptions(const QCommandLineParser& parser, MeetingRules& rules) {
    if (parser.isSet(QStringLiteral("prefix")))
        rules.paragraphPrefix = parser.value(QStringLiteral("prefix")).trimmed();
    if (parser.isSet(QStringLiteral("adjusters"))) {
        const auto number = numberFrom(parser.value(QStringLiteral("adjusters")));
        if (!number)
            return CliText::tr("--adjusters expects a number like 2.");
        rules.adjustersRequired = *number;
    }
    if (parser.isSet(QStringLiteral("signature-label")))
        rules.signatureLabel = parser.value(QStringLiteral("signature-label")).trimmed();
    for (const auto& [name, field] : {std::pair{QStringLiteral("att-clauses"), &rules.attClauses},
                                      std::pair{QStringLiteral("rejoin"), &rules.rejoinAllowed}}) {
        if (!parser.isSet(name))
            continue;
        const auto value = yesNoFrom(parser.value(name));
        if (!value)
            return CliText::tr("--%1 expects yes or no.").arg(name);
        *field = *value;
    }
    return {};
}

void printMeetingRules(QTextStream& out, const MeetingRules& rules) {
    out << "prefix\t" << rules.paragraphPrefix << '\n'
        << "adjusters\t" << rules.adjustersRequired << '\n'
        << "signature-label\t" << rules.signatureLabel << '\n'
        << "att-clauses\t" << yesNo(rules.attClauses) << '\n'
        << "rejoin\t" << yesNo(rules.rejoinAllowed) << '\n';
}

QString applyNoticeOptions(const QCommandLineParser& parser, BodyRules& rules) {
    if (parser.isSet(QStringLiteral("appendix"))) {
        const QString text = parser.value(QStringLiteral("appendix"));
        bool found = false;
        for (AppendixChoice choice :
             {AppendixChoice::BySize, AppendixChoice::Always, AppendixChoice::Never})
            if (appendixCode(choice) == text) {
                rules.appendix = choice;
                found = true;
            }
        if (!found)
            return CliText::tr("--appendix expects by-size, always or never.");
    }
    if (parser.isSet(QStringLiteral("notice-signer")))
        rules.notice.signerName = parser.value(QStringLiteral("notice-signer")).trimmed();
    if (parser.isSet(QStringLiteral("notice-title")))
        rules.notice.signerTitle = parser.value(QStringLiteral("notice-title")).trimmed();
    if (parser.isSet(QStringLiteral("notice-wording")))
        rules.notice.wording = parser.value(QStringLiteral("notice-wording")).trimmed();
    if (parser.isSet(QStringLiteral("notice-days"))) {
        const auto days = numberFrom(parser.value(QStringLiteral("notice-days")));
        if (!days)
            return CliText::tr("--notice-days expects a number of days like 21.");
        rules.notice.days = *days;
    }
    if (parser.isSet(QStringLiteral("mask-wording")))
        rules.maskWording = parser.value(QStringLiteral("mask-wording")).trimmed();
    return {};
}

int bodyRules(const QStringList& arguments) {
    QCommandLineParser parser;
    addMeetingRuleOptions(parser);
    parser.addOptions({
        {QStringLiteral("appendix"),
         CliText::tr("Deciding members in an appendix: by-size (above 25 members), always or "
                     "never."),
         QStringLiteral("CHOICE")},
        {QStringLiteral("notice-signer"),
         CliText::tr("Who posts and signs the anslagsbevis (\"\": the secretary)."),
         QStringLiteral("NAME")},
        {QStringLiteral("notice-title"), CliText::tr("The signer's title."),
         QStringLiteral("TEXT")},
        {QStringLiteral("notice-wording"), CliText::tr("The anslagsbevis' title line."),
         QStringLiteral("TEXT")},
        {QStringLiteral("notice-days"), CliText::tr("How many days the notice stays up."),
         QStringLiteral("N")},
        {QStringLiteral("mask-wording"),
         CliText::tr("What the web copy prints where something is masked (\"\": \"[uppgift "
                     "borttagen enligt GDPR/OSL]\")."),
         QStringLiteral("TEXT")},
    });
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Show or set the body's own rules (reglemente, "
                                      "arbetsordning). New meetings copy them."),
                          {QStringLiteral("FILE"), QStringLiteral("BODY")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    return withDatabase(positionals[0], [&](const Database& database) {
        const auto body = findBody(database, positionals[1]);
        if (!body)
            return failWith(body.error());
        RulesService service(database);
        auto rules = service.bodyRules(body->id);
        if (!rules)
            return failWith(rules.error());
        BodyRules changed = rules.value();
        QString problem = applyMeetingRuleOptions(parser, changed.meeting);
        if (problem.isEmpty())
            problem = applyNoticeOptions(parser, changed);
        if (!problem.isEmpty())
            return usage(problem);
        if (changed != rules.value())
            if (auto status = service.setBodyRules(body->id, changed); !status)
                return failWith(status.error());
        QTextStream out(stdout);
        printMeetingRules(out, changed.meeting);
        out << "appendix\t" << appendixCode(changed.appendix) << '\n'
            << "notice-signer\t" << changed.notice.signerName << '\n'
            << "notice-title\t" << changed.notice.signerTitle << '\n'
            << "notice-wording\t" << changed.notice.wording << '\n'
            << "notice-days\t" << changed.notice.days << '\n'
            << "mask-wording\t" << changed.maskWording << '\n';
        return 0;
    });
}

int meetingRules(const QStringList& arguments) {
    QCommandLineParser parser;
    addMeetingRuleOptions(parser);
    parser.addOption({QStringLiteral("appendix"),
                      CliText::tr("Deciding members in an appendix (yes or no)."),
                      QStringLiteral("YES|NO")});
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Show or set a meeting's copy of its body's rules (only "
                                      "while it is a draft)."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto id = idFrom(positionals[1]);
    if (!id)
        return usage(CliText::tr("\"%1\" is not a meeting id; paragraf-cli list shows them.")
                         .arg(positionals[1]));
    return withDatabase(positionals[0], [&](const Database& database) {
        RulesService service(database);
        const auto rules = service.meetingRules(*id);
        if (!rules)
            return failWith(rules.error());
        if (auto meeting = MeetingService(database).load(*id); !meeting)
            return failWith(meeting.error());
        MeetingRules changed = rules.value();
        if (const QString problem = applyMeetingRuleOptions(parser, changed); !problem.isEmpty())
            return usage(problem);
        if (parser.isSet(QStringLiteral("appendix"))) {
            const auto value = yesNoFrom(parser.value(QStringLiteral("appendix")));
            if (!value)
                return usage(
                    CliText::tr("--%1 expects yes or no.").arg(QStringLiteral("appendix")));
            changed.attendanceAppendix = *value;
        }
        if (changed != rules.value())
            if (auto status = service.setMeetingRules(*id, changed); !status)
                return failWith(status.error());
        QTextStream out(stdout);
        printMeetingRules(out, changed);
        out << "appendix\t" << yesNo(changed.attendanceAppendix) << '\n';
        return 0;
    });
}

} // namespace

QList<Command> rulesCommands() {
    return {
        {"body-rules", QT_TRANSLATE_NOOP("CliText", "Show or set a body's own rules"), bodyRules},
        {"meeting-rules", QT_TRANSLATE_NOOP("CliText", "Show or set a meeting's copy of the rules"),
         meetingRules},
    };
}

} // namespace paragraf::cli
