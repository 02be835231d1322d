// Keys at the desk (issue 18, item 8): the window's shortcuts win over what editors claim.
#include "UiTestSupport.h"
#include "bodies/BodyDialog.h"
#include "bodies/MembershipDialog.h"
#include "bodies/ScheduleEntryDialog.h"
#include "desk/HelpWindows.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingDetailsDialog.h"
#include "desk/MeetingSession.h"
#include "desk/NewMeetingDialog.h"
#include "desk/ParagraphEditor.h"
#include "followup/FollowUpDialog.h"
#include "i18n/Translations.h"
#include "justering/ErratumDialog.h"
#include "proceedings/ProceedingsDialog.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabWidget>
#include <QTranslator>
#include <functional>

using namespace paragraf;

class KeysTest : public UiTest {};

namespace {
// A line edit under X11, GNOME or KDE key bindings takes Ctrl+E as "end of line" (the
// offscreen platform has Windows bindings, where it does not): it accepts the shortcut
// override and moves the cursor on the key press.
class EndOfLineOnCtrlE : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->keyCombination() != QKeyCombination(Qt::ControlModifier, Qt::Key_E))
            return false;
        event->accept();
        if (event->type() == QEvent::KeyPress)
            static_cast<QLineEdit*>(watched)->end(false);
        return event->type() == QEvent::KeyPress;
    }
};
} // namespace

TEST_F(KeysTest, CtrlEInTheTitleExportsAndLeavesTheCursorWhereItWas) {
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(openAndWait(window, demoPath));
    ASSERT_TRUE(window.openMeeting(6));
    QLineEdit* title = window.desk()->editor()->title();
    const QString before = title->text();
    ASSERT_FALSE(before.isEmpty());
    EndOfLineOnCtrlE x11;
    title->installEventFilter(&x11);
    title->setFocus();
    title->setCursorPosition(0);
    const QString out = dir.filePath(QStringLiteral("protokoll.pdf"));
    Dialogs::setNextFileName(out);
    QTest::keyClick(title, Qt::Key_E, Qt::ControlModifier);
    EXPECT_TRUE(QFileInfo::exists(out));
    EXPECT_EQ(title->cursorPosition(), 0); // not moved to the end of the line
    EXPECT_EQ(title->text(), before);
}

// Alt+Down in the heading of a new section opens its list, as in any list box; it moved the
// paragraph, the window's key for that, and renumbered the protocol.
TEST_F(KeysTest, AltDownInTheNewSectionsHeadingOpensItsListAndMovesNoParagraph) {
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(openAndWait(window, demoPath));
    ASSERT_TRUE(window.openMeeting(9));
    const QList<Paragraph> before = window.session()->record().paragraphs;
    window.session()->setCurrentParagraph(before[2].id);
    QComboBox* heading = window.desk()->editor()->newSectionHeading();
    heading->lineEdit()->setFocus();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(heading->lineEdit(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_TRUE(heading->view()->isVisible()) << "the list is open";
    heading->hidePopup();
    const QList<Paragraph> after = window.session()->record().paragraphs;
    ASSERT_EQ(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i)
        EXPECT_EQ(after[i].id, before[i].id) << "§ " << after[i].number << " stays where it was";
    window.desk()->editor()->title()->setFocus();
    QTest::keyClick(window.desk()->editor()->title(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(window.session()->record().paragraphs[3].id, before[2].id)
        << "elsewhere Alt+Down still moves the paragraph";
}

namespace {
// The letter after a single '&' of a text, lower case; none for "&&" or no '&'.
QChar mnemonic(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Alt+letter of a window: its menu bar's titles, labels with a buddy, buttons, group boxes and
// tabs; "letter: text, text" for every letter reached more than once.
QStringList duplicateMnemonics(QWidget* top) {
    QMultiMap<QChar, QString> keys;
    const auto add = [&keys](const QString& text, bool shown) {
        if (const QChar key = mnemonic(text); !key.isNull() && shown)
            keys.insert(key, text);
    };
    for (QMenuBar* bar : top->findChildren<QMenuBar*>())
        for (QAction* action : bar->actions())
            add(action->text(), action->isVisible());
    for (QLabel* label : top->findChildren<QLabel*>())
        add(label->text(), label->buddy() != nullptr && label->isVisibleTo(top));
    for (QAbstractButton* button : top->findChildren<QAbstractButton*>())
        add(button->text(), button->isVisibleTo(top));
    for (QGroupBox* box : top->findChildren<QGroupBox*>())
        add(box->title(), box->isVisibleTo(top));
    for (QTabWidget* tabs : top->findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i), tabs->isVisibleTo(top));
    QStringList duplicates;
    for (const QChar key : keys.uniqueKeys())
        if (keys.count(key) > 1)
            duplicates << QStringLiteral("%1: %2").arg(key,
                                                       keys.values(key).join(QStringLiteral(", ")));
    return duplicates;
}

// Removes the catalogues installTranslations put on the application.
void removeTranslations() {
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Every window of the desk, built in the language in use, handed to `check` by name.
void forEveryWindow(const QString& demoPath,
                    const std::function<void(const QString&, QWidget*)>& check) {
    MainWindow window;
    window.resize(1366, 700);
    window.show();
    if (!openAndWait(window, demoPath) || !window.openMeeting(6)) {
        ADD_FAILURE() << "the demo meeting did not open";
        return;
    }
    check(QStringLiteral("the desk"), &window);
    MeetingSession& session = *window.session();
    const MeetingRecord& record = session.record();
    const Id paragraph = record.paragraphs.first().id;
    const auto opened = Database::open(demoPath);
    const Database& database = *opened.value();
    const Body body = BodyRepository(database.connection()).body(record.meeting.bodyId).value();
    const auto show = [&check](const QString& name, QWidget* dialog) {
        dialog->show();
        check(name, dialog);
    };
    MeetingDetailsDialog details(record, &window);
    show(QStringLiteral("MeetingDetailsDialog"), &details);
    ScheduleEntry entry;
    entry.bodyId = body.id;
    entry.date = QDate(2025, 3, 3);
    ScheduleEntryDialog schedule(entry, &window);
    show(QStringLiteral("ScheduleEntryDialog"), &schedule);
    NewMeetingDialog newMeeting(body.name, {entry}, &window);
    show(QStringLiteral("NewMeetingDialog"), &newMeeting);
    MembershipDialog membership({}, QDate(2023, 1, 1), nullptr, &window);
    show(QStringLiteral("MembershipDialog"), &membership);
    BodyDialog bodyDialog(database, body, QDate(2025, 1, 10), &window);
    show(QStringLiteral("BodyDialog"), &bodyDialog);
    ErratumDialog erratum(database, record, paragraph, &window);
    show(QStringLiteral("ErratumDialog"), &erratum);
    ProceedingsDialog proceedings(session, paragraph, &window);
    show(QStringLiteral("ProceedingsDialog"), &proceedings);
    FollowUpDialog followUp(session, paragraph, &window);
    show(QStringLiteral("FollowUpDialog"), &followUp);
    HandbookWindow handbook(&window);
    show(QStringLiteral("HandbookWindow"), &handbook);
    AboutDialog about(&window);
    show(QStringLiteral("AboutDialog"), &about);
}
} // namespace

TEST_F(KeysTest, NoTwoFieldsOrMenusOfAWindowShareAnAltKeyInEitherLanguage) {
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv")}) {
        paragraf::installTranslations(*qApp, language);
        forEveryWindow(demoPath, [&language](const QString& name, QWidget* window) {
            const QStringList duplicates = duplicateMnemonics(window);
            EXPECT_TRUE(duplicates.isEmpty())
                << language.toStdString() << ", " << name.toStdString() << ": "
                << duplicates.join(QStringLiteral("; ")).toStdString();
        });
        removeTranslations();
    }
}

TEST_F(KeysTest, EveryDialogFitsA1366By768Screen) {
    // What a window manager's title bar and a panel leave of 1366×768.
    const QSize room(1366, 768 - 80);
    paragraf::installTranslations(*qApp, QStringLiteral("sv")); // the longer texts
    forEveryWindow(demoPath, [&room](const QString& name, QWidget* window) {
        if (window->inherits("MainWindow"))
            return; // the desk takes the screen it is given
        const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
        const QSize opened = window->size();
        EXPECT_TRUE(needed.width() <= room.width() && needed.height() <= room.height())
            << name.toStdString() << " needs " << needed.width() << "×" << needed.height();
        EXPECT_TRUE(opened.width() <= room.width() && opened.height() <= room.height())
            << name.toStdString() << " opens " << opened.width() << "×" << opened.height();
    });
    removeTranslations();
}
