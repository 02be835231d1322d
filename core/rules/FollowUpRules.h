#pragma once

#include "Result.h"
#include "model/FollowUp.h"
#include "model/MeetingRecord.h"

#include <QDate>
#include <QList>

namespace paragraf {

// An open assignment whose day has passed. "Till nästa möte" is due on that meeting's day; while
// the next meeting is neither in the file nor announced, it cannot be overdue.
bool isOverdue(const AssignmentRow& row, const QDate& today);

// Due at a meeting of the body: open, given earlier, and due on or before its day.
bool isDueAt(const AssignmentRow& row, const Meeting& meeting);

// What a meeting of the body goes through: assignments given at earlier meetings that are still
// open, and those closed at this very meeting (so it can see, and undo, what it did).
QList<AssignmentRow> carriedTo(const QList<AssignmentRow>& ofBody, const Meeting& meeting);

// A name starts with `typed` if its full text or one of its words does ("Mag", "Aspeg").
bool nameStartsWith(const QString& name, const QString& typed);

// Those present at a paragraph named in `names` ("Martin, Magnus" or "Martin och Magnus"), each
// by full name or by the start of a name no one else present shares. Refused naming who was
// meant to be found, and the candidates when a start fits more than one.
Result<QList<Id>> speakersNamed(const MeetingRecord& record, Id paragraphId, const QString& names);

enum class AssignmentState { Open, Overdue, RecentlyClosed, All };

// The overview's choice: open (overdue among them), overdue only, closed within `recentDays`.
QList<AssignmentRow> selectAssignments(const QList<AssignmentRow>& rows, AssignmentState state,
                                       const QDate& today, int recentDays = 30);

} // namespace paragraf
