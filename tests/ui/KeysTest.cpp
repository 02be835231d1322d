// Keys at the desk (issue 18, item 8): the window's shortcuts win over what editors claim.
#include "MainActions.h"
#include "MainWindow.h"
#include "MeetingDesk.h"
#include "ParagraphEditor.h"
#include "UiTestSupport.h"

#include <QFileInfo>
#include <QLineEdit>

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
