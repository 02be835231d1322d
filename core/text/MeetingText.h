#pragma once

#include "model/MeetingRecord.h"
#include "rules/AttendanceGroups.h"

#include <QString>
#include <QStringList>

namespace paragraf {

// The header facts of a protocol as label/value rows, shared by the text view and (later) the
// documents, so that both say the same thing in the same words.
struct HeaderRow {
    QString
        label; // may contain a line break where protocols break it ("Ej närvarande\n(beslutande)")
    QStringList values;
};

QList<HeaderRow> protocolHeaderRows(const MeetingRecord& record);
QString attendanceLineText(const MeetingRecord& record, const AttendanceLine& line);
QString documentTitle(const MeetingRecord& record); // "PROTOKOLL" or "MINNESANTECKNINGAR"

// The whole meeting as plain text in the order of a Swedish protocol (seed 001): the header
// groups, then every paragraph with its presenters, sections and decision.
QString meetingAsText(const MeetingRecord& record);

} // namespace paragraf
