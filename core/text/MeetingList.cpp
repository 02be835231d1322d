#include "MeetingList.h"

#include "model/Codes.h"
#include "rules/ParagraphRanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paragraf {

QString meetingListLine(const MeetingSummary& s) {
    return QStringList{QString::number(s.id), s.bodyName, s.date.toString(Qt::ISODate),
                       codeOf(s.status), formatNumberSpan(s.firstNumber, s.lastNumber)}
        .join(QLatin1Char('\t'));
}

QByteArray meetingListJson(const QList<MeetingSummary>& summaries) {
    QJsonArray list;
    for (const auto& s : summaries) {
        const bool numbered = s.lastNumber >= s.firstNumber;
        list.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("body"), s.bodyName},
            {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
            {QStringLiteral("status"), codeOf(s.status)},
            {QStringLiteral("firstParagraph"), numbered ? QJsonValue(s.firstNumber) : QJsonValue()},
            {QStringLiteral("lastParagraph"), numbered ? QJsonValue(s.lastNumber) : QJsonValue()}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

} // namespace paragraf
