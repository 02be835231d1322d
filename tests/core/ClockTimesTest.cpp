// Adjournments and clock times (issue #19, items 1 and 4): the rules, the service, the pages of
// the protocol, the JSON format and the canonical form.
#include "text/ClockTimes.h"

#include "PdfTools.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "document/DocumentExporter.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "rules/AdjournmentRules.h"
#include "services/AdjournmentService.h"
#include "text/CanonicalForm.h"
#include "text/MeetingText.h"

#include <QDir>
#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;

namespace {

Adjournment adjournment(QTime start, QTime end, Id paragraph = NoId, bool within = false,
                        const QString& reason = {}) {
    Adjournment a;
    a.start = start;
    a.end = end;
    a.paragraphId = paragraph;
    a.withinParagraph = within;
    a.reason = reason;
    return a;
}

Meeting dayMeeting() {
    Meeting m;
    m.date = QDate(2024, 11, 11);
    m.start = QTime(8, 30);
    m.end = QTime(16, 0);
    return m;
}

TEST(AdjournmentRulesTest, TwoAdjournmentsMayNotOverlap) {
    const auto status = validateAdjournments(
        dayMeeting(), {1, 2},
        {adjournment(QTime(10, 30), QTime(11, 0)), adjournment(QTime(10, 45), QTime(11, 15))});
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().indexOf(QStringLiteral("overlaps")), -1)
        << status.error().toStdString();
    // Back to back is two adjournments, not an overlap.
    EXPECT_TRUE(validateAdjournments(dayMeeting(), {1, 2},
                                     {adjournment(QTime(10, 30), QTime(10, 45)),
                                      adjournment(QTime(10, 45), QTime(11, 0))})
                    .ok());
}

TEST(AdjournmentRulesTest, AnAdjournmentLiesWithinTheMeeting) {
    const auto before =
        validateAdjournments(dayMeeting(), {}, {adjournment(QTime(8, 0), QTime(8, 45))});
    ASSERT_FALSE(before.ok());
    EXPECT_NE(before.error().indexOf(QStringLiteral("before the meeting")), -1);
    const auto after =
        validateAdjournments(dayMeeting(), {}, {adjournment(QTime(15, 30), QTime(16, 30))});
    ASSERT_FALSE(after.ok());
    EXPECT_NE(after.error().indexOf(QStringLiteral("after the meeting")), -1);
    const auto backwards =
        validateAdjournments(dayMeeting(), {}, {adjournment(QTime(11, 0), QTime(10, 45))});
    ASSERT_FALSE(backwards.ok());
    EXPECT_NE(backwards.error().indexOf(QStringLiteral("must end after it starts")), -1);
}

TEST(AdjournmentRulesTest, OnlyOneAdjournmentIsOpenAndTheOrderFollowsTheParagraphs) {
    EXPECT_FALSE(validateAdjournments(
                     dayMeeting(), {},
                     {adjournment(QTime(10, 30), {}), adjournment(QTime(11, 0), QTime(11, 15))})
                     .ok());
    // Later in time but placed at an earlier paragraph.
    EXPECT_FALSE(validateAdjournments(dayMeeting(), {1, 2},
                                      {adjournment(QTime(10, 30), QTime(10, 45), 2),
                                       adjournment(QTime(12, 0), QTime(13, 0), 1)})
                     .ok());
    EXPECT_FALSE(
        validateAdjournments(dayMeeting(), {1}, {adjournment(QTime(10, 30), {}, NoId, true)}).ok())
        << "inside a paragraph needs the paragraph";
}

TEST(AdjournmentRulesTest, PlacedInsideAParagraphUntilItIsDecided) {
    Paragraph open;
    open.id = 5;
    Paragraph decided = open;
    decided.id = 6;
    decided.decision = QStringLiteral("Nämnden beslutar enligt förslaget.");
    Paragraph information = open;
    information.id = 7;
    information.kind = ParagraphKind::Information;
    const QList<Paragraph> paragraphs{open, decided, information};
    EXPECT_TRUE(adjournmentAt(paragraphs, 5, QTime(10, 30, 12)).withinParagraph);
    EXPECT_EQ(adjournmentAt(paragraphs, 5, QTime(10, 30, 12)).start, QTime(10, 30));
    EXPECT_FALSE(adjournmentAt(paragraphs, 6, QTime(10, 30)).withinParagraph);
    EXPECT_FALSE(adjournmentAt(paragraphs, 7, QTime(10, 30)).withinParagraph);
    EXPECT_EQ(adjournmentAt({}, NoId, QTime(8, 40)).paragraphId, NoId);
}

// Seed 001 as a full day: adjourned inside § 28 for group talks, after § 29 for lunch and after
// § 30; a member who left at 11.40; the auditors' chair for § 27 only; adjusted at 16.00.
class ClockTimesTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
    }
    Id paragraphNumbered(Id meeting, int number) {
        for (const auto& p : load(meeting).paragraphs)
            if (p.number == number)
                return p.id;
        return NoId;
    }
    void setTimes(Id meetingId, QTime start, QTime end, QTime adjustment = {}) {
        Meeting m = load(meetingId).meeting;
        m.start = start;
        m.end = end;
        m.adjustmentTime = adjustment;
        const auto status = service().updateMeeting(m);
        ASSERT_TRUE(status.ok()) << status.error().toStdString();
    }
    void addClockFacts() {
        setTimes(6, QTime(8, 30), QTime(16, 0), QTime(16, 0));
        AdjournmentService adjournments(database());
        for (const Adjournment& a :
             {adjournment(QTime(10, 30), QTime(10, 45), paragraphNumbered(6, 28), true,
                          QStringLiteral("gruppöverläggningar")),
              adjournment(QTime(12, 0), QTime(13, 0), paragraphNumbered(6, 29), false,
                          QStringLiteral("lunch")),
              adjournment(QTime(14, 30), QTime(14, 45), paragraphNumbered(6, 30))}) {
            const auto id = adjournments.add(6, a);
            ASSERT_TRUE(id.ok()) << id.error().toStdString();
        }
        Participant auditor;
        auditor.name = QStringLiteral("Eva Berg");
        auditor.kind = ParticipantKind::Guest;
        auditor.roleLabel = QStringLiteral("revisionens ordförande");
        const auto eva = service().addParticipant(6, auditor);
        ASSERT_TRUE(eva.ok()) << eva.error().toStdString();
        const Id sara = participantNamed(6, QStringLiteral("Sara Lewerentz"));
        for (const AttendanceEvent& e :
             {AttendanceEvent{NoId, eva.value(), AttendanceEventKind::Arrive,
                              paragraphNumbered(6, 27), NoId, QStringLiteral("09.15")},
              AttendanceEvent{NoId, eva.value(), AttendanceEventKind::Leave,
                              paragraphNumbered(6, 28), NoId, QStringLiteral("09.45")},
              AttendanceEvent{NoId, sara, AttendanceEventKind::Leave, paragraphNumbered(6, 30),
                              NoId, QStringLiteral("11.40")}}) {
            const auto id = service().recordAttendance(6, e);
            ASSERT_TRUE(id.ok()) << id.error().toStdString();
        }
    }
    // Compares every page with tests/data/golden/NAME/page-N.txt (as DocumentTest does);
    // PARAGRAF_UPDATE_GOLDEN=1 writes them, PARAGRAF_KEEP_DOCUMENTS=DIR keeps the PDF.
    void expectGolden(const DocumentRequest& request, const QString& name) {
        const QString pdf = path(name + QStringLiteral(".pdf"));
        const auto status = exportDocument(load(6), request, DocumentFormat::Pdf, pdf);
        ASSERT_TRUE(status.ok()) << status.error().toStdString();
        if (const QString keep = qEnvironmentVariable("PARAGRAF_KEEP_DOCUMENTS"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(name + QStringLiteral(".pdf")));
        const QStringList pages = pdfPages(pdf);
        const QDir dir(QStringLiteral(TEST_DATA_DIR "/golden/") + name);
        if (qEnvironmentVariableIsSet("PARAGRAF_UPDATE_GOLDEN")) {
            QDir().mkpath(dir.path());
            for (int i = 0; i < pages.size(); ++i) {
                QFile file(dir.filePath(QStringLiteral("page-%1.txt").arg(i + 1)));
                ASSERT_TRUE(file.open(QIODevice::WriteOnly));
                file.write(pages[i].toUtf8());
            }
            return;
        }
        ASSERT_EQ(dir.entryList({QStringLiteral("page-*.txt")}).size(), pages.size());
        for (int i = 0; i < pages.size(); ++i) {
            QFile file(dir.filePath(QStringLiteral("page-%1.txt").arg(i + 1)));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
            EXPECT_EQ(pages[i], QString::fromUtf8(file.readAll()))
                << name.toStdString() << " page " << i + 1;
        }
    }
};

TEST_F(ClockTimesTest, TheServiceStoresAdjournmentsAndRefusesAnOverlapLeavingNothing) {
    setTimes(6, QTime(8, 30), QTime(16, 0));
    AdjournmentService adjournments(database());
    const auto lunch = adjournments.add(
        6, adjournment(QTime(12, 0), QTime(13, 0), NoId, false, QStringLiteral("lunch")));
    ASSERT_TRUE(lunch.ok()) << lunch.error().toStdString();
    const QString before = contentsOf(database());
    const auto overlapping = adjournments.add(6, adjournment(QTime(12, 30), QTime(12, 45)));
    ASSERT_FALSE(overlapping.ok());
    EXPECT_NE(overlapping.error().indexOf(QStringLiteral("12.00")), -1)
        << "names the adjournment it overlaps: " << overlapping.error().toStdString();
    EXPECT_EQ(contentsOf(database()), before);

    const MeetingRecord record = load(6);
    ASSERT_EQ(record.adjournments.size(), 1);
    EXPECT_EQ(record.adjournments[0].reason, QStringLiteral("lunch"));
    EXPECT_EQ(record.adjournments[0].end, QTime(13, 0));

    Adjournment later = record.adjournments[0];
    later.end = QTime(13, 15);
    ASSERT_TRUE(adjournments.update(later).ok());
    EXPECT_EQ(load(6).adjournments[0].end, QTime(13, 15));
    ASSERT_TRUE(adjournments.remove(later.id).ok());
    EXPECT_TRUE(load(6).adjournments.isEmpty());
}

TEST_F(ClockTimesTest, DeletingAParagraphLeavesItsAdjournmentAndBlocksNothing) {
    setTimes(6, QTime(8, 30), QTime(16, 0));
    AdjournmentService adjournments(database());
    ASSERT_TRUE(
        adjournments.add(6, adjournment(QTime(10, 0), QTime(10, 15), paragraphNumbered(6, 27)))
            .ok());
    ASSERT_TRUE(adjournments
                    .add(6, adjournment(QTime(12, 0), QTime(13, 0), paragraphNumbered(6, 31), true,
                                        QStringLiteral("lunch")))
                    .ok());
    ASSERT_TRUE(service().deleteParagraph(paragraphNumbered(6, 31)).ok());
    const MeetingRecord record = load(6);
    ASSERT_EQ(record.adjournments.size(), 2);
    EXPECT_EQ(record.adjournments[1].paragraphId, NoId);
    EXPECT_FALSE(record.adjournments[1].withinParagraph);
    EXPECT_NE(meetingAsText(record).indexOf(QStringLiteral("12.00–13.00 (lunch)")), -1);
    EXPECT_TRUE(adjournments.add(6, adjournment(QTime(14, 0), QTime(14, 10))).ok());
}

// Moved behind a later adjournment's paragraph, a paragraph with an earlier one would put the
// day out of order, and the file could no longer be read back: the move is refused.
TEST_F(ClockTimesTest, AParagraphIsNotMovedPastTheOrderOfItsAdjournments) {
    setTimes(6, QTime(8, 30), QTime(16, 0));
    AdjournmentService adjournments(database());
    ASSERT_TRUE(
        adjournments
            .add(6, adjournment(QTime(10, 0), QTime(10, 30), paragraphNumbered(6, 27), true))
            .ok());
    ASSERT_TRUE(
        adjournments
            .add(6, adjournment(QTime(10, 40), QTime(10, 50), paragraphNumbered(6, 28), true))
            .ok());
    const Status moved = service().moveParagraph(paragraphNumbered(6, 27), 3);
    ASSERT_FALSE(moved.ok());
    EXPECT_TRUE(moved.error().contains(QStringLiteral("cannot be moved there")))
        << moved.error().toStdString();
    const auto again = meetingFromJson(meetingToJson(load(6)));
    EXPECT_TRUE(again.ok()) << again.error().toStdString();
}

// A time set before the day is known is still printed, not lost.
TEST_F(ClockTimesTest, AnAdjustmentTimeWithoutItsDayIsStillPrinted) {
    setTimes(6, QTime(8, 30), QTime(16, 0), QTime(16, 0));
    Meeting m = load(6).meeting;
    m.adjustmentDate = {};
    m.adjustmentPlace.clear();
    ASSERT_TRUE(service().updateMeeting(m).ok());
    EXPECT_NE(
        meetingAsText(load(6)).indexOf(QStringLiteral("Justeringens tid          kl. 16.00\n")), -1)
        << meetingAsText(load(6)).toStdString();
}

TEST_F(ClockTimesTest, TheMeetingCannotBeShortenedPastAnAdjournment) {
    setTimes(6, QTime(8, 30), QTime(16, 0));
    ASSERT_TRUE(
        AdjournmentService(database()).add(6, adjournment(QTime(15, 0), QTime(15, 30))).ok());
    Meeting shorter = load(6).meeting;
    shorter.end = QTime(15, 15);
    const auto status = service().updateMeeting(shorter);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().indexOf(QStringLiteral("after the meeting")), -1);
    EXPECT_EQ(load(6).meeting.end, QTime(16, 0));
}

TEST_F(ClockTimesTest, AnAdjustedProtocolKeepsItsAdjournmentsAndAdjustmentTime) {
    addClockFacts();
    QSqlQuery query(database().connection());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE meeting SET status = 'adjusted' WHERE id = 6")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE adjournment SET end_time = '11:00'")));
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM adjournment")));
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO adjournment (meeting_id, start_time)"
                                           " VALUES (6, '15:00')")));
    EXPECT_FALSE(
        query.exec(QStringLiteral("UPDATE meeting SET adjustment_time = '17:00' WHERE id = 6")));
    EXPECT_EQ(load(6).adjournments.size(), 3);
}

TEST_F(ClockTimesTest, ProtocolWithAdjournmentsAndClockTimesPageByPage) {
    addClockFacts();
    expectGolden({}, QStringLiteral("clock-times-protocol"));
}

TEST_F(ClockTimesTest, AnExtractAndTheNoticeSayTheTimesToo) {
    addClockFacts();
    DocumentRequest extract;
    extract.kind = DocumentKind::Extract;
    extract.paragraphNumbers = {28};
    const QString pdf = path(QStringLiteral("extract.pdf"));
    ASSERT_TRUE(exportDocument(load(6), extract, DocumentFormat::Pdf, pdf).ok());
    const QString text = pdfPages(pdf).join(QLatin1Char('\n'));
    EXPECT_NE(text.indexOf(QStringLiteral("12.00–13.00 (lunch)")), -1) << text.toStdString();
    EXPECT_NE(text.indexOf(QStringLiteral("tisdag 19 november 2024 kl. 16.00")), -1);
    EXPECT_NE(text.indexOf(QStringLiteral("Sammanträdet ajourneras kl. 10.30–10.45 för")), -1);
    DocumentRequest notice;
    notice.kind = DocumentKind::Notice;
    const QString noticePdf = path(QStringLiteral("notice.pdf"));
    ASSERT_TRUE(exportDocument(load(6), notice, DocumentFormat::Pdf, noticePdf).ok());
    EXPECT_NE(pdfPages(noticePdf).join(QLatin1Char('\n')).indexOf(QStringLiteral("(lunch)")), -1);
}

TEST_F(ClockTimesTest, TheHeaderSaysWhenWhoCameAndWent) {
    addClockFacts();
    const MeetingRecord record = load(6);
    const QString text = meetingAsText(record);
    EXPECT_NE(text.indexOf(QStringLiteral("måndag 11 november 2024 kl. 08.30–16.00, ajournering "
                                          "kl. 10.30–10.45 (gruppöverläggningar), 12.00–13.00 "
                                          "(lunch) och 14.30–14.45, Digitalt via "
                                          "Teams")),
              -1)
        << text.toStdString();
    EXPECT_NE(text.indexOf(QStringLiteral("Sara Lewerentz, Region Jämtland Härjedalen, kl. "
                                          "08.30–11.40, §§ 26–29")),
              -1);
    EXPECT_NE(text.indexOf(QStringLiteral("Eva Berg, revisionens ordförande, kl. 09.15–09.45, "
                                          "§ 27")),
              -1);
    EXPECT_NE(text.indexOf(QStringLiteral("Sara Schelin, Åre\n")), -1)
        << "present throughout: no times";
    EXPECT_NE(text.indexOf(QStringLiteral("tisdag 19 november 2024 kl. 16.00, digitalt")), -1);
    EXPECT_NE(text.indexOf(QStringLiteral("Sammanträdet ajourneras kl. 10.30–10.45 för "
                                          "gruppöverläggningar.")),
              -1);
}

TEST_F(ClockTimesTest, TimesAreLeftOutWhenOneWasNotNoted) {
    setTimes(6, QTime(8, 30), QTime(16, 0));
    const Id sara = participantNamed(6, QStringLiteral("Sara Lewerentz"));
    ASSERT_TRUE(service()
                    .recordAttendance(6, {NoId, sara, AttendanceEventKind::Leave,
                                          paragraphNumbered(6, 30), NoId, QString()})
                    .ok());
    EXPECT_EQ(presenceClockText(load(6), sara), QString());
    EXPECT_EQ(presenceClockText(load(6), participantNamed(6, QStringLiteral("Sara Schelin"))),
              QString());
}

TEST_F(ClockTimesTest, JsonVersion4CarriesTheClockFactsByteForByte) {
    addClockFacts();
    const QByteArray first = meetingToJson(load(6));
    EXPECT_NE(first.indexOf("\"version\": 4"), -1);
    EXPECT_NE(first.indexOf("\"adjustmentTime\": \"16:00\""), -1);
    EXPECT_NE(first.indexOf("\"placement\": \"within\""), -1);
    auto created = Database::create(path(QStringLiteral("other.paragraf")));
    ASSERT_TRUE(created.ok());
    const auto parsed = meetingFromJson(first);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    const auto id = importMeeting(*created.value(), parsed.value());
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    const auto again = MeetingService(*created.value()).load(id.value());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(meetingToJson(again.value()), first);
    EXPECT_EQ(contentHash(again.value()), contentHash(load(6)));
}

TEST_F(ClockTimesTest, JsonWithOverlappingAdjournmentsIsRefusedWithItsPath) {
    addClockFacts();
    QByteArray json = meetingToJson(load(6));
    json.replace("\"start\": \"12:00\"", "\"start\": \"10:40\"");
    const auto parsed = meetingFromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().indexOf(QStringLiteral("$.adjournments")), -1)
        << parsed.error().toStdString();
}

TEST_F(ClockTimesTest, TheCanonicalFormOfAMeetingWithoutClockFactsIsUnchanged) {
    const QByteArray before = canonicalForm(load(6));
    EXPECT_EQ(before.indexOf("adjournment"), -1);
    EXPECT_EQ(before.indexOf("adjustment_time"), -1);
    EXPECT_LT(meetingToJson(load(6)).indexOf("\"version\": 4"), 0);
    addClockFacts();
    const QByteArray with = canonicalForm(load(6));
    EXPECT_NE(with.indexOf("adjournment.1.placement=within"), -1);
    EXPECT_NE(with.indexOf("adjournment.2.reason=lunch"), -1);
    EXPECT_NE(with.indexOf("meeting.adjustment_time=16:00"), -1);
}

} // namespace
