// A chair who hands over, and signatures for the part of a protocol each signatory took part in.
#include "PdfTools.h"
#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "document/DocumentExporter.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "model/Codes.h"
#include "rules/ParagraphRanges.h"
#include "services/RulesService.h"
#include "text/CanonicalForm.h"
#include "text/MeetingText.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace paragraf;
using namespace paragraf::test;

namespace {

// A kommunstyrelse of seven with eleven paragraphs. Ledamot 1 chairs; Ledamot 3 and 4 adjust.
class PresidingTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        m_body = createBody(QStringLiteral("Kommunstyrelsen"), 7);
        m_meeting = createMeeting(m_body, QDate(2025, 3, 7));
        for (int i = 1; i <= 11; ++i)
            m_paragraphs << addParagraph(m_meeting, QStringLiteral("Ärende %1").arg(i));
        Participant secretary;
        secretary.name = QStringLiteral("Eva Sekreterare");
        secretary.kind = ParticipantKind::Official;
        secretary.roleLabel = QStringLiteral("sekreterare");
        secretary.presentAtStart = true;
        const auto added = service().addParticipant(m_meeting, secretary);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        Meeting m = load(m_meeting).meeting;
        m.chairId = who(1);
        m.secretaryId = added.value();
        m.adjusterIds = {who(3), who(4)};
        ASSERT_TRUE(service().updateMeeting(m).ok());
        MeetingRules rules; // as a kommunstyrelse's reglemente says: two adjusters
        rules.adjustersRequired = 2;
        const Status set = RulesService(database()).setMeetingRules(m_meeting, rules);
        ASSERT_TRUE(set.ok()) << set.error().toStdString();
    }

    Id who(int member) const {
        return participantNamed(m_meeting, QStringLiteral("Ledamot %1").arg(member));
    }
    // Event `kind` for Ledamot `member` before paragraph `position` (1-based, as numbered).
    Status record(int member, AttendanceEventKind kind, int position) {
        AttendanceEvent e;
        e.participantId = who(member);
        e.kind = kind;
        e.paragraphId = position > m_paragraphs.size() ? NoId : m_paragraphs[position - 1];
        const auto id = service().recordAttendance(m_meeting, e);
        return id ? Status{} : fail(id.error());
    }
    void nameAdjusters(const QList<int>& members) {
        Meeting m = load(m_meeting).meeting;
        m.adjusterIds.clear();
        for (int member : members)
            m.adjusterIds << who(member);
        ASSERT_TRUE(service().updateMeeting(m).ok());
    }
    // The chair and Ledamot 4 leave after § 8; Ledamot 2, the vice chair, presides from § 9.
    void chairLeavesAfterParagraph8() {
        ASSERT_TRUE(record(1, AttendanceEventKind::Leave, 9).ok());
        ASSERT_TRUE(record(4, AttendanceEventKind::Leave, 9).ok());
        const Status presides = record(2, AttendanceEventKind::Preside, 9);
        ASSERT_TRUE(presides.ok()) << presides.error().toStdString();
    }
    // "Ordförande Ledamot 1 §§ 1–8": who signs, as role, name and the paragraphs covered.
    QStringList signing() const {
        QStringList lines;
        for (const Signatory& s : AdjustmentService::signatories(load(m_meeting)))
            lines << QStringLiteral("%1 %2 %3")
                         .arg(codeOf(s.role), s.name,
                              s.wholeProtocol ? QStringLiteral("whole")
                                              : formatParagraphList(s.paragraphNumbers));
        return lines;
    }
    void signAll() {
        AdjustmentService adjustment(database());
        for (const Signatory& s : AdjustmentService::signatories(load(m_meeting))) {
            const auto signature = adjustment.sign(m_meeting, s.role, s.participantId, s.name,
                                                   SigningMethod::InPerson);
            ASSERT_TRUE(signature.ok()) << signature.error().toStdString();
        }
    }

    Id m_body = NoId;
    Id m_meeting = NoId;
    QList<Id> m_paragraphs;
};

TEST_F(PresidingTest, WithoutAHandoverEveryoneSignsTheWholeProtocolAsBefore) {
    EXPECT_EQ(signing(), (QStringList{QStringLiteral("secretary Eva Sekreterare whole"),
                                      QStringLiteral("chair Ledamot 1 whole"),
                                      QStringLiteral("adjuster Ledamot 3 whole"),
                                      QStringLiteral("adjuster Ledamot 4 whole")}));
    const QString text = meetingAsText(load(m_meeting));
    EXPECT_FALSE(text.contains(QStringLiteral("från och med denna paragraf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ordförande: Ledamot 1 (P1)\n")));
}

TEST_F(PresidingTest, TheViceChairPresidesFromAParagraphAndSignsForIt) {
    chairLeavesAfterParagraph8();
    nameAdjusters({3, 4, 5});
    EXPECT_EQ(signing(), (QStringList{QStringLiteral("secretary Eva Sekreterare whole"),
                                      QStringLiteral("chair Ledamot 1 §§ 1–8"),
                                      QStringLiteral("chair Ledamot 2 §§ 9–11"),
                                      QStringLiteral("adjuster Ledamot 3 whole"),
                                      QStringLiteral("adjuster Ledamot 4 §§ 1–8"),
                                      QStringLiteral("adjuster Ledamot 5 §§ 9–11")}));
    const QString text = meetingAsText(load(m_meeting));
    EXPECT_TRUE(text.contains(QStringLiteral("Ordförande                Ledamot 1 (P1) §§ 1–8\n"
                                             "                          Ledamot 2 (P2) §§ 9–11\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Ordförande: Ledamot 2 (P2) §§ 9–11")));
    EXPECT_TRUE(text.contains(QStringLiteral("Justerare: Ledamot 5 (P2) §§ 9–11")));
    const qsizetype at9 = text.indexOf(QStringLiteral("§ 9 Ärende 9"));
    EXPECT_EQ(text.indexOf(QStringLiteral("Ordförande: Ledamot 2 (P2) från och med denna "
                                          "paragraf")),
              text.indexOf(QLatin1Char('\n'), at9) + 2)
        << "the handover is said at the paragraph where it happened";
    EXPECT_EQ(text.count(QStringLiteral("från och med denna paragraf")), 1);
}

TEST_F(PresidingTest, AChairWhoIsJavigForOneParagraphHandsOverAndTakesTheChairBack) {
    ASSERT_TRUE(record(1, AttendanceEventKind::Jav, 5).ok());
    ASSERT_TRUE(record(2, AttendanceEventKind::Preside, 5).ok());
    ASSERT_TRUE(record(1, AttendanceEventKind::Preside, 6).ok());
    EXPECT_EQ(signing().mid(1, 2), (QStringList{QStringLiteral("chair Ledamot 1 §§ 1–4, 6–11"),
                                                QStringLiteral("chair Ledamot 2 § 5")}));
    const QString text = meetingAsText(load(m_meeting));
    EXPECT_EQ(text.count(QStringLiteral("från och med denna paragraf")), 2);
    EXPECT_TRUE(AdjustmentService(database()).sendForAdjustment(m_meeting).ok());
}

TEST_F(PresidingTest, ParagraphsWithoutTheAdjustersRequiredAreNotSentAndTheRefusalSaysWhy) {
    chairLeavesAfterParagraph8();
    AdjustmentService adjustment(database());
    const Status refused = adjustment.sendForAdjustment(m_meeting);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("§§ 9–11")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(
        QStringLiteral("fewer adjusters than the 2 the body's rules require")))
        << refused.error().toStdString();
    // The vice chair cannot adjust the paragraphs they presided over.
    nameAdjusters({3, 4, 2});
    EXPECT_FALSE(adjustment.sendForAdjustment(m_meeting).ok());
    nameAdjusters({3, 4, 2, 6});
    EXPECT_TRUE(signing().contains(QStringLiteral("adjuster Ledamot 6 §§ 9–11")));
    EXPECT_FALSE(signing().join(QLatin1Char('\n')).contains(QStringLiteral("adjuster Ledamot 2")))
        << "an adjuster needed for no paragraph does not sign";
    const Status sent = adjustment.sendForAdjustment(m_meeting);
    EXPECT_TRUE(sent.ok()) << sent.error().toStdString();
}

TEST_F(PresidingTest, EverySignatoryOfAPartSignsAndTheProtocolIsIntact) {
    chairLeavesAfterParagraph8();
    nameAdjusters({3, 4, 5});
    AdjustmentService adjustment(database());
    ASSERT_TRUE(adjustment.sendForAdjustment(m_meeting).ok());
    // A chair of §§ 1–8 cannot sign as the chair of §§ 9–11's, nor can a non-signatory sign.
    EXPECT_FALSE(adjustment
                     .sign(m_meeting, SignatoryRole::Adjuster, who(2), QStringLiteral("Ledamot 2"),
                           SigningMethod::InPerson)
                     .ok());
    signAll();
    EXPECT_EQ(load(m_meeting).meeting.status, MeetingStatus::Adjusted);
    const auto verified = adjustment.verify(m_meeting);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact()) << verified->problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(verified->signatures.size(), 6);
    EXPECT_TRUE(canonicalForm(load(m_meeting)).contains("kind=preside\n"));
}

TEST_F(PresidingTest, WhoPresidesMustBePresentAndNotJavig) {
    // Someone who has left cannot take the chair, nor can a substitute who does not serve.
    ASSERT_TRUE(record(6, AttendanceEventKind::Leave, 9).ok());
    const Status absent = record(6, AttendanceEventKind::Preside, 10);
    ASSERT_FALSE(absent.ok());
    EXPECT_TRUE(absent.error().contains(QStringLiteral("Ledamot 6 cannot take the chair here")))
        << absent.error().toStdString();
    AttendanceEvent substitute;
    substitute.participantId = participantNamed(m_meeting, QStringLiteral("Ersättare 2"));
    substitute.kind = AttendanceEventKind::Preside;
    substitute.paragraphId = m_paragraphs[2];
    EXPECT_FALSE(service().recordAttendance(m_meeting, substitute).ok());
    // Who took the chair and then left, or is jävig where they preside, is named at sending.
    ASSERT_TRUE(record(2, AttendanceEventKind::Preside, 9).ok());
    ASSERT_TRUE(record(2, AttendanceEventKind::Leave, 10).ok());
    ASSERT_TRUE(record(1, AttendanceEventKind::Jav, 3).ok());
    ASSERT_TRUE(record(2, AttendanceEventKind::Preside, 3).ok());
    ASSERT_TRUE(record(1, AttendanceEventKind::Preside, 4).ok());
    ASSERT_TRUE(record(2, AttendanceEventKind::Jav, 3).ok());
    const Status refused = AdjustmentService(database()).sendForAdjustment(m_meeting);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("Ledamot 2 presides over §§ 3, 10–11 but "
                                                        "is absent, jävig or not serving")))
        << refused.error().toStdString();
}

TEST_F(PresidingTest, AHandoverAtADeletedParagraphMovesOnOrGoesWithTheLast) {
    ASSERT_TRUE(record(2, AttendanceEventKind::Preside, 10).ok());
    ASSERT_TRUE(service().deleteParagraph(m_paragraphs[9]).ok()); // § 10: on to § 11
    EXPECT_EQ(AdjustmentService::signatories(load(m_meeting))[2].paragraphNumbers, QList<int>{10});
    const Status deleted = service().deleteParagraph(m_paragraphs[10]); // now the last
    ASSERT_TRUE(deleted.ok()) << deleted.error().toStdString();
    EXPECT_TRUE(load(m_meeting).events.isEmpty());
}

TEST_F(PresidingTest, AnAttendanceChangeThatWouldContradictAVoteIsRefused) {
    Proceedings p;
    p.motions << Motion{who(5), MotionKind::Approval, QString(), {}, false, 1};
    ASSERT_TRUE(service().setProceedings(m_paragraphs[4], p).ok());
    Participant absent = *load(m_meeting).participant(who(5));
    absent.presentAtStart = false;
    const Status refused = service().updateParticipant(absent);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("§ 5 has motions or a vote")))
        << refused.error().toStdString();
    EXPECT_TRUE(load(m_meeting).participant(who(5))->presentAtStart);
}

TEST_F(PresidingTest, OnePersonTakesTheChairAtAParagraph) {
    ASSERT_TRUE(record(2, AttendanceEventKind::Preside, 9).ok());
    const Status second = record(3, AttendanceEventKind::Preside, 9);
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().contains(QStringLiteral("one presides at a time")));
    const Status afterLast = record(3, AttendanceEventKind::Preside, 12);
    ASSERT_FALSE(afterLast.ok());
    EXPECT_TRUE(afterLast.error().contains(QStringLiteral("after the last paragraph")));
}

TEST_F(PresidingTest, TheHandoverTravelsInJsonVersion4ByteForByte) {
    chairLeavesAfterParagraph8();
    const QByteArray json = meetingToJson(load(m_meeting));
    EXPECT_EQ(QJsonDocument::fromJson(json).object().value(QStringLiteral("version")).toInt(), 4);
    auto other = Database::create(path(QStringLiteral("other.paragraf")));
    ASSERT_TRUE(other.ok());
    const auto parsed = meetingFromJson(json);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    const auto imported = importMeeting(*other.value(), parsed.value());
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    const auto again = MeetingService(*other.value()).load(imported.value());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(meetingToJson(again.value()), json);
    EXPECT_EQ(contentHash(again.value()), contentHash(load(m_meeting)));
}

TEST_F(PresidingTest, AMeetingWithoutAHandoverStaysInTheOlderVersion) {
    ASSERT_TRUE(RulesService(database()).setMeetingRules(m_meeting, MeetingRules{}).ok());
    const QByteArray json = meetingToJson(load(m_meeting));
    EXPECT_LT(QJsonDocument::fromJson(json).object().value(QStringLiteral("version")).toInt(), 4);
}

TEST_F(PresidingTest, TheProtocolSaysWhoPresidedWherePageByPage) {
    chairLeavesAfterParagraph8();
    nameAdjusters({3, 4, 5});
    const QString pdf = path(QStringLiteral("protocol.pdf"));
    const auto written =
        exportDocument(load(m_meeting), DocumentRequest{}, DocumentFormat::Pdf, pdf);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    expectGoldenPages(pdf, QStringLiteral("chair-hands-over"),
                      QStringLiteral(TEST_DATA_DIR "/golden"));
}

TEST_F(PresidingTest, AnExtractNamesWhoPresidedAndAdjustedItsParagraphs) {
    chairLeavesAfterParagraph8();
    nameAdjusters({3, 4, 5});
    DocumentRequest request;
    request.kind = DocumentKind::Extract;
    request.paragraphNumbers = {10};
    const QString pdf = path(QStringLiteral("extract.pdf"));
    const auto written = exportDocument(load(m_meeting), request, DocumentFormat::Pdf, pdf);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QString text = pdfPages(pdf).join(QString());
    EXPECT_TRUE(text.contains(QStringLiteral("Ordförande\n\nLedamot 2\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Justerare\n\nLedamot 3\nLedamot 5\n")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Ledamot 4"))) << "did not adjust § 10";
}

// A kallelse made again after the meeting is still the notice of the meeting: its agenda has no
// chair taking over at a paragraph (a secretary's finding).
TEST_F(PresidingTest, TheKallelseMadeAfterwardsSaysNothingOfTheHandover) {
    chairLeavesAfterParagraph8();
    DocumentRequest request;
    request.kind = DocumentKind::Notice;
    const QString pdf = path(QStringLiteral("kallelse.pdf"));
    const auto written = exportDocument(load(m_meeting), request, DocumentFormat::Pdf, pdf);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QString text = pdfPages(pdf).join(QString());
    EXPECT_TRUE(text.contains(QStringLiteral("Ärende 9"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("från och med denna paragraf")))
        << text.toStdString();
}

} // namespace
