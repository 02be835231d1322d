// Text pasted at the desk is saved composed (NFC): a title or a text copied from a PDF or a Mac
// with "o" and a combining diaeresis is saved with "ö", so the search finds "förskola" in it and
// the protocol compares and sorts it as the same word typed.
#include "NovemberDeskTest.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingSession.h"
#include "desk/ParagraphEditor.h"
#include "desk/SectionEditor.h"
#include "services/SearchService.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QTextEdit>
#include <QToolTip>

using namespace paragraf;

namespace {

// "Ny förskola i Hallen" as a PDF may give it: every ö an o and U+0308.
const QString decomposedTitle = QStringLiteral("Ny fo\u0308rskola i Hallen");
const QString composedTitle = QStringLiteral("Ny förskola i Hallen");

class ComposedPasteTest : public NovemberDeskTest {
protected:
    void SetUp() override {
        NovemberDeskTest::SetUp();
        window->session()->setCurrentParagraph(window->session()->record().paragraphs[2].id);
    }
    QList<SearchHit> found(const QString& query) const {
        auto database = Database::open(demoPath);
        SearchRequest request;
        request.text = query;
        return SearchService(*database.value()).search(request).value();
    }
    static void paste(QWidget* editor, QMimeData* mime) {
        QApplication::clipboard()->setMimeData(mime);
        press(editor, Qt::Key_V, Qt::ControlModifier);
    }
};

TEST_F(ComposedPasteTest, APastedTitleIsSavedComposedAndFound) {
    QLineEdit* title = window->desk()->editor()->title();
    title->setFocus();
    title->selectAll();
    auto* mime = new QMimeData;
    mime->setText(decomposedTitle);
    paste(title, mime);
    EXPECT_EQ(title->text(), composedTitle);
    EXPECT_EQ(title->cursorPosition(), composedTitle.size()) << "the cursor after the paste";
    EXPECT_EQ(stored().paragraphs[2].title, composedTitle);
    type(title, QStringLiteral(" 2025"));
    EXPECT_EQ(stored().paragraphs[2].title, composedTitle + QStringLiteral(" 2025"))
        << "typing goes on";
    ASSERT_FALSE(found(QStringLiteral("förskola")).isEmpty());
    EXPECT_EQ(found(QStringLiteral("förskola")).first().title,
              composedTitle + QStringLiteral(" 2025"));
}

// A paste longer than the field holds is cut to fit, as QLineEdit does, but no longer without a
// word: beside the field it says how much fit, and the whole text stays on the clipboard.
TEST_F(ComposedPasteTest, ATitlePastedLongerThanTheFieldHoldsIsSaidToBeCut) {
    QLineEdit* title = window->desk()->editor()->title();
    title->setFocus();
    title->selectAll();
    const QString long1499 = QString(1499, QLatin1Char('x'));
    auto* mime = new QMimeData;
    mime->setText(long1499);
    paste(title, mime);
    EXPECT_EQ(title->text().size(), title->maxLength());
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), QStringLiteral("Only 500 of the 1499 characters pasted fit: the "
                                               "field holds at most 500. All of it is still on "
                                               "the clipboard."));
    EXPECT_EQ(QApplication::clipboard()->text(), long1499);
    QToolTip::hideText();
    ASSERT_TRUE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000));
    title->selectAll();
    mime = new QMimeData;
    mime->setText(composedTitle);
    paste(title, mime);
    EXPECT_FALSE(QToolTip::isVisible()) << "a paste that fits says nothing";

    // The same through the field's menu (right click, Klistra in).
    title->selectAll();
    QApplication::clipboard()->setText(long1499);
    QTimer::singleShot(200, [] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr);
        for (QAction* action : menu->actions())
            if (action->text().startsWith(QStringLiteral("&Paste")))
                action->trigger();
        menu->close();
    });
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, QPoint(5, 5),
                                 title->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(title, &rightClick);
    EXPECT_EQ(title->text().size(), title->maxLength());
    EXPECT_TRUE(QTest::qWaitFor([] { return QToolTip::isVisible(); }, 2000));
    EXPECT_TRUE(QToolTip::text().startsWith(QStringLiteral("Only 500 of the 1499")));
}

TEST_F(ComposedPasteTest, PastedTextPlainOrHtmlIsSavedComposed) {
    QTextEdit* text = window->desk()->editor()->sections().first()->text();
    text->setFocus();
    text->selectAll();
    auto* html = new QMimeData;
    html->setHtml(QStringLiteral("<p>Barnomso\u0308rjning i <b>la\u0308net</b></p>"));
    paste(text, html);
    EXPECT_EQ(stored().paragraphs[2].sections.first().text,
              QStringLiteral("Barnomsörjning i **länet**"));

    text->selectAll();
    auto* plain = new QMimeData;
    plain->setText(QStringLiteral("Ga\u030Ardsa\u0308ljning"));
    paste(text, plain);
    EXPECT_EQ(stored().paragraphs[2].sections.first().text, QStringLiteral("Gårdsäljning"));
    // Ctrl+Shift+V, plain text from whatever the clipboard holds.
    text->selectAll();
    auto* both = new QMimeData;
    both->setText(QStringLiteral("O\u0308versyn"));
    both->setHtml(QStringLiteral("<p>O\u0308versyn</p>"));
    QApplication::clipboard()->setMimeData(both);
    press(text, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored().paragraphs[2].sections.first().text, QStringLiteral("Översyn"));
    EXPECT_FALSE(found(QStringLiteral("översyn")).isEmpty());
}

// A lone combining mark pasted after a typed letter joins it: "o", then U+0308, is "ö".
TEST_F(ComposedPasteTest, AMarkPastedAfterALetterJoinsIt) {
    QTextEdit* text = window->desk()->editor()->sections().first()->text();
    text->setFocus();
    text->selectAll();
    type(text, QStringLiteral("Barnomso"));
    auto* mark = new QMimeData;
    mark->setText(QStringLiteral("\u0308"));
    paste(text, mark);
    type(text, QStringLiteral("rjning"));
    EXPECT_EQ(stored().paragraphs[2].sections.first().text, QStringLiteral("Barnomsörjning"));
}

} // namespace
