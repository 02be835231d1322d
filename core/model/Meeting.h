#pragma once

#include "Ids.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace paragraf {

enum class MeetingForm { Physical, Digital, Hybrid };

enum class MeetingStatus {
    Planned,
    Called,
    InProgress,
    Draft,
    OutForAdjustment,
    Adjusted,
    Announced,
    Archived
};

struct Meeting {
    Id id = NoId;
    Id bodyId = NoId;
    QDate date;
    QTime start;
    QTime end;
    QString place;
    MeetingForm form = MeetingForm::Physical;
    MeetingStatus status = MeetingStatus::Planned;
    QDate adjustmentDate;
    QString adjustmentPlace;
    QTime adjustmentTime; // "kl. 16.00" of Justeringens tid och plats; optional
    QDate nextMeetingDate;
    QString nextMeetingNote;
    Id chairId = NoId;     // a participant
    Id secretaryId = NoId; // a participant
    QList<Id> adjusterIds; // participants, in signing order

    bool operator==(const Meeting&) const = default;
};

// Content is final from the moment a protocol is adjusted.
inline bool isLocked(MeetingStatus status) {
    return status >= MeetingStatus::Adjusted;
}

// Out for adjustment the text is frozen too, except through recorded corrections.
inline bool isFrozen(MeetingStatus status) {
    return status >= MeetingStatus::OutForAdjustment;
}

} // namespace paragraf
