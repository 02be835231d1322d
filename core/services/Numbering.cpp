#include "Numbering.h"

#include "rules/ParagraphRanges.h"
#include "storage/BodyRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ParagraphRepository.h"

#include <QCoreApplication>

namespace paragraf {
namespace {

// The year's meetings in order, their paragraph counts and the first number each should have.
struct YearPlan {
    QList<Id> ids;
    QList<int> counts;
    QList<int> firsts;
};

Result<YearPlan> planYear(const QSqlDatabase& connection, Id bodyId, int year, int start) {
    const auto ids = MeetingRepository(connection).meetingsOfYear(bodyId, year);
    if (!ids)
        return fail(ids.error());
    ParagraphRepository paragraphs(connection);
    YearPlan plan;
    plan.ids = ids.value();
    for (Id id : plan.ids) {
        const auto count = paragraphs.count(id);
        if (!count)
            return fail(count.error());
        plan.counts << count.value();
    }
    plan.firsts = firstNumbersOfMeetings(start, plan.counts);
    return plan;
}

// Whether the meeting at `i` is out for adjustment or adjusted and would be numbered otherwise.
Result<bool> movesFixedMeeting(const QSqlDatabase& connection, const YearPlan& plan, int i) {
    const auto status = MeetingRepository(connection).statusOf(plan.ids[i]);
    if (!status)
        return fail(status.error());
    if (!isFrozen(status.value()) || plan.counts[i] == 0)
        return false;
    const auto current = ParagraphRepository(connection).firstNumber(plan.ids[i]);
    if (!current)
        return fail(current.error());
    return current.value() != plan.firsts[i];
}

} // namespace

Result<Id> fixedMeetingMovedBy(const QSqlDatabase& connection, Id bodyId, int year,
                               int firstNumber) {
    const auto plan = planYear(connection, bodyId, year, firstNumber);
    if (!plan)
        return fail(plan.error());
    for (int i = 0; i < plan->ids.size(); ++i) {
        const auto moves = movesFixedMeeting(connection, plan.value(), i);
        if (!moves)
            return fail(moves.error());
        if (moves.value())
            return plan->ids[i];
    }
    return NoId;
}

Status renumberYear(const QSqlDatabase& connection, Id bodyId, int year) {
    const auto start = BodyRepository(connection).numberingStart(bodyId, year);
    if (!start)
        return fail(start.error());
    const auto plan = planYear(connection, bodyId, year, start.value());
    if (!plan)
        return fail(plan.error());
    MeetingRepository meetings(connection);
    ParagraphRepository paragraphs(connection);
    for (int i = 0; i < plan->ids.size(); ++i) {
        const Id id = plan->ids[i];
        const auto moves = movesFixedMeeting(connection, plan.value(), i);
        if (!moves)
            return fail(moves.error());
        if (moves.value()) {
            const auto locked = meetings.meeting(id);
            const QString date = locked ? locked->date.toString(Qt::ISODate) : QString();
            return fail(QCoreApplication::translate(
                            "Numbering", "This change would renumber the protocol of %1, which "
                                         "is out for adjustment or adjusted; its paragraph "
                                         "numbers are fixed.")
                            .arg(date));
        }
        const auto status = meetings.statusOf(id);
        if (!status)
            return fail(status.error());
        if (isFrozen(status.value()) && plan->counts[i] > 0)
            continue;
        if (auto written = paragraphs.numberFrom(id, plan->firsts[i]); !written)
            return written;
    }
    return {};
}

} // namespace paragraf
