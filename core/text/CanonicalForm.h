#pragma once

#include "model/MeetingRecord.h"

#include <QByteArray>
#include <QString>

namespace paragraf {

// The protocol as one UTF-8 text that is the same wherever the file is copied or re-imported:
// every fact of the meeting (body, date, place, officers, participants, attendance, paragraphs
// with numbers, texts and decisions) as "key=value" lines in a fixed order, people referred to
// by their place in the participant list and paragraphs by their number instead of database
// ids. Specified in docs/canonical-form.md so that an archivist can recompute it.
QByteArray canonicalForm(const MeetingRecord& record);

// The SHA-256 of the canonical form, as 64 lower-case hex digits: what each signature binds.
QString contentHash(const MeetingRecord& record);

} // namespace paragraf
