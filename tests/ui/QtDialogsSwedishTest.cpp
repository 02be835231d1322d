// Qt's own dialogs in Swedish (issue 18, item 11): the file dialogs, the print dialog and the
// print preview take their texts from Qt's catalogue, which Debian ships only in part for
// Swedish; the rest is in ours (ui/common/QtStandardTexts.cpp).
#include "UiTestSupport.h"
#include "common/Dialogs.h"
#include "i18n/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTabWidget>
#include <QTranslator>

namespace {
// Every text a person can read in a dialog: its title, labels, buttons, actions and their tips,
// group boxes, tabs, the items of its lists and combo boxes and the titles of their columns.
QStringList textsOf(QWidget* dialog) {
    QStringList texts{dialog->windowTitle()};
    const auto add = [&texts](const QString& text) {
        QString plain = text;
        plain.remove(QLatin1Char('&'));
        if (!plain.trimmed().isEmpty())
            texts << plain.trimmed();
    };
    for (QLabel* label : dialog->findChildren<QLabel*>())
        add(label->text());
    for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>()) {
        add(button->text());
        add(button->toolTip());
    }
    for (QAction* action : dialog->findChildren<QAction*>()) {
        add(action->text());
        add(action->toolTip());
    }
    for (QGroupBox* box : dialog->findChildren<QGroupBox*>())
        add(box->title());
    for (QTabWidget* tabs : dialog->findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
    for (QComboBox* box : dialog->findChildren<QComboBox*>())
        for (int i = 0; i < box->count(); ++i)
            add(box->itemText(i));
    for (QAbstractItemView* view : dialog->findChildren<QAbstractItemView*>()) {
        QAbstractItemModel* model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < std::min(model->rowCount(view->rootIndex()), 20); ++row)
            add(model->index(row, 0, view->rootIndex()).data().toString());
        for (int column = 0; column < model->columnCount(); ++column)
            add(model->headerData(column, Qt::Horizontal).toString());
    }
    return texts;
}

// The English that showed in these dialogs before they were translated.
const QStringList english{
    // The file dialog
    QStringLiteral("Look in:"), QStringLiteral("File name:"), QStringLiteral("Files of type:"),
    QStringLiteral("Open"), QStringLiteral("Save"), QStringLiteral("Cancel"),
    QStringLiteral("Computer"), QStringLiteral("Back"), QStringLiteral("Forward"),
    QStringLiteral("Parent Directory"), QStringLiteral("Create New Folder"),
    QStringLiteral("List View"), QStringLiteral("Detail View"), QStringLiteral("Name"),
    QStringLiteral("Size"), QStringLiteral("Type"), QStringLiteral("Date Modified"),
    QStringLiteral("Go back"), QStringLiteral("Go forward"),
    QStringLiteral("Go to the parent directory"), QStringLiteral("Create a New Folder"),
    QStringLiteral("Change to list view mode"), QStringLiteral("Change to detail view mode"),
    QStringLiteral("Sidebar"), QStringLiteral("List of places and bookmarks"),
    QStringLiteral("Files"), QStringLiteral("Folder"),
    // The print preview
    QStringLiteral("Print Preview"), QStringLiteral("Next page"), QStringLiteral("Previous page"),
    QStringLiteral("First page"), QStringLiteral("Last page"), QStringLiteral("Fit width"),
    QStringLiteral("Fit page"), QStringLiteral("Zoom in"), QStringLiteral("Zoom out"),
    QStringLiteral("Portrait"), QStringLiteral("Landscape"), QStringLiteral("Show single page"),
    QStringLiteral("Show facing pages"), QStringLiteral("Show overview of all pages"),
    QStringLiteral("Print"), QStringLiteral("Page setup"), QStringLiteral("Export to PDF"),
    // The print dialog
    QStringLiteral("Printer"), QStringLiteral("Name:"), QStringLiteral("Properties"),
    QStringLiteral("Location:"), QStringLiteral("Type:"), QStringLiteral("Output file:"),
    QStringLiteral("Options >>"), QStringLiteral("Options <<"), QStringLiteral("Copies"),
    QStringLiteral("Options"), QStringLiteral("Print range"), QStringLiteral("Print all"),
    QStringLiteral("Pages from"), QStringLiteral("Current Page"), QStringLiteral("Selection"),
    QStringLiteral("Copies:"), QStringLiteral("Collate"), QStringLiteral("Reverse"),
    QStringLiteral("Color Mode"), QStringLiteral("Color"), QStringLiteral("Grayscale"),
    QStringLiteral("Duplex Printing"), QStringLiteral("None"), QStringLiteral("Long side"),
    QStringLiteral("Short side"), QStringLiteral("Page Set:"), QStringLiteral("All Pages"),
    QStringLiteral("Odd Pages"), QStringLiteral("Even Pages"),
    QStringLiteral("Print to File (PDF)"), QStringLiteral("Preview"),
    QStringLiteral("Output Settings"), QStringLiteral("Double Sided Printing"),
    QStringLiteral("Off"), QStringLiteral("Long side binding"),
    QStringLiteral("Short side binding")};

QStringList englishIn(const QStringList& texts) {
    QStringList found;
    for (const QString& text : texts)
        if (english.contains(text) && !found.contains(text))
            found << text;
    return found;
}

void removeTranslations() {
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

class QtDialogsSwedishTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        paragraf::installTranslations(*qApp, QStringLiteral("sv"));
    }
    void TearDown() override { removeTranslations(); }
};
} // namespace

TEST_F(QtDialogsSwedishTest, TheFileDialogsSpeakSwedish) {
    for (const bool saving : {false, true}) {
        QFileDialog dialog(nullptr, QStringLiteral("Öppna"), dir.path(),
                           QStringLiteral("Paragraf (*.paragraf)"));
        Dialogs::setUpFileDialog(dialog, saving);
        dialog.show();
        QTest::qWait(50); // the sidebar and the folder list are filled from the event loop
        const QStringList texts = textsOf(&dialog);
        EXPECT_TRUE(englishIn(texts).isEmpty())
            << (saving ? "save: " : "open: ")
            << englishIn(texts).join(QStringLiteral(" | ")).toStdString()
            << "\nall: " << texts.join(QStringLiteral(" | ")).toStdString();
        for (const QString& swedish : {QStringLiteral("Leta i:"), QStringLiteral("Filnamn:"),
                                       QStringLiteral("Filer av typen:"), QStringLiteral("Avbryt"),
                                       saving ? QStringLiteral("Spara") : QStringLiteral("Öppna")})
            EXPECT_TRUE(texts.contains(swedish)) << swedish.toStdString() << " among "
                                                 << texts.join(QStringLiteral(" | ")).toStdString();
    }
}

TEST_F(QtDialogsSwedishTest, ThePrintPreviewSpeaksSwedish) {
    QPrinter printer;
    QPrintPreviewDialog preview(&printer);
    preview.show();
    const QStringList texts = textsOf(&preview);
    EXPECT_TRUE(englishIn(texts).isEmpty())
        << englishIn(texts).join(QStringLiteral(" | ")).toStdString()
        << "\nall: " << texts.join(QStringLiteral(" | ")).toStdString();
    for (const QString& swedish :
         {QStringLiteral("Förhandsgranskning"), QStringLiteral("Nästa sida"),
          QStringLiteral("Skriv ut"), QStringLiteral("Zooma in")})
        EXPECT_TRUE(texts.contains(swedish)) << swedish.toStdString() << " among "
                                             << texts.join(QStringLiteral(" | ")).toStdString();
}

TEST_F(QtDialogsSwedishTest, ThePrintDialogSpeaksSwedish) {
    QPrinter printer;
    QPrintDialog dialog(&printer);
    dialog.show();
    const QStringList texts = textsOf(&dialog);
    EXPECT_TRUE(englishIn(texts).isEmpty())
        << englishIn(texts).join(QStringLiteral(" | ")).toStdString()
        << "\nall: " << texts.join(QStringLiteral(" | ")).toStdString();
    for (const QString& swedish :
         {QStringLiteral("Skriv ut"), QStringLiteral("Skrivare"), QStringLiteral("Avbryt")})
        EXPECT_TRUE(texts.contains(swedish)) << swedish.toStdString() << " among "
                                             << texts.join(QStringLiteral(" | ")).toStdString();
}
