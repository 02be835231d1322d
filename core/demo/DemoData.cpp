#include "DemoData.h"

#include "DemoWriter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace paragraf {

Status buildDemo(const Database& database) {
    if (auto writable = database.requireWritable(); !writable)
        return writable;
    return inTransaction(database.connection(), [&]() -> Status {
        DemoWriter writer(database.connection());
        if (auto status = demo::buildJamtland(writer); !status)
            return status;
        if (auto status = demo::buildVastmanland(writer); !status)
            return status;
        return demo::buildNorrvik(writer);
    });
}

} // namespace paragraf
