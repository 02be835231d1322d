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
// Who signs the protocol, in order: ("Sekreterare", name), ("Ordförande", name), ("Justerare", …).
QList<std::pair<QString, QString>> signatories(const MeetingRecord& record);
// For an extract of some paragraphs, when the protocol was signed in parts: ("Ordförande",
// names) and ("Justerare", names) of those who signed for these paragraphs. Empty when everyone
// signed the whole protocol.
QList<HeaderRow> signedForRows(const MeetingRecord& record, const QList<int>& numbers);
QString meetingPlaceText(const Meeting& meeting); // "måndag 11 november 2024 kl. 10.00–11.00, …"
QString adjustmentText(const Meeting& meeting);   // "tisdag 19 november 2024, digitalt"
QString nextMeetingText(const Meeting& meeting); // "måndag 9 december 2024"

// The whole meeting as plain text in the order of a Swedish protocol (seed 001): the header
// groups, then every paragraph with its presenters, sections and decision.
QString meetingAsText(const MeetingRecord& record);

} // namespace paragraf
