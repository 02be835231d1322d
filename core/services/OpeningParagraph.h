#pragma once

#include "model/MeetingRecord.h"

namespace paragraf {

// The standard first paragraph (seed 001 § 26): roll call, the adjusters chosen, the previous
// protocol and the agenda, with the meeting's adjusters filled in. Placed first in the meeting.
Paragraph openingParagraph(const MeetingRecord& record);

} // namespace paragraf
