#pragma once

// What a Database keeps of the server it opened, for Database.cpp and DatabaseServer.cpp only.
#include "Database.h"
#include "ServerAddress.h"

namespace paragraf {

struct Database::Server {
    ServerAddress address;
    QString password; // as a person gave it, for openSecond(); never shown
};

} // namespace paragraf
