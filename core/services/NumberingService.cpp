#include "NumberingService.h"

#include "Numbering.h"
#include "i18n/TrContexts.h"
#include "model/Meeting.h"
#include "rules/ParagraphRanges.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/ParagraphRepository.h"
#include "storage/Transaction.h"

namespace paragraf {

namespace {

Status checkArguments(int year, int firstNumber) {
    if (year < NumberingService::MinYear || year > NumberingService::MaxYear)
        return fail(NumberingText::tr("The year must be between %1 and %2.")
                        .arg(NumberingService::MinYear)
                        .arg(NumberingService::MaxYear));
    if (firstNumber < 1 || firstNumber > NumberingService::MaxFirstNumber)
        return fail(NumberingText::tr("The first paragraph number must be between 1 and %1.")
                        .arg(NumberingService::MaxFirstNumber));
    return {};
}

// Names the protocol whose numbers stand in the way: body, date and its paragraphs.
Status refusal(const QSqlDatabase& connection, Id meetingId, int year, int firstNumber) {
    const auto meeting = MeetingRepository(connection).meeting(meetingId);
    if (!meeting)
        return fail(meeting.error());
    const auto body = BodyRepository(connection).body(meeting->bodyId);
    if (!body)
        return fail(body.error());
    const auto paragraphs = ParagraphRepository(connection).paragraphs(meetingId);
    if (!paragraphs)
        return fail(paragraphs.error());
    QList<int> numbers;
    for (const auto& p : paragraphs.value())
        numbers << p.number;
    const QString which =
        NumberingText::tr("the protocol of %1 on %2 (%3)")
            .arg(body->name, meeting->date.toString(Qt::ISODate), formatParagraphList(numbers));
    if (isLocked(meeting->status))
        return fail(NumberingText::tr("The numbering of %1 cannot start at § %2: %3 is adjusted, "
                                      "and its paragraph numbers are final.")
                        .arg(year)
                        .arg(firstNumber)
                        .arg(which));
    return fail(NumberingText::tr("The numbering of %1 cannot start at § %2: %3 is out for "
                                  "adjustment, and its paragraph numbers are fixed.")
                    .arg(year)
                    .arg(firstNumber)
                    .arg(which));
}

} // namespace

Result<int> NumberingService::firstNumber(Id bodyId, int year) const {
    if (auto checked = checkArguments(year, 1); !checked)
        return fail(checked.error());
    const auto& connection = m_database.connection();
    if (const auto body = BodyRepository(connection).body(bodyId); !body)
        return fail(body.error());
    return BodyRepository(connection).numberingStart(bodyId, year);
}

Status NumberingService::setFirstNumber(Id bodyId, int year, int firstNumber) {
    if (auto checked = checkArguments(year, firstNumber); !checked)
        return checked;
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        BodyRepository bodies(connection);
        if (const auto body = bodies.body(bodyId); !body)
            return fail(body.error());
        const auto moved = fixedMeetingMovedBy(connection, bodyId, year, firstNumber);
        if (!moved)
            return fail(moved.error());
        if (moved.value() != NoId)
            return refusal(connection, moved.value(), year, firstNumber);
        if (auto status = bodies.setNumberingStart(bodyId, year, firstNumber); !status)
            return status;
        return renumberYear(connection, bodyId, year);
    });
}

} // namespace paragraf
