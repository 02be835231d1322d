#pragma once

#include "model/Meeting.h"
#include "model/Membership.h"
#include "model/Participant.h"
#include "model/ScheduleEntry.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace paragraf {

// The words of Swedish protocols. Documents are always in Swedish, whatever the interface
// language, so these are fixed text and not translations.
QString swedishRoleLabel(MemberRole role);
QString swedishDate(const QDate& date);                        // "måndag 11 november 2024"
QString swedishTimeSpan(const QTime& start, const QTime& end); // "kl. 10.00–11.00"
QString swedishForm(MeetingForm form);                         // "digitalt", "fysiskt", "hybrid"
QString swedishStatus(MeetingStatus status);                   // "utkast", "justerat", …
QString swedishNameList(const QStringList& names);             // "A, B och C"
QString swedishScheduleKind(ScheduleKind kind); // "planeringsdag", "kort avstämning"
// "kl. 13.00–16.00, Teams" or "digitalt": the note under "Nästa möte" for a planned meeting.
QString swedishNextMeetingNote(const ScheduleEntry& entry);

// "Sara Schelin, Åre", "Anna Andersson (S)", "Martin Söderström, förbundschef"
QString describeParticipant(const Participant& participant);

} // namespace paragraf
