// Two command lines writing to one paragraph at once: every remark each reported saved is in
// the file; a file held by another writer makes a command wait and say so, not fail.
#include "CliRunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <thread>

using namespace paragraf::test;

namespace {

class ConcurrencyCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        file = dir.filePath(QStringLiteral("demo.paragraf"));
        ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    }
    QTemporaryDir dir;
    QString file;
};

CliRun say(const QString& file, const QString& text) {
    return cli({QStringLiteral("say"), file, QStringLiteral("6"), QStringLiteral("30"), text,
                QStringLiteral("--by"), QStringLiteral("Martin")});
}

TEST_F(ConcurrencyCliTest, TwoWritersAddingToOneParagraphLoseNothing) {
    constexpr int each = 40;
    QStringList reported[2];
    auto writer = [&](int who) {
        for (int i = 0; i < each; ++i) {
            const QString text = QStringLiteral("Skrivare %1 anteckning %2").arg(who).arg(i);
            const CliRun run = say(file, text);
            if (run.exitCode == 0)
                reported[who] << text;
            else
                ADD_FAILURE() << run.err.toStdString();
        }
    };
    std::thread first(writer, 0);
    std::thread second(writer, 1);
    first.join();
    second.join();
    const QString shown = cli({QStringLiteral("show"), file, QStringLiteral("6")}).out;
    int found = 0;
    for (const QStringList& texts : reported)
        for (const QString& text : texts) {
            EXPECT_TRUE(shown.contains(text + QLatin1Char('\n')))
                << text.toStdString() << " was reported saved and is not in the file";
            found += shown.contains(text + QLatin1Char('\n')) ? 1 : 0;
        }
    EXPECT_EQ(found, 2 * each);
}

// Another program holds the file's write lock for longer than a command's first second: the
// command says it waits, and saves when the file is free.
TEST_F(ConcurrencyCliTest, ABusyFileMakesACommandWaitAndSaySo) {
    {
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(file);
        ASSERT_TRUE(holder.open());
        QSqlQuery lock(holder);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        CliRun run;
        std::thread command([&] { run = say(file, QStringLiteral("Medan filen var upptagen")); });
        QThread::msleep(2500);
        ASSERT_TRUE(lock.exec(QStringLiteral("COMMIT")));
        command.join();
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("in use by another program")))
            << run.err.toStdString();
        lock.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    EXPECT_TRUE(cli({QStringLiteral("show"), file, QStringLiteral("6")})
                    .out.contains(QStringLiteral("Medan filen var upptagen")));
}

} // namespace
