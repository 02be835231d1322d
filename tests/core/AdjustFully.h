#pragma once

#include "adjustment/AdjustmentService.h"
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

namespace paragraf::test {

// Sends the meeting for adjustment and has every signatory sign it in person on 2024-11-19 from
// 09.30 UTC, ten minutes apart: the meeting is adjusted after it.
inline void adjustFully(const Database& database, Id meetingId) {
    AdjustmentService adjustment(database);
    const Status sent = adjustment.sendForAdjustment(meetingId);
    ASSERT_TRUE(sent.ok()) << sent.error().toStdString();
    QDateTime at(QDate(2024, 11, 19), QTime(9, 30), Qt::UTC);
    const auto record = MeetingService(database).load(meetingId);
    ASSERT_TRUE(record.ok()) << record.error().toStdString();
    for (const Signatory& who : AdjustmentService::signatories(record.value())) {
        const auto signedNow = adjustment.sign(meetingId, who.role, who.participantId, who.name,
                                               SigningMethod::InPerson, {}, at);
        ASSERT_TRUE(signedNow.ok()) << signedNow.error().toStdString();
        at = at.addSecs(600);
    }
}

} // namespace paragraf::test
