#pragma once

class QLineEdit;

// Keeps a line edit's text composed (NFC, text/ComposedText.h) as it is edited: a title pasted
// from a PDF with "o" and a combining diaeresis is saved with "ö". Install before connecting the
// editor's own handler of textEdited, which then sees the composed text.
void keepComposed(QLineEdit* edit);
