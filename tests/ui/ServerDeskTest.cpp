// The desk on an organisation's server (offscreen, against the throwaway test server): opened
// by its address, a password asked for when the server wants one, the address remembered and
// shown without it. Registered with the server fixture only (tests/CMakeLists.txt).
#include "UiTestSupport.h"
#include "common/Dialogs.h"
#include "common/Settings.h"
#include "demo/DemoData.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "desk/MeetingNavigator.h"
#include "desk/MeetingSession.h"
#include "server/ServerSupport.h"
#include "storage/Database.h"

#include <QAction>
#include <memory>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class ServerDeskTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        PARAGRAF_REQUIRE_SERVER();
        server = std::make_unique<ServerDatabase>();
        const QString owner = QStringLiteral("service=paragraf-test dbname=") + server->name();
        auto opened = Database::create(owner);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        ASSERT_TRUE(buildDemo(*opened.value()).ok());
    }
    std::unique_ptr<ServerDatabase> server;
};

TEST_F(ServerDeskTest, ASecretaryOpensTheServerWithAPasswordAndSeesItsMeetings) {
    const QString login = server->addLogin(QStringLiteral("sven"), QStringLiteral("reader"), 0);
    const QString address =
        QStringLiteral("postgresql://%1@/%2?service=paragraf-test").arg(login, server->name());
    MainWindow window;
    window.show();
    Dialogs::setNextText(ServerDatabase::password());
    ASSERT_TRUE(window.openFile(address)) << Dialogs::lastMessage().toStdString();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("password")))
        << Dialogs::lastMessage().toStdString();
    ASSERT_NE(window.database(), nullptr);
    EXPECT_TRUE(window.database()->isServer());
    EXPECT_EQ(window.navigator()->treeModel()->rowCount(), 7); // the demo's bodies
    EXPECT_TRUE(window.windowTitle().contains(address)) << window.windowTitle().toStdString();
    EXPECT_EQ(Settings::recentFiles().value(0), address);
    EXPECT_FALSE(window.windowTitle().contains(ServerDatabase::password()));
}

TEST_F(ServerDeskTest, OpenServerTakesTheAddressAndSaysWhenTheServerCannotBeReached) {
    MainWindow window;
    window.show();
    EXPECT_EQ(window.actions()->openServer->shortcut(),
              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    Dialogs::setNextText(QStringLiteral("postgresql://127.0.0.1:1/paragraf"));
    window.openServerDialog();
    EXPECT_EQ(window.database(), nullptr);
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("cannot be reached")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(Settings::recentFiles().value(0), QString());
}

// Opening never gives a database Paragraf's schema; the desk asks first (in test mode the
// question is answered yes) and then makes a new, empty Paragraf database there.
TEST_F(ServerDeskTest, AnEmptyDatabaseOnTheServerIsMadeNewOnlyWhenAsked) {
    ServerDatabase empty;
    const QString address = QStringLiteral("service=paragraf-test dbname=") + empty.name();
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(address)) << Dialogs::lastMessage().toStdString();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("no Paragraf database yet")))
        << Dialogs::lastMessage().toStdString();
    EXPECT_TRUE(Dialogs::lastMessage().contains(QStringLiteral("Make a new, empty Paragraf")));
    ASSERT_NE(window.database(), nullptr);
    EXPECT_TRUE(window.database()->isServer());
    EXPECT_GT(window.database()->schemaVersion(), 0);
    EXPECT_EQ(Settings::recentFiles().value(0), address);
}

} // namespace
