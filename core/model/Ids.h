#pragma once

#include <QtGlobal>

namespace paragraf {

// Row ids as SQLite hands them out; 0 means "none" (not yet stored, or no reference).
using Id = qint64;
constexpr Id NoId = 0;

} // namespace paragraf
