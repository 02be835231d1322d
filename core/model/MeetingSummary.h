#pragma once

#include "Ids.h"
#include "Meeting.h"

#include <QDate>
#include <QString>

namespace paragraf {

// One line of the meeting list: enough to find a meeting without loading it.
struct MeetingSummary {
    Id id = NoId;
    Id bodyId = NoId;
    QString bodyName;
    QDate date;
    MeetingStatus status = MeetingStatus::Planned;
    int firstNumber = 0;
    int lastNumber = -1;
};

} // namespace paragraf
