#include "AdjournmentJson.h"

#include "rules/FieldLimits.h"

#include <QJsonObject>

namespace paragraf {
namespace {

const QString within = QStringLiteral("within");
const QString after = QStringLiteral("after");

QString clock(const QTime& t) {
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace

bool hasClockFacts(const MeetingRecord& record) {
    return !record.adjournments.isEmpty() || record.meeting.adjustmentTime.isValid();
}

QJsonArray adjournmentsToJson(const QList<Adjournment>& adjournments,
                              const std::function<QJsonValue(Id)>& paragraphNumber) {
    QJsonArray list;
    for (const auto& a : adjournments)
        list.append(
            QJsonObject{{QStringLiteral("start"), clock(a.start)},
                        {QStringLiteral("end"), clock(a.end)},
                        {QStringLiteral("paragraph"),
                         a.paragraphId == NoId ? QJsonValue() : paragraphNumber(a.paragraphId)},
                        {QStringLiteral("placement"), a.withinParagraph ? within : after},
                        {QStringLiteral("reason"), a.reason}});
    return list;
}

QList<Adjournment> adjournmentsFromJson(const QJsonArray& list, JsonChecker& check,
                                        const QHash<int, Id>& paragraphOfNumber) {
    QList<Adjournment> adjournments;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("$.adjournments[%1]").arg(i);
        const QJsonObject o = list[i].toObject();
        Adjournment a;
        a.id = i + 1;
        a.start = check.time(o, QStringLiteral("start"), path);
        if (!a.start.isValid())
            check.report(path + QStringLiteral(".start"), JsonText::tr("is required"));
        a.end = check.time(o, QStringLiteral("end"), path);
        const QJsonValue paragraph = o.value(QStringLiteral("paragraph"));
        if (!paragraph.isNull()) {
            a.paragraphId = paragraphOfNumber.value(paragraph.toInt(-1), NoId);
            if (a.paragraphId == NoId)
                check.report(path + QStringLiteral(".paragraph"),
                             JsonText::tr("must be the number of a paragraph in the file, or "
                                          "null"));
        }
        const QString placement = check.string(o, QStringLiteral("placement"), path);
        if (placement != within && placement != after)
            check.report(
                path + QStringLiteral(".placement"),
                JsonText::tr("must be one of %1").arg(within + QStringLiteral(", ") + after));
        a.withinParagraph = placement == within;
        a.reason = check.string(o, QStringLiteral("reason"), path);
        // As the desk and the command line take it: a few words within a line.
        if (auto one = checkOneLine(JsonText::tr("The reason"), a.reason); !one)
            check.report(path + QStringLiteral(".reason"), one.error());
        else if (auto length = checkLength(JsonText::tr("The reason"), a.reason, 200); !length)
            check.report(path + QStringLiteral(".reason"), length.error());
        adjournments << a;
    }
    return adjournments;
}

} // namespace paragraf
