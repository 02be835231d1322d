// Loading a meeting from the server (issue 21's load benchmark): the server keeps the load's
// statements prepared, and what it loads is what the file loads, also once the server plans the
// statements generically (after their fifth run).
#include "ServerAndFileFixture.h"
#include "TransferSupport.h"
#include "adjustment/ErratumService.h"
#include "adjustment/TransferService.h"
#include "demo/DemoData.h"
#include "demo/DemoWriter.h"
#include "interchange/MeetingJson.h"
#include "services/MeetingService.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class ServerLoadTest : public ServerAndFileFixture {
protected:
    // The demo file, seed 001's November meeting adjusted on paper with two rättelser: votes,
    // attendance changes, presiding, adjournments, decisions, assignments and referrals.
    void buildFile() {
        ASSERT_TRUE(inTransaction(database().connection(), [&]() -> Status {
                        DemoWriter writer(database().connection());
                        if (auto status = demo::buildJamtland(writer); !status)
                            return status;
                        return demo::buildVastmanland(writer);
                    }).ok());
        adjustOnPaper(database(), november);
        const MeetingRecord record = MeetingService(database()).load(november).value();
        ASSERT_TRUE(ErratumService(database())
                        .record(november, record.paragraphs[3].id,
                                QStringLiteral("Magnus Aspegren ska återkoppla."),
                                QStringLiteral("Fel namn"), QStringLiteral("Ordföranden"),
                                QDate(2024, 11, 25))
                        .ok());
        ASSERT_TRUE(ErratumService(database())
                        .record(november, NoId, QStringLiteral("Mötet hölls digitalt."),
                                QStringLiteral("Fel mötesform"), QStringLiteral("Ordföranden"),
                                QDate(2024, 11, 26))
                        .ok());
    }

    // The server's statements prepared on this connection by Paragraf.
    int preparedStatements() const {
        QSqlQuery query(onServer->connection());
        EXPECT_TRUE(query.exec(QStringLiteral(
            "SELECT count(*) FROM pg_prepared_statements WHERE name LIKE 'paragraf\\_%'")));
        return query.next() ? query.value(0).toInt() : -1;
    }

    static constexpr Id november = 6;
};

// Everything a record holds that names no row by id (ids are the server's own after the push):
// the interchange form of the meeting, and what happened to it after the meeting, and what it
// carries from earlier meetings. The rättelser's chain is left out: push links it anew to the
// server's paragraph ids (docs/server.md, "Hashes").
QString described(const MeetingRecord& record) {
    QString text = QString::fromUtf8(meetingToJson(record));
    for (const Signature& s : record.trail.signatures)
        text += QStringLiteral("\nsignature %1 %2 %3 %4 %5 %6 %7 %8")
                    .arg(static_cast<int>(s.role))
                    .arg(s.name, s.signedAt.toString(Qt::ISODate))
                    .arg(static_cast<int>(s.method))
                    .arg(s.reason, s.contentHash, s.chainHash, s.login);
    for (const Erratum& e : record.trail.errata)
        text += QStringLiteral("\nerratum %1 %2 %3 %4 %5 %6")
                    .arg(e.paragraphId == NoId ? QStringLiteral("whole") : QStringLiteral("one"),
                         e.correctedText, e.reason, e.decidedBy, e.decidedOn.toString(Qt::ISODate),
                         e.recordedAt.toString(Qt::ISODate));
    if (record.trail.posting)
        text += QStringLiteral("\nposted %1").arg(record.trail.posting->postedOn.toString());
    for (const AssignmentRow& a : record.carried.assignments)
        text += QStringLiteral("\ncarried %1 %2 %3 %4")
                    .arg(a.assignment.text, a.origin.bodyName,
                         a.origin.meetingDate.toString(Qt::ISODate))
                    .arg(a.origin.number);
    for (const ReferralRow& r : record.carried.incoming)
        text += QStringLiteral("\nincoming %1 %2 %3")
                    .arg(r.referral.note, r.origin.bodyName)
                    .arg(r.origin.number);
    // The attendance revision is left out: the server's triggers move it on as push writes.
    text += QStringLiteral("\nrules %1 notice %2 %3 %4 %5")
                .arg(record.rules.isDefault() ? QStringLiteral("default") : QStringLiteral("own"))
                .arg(record.notice.signerName, record.notice.signerTitle, record.notice.wording)
                .arg(record.notice.days);
    return text;
}

} // namespace

// Every meeting of the demo, pushed to the server, loads there as it loads from the file: the
// first time, and the seventh, when the server runs the prepared statements on generic plans.
TEST_F(ServerLoadTest, EveryMeetingLoadsFromTheServerAsFromTheFile) {
    buildFile();
    const auto pushed = TransferService::push(database(), *onServer);
    ASSERT_TRUE(pushed.ok()) << pushed.error().toStdString();
    const QHash<qint64, qint64> meetings = pushed->summary.ids.value(QStringLiteral("meeting"));
    ASSERT_GE(meetings.size(), 7);
    MeetingService fromFile(database());
    MeetingService fromServer(*onServer);
    for (int run = 1; run <= 7; ++run)
        for (auto m = meetings.cbegin(); m != meetings.cend(); ++m) {
            const auto inFile = fromFile.load(m.key());
            const auto there = fromServer.load(m.value());
            ASSERT_TRUE(inFile.ok()) << inFile.error().toStdString();
            ASSERT_TRUE(there.ok()) << there.error().toStdString();
            EXPECT_EQ(described(there.value()).toStdString(),
                      described(inFile.value()).toStdString())
                << "meeting " << m.key() << ", load " << run;
        }
}

// A statement run again on a connection is prepared there, once: loading a meeting again plans
// nothing again on the server. The first run of a text prepares nothing (a command that runs a
// statement once pays no extra round trip).
TEST_F(ServerLoadTest, TheLoadsStatementsArePreparedOnceOnTheConnection) {
    const Seed made = seed(server->admin());
    MeetingService meetings(*onServer);
    ASSERT_TRUE(meetings.load(made.meetingA).ok());
    const int afterOne = preparedStatements();
    ASSERT_TRUE(meetings.load(made.meetingA).ok());
    const int afterTwo = preparedStatements();
    EXPECT_GE(afterTwo - afterOne, 15) << "the load's statements, prepared at their second run";
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(meetings.load(made.meetingB).ok());
    EXPECT_EQ(preparedStatements(), afterTwo) << "another meeting runs the same statements";
}

// The same text with values of other types (a null where a number was, text where a number
// was) is another statement on the server, as PQexecParams would type it: nothing is refused.
TEST_F(ServerLoadTest, AStatementRunWithValuesOfOtherTypesStillRuns) {
    const Seed made = seed(server->admin());
    const QString sql =
        QStringLiteral("SELECT count(*) FROM meeting WHERE id = :id OR CAST(:x AS text) IS NULL");
    const auto countWith = [&](const QVariant& x) {
        SqlQuery query(onServer->connection(), sql);
        query.bind(QStringLiteral(":id"), made.meetingA).bind(QStringLiteral(":x"), x);
        return query.first([](const SqlQuery& row) { return row.value(0).toInt(); }, QString());
    };
    for (const QVariant& x :
         {QVariant(qint64(1)), QVariant(qint64(2)), QVariant(QMetaType::fromType<QString>()),
          QVariant(QStringLiteral("a")), QVariant(qint64(3)),
          QVariant(QMetaType::fromType<qint64>())}) {
        const auto counted = countWith(x);
        ASSERT_TRUE(counted.ok()) << counted.error().toStdString();
        EXPECT_EQ(counted.value(), x.isNull() ? 2 : 1) << x.toString().toStdString();
    }
}
