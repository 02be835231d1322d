// Issue 17: the register of issued documents, PDF/A dates that agree however long the layout
// takes, linear layout of long protocols and long words, field length limits, and links in
// documents limited to the web and mail.
#include "PdfTools.h"
#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/IssuedDocumentService.h"
#include "demo/DemoData.h"
#include "document/DocumentExporter.h"
#include "document/PdfMetadata.h"
#include "document/TextComposer.h"
#include "interchange/MeetingJson.h"
#include "rules/FieldLimits.h"
#include "services/RosterService.h"
#include "text/CanonicalForm.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QXmlStreamReader>

using namespace paragraf;
using namespace paragraf::test;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Seed 001's November meeting with its paragraphs repeated until there are `count`.
MeetingRecord grown(MeetingRecord record, int count) {
    const QList<Paragraph> seed = record.paragraphs;
    record.paragraphs.clear();
    for (int i = 0; i < count; ++i) {
        Paragraph p = seed[i % seed.size()];
        if (i >= seed.size())
            p.id = 1000000 + i;
        p.number = i + 1;
        p.position = i;
        record.paragraphs << p;
    }
    return record;
}

class IssuedDocumentTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
    }
    void adjust() {
        AdjustmentService adjustment(database());
        ASSERT_TRUE(adjustment.sendForAdjustment(november).ok());
        for (const Signatory& who : AdjustmentService::signatories(load(november)))
            ASSERT_TRUE(
                adjustment
                    .sign(november, who.role, who.participantId, who.name, SigningMethod::OnPaper)
                    .ok());
    }
    static constexpr Id november = 6;
};

// Documents are issued after signing: the adjusted protocol's rows are final, the register is
// not part of them, and what it records is the hash of the very bytes in the file.
TEST_F(IssuedDocumentTest, AnIssuedPdfIsEnteredWithTheHashOfItsBytesAlsoWhenAdjusted) {
    adjust();
    const MeetingRecord record = load(november);
    const QString pdf = path(QStringLiteral("protokoll.pdf"));
    const auto issued =
        issueDocument(database(), record, {}, DocumentFormat::Pdf, pdf, QStringLiteral("Elise"));
    ASSERT_TRUE(issued.ok()) << issued.error().toStdString();
    DocumentRequest extract;
    extract.kind = DocumentKind::Extract;
    extract.paragraphNumbers = {29, 27};
    ASSERT_TRUE(issueDocument(database(), record, extract, DocumentFormat::Pdf,
                              path(QStringLiteral("utdrag.pdf")))
                    .ok());
    ASSERT_TRUE(issueDocument(database(), record, {}, DocumentFormat::Odt,
                              path(QStringLiteral("protokoll.odt")))
                    .ok());

    const auto entries = IssuedDocumentService(database()).issued(november);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 2) << "PDFs are entered, an editable ODT is not";
    const IssuedDocument& first = entries->first();
    EXPECT_EQ(first.sha256, sha256Of(bytesOf(pdf)));
    EXPECT_EQ(first.sha256, issued->sha256);
    EXPECT_EQ(first.size, bytesOf(pdf).size());
    EXPECT_EQ(first.kind, QStringLiteral("protocol"));
    EXPECT_EQ(first.fileName, QStringLiteral("protokoll.pdf"));
    EXPECT_EQ(first.contentHash, contentHash(record));
    EXPECT_EQ(first.issuedBy, QStringLiteral("Elise"));
    EXPECT_EQ(entries->at(1).kind, QStringLiteral("extract"));
    EXPECT_EQ(entries->at(1).paragraphs, QStringLiteral("27,29"));
    EXPECT_EQ(IssuedDocumentService(database()).withHash(first.sha256)->size(), 1);

    const auto verification = AdjustmentService(database()).verify(november);
    ASSERT_TRUE(verification.ok());
    EXPECT_TRUE(verification->intact()) << verification->problems().join(u'\n').toStdString();
    EXPECT_EQ(verification->issued.size(), 2);
    EXPECT_EQ(verification->contentHash, contentHash(load(november)))
        << "issuing does not change the signed content";
}

// A document that cannot be entered in the register is not written: an earlier file of that
// name, which may be one that verifies, stays as it was.
TEST_F(IssuedDocumentTest, ADocumentThatCannotBeEnteredIsNotWritten) {
    MeetingRecord record = load(november);
    const QString pdf = path(QStringLiteral("protokoll.pdf"));
    ASSERT_TRUE(issueDocument(database(), record, {}, DocumentFormat::Pdf, pdf).ok());
    const QByteArray earlier = bytesOf(pdf);
    record.meeting.id = 9999; // no such meeting: the register refuses the entry
    const auto refused =
        issueRendered(database(), record, {}, DocumentFormat::Pdf, pdf, QByteArray("%PDF-x"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("was not written")))
        << refused.error().toStdString();
    EXPECT_EQ(bytesOf(pdf), earlier);
}

// About the file: its target is the open database file, and raw SQL drops the file's trigger
// (the server's register is guarded as ServerFinalityTest shows). File-only, by the suite's name.
class IssuedDocumentFileTest : public IssuedDocumentTest {};

// A document refused for its target (here the open database itself) is not entered either:
// the register lists only documents that were issued.
TEST_F(IssuedDocumentFileTest, ADocumentRefusedForItsTargetIsNotEntered) {
    const auto refused = issueDocument(database(), load(november), {}, DocumentFormat::Pdf, path());
    ASSERT_FALSE(refused.ok());
    const auto entries = IssuedDocumentService(database()).issued(november);
    ASSERT_TRUE(entries.ok());
    EXPECT_TRUE(entries->isEmpty()) << entries->first().fileName.toStdString();
}

TEST_F(IssuedDocumentFileTest, TheRegisterIsOnlyAddedToAndVerifyFindsAChangedEntry) {
    adjust();
    ASSERT_TRUE(issueDocument(database(), load(november), {}, DocumentFormat::Pdf,
                              path(QStringLiteral("p.pdf")))
                    .ok());
    QSqlQuery query(database().connection());
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE issued_document SET sha256 = '%1'")
                                .arg(QString(64, QLatin1Char('0')))));
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM issued_document")));
    ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER issued_document_kept_update")));
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE issued_document SET sha256 = '%1'")
                               .arg(QString(64, QLatin1Char('0')))));
    const auto verification = AdjustmentService(database()).verify(november);
    ASSERT_TRUE(verification.ok());
    ASSERT_FALSE(verification->intact());
    EXPECT_TRUE(verification->problems().join(u'\n').contains(QStringLiteral("Issued document 1")))
        << verification->problems().join(u'\n').toStdString();
}

// The creation date used to be taken before layout and the painting retried when layout took
// more than a second, so a 600-paragraph protocol could never be exported.
TEST_F(IssuedDocumentTest, ASixHundredParagraphProtocolIsExportedWithDatesThatAgree) {
    const MeetingRecord record = grown(load(november), 600);
    QElapsedTimer timer;
    timer.start();
    const auto pdf = renderDocument(record, {}, DocumentFormat::Pdf);
    ASSERT_TRUE(pdf.ok()) << pdf.error().toStdString();
    const QString created = infoCreationDate(pdf.value());
    ASSERT_FALSE(created.isEmpty());
    EXPECT_NE(
        xmpOf(pdf.value()).indexOf(QStringLiteral("xmp:CreateDate=\"%1\"").arg(created).toLatin1()),
        -1);
    EXPECT_NE(
        xmpOf(pdf.value()).indexOf(QStringLiteral("xmp:ModifyDate=\"%1\"").arg(created).toLatin1()),
        -1);
    EXPECT_GT(pdf->count("/Type /Page\n"), 150);
    std::printf("600 paragraphs: %lld ms\n", static_cast<long long>(timer.elapsed()));
}

// A word of 200,000 letters (the longest a section may be) used to take seconds to lay out, and
// one of 3 MB minutes: Qt searched the rest of the word for a break on every line.
TEST_F(IssuedDocumentTest, AWordWithoutSpacesIsBrokenAndLaidOutQuickly) {
    MeetingRecord record = load(november);
    record.paragraphs[0].sections[0].text = QString(limits::text, QLatin1Char('x'));
    QElapsedTimer timer;
    timer.start();
    const auto pdf = renderDocument(record, {}, DocumentFormat::Pdf);
    ASSERT_TRUE(pdf.ok());
    EXPECT_LT(timer.elapsed(), 60000);
    std::printf("a word of %d letters: %lld ms\n", limits::text,
                static_cast<long long>(timer.elapsed()));

    SafeTextDocument document;
    QTextCursor(&document).insertText(QString(150, QLatin1Char('y')) +
                                      QStringLiteral(" kort ord ") + QString(59, QLatin1Char('z')));
    EXPECT_EQ(TextComposer::breakLongWords(document), 2) << "at 60 and 120, none in short words";
}

// A file:/// link (or a program's) must not become a live link in a document; web and mail do.
TEST_F(IssuedDocumentTest, OnlyHttpHttpsAndMailtoLinksSurviveInPdfAndOdt) {
    const Id section = load(november).paragraphs[1].sections[0].id;
    ASSERT_TRUE(
        service()
            .updateSectionText(section, QStringLiteral("Se [lokalt](file:///etc/passwd), "
                                                       "[program](javascript:alert(1)), "
                                                       "[webben](https://example.org/plan) och "
                                                       "[posten](mailto:nämnd@example.org)."))
            .ok());
    const QString pdf = path(QStringLiteral("l.pdf"));
    const QString odt = path(QStringLiteral("l.odt"));
    ASSERT_TRUE(exportDocument(load(november), {}, DocumentFormat::Pdf, pdf).ok());
    ASSERT_TRUE(exportDocument(load(november), {}, DocumentFormat::Odt, odt).ok());

    const QByteArray pdfBytes = bytesOf(pdf);
    EXPECT_NE(pdfBytes.indexOf("https://example.org/plan"), -1);
    EXPECT_NE(pdfBytes.indexOf("mailto:"), -1);
    EXPECT_EQ(pdfBytes.indexOf("file:"), -1);
    EXPECT_EQ(pdfBytes.indexOf("javascript:"), -1);
    EXPECT_NE(pdfPages(pdf).join(QString()).indexOf(QStringLiteral("Se lokalt")), -1)
        << "the words stay";

    const QByteArray content = zipEntry(bytesOf(odt), "content.xml");
    ASSERT_FALSE(content.isEmpty());
    EXPECT_NE(content.indexOf("https://example.org/plan"), -1);
    EXPECT_NE(content.indexOf("mailto:"), -1);
    EXPECT_EQ(content.indexOf("file:"), -1) << content.toStdString();
    EXPECT_EQ(content.indexOf("javascript:"), -1);
    EXPECT_NE(content.indexOf("lokalt"), -1);
}

// Limits from one place: the services refuse, the importer names the field and its length.
TEST_F(IssuedDocumentTest, OverlongFieldsAreRefusedWithAClearMessage) {
    Paragraph paragraph = load(november).paragraphs[0];
    paragraph.title = QString(limits::title + 1, QLatin1Char('a'));
    const Status refused = service().updateParagraph(paragraph);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().indexOf(QStringLiteral("501")), -1) << refused.error().toStdString();
    EXPECT_NE(refused.error().indexOf(QStringLiteral("500")), -1);
    EXPECT_FALSE(service()
                     .updateSectionText(paragraph.sections[0].id,
                                        QString(limits::text + 1, QLatin1Char('b')))
                     .ok());
    Body body = load(november).body;
    body.name = QString(3 * 1024 * 1024, QLatin1Char('N'));
    const Status bodyRefused = RosterService(database()).updateBody(body);
    ASSERT_FALSE(bodyRefused.ok());
    EXPECT_NE(bodyRefused.error().indexOf(QStringLiteral("200")), -1);

    QJsonObject json = QJsonDocument::fromJson(meetingToJson(load(november))).object();
    QJsonObject jsonBody = json.value(QStringLiteral("body")).toObject();
    jsonBody.insert(QStringLiteral("name"), QString(3 * 1024 * 1024, QLatin1Char('N')));
    json.insert(QStringLiteral("body"), jsonBody);
    const auto parsed = meetingFromJson(QJsonDocument(json).toJson());
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().indexOf(QStringLiteral("$.body.name: is")), -1)
        << parsed.error().left(300).toStdString();
    EXPECT_NE(parsed.error().indexOf(QStringLiteral("at most 200 are allowed")), -1);
}

} // namespace
