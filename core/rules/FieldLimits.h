#pragma once

#include "Result.h"
#include "model/Body.h"
#include "model/Meeting.h"
#include "model/Paragraph.h"
#include "model/Participant.h"

#include <QString>

namespace paragraf {

// How long a field may be, in characters (UTF-16 code units, as QString counts). The one place
// these numbers live: the services refuse longer values, the JSON importer reports them, and the
// desk's line edits stop there. Generous for any real protocol; they keep a pasted file or a
// runaway import from making a document that takes minutes to lay out.
namespace limits {
inline constexpr int title = 500;      // a paragraph's title
inline constexpr int name = 200;       // a person, body or organisation; a party or role label
inline constexpr int caseNumber = 100; // a diarienummer
inline constexpr int heading = 200;    // a section heading, the body's decision heading
inline constexpr int line = 500;       // a place, a note, an attachment or expedition line
inline constexpr int text = 200000;    // a section's text, a decision, a motion or a wording
} // namespace limits

// Refuses `value` when it is longer than `limit`, naming the field ("The title") and both
// lengths.
Status checkLength(const QString& field, const QString& value, int limit);
// A value printed within a line of a protocol (a prefix, a label, a reason): no line breaks, tabs
// or other control characters, and no bidirectional overrides or isolates, which would turn the
// rest of the printed line around.
Status checkOneLine(const QString& field, const QString& value);

// The limit for a field of the JSON interchange format by its key ("title", "name", …).
int lengthLimitOfJsonKey(const QString& key);

// Every limited field of a paragraph (title, case number, decision, sections, lines).
Status checkParagraphLengths(const Paragraph& paragraph);
// The meeting's own text fields (places, the next meeting's note).
Status checkMeetingLengths(const Meeting& meeting);
// A participant's name, organisation, party and role label.
Status checkParticipantLengths(const Participant& participant);
// The body's name, decision heading and where its protocols are kept.
Status checkBodyLengths(const Body& body);

} // namespace paragraf
