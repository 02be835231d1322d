#pragma once

#include "HtmlText.h"
#include "PersonalData.h"
#include "model/MeetingRecord.h"

#include <QStringList>

namespace paragraf {

// "[uppgift borttagen enligt GDPR/OSL]": what the web copy prints where something was masked.
QString defaultMaskWording();

// What is masked in a web copy: the passages the secretary marked or confirmed (wherever they
// stand: title, text, tables, the page's title), and, when `detect` is on, every identity or
// coordination number, telephone number, e-mail address and street address. The archive copy
// is never touched: masking is a filter on the web copy's text only.
struct Masking {
    QStringList passages;
    bool detect = true;
    QString wording = defaultMaskWording();

    // The filter a web copy's writer applies to every text (HtmlText.h).
    TextFilter filter() const;
    // `text` with everything masked.
    QString apply(const QString& text) const;
};

// A proposal to mask: what, of which kind, and where in the protocol ("§ 27", "rubrik").
struct MaskProposal {
    PersonalDataFinding::Kind kind;
    QString text;
    QString where;
};

// What Publicera proposes to mask in the meeting's protocol: the personal data in every text,
// and the names of private persons in the paragraphs flagged as concerning an individual
// (`individualParagraphs`, by id). Each text proposed once, in the order of the protocol.
QList<MaskProposal> maskProposals(const MeetingRecord& record,
                                  const QList<Id>& individualParagraphs);

} // namespace paragraf
