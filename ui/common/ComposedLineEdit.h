#pragma once

class QLineEdit;
class QString;

// Keeps a line edit's text composed (NFC, text/ComposedText.h) as it is edited: a title pasted
// from a PDF with "o" and a combining diaeresis is saved with "ö". Install before connecting the
// editor's own handler of textEdited, which then sees the composed text.
void keepComposed(QLineEdit* edit);
// Shows text written elsewhere (another window saved it) with the cursor where it was, as far as
// the new text reaches: setText() alone puts it at the end, under the secretary's hands.
void replaceKeepingCursor(QLineEdit* edit, const QString& text);
// Says so, beside the field, when a paste or a drop does not fit the field's maximum length:
// QLineEdit cuts it without a word (a secretary's 1,499-character title became 500). What was
// pasted stays whole on the clipboard.
void sayWhenPasteIsCut(QLineEdit* edit);
