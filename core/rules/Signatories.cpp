#include "Signatories.h"

#include "AttendanceTimeline.h"
#include "ParagraphRanges.h"
#include "Presiding.h"
#include "i18n/TrContexts.h"

#include <QHash>
#include <algorithm>

namespace paragraf {
namespace {

QString nameOf(const MeetingRecord& record, Id id) {
    const Participant* p = record.participant(id);
    return p ? p->name : QString();
}

QList<int> allNumbers(const MeetingRecord& record) {
    QList<int> numbers;
    for (const auto& p : record.paragraphs)
        numbers << p.number;
    return numbers;
}

// For each paragraph position, the adjusters who adjust it (at most `required`).
QList<QList<Id>> adjustersByPosition(const MeetingRecord& record, int required) {
    const AttendanceTimeline timeline = timelineOf(record);
    const QList<Id> presiding = presidingByPosition(record);
    QList<QList<Id>> byPosition;
    for (int i = 0; i < record.paragraphs.size(); ++i) {
        QList<Id> chosen;
        for (Id adjuster : record.meeting.adjusterIds) {
            if (chosen.size() >= required)
                break;
            if (timeline.state(i).present.contains(adjuster) && presiding[i] != adjuster)
                chosen << adjuster;
        }
        byPosition << chosen;
    }
    return byPosition;
}

Signatory signatory(const MeetingRecord& record, SignatoryRole role, Id id, QList<int> numbers) {
    const bool whole = numbers == allNumbers(record);
    return {role, id, nameOf(record, id), std::move(numbers), whole};
}

} // namespace

int adjustersRequired(const MeetingRecord& record) {
    // Two adjusters where two or more are named, else one; more when the body's rules (as the
    // meeting copied them) require more.
    const int named = static_cast<int>(record.meeting.adjusterIds.size());
    if (named == 0)
        return 0;
    return std::max(record.rules.adjustersRequired, std::min(2, named));
}

QList<Signatory> signatoriesOf(const MeetingRecord& record) {
    QList<Signatory> all;
    if (record.participant(record.meeting.secretaryId))
        all << signatory(record, SignatoryRole::Secretary, record.meeting.secretaryId,
                         allNumbers(record));
    for (const PresidingTurn& turn : presidingTurns(record))
        if (record.participant(turn.participantId))
            all << signatory(record, SignatoryRole::Chair, turn.participantId, turn.numbers);
    if (record.paragraphs.isEmpty()) {
        for (Id adjuster : record.meeting.adjusterIds)
            if (record.participant(adjuster))
                all << signatory(record, SignatoryRole::Adjuster, adjuster, {});
        return all;
    }
    const auto byPosition = adjustersByPosition(record, adjustersRequired(record));
    for (Id adjuster : record.meeting.adjusterIds) {
        QList<int> numbers;
        for (int i = 0; i < byPosition.size(); ++i)
            if (byPosition[i].contains(adjuster))
                numbers << record.paragraphs[i].number;
        if (!numbers.isEmpty() && record.participant(adjuster))
            all << signatory(record, SignatoryRole::Adjuster, adjuster, numbers);
    }
    return all;
}

QStringList coverageProblems(const MeetingRecord& record) {
    QStringList problems = presidingProblems(record);
    // The body's number is the rule; the adjusters named beyond it sign where they took part.
    const int required = record.rules.adjustersRequired;
    if (record.meeting.adjusterIds.isEmpty() || required <= 0)
        return problems;
    const auto byPosition = adjustersByPosition(record, adjustersRequired(record));
    QList<int> short_;
    for (int i = 0; i < byPosition.size(); ++i)
        if (byPosition[i].size() < required)
            short_ << record.paragraphs[i].number;
    if (!short_.isEmpty())
        problems << AdjustmentText::tr("%1 would be adjusted by fewer adjusters than the %2 the "
                                       "body's rules require (setting \"Adjusters required\"): "
                                       "an adjuster must have taken part in a paragraph and may "
                                       "not adjust one they presided over. Name another "
                                       "adjuster in the meeting's details.")
                        .arg(formatParagraphList(short_))
                        .arg(required);
    return problems;
}

} // namespace paragraf
