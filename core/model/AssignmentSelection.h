#pragma once

#include "Ids.h"

namespace paragraf {

// Which assignments to read: of one body or all (NoId), held by one person or anyone (NoId).
struct AssignmentSelection {
    Id bodyId = NoId;
    Id personId = NoId;
};

} // namespace paragraf
