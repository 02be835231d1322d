#pragma once

#include "Result.h"
#include "model/MeetingSummary.h"
#include "model/Review.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace paragraf {

class Database;
class MeetingRepository;

// The deadlines of Kommunallagen after a meeting: the protocol adjusted within 14 days
// (5 kap. 69 §), the adjustment posted on the notice board within two days after it
// (8 kap. 12 §), and the notice kept up for the three weeks in which decisions can be appealed
// (13 kap. 5 §).
enum class DeadlineKind { Adjustment, Posting, AppealPeriod };

QDate adjustmentDue(const QDate& meetingDate);
QDate postingDue(const QDate& adjustedOn);
QDate appealPeriodEnds(const QDate& postedOn);

struct Deadline {
    MeetingSummary meeting;
    DeadlineKind kind = DeadlineKind::Adjustment;
    QDate due;
    bool overdue = false; // for the appeal period: ended, and the notice not yet taken down
};

// Every deadline still open on `today`, soonest first. Pure, so that tests can pass any day.
QList<Deadline> openDeadlines(const QList<MeetingSummary>& meetings,
                              const QHash<Id, ProtocolDates>& dates, const QDate& today);
// How many of those deadlines have passed, without listing them.
int passedDeadlines(const QList<MeetingSummary>& meetings, const QHash<Id, ProtocolDates>& dates,
                    const QDate& today);

// The deadlines across all bodies of a file, and recording the notice board's posting.
class DeadlineService {
public:
    explicit DeadlineService(const Database& database) : m_database(database) {}

    Result<QList<Deadline>> deadlines(const QDate& today) const;
    // For the status bar, asked on opening a file and after each step of justering: reads only
    // what the rules need (no body names, no order).
    Result<int> passedCount(const QDate& today) const;
    Result<ProtocolDates> datesOf(Id meetingId) const;
    // Marks the adjusted protocol announced from `postedOn`.
    Status post(Id meetingId, const QDate& postedOn);
    // Refused before the appeal period has ended.
    Status takeDown(Id meetingId, const QDate& day);

private:
    Result<QHash<Id, ProtocolDates>> pendingDates() const;
    template <typename Rule>
    auto apply(Result<QList<MeetingSummary>> (MeetingRepository::*read)() const, Rule rule,
               const QDate& today) const -> Result<decltype(rule({}, {}, today))>;

    const Database& m_database;
};

} // namespace paragraf
