#pragma once

// The demo database and an exported document compared page by page with golden text: shared by
// the document tests, each file with its own fixture deriving from this one.
#include "PdfTools.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "document/DocumentExporter.h"

#include <QDir>

namespace paragraf::test {

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class DocumentFixture : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
    }
    QString exported(Id meeting, DocumentRequest request, const QString& name,
                     DocumentFormat format = DocumentFormat::Pdf) {
        const QString out = path(name);
        const auto status = exportDocument(load(meeting), request, format, out);
        EXPECT_TRUE(status.ok()) << status.error().toStdString();
        return out;
    }
    // PARAGRAF_KEEP_DOCUMENTS=DIR keeps a copy of the PDF there as NAME.pdf, to look at.
    static void keep(const QString& pdf, const QString& name) {
        if (const QString dir = qEnvironmentVariable("PARAGRAF_KEEP_DOCUMENTS"); !dir.isEmpty())
            QFile::copy(pdf, QDir(dir).filePath(name + QStringLiteral(".pdf")));
    }
    // Compares every page with tests/data/golden/NAME/page-N.txt. PARAGRAF_UPDATE_GOLDEN=1
    // writes the files instead (then read them before committing).
    void expectGolden(const QString& pdf, const QString& name) {
        keep(pdf, name);
        const QStringList pages = pdfPages(pdf);
        ASSERT_FALSE(pages.isEmpty());
        const QDir dir(QStringLiteral(TEST_DATA_DIR "/golden/") + name);
        if (qEnvironmentVariableIsSet("PARAGRAF_UPDATE_GOLDEN")) {
            QDir().mkpath(dir.path());
            for (const QString& old : dir.entryList({QStringLiteral("*.txt")}))
                QFile::remove(dir.filePath(old));
            for (int i = 0; i < pages.size(); ++i) {
                QFile file(dir.filePath(QStringLiteral("page-%1.txt").arg(i + 1)));
                ASSERT_TRUE(file.open(QIODevice::WriteOnly));
                file.write(pages[i].toUtf8());
            }
            return;
        }
        EXPECT_EQ(dir.entryList({QStringLiteral("page-*.txt")}).size(), pages.size())
            << name.toStdString();
        for (int i = 0; i < pages.size(); ++i) {
            QFile file(dir.filePath(QStringLiteral("page-%1.txt").arg(i + 1)));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
            EXPECT_EQ(pages[i], QString::fromUtf8(file.readAll()))
                << name.toStdString() << " page " << i + 1;
        }
    }
};

} // namespace paragraf::test
