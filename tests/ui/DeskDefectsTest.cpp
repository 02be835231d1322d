// What a secretary found wrong at the desk in an afternoon, each kept from coming back: a new
// paragraph that took the previous one's decision, a meeting made for the wrong body, a
// heading lost in a crash, fields that looked editable on a locked protocol, a desk that
// forgot where it was, and a meeting made by mistake that could not be taken away.
#include "UiTestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "attendance/AttendancePanel.h"
#include "attendance/ParticipantDialog.h"
#include "common/DateField.h"
#include "common/Dialogs.h"
#include "common/RichTextField.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingDetailsDialog.h"
#include "desk/MeetingNavigator.h"
#include "desk/MeetingOperations.h"
#include "desk/MeetingSession.h"
#include "desk/MeetingTreeModel.h"
#include "desk/NewMeetingDialog.h"
#include "desk/ParagraphEditor.h"
#include "desk/ParagraphListModel.h"
#include "desk/SectionEditor.h"
#include "services/MeetingService.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QTableView>
#include <QTextEdit>
#include <QUndoStack>

using namespace paragraf;

namespace {

constexpr Id november = 6; // seed 001, body 1

class DeskDefectsTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        window = openedWindow<MainWindow>(demoPath);
        ASSERT_TRUE(window);
    }
    MeetingRecord stored(Id meetingId) const {
        auto database = Database::open(demoPath);
        return MeetingService(*database.value()).load(meetingId).value();
    }
    QList<MeetingSummary> meetings() const {
        auto database = Database::open(demoPath);
        return MeetingService(*database.value()).list().value();
    }
    std::unique_ptr<MainWindow> window;
};

// Ctrl+Return after a paragraph with a decision, then a title: the new paragraph's decision
// stays empty (it used to get the decision shown before).
TEST_F(DeskDefectsTest, ANewParagraphDoesNotTakeThePreviousDecision) {
    ASSERT_TRUE(window->openMeeting(november));
    const auto& paragraphs = window->session()->record().paragraphs;
    int withDecision = -1;
    for (int i = 0; i < paragraphs.size(); ++i)
        if (!paragraphs[i].decision.isEmpty())
            withDecision = i;
    ASSERT_GE(withDecision, 0);
    window->session()->setCurrentParagraph(paragraphs[withDecision].id);
    window->actions()->newParagraph->trigger();
    QLineEdit* title = window->desk()->editor()->title();
    type(title, QStringLiteral("Övriga frågor"));
    EXPECT_TRUE(window->desk()->editor()->decision()->toPlainText().isEmpty());
    const MeetingRecord saved = stored(november);
    const Paragraph& added = saved.paragraphs[withDecision + 1];
    EXPECT_EQ(added.title, QStringLiteral("Övriga frågor"));
    EXPECT_TRUE(added.decision.isEmpty()) << added.decision.toStdString();
}

// Another body chosen in the tree while a meeting is open: the new meeting is that body's, and
// the dialog says whose it is.
TEST_F(DeskDefectsTest, ANewMeetingIsForTheBodyChosenInTheTree) {
    ASSERT_TRUE(window->openMeeting(november));
    const Id otherBody = 2;
    MeetingNavigator* tree = window->navigator();
    QModelIndex other;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex index = tree->model()->index(row, 0);
        if (index.data(MeetingTreeModel::BodyIdRole).toLongLong() == otherBody)
            other = index;
    }
    ASSERT_TRUE(other.isValid());
    tree->setCurrentIndex(other);
    const QString otherName = other.data(Qt::DisplayRole).toString();
    QString title;
    QString named;
    const auto seen = whenModal<NewMeetingDialog>([&](NewMeetingDialog* dialog) {
        title = dialog->windowTitle();
        named = dialog->body()->text();
        dialog->planned()->setCurrentIndex(0); // not from the schedule
        dialog->accept();
    });
    const qsizetype before = meetings().size();
    window->actions()->newMeeting->trigger();
    ASSERT_TRUE(*seen);
    EXPECT_TRUE(title.contains(otherName)) << title.toStdString();
    EXPECT_TRUE(named.contains(otherName.toHtmlEscaped())) << named.toStdString();
    ASSERT_EQ(meetings().size(), before + 1);
    EXPECT_EQ(window->session()->record().body.id, otherBody);
}

// A second meeting of a body on the same day is made only when the secretary confirms it.
TEST_F(DeskDefectsTest, ASecondMeetingOnTheSameDayIsAskedFor) {
    ASSERT_TRUE(window->openMeeting(november));
    const auto seen = whenModal<NewMeetingDialog>([](NewMeetingDialog* dialog) {
        dialog->planned()->setCurrentIndex(0);
        dialog->date()->setDate(QDate(2024, 11, 11));
        dialog->accept();
    });
    window->actions()->newMeeting->trigger();
    ASSERT_TRUE(*seen);
    EXPECT_TRUE(
        Dialogs::lastMessage().contains(QStringLiteral("already has a meeting on 2024-11-11")))
        << Dialogs::lastMessage().toStdString();
}

// A section heading is in the file as it is typed, not only when the field loses focus.
TEST_F(DeskDefectsTest, ASectionHeadingIsSavedAsItIsTyped) {
    ASSERT_TRUE(window->openMeeting(november));
    window->session()->setCurrentParagraph(window->session()->record().paragraphs[2].id);
    QLineEdit* heading = window->desk()->editor()->sections().first()->heading();
    heading->setFocus();
    heading->end(false);
    type(heading, QStringLiteral(" och förslag"));
    ASSERT_TRUE(heading->hasFocus());
    EXPECT_TRUE(stored(november).paragraphs[2].sections.first().heading.endsWith(
        QStringLiteral(" och förslag")));
}

// A protocol out for adjustment says so above its fields, and what can still be done.
TEST_F(DeskDefectsTest, ALockedProtocolSaysSoAndWhatCanBeDone) {
    ASSERT_TRUE(window->openMeeting(november));
    QLabel* banner = window->desk()->editor()->lockBanner();
    EXPECT_TRUE(banner->isHidden());
    {
        auto database = Database::open(demoPath);
        ASSERT_TRUE(AdjustmentService(*database.value()).sendForAdjustment(november, true).ok());
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 2000))
        << "the desk did not notice the protocol was sent for adjustment";
    EXPECT_TRUE(banner->text().contains(QStringLiteral("out for adjustment")));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Remarks")));
    EXPECT_TRUE(window->desk()->editor()->title()->isReadOnly());
    EXPECT_TRUE(window->desk()->editor()->sections().first()->text()->isReadOnly());
}

// Opening the file again continues at the meeting and paragraph where the secretary was.
TEST_F(DeskDefectsTest, ReopeningReturnsToTheMeetingAndParagraph) {
    ASSERT_TRUE(window->openMeeting(november));
    const Id paragraph = window->session()->record().paragraphs[1].id;
    window->session()->setCurrentParagraph(paragraph);
    window->close();
    window = std::make_unique<MainWindow>();
    window->show();
    ASSERT_TRUE(openAndWait(*window, demoPath));
    ASSERT_NE(window->session(), nullptr);
    EXPECT_EQ(window->session()->meetingId(), november);
    EXPECT_EQ(window->session()->currentParagraph(), paragraph);
}

// A meeting made by mistake is deleted, its numbers free again, and undo brings it back whole.
TEST_F(DeskDefectsTest, ADraftMeetingIsDeletedAndBroughtBack) {
    Meeting extra;
    extra.bodyId = 1;
    extra.date = QDate(2024, 12, 9);
    extra.status = MeetingStatus::InProgress;
    ASSERT_TRUE(window->createMeeting(extra));
    window->actions()->newParagraph->trigger();
    type(window->desk()->editor()->title(), QStringLiteral("Av misstag"));
    const qsizetype before = meetings().size();
    window->actions()->deleteMeeting->trigger();
    EXPECT_EQ(window->session(), nullptr);
    EXPECT_EQ(meetings().size(), before - 1);
    window->actions()->undo->trigger();
    ASSERT_NE(window->session(), nullptr);
    EXPECT_EQ(meetings().size(), before);
    ASSERT_EQ(window->session()->record().paragraphs.size(), 1);
    EXPECT_EQ(window->session()->record().paragraphs.first().title, QStringLiteral("Av misstag"));
    // An adjusted protocol cannot be deleted.
    ASSERT_TRUE(window->openMeeting(1));
    EXPECT_FALSE(window->actions()->deleteMeeting->isEnabled());
}

// Pasted HTML keeps what the protocol prints (bold, italics, lists, tables, web links) and
// drops the rest, saying so; Ctrl+Shift+V pastes plain text; Ctrl+B sets bold.
TEST_F(DeskDefectsTest, PastedHtmlKeepsWhatTheProtocolCanPrint) {
    ASSERT_TRUE(window->openMeeting(november));
    window->session()->setCurrentParagraph(window->session()->record().paragraphs[2].id);
    QTextEdit* text = window->desk()->editor()->sections().first()->text();
    text->setFocus();
    text->selectAll();
    auto* mime = new QMimeData;
    mime->setHtml(
        QStringLiteral(
            "<h1>Stor rubrik</h1><p style=\"color:red; font-size:30pt\">Röd <b>fet</b> och "
            "<i>kursiv</i> text.</p><ul><li>punkt ett</li></ul><p><img src=\"file://%1\">"
            "<a href=\"file:///etc/passwd\">lokal fil</a> och "
            "<a href=\"https://example.org/beslut\">webben</a></p>")
            .arg(demoPath));
    mime->setText(QStringLiteral("Stor rubrik Röd fet"));
    QApplication::clipboard()->setMimeData(mime);
    press(text, Qt::Key_V, Qt::ControlModifier);
    const QString saved = stored(november).paragraphs[2].sections.first().text;
    EXPECT_TRUE(saved.contains(QStringLiteral("**Stor rubrik**"))) << saved.toStdString();
    EXPECT_TRUE(saved.contains(QStringLiteral("**fet**")));
    EXPECT_TRUE(saved.contains(QStringLiteral("*kursiv*")));
    EXPECT_TRUE(saved.contains(QStringLiteral("- punkt ett")));
    EXPECT_TRUE(saved.contains(QStringLiteral("[webben](https://example.org/beslut)")));
    EXPECT_TRUE(saved.contains(QStringLiteral("lokal fil")));
    for (const char* gone : {"file:", "passwd", "#", "color", "30pt", "image", "!["})
        EXPECT_FALSE(saved.contains(QLatin1String(gone))) << gone << " in " << saved.toStdString();
    EXPECT_EQ(RichTextField::cleanedMarkdown(QStringLiteral("<p>vanlig</p>")),
              QStringLiteral("vanlig"));

    text->selectAll();
    press(text, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(november).paragraphs[2].sections.first().text,
              QStringLiteral("Stor rubrik Röd fet"));

    text->moveCursor(QTextCursor::End);
    type(text, QStringLiteral(" "));
    press(text, Qt::Key_B, Qt::ControlModifier);
    type(text, QStringLiteral("viktigt"));
    press(text, Qt::Key_B, Qt::ControlModifier);
    EXPECT_TRUE(stored(november).paragraphs[2].sections.first().text.endsWith(
        QStringLiteral("**viktigt**")))
        << stored(november).paragraphs[2].sections.first().text.toStdString();
}

// A paragraph with a title, one presenter, one section of text and a decision, by keyboard:
// the keys that are not its text are counted (the presenter is found by the start of a name).
TEST_F(DeskDefectsTest, AParagraphTakesAtMostSixKeysThatAreNotText) {
    ASSERT_TRUE(window->openMeeting(november));
    window->desk()->paragraphList()->setFocus();
    int keys = 0;
    const auto key = [&keys](QWidget* target, Qt::Key k, Qt::KeyboardModifiers m = {}) {
        QTest::keyClick(target, k, m);
        ++keys;
    };
    key(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier); // new paragraph
    ParagraphEditor* editor = window->desk()->editor();
    ASSERT_EQ(QApplication::focusWidget(), editor->title());
    type(editor->title(), QStringLiteral("Budget 2025"));
    key(editor->title(), Qt::Key_Return);
    QWidget* presenters = QApplication::focusWidget();
    ASSERT_NE(presenters, editor->title());
    type(presenters, QStringLiteral("Mag")); // the presenter's name, as text
    key(presenters, Qt::Key_Return);
    ASSERT_FALSE(editor->sections().isEmpty());
    ASSERT_EQ(QApplication::focusWidget(), editor->sections().first()->text());
    type(editor->sections().first()->text(), QStringLiteral("Förvaltningen redogör."));
    key(editor->sections().first()->text(), Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), editor->decision());
    type(editor->decision(), QStringLiteral("Nämnden godkänner budgeten."));
    EXPECT_LE(keys, 6);
    std::printf("keys that are not text for a whole paragraph: %d\n", keys);

    const Id added = window->session()->currentParagraph();
    const MeetingRecord saved = stored(november);
    const Paragraph* p = nullptr;
    for (const Paragraph& each : saved.paragraphs)
        if (each.id == added)
            p = &each;
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->title, QStringLiteral("Budget 2025"));
    ASSERT_EQ(p->presenterIds.size(), 1);
    QString presenter;
    for (const Participant& who : saved.participants)
        if (who.id == p->presenterIds.first())
            presenter = who.name;
    EXPECT_EQ(presenter, QStringLiteral("Magnus Aspegren"));
    EXPECT_EQ(p->sections.first().text, QStringLiteral("Förvaltningen redogör."));
    EXPECT_EQ(p->decision, QStringLiteral("Nämnden godkänner budgeten."));

    // A second section from the keyboard, with the cursor in it.
    QTest::keyClick(editor->decision(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(editor->sections().size(), 2);
    EXPECT_EQ(QApplication::focusWidget(), editor->sections().last()->text());
}

// A word longer than a line (a web address) is kept whole: the Markdown writer used to drop
// the character where it broke such a word, while the desk said it was saved.
TEST_F(DeskDefectsTest, AWordLongerThanALineKeepsEveryCharacter) {
    ASSERT_TRUE(window->openMeeting(november));
    window->session()->setCurrentParagraph(window->session()->record().paragraphs[2].id);
    QTextEdit* text = window->desk()->editor()->sections().first()->text();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    const QString typed =
        QStringLiteral(
            " Se https://www.regionjh.se/download/18.1234abcd5678ef90123456/1700000000000/"
            "Protokoll-Samverkansgrupp-2024-11-11-bilaga-1.pdf slut. %1 och så vidare.")
            .arg(QString(300, QLatin1Char('x')));
    const QString before = stored(november).paragraphs[2].sections.first().text;
    type(text, typed);
    const QString saved = stored(november).paragraphs[2].sections.first().text;
    QString withoutBreaks = saved;
    withoutBreaks.replace(QLatin1Char('\n'), QLatin1Char(' '));
    EXPECT_TRUE(withoutBreaks.contains(
        QStringLiteral("https://www.regionjh.se/download/18.1234abcd5678ef90123456/1700000000000/"
                       "Protokoll-Samverkansgrupp-2024-11-11-bilaga-1.pdf")))
        << saved.toStdString();
    EXPECT_TRUE(withoutBreaks.contains(QString(300, QLatin1Char('x'))));
    EXPECT_EQ(withoutBreaks.simplified(), (before + typed).simplified());
}

// An official added by mistake is changed (F2) or removed (Delete) in the attendance list, each
// undoable; anyone at the meeting may chair it; presenters keep the order they are put in.
TEST_F(DeskDefectsTest, OfficialsAreChangedAndRemovedAndMayChair) {
    ASSERT_TRUE(window->openMeeting(november));
    QTableView* table = window->attendance()->table();
    const auto rowOf = [&](const QString& name) {
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toString().trimmed() == name)
                return row;
        return -1;
    };
    const int martin = rowOf(QStringLiteral("Martin Söderström")); // förbundschef, an official
    ASSERT_GE(martin, 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(martin, 0));
    const auto edited = whenModal<ParticipantDialog>([](ParticipantDialog* dialog) {
        auto* role = dialog->findChildren<QLineEdit*>().value(1);
        role->setText(QStringLiteral("förbundschef och föredragande"));
        dialog->accept();
    });
    QTest::keyClick(table, Qt::Key_F2);
    ASSERT_TRUE(*edited);
    auto roleOf = [&](const MeetingRecord& record) {
        for (const Participant& p : record.participants)
            if (p.name == QStringLiteral("Martin Söderström"))
                return p.roleLabel;
        return QStringLiteral("(gone)");
    };
    EXPECT_EQ(roleOf(stored(november)), QStringLiteral("förbundschef och föredragande"));

    const qsizetype before = stored(november).participants.size();
    Participant guest;
    guest.name = QStringLiteral("Gäst av misstag");
    guest.kind = ParticipantKind::Guest;
    MeetingOperations::addParticipant(*window->session(), guest);
    ASSERT_EQ(stored(november).participants.size(), before + 1);
    const int row = rowOf(QStringLiteral("Gäst av misstag"));
    ASSERT_GE(row, 0);
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    EXPECT_EQ(stored(november).participants.size(), before);
    window->actions()->undo->trigger();
    EXPECT_EQ(stored(november).participants.size(), before + 1);

    MeetingDetailsDialog details(window->session()->record(), window.get());
    auto* chair = details.findChildren<QComboBox*>().value(1);
    ASSERT_NE(chair, nullptr);
    bool offered = false;
    for (int i = 0; i < chair->count(); ++i)
        offered |= chair->itemText(i).contains(QStringLiteral("Martin Söderström"));
    EXPECT_TRUE(offered) << "an official may chair the meeting";
}

// Tab in the meeting's details goes as the form reads: the adjustment's date, time, place (the
// time was skipped, and "10.00" typed after Tab landed in the place).
TEST_F(DeskDefectsTest, TabInTheDetailsFollowsTheForm) {
    ASSERT_TRUE(window->openMeeting(november));
    MeetingDetailsDialog details(window->session()->record(), window.get());
    details.show();
    QApplication::setActiveWindow(&details);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&details));
    details.adjustmentDate()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), details.adjustmentTime());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), details.adjustmentPlace());
}

// A presenter found by typing a name with its space ("Martin S") is the one ticked by Return;
// the space used to tick the first Martin and the S go on to another name. Return with nothing
// typed ticks nobody (it ticked the first in the list, the chair).
TEST_F(DeskDefectsTest, APresenterIsFoundByANameWithItsSpaceAndReturnAloneTicksNobody) {
    ASSERT_TRUE(window->openMeeting(november));
    ParagraphEditor* editor = window->desk()->editor();
    const auto presentersOfNew = [&](const QString& typed) {
        window->desk()->paragraphList()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        type(editor->title(), QStringLiteral("Ärende"));
        QTest::keyClick(editor->title(), Qt::Key_Return);
        QWidget* presenters = QApplication::focusWidget();
        if (!typed.isEmpty())
            type(presenters, typed);
        QTest::keyClick(presenters, Qt::Key_Return);
        QStringList names;
        const MeetingRecord saved = stored(november);
        for (const Paragraph& p : saved.paragraphs)
            if (p.id == window->session()->currentParagraph())
                for (Id id : p.presenterIds)
                    names << saved.participant(id)->name;
        return names;
    };
    EXPECT_EQ(presentersOfNew(QStringLiteral("Martin S")),
              QStringList{QStringLiteral("Martin Söderström")});
    EXPECT_TRUE(presentersOfNew(QString()).isEmpty());
}

// After a paragraph is deleted and brought back (Ctrl+Z), another one still moves: a secretary got
// "There is no paragraph with id 56" until she restarted (the paragraph's id resolved to the id a
// section of the one brought back had been given).
TEST_F(DeskDefectsTest, AParagraphMovesAfterAnotherWasDeletedAndBroughtBack) {
    ASSERT_TRUE(window->openMeeting(november));
    window->desk()->paragraphList()->setCurrentIndex(window->desk()->paragraphModel()->index(3));
    window->actions()->deleteParagraph->trigger();
    ASSERT_EQ(stored(november).paragraphs.size(), 5);
    shortcut(QKeySequence::Undo);
    ASSERT_EQ(stored(november).paragraphs.size(), 6);
    const Id last = stored(november).paragraphs.last().id;
    window->desk()->paragraphList()->setCurrentIndex(window->desk()->paragraphModel()->index(5));
    Dialogs::setTestMode(true);
    window->actions()->moveUp->trigger();
    EXPECT_EQ(stored(november).paragraphs[4].id, last) << Dialogs::lastMessage().toStdString();
    // And its text is still typed where it is: the sections brought back keep theirs.
    shortcut(QKeySequence::Undo);
    EXPECT_EQ(stored(november).paragraphs.last().id, last);
}

TEST_F(DeskDefectsTest, PresentersKeepTheOrderTheyArePutIn) {
    ASSERT_TRUE(window->openMeeting(november));
    window->session()->setCurrentParagraph(window->session()->record().paragraphs[4].id);
    QListWidget* presenters = window->desk()->editor()->findChild<QListWidget*>();
    ASSERT_NE(presenters, nullptr);
    int checked = 0;
    for (int i = 0; i < presenters->count() && checked < 2; ++i)
        if (presenters->item(i)->checkState() != Qt::Checked) {
            presenters->item(i)->setCheckState(Qt::Checked);
            ++checked;
        }
    settle(); // written on the desk's writer thread
    const QList<Id> first = stored(november).paragraphs[4].presenterIds;
    ASSERT_GE(first.size(), 2);
    // The list shows the chosen first, in their order: move the last chosen one up.
    presenters->setFocus();
    presenters->setCurrentRow(static_cast<int>(first.size()) - 1);
    QTest::keyClick(presenters, Qt::Key_Up, Qt::ControlModifier);
    settle();
    const QList<Id> moved = stored(november).paragraphs[4].presenterIds;
    ASSERT_EQ(moved.size(), first.size());
    EXPECT_EQ(moved[first.size() - 2], first.last());
    EXPECT_EQ(moved.last(), first[first.size() - 2]);
}

} // namespace
