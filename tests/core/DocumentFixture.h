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
    static void keep(const QString& pdf, const QString& name) { keepDocument(pdf, name); }
    // Compares every page with tests/data/golden/NAME/page-N.txt (see expectGoldenPages).
    static void expectGolden(const QString& pdf, const QString& name) {
        expectGoldenPages(pdf, name, QStringLiteral(TEST_DATA_DIR "/golden"));
    }
};

} // namespace paragraf::test
