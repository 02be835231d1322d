// The body's rules on the pages of its documents: the paragraph prefix in headings, contents,
// extracts and the notice; the signature block's label; att-clauses one a line; the deciding
// members in "bilaga 1"; the anslagsbevis signed by the official the rules name, in their
// wording, up for their number of days.
#include "PdfTools.h"
#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "demo/DemoData.h"
#include "document/DocumentExporter.h"
#include "services/RulesService.h"

#include <QDir>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6; // seed 001 in the demo database

class RulesDocumentTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
    }
    // "KS", "Justeras av", att-clauses and the appendix on the meeting; § 27 decided in clauses.
    void useKommunstyrelsensRules() {
        MeetingRules rules;
        rules.paragraphPrefix = QStringLiteral("KS");
        rules.signatureLabel = QStringLiteral("Justeras av");
        rules.attClauses = true;
        rules.attendanceAppendix = true;
        ASSERT_TRUE(RulesService(database()).setMeetingRules(november, rules).ok());
        Paragraph p27 = load(november).paragraphs[1];
        p27.decision = QStringLiteral(
            "Samverkansgruppen beslutar att fastställa sammanträdesdagarna för 2025 enligt "
            "förslaget, att kallelsen skickas senast en vecka före varje möte och att "
            "protokollet justeras digitalt.");
        const Status changed = service().updateParagraph(p27);
        ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
    }
    QStringList pages(DocumentRequest request, const QString& name) {
        const QString out = path(name + QStringLiteral(".pdf"));
        const auto status = exportDocument(load(november), request, DocumentFormat::Pdf, out);
        EXPECT_TRUE(status.ok()) << status.error().toStdString();
        keepDocument(out, name);
        return pdfPages(out);
    }
    // As DocumentTest: every page against tests/data/golden/NAME/page-N.txt;
    // PARAGRAF_UPDATE_GOLDEN=1 writes them instead.
    void expectGolden(const QStringList& pages, const QString& name) {
        expectGoldenTexts(pages, name, QStringLiteral(TEST_DATA_DIR "/golden"));
    }
};

TEST_F(RulesDocumentTest, AProtocolUnderTheKommunstyrelsensRules) {
    useKommunstyrelsensRules();
    const QStringList protocol = pages({}, QStringLiteral("rules-protocol"));
    const QString all = protocol.join(QLatin1Char('\n'));
    EXPECT_TRUE(
        protocol.first().contains(QStringLiteral("se bilaga 1, närvaro- och voteringslista")));
    EXPECT_TRUE(protocol.first().contains(QStringLiteral("Justeras av")));
    EXPECT_FALSE(protocol.first().contains(QStringLiteral("Underskrifter")));
    EXPECT_TRUE(all.contains(QStringLiteral("KS § 27 Sammanträdesdatum 2025")));
    EXPECT_TRUE(all.contains(QStringLiteral("Samverkansgruppen beslutar\n")));
    EXPECT_TRUE(all.contains(QStringLiteral("att kallelsen skickas senast en vecka före varje "
                                            "möte och\n")));
    EXPECT_TRUE(all.contains(QStringLiteral("Bilaga 1: Närvaro- och voteringslista")));
    expectGolden(protocol, QStringLiteral("rules-protocol"));
}

TEST_F(RulesDocumentTest, AnExtractAndTheNoticeCarryThePrefix) {
    useKommunstyrelsensRules();
    DocumentRequest extract;
    extract.kind = DocumentKind::Extract;
    extract.paragraphNumbers = {27};
    const QStringList page = pages(extract, QStringLiteral("rules-extract"));
    EXPECT_TRUE(page.join(QString()).contains(QStringLiteral("KS § 27")));
    expectGolden(page, QStringLiteral("rules-extract"));
    DocumentRequest notice;
    notice.kind = DocumentKind::Notice;
    EXPECT_TRUE(pages(notice, QStringLiteral("rules-notice"))
                    .join(QString())
                    .contains(QStringLiteral("KS § 26")));
}

TEST_F(RulesDocumentTest, TheCertificateIsSignedByTheOfficialTheRulesName) {
    BodyRules rules;
    rules.notice = {QStringLiteral("Eva Ek"), QStringLiteral("registrator"),
                    QStringLiteral("BEVIS OM ANSLAG – Justeringen av protokollet har "
                                   "tillkännagivits genom anslag."),
                    28};
    ASSERT_TRUE(RulesService(database()).setBodyRules(load(november).meeting.bodyId, rules).ok());
    // Adjusted, not yet posted: the certificate takes the body's notice rules of today.
    AdjustmentService adjustment(database());
    ASSERT_TRUE(adjustment.sendForAdjustment(november).ok());
    QDateTime at(QDate(2024, 11, 19), QTime(9, 30), Qt::UTC);
    for (const Signatory& who : AdjustmentService::signatories(load(november)))
        ASSERT_TRUE(adjustment
                        .sign(november, who.role, who.participantId, who.name,
                              SigningMethod::InPerson, {}, at = at.addSecs(60))
                        .ok());
    DocumentRequest request;
    request.kind = DocumentKind::Certificate;
    request.postedOn = QDate(2024, 11, 20);
    const QStringList page = pages(request, QStringLiteral("rules-certificate"));
    const QString text = page.join(QString());
    EXPECT_TRUE(text.contains(QStringLiteral("2024-12-18"))) << "taken down 28 days later";
    EXPECT_TRUE(text.contains(QStringLiteral("Eva Ek")));
    EXPECT_TRUE(text.contains(QStringLiteral("registrator")));
    EXPECT_TRUE(text.contains(QStringLiteral("BEVIS OM ANSLAG")));
    expectGolden(page, QStringLiteral("rules-certificate"));
}

} // namespace
