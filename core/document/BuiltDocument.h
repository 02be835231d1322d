#pragma once

#include "SafeTextDocument.h"

#include <QList>
#include <QString>
#include <memory>

class QTextTable;

namespace paragraf {

// What the running head and foot of every page say.
struct PageDecor {
    QString bodyName;
    QString title;           // "PROTOKOLL", "PROTOKOLLSUTDRAG", …
    QString date;            // the meeting date, YYYY-MM-DD
    int signatureBoxes = 0;  // "Justerandes signatur": one box per signatory; 0 for none
    bool extractBox = false; // "Utdragsbestyrkande"
};

// A document ready to be paged: the text, the headings that must not end a page, and the table
// of contents whose page numbers are filled in once the pages are known.
struct BuiltDocument {
    std::unique_ptr<SafeTextDocument> text = std::make_unique<SafeTextDocument>();
    PageDecor decor;
    QString metadataTitle;
    QList<int> keepWithNext;         // block numbers
    QList<QTextTable*> keepTogether; // boxes that move whole to the next page rather than split
    // Blocks whose first characters hang ("§ 27 ", "a) "): wrapped lines start under the text
    // after them. Measured when the device's fonts are known (PagedDocument).
    QList<std::pair<int, int>> hanging; // block number, characters
    QTextTable* contents = nullptr;     // rows: "§ N Title" | page
    QList<int> contentsTargets;         // block number of each row's heading
};

} // namespace paragraf
