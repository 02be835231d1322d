#pragma once

#include <QString>

namespace paragraf {

// Text as it enters the file: composed (Unicode NFC), "ö" as one character as a keyboard types
// it, not "o" and a combining diaeresis as text copied from some PDFs and from macOS arrives.
// Two spellings that look alike would otherwise compare, sort and hash apart, and the search
// would not find "förskola" in the pasted one. Applied where text comes in from outside (a paste
// at the desk, an imported file), never to what is stored: a signed protocol's text stays as it
// was signed.
QString composed(const QString& text);

} // namespace paragraf
