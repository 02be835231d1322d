// Every kind of document passes Apache PDFBox Preflight as PDF/A-1b, as an archive would check.
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "document/DocumentExporter.h"

#include <QProcess>
#include <QStandardPaths>

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

class PdfaTest : public DatabaseFixture {};

TEST_F(PdfaTest, EveryDocumentKindIsValidPdfA1b) {
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    const QString classPath = preflightClassPath();
    ASSERT_FALSE(java.isEmpty() || classPath.isEmpty())
        << "Preflight needs default-jre-headless, libpdfbox2-java, libactivation-java and "
           "libjaxb-api-java (scripts/install-deps.sh --tests)";
    ASSERT_TRUE(buildDemo(database()).ok());
    struct Case {
        DocumentKind kind;
        Id meeting;
    };
    for (const Case& c : {Case{DocumentKind::Protocol, 6}, Case{DocumentKind::Notes, 7},
                          Case{DocumentKind::Extract, 6}, Case{DocumentKind::Notice, 6},
                          Case{DocumentKind::Certificate, 6}}) {
        DocumentRequest request;
        request.kind = c.kind;
        request.paragraphNumbers = {27, 28};
        request.postedOn = QDate(2024, 11, 20);
        const QString pdf = path(codeOf(c.kind) + QStringLiteral(".pdf"));
        ASSERT_TRUE(exportDocument(load(c.meeting), request, DocumentFormat::Pdf, pdf).ok());
        QProcess preflight;
        preflight.start(java, {QStringLiteral("-cp"), classPath,
                               QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), pdf});
        ASSERT_TRUE(preflight.waitForFinished(120000));
        const QString output =
            QString::fromUtf8(preflight.readAllStandardOutput() + preflight.readAllStandardError());
        EXPECT_EQ(preflight.exitCode(), 0)
            << codeOf(c.kind).toStdString() << ": " << output.toStdString();
        EXPECT_NE(output.indexOf(QStringLiteral("is a valid PDF/A-1b file")), -1)
            << output.toStdString();
    }
}

} // namespace
