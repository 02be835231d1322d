// What a protocol keeps from the moment it is sent for adjustment, on the file and on the server
// (schema 17; a tester's findings 1 and 5 of issue 21): who takes part and who signs stay as sent,
// whatever SQL reaches the database, and a body renamed later keeps its signed protocols as they
// were signed.
#include "AdjustFully.h"
#include "DocumentFixture.h"
#include "adjustment/AdjustmentService.h"
#include "services/FollowUpService.h"
#include "services/RosterService.h"
#include "text/CanonicalForm.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6; // seed 001: Elise Ackerot, Martin Söderström, Sara Schelin

class KeptAsSentTest : public DocumentFixture {
protected:
    // Runs raw SQL on the open database, as anyone holding the file (or a login) could; the
    // error, empty when it went through.
    QString raw(const QString& sql) {
        QSqlQuery query(database().connection());
        return query.exec(sql) ? QString() : query.lastError().text();
    }
    QVariant rawValue(const QString& sql) {
        QSqlQuery query(database().connection());
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
        return query.value(0);
    }
    Body bodyOf(Id meeting) {
        auto body = RosterService(database()).body(load(meeting).meeting.bodyId);
        EXPECT_TRUE(body.ok());
        return body.value();
    }
    void rename(Body body, const QString& name) {
        body.name = name;
        const Status renamed = RosterService(database()).updateBody(body);
        ASSERT_TRUE(renamed.ok()) << renamed.error().toStdString();
    }
    void expectIntact(Id meeting) {
        const auto verified = AdjustmentService(database()).verify(meeting);
        ASSERT_TRUE(verified.ok()) << verified.error().toStdString();
        EXPECT_TRUE(verified->intact())
            << verified->problems().join(QLatin1Char('\n')).toStdString();
    }
};

} // namespace

// The tester swapped two participants' people while the protocol was out (the server tells who a
// login is by a participant's person, which no checksum covers), signed as the chair, and swapped
// them back. From sending on, nothing of who takes part and who signs changes, for anyone.
TEST_F(KeptAsSentTest, WhoTakesPartAndWhoSignsStayAsSent) {
    ASSERT_TRUE(AdjustmentService(database()).sendForAdjustment(november).ok());
    const MeetingRecord sent = load(november);
    const Participant* chair = sent.participant(sent.meeting.chairId);
    const Participant* secretary = sent.participant(sent.meeting.secretaryId);
    ASSERT_TRUE(chair && secretary);
    const QString swap = QStringLiteral("UPDATE participant SET person_id = %1 WHERE id = %2")
                             .arg(secretary->personId)
                             .arg(chair->id);
    const QStringList refused{
        QStringLiteral("UPDATE participant SET person_id = person_id WHERE id = %1").arg(chair->id),
        QStringLiteral("DELETE FROM participant WHERE id = %1").arg(chair->id),
        QStringLiteral("INSERT INTO participant (meeting_id, position, person_id, name, kind) "
                       "SELECT %1, 99, id, 'Ny', 'guest' FROM person WHERE id NOT IN (SELECT "
                       "person_id FROM participant WHERE meeting_id = %1) LIMIT 1")
            .arg(november),
        QStringLiteral("UPDATE meeting SET chair_id = %1 WHERE id = %2")
            .arg(secretary->id)
            .arg(november),
        QStringLiteral("UPDATE meeting SET status = 'draft' WHERE id = %1").arg(november),
        QStringLiteral("DELETE FROM meeting_adjuster WHERE meeting_id = %1").arg(november),
        QStringLiteral("DELETE FROM meeting WHERE id = %1").arg(november),
        swap};
    for (const QString& sql : refused) {
        const QString error = raw(sql);
        EXPECT_TRUE(error.contains(QStringLiteral("out for adjustment")))
            << sql.toStdString() << ": " << error.toStdString();
    }
    const MeetingRecord after = load(november);
    EXPECT_EQ(after.meeting, sent.meeting);
    const auto people = [](const MeetingRecord& r) {
        QList<std::pair<Id, Id>> pairs;
        for (const Participant& p : r.participants)
            pairs << std::pair(p.id, p.personId);
        return pairs;
    };
    EXPECT_EQ(people(after), people(sent));
    EXPECT_EQ(after.meeting.status, MeetingStatus::OutForAdjustment);
}

// A body renamed after a reorganisation: its adjusted protocols, and the protocols of other
// bodies that referred a matter to it, keep the name they were signed with and still verify; a
// new protocol gets the new name.
TEST_F(KeptAsSentTest, ARenamedBodysSignedProtocolsStillVerify) {
    const Body own = bodyOf(november);
    const auto all = RosterService(database()).bodies();
    ASSERT_TRUE(all.ok());
    const auto other =
        std::find_if(all->cbegin(), all->cend(), [&](const Body& b) { return b.id != own.id; });
    ASSERT_NE(other, all->cend()) << "the demo has more than one body";
    Referral referral;
    referral.toBodyId = other->id;
    referral.note = QStringLiteral("För yttrande");
    ASSERT_TRUE(FollowUpService(database())
                    .addReferral(load(november).paragraphs.first().id, referral)
                    .ok());
    adjustFully(database(), november);
    ASSERT_TRUE(isLocked(load(november).meeting.status));
    const QByteArray signedForm = canonicalForm(load(november));
    expectIntact(november);

    rename(own, QStringLiteral("Samverkansnämnden (ny)"));
    rename(*other, QStringLiteral("Utbildningsnämnden (ny)"));
    expectIntact(november);
    const MeetingRecord kept = load(november);
    EXPECT_EQ(kept.body.name, own.name) << "the protocol names its body as it was signed";
    EXPECT_EQ(canonicalForm(kept), signedForm);
    const auto named = RosterService(database()).protocolsNamedOtherwise(own.id, QString());
    ASSERT_TRUE(named.ok());
    EXPECT_GE(named.value(), 1) << "the registry is told which protocols keep the old name";

    const Id next = createMeeting(own.id, QDate(2025, 1, 13));
    EXPECT_EQ(load(next).body.name, QStringLiteral("Samverkansnämnden (ny)"));
    // The copy is the database's: not changed behind the protocol's back either.
    EXPECT_FALSE(
        raw(QStringLiteral("UPDATE meeting SET body_name = 'X' WHERE id = %1").arg(november))
            .isEmpty());
    EXPECT_EQ(rawValue(QStringLiteral("SELECT body_name FROM meeting WHERE id = %1").arg(november))
                  .toString(),
              own.name);
}
