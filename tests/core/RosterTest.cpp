// Rosters: CSV files as spreadsheets write them, all-or-nothing imports, history kept through
// changes, and the yearly chair rotation of seed 000.
#include "TestSupport.h"
#include "interchange/RosterCsv.h"
#include "services/RosterService.h"
#include "storage/BodyRepository.h"
#include "storage/Transaction.h"

using namespace paragraf;
using namespace paragraf::test;

namespace {

class RosterTest : public DatabaseFixture {
protected:
    Id emptyBody(const QString& name) {
        Body body;
        body.name = name;
        Id id = NoId;
        const Status done = inTransaction(database().connection(), [&]() -> Status {
            const auto inserted = BodyRepository(database().connection()).insertBody(body);
            if (!inserted)
                return fail(inserted.error());
            id = inserted.value();
            return {};
        });
        EXPECT_TRUE(done.ok());
        return id;
    }
    QStringList namesOn(Id body, const QDate& day) {
        QStringList names;
        const auto entries = RosterService(database()).rosterOn(body, day).value();
        for (const auto& e : entries)
            names << e.personName + QLatin1Char('/') + e.membership.party;
        return names;
    }
    RosterService roster() { return RosterService(database()); }
};

TEST_F(RosterTest, ASemicolonFileWithSwedishHeadersIsImportedWithSubstitutes) {
    const Id body = emptyBody(QStringLiteral("Samverkansgrupp Hälsa"));
    RosterFile file = readRosterCsv("Namn;Organisation;Parti;Roll;Ersättare för\r\n"
                                    "Anna Ålund;Bräcke kommun;S;Ledamot;\r\n"
                                    "\"Berg, Bo\";Region Jämtland Härjedalen;M;ledamot;\r\n"
                                    "Cecilia Öhrn;Bräcke kommun;S;Ersättare;Anna Ålund\r\n");
    ASSERT_TRUE(file.ok()) << file.problems.value(0).message.toStdString();
    EXPECT_EQ(file.separator, QLatin1Char(';'));
    EXPECT_EQ(file.encoding, QStringLiteral("UTF-8"));
    ASSERT_TRUE(roster().importRoster(body, file, QDate(2024, 1, 1)).ok());
    const auto entries = roster().rosterOn(body, QDate(2024, 6, 1)).value();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[1].personName, QStringLiteral("Berg, Bo"));
    EXPECT_EQ(entries[1].organisationKind, OrganisationKind::Region);
    EXPECT_EQ(entries[2].membership.role, MemberRole::Substitute);
    EXPECT_EQ(entries[2].membership.substituteForId, entries[0].membership.id);
}

TEST_F(RosterTest, AWindows1252FileFromExcelKeepsItsSwedishLetters) {
    const Id body = emptyBody(QStringLiteral("Samverkansgrupp Hälsa"));
    // "Åsa Öberg;Östersunds kommun;Ledamot" as Excel on Swedish Windows saves it.
    const QByteArray bytes = QByteArray("Namn;Organisation;Roll\r\n") +
                             QByteArray("\xC5sa \xD6"
                                        "berg;\xD6stersunds kommun;Ledamot\r\n");
    RosterFile file = readRosterCsv(bytes);
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file.encoding, QStringLiteral("Windows-1252"));
    ASSERT_EQ(file.rows.size(), 1);
    EXPECT_EQ(file.rows[0].name, QStringLiteral("Åsa Öberg"));
    EXPECT_EQ(file.rows[0].organisation, QStringLiteral("Östersunds kommun"));
    EXPECT_EQ(file.rows[0].organisationKind, OrganisationKind::Municipality);
    ASSERT_TRUE(roster().importRoster(body, file, QDate(2024, 1, 1)).ok());
    EXPECT_EQ(namesOn(body, QDate(2024, 1, 1)), QStringList{QStringLiteral("Åsa Öberg/")});
}

// A list exported on a Mac writes "Ö" as "O" and U+0308: read composed, its names are the names
// typed at the desk, and a substitute finds the member they stand in for.
TEST_F(RosterTest, DecomposedNamesAreReadComposed) {
    RosterFile file = readRosterCsv(QStringLiteral("Namn;Roll;Ersättare för\n"
                                                   "Cecilia O\u0308hrn;Ledamot;\n"
                                                   "Anna A\u030Alund;Ersättare;Cecilia Öhrn\n")
                                        .toUtf8());
    ASSERT_TRUE(file.ok()) << file.problems.value(0).message.toStdString();
    ASSERT_EQ(file.rows.size(), 2);
    EXPECT_EQ(file.rows[0].name, QStringLiteral("Cecilia Öhrn"));
    EXPECT_EQ(file.rows[1].name, QStringLiteral("Anna Ålund"));
    const Id body = emptyBody(QStringLiteral("Samverkansgrupp Hälsa"));
    const Status imported = roster().importRoster(body, file, QDate(2024, 1, 1));
    EXPECT_TRUE(imported.ok()) << imported.error().toStdString();
}

TEST_F(RosterTest, ACommaFileWithEnglishHeadersAndDatesIsRead) {
    RosterFile file = readRosterCsv("name,organisation,party,role,substitute for,from,to\n"
                                    "Dan Dahl,Krokoms kommun,C,member,,2023-01-01,2026-12-31\n"
                                    "Eva Ek,Krokoms kommun,C,substitute,Dan Dahl,2023-01-01,\n");
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file.separator, QLatin1Char(','));
    EXPECT_EQ(file.rows[0].to, QDate(2026, 12, 31));
    EXPECT_EQ(file.rows[1].role, MemberRole::Substitute);
    EXPECT_EQ(file.rows[1].substituteFor, QStringLiteral("Dan Dahl"));
}

TEST_F(RosterTest, EveryProblemIsReportedWithLineAndColumnAndNothingChanges) {
    const Id body = emptyBody(QStringLiteral("Samverkansgrupp Hälsa"));
    const QString before = contentsOf(database());
    const QByteArray before_bytes = fileHash(path());
    RosterFile file = readRosterCsv("Namn;Roll;Från;Ersättare för\n"
                                    "Anna Ålund;Ledamot;2024-01-01;\n"
                                    ";Ledamot;;\n"
                                    "Bo Berg;Kassör;;\n"
                                    "Cecilia Öhrn;Ledamot;1/31/2024;\n"
                                    "Dan Dahl;Ersättare;;\n");
    ASSERT_EQ(file.problems.size(), 4);
    EXPECT_EQ(file.problems[0].line, 3);
    EXPECT_EQ(file.problems[0].column, 1);
    EXPECT_EQ(file.problems[1].line, 4);
    EXPECT_EQ(file.problems[1].column, 2);
    EXPECT_NE(file.problems[1].message.indexOf(QStringLiteral("Kassör")), -1);
    EXPECT_EQ(file.problems[2].line, 5);
    EXPECT_EQ(file.problems[2].column, 3);
    EXPECT_EQ(file.problems[3].line, 6);
    EXPECT_EQ(file.problems[3].column, 4);
    const Status imported = roster().importRoster(body, file, QDate(2024, 1, 1));
    ASSERT_FALSE(imported.ok());
    EXPECT_NE(imported.error().indexOf(QStringLiteral("nothing was imported")), -1);
    EXPECT_EQ(contentsOf(database()), before);
    EXPECT_EQ(fileHash(path()), before_bytes);
}

// A substitute naming someone who is no member is found only while importing: the members
// before it, already written in the transaction, are rolled back with it.
TEST_F(RosterTest, AnImportThatFailsHalfWayLeavesNothingBehind) {
    const Id body = emptyBody(QStringLiteral("Samverkansgrupp Hälsa"));
    const QString before = contentsOf(database());
    RosterFile file = readRosterCsv("Namn;Roll;Ersättare för\n"
                                    "Anna Ålund;Ledamot;\n"
                                    "Bo Berg;Ersättare;Ingen Alls\n");
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE(roster().importRoster(body, file, QDate(2024, 1, 1)).ok());
    ASSERT_EQ(file.problems.size(), 1);
    EXPECT_EQ(file.problems[0].line, 3);
    EXPECT_EQ(contentsOf(database()), before);
}

TEST_F(RosterTest, AChangeKeepsTheOldRosterAndOldMeetingsAsTheyWere) {
    const Id body = emptyBody(QStringLiteral("Samverkansgrupp Hälsa"));
    RosterFile file = readRosterCsv("Namn;Parti;Roll\nAnna Ålund;S;Ledamot\n");
    ASSERT_TRUE(roster().importRoster(body, file, QDate(2024, 1, 1)).ok());
    const Id meeting = createMeeting(body, QDate(2024, 3, 1));
    Membership changed = roster().rosterOn(body, QDate(2024, 1, 1)).value()[0].membership;
    changed.party = QStringLiteral("V");
    const auto next = roster().changeMembership(changed.id, changed, QString(), QDate(2024, 7, 1));
    ASSERT_TRUE(next.ok()) << next.error().toStdString();
    EXPECT_EQ(namesOn(body, QDate(2024, 6, 30)), QStringList{QStringLiteral("Anna Ålund/S")});
    EXPECT_EQ(namesOn(body, QDate(2024, 7, 1)), QStringList{QStringLiteral("Anna Ålund/V")});
    EXPECT_EQ(roster().history(body).value().size(), 2);
    EXPECT_EQ(load(meeting).participants[0].party, QStringLiteral("S"));
}

// Seed 000: the chair passes each year to the other side, the vice chair is from the side
// without the chair; last year's pair swaps while both still sit.
TEST_F(RosterTest, TheChairRotatesYearlyBetweenRegionAndMunicipalities) {
    const Id body = emptyBody(QStringLiteral("Samordningsgruppen"));
    RosterFile file = readRosterCsv("Namn;Organisation;Roll\n"
                                    "Kim Kommun;Bräcke kommun;Ledamot\n"
                                    "Rut Region;Region Jämtland Härjedalen;Ledamot\n"
                                    "Lena Läns;Länsstyrelsen Jämtlands län;Ledamot\n"
                                    "Ola Ort;Krokoms kommun;Ledamot\n");
    ASSERT_TRUE(roster().importRoster(body, file, QDate(2023, 1, 1)).ok());
    const auto nameOf = [&](Id membership) {
        const auto history = roster().history(body).value();
        for (const auto& e : history)
            if (e.membership.id == membership)
                return e.personName;
        return QString();
    };
    QStringList chairs;
    for (int year = 2024; year <= 2027; ++year) {
        const ChairYear suggested = roster().suggestChairs(body, year);
        chairs << nameOf(suggested.chairMembershipId) + QLatin1Char('+') +
                      nameOf(suggested.viceChairMembershipId);
        ASSERT_TRUE(roster().setChairs(suggested).ok());
        if (year == 2025) { // Rut leaves the group at the end of 2025
            const Id rut = suggested.viceChairMembershipId;
            ASSERT_TRUE(roster().endMembership(rut, QDate(2025, 12, 31)).ok());
            RosterFile newcomer = readRosterCsv(
                "Namn;Organisation;Roll\nRagnar Ny;Region Jämtland Härjedalen;Ledamot\n");
            ASSERT_TRUE(roster().importRoster(body, newcomer, QDate(2026, 1, 1)).ok());
        }
    }
    EXPECT_EQ(chairs, (QStringList{QStringLiteral("Rut Region+Kim Kommun"),
                                   QStringLiteral("Kim Kommun+Rut Region"),
                                   QStringLiteral("Ragnar Ny+Kim Kommun"),
                                   QStringLiteral("Kim Kommun+Ragnar Ny")}));
    ChairYear same{body, 2028, roster().suggestChairs(body, 2028).chairMembershipId, NoId};
    same.viceChairMembershipId = same.chairMembershipId;
    EXPECT_FALSE(roster().setChairs(same).ok());
}

} // namespace

namespace {

class BodiesTest : public RosterTest {};

TEST_F(BodiesTest, MandatePeriodsDoNotOverlapAndMembersBelongToTheirPeriod) {
    RosterService service(database());
    Body social;
    social.name = QStringLiteral("Socialnämnden");
    const auto body = service.createBody(social);
    ASSERT_TRUE(body.ok());
    EXPECT_FALSE(service.createBody(social).ok()) << "names are unique";
    const auto period =
        service.addMandatePeriod(MandatePeriod{NoId, body.value(), {2023, 1, 1}, {2026, 12, 31}});
    ASSERT_TRUE(period.ok());
    const auto overlapping =
        service.addMandatePeriod(MandatePeriod{NoId, body.value(), {2026, 1, 1}, {2030, 12, 31}});
    ASSERT_FALSE(overlapping.ok());
    EXPECT_NE(overlapping.error().indexOf(QStringLiteral("2023-01-01")), -1);
    ASSERT_TRUE(
        service.addMandatePeriod(MandatePeriod{NoId, body.value(), {2027, 1, 1}, {2030, 12, 31}})
            .ok());

    Membership member;
    member.bodyId = body.value();
    member.role = MemberRole::Member;
    member.party = QStringLiteral("S");
    member.validFrom = QDate(2024, 2, 1);
    const auto added =
        service.addMembership(member, QStringLiteral("Åke Ström"), QStringLiteral("Bräcke kommun"));
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    const auto roster = service.rosterOn(body.value(), QDate(2024, 3, 1)).value();
    ASSERT_EQ(roster.size(), 1);
    EXPECT_EQ(roster[0].membership.mandatePeriodId, period.value());
    EXPECT_EQ(roster[0].organisationKind, OrganisationKind::Municipality);

    Membership substitute = member;
    substitute.role = MemberRole::Substitute;
    EXPECT_FALSE(service.addMembership(substitute, QStringLiteral("Bo"), {}).ok())
        << "a personal substitute needs their member";
}

} // namespace
