#pragma once

namespace paragraf {

// The fields of a paragraph's own row that are changed one at a time (each keystroke in the
// title, the case number, the kind, the decision, the immediate-adjustment mark).
enum class ParagraphField { Title, CaseNumber, Kind, Decision, ImmediatelyAdjusted };

} // namespace paragraf
