// Leverera till e-arkiv (docs/e-archive.md): what the package holds, what is refused, and that
// an interrupted or hostile run never leaves a package, or anything, where it should not.
#include "archive/ArchiveService.h"

#include "ArchiveFixture.h"
#include "FullDisk.h"
#include "TestSupport.h"
#include "adjustment/IssuedDocumentService.h"
#include "demo/DemoData.h"
#include "helpers/SlowSyncVfs.h"
#include "services/RosterService.h"
#include "text/CanonicalForm.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>

using namespace paragraf;
using namespace paragraf::test;

namespace {

using ArchiveServiceTest = ArchiveFixture;

TEST_F(ArchiveServiceTest, AYearWithAProtocolNotAdjustedIsRefusedByNameAndNothingIsWritten) {
    const QString out = path(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    const auto written = ArchiveService(database()).write(year2024(), out);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("2024-11-11")) &&
                written.error().contains(QStringLiteral("meeting 6")) &&
                written.error().contains(QStringLiteral("not adjusted")))
        << written.error().toStdString();
    EXPECT_FALSE(written.error().contains(QStringLiteral("2024-09-23"))); // archived: it may go
    EXPECT_TRUE(everything(out).isEmpty()) << everything(out).join(u' ').toStdString();
}

TEST_F(ArchiveServiceTest, ThePackageHoldsEachProtocolItsIssuedDocumentsAndTheSignedForm) {
    adjustTheYear(database(), path(QStringLiteral("issued")));
    const auto package = ArchiveService(database()).build(year2024());
    ASSERT_TRUE(package.ok()) << package.error().toStdString();
    EXPECT_EQ(package->name, QStringLiteral("paragraf-samverkanstid-kommuner-region-och-"
                                            "lansstyrelse-2024"));
    const QString data = QStringLiteral("representations/rep1/data/");
    for (const char* date :
         {"2024-01-22", "2024-03-04", "2024-04-15", "2024-05-27", "2024-09-23", "2024-11-11"})
        for (const char* name : {"protokoll.pdf", "kanonisk-form.txt", "sammantrade.json"})
            EXPECT_TRUE(
                fileAt(package.value(), data + QLatin1String(date) + u'/' + QLatin1String(name)))
                << date << "/" << name;
    // The extract and the anslagsbevis issued for November, not for the archived meetings.
    EXPECT_TRUE(fileAt(package.value(), data + QStringLiteral("2024-11-11/utdrag-27-28.pdf")));
    EXPECT_TRUE(fileAt(package.value(), data + QStringLiteral("2024-11-11/anslagsbevis.pdf")));
    EXPECT_FALSE(fileAt(package.value(), data + QStringLiteral("2024-01-22/anslagsbevis.pdf")));
    // The canonical form is the text the signatures bind.
    const ArchiveFile* canonical =
        fileAt(package.value(), data + QStringLiteral("2024-11-11/kanonisk-form.txt"));
    ASSERT_TRUE(canonical);
    const MeetingRecord november = load(archiveNovember);
    EXPECT_EQ(canonical->sha256(), november.trail.signatures.last().contentHash);
    // The register lists what was issued, with its checksum.
    const ArchiveFile* issued =
        fileAt(package.value(), data + QStringLiteral("register-utfardade-handlingar.tsv"));
    ASSERT_TRUE(issued);
    const auto entries = IssuedDocumentService(database()).issued(archiveNovember).value();
    ASSERT_EQ(entries.size(), 2);
    for (const IssuedDocument& entry : entries)
        EXPECT_TRUE(issued->bytes.contains(entry.sha256.toLatin1()));
    for (const char* part :
         {"METS.xml", "representations/rep1/METS.xml", "metadata/preservation/premis.xml",
          "schemas/mets.xsd", "documentation/om-paketet.txt"})
        EXPECT_TRUE(fileAt(package.value(), QLatin1String(part))) << part;
}

TEST_F(ArchiveServiceTest, PremisRecordsEveryFileAndTheProtocolsEvents) {
    adjustTheYear(database(), path(QStringLiteral("issued")));
    const auto package = ArchiveService(database()).build(year2024());
    ASSERT_TRUE(package.ok()) << package.error().toStdString();
    const ArchiveFile* premis = fileAt(package.value(), QStringLiteral("metadata/preservation/"
                                                                       "premis.xml"));
    ASSERT_TRUE(premis);
    const QString xml = QString::fromUtf8(premis->bytes);
    for (const ArchiveFile& file : package->files) {
        if (file.path == premis->path || file.path == QLatin1String("METS.xml"))
            continue;
        EXPECT_TRUE(xml.contains(
            QStringLiteral("<premis:messageDigest>%1</premis:messageDigest>").arg(file.sha256())))
            << file.path.toStdString();
        if (file.path.endsWith(QLatin1String(".pdf"))) {
            EXPECT_TRUE(
                xml.contains(QStringLiteral("<premis:objectIdentifierValue>%1<").arg(file.path)));
        }
    }
    EXPECT_TRUE(xml.contains(QStringLiteral("<premis:formatRegistryKey>fmt/95<")));
    for (const char* event : {"signed", "adjusted", "corrected", "posted"})
        EXPECT_TRUE(xml.contains(
            QStringLiteral("<premis:eventType>%1</premis:eventType>").arg(QLatin1String(event))))
            << event;
    const MeetingRecord november = load(archiveNovember);
    for (const Signature& signature : november.trail.signatures) {
        EXPECT_TRUE(xml.contains(QStringLiteral("<premis:agentName>%1<").arg(signature.name)));
        EXPECT_TRUE(xml.contains(signature.signedAt.toString(Qt::ISODate)));
    }
    EXPECT_TRUE(xml.contains(QStringLiteral("<premis:eventDateTime>2024-11-20<")));
    EXPECT_TRUE(xml.contains(QStringLiteral("Skrivfel")));
}

TEST_F(ArchiveServiceTest, TheSameProtocolsGiveTheSameBytesExceptThePdfsCreationDates) {
    adjustTheYear(database(), path(QStringLiteral("issued")));
    const auto first = ArchiveService(database()).build(year2024());
    const auto second = ArchiveService(database()).build(year2024());
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_EQ(first->files.size(), second->files.size());
    for (qsizetype i = 0; i < first->files.size(); ++i) {
        const ArchiveFile& a = first->files[i];
        const ArchiveFile& b = second->files[i];
        EXPECT_EQ(a.path, b.path);
        // The PDFs carry the moment they were made; whatever names their checksums differs.
        const bool dated =
            a.path.endsWith(QLatin1String(".pdf")) || a.path.endsWith(QLatin1String(".xml"));
        if (!dated) {
            EXPECT_EQ(a.bytes, b.bytes) << a.path.toStdString();
        }
        if (a.path.endsWith(QLatin1String(".pdf"))) {
            static const QRegularExpression date(
                QStringLiteral("/ID \\[[^\\]]*\\]|") +
                QStringLiteral("D:\\d{14}[^)]*|\\d{4}-\\d\\d-"
                               "\\d\\dT\\d\\d:\\d\\d:\\d\\d[^\"<]*"));
            EXPECT_EQ(QString::fromLatin1(a.bytes).remove(date),
                      QString::fromLatin1(b.bytes).remove(date))
                << a.path.toStdString();
        }
    }
}

TEST_F(ArchiveServiceTest, AHostileBodyNameNeverLeavesTheOutputFolder) {
    const QString hostile = QStringLiteral("../../etc/\"x\" 'y'/..\\..");
    RosterService roster(database());
    Body renamed = roster.body(body).value();
    renamed.name = hostile;
    ASSERT_TRUE(roster.updateBody(renamed).ok());
    // A protocol keeps the body's name it was sent with (schema 17): the November meeting, sent
    // after the renaming, carries the hostile name into the package.
    adjustTheYear(database(), path(QStringLiteral("issued")));
    const QString parent = path(QStringLiteral("parent"));
    const QString out = parent + QStringLiteral("/out");
    ASSERT_TRUE(QDir().mkpath(out));
    ArchiveRequest request = year2024();
    request.meetingIds = {archiveNovember};
    const auto written = ArchiveService(database()).write(request, out);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(QFileInfo(written.value()).absolutePath(), QFileInfo(out).absoluteFilePath());
    EXPECT_EQ(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("out")});
    const QStringList top =
        QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    ASSERT_EQ(top.size(), 1);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^paragraf-[a-z0-9-]+-2024-11-11$"))
                    .match(top.first())
                    .hasMatch())
        << top.first().toStdString();
    // The body's name is in the package's text, escaped, not in its paths.
    QFile mets(written.value() + QStringLiteral("/METS.xml"));
    ASSERT_TRUE(mets.open(QIODevice::ReadOnly));
    EXPECT_TRUE(mets.readAll().contains("../../etc/&quot;x&quot; 'y'/..\\.."));
}

TEST_F(ArchiveServiceTest, ACancelledRunLeavesNothingAndAnExistingPackageIsNotReplaced) {
    const QString out = path(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    ArchiveRequest request = year2024();
    request.meetingIds = {1, 2};
    const auto entered = [&] { // the register's entries of the two meetings
        return IssuedDocumentService(database()).issued(1)->size() +
               IssuedDocumentService(database()).issued(2)->size();
    };
    const qsizetype registered = entered();
    int asked = 0;
    const auto cancelled =
        ArchiveService(database()).write(request, out, [&](int, int, const QString&) {
            return ++asked < 2;
        });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_TRUE(cancelled.error().contains(QStringLiteral("Cancelled")));
    EXPECT_TRUE(everything(out).isEmpty());
    EXPECT_EQ(entered(), registered) << "the PDFs of a package not written are not entered";
    const auto written = ArchiveService(database()).write(request, out);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(entered(), registered + 2) << "two protocols";
    const QStringList before = everything(out);
    const auto again = ArchiveService(database()).write(request, out);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("exists already")));
    EXPECT_EQ(everything(out), before);
    EXPECT_EQ(entered(), registered + 2) << "nor those of one refused";
}

// A disk that fills while the package is written: no package under its name, and no
// temporary folder left beside it.
TEST_F(ArchiveServiceTest, AFullDiskLeavesNoPackageAndNoTemporaryFolder) {
    const QString out = path(QStringLiteral("full"));
    FullDisk disk(out);
    PARAGRAF_REQUIRE_MOUNTED(disk.mounted(), "The full-disk e-archive test");
    leaveRoomForAFewFiles(out);
    ArchiveRequest request = year2024();
    request.meetingIds = {1, 2, 3, 4, 5};
    const auto written = ArchiveService(database()).write(request, out);
    expectRefusedForFullDisk(written, out);
}

// The order that makes a package trustworthy (io/Staged.h): its PDFs are entered in the register
// by a commit that comes before the package has its name, so that a kill between the two never
// leaves a package whose PDFs `verify-pdf` does not know. Seen from the commit's own sync.
class ArchiveOrderFileTest : public ArchiveFixture {
protected:
    void SetUp() override {
        installSlowSync(); // before the file is opened, so that its commits pass the observer
        ArchiveFixture::SetUp();
    }
    void TearDown() override {
        setSyncObserver({});
        ArchiveFixture::TearDown();
    }
};

TEST_F(ArchiveOrderFileTest, APackageHasItsNameOnlyAfterItsDocumentsAreEnteredForGood) {
    ArchiveRequest request = year2024();
    request.meetingIds = {1, 2};
    for (const bool tar : {false, true}) {
        const QString out = path(tar ? QStringLiteral("tar") : QStringLiteral("folder"));
        ASSERT_TRUE(QDir().mkpath(out));
        int syncs = 0;
        QStringList namedAtASync;
        setSyncObserver([&] {
            ++syncs;
            namedAtASync << QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        });
        const ArchiveService archive(database());
        const auto written = tar ? archive.writeTar(request, out) : archive.write(request, out);
        setSyncObserver({});
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        EXPECT_GT(syncs, 0) << "the register's commit syncs the file";
        EXPECT_TRUE(namedAtASync.isEmpty())
            << "named before the commit: " << namedAtASync.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(QFileInfo::exists(written.value()));
    }
}

// A package made from a file that cannot be written (here: one still being checked, as the desk
// opens a large file) is written whole, its PDFs not entered, and the person told so.
TEST_F(ArchiveOrderFileTest, APackageFromAReadOnlyFileSaysItsPdfsAreNotEntered) {
    const QString out = path(QStringLiteral("out"));
    ArchiveRequest request = year2024();
    request.meetingIds = {1, 2};
    const auto entered = [&] {
        return IssuedDocumentService(database()).issued(1)->size() +
               IssuedDocumentService(database()).issued(2)->size();
    };
    const qsizetype before = entered();
    EXPECT_TRUE(ArchiveService(database()).whatIsNotEntered().isEmpty());
    auto reader = Database::open(path(), Database::Check::Later);
    ASSERT_TRUE(reader.ok() && reader.value()->isReadOnly());
    const ArchiveService archive(*reader.value());
    const auto written = archive.write(request, out);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_TRUE(QFileInfo::exists(written.value() + QStringLiteral("/METS.xml")));
    EXPECT_TRUE(archive.whatIsNotEntered().contains(QStringLiteral("not entered")));
    EXPECT_EQ(entered(), before);
}

} // namespace
