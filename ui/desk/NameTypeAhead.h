#pragma once

#include <QElapsedTimer>
#include <QString>

class QKeyEvent;
class QListWidget;

// Finding a name in a list by typing it, spaces included ("Camilla K"). The list's own keyboard
// search stops at a space, which ticks the item found instead: "Camilla K" ticked Camilla and
// went on to the first name with K. Keys typed within a second and a half of each other go on
// the same name; a space before any letter is left to the list (it ticks).
class NameTypeAhead {
public:
    explicit NameTypeAhead(QListWidget* list) : m_list(list) {}

    // Takes a key typed in the list: true when it was part of a name, and the first item whose
    // text begins with what was typed (case aside) is made current.
    bool take(const QKeyEvent& key);
    // Whether an item was found by typing, or moved to with the arrow keys, since reset().
    bool chosen() const { return m_chosen; }
    void markChosen() { m_chosen = true; }
    void reset();

private:
    QListWidget* m_list;
    QString m_typed;
    QElapsedTimer m_lastKey;
    bool m_chosen = false;
};
