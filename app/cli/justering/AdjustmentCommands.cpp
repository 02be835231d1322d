// paragraf-cli subcommands for justering: send a protocol for adjustment, record signatures and
// verify that an adjusted protocol is intact.
#include "CliSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/WaitingService.h"
#include "i18n/TrContexts.h"
#include "model/Codes.h"
#include "rules/ParagraphRanges.h"
#include "services/MeetingService.h"
#include "text/CanonicalForm.h"
#include "text/DecisionCheck.h"

#include <QTextStream>

namespace paragraf::cli {
namespace {

int sendForAdjustment(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit =
            parse(parser, arguments, CliText::tr("Send a protocol for adjustment (justering)."),
                  {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto meeting = idFrom(positionals[1]);
    if (!meeting)
        return usage(CliText::tr("\"%1\" is not a meeting id.").arg(positionals[1]));
    return withDatabase(positionals[0], [&](const Database& database) {
        const auto record = MeetingService(database).load(*meeting);
        const Status sent = AdjustmentService(database).sendForAdjustment(*meeting);
        if (!sent)
            return failWith(sent.error());
        // Sent all the same: a decision may say it in other words; the secretary looks.
        if (record)
            for (const QString& against :
                 decisionsAgainstOutcome(record.value(), timelineOf(record.value())))
                QTextStream(stderr) << CliText::tr("Check the decision at %1").arg(against) << '\n';
        return 0;
    });
}

// The signatory is found by role and name among the protocol's signatories.
int sign(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("on-paper"), CliText::tr("Record a signature made on paper.")},
        {QStringLiteral("refuse"), CliText::tr("Record a refusal to sign, with its reason."),
         QStringLiteral("REASON")},
    });
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Sign a protocol as its secretary, chair or adjuster: ROLE "
                                      "is secretary, chair or adjuster, NAME the signatory's "
                                      "name as confirmation."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING"),
                           QStringLiteral("ROLE"), QStringLiteral("NAME")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto meeting = idFrom(positionals[1]);
    const auto role = enumFromCode<SignatoryRole>(positionals[2]);
    if (!meeting || !role)
        return usage(CliText::tr("sign expects a meeting id and secretary, chair or adjuster."));
    const SigningMethod method = parser.isSet(QStringLiteral("refuse")) ? SigningMethod::Refused
                                 : parser.isSet(QStringLiteral("on-paper"))
                                     ? SigningMethod::OnPaper
                                     : SigningMethod::InPerson;
    return withDatabase(positionals[0], [&](const Database& database) {
        const auto record = MeetingService(database).load(*meeting);
        if (!record)
            return failWith(record.error());
        Id participant = NoId;
        for (const Signatory& who : AdjustmentService::signatories(record.value()))
            if (who.role == *role && who.name == positionals[3].trimmed())
                participant = who.participantId;
        const auto signature =
            AdjustmentService(database).sign(*meeting, *role, participant, positionals[3], method,
                                             parser.value(QStringLiteral("refuse")));
        if (!signature)
            return failWith(signature.error());
        QTextStream(stdout) << signature->contentHash << '\n';
        return 0;
    });
}

// What kind of finding the lines below are: a protocol changed outside Paragraf is not the same
// as an archived one adjusted before signatures were recorded, whose content nothing can check.
QString findingsInOneLine(const Verification& verification) {
    if (verification.altered())
        return CliText::tr("Not intact: the protocol was changed outside Paragraf after it was "
                           "signed or adjusted (its content, a chain or who signed).");
    const bool adjusted = verification.problems({FindingKind::NotAdjusted}).isEmpty();
    if (adjusted && verification.signatures.isEmpty())
        return CliText::tr("Adjusted without signatures recorded in Paragraf: nothing was found "
                           "changed, but without a signature its content cannot be checked.");
    return {};
}

int verify(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Verify an adjusted protocol: exit 0 when it is intact and "
                                      "fully signed, 1 with what differs."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto meeting = idFrom(positionals[1]);
    if (!meeting)
        return usage(CliText::tr("\"%1\" is not a meeting id.").arg(positionals[1]));
    return withDatabase(positionals[0], [&](const Database& database) {
        const auto verification = AdjustmentService(database).verify(*meeting);
        if (!verification)
            return failWith(verification.error());
        QTextStream out(stdout);
        out << QStringLiteral("SHA-256 ") << verification->contentHash << '\n';
        for (const auto& s : verification->signatures)
            out << codeOf(s.role) << '\t' << s.name << '\t' << s.signedAt.toString(Qt::ISODate)
                << '\t' << codeOf(s.method) << '\t' << s.contentHash << '\n';
        // The register of issued documents: not signed content, but checked with it.
        for (const auto& d : verification->issued)
            out << QStringLiteral("issued") << '\t' << d.kind
                << (d.paragraphs.isEmpty() ? QString() : QStringLiteral(" ") + d.paragraphs) << '\t'
                << d.fileName << '\t' << d.issuedAt.toString(Qt::ISODate) << '\t' << d.sha256
                << '\n';
        if (verification->intact()) {
            out << CliText::tr("Intact and signed by all.") << '\n';
            return 0;
        }
        QTextStream err(stderr);
        if (const QString kind = findingsInOneLine(verification.value()); !kind.isEmpty())
            err << QStringLiteral("paragraf-cli: ") << kind << '\n';
        for (const QString& problem : verification->problems())
            err << QStringLiteral("paragraf-cli: ") << problem << '\n';
        return 1;
    });
}

// On a server, as the login's own person: the name is the meeting's, the time the server's.
int signAsLogin(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("refuse"), CliText::tr("Refuse to sign, with the reason."),
         QStringLiteral("REASON")},
    });
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Sign a protocol on the server as the person you are logged "
                                      "in as, in every role you have in it."),
                          {QStringLiteral("SERVER"), QStringLiteral("MEETING")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto meeting = idFrom(positionals[1]);
    if (!meeting)
        return usage(CliText::tr("\"%1\" is not a meeting id.").arg(positionals[1]));
    const bool refuse = parser.isSet(QStringLiteral("refuse"));
    return withDatabase(positionals[0], [&](const Database& database) {
        const auto made = AdjustmentService(database).signAsLogin(
            *meeting, refuse ? SigningMethod::Refused : SigningMethod::InPerson,
            parser.value(QStringLiteral("refuse")));
        if (!made)
            return failWith(made.error());
        for (const Signature& s : made.value())
            QTextStream(stdout) << codeOf(s.role) << '\t' << s.name << '\t'
                                << s.signedAt.toString(Qt::ISODate) << '\t' << s.contentHash
                                << '\n';
        return 0;
    });
}

// One line per protocol: id, date, body, roles, and what else there is to know.
int waiting(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments,
                          CliText::tr("The protocols out for adjustment that wait for your "
                                      "signature, as the person you are logged in as."),
                          {QStringLiteral("SERVER")}))
        return *exit;
    return withDatabase(parser.positionalArguments().first(), [&](const Database& database) {
        WaitingService service(database);
        const auto me = service.me();
        if (!me)
            return failWith(me.error());
        if (me->personId == NoId)
            return failWith(CliText::tr("This login is not a person's: nothing waits for it."));
        const auto waiting = service.waiting();
        if (!waiting)
            return failWith(waiting.error());
        QTextStream out(stdout);
        for (const WaitingProtocol& w : waiting.value()) {
            QStringList roles;
            for (const Signatory& who : w.roles)
                roles << codeOf(who.role) +
                             (who.wholeProtocol
                                  ? QString()
                                  : QLatin1Char(' ') + formatParagraphList(who.paragraphNumbers));
            QStringList notes;
            if (w.signedEarlier)
                notes << CliText::tr("corrected since you signed");
            if (w.openRemarks > 0)
                notes << CliText::tr("%n remark(s) unanswered", "", w.openRemarks);
            if (w.answeredRemarks > 0)
                notes << CliText::tr("%n remark(s) answered", "", w.answeredRemarks);
            out << w.meetingId << '\t' << w.date.toString(Qt::ISODate) << '\t' << w.body << '\t'
                << roles.join(QStringLiteral(", ")) << '\t' << notes.join(QStringLiteral("; "))
                << '\n';
        }
        return 0;
    });
}

} // namespace

QList<Command> adjustmentCommands() {
    return {
        {"send-for-adjustment", QT_TRANSLATE_NOOP("CliText", "Send a protocol for adjustment"),
         sendForAdjustment},
        {"sign", QT_TRANSLATE_NOOP("CliText", "Sign a protocol (or refuse, with a reason)"), sign},
        {"verify", QT_TRANSLATE_NOOP("CliText", "Verify that an adjusted protocol is intact"),
         verify},
        {"waiting", QT_TRANSLATE_NOOP("CliText", "The protocols waiting for your signature"),
         waiting},
        {"sign-as-login",
         QT_TRANSLATE_NOOP("CliText", "Sign on the server as the person you are logged in as"),
         signAsLogin},
    };
}

} // namespace paragraf::cli
