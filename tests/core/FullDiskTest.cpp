// A database on a disk that fills up: a change that finds no room is refused as "disk full",
// nothing of it is kept, and the same connection writes again once there is room.
#include "FullDisk.h"

#include "TestSupport.h"

#include <unistd.h>

using namespace paragraf;
using namespace paragraf::test;

namespace {

// The fixture's database on a 4 MB tmpfs mounted over its folder.
class FullDiskTest : public DatabaseFixture {
protected:
    void SetUp() override {
        m_disk = std::make_unique<FullDisk>(m_dir.path());
        PARAGRAF_REQUIRE_MOUNTED(m_disk->mounted(), "The full-disk test")
        DatabaseFixture::SetUp();
    }
    void TearDown() override {
        m_database.reset();
        m_disk.reset();
    }
    std::unique_ptr<FullDisk> m_disk;
};

TEST_F(FullDiskTest, AChangeWithoutRoomIsRefusedAndTheConnectionWritesAgainLater) {
    const Id body = createBody(QStringLiteral("Nämnden"), 3);
    const Id meeting = createMeeting(body, QDate(2024, 3, 1));
    addParagraph(meeting, QStringLiteral("Budget"));
    const Id section = load(meeting).paragraphs.first().sections.first().id;
    // Opened as the desk opens a file: read at once, writable once checked.
    m_database.reset();
    auto later = Database::open(path(), Database::Check::Later);
    ASSERT_TRUE(later.ok());
    ASSERT_TRUE(Database::quickCheck(path()).ok());
    ASSERT_TRUE(later.value()->finishCheck().ok());
    m_database = std::move(later).value();
    m_database->waitWhenBusy(700);
    {
        auto reader = Database::open(path());
        ASSERT_TRUE(reader.ok());
        (void)MeetingService(*reader.value()).load(meeting);
    }
    fill(m_dir.path());

    const QString text = QStringLiteral("Skolan i Hallen. ").repeated(10000);
    const Status refused = service().updateSectionText(section, QString(), text);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorKind(), ErrorKind::DiskFull) << refused.error().toStdString();
    EXPECT_NE(refused.error().indexOf(QStringLiteral("is full")), -1);
    EXPECT_EQ(load(meeting).paragraphs.first().sections.first().text, QString());
    for (int again = 0; again < 10; ++again) // the desk tries again while it waits
        EXPECT_EQ(service().updateSectionText(section, QString(), text).errorKind(),
                  ErrorKind::DiskFull);

    m_disk->makeRoom();
    const Status saved = service().updateSectionText(section, QString(), text);
    EXPECT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(load(meeting).paragraphs.first().sections.first().text, text);
    EXPECT_TRUE(database().integrityCheck().ok());
}

} // namespace
