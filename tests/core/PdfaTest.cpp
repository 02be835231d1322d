// Every kind of document passes Apache PDFBox Preflight as PDF/A-1b, as an archive would check.
#include "PdfTools.h"
#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/ErratumService.h"
#include "demo/DemoData.h"
#include "document/AssignmentOverview.h"
#include "document/DocumentExporter.h"
#include "services/FollowUpService.h"

#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace paragraf;
using namespace paragraf::test;

namespace {

QString preflightClassPath() {
    QStringList jars;
    for (const char* jar : {"preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging",
                            "javax.activation", "jaxb-api"}) {
        const QString path = QStringLiteral("/usr/share/java/%1.jar").arg(QString::fromLatin1(jar));
        if (!QFile::exists(path))
            return {};
        jars << path;
    }
    return jars.join(QLatin1Char(':'));
}

class PdfaTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        java = QStandardPaths::findExecutable(QStringLiteral("java"));
        classPath = preflightClassPath();
        ASSERT_FALSE(java.isEmpty() || classPath.isEmpty())
            << "Preflight needs default-jre-headless, libpdfbox2-java, libactivation-java and "
               "libjaxb-api-java (scripts/install-deps.sh --tests)";
        ASSERT_TRUE(buildDemo(database()).ok());
    }
    void exportAndValidate(const QList<DocumentKind>& kinds, Id meeting) {
        for (DocumentKind kind : kinds) {
            DocumentRequest request;
            request.kind = kind;
            request.paragraphNumbers = {27, 28};
            request.postedOn = QDate(2024, 11, 20);
            const QString pdf = path(codeOf(kind) + QStringLiteral(".pdf"));
            ASSERT_TRUE(exportDocument(load(meeting), request, DocumentFormat::Pdf, pdf).ok());
            validate(pdf, codeOf(kind));
        }
    }
    void validate(const QString& pdf, const QString& what) {
        QProcess preflight;
        preflight.start(java, {QStringLiteral("-cp"), classPath,
                               QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), pdf});
        ASSERT_TRUE(preflight.waitForFinished(120000));
        const QString output =
            QString::fromUtf8(preflight.readAllStandardOutput() + preflight.readAllStandardError());
        EXPECT_EQ(preflight.exitCode(), 0) << what.toStdString() << ": " << output.toStdString();
        EXPECT_NE(output.indexOf(QStringLiteral("is a valid PDF/A-1b file")), -1)
            << output.toStdString();
    }
    QString java;
    QString classPath;
};

// The adjusted protocol carries its own XMP (checksum and signatories) in place of Qt's: it
// must still identify itself as PDF/A-1b and agree with the Info dictionary.
TEST_F(PdfaTest, AnAdjustedProtocolWithItsChecksumIsValidPdfA1b) {
    AdjustmentService adjustment(database());
    ASSERT_TRUE(adjustment.sendForAdjustment(6).ok());
    for (const Signatory& who : AdjustmentService::signatories(load(6)))
        ASSERT_TRUE(
            adjustment.sign(6, who.role, who.participantId, who.name, SigningMethod::OnPaper).ok());
    ASSERT_TRUE(ErratumService(database())
                    .record(6, NoId, QStringLiteral("Rätt lydelse"), QStringLiteral("Skäl"),
                            QStringLiteral("Ordföranden"), QDate::currentDate())
                    .ok());
    exportAndValidate({DocumentKind::Protocol, DocumentKind::Extract}, 6);
}

TEST_F(PdfaTest, EveryDocumentKindIsValidPdfA1b) {
    exportAndValidate({DocumentKind::Protocol, DocumentKind::Extract, DocumentKind::Notice,
                       DocumentKind::Certificate},
                      6);
    exportAndValidate({DocumentKind::Notes}, 7);
}

// Control characters and markup in a body's or a person's name once made the XMP packet
// malformed XML while verify-pdf still passed it: the packet is parsed here, and Preflight
// checks the rest (the title in the Info dictionary and the XMP must agree).
TEST_F(PdfaTest, NamesWithControlCharactersAndMarkupKeepTheMetadataWellFormed) {
    AdjustmentService adjustment(database());
    ASSERT_TRUE(adjustment.sendForAdjustment(6).ok());
    for (const Signatory& who : AdjustmentService::signatories(load(6)))
        ASSERT_TRUE(
            adjustment.sign(6, who.role, who.participantId, who.name, SigningMethod::OnPaper).ok());
    MeetingRecord record = load(6);
    const QString odd = QStringLiteral("<&> \"x\" '\x01\x07\x1f\x7f\xfffe");
    record.body.name += odd;
    for (Participant& p : record.participants)
        p.name += odd;
    for (Signature& s : record.trail.signatures)
        s.name += odd;
    for (DocumentKind kind : {DocumentKind::Protocol, DocumentKind::Notice}) {
        DocumentRequest request;
        request.kind = kind;
        const QString pdf = path(codeOf(kind) + QStringLiteral("-odd.pdf"));
        ASSERT_TRUE(exportDocument(record, request, DocumentFormat::Pdf, pdf).ok());
        QFile file(pdf);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray xmp = xmpOf(file.readAll());
        ASSERT_FALSE(xmp.isEmpty());
        QXmlStreamReader reader(xmp);
        QString title;
        QString description;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("title"))
                title = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            if (reader.isStartElement() && reader.name() == QLatin1String("description"))
                description = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString() << "\n"
                                        << xmp.toStdString();
        EXPECT_TRUE(title.contains(QStringLiteral("<&> \"x\" '"))) << title.toStdString();
        if (kind == DocumentKind::Protocol) {
            EXPECT_TRUE(description.contains(QStringLiteral("<&>"))) << description.toStdString();
        }
        validate(pdf, codeOf(kind) + QStringLiteral(" with odd names"));
    }
}

// The overview of assignments is a document of its own, not a meeting's: the same PDF/A.
TEST_F(PdfaTest, TheOverviewOfAssignmentsIsValidPdfA1b) {
    FollowUp f;
    Assignment a;
    a.text = QStringLiteral("Återkoppla om panelsamtalet");
    a.holders << AssignmentHolder{HolderKind::Group, NoId, QStringLiteral("Kommundirektörerna")};
    f.assignments << a;
    ASSERT_TRUE(FollowUpService(database()).setFollowUp(load(6).paragraphs[3].id, f).ok());
    const auto rows = FollowUpService(database()).assignments({});
    ASSERT_TRUE(rows.ok());
    const AssignmentOverview overview{QStringLiteral("Öppna uppdrag, alla organ"),
                                      QDate(2024, 12, 10), rows.value()};
    const QString pdf = path(QStringLiteral("uppdrag.pdf"));
    ASSERT_TRUE(exportPdf([&] { return buildAssignmentOverview(overview); }, pdf).ok());
    validate(pdf, QStringLiteral("assignments"));
}

} // namespace
