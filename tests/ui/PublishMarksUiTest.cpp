// Marking at the desk for the web copy: Ctrl+Shift+M marks the selected passage as not for
// publication (and takes the mark off), the passage is shown as marked while the secretary writes
// (not by colour alone: underlined, said in the status bar and the editor's description),
// Ctrl+Shift+H flags the paragraph as concerning an individual, and Publicera shows the stored
// marks before anything is written and records the publication.
#include "UiTestSupport.h"
#include "core/AdjustFully.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingSession.h"
#include "desk/ParagraphEditor.h"
#include "desk/SectionEditor.h"
#include "justering/PublishDialog.h"
#include "publish/PublicationMarks.h"
#include "services/MeetingService.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextEdit>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6; // seed 001
const QString name = QStringLiteral("Lisa Marklund");

class PublishMarksUiTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        {
            auto database = Database::open(demoPath);
            ASSERT_TRUE(database.ok());
            const auto record = MeetingService(*database.value()).load(november);
            ASSERT_TRUE(record.ok());
            paragraph = record->paragraphs[1];
            ASSERT_TRUE(MeetingService(*database.value())
                            .updateSectionText(paragraph.sections.first().id,
                                               QStringLiteral("Ansökan från ") + name +
                                                   QStringLiteral(" om stöd beviljas."))
                            .ok());
        }
        window = openedWindow<MainWindow>(demoPath);
        ASSERT_TRUE(window);
        ASSERT_TRUE(window->openMeeting(november));
        window->session()->setCurrentParagraph(paragraph.id);
    }
    QTextEdit* sectionText() const {
        const auto editors = window->desk()->editor()->findChildren<SectionEditor*>();
        return editors.isEmpty() ? nullptr : editors.first()->text();
    }
    // Selects `text` in the section as a person would, the cursor in the text.
    void select(const QString& text) {
        QTextEdit* edit = sectionText();
        ASSERT_TRUE(edit);
        edit->setFocus();
        const qsizetype at = edit->toPlainText().indexOf(text);
        ASSERT_GE(at, 0) << edit->toPlainText().toStdString();
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(static_cast<int>(at));
        cursor.setPosition(static_cast<int>(at + text.size()), QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
    }
    StoredMarks stored() const {
        auto database = Database::open(demoPath);
        return PublicationMarkService(*database.value()).stored(november).value();
    }
    std::unique_ptr<MainWindow> window;
    Paragraph paragraph;
};

TEST_F(PublishMarksUiTest, CtrlShiftMMarksTheSelectionShowsItAndTakesItOff) {
    EXPECT_EQ(window->actions()->markPassage->shortcut(),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    select(name);
    shortcut(window->actions()->markPassage->shortcut());
    const StoredMarks marks = stored();
    ASSERT_EQ(marks.passages.size(), 1) << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(marks.passages.first().mark.passage, name);
    EXPECT_EQ(marks.passages.first().mark.paragraphId, paragraph.id);

    // Shown while writing: underlined on a background, and said in words.
    QTextEdit* edit = sectionText();
    ASSERT_EQ(edit->extraSelections().size(), 1);
    const QTextEdit::ExtraSelection shown = edit->extraSelections().first();
    EXPECT_EQ(shown.cursor.selectedText(), name);
    EXPECT_NE(shown.format.underlineStyle(), QTextCharFormat::NoUnderline) << "not colour alone";
    EXPECT_TRUE(edit->accessibleDescription().contains(QStringLiteral("not for publication")))
        << edit->accessibleDescription().toStdString();
    QTextCursor into = edit->textCursor();
    into.setPosition(static_cast<int>(edit->toPlainText().indexOf(name)) + 3);
    edit->setTextCursor(into);
    EXPECT_TRUE(
        window->statusBar()->currentMessage().contains(QStringLiteral("Not for publication")))
        << window->statusBar()->currentMessage().toStdString();
    // A typed copy of the passage elsewhere in the text is shown too: masking masks it there.
    QTextCursor end = edit->textCursor();
    end.movePosition(QTextCursor::End);
    edit->setTextCursor(end);
    type(edit, QStringLiteral(" ") + name);
    EXPECT_EQ(edit->extraSelections().size(), 2);

    // Again with the cursor in the marked passage: the mark is taken off.
    into.setPosition(static_cast<int>(edit->toPlainText().indexOf(name)) + 3);
    edit->setTextCursor(into);
    shortcut(window->actions()->markPassage->shortcut());
    EXPECT_TRUE(stored().passages.isEmpty());
    EXPECT_TRUE(edit->extraSelections().isEmpty());
}

TEST_F(PublishMarksUiTest, CtrlShiftHFlagsTheParagraphAsConcerningAnIndividual) {
    QAction* flag = window->actions()->concernsIndividual;
    EXPECT_EQ(flag->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    window->desk()->editor()->title()->setFocus();
    shortcut(flag->shortcut());
    EXPECT_EQ(stored().individualParagraphs(), QList<Id>{paragraph.id});
    EXPECT_TRUE(flag->isChecked());
    window->session()->setCurrentParagraph(window->session()->record().paragraphs[0].id);
    EXPECT_FALSE(flag->isChecked()) << "another paragraph";
    window->session()->setCurrentParagraph(paragraph.id);
    EXPECT_TRUE(flag->isChecked());
    shortcut(flag->shortcut());
    EXPECT_TRUE(stored().individualParagraphs().isEmpty());
    EXPECT_FALSE(flag->isChecked());
}

TEST_F(PublishMarksUiTest, PublicerShowsTheStoredMarksAndRecordsThePublication) {
    select(name);
    shortcut(window->actions()->markPassage->shortcut());
    ASSERT_EQ(stored().passages.size(), 1);
    window.reset(); // the protocol is adjusted by the others; the desk opens it again
    {
        auto database = Database::open(demoPath);
        adjustFully(*database.value(), november);
    }
    window = openedWindow<MainWindow>(demoPath);
    ASSERT_TRUE(window && window->openMeeting(november));
    window->session()->setCurrentParagraph(paragraph.id);
    // Marked after the adjustment too: the protocol stays as it is.
    window->desk()->editor()->title()->setFocus();
    shortcut(window->actions()->concernsIndividual->shortcut());
    ASSERT_EQ(stored().individual.size(), 1) << Dialogs::lastMessage().toStdString();

    const QString out = dir.filePath(QStringLiteral("publicerat"));
    const auto published = whenModal<PublishDialog>([&](PublishDialog* dialog) {
        ASSERT_GE(dialog->masked()->rowCount(), 1);
        EXPECT_EQ(dialog->masked()->item(0, 1)->text(), QStringLiteral("marked"));
        EXPECT_EQ(dialog->masked()->item(0, 2)->text(), name);
        EXPECT_TRUE(dialog->publishButton()->isEnabled());
        dialog->folder()->setText(out);
        dialog->publishButton()->click();
        EXPECT_FALSE(dialog->isVisible()) << dialog->problem()->text().toStdString();
    });
    window->actions()->publish->trigger();
    ASSERT_TRUE(*published);
    auto database = Database::open(demoPath);
    const auto done = PublicationMarkService(*database.value()).publications(november);
    ASSERT_TRUE(done.ok());
    ASSERT_EQ(done->size(), 1);
    EXPECT_TRUE(
        done->first().masked.contains(QStringLiteral("markerat\t§ %1").arg(paragraph.number)));
}

TEST_F(PublishMarksUiTest, AMarkWhoseTextIsGoneStopsPublicera) {
    select(name);
    shortcut(window->actions()->markPassage->shortcut());
    ASSERT_EQ(stored().passages.size(), 1);
    QTextEdit* edit = sectionText();
    edit->selectAll();
    type(edit, QStringLiteral("Ansökan beviljas."));
    window.reset();
    {
        auto database = Database::open(demoPath);
        adjustFully(*database.value(), november);
    }
    window = openedWindow<MainWindow>(demoPath);
    ASSERT_TRUE(window && window->openMeeting(november));
    const QString out = dir.filePath(QStringLiteral("publicerat"));
    const auto shown = whenModal<PublishDialog>([&](PublishDialog* dialog) {
        EXPECT_FALSE(dialog->publishButton()->isEnabled());
        EXPECT_TRUE(dialog->problem()->text().contains(name))
            << dialog->problem()->text().toStdString();
        EXPECT_EQ(dialog->masked()->item(0, 1)->text(),
                  QStringLiteral("marked – the text is no longer there"));
        dialog->reject();
    });
    window->actions()->publish->trigger();
    ASSERT_TRUE(*shown);
    EXPECT_FALSE(QDir(out).exists());
}

} // namespace
