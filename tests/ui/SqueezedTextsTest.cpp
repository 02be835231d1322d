// Texts shown in full in Swedish (issue 18, item 8): the roster's columns and the calendar's
// day names were cut ("m…" for måndag).
#include "UiTestSupport.h"
#include "bodies/BodyDialog.h"
#include "bodies/RosterPage.h"
#include "common/DateField.h"
#include "common/RichTextField.h"
#include "i18n/Translations.h"
#include "storage/BodyRepository.h"

#include <QCalendarWidget>
#include <QHeaderView>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QTranslator>

using namespace paragraf;

namespace {
// Room a cell's delegate keeps beside its text (the focus frame's margin and one pixel, on both
// sides).
constexpr int kCellMargins = 6;

int advanceOf(const QAbstractItemView* view, const QModelIndex& index) {
    const QVariant font = index.data(Qt::FontRole);
    const QFontMetrics metrics(font.isValid() ? font.value<QFont>() : view->font());
    return metrics.horizontalAdvance(index.data().toString());
}

class SqueezedTextsTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        paragraf::installTranslations(*qApp, QStringLiteral("sv"));
    }
    void TearDown() override {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};
} // namespace

TEST_F(SqueezedTextsTest, TheRosterShowsItsNamesAndTitlesInFullAt1280Pixels) {
    auto opened = Database::open(demoPath);
    ASSERT_TRUE(opened.ok());
    const Body body = BodyRepository(opened.value()->connection()).body(1).value();
    BodyDialog dialog(*opened.value(), body, QDate(2025, 1, 10));
    dialog.resize(1280, 700);
    dialog.show();
    QTableView* table = dialog.roster()->findChild<QTableView*>();
    ASSERT_NE(table, nullptr);
    QAbstractItemModel* model = table->model();
    ASSERT_GT(model->rowCount(), 0);
    QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        const int width = header->sectionSize(column);
        EXPECT_LE(header->fontMetrics().horizontalAdvance(title) + kCellMargins, width)
            << title.toStdString();
        if (column + 1 < model->columnCount()) { // the last one takes what is left
            EXPECT_GE(width, 8 * table->fontMetrics().averageCharWidth()) << title.toStdString();
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            EXPECT_LE(advanceOf(table, index) + kCellMargins, width)
                << title.toStdString() << ": " << index.data().toString().toStdString();
        }
    }
}

TEST_F(SqueezedTextsTest, TheCalendarShowsItsDayNamesInFull) {
    QWidget window;
    auto* field = new DateField(QDate(2024, 6, 15), &window);
    field->setLocale(QLocale(QLocale::Swedish, QLocale::Sweden));
    window.show();
    field->setFocus();
    press(field, Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget* calendar = field->calendar();
    ASSERT_NE(calendar, nullptr);
    auto* view = calendar->findChild<QTableView*>(QStringLiteral("qt_calendar_calendarview"));
    ASSERT_NE(view, nullptr);
    const QAbstractItemModel* model = view->model();
    QStringList names;
    for (int column = 1; column < model->columnCount(); ++column) { // 0: the week numbers
        const QModelIndex index = model->index(0, column);
        names << index.data().toString();
        EXPECT_LE(advanceOf(view, index) + kCellMargins, view->columnWidth(column))
            << index.data().toString().toStdString();
    }
    EXPECT_TRUE(names.contains(QStringLiteral("mån"))) << names.join(u' ').toStdString();
}

// Seen in the screenshot tour: a pasted heading, made bold, ran into the text below it.
TEST(PastedHeadings, StayLinesOfTheirOwn) {
    const QString markdown =
        RichTextField::cleanedMarkdown(QStringLiteral("<h2>Bakgrund</h2><p>Se bild:</p>"));
    QTextDocument document;
    document.setMarkdown(markdown);
    EXPECT_EQ(document.blockCount(), 2) << markdown.toStdString();
    EXPECT_EQ(document.firstBlock().text(), QStringLiteral("Bakgrund"));
}
