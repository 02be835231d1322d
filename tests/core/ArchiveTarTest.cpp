// Leverera till e-arkiv as one tar file (docs/e-archive.md): what two writes of the same request
// share, and that an existing name, a cancel or a full disk never leaves a tar, or anything, where
// it should not. The tar's own format: TarWriterTest; the archive's checks on it: ArchiveCliTest.
#include "ArchiveFixture.h"
#include "FullDisk.h"
#include "PdfTools.h"
#include "adjustment/IssuedDocumentService.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace paragraf;
using namespace paragraf::test;

using ArchiveTarTest = ArchiveFixture;

namespace {

QByteArray contentOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A tar's entries as they lie in it: each header block (a pax header's records included, as the
// path of the entry that follows) and the entry's bytes.
struct TarEntry {
    QString name;
    QByteArray headers;
    QByteArray bytes;
};

QList<TarEntry> entriesOf(const QByteArray& tar) {
    QList<TarEntry> entries;
    TarEntry next;
    for (qsizetype at = 0; at + 512 <= tar.size();) {
        const QByteArray header = tar.mid(at, 512);
        if (header.count('\0') == 512)
            break;
        const qsizetype size = header.mid(124, 11).toLongLong(nullptr, 8);
        const QByteArray bytes = tar.mid(at + 512, size);
        next.headers += header;
        at += 512 + (size + 511) / 512 * 512;
        if (header[156] == 'x') {
            next.headers += bytes;
            next.name = QString::fromUtf8(bytes.mid(bytes.indexOf("path=") + 5).chopped(1));
            continue;
        }
        if (next.name.isEmpty())
            next.name = QString::fromUtf8(header.left(100).constData());
        next.bytes = bytes;
        entries << next;
        next = {};
    }
    return entries;
}

// A header with the fields that follow from a file's bytes (its size, and the header's checksum
// over it) blanked.
QByteArray withoutSize(QByteArray headers) {
    for (qsizetype block = 0; block + 512 <= headers.size(); block += 512) {
        headers.replace(block + 124, 12, QByteArray(12, ' '));
        headers.replace(block + 148, 8, QByteArray(8, ' '));
    }
    return headers;
}

QStringList pdfText(const QByteArray& pdf) {
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("x.pdf")));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    return pdfPages(file.fileName());
}

// The tar of the same request (the same createdAt), written twice. Not the same bytes: Qt
// writes a new file identifier (/ID) into every PDF and orders a PDF's font objects differently
// from one run to the next, so the PDFs' bytes differ, and the SHA-256 sums (and sizes, should
// they differ) that METS and PREMIS record of them. Everything else is the same: every entry's
// name, order, mode, owner and time, every other file's bytes, the METS and PREMIS files but
// for those sums and sizes, and each PDF's text, page by page.
// Two packages of one request differ in their PDFs (Qt writes each a new /ID), so in their
// checksums, and in the register of issued documents, where each package's PDFs are entered.
TEST_F(ArchiveTarTest, TwoTarsOfTheSameRequestDifferOnlyInThePdfsBytesAndTheirChecksums) {
    adjustTheYear(database(), path(QStringLiteral("issued")));
    const auto first = ArchiveService(database()).writeTar(year2024(), path(QStringLiteral("1")));
    const auto second = ArchiveService(database()).writeTar(year2024(), path(QStringLiteral("2")));
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(QFileInfo(first.value()).fileName(),
              QStringLiteral("paragraf-samverkanstid-kommuner-region-och-lansstyrelse-2024.tar"));
    const QList<TarEntry> as = entriesOf(contentOf(first.value()));
    const QList<TarEntry> bs = entriesOf(contentOf(second.value()));
    ASSERT_EQ(as.size(), bs.size());
    ASSERT_GT(as.size(), 30);
    static const QRegularExpression sums(QStringLiteral("[0-9a-f]{64}|SIZE=\"\\d+\"|"
                                                        "<premis:size>\\d+<"));
    int pdfs = 0;
    for (qsizetype i = 0; i < as.size(); ++i) {
        const std::string name = as[i].name.toStdString();
        ASSERT_EQ(as[i].name, bs[i].name);
        const bool pdf = as[i].name.endsWith(QLatin1String(".pdf"));
        const bool xml = as[i].name.endsWith(QLatin1String(".xml"));
        if (as[i].name.endsWith(QLatin1String("/register-utfardade-handlingar.tsv"))) {
            // The second's register: the first's lines, then the first's PDFs and its own.
            const QStringList a = QString::fromUtf8(as[i].bytes).split(QLatin1Char('\n'));
            const QStringList b = QString::fromUtf8(bs[i].bytes).split(QLatin1Char('\n'));
            for (const QString& line : a)
                EXPECT_TRUE(b.contains(line)) << line.toStdString();
            EXPECT_EQ(b.size(), a.size() + 8) << "each package's 8 PDFs entered";
            continue;
        }
        if (pdf || xml) {
            EXPECT_EQ(withoutSize(as[i].headers), withoutSize(bs[i].headers)) << name;
        } else {
            EXPECT_EQ(as[i].headers, bs[i].headers) << name;
            EXPECT_EQ(as[i].bytes, bs[i].bytes) << name;
        }
        if (xml) {
            EXPECT_EQ(QString::fromUtf8(as[i].bytes).remove(sums),
                      QString::fromUtf8(bs[i].bytes).remove(sums))
                << name;
        }
        if (pdf) {
            ++pdfs;
            const QStringList pages = pdfText(as[i].bytes);
            EXPECT_FALSE(pages.isEmpty()) << name;
            EXPECT_EQ(pages, pdfText(bs[i].bytes)) << name;
        }
    }
    EXPECT_EQ(pdfs, 8);
}

// The package's PDFs are documents Paragraf issued: each is in the register of issued documents,
// in the file and in the package's own register, so verify-pdf recognises them (a secretary
// found the e-archive's PDFs refused as "not a document Paragraf issued").
TEST_F(ArchiveTarTest, ThePackagesPdfsAreEnteredInTheRegisterOfIssuedDocuments) {
    adjustTheYear(database(), path(QStringLiteral("issued")));
    const auto written = ArchiveService(database()).writeTar(year2024(), path(QStringLiteral("1")));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const QList<TarEntry> entries = entriesOf(contentOf(written.value()));
    QString ownRegister;
    for (const TarEntry& entry : entries)
        if (entry.name.endsWith(QLatin1String("/register-utfardade-handlingar.tsv")))
            ownRegister = QString::fromUtf8(entry.bytes);
    ASSERT_FALSE(ownRegister.isEmpty());
    int pdfs = 0;
    for (const TarEntry& entry : entries) {
        if (!entry.name.endsWith(QLatin1String(".pdf")))
            continue;
        ++pdfs;
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(entry.bytes, QCryptographicHash::Sha256).toHex());
        const auto issued = IssuedDocumentService(database()).withHash(sha256);
        ASSERT_TRUE(issued.ok());
        EXPECT_EQ(issued->size(), 1) << entry.name.toStdString();
        EXPECT_TRUE(ownRegister.contains(sha256)) << entry.name.toStdString();
    }
    EXPECT_EQ(pdfs, 8);
}

// A file or a folder of the tar's name is never written over or into, and stays as it was; a
// cancelled run leaves nothing, and a run after it is not hindered by anything it left.
TEST_F(ArchiveTarTest, ATarNameThatExistsIsRefusedUntouchedAndACancelledRunLeavesNothing) {
    const QString out = path(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    ArchiveRequest request = year2024();
    request.meetingIds = {1, 2};
    int asked = 0;
    const auto cancelled =
        ArchiveService(database()).writeTar(request, out, [&](int, int, const QString&) {
            return ++asked < 2;
        });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.error().contains(QStringLiteral("Cancelled")));
    EXPECT_TRUE(everything(out).isEmpty()) << everything(out).join(u' ').toStdString();
    const QString tar =
        out +
        QStringLiteral("/paragraf-samverkanstid-kommuner-region-och-lansstyrelse-2024-01-22.tar");
    QFile existing(tar);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("the archivist's own file");
    existing.close();
    const auto overFile = ArchiveService(database()).writeTar(request, out);
    ASSERT_FALSE(overFile.ok());
    EXPECT_TRUE(overFile.error().contains(tar) && overFile.error().contains(u"exists already"))
        << overFile.error().toStdString();
    EXPECT_EQ(contentOf(tar), QByteArray("the archivist's own file"));
    EXPECT_EQ(everything(out), QStringList{QFileInfo(tar).fileName()});
    ASSERT_TRUE(QFile::remove(tar));
    ASSERT_TRUE(QDir().mkpath(tar + QStringLiteral("/inside")));
    const auto overFolder = ArchiveService(database()).writeTar(request, out);
    ASSERT_FALSE(overFolder.ok());
    EXPECT_TRUE(overFolder.error().contains(u"exists already"));
    EXPECT_EQ(everything(out),
              (QStringList{QFileInfo(tar).fileName(),
                           QFileInfo(tar).fileName() + QStringLiteral("/inside")}));
    ASSERT_TRUE(QDir(tar).removeRecursively());
    const auto written = ArchiveService(database()).writeTar(request, out);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(written.value(), tar);
    EXPECT_EQ(everything(out), QStringList{QFileInfo(tar).fileName()});
}

// A disk that fills while the tar is written: no tar under its name, and no temporary file.
TEST_F(ArchiveTarTest, AFullDiskLeavesNoTarAndNoTemporaryFile) {
    const QString out = path(QStringLiteral("full"));
    FullDisk disk(out);
    PARAGRAF_REQUIRE_MOUNTED(disk.mounted(), "The full-disk e-archive test");
    leaveRoomForAFewFiles(out);
    ArchiveRequest request = year2024();
    request.meetingIds = {1, 2, 3, 4, 5};
    const auto written = ArchiveService(database()).writeTar(request, out);
    expectRefusedForFullDisk(written, out);
    // With room again, the same run writes the tar: nothing left behind is in its way.
    disk.makeRoom();
    const auto again = ArchiveService(database()).writeTar(request, out);
    EXPECT_TRUE(again.ok()) << again.error().toStdString();
}

} // namespace
