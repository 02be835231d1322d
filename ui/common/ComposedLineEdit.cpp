#include "ComposedLineEdit.h"

#include "text/ComposedText.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QTimer>
#include <QToolTip>
#include <algorithm>
#include <memory>

void replaceKeepingCursor(QLineEdit* edit, const QString& text) {
    const int at = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(std::min(at, int(text.size())));
}

namespace {

class PasteWatch : public QObject {
public:
    explicit PasteWatch(QLineEdit* edit) : QObject(edit), m_edit(edit) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched != m_edit || m_edit->isReadOnly())
            return false;
        switch (event->type()) {
        case QEvent::KeyPress:
            if (static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste))
                sayIfCut(QGuiApplication::clipboard()->text());
            return false;
        case QEvent::MouseButtonRelease:
            if (static_cast<QMouseEvent*>(event)->button() == Qt::MiddleButton)
                sayIfCut(QGuiApplication::clipboard()->text(QClipboard::Selection));
            return false;
        case QEvent::Drop:
            if (const QMimeData* data = static_cast<QDropEvent*>(event)->mimeData())
                sayIfCut(data->text());
            return false;
        case QEvent::ContextMenu:
            showMenu(static_cast<QContextMenuEvent*>(event)->globalPos());
            return true;
        default:
            return false;
        }
    }

private:
    // The field's own menu: when what it did put the start of the clipboard in the field (its
    // Paste), said as for the keys, once the menu is closed (which would hide it).
    void showMenu(const QPoint& at) {
        const std::unique_ptr<QMenu> menu(m_edit->createStandardContextMenu());
        const QString clip = QGuiApplication::clipboard()->text();
        const QString before = m_edit->text();
        const int room = roomLeft();
        menu->exec(at);
        if (m_edit->text() != before && room > 0 &&
            m_edit->text().contains(paragraf::composed(clip).left(room)))
            // After the window is active again: its activation would hide the tip at once.
            QTimer::singleShot(150, this, [this, clip, room] { sayIfCut(clip, room); });
    }
    int roomLeft() const {
        return m_edit->maxLength() - int(m_edit->text().size() - m_edit->selectedText().size());
    }
    void sayIfCut(const QString& pasted, int room = -1) {
        // The field keeps one line, composed, of what is pasted.
        const QString line = paragraf::composed(pasted.section(QLatin1Char('\n'), 0, 0));
        room = room < 0 ? roomLeft() : room;
        if (line.size() <= room)
            return;
        const QString said =
            QCoreApplication::translate("ComposedLineEdit",
                                        "Only %1 of the %2 characters pasted fit: the field holds "
                                        "at most %3. All of it is still on the clipboard.")
                .arg(std::max(room, 0))
                .arg(line.size())
                .arg(m_edit->maxLength());
        QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())), said, m_edit);
    }

    QLineEdit* m_edit;
};

} // namespace

void sayWhenPasteIsCut(QLineEdit* edit) {
    edit->installEventFilter(new PasteWatch(edit));
}

void keepComposed(QLineEdit* edit) {
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString& text) {
        const QString wanted = paragraf::composed(text);
        if (wanted == text)
            return;
        // The cursor stays before the same text: after a paste, what follows it was composed
        // already, and composing shortens only what comes before.
        const int after = int(text.size()) - edit->cursorPosition();
        edit->setText(wanted);
        edit->setCursorPosition(std::max(0, int(wanted.size()) - after));
    });
}
