#pragma once

#include "BuiltDocument.h"
#include "PageGeometry.h"

class QPainter;
class QPagedPaintDevice;
class QTextBlock;

namespace paragraf {

// Lays a built document out in pages on a paint device and paints it there: the text in the
// body of each page, the running head ("Sida 2 (6)") and the signature boxes. Headings never
// end a page, and the table of contents gets the page each paragraph really starts on.
class PagedDocument {
public:
    PagedDocument(BuiltDocument& document, const QPaintDevice& device);

    int pageCount() const;
    int pageOfBlock(int blockNumber) const; // 1-based

    // Paints every page; the device must already be open (QPdfWriter, QPrinter).
    bool paint(QPagedPaintDevice& device) const;

private:
    void layOutEverything() const;
    int pageAt(double y) const;
    void hangIndents();
    void keepHeadingsWithText();
    void keepBoxesTogether();
    void fillContents();
    double lineTop(const QTextBlock& block) const;
    void paintDecor(QPainter& painter, int page, int pages) const;

    BuiltDocument& m_document;
    PageGeometry m_geometry;
};

} // namespace paragraf
