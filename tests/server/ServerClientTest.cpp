// What the choice of Qt's QPSQL driver as the server's client rests on, checked against the
// throwaway server: a refusal carries its SQLSTATE, and a notification reaches another
// connection within a second (the chair's signature arriving at the secretary's desk).
#include "ServerSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <memory>

using namespace paragraf::test;

namespace {

class ServerClientTest : public ::testing::Test {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        server = std::make_unique<ServerDatabase>();
    }

    std::unique_ptr<ServerDatabase> server;
};

} // namespace

TEST_F(ServerClientTest, ARefusalCarriesItsSqlState) {
    QSqlDatabase connection = server->admin();
    QSqlQuery query(connection);
    ASSERT_FALSE(query.exec(QStringLiteral(
        "DO $$ BEGIN RAISE EXCEPTION 'the protocol is adjusted and final' USING ERRCODE = "
        "'PF001'; END $$")));
    EXPECT_EQ(query.lastError().nativeErrorCode(), QStringLiteral("PF001"));
    ASSERT_FALSE(query.exec(QStringLiteral("SELECT * FROM no_such_table")));
    EXPECT_EQ(query.lastError().nativeErrorCode(), QStringLiteral("42P01"));
}

TEST_F(ServerClientTest, ANotificationArrivesAtAnotherConnectionWithinASecond) {
    QSqlDatabase listener = server->admin();
    QSqlDatabase sender = server->admin();
    ASSERT_TRUE(listener.driver()->subscribeToNotification(QStringLiteral("paragraf_meeting")));
    QString payload;
    QEventLoop loop;
    QObject::connect(listener.driver(), &QSqlDriver::notification, &loop,
                     [&](const QString&, QSqlDriver::NotificationSource, const QVariant& value) {
                         payload = value.toString();
                         loop.quit();
                     });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    value(sender, QStringLiteral("SELECT pg_notify('paragraf_meeting', '42')"));
    if (payload.isEmpty())
        loop.exec();
    EXPECT_EQ(payload, QStringLiteral("42"));
    EXPECT_LT(timer.elapsed(), 1000);
}
