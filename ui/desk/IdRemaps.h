#pragma once

#include "model/Ids.h"

#include <QHash>

// Undo may bring back a deleted row under a new id, perhaps more than once: the old ids lead to
// the id of today. One map per table: a paragraph's id and a section's id may be equal.
class IdRemaps {
public:
    paragraf::Id resolve(paragraf::Id id) const {
        paragraf::Id current = id;
        while (m_newer.contains(current))
            current = m_newer.value(current);
        return current;
    }
    void remap(paragraf::Id oldId, paragraf::Id newId) {
        if (oldId != paragraf::NoId && oldId != newId)
            m_newer.insert(oldId, newId);
    }

private:
    QHash<paragraf::Id, paragraf::Id> m_newer;
};
