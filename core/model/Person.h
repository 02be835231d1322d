#pragma once

#include "Ids.h"

#include <QString>

namespace paragraf {

struct Person {
    Id id = NoId;
    QString name;
};

} // namespace paragraf
