#pragma once

#include "model/MeetingRecord.h"

#include <QList>
#include <QString>

namespace paragraf {

// A paragraph as the ordered pieces of a Swedish protocol (seed 001), in the words the protocol
// uses. The text view and every document are made from these, so they always agree.
struct ParagraphPart {
    enum Kind {
        Title,      // "§ 27 Sammanträdesdatum 2025"
        Fact,       // "Dnr 2024/15", "Föredragande: Martin Söderström och Elise Ackerot"
        SubHeading, // "Samverkansgruppens beslut", "Bakgrund"
        Markdown,   // the text of a section or the decision
        Text,       // plain text in the protocol's own words: a motion under "Yrkanden"
        Note,       // "Jäv: …", "Bilagor: …", "Expedieras till: …"
        Table,      // rows, the first its header: the named vote
        Proceeding  // "Yrkanden: Anna A (S) yrkar bifall till förslaget." (label and text)
    };
    Kind kind;
    QString text;
    QString label;             // a Fact's label ("Föredragande"); empty for a plain fact
    QList<QStringList> rows{}; // a Table's
};

QList<ParagraphPart> paragraphParts(const MeetingRecord& record, const Paragraph& paragraph);
// An item of the agenda in a kallelse: its title, dnr and presenters, nothing of what happened
// at the meeting (a chair taking over at it, jäv, the decision), also when the kallelse is made
// again afterwards.
QList<ParagraphPart> agendaParts(const MeetingRecord& record, const Paragraph& paragraph);

} // namespace paragraf
