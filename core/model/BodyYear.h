#pragma once

#include "Ids.h"

namespace paragraf {

// A year in which a body has meetings: one level of the meeting tree, read without its meetings.
struct BodyYear {
    Id bodyId = NoId;
    int year = 0;
    int meetings = 0;
};

} // namespace paragraf
