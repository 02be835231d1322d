// How a person writes a server's address, and what the desk shows and remembers of it: never
// the password.
#include "storage/ServerAddress.h"

#include <gtest/gtest.h>

using namespace paragraf;

TEST(ServerAddressTest, AUriGivesLibpqOptionsPercentDecodedAndKeepsThePasswordApart) {
    const auto address = ServerAddress::parse(QStringLiteral(
        "postgresql://sven%40kommun:hemligt%3Bord@paragraf.kommun.se:5433/protokoll%20ks?"
        "sslmode=verify-full&application_name=desk"));
    ASSERT_TRUE(address.ok()) << address.error().toStdString();
    EXPECT_EQ(address->option(QStringLiteral("user")), QStringLiteral("sven@kommun"));
    EXPECT_EQ(address->option(QStringLiteral("host")), QStringLiteral("paragraf.kommun.se"));
    EXPECT_EQ(address->option(QStringLiteral("port")), QStringLiteral("5433"));
    EXPECT_EQ(address->option(QStringLiteral("dbname")), QStringLiteral("protokoll ks"));
    EXPECT_EQ(address->option(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    EXPECT_EQ(address->passwordInText(), QStringLiteral("hemligt;ord"));
    EXPECT_EQ(address->connectOptions(),
              QStringLiteral("user=sven@kommun host=paragraf.kommun.se port=5433 "
                             "dbname='protokoll ks' sslmode=verify-full application_name=desk"));
    EXPECT_FALSE(address->displayName().contains(QStringLiteral("hemligt")));
    EXPECT_EQ(address->displayName(),
              QStringLiteral("postgresql://sven%40kommun@paragraf.kommun.se:5433/protokoll%20ks?"
                             "sslmode=verify-full&application_name=desk"));
}

TEST(ServerAddressTest, TheShownNameOpensTheSameServerAgain) {
    for (const QString& text :
         {QStringLiteral("postgres://[::1]:5432,db2:5433/paragraf?password=x&gssencmode=require"),
          QStringLiteral("host=/var/run/postgresql dbname='mina protokoll' password='a b'"),
          QStringLiteral("postgresql:///paragraf")}) {
        const auto address = ServerAddress::parse(text);
        ASSERT_TRUE(address.ok()) << text.toStdString();
        const auto again = ServerAddress::parse(address->displayName());
        ASSERT_TRUE(again.ok()) << address->displayName().toStdString();
        EXPECT_EQ(again->connectOptions(), address->connectOptions()) << text.toStdString();
        EXPECT_TRUE(again->passwordInText().isEmpty());
        EXPECT_FALSE(!address->passwordInText().isEmpty() &&
                     address->displayName().contains(address->passwordInText()));
    }
}

TEST(ServerAddressTest, AConnectionStringKeepsQuotedValues) {
    const auto address = ServerAddress::parse(
        QStringLiteral("host=db.kommun.se  dbname = 'mina \\'protokoll\\'' password=hemligt"));
    ASSERT_TRUE(address.ok()) << address.error().toStdString();
    EXPECT_EQ(address->option(QStringLiteral("dbname")), QStringLiteral("mina 'protokoll'"));
    EXPECT_EQ(address->passwordInText(), QStringLiteral("hemligt"));
    EXPECT_EQ(address->displayName(),
              QStringLiteral("host=db.kommun.se dbname='mina \\'protokoll\\''"));
}

TEST(ServerAddressTest, AFileIsNotAServer) {
    EXPECT_TRUE(ServerAddress::looksLikeServer(QStringLiteral("postgresql://host/db")));
    EXPECT_TRUE(ServerAddress::looksLikeServer(QStringLiteral("POSTGRES://host/db")));
    EXPECT_TRUE(ServerAddress::looksLikeServer(QStringLiteral("service=paragraf dbname=x")));
    EXPECT_FALSE(ServerAddress::looksLikeServer(QStringLiteral("/home/sven/nämnd.paragraf")));
    EXPECT_FALSE(ServerAddress::looksLikeServer(QStringLiteral("budget=2024.paragraf")));
    EXPECT_FALSE(ServerAddress::looksLikeServer(QStringLiteral("C:/protokoll/ks.paragraf")));
}

TEST(ServerAddressTest, AMistakeIsNamed) {
    const auto unknown = ServerAddress::parse(QStringLiteral("host=x colour=red"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QStringLiteral("colour")))
        << unknown.error().toStdString();
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("host='x")).ok());
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("postgresql://h/d?colour=red")).ok());
}

// A tester's typos: a % that is no escape was taken as part of the password and reported as a
// refused password; an unclosed [ was shown back as "[[::1…". Both are malformed addresses,
// shown as written (without the password).
TEST(ServerAddressTest, AMalformedAddressIsSaidToBeMalformedAsWritten) {
    const auto escape = ServerAddress::parse(QStringLiteral("postgresql://h/proto%ZZkoll"));
    ASSERT_FALSE(escape.ok());
    EXPECT_TRUE(escape.error().contains(QStringLiteral("postgresql://h/proto%ZZkoll is malformed")))
        << escape.error().toStdString();
    const auto inPassword =
        ServerAddress::parse(QStringLiteral("postgresql://sven:hem%ZZlig@h/paragraf"));
    ASSERT_FALSE(inPassword.ok());
    EXPECT_TRUE(inPassword.error().contains(QStringLiteral("postgresql://sven@h/paragraf")))
        << inPassword.error().toStdString();
    EXPECT_FALSE(inPassword.error().contains(QStringLiteral("hem"))) << "never the password";
    const QString unclosed = QStringLiteral("postgresql://[::1:55999/x");
    const auto bracket = ServerAddress::parse(unclosed);
    ASSERT_FALSE(bracket.ok());
    EXPECT_TRUE(bracket.error().contains(unclosed + QStringLiteral(" is malformed")))
        << bracket.error().toStdString();
    EXPECT_FALSE(bracket.error().contains(QStringLiteral("[[")));
    EXPECT_FALSE(ServerAddress::parse(QStringLiteral("postgresql://::1]:5432/x")).ok());
    EXPECT_TRUE(ServerAddress::parse(QStringLiteral("postgresql://[::1]:5432/x")).ok());
    EXPECT_TRUE(ServerAddress::parse(QStringLiteral("postgresql://h/a%20b")).ok());
}
