#pragma once

#include "ServerSupport.h"
#include "core/TestSupport.h"
#include "storage/Database.h"

#include <memory>

namespace paragraf::test {

// A test with the file (DatabaseFixture's) and a fresh database of its own on the test server,
// made with Paragraf's schema as `init` makes one: the two engines side by side.
class ServerAndFileFixture : public DatabaseFixture {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        DatabaseFixture::SetUp();
        server = std::make_unique<ServerDatabase>();
        auto opened =
            Database::create(QStringLiteral("service=paragraf-test dbname=") + server->name());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        onServer = std::move(opened.value());
    }

    std::unique_ptr<ServerDatabase> server;
    std::unique_ptr<Database> onServer;
};

} // namespace paragraf::test
