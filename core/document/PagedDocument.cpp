#include "PagedDocument.h"

#include "TextComposer.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextTable>

namespace paragraf {

PagedDocument::PagedDocument(BuiltDocument& document, const QPaintDevice& device)
    : m_document(document), m_geometry(PageGeometry::forDevice(device)) {
    QTextDocument& text = *m_document.text;
    // Lay out with the device's own font metrics, so that what is measured is what is painted.
    text.documentLayout()->setPaintDevice(const_cast<QPaintDevice*>(&device));
    text.setPageSize(m_geometry.body.size());
    hangIndents();
    keepHeadingsWithText();
    // After the headings: a heading above a box has found its page, and the boxes stand where
    // no heading follows them on the same page (the notice-board block, the certificate).
    keepBoxesTogether();
    fillContents();
}

// Qt lays text out lazily and, after an edit, re-lays from the edit on only what had been laid
// out before: the blocks beyond would be left without lines. Everything is laid out first.
void PagedDocument::layOutEverything() const {
    const QTextDocument& text = *m_document.text;
    text.documentLayout()->blockBoundingRect(text.lastBlock());
}

int PagedDocument::pageCount() const {
    const QTextDocument& text = *m_document.text;
    const double bottom = text.documentLayout()->blockBoundingRect(text.lastBlock()).bottom();
    return std::max(text.pageCount(), pageAt(bottom - 2.0));
}

// Where the block's first line sits: a block whose first line was pushed to the next page
// starts there, even if its margin is still on the page before.
double PagedDocument::lineTop(const QTextBlock& block) const {
    const QRectF rect = m_document.text->documentLayout()->blockBoundingRect(block);
    const QTextLayout* layout = block.layout();
    const double line = layout && layout->lineCount() > 0 ? layout->lineAt(0).position().y() : 0.0;
    return rect.top() + line;
}

int PagedDocument::pageOfBlock(int blockNumber) const {
    return pageAt(lineTop(m_document.text->findBlockByNumber(blockNumber)));
}

// A block moved to the next page starts exactly at its top; allow for rounding there.
int PagedDocument::pageAt(double y) const {
    return static_cast<int>((y + 1.0) / m_geometry.body.height()) + 1;
}

void PagedDocument::keepHeadingsWithText() {
    QTextDocument& text = *m_document.text;
    const QSet<int> headings(m_document.keepWithNext.begin(), m_document.keepWithNext.end());
    layOutEverything();
    // Each break moves later text, so headings are checked in order and each only once.
    for (int number : m_document.keepWithNext) {
        QTextBlock heading = text.findBlockByNumber(number);
        const QTextBlock next = heading.next();
        if (!heading.isValid() || !next.isValid())
            continue;
        const int page = pageOfBlock(number);
        if (page == pageAt(lineTop(next)))
            continue;
        // "§ 28 Title" above "Bakgrund" above the text: the whole run of headings moves.
        for (QTextBlock above = heading.previous();
             above.isValid() && headings.contains(above.blockNumber()) &&
             pageOfBlock(above.blockNumber()) == page;
             above = above.previous())
            heading = above;
        if (heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue; // already at the top of a page: the text itself is longer than a page
        QTextCursor cursor(heading);
        QTextBlockFormat format = heading.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setBlockFormat(format);
    }
}

// The hanging characters are measured as laid out with the device's own fonts: wrapped lines
// start where the text after them starts. Unlike the top and bottom margins (mm()), Qt takes a
// block's left margin and first-line indent in the layout's own units, those of the device.
void PagedDocument::hangIndents() {
    layOutEverything();
    QTextDocument& text = *m_document.text;
    QList<std::pair<QTextBlock, double>> hangs;
    for (const auto& [number, characters] : m_document.hanging) {
        const QTextBlock block = text.findBlockByNumber(number);
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() == 0 || characters <= 0)
            continue;
        const QTextLine first = layout->lineAt(0);
        const double width = first.cursorToX(characters) - first.x();
        hangs.append({block, width});
    }
    for (const auto& [block, hang] : hangs) {
        QTextBlockFormat format = block.blockFormat();
        format.setLeftMargin(format.leftMargin() + hang);
        format.setTextIndent(format.textIndent() - hang);
        QTextCursor(block).setBlockFormat(format);
    }
}

// A box that would split over a page break starts the next page, when it fits on one.
void PagedDocument::keepBoxesTogether() {
    for (QTextTable* table : m_document.keepTogether) {
        layOutEverything();
        const QRectF box = m_document.text->documentLayout()->frameBoundingRect(table);
        if (pageAt(box.top()) == pageAt(box.bottom() - 2.0) ||
            box.height() >= m_geometry.body.height())
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

void PagedDocument::fillContents() {
    QTextTable* contents = m_document.contents;
    if (!contents)
        return;
    // Page numbers can change the width of their column only within its fixed size, so one
    // pass places every heading for good; the second confirms nothing moved.
    for (int pass = 0; pass < 2; ++pass) {
        layOutEverything();
        QTextCursor cursor(m_document.text.get());
        cursor.beginEditBlock();
        for (int row = 0; row < m_document.contentsTargets.size() && row < contents->rows();
             ++row) {
            QTextTableCell cell = contents->cellAt(row, 1);
            QTextCursor inCell = cell.firstCursorPosition();
            inCell.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            inCell.insertText(QString::number(pageOfBlock(m_document.contentsTargets[row])));
        }
        cursor.endEditBlock();
    }
}

bool PagedDocument::paint(QPagedPaintDevice& device) const {
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const QTextDocument& text = *m_document.text;
    const int pages = pageCount();
    const double height = m_geometry.body.height();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return false;
        painter.save();
        painter.translate(m_geometry.body.left(), m_geometry.body.top() - page * height);
        QAbstractTextDocumentLayout::PaintContext context;
        // A hair inside the page, so that a line starting exactly on the next page is not also
        // written (clipped, but present as text) at the foot of this one.
        context.clip = QRectF(0, page * height + 1, m_geometry.body.width(), height - 2);
        painter.setClipRect(context.clip);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        paintDecor(painter, page + 1, pages);
    }
    return painter.end();
}

namespace {

// The lines of `text` in `font` within `width`, broken between words where it can be.
QStringList wrapped(const QString& text, const QFont& font, QPaintDevice* device, double width) {
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

// The body's name in its column of the head, on at most two lines: as large as fits, down to
// 8 pt, and shortened with "…" when a name (up to 200 characters) is longer still. It never
// leaves its box, so a long name cannot run into the title beside it or below the rule.
void drawBodyName(QPainter& painter, const QRectF& box, QFont font, const QString& name) {
    constexpr double smallest = 8.0;
    QStringList lines;
    for (double size = font.pointSizeF();; size -= 0.5) {
        font.setPointSizeF(size);
        lines = wrapped(name, font, painter.device(), box.width());
        const double height = QFontMetricsF(font, painter.device()).lineSpacing() * 2;
        if ((lines.size() <= 2 && height <= box.height()) || size <= smallest)
            break;
    }
    const QFontMetricsF metrics(font, painter.device());
    if (lines.size() > 2)
        lines = {lines[0],
                 metrics.elidedText(name.mid(name.indexOf(lines[0]) + lines[0].size()).trimmed(),
                                    Qt::ElideRight, box.width())};
    painter.setFont(font);
    for (qsizetype i = 0; i < lines.size(); ++i)
        painter.drawText(box.topLeft() + QPointF(0, metrics.ascent() + i * metrics.lineSpacing()),
                         lines[i]);
}

} // namespace

void PagedDocument::paintDecor(QPainter& painter, int page, int pages) const {
    const PageDecor& decor = m_document.decor;
    const PageGeometry& g = m_geometry;
    QFont font = TextComposer::baseFont();
    QFont bold = font;
    bold.setBold(true);
    QFont large = bold;
    large.setPointSizeF(page == 1 ? 14 : 11);
    painter.save();
    painter.setPen(QPen(Qt::black, g.mm(0.25)));

    const QRectF head = g.head;
    const double line = head.height() / 2;
    // A gap of 4 mm keeps the name clear of "PROTOKOLL" and the date beside it.
    drawBodyName(painter, QRectF(head.left(), head.top(), head.width() * 0.6 - g.mm(4), line * 2),
                 large, decor.bodyName);
    const QRectF right(head.left() + head.width() * 0.6, head.top(), head.width() * 0.4, line);
    painter.setFont(bold);
    painter.drawText(right, Qt::AlignLeft | Qt::AlignTop, decor.title);
    painter.setFont(font);
    const QRectF second = right.translated(0, line * 0.8);
    painter.drawText(second, Qt::AlignLeft | Qt::AlignTop, decor.date);
    painter.drawText(second, Qt::AlignRight | Qt::AlignTop,
                     QStringLiteral("Sida %1 (%2)").arg(page).arg(pages));
    painter.drawLine(QPointF(head.left(), head.bottom()), QPointF(head.right(), head.bottom()));

    const QRectF foot = g.foot;
    painter.drawLine(QPointF(foot.left(), foot.top()), QPointF(foot.right(), foot.top()));
    const double box = g.mm(10);
    const double labelTop = foot.top() + g.mm(1.5);
    if (decor.signatureBoxes > 0) {
        painter.drawText(QRectF(foot.left(), labelTop, g.mm(60), g.mm(5)), Qt::AlignLeft,
                         QStringLiteral("Justerandes signatur"));
        for (int i = 0; i < decor.signatureBoxes; ++i)
            painter.drawRect(QRectF(foot.left() + i * (box * 1.8 + g.mm(2)), labelTop + g.mm(5.5),
                                    box * 1.8, box));
    }
    if (decor.extractBox) {
        const double width = g.mm(40);
        painter.drawText(QRectF(foot.right() - width, labelTop, width, g.mm(5)), Qt::AlignLeft,
                         QStringLiteral("Utdragsbestyrkande"));
        painter.drawRect(QRectF(foot.right() - width, labelTop + g.mm(5.5), width, box));
    }
    painter.restore();
}

} // namespace paragraf
