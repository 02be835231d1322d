// Randomly damaged copies of a real database: no crash, a clear answer, the file untouched.
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "text/MeetingText.h"

#include <QRandomGenerator>

using namespace paragraf;
using namespace paragraf::test;

namespace {

int copies() {
    const int fromEnvironment = qEnvironmentVariableIntValue("PARAGRAF_DAMAGED_COPIES");
    return fromEnvironment > 0 ? fromEnvironment : 1000;
}

constexpr int pageSize = 4096;

QByteArray damage(QByteArray bytes, QRandomGenerator& random, QString& how) {
    const int size = static_cast<int>(bytes.size());
    switch (random.bounded(5)) {
    case 0: { // a few bytes anywhere
        const int count = random.bounded(1, 20);
        for (int i = 0; i < count; ++i)
            bytes[random.bounded(size)] = static_cast<char>(random.bounded(256));
        how = QStringLiteral("%1 bytes flipped").arg(count);
        break;
    }
    case 1: { // the header, which SQLite trusts most
        const int at = random.bounded(100);
        bytes[at] = static_cast<char>(bytes[at] ^ (1 << random.bounded(8)));
        how = QStringLiteral("header byte %1 flipped").arg(at);
        break;
    }
    case 2: { // cut short
        const int length = random.bounded(size);
        bytes.truncate(length);
        how = QStringLiteral("truncated to %1 bytes").arg(length);
        break;
    }
    case 3: { // two pages swapped
        const int pages = size / pageSize;
        const int a = random.bounded(pages), b = random.bounded(pages);
        const QByteArray first = bytes.mid(a * pageSize, pageSize);
        bytes.replace(a * pageSize, pageSize, bytes.mid(b * pageSize, pageSize));
        bytes.replace(b * pageSize, pageSize, first);
        how = QStringLiteral("pages %1 and %2 swapped").arg(a + 1).arg(b + 1);
        break;
    }
    default: { // a page overwritten with noise
        const int page = random.bounded(size / pageSize);
        for (int i = 0; i < pageSize; ++i)
            bytes[page * pageSize + i] = static_cast<char>(random.bounded(256));
        how = QStringLiteral("page %1 overwritten").arg(page + 1);
    }
    }
    return bytes;
}

// Reads everything a user could ask for; a damaged file that opened must still not crash.
void readEverything(const Database& database) {
    const MeetingService service(database);
    const auto list = service.list();
    if (!list)
        return;
    for (const auto& summary : list.value())
        if (const auto record = service.load(summary.id))
            (void)meetingAsText(record.value());
}

TEST(DamagedFileTest, DamagedCopiesNeverCrashAndAreNeverModified) {
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.paragraf"));
    {
        auto created = Database::create(original);
        ASSERT_TRUE(created.ok());
        ASSERT_TRUE(buildDemo(*created.value()).ok());
    } // closed: the last connection checkpoints the WAL into the file
    QFile source(original);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QByteArray pristine = source.readAll();
    ASSERT_GT(pristine.size(), 10 * pageSize);

    QRandomGenerator random(1337);
    int opened = 0, refused = 0;
    for (int i = 0; i < copies(); ++i) {
        QString how;
        const QByteArray damaged = damage(pristine, random, how);
        const QString path = dir.filePath(QStringLiteral("copy.paragraf"));
        QFile::remove(path);
        {
            QFile copy(path);
            ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
            copy.write(damaged);
        }
        const QByteArray before = fileHash(path);
        {
            auto database = Database::open(path);
            if (database.ok()) {
                ++opened;
                readEverything(*database.value());
            } else {
                ++refused;
                ASSERT_FALSE(database.error().isEmpty()) << how.toStdString();
            }
        }
        ASSERT_EQ(fileHash(path), before)
            << "copy " << i << " was modified (" << how.toStdString() << ")";
    }
    // Both outcomes occur: the test exercises refusals and damaged files that still open.
    EXPECT_GT(refused, copies() / 10);
    EXPECT_GT(opened, 0);
    RecordProperty("opened", opened);
    RecordProperty("refused", refused);
}

} // namespace
