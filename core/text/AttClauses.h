#pragma once

#include <QString>

namespace paragraf {

// A decision written as one sentence of att-clauses, "Kommunfullmäktige beslutar att anta
// planen, att uppdra åt nämnden att följa upp den och att …", as real protocols print it: the
// lead on a line of its own, then one att-clause a line. The words stay as written, only the
// lines break. A decision that is not such a sentence (no lead ending in "beslutar",
// "föreslår", "besluta" or a colon before the first "att", or already on several lines) is
// returned as it is.
QString attClausesAsLines(const QString& decision);

} // namespace paragraf
