#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QTextEdit;

// Passages marked as not for publication, shown where they stand while the secretary writes:
// each occurrence with a dashed underline on a pale background (not colour alone), a tooltip and
// a status bar text when the cursor or the mouse is on it, and the editor's accessible
// description saying how many there are. Masking on the web masks a marked text wherever it
// stands, so every occurrence is shown.
class MarkedPassages : public QObject {
    Q_OBJECT
public:
    // Follows `editor` (its text, cursor and mouse) from now on; `passages()` gives the marks.
    static MarkedPassages* install(QTextEdit* editor, std::function<QStringList()> passages);

    // Shows the marks again (after they changed).
    void refresh();
    // The marked passage the position stands in, or an empty text.
    QString passageAt(int position) const;

    static QString markedText();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MarkedPassages(QTextEdit* editor, std::function<QStringList()> passages);
    void cursorMoved();

    QTextEdit* m_editor;
    std::function<QStringList()> m_passages;
    QString m_describedAs; // the editor's own accessible description, before any marks
    bool m_toldAtCursor = false;
};
