#include "Numbering.h"

#include "rules/ParagraphRanges.h"
#include "storage/BodyRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ParagraphRepository.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace paragraf {
namespace {

Result<int> currentFirstNumber(const QSqlDatabase& connection, Id meetingId) {
    SqlQuery query(connection,
                   QStringLiteral("SELECT MIN(number) FROM paragraph WHERE meeting_id = :m"));
    query.bind(QStringLiteral(":m"), meetingId);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

Status renumberYear(const QSqlDatabase& connection, Id bodyId, int year) {
    MeetingRepository meetings(connection);
    ParagraphRepository paragraphs(connection);
    const auto ids = meetings.meetingsOfYear(bodyId, year);
    if (!ids)
        return fail(ids.error());
    const auto start = BodyRepository(connection).numberingStart(bodyId, year);
    if (!start)
        return fail(start.error());
    QList<int> counts;
    for (Id id : ids.value()) {
        const auto count = paragraphs.count(id);
        if (!count)
            return fail(count.error());
        counts << count.value();
    }
    const QList<int> firsts = firstNumbersOfMeetings(start.value(), counts);
    for (int i = 0; i < ids->size(); ++i) {
        const Id id = ids->at(i);
        const auto status = meetings.statusOf(id);
        if (!status)
            return fail(status.error());
        if (isFrozen(status.value()) && counts[i] > 0) {
            const auto current = currentFirstNumber(connection, id);
            if (!current)
                return fail(current.error());
            if (current.value() != firsts[i]) {
                const auto locked = meetings.meeting(id);
                const QString date = locked ? locked->date.toString(Qt::ISODate) : QString();
                return fail(QCoreApplication::translate(
                                "Numbering", "This change would renumber the protocol of %1, which "
                                             "is out for adjustment or adjusted; its paragraph "
                                             "numbers are fixed.")
                                .arg(date));
            }
            continue;
        }
        if (auto written = paragraphs.numberFrom(id, firsts[i]); !written)
            return written;
    }
    return {};
}

} // namespace paragraf
