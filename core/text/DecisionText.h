#pragma once

#include "ParagraphParts.h"

namespace paragraf {

// The proceedings of a decision in the words of a Swedish protocol, made from the recorded
// facts: "Yrkanden: Anna A (S) yrkar bifall till förslaget. Bo B (M) yrkar avslag.",
// "Propositionsordning: Ordföranden ställer proposition på bifall och avslag och finner att
// nämnden beslutar bifalla förslaget.", "Omröstning: … Med 7 ja-röster mot 4 nej-röster
// beslutar nämnden bifalla förslaget." with the named vote as a table. What comes before the
// decision, and what after it (reservations, protocol notes). The secretary's own wording, when
// written, replaces the sentences before the decision; the vote table stays, and the
// reservations and protocol notes, the members' own statements, are printed after it as always.
QList<ParagraphPart> proceedingsBeforeDecision(const MeetingRecord& record, const Paragraph& p);
QList<ParagraphPart> proceedingsAfterDecision(const MeetingRecord& record, const Paragraph& p);

// "nämnden", "samverkansgruppen": the body as the subject of "… beslutar", from its decision
// heading ("Samverkansgruppens beslut").
QString bodyAsSubject(const Body& body);
// "Anna Andersson (S)": a person as the proceedings name them.
QString personInProceedings(const MeetingRecord& record, Id participantId);

} // namespace paragraf
