// The JSON interchange format: round trips are identical, bad files change nothing.
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class JsonTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
    }
    std::unique_ptr<Database> freshDatabase(const QString& name) {
        auto created = Database::create(path(name));
        EXPECT_TRUE(created.ok());
        return std::move(created.value());
    }
    QByteArray exported(const Database& db, Id meeting) {
        const auto record = MeetingService(db).load(meeting);
        EXPECT_TRUE(record.ok());
        return meetingToJson(record.value());
    }
    QJsonObject seedMeeting() { return QJsonDocument::fromJson(exported(database(), 6)).object(); }
    // Imports into the fixture's database (which has the demo) and expects a refusal naming
    // `path`, with no change to the database.
    void expectRejected(const QJsonObject& document, const QString& path) {
        const QString before = contentsOf(database());
        const QByteArray bytes = QJsonDocument(document).toJson();
        const auto parsed = meetingFromJson(bytes);
        QString error = parsed.ok() ? QString() : parsed.error();
        if (parsed.ok()) {
            const auto imported = importMeeting(database(), parsed.value());
            ASSERT_FALSE(imported.ok())
                << "accepted a file that should be refused at " << path.toStdString();
            error = imported.error();
        }
        EXPECT_NE(error.indexOf(path), -1) << error.toStdString();
        EXPECT_EQ(contentsOf(database()), before);
    }
};

TEST_F(JsonTest, ExportImportExportIsIdentical) {
    for (Id meeting : {Id(6), Id(7), Id(1)}) {
        const QByteArray first = exported(database(), meeting);
        auto other = freshDatabase(QStringLiteral("other-%1.paragraf").arg(meeting));
        const auto parsed = meetingFromJson(first);
        ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
        const auto id = importMeeting(*other, parsed.value());
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_EQ(exported(*other, id.value()), first) << "meeting " << meeting;
    }
}

TEST_F(JsonTest, TheSeedMeetingCarriesItsFacts) {
    const QJsonObject root = seedMeeting();
    EXPECT_EQ(root[QStringLiteral("format")].toString(), QStringLiteral("paragraf-meeting"));
    EXPECT_EQ(root[QStringLiteral("version")].toInt(), 1);
    const QJsonArray paragraphs = root[QStringLiteral("paragraphs")].toArray();
    ASSERT_EQ(paragraphs.size(), 6);
    EXPECT_EQ(paragraphs[0].toObject()[QStringLiteral("number")].toInt(), 26);
    EXPECT_EQ(paragraphs[1].toObject()[QStringLiteral("title")].toString(),
              QStringLiteral("Sammanträdesdatum 2025"));
    EXPECT_EQ(
        root[QStringLiteral("meeting")].toObject()[QStringLiteral("nextMeetingDate")].toString(),
        QStringLiteral("2024-12-09"));
}

TEST_F(JsonTest, ImportingTheSameMeetingTwiceIsRefused) {
    const auto parsed = meetingFromJson(exported(database(), 6));
    ASSERT_TRUE(parsed.ok());
    const QString before = contentsOf(database());
    const auto again = importMeeting(database(), parsed.value());
    ASSERT_FALSE(again.ok());
    EXPECT_NE(again.error().indexOf(QStringLiteral("already has a meeting")), -1);
    EXPECT_EQ(contentsOf(database()), before);
}

TEST_F(JsonTest, NotJsonAtAll) {
    const auto parsed = meetingFromJson("§ 26 Upprop");
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().indexOf(QStringLiteral("not valid JSON")), -1);
}

TEST_F(JsonTest, WrongFormatOrVersion) {
    QJsonObject root = seedMeeting();
    root[QStringLiteral("version")] = 99;
    expectRejected(root, QStringLiteral("$.version"));
    root = seedMeeting();
    root[QStringLiteral("format")] = QStringLiteral("something-else");
    expectRejected(root, QStringLiteral("$.format"));
}

TEST_F(JsonTest, EveryProblemIsReportedWithItsPath) {
    QJsonObject root = seedMeeting();
    QJsonObject meeting = root[QStringLiteral("meeting")].toObject();
    meeting[QStringLiteral("date")] = QStringLiteral("2024-13-40");
    meeting[QStringLiteral("form")] = QStringLiteral("telepathic");
    root[QStringLiteral("meeting")] = meeting;
    QJsonArray paragraphs = root[QStringLiteral("paragraphs")].toArray();
    QJsonObject third = paragraphs[2].toObject();
    third.remove(QStringLiteral("title"));
    paragraphs[2] = third;
    root[QStringLiteral("paragraphs")] = paragraphs;
    const auto parsed = meetingFromJson(QJsonDocument(root).toJson());
    ASSERT_FALSE(parsed.ok());
    const QString error = parsed.error();
    EXPECT_NE(error.indexOf(QStringLiteral("$.meeting.date")), -1) << error.toStdString();
    EXPECT_NE(error.indexOf(QStringLiteral("$.meeting.form")), -1) << error.toStdString();
    EXPECT_NE(error.indexOf(QStringLiteral("$.paragraphs[2].title")), -1) << error.toStdString();
}

TEST_F(JsonTest, ReferencesMustNameParticipants) {
    QJsonObject root = seedMeeting();
    QJsonObject meeting = root[QStringLiteral("meeting")].toObject();
    meeting[QStringLiteral("chair")] = QStringLiteral("p999");
    root[QStringLiteral("meeting")] = meeting;
    expectRejected(root, QStringLiteral("$.meeting.chair"));
}

TEST_F(JsonTest, NumbersMustContinueWithoutGaps) {
    QJsonObject root = seedMeeting();
    QJsonArray paragraphs = root[QStringLiteral("paragraphs")].toArray();
    QJsonObject p = paragraphs[3].toObject();
    p[QStringLiteral("number")] = 40;
    paragraphs[3] = p;
    root[QStringLiteral("paragraphs")] = paragraphs;
    expectRejected(root, QStringLiteral("$.paragraphs[3].number"));
}

TEST_F(JsonTest, AttendanceThatBreaksTheRulesIsRefused) {
    QJsonObject root = seedMeeting();
    QJsonArray attendance;
    // Sara Schelin (p1) leaves before § 27 and comes back before § 29: växeltjänstgöring.
    attendance.append(QJsonObject{{QStringLiteral("participant"), QStringLiteral("p1")},
                                  {QStringLiteral("event"), QStringLiteral("leave")},
                                  {QStringLiteral("paragraph"), 27},
                                  {QStringLiteral("for"), QJsonValue()},
                                  {QStringLiteral("time"), QString()}});
    attendance.append(QJsonObject{{QStringLiteral("participant"), QStringLiteral("p1")},
                                  {QStringLiteral("event"), QStringLiteral("arrive")},
                                  {QStringLiteral("paragraph"), 29},
                                  {QStringLiteral("for"), QJsonValue()},
                                  {QStringLiteral("time"), QString()}});
    root[QStringLiteral("attendance")] = attendance;
    expectRejected(root, QStringLiteral("$.attendance"));
}

TEST_F(JsonTest, NumbersThatClashWithTheYearAreRefused) {
    // Into a database where the body already has 2024's §§ 1–31: the file's §§ 26–31 of a new
    // date cannot keep its numbers.
    QJsonObject root = seedMeeting();
    QJsonObject meeting = root[QStringLiteral("meeting")].toObject();
    meeting[QStringLiteral("date")] = QStringLiteral("2024-12-09");
    root[QStringLiteral("meeting")] = meeting;
    expectRejected(root, QStringLiteral("numbered from 26"));
}

} // namespace
