#include "NameTypeAhead.h"

#include <QKeyEvent>
#include <QListWidget>

namespace {
constexpr qint64 sameNameWithinMs = 1500;
}

bool NameTypeAhead::take(const QKeyEvent& key) {
    const QString text = key.text();
    if ((key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) ||
        text.isEmpty() || !text.at(0).isPrint())
        return false;
    if (m_lastKey.isValid() && m_lastKey.elapsed() > sameNameWithinMs)
        m_typed.clear();
    if (m_typed.isEmpty() && text.at(0).isSpace())
        return false;
    m_typed += text;
    m_lastKey.start();
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->text().startsWith(m_typed, Qt::CaseInsensitive)) {
            m_list->setCurrentRow(row);
            m_chosen = true;
            break;
        }
    return true;
}

void NameTypeAhead::reset() {
    m_typed.clear();
    m_lastKey.invalidate();
    m_chosen = false;
}
