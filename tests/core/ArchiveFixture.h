#pragma once

// The demo's Samverkanstid and its 2024 as a package is asked for (ArchiveServiceTest,
// ArchiveTarTest), and what a folder holds afterwards.
#include "ArchiveSupport.h"
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
    Id body = NoId;
};

} // namespace paragraf::test
