#pragma once

// The demo's Samverkanstid and its 2024 as a package is asked for (ArchiveServiceTest,
// ArchiveTarTest), and what a folder holds afterwards.
#include "ArchiveSupport.h"
#include "FullDisk.h"
#include "TestSupport.h"
#include "archive/ArchiveService.h"
#include "demo/DemoData.h"
#include "services/RosterService.h"

#include <QDirIterator>

namespace paragraf::test {

class ArchiveFixture : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
        const auto found = RosterService(database()).findBody(archiveBody);
        ASSERT_TRUE(found.ok());
        body = found.value();
    }
    ArchiveRequest year2024() const {
        ArchiveRequest request;
        request.bodyId = body;
        request.year = 2024;
        request.createdAt = QDateTime(QDate(2025, 1, 15), QTime(10, 0), Qt::UTC);
        return request;
    }
    static const ArchiveFile* fileAt(const ArchivePackage& package, const QString& path) {
        for (const ArchiveFile& file : package.files)
            if (file.path == path)
                return &file;
        return nullptr;
    }
    // Every entry under `folder`, hidden ones too, relative to it.
    static QStringList everything(const QString& folder) {
        QStringList found;
        QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found << QDir(folder).relativeFilePath(it.next());
        return found;
    }
    // The full disk at `out` (FullDisk) with room for the first files of a package, not for
    // all of it.
    static void leaveRoomForAFewFiles(const QString& out) {
        QFile room(out + QStringLiteral("/room"));
        ASSERT_TRUE(room.open(QIODevice::WriteOnly));
        ASSERT_EQ(room.write(QByteArray(160 * 1024, 'x')), 160 * 1024);
        room.close();
        fill(out);
        ASSERT_TRUE(QFile::remove(out + QStringLiteral("/room")));
    }
    // That a write refused for the full disk at `out` said so and left nothing but the fillers.
    template <typename Written>
    static void expectRefusedForFullDisk(const Written& written, const QString& out) {
        ASSERT_FALSE(written.ok());
        EXPECT_TRUE(written.error().contains(QStringLiteral("disk is full")))
            << written.error().toStdString();
        for (const QString& name :
             QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            EXPECT_TRUE(name.startsWith(QLatin1String("filler"))) << name.toStdString();
    }
    Id body = NoId;
};

} // namespace paragraf::test
