// paragraf-cli subcommands for the clock facts of a meeting: adjournments (ajournering) and
// the time of the adjustment ("Justeringens tid och plats").
#include "CliSupport.h"
#include "i18n/TrContexts.h"
#include "services/AdjournmentService.h"
#include "services/MeetingService.h"

#include <QTextStream>

namespace paragraf::cli {
namespace {

QString hhmm(const QTime& t) {
    return t.toString(QStringLiteral("HH:mm"));
}

// "12:00-13:00 after § 7 (lunch)", as the list prints it.
QString describe(const MeetingRecord& record, const Adjournment& a) {
    QString where = CliText::tr("before the first paragraph");
    for (const auto& p : record.paragraphs)
        if (p.id == a.paragraphId)
            where = (a.withinParagraph ? CliText::tr("inside § %1") : CliText::tr("after § %1"))
                        .arg(p.number);
    const QString end = a.isOpen() ? CliText::tr("(still adjourned)") : hhmm(a.end);
    return QStringLiteral("%1-%2 %3%4")
        .arg(hhmm(a.start), end, where,
             a.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.reason));
}

template <typename Work> int withRecord(const QStringList& positionals, Work&& work) {
    const auto meeting = idFrom(positionals.value(1));
    if (!meeting)
        return usage(CliText::tr("\"%1\" is not a meeting id; paragraf-cli list shows them.")
                         .arg(positionals.value(1)));
    return withDatabase(positionals[0], [&](const Database& database) {
        const auto record = MeetingService(database).load(*meeting);
        if (!record)
            return failWith(record.error());
        return work(database, record.value());
    });
}

int adjourn(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("paragraph"),
         CliText::tr("The paragraph (§) it happened in or after; without it, before the first."),
         QStringLiteral("NUMBER")},
        {QStringLiteral("within"),
         CliText::tr("Inside the paragraph (printed in its text) rather than after it.")},
        {QStringLiteral("reason"), CliText::tr("Why, e.g. lunch or gruppöverläggningar."),
         QStringLiteral("TEXT")},
    });
    if (auto exit = parse(parser, arguments, CliText::tr("Record an adjournment of a meeting."),
                          {QStringLiteral("FILE"), QStringLiteral("MEETING"),
                           QStringLiteral("FROM"), QStringLiteral("TO")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto from = timeFrom(positionals[2]);
    const auto to = timeFrom(positionals[3]);
    const auto number = parser.isSet(QStringLiteral("paragraph"))
                            ? numberFrom(parser.value(QStringLiteral("paragraph")))
                            : std::optional<int>(0);
    if (!from || !to || !number)
        return usage(CliText::tr("Give the times as HH:MM and --paragraph as a § number."));
    return withRecord(positionals, [&](const Database& database, const MeetingRecord& record) {
        Adjournment a;
        a.start = *from;
        a.end = *to;
        a.reason = parser.value(QStringLiteral("reason")).trimmed();
        a.withinParagraph = parser.isSet(QStringLiteral("within"));
        for (const auto& p : record.paragraphs)
            if (p.number == *number)
                a.paragraphId = p.id;
        if (*number != 0 && a.paragraphId == NoId)
            return failWith(CliText::tr("The meeting has no § %1.").arg(*number));
        const auto id = AdjournmentService(database).add(record.meeting.id, a);
        if (!id)
            return failWith(id.error());
        QTextStream(stdout) << id.value() << '\t' << describe(record, a) << '\n';
        return 0;
    });
}

int listAdjournments(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit =
            parse(parser, arguments, CliText::tr("List a meeting's adjournments with their ids."),
                  {QStringLiteral("FILE"), QStringLiteral("MEETING")}))
        return *exit;
    return withRecord(parser.positionalArguments(),
                      [](const Database&, const MeetingRecord& record) {
                          QTextStream out(stdout);
                          for (const auto& a : record.adjournments)
                              out << a.id << '\t' << describe(record, a) << '\n';
                          return 0;
                      });
}

int removeAdjournment(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit = parse(parser, arguments, CliText::tr("Remove an adjournment."),
                          {QStringLiteral("FILE"), QStringLiteral("ADJOURNMENT")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const auto id = idFrom(positionals[1]);
    if (!id)
        return usage(CliText::tr("\"%1\" is not an adjournment id; paragraf-cli adjournments "
                                 "shows them.")
                         .arg(positionals[1]));
    return withDatabase(positionals[0], [&](const Database& database) {
        if (auto removed = AdjournmentService(database).remove(*id); !removed)
            return failWith(removed.error());
        return 0;
    });
}

int adjustmentTime(const QStringList& arguments) {
    QCommandLineParser parser;
    if (auto exit =
            parse(parser, arguments,
                  CliText::tr("Set the clock time of the adjustment (HH:MM), or \"none\"."),
                  {QStringLiteral("FILE"), QStringLiteral("MEETING"), QStringLiteral("TIME")}))
        return *exit;
    const QStringList positionals = parser.positionalArguments();
    const bool none = positionals[2] == QLatin1String("none");
    const auto time = none ? std::optional<QTime>(QTime()) : timeFrom(positionals[2]);
    if (!time)
        return usage(CliText::tr("Give the time as HH:MM, or none."));
    return withRecord(positionals, [&](const Database& database, const MeetingRecord& record) {
        Meeting changed = record.meeting;
        changed.adjustmentTime = *time;
        if (auto status = MeetingService(database).updateMeeting(changed, &record.meeting); !status)
            return failWith(status.error());
        return 0;
    });
}

} // namespace

QList<Command> clockCommands() {
    return {
        {"adjourn", QT_TRANSLATE_NOOP("CliText", "Record an adjournment of a meeting"), adjourn},
        {"adjournments", QT_TRANSLATE_NOOP("CliText", "List a meeting's adjournments"),
         listAdjournments},
        {"remove-adjournment", QT_TRANSLATE_NOOP("CliText", "Remove an adjournment"),
         removeAdjournment},
        {"adjustment-time", QT_TRANSLATE_NOOP("CliText", "Set the clock time of the adjustment"),
         adjustmentTime},
    };
}

} // namespace paragraf::cli
