// Justering: signatures bound to the canonical form, the protocol final in the database once all
// have signed, and every change made behind Paragraf's back refused or detected.
#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/ReviewService.h"
#include "demo/DemoData.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "text/CanonicalForm.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6; // seed 001, §§ 26–31

class AdjustmentTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
    }
    AdjustmentService adjustment() const { return AdjustmentService(database()); }
    Result<Signature> signAs(const Signatory& who) {
        return adjustment().sign(november, who.role, who.participantId, who.name,
                                 SigningMethod::InPerson, {},
                                 QDateTime(QDate(2024, 11, 19), QTime(10, 0), Qt::UTC));
    }
    void adjustNovember() {
        recordSampleProceedings(november); // votes are part of what is signed
        ASSERT_TRUE(adjustment().sendForAdjustment(november).ok());
        const MeetingRecord record = load(november);
        for (const Signatory& who : AdjustmentService::signatories(record))
            ASSERT_TRUE(signAs(who).ok());
        ASSERT_EQ(load(november).meeting.status, MeetingStatus::Adjusted);
    }
};

TEST_F(AdjustmentTest, AllSignaturesMakeTheProtocolAdjustedAndVerified) {
    ASSERT_TRUE(adjustment().sendForAdjustment(november).ok());
    const MeetingRecord record = load(november);
    const QList<Signatory> who = AdjustmentService::signatories(record);
    ASSERT_EQ(who.size(), 3); // Elise Ackerot, Martin Söderström, Sara Schelin
    EXPECT_EQ(who[2].name, QStringLiteral("Sara Schelin"));
    ASSERT_TRUE(signAs(who[0]).ok());
    ASSERT_TRUE(signAs(who[1]).ok());
    EXPECT_EQ(load(november).meeting.status, MeetingStatus::OutForAdjustment);
    auto verification = adjustment().verify(november);
    ASSERT_TRUE(verification.ok()) << verification.error().toStdString();
    EXPECT_FALSE(verification->intact());
    EXPECT_TRUE(verification->problems()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Sara Schelin (the adjuster) has not signed.")));
    ASSERT_TRUE(signAs(who[2]).ok());
    EXPECT_EQ(load(november).meeting.status, MeetingStatus::Adjusted);
    verification = adjustment().verify(november);
    EXPECT_TRUE(verification->intact())
        << verification->problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(verification->contentHash, contentHash(load(november)));
}

TEST_F(AdjustmentTest, AChangeAfterASignatureInvalidatesItAndSaysSo) {
    ASSERT_TRUE(adjustment().sendForAdjustment(november).ok());
    MeetingRecord record = load(november);
    const Signatory secretary = AdjustmentService::signatories(record).first();
    ASSERT_TRUE(signAs(secretary).ok());
    const Section& text = record.paragraphs[1].sections[0];
    const QString changed = text.text + QStringLiteral(" Ändrat.");
    const Status direct = service().updateSectionText(text.id, changed);
    ASSERT_FALSE(direct.ok()) << "frozen while out for adjustment";
    EXPECT_NE(direct.error().indexOf(QStringLiteral("recorded correction")), -1);
    const Status corrected =
        ReviewService(database())
            .correct(november, {record.paragraphs[1].id, TextField::Section, text.id, changed},
                     QStringLiteral("Skrivfel"));
    ASSERT_TRUE(corrected.ok()) << corrected.error().toStdString();
    const auto verification = adjustment().verify(november);
    EXPECT_TRUE(verification->problems()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("The content changed after Elise Ackerot (the "
                                             "secretary) signed on 2024-11-19T10:00:00Z.")))
        << verification->problems().join(QLatin1Char('\n')).toStdString();
}

TEST_F(AdjustmentTest, SigningChecksWhoSignsAndARefusalNeedsItsReason) {
    ASSERT_TRUE(adjustment().sendForAdjustment(november).ok());
    const MeetingRecord record = load(november);
    const Signatory chair = AdjustmentService::signatories(record)[1];
    const auto wrongName = adjustment().sign(november, chair.role, chair.participantId,
                                             QStringLiteral("Martin S"), SigningMethod::InPerson);
    ASSERT_FALSE(wrongName.ok());
    EXPECT_NE(wrongName.error().indexOf(QStringLiteral("is not the signatory's")), -1);
    const Id someone = participantNamed(november, QStringLiteral("Peter Jemtbring"));
    EXPECT_FALSE(adjustment()
                     .sign(november, SignatoryRole::Adjuster, someone,
                           QStringLiteral("Peter Jemtbring"), SigningMethod::InPerson)
                     .ok());
    EXPECT_FALSE(
        adjustment()
            .sign(november, chair.role, chair.participantId, chair.name, SigningMethod::Refused)
            .ok());
    const auto refused =
        adjustment().sign(november, chair.role, chair.participantId, chair.name,
                          SigningMethod::Refused, QStringLiteral("§ 29 återger inte beslutet"));
    ASSERT_TRUE(refused.ok());
    EXPECT_NE(adjustment()
                  .verify(november)
                  ->problems()
                  .join(QLatin1Char('\n'))
                  .indexOf(QStringLiteral("refused to sign: § 29 återger inte beslutet")),
              -1);
}

// The canonical form names people and paragraphs by place and number, not by database id: a
// copy through JSON into another file has the same hash.
TEST_F(AdjustmentTest, TheHashIsTheSameForACopyInAnotherFile) {
    const MeetingRecord original = load(november);
    auto other = Database::create(path(QStringLiteral("kopia.paragraf")));
    ASSERT_TRUE(other.ok());
    const auto parsed = meetingFromJson(meetingToJson(original));
    ASSERT_TRUE(parsed.ok());
    const auto imported = importMeeting(*other.value(), parsed.value());
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    const auto copy = MeetingService(*other.value()).load(imported.value());
    EXPECT_EQ(contentHash(copy.value()), contentHash(original));
    EXPECT_TRUE(canonicalForm(original).startsWith("paragraf-canonical-form 1\nbody.name="));
}

// Raw SQL against an adjusted protocol: the database refuses every change its triggers guard;
// with the triggers dropped (someone with the sqlite3 tool), verify finds every change.
struct Column {
    const char* table;
    const char* column;
    const char* rows; // the rows of the meeting
};

constexpr const char* inNovember =
    "paragraph_id IN (SELECT id FROM paragraph WHERE meeting_id = 6)";
const Column contentColumns[] = {
    {"meeting", "date", "id = 6"},
    {"meeting", "place", "id = 6"},
    {"meeting", "chair_id", "id = 6"},
    {"meeting", "adjustment_date", "id = 6"},
    {"meeting", "next_meeting_note", "id = 6"},
    {"participant", "name", "meeting_id = 6"},
    {"participant", "party", "meeting_id = 6"},
    {"participant", "present_at_start", "meeting_id = 6"},
    {"participant", "position", "meeting_id = 6"},
    {"participant", "kind", "meeting_id = 6"},
    {"meeting_adjuster", "participant_id", "meeting_id = 6"},
    {"attendance_event", "kind", "meeting_id = 6"},
    {"attendance_event", "paragraph_id", "meeting_id = 6"},
    {"paragraph", "number", "meeting_id = 6"},
    {"paragraph", "title", "meeting_id = 6"},
    {"paragraph", "decision", "meeting_id = 6"},
    {"paragraph", "position", "meeting_id = 6"},
    {"paragraph", "immediately_adjusted", "meeting_id = 6"},
    {"paragraph_section", "text",
     "paragraph_id IN (SELECT id FROM paragraph WHERE meeting_id = 6)"},
    {"paragraph_section", "heading",
     "paragraph_id IN (SELECT id FROM paragraph WHERE meeting_id = 6)"},
    {"paragraph_presenter", "participant_id",
     "paragraph_id IN (SELECT id FROM paragraph WHERE meeting_id = 6)"},
    {"motion", "mover_id", inNovember},
    {"motion", "kind", inNovember},
    {"motion", "text", inNovember},
    {"motion", "withdrawn", inNovember},
    {"motion", "position", inNovember},
    {"motion_supporter", "participant_id", inNovember},
    {"vote_cast", "choice", inNovember},
    {"vote_cast", "participant_id", inNovember},
    {"paragraph_proceedings", "adopted_motion", inNovember},
    {"paragraph_proceedings", "vote_yes", inNovember},
    {"reservation", "participant_id", inNovember},
    {"reservation", "reason", inNovember},
    {"protocol_note", "text", inNovember},
    {"signature", "name", "meeting_id = 6"},
    {"signature", "signed_at", "meeting_id = 6"},
    {"signature", "content_hash", "meeting_id = 6"},
    {"signature", "chain_hash", "meeting_id = 6"},
};

// A different value of the same type: text gets a letter, numbers move by one, 0/1 flips.
QString flipped(const QString& column) {
    if (column == QLatin1String("present_at_start") ||
        column == QLatin1String("immediately_adjusted") || column == QLatin1String("withdrawn"))
        return QStringLiteral("1 - %1").arg(column);
    if (column.endsWith(QLatin1String("_id")) || column == QLatin1String("number") ||
        column == QLatin1String("position") || column == QLatin1String("adopted_motion") ||
        column == QLatin1String("vote_yes"))
        return QStringLiteral("%1 + 1").arg(column);
    if (column == QLatin1String("kind"))
        return QStringLiteral("CASE %1 WHEN 'member' THEN 'guest' WHEN 'arrive' THEN 'leave'"
                              " WHEN 'approval' THEN 'rejection' WHEN 'rejection' THEN"
                              " 'approval' WHEN 'amendment' THEN 'referral' ELSE 'arrive' END")
            .arg(column);
    if (column == QLatin1String("choice"))
        return QStringLiteral("CASE choice WHEN 'yes' THEN 'no' ELSE 'yes' END");
    if (column == QLatin1String("date") || column == QLatin1String("adjustment_date"))
        return QStringLiteral("'2024-11-12'");
    if (column == QLatin1String("content_hash") || column == QLatin1String("chain_hash"))
        return QStringLiteral("replace(%1, substr(%1, 1, 1), CASE substr(%1, 1, 1) WHEN 'a'"
                              " THEN 'b' ELSE 'a' END)")
            .arg(column);
    return QStringLiteral("%1 || 'x'").arg(column);
}

enum class Flip { NoRows, Refused, Changed };

// One random row of the column changed, if the meeting has such rows and SQLite accepts it.
Flip flip(const QSqlDatabase& connection, const Column& target, QRandomGenerator& random) {
    QSqlQuery rows(connection);
    rows.exec(QStringLiteral("SELECT rowid FROM %1 WHERE %2")
                  .arg(QLatin1String(target.table), QLatin1String(target.rows)));
    QList<qint64> ids;
    while (rows.next())
        ids << rows.value(0).toLongLong();
    if (ids.isEmpty())
        return Flip::NoRows;
    const qint64 row = ids[random.bounded(int(ids.size()))];
    QSqlQuery update(connection);
    const QString column = QLatin1String(target.column);
    const bool accepted = update.exec(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE rowid = %4")
                                          .arg(QLatin1String(target.table), column, flipped(column))
                                          .arg(row)) &&
                          update.numRowsAffected() == 1;
    return accepted ? Flip::Changed : Flip::Refused;
}

// Raw SQL on a copy of the file (the server's own guard against raw SQL is ServerFinalityTest
// and ServerRolesTest): file-only, as the suite's name tells tests/CMakeLists.txt.
class AdjustmentFileTest : public AdjustmentTest {};

TEST_F(AdjustmentFileTest, EveryRawChangeIsRefusedByTheDatabaseOrFoundByVerify) {
    adjustNovember();
    m_database.reset();
    const QString adjusted = path();
    const int runs = qEnvironmentVariableIntValue("PARAGRAF_FLIP_RUNS") > 0
                         ? qEnvironmentVariableIntValue("PARAGRAF_FLIP_RUNS")
                         : 200;
    QRandomGenerator random(20261123);
    int refused = 0, detected = 0, missed = 0, guardedRuns = 0, refusedWhileGuarded = 0;
    for (int run = 0; run < runs; ++run) {
        const bool dropTriggers = run % 2 == 1;
        const QString copy = path(QStringLiteral("flip-%1.paragraf").arg(run));
        ASSERT_TRUE(QFile::copy(adjusted, copy));
        const Column& target = contentColumns[random.bounded(int(std::size(contentColumns)))];
        Flip outcome = Flip::NoRows;
        {
            const QString name = QStringLiteral("flip-%1").arg(run);
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(copy);
                ASSERT_TRUE(raw.open());
                QSqlQuery(raw).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
                if (dropTriggers) {
                    QSqlQuery triggers(raw);
                    triggers.exec(
                        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
                    QStringList names;
                    while (triggers.next())
                        names << triggers.value(0).toString();
                    for (const QString& trigger : names)
                        QSqlQuery(raw).exec(QStringLiteral("DROP TRIGGER %1").arg(trigger));
                }
                outcome = flip(raw, target, random);
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        if (outcome == Flip::NoRows) {
            QFile::remove(copy);
            --run; // the meeting has no such rows: choose again
            continue;
        }
        guardedRuns += dropTriggers ? 0 : 1;
        if (outcome == Flip::Refused) {
            ++refused; // by a trigger, or without them by a constraint (unique, check)
            refusedWhileGuarded += dropTriggers ? 0 : 1;
            continue;
        }
        auto opened = Database::open(copy);
        if (!opened) {
            ++detected; // the file no longer opens: nobody takes it for the signed protocol
            continue;
        }
        // Found as a change made outside Paragraf, not as a protocol that merely lacks
        // signatures: push refuses the one and moves the other (TransferTest).
        const auto verification = AdjustmentService(*opened.value()).verify(november);
        if (!verification || verification->altered())
            ++detected;
        else {
            ++missed;
            ADD_FAILURE() << "not detected as altered: " << target.table << '.' << target.column
                          << ": " << verification->problems().join('\n').toStdString();
        }
    }
    EXPECT_EQ(missed, 0);
    EXPECT_EQ(refusedWhileGuarded, guardedRuns) << "with its triggers the database refuses all";
    EXPECT_EQ(refused + detected, runs);
    std::printf("flip test: %d runs, %d refused by the database, %d found by verify, %d missed\n",
                runs, refused, detected, missed);
}

} // namespace
