#pragma once

#include "Result.h"
#include "model/Body.h"
#include "model/ScheduleEntry.h"

#include <QByteArray>
#include <QList>

namespace paragraf {

// A body's schedule as iCalendar (RFC 5545), written and read with libical: one VEVENT per
// planned meeting, local times in Europe/Stockholm with its VTIMEZONE, the place as LOCATION and
// form, kind and joint body both readable (DESCRIPTION, CATEGORIES) and exact (X-PARAGRAF-*
// properties, which calendar programs ignore and Paragraf reads back).
QByteArray scheduleToIcs(const Body& body, const QList<ScheduleEntry>& entries);

// The planned meetings of an .ics file written by scheduleToIcs (or by a calendar program: then
// form and kind take their defaults). Ids are not carried; bodyId is set on every entry.
Result<QList<ScheduleEntry>> scheduleFromIcs(const QByteArray& ics, Id bodyId);

} // namespace paragraf
