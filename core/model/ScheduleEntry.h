#pragma once

#include "Ids.h"
#include "Meeting.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace paragraf {

// The kinds of meeting a body plans (seed 000, seed 001 § 27).
enum class ScheduleKind { Ordinary, FullDay, PlanningDay, CheckIn, TwoDay };

// One planned meeting in a body's year: decided in advance, called a week ahead, turned into a
// meeting when it is held.
struct ScheduleEntry {
    Id id = NoId;
    Id bodyId = NoId;
    QDate date;
    QDate endDate; // the second day of a two-day session; null for one day
    QTime start;
    QTime end;
    MeetingForm form = MeetingForm::Digital;
    QString place;
    ScheduleKind kind = ScheduleKind::Ordinary;
    QString jointWith;   // "Politiska samrådsgruppen" when held together with another body
    QString note;        // "Tema Barn och unga", "lunch till eftermiddagsfika"
    Id meetingId = NoId; // the meeting created from it, once created

    QDate lastDay() const { return endDate.isValid() ? endDate : date; }
    bool operator==(const ScheduleEntry&) const = default;
};

// A chair is called to the meeting a week before it, as a rule (seed 003).
inline QDate noticeDueDate(const ScheduleEntry& entry) {
    return entry.date.addDays(-7);
}

} // namespace paragraf
