// Follow-up typed at the desk while the meeting talks: an assignment with two holders and a
// remark by two people in a few keys each, undone and redone; the next meeting goes through
// what is due and closes it at its follow-up paragraph; the overview exports what is open.
#include "UiTestSupport.h"
#include "desk/MainWindow.h"
#include "desk/MeetingSession.h"
#include "followup/AssignmentOverviewDialog.h"
#include "followup/FollowUpDialog.h"
#include "proceedings/CarriedDialog.h"
#include "services/FollowUpService.h"
#include "services/MeetingService.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTextBrowser>

using namespace paragraf;

namespace {

constexpr Id november = 6; // seed 001

class FollowUpUiTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        window = openedWindow<MainWindow>(demoPath);
        ASSERT_TRUE(window);
    }
    void openAt(Id meetingId, int paragraphIndex) {
        ASSERT_TRUE(window->openMeeting(meetingId));
        window->session()->setCurrentParagraph(
            window->session()->record().paragraphs[paragraphIndex].id);
    }
    MeetingRecord stored(Id meetingId) const {
        auto database = Database::open(demoPath);
        return MeetingService(*database.value()).load(meetingId).value();
    }
    static void activate(QWidget* dialog) {
        QApplication::setActiveWindow(dialog);
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
    }
    // A key with modifiers as a person presses it, to the dialog that has the keyboard (a
    // completer's list may have been the active window a moment ago).
    static void chord(QWidget* window, const QKeySequence& keys) {
        QApplication::setActiveWindow(window);
        EXPECT_TRUE(QTest::qWaitForWindowActive(window));
        const QKeyCombination combination = keys[0];
        QTest::keyClick(window->focusWidget() ? window->focusWidget() : window, combination.key(),
                        combination.keyboardModifiers());
    }

    std::unique_ptr<MainWindow> window;
};

TEST_F(FollowUpUiTest, AnAssignmentAndARemarkByNameAreTypedAndUndone) {
    openAt(november, 3); // § 29 Inför Läget i länet-dag
    int keys = 0;
    const auto typed = [&keys](QWidget* target, const QString& text) {
        type(target, text);
        keys += static_cast<int>(text.size());
    };
    const auto key = [&keys](QWidget* target, Qt::Key k) {
        press(target, k);
        ++keys;
    };
    const auto seen = whenModal<FollowUpDialog>([&](FollowUpDialog* dialog) {
        activate(dialog);
        EXPECT_EQ(dialog->focusWidget(), dialog->what()) << "typing starts at once";
        typed(dialog->what(), QStringLiteral("Återkoppla om panelsamtalet"));
        QTest::keyClick(dialog->what(), Qt::Key_Tab);
        ++keys;
        EXPECT_EQ(dialog->focusWidget(), dialog->holders());
        typed(dialog->holders(), QStringLiteral("Kommundirektörerna, Mag"));
        key(dialog->holders(), Qt::Key_Return);
        EXPECT_TRUE(dialog->preview()->toPlainText().contains(
            QStringLiteral("Uppdrag: Återkoppla om panelsamtalet. Ansvariga: Kommundirektörerna "
                           "och Magnus Aspegren. Redovisas till nästa möte.")))
            << dialog->preview()->toPlainText().toStdString();
        EXPECT_EQ(dialog->focusWidget(), dialog->what()) << "ready for the next one";
        const int assignmentKeys = keys;
        EXPECT_LE(assignmentKeys, 2 + 27 + 23 + 1);

        // A remark: the names by their start, Enter, the words, Enter.
        chord(dialog, QKeySequence(Qt::ALT | Qt::Key_S));
        EXPECT_EQ(dialog->focusWidget(), dialog->speakers());
        typed(dialog->speakers(), QStringLiteral("Sara"));
        key(dialog->speakers(), Qt::Key_Return);
        typed(dialog->remark(), QStringLiteral("Bra."));
        key(dialog->remark(), Qt::Key_Return);
        EXPECT_TRUE(dialog->preview()->toPlainText().contains(QStringLiteral("could be any of "
                                                                             "Sara Schelin, Sara "
                                                                             "Lewerentz")))
            << "two Saras are present: the secretary is asked for more of the name";
        dialog->speakers()->clear();
        typed(dialog->speakers(), QStringLiteral("Mar, Mag"));
        key(dialog->speakers(), Qt::Key_Return);
        EXPECT_EQ(dialog->focusWidget(), dialog->remark());
        dialog->remark()->clear();
        typed(dialog->remark(), QStringLiteral("Något vi behöver ha med oss hela dagen."));
        key(dialog->remark(), Qt::Key_Return);
        EXPECT_TRUE(dialog->preview()->toPlainText().contains(
            QStringLiteral("Martin och Magnus: Något vi behöver ha med oss hela dagen.")))
            << dialog->preview()->toPlainText().toStdString();
        EXPECT_EQ(dialog->made()->count(), 2);

        // Undo takes the remark back, redo brings it again.
        chord(dialog, QKeySequence(QKeySequence::Undo));
        EXPECT_EQ(dialog->made()->count(), 1);
        chord(dialog, QKeySequence(QKeySequence::Redo));
        EXPECT_EQ(dialog->made()->count(), 2);
        dialog->reject();
    });
    chord(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    ASSERT_TRUE(*seen);

    const FollowUp saved = stored(november).paragraphs[3].followUp;
    ASSERT_EQ(saved.assignments.size(), 1);
    const QList<AssignmentHolder>& holders = saved.assignments[0].holders;
    ASSERT_EQ(holders.size(), 2);
    EXPECT_EQ(holders[0].kind, HolderKind::Group);
    EXPECT_EQ(holders[1].kind, HolderKind::Person);
    EXPECT_EQ(holders[1].name, QStringLiteral("Magnus Aspegren"));
    ASSERT_EQ(saved.viewpoints.size(), 1);
    EXPECT_EQ(saved.viewpoints[0].speakerIds.size(), 2);
}

TEST_F(FollowUpUiTest, TheNextMeetingClosesWhatIsDueAndTheOverviewExportsTheRest) {
    Id december = NoId;
    {
        auto database = Database::open(demoPath);
        FollowUpService followUps(*database.value());
        const MeetingRecord record = MeetingService(*database.value()).load(november).value();
        FollowUp f;
        Assignment name;
        name.text = QStringLiteral("Fundera på förslag till namn på gruppen");
        name.holders << AssignmentHolder{HolderKind::Group, NoId, QStringLiteral("Alla")};
        Assignment later = name;
        later.text = QStringLiteral("Sammanställ förslagen");
        later.due = QDate(2025, 3, 1);
        f.assignments << name << later;
        ASSERT_TRUE(followUps.setFollowUp(record.paragraphs[2].id, f).ok());
        Meeting m;
        m.bodyId = record.body.id;
        m.date = QDate(2024, 12, 9);
        m.status = MeetingStatus::InProgress;
        december = MeetingService(*database.value()).createMeeting(m).value();
        ASSERT_TRUE(followUps.addFollowUpParagraph(december).ok());
    }
    openAt(december, 0);
    const auto seen = whenModal<CarriedDialog>([&](CarriedDialog* dialog) {
        activate(dialog);
        EXPECT_EQ(dialog->assignments()->rowCount(), 2);
        if (dialog->assignments()->rowCount() != 2) {
            dialog->reject();
            return;
        }
        EXPECT_EQ(dialog->assignments()->item(0, 4)->text(), QStringLiteral("due"));
        EXPECT_EQ(dialog->assignments()->item(1, 4)->text(), QStringLiteral("open"));
        dialog->assignments()->selectRow(0);
        dialog->note()->setFocus();
        type(dialog->note(), QStringLiteral("Arbetsnamnet Länsledning behålls"));
        chord(dialog, QKeySequence(Qt::ALT | Qt::Key_D));
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                return dialog->assignments()->item(0, 4)->text() == QStringLiteral("done here");
            },
            2000));
        dialog->reject();
    });
    chord(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    ASSERT_TRUE(*seen);
    const MeetingRecord after = stored(december);
    ASSERT_EQ(after.paragraphs[0].followUp.closedHere.size(), 1);
    EXPECT_EQ(after.paragraphs[0].followUp.closedHere[0].assignment.note,
              QStringLiteral("Arbetsnamnet Länsledning behålls"));

    const QString csv = dir.filePath(QStringLiteral("open.csv"));
    activate(window.get()); // before the answer waits: activating runs the event loop
    const auto overview = whenModal<AssignmentOverviewDialog>([&](AssignmentOverviewDialog* d) {
        EXPECT_EQ(d->table()->rowCount(), 1) << "one still open";
        EXPECT_EQ(d->table()->item(0, 2)->text(), QStringLiteral("Sammanställ förslagen"));
        Dialogs::setNextFileName(csv);
        d->exportCsv();
        d->state()->setCurrentIndex(3); // all
        EXPECT_EQ(d->table()->rowCount(), 2);
        d->reject();
    });
    chord(window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    ASSERT_TRUE(*overview);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(file.readAll())
                    .contains(QStringLiteral(";Sammanställ förslagen;Alla;2025-03-01;")));
}

} // namespace
