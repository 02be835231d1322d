#pragma once

#include <QList>
#include <QtGlobal>
#include <algorithm>

namespace paragraf {

// Row ids as SQLite hands them out; 0 means "none" (not yet stored, or no reference).
using Id = qint64;
constexpr Id NoId = 0;

// Two id lists equal in order. Not QList's ==: in Qt 6.4 it hands memcmp a null pointer when
// both lists are empty, which UBSan reports.
inline bool sameIds(const QList<Id>& a, const QList<Id>& b) {
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin());
}

} // namespace paragraf
