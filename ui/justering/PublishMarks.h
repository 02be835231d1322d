#pragma once

class MainWindow;

// Marking at the desk for the web copy (docs/publishing.md, "Marks"): kept with the protocol,
// also after the adjustment, and never a change of the protocol itself.
namespace PublishMarks {
// Ctrl+Shift+M: the text selected in the paragraph being written is not for publication; with
// the cursor in a marked passage (or the marked text selected), the mark is taken off.
void toggleMark(MainWindow& window);
// Ctrl+Shift+H: the paragraph concerns an individual (names of private persons are masked), or
// no longer does.
void toggleIndividual(MainWindow& window);
} // namespace PublishMarks
