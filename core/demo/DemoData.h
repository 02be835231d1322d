#pragma once

#include "Result.h"

namespace paragraf {

class Database;
class DemoWriter;
struct Meeting;

// Example data from the seeds, written in one transaction: the Jämtland cooperation group of
// seed 001 with its 2024 meetings (§§ 1–25 earlier in the year, then the 11 November meeting
// with §§ 26–31 as in the seed) and the three Västmanland cooperation groups of seeds 003/004
// with members and personal substitutes (their names are invented; the seeds give none), and
// the fullmäktige, kommunstyrelse and arbetsutskott of the invented municipality Norrvik.
Status buildDemo(const Database& database);

namespace demo {
Status buildJamtland(DemoWriter& writer);
void addNovemberParagraphs(DemoWriter& writer, const Meeting& meeting); // seed 001 §§ 26–31
Status buildVastmanland(DemoWriter& writer);
// Kommunfullmäktige (61 members), kommunstyrelsen and its arbetsutskott of an invented
// municipality, each with a meeting: a roll call with substitutes called in by party, named
// votes.
Status buildNorrvik(DemoWriter& writer);
} // namespace demo

} // namespace paragraf
