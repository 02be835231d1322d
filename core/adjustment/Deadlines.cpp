#include "Deadlines.h"

#include "i18n/TrContexts.h"
#include "rules/StatutoryTime.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/RulesRepository.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <optional>

namespace paragraf {

QDate adjustmentDue(const QDate& meetingDate) {
    return meetingDate.addDays(14);
}

QDate postingDue(const QDate& adjustedOn) {
    return adjustedOn.addDays(2);
}

// Three weeks from the posting, moved to the next weekday when they end on a Saturday, a Sunday
// or a holiday (rules/StatutoryTime.h).
QDate appealPeriodEnds(const QDate& postedOn) {
    return timeLimitEndsOn(postedOn.addDays(21));
}

namespace {

// A held meeting whose protocol is not yet adjusted. Planned and called meetings count once
// their day has passed: the meeting has been held even if nobody moved it on.
bool awaitsAdjustment(const MeetingSummary& m, const QDate& today) {
    switch (m.status) {
    case MeetingStatus::Planned:
    case MeetingStatus::Called:
        return m.date < today;
    case MeetingStatus::InProgress:
    case MeetingStatus::Draft:
    case MeetingStatus::OutForAdjustment:
        return true;
    default:
        return false;
    }
}

// The one deadline a meeting has open on `today`, if any.
std::optional<Deadline> deadlineOf(const MeetingSummary& m, const ProtocolDates& d,
                                   const QDate& today) {
    const auto deadline = [&](DeadlineKind kind, const QDate& due) {
        return Deadline{m, kind, due, today > due};
    };
    if (awaitsAdjustment(m, today))
        return deadline(DeadlineKind::Adjustment, adjustmentDue(m.date));
    if (m.status == MeetingStatus::Adjusted && !d.postedOn.isValid() && d.adjustedOn.isValid())
        return deadline(DeadlineKind::Posting, postingDue(d.adjustedOn));
    if (m.status == MeetingStatus::Announced && d.postedOn.isValid() && !d.takenDownOn.isValid())
        return deadline(DeadlineKind::AppealPeriod, appealPeriodEnds(d.postedOn));
    return std::nullopt;
}

} // namespace

QList<Deadline> openDeadlines(const QList<MeetingSummary>& meetings,
                              const QHash<Id, ProtocolDates>& dates, const QDate& today) {
    QList<Deadline> open;
    for (const MeetingSummary& m : meetings)
        if (auto deadline = deadlineOf(m, dates.value(m.id), today))
            open.append(std::move(*deadline));
    std::stable_sort(open.begin(), open.end(),
                     [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return open;
}

int passedDeadlines(const QList<MeetingSummary>& meetings, const QHash<Id, ProtocolDates>& dates,
                    const QDate& today) {
    return static_cast<int>(std::count_if(meetings.cbegin(), meetings.cend(), [&](const auto& m) {
        const auto deadline = deadlineOf(m, dates.value(m.id), today);
        return deadline && deadline->overdue;
    }));
}

Result<QHash<Id, ProtocolDates>> DeadlineService::pendingDates() const {
    return ReviewRepository(m_database.connection()).pendingProtocolDates();
}

// The meetings read by `read` and the dates of the protocols still in their deadlines, handed
// to `rule` for `today`.
template <typename Rule>
auto DeadlineService::apply(Result<QList<MeetingSummary>> (MeetingRepository::*read)() const,
                            Rule rule, const QDate& today) const
    -> Result<decltype(rule({}, {}, today))> {
    const auto meetings = (MeetingRepository(m_database.connection()).*read)();
    if (!meetings)
        return fail(meetings.error());
    const auto dates = pendingDates();
    if (!dates)
        return fail(dates.error());
    return rule(meetings.value(), dates.value(), today);
}

Result<QList<Deadline>> DeadlineService::deadlines(const QDate& today) const {
    return apply(&MeetingRepository::unarchivedSummaries, openDeadlines, today);
}

Result<int> DeadlineService::passedCount(const QDate& today) const {
    return apply(&MeetingRepository::unarchivedStates, passedDeadlines, today);
}

Result<ProtocolDates> DeadlineService::datesOf(Id meetingId) const {
    return ReviewRepository(m_database.connection()).protocolDates(meetingId);
}

Status DeadlineService::post(Id meetingId, const QDate& postedOn) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        MeetingRepository meetings(connection);
        auto meeting = meetings.meeting(meetingId);
        if (!meeting)
            return fail(meeting.error());
        if (meeting->status != MeetingStatus::Adjusted)
            return fail(AdjustmentText::tr("Only an adjusted protocol that has not been posted "
                                           "yet can be posted."));
        const auto dates = datesOf(meetingId);
        if (!dates)
            return fail(dates.error());
        if (!postedOn.isValid() || postedOn < dates->adjustedOn)
            return fail(AdjustmentText::tr("The protocol was adjusted on %1; it cannot have been "
                                           "posted before.")
                            .arg(dates->adjustedOn.toString(Qt::ISODate)));
        // The notice as the body's rules have it today is recorded with the posting, so that
        // the certificate keeps attesting what was posted when the rules change later.
        const auto rules = RulesRepository(connection).bodyRules(meeting->bodyId);
        if (!rules)
            return fail(rules.error());
        if (auto inserted = ReviewRepository(connection)
                                .insertPosting(meetingId, {postedOn, {}, rules->notice});
            !inserted)
            return inserted;
        meeting->status = MeetingStatus::Announced;
        return meetings.updateMeeting(meeting.value());
    });
}

Status DeadlineService::takeDown(Id meetingId, const QDate& day) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    ReviewRepository review(m_database.connection());
    const auto posting = review.posting(meetingId);
    if (!posting)
        return fail(posting.error());
    if (!posting->has_value())
        return fail(AdjustmentText::tr("The protocol has not been posted."));
    // Up for the days the body's rules said when it was posted, never less than the appeal.
    const Posting& posted = posting->value();
    const QDate ends =
        std::max(appealPeriodEnds(posted.postedOn), posted.postedOn.addDays(posted.notice.days));
    if (!day.isValid() || day < ends)
        return fail(AdjustmentText::tr("The notice stays up until the appeal period ends on %1.")
                        .arg(ends.toString(Qt::ISODate)));
    return review.setTakenDown(meetingId, day);
}

} // namespace paragraf
