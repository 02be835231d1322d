// The desktop's recent-files list (recently-used.xbel): files opened at the desk appear in other
// programs' file dialogs, and the list, which other programs write too, is never damaged.
#include "common/DesktopRecentFiles.h"

#include "UiTestSupport.h"
#include "desk/MainWindow.h"

#include <QDomDocument>
#include <QUrl>

namespace {

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// The bookmarks of the list as href -> the bookmark element's text of attributes and children.
struct Entry {
    QString added, mimeType, application;
};
QMap<QString, Entry> entriesOf(const QString& path) {
    QDomDocument document;
    if (!document.setContent(contentsOf(path), true))
        return {};
    QMap<QString, Entry> entries;
    const QDomNodeList bookmarks = document.elementsByTagName(QStringLiteral("bookmark"));
    for (int i = 0; i < bookmarks.size(); ++i) {
        const QDomElement bookmark = bookmarks.at(i).toElement();
        Entry entry{bookmark.attribute(QStringLiteral("added")), {}, {}};
        const QDomNodeList types = bookmark.elementsByTagNameNS(
            QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info"),
            QStringLiteral("mime-type"));
        if (!types.isEmpty())
            entry.mimeType = types.at(0).toElement().attribute(QStringLiteral("type"));
        const QDomNodeList apps = bookmark.elementsByTagNameNS(
            QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks"),
            QStringLiteral("application"));
        if (!apps.isEmpty())
            entry.application = apps.at(0).toElement().attribute(QStringLiteral("name"));
        entries.insert(bookmark.attribute(QStringLiteral("href")), entry);
    }
    return entries;
}

// What GTK writes: another program's entry, with its own metadata.
const QByteArray gtkList = R"(<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="file:///home/anna/Dokument/rapport.odt" added="2026-11-30T08:00:00.123456Z" modified="2026-11-30T08:00:00.123456Z" visited="2026-11-30T08:00:00.123456Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="application/vnd.oasis.opendocument.text"/>
        <bookmark:applications>
          <bookmark:application name="LibreOffice" exec="&apos;soffice %u&apos;" modified="2026-11-30T08:00:00.123456Z" count="3"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
</xbel>
)";

class DesktopRecentFilesTest : public UiTest {
protected:
    QString list() const { return DesktopRecentFiles::listPath(); }
    QString uri(const QString& path) const {
        return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    }
};

} // namespace

TEST_F(DesktopRecentFilesTest, TheListIsInTheUsersDataFolder) {
    EXPECT_EQ(list(), dir.filePath(QStringLiteral("data/recently-used.xbel")));
}

TEST_F(DesktopRecentFilesTest, AFileOpenedAtTheDeskIsInTheDesktopsList) {
    auto window = openedWindow<MainWindow>(demoPath);
    ASSERT_TRUE(window);
    ASSERT_TRUE(QTest::qWaitFor([&] { return entriesOf(list()).contains(uri(demoPath)); }, 5000))
        << contentsOf(list()).toStdString();
    const Entry entry = entriesOf(list()).value(uri(demoPath));
    EXPECT_EQ(entry.mimeType, QStringLiteral("application/x-paragraf"));
    EXPECT_EQ(entry.application, QStringLiteral("Paragraf"));
}

TEST_F(DesktopRecentFilesTest, OtherProgramsEntriesAreKeptAndOursIsNotRepeated) {
    write(list(), gtkList);
    ASSERT_TRUE(
        DesktopRecentFiles::add(demoPath, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)));
    ASSERT_TRUE(
        DesktopRecentFiles::add(demoPath, QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)));
    const auto entries = entriesOf(list());
    ASSERT_EQ(entries.size(), 2) << contentsOf(list()).toStdString();
    const Entry other = entries.value(QStringLiteral("file:///home/anna/Dokument/rapport.odt"));
    EXPECT_EQ(other.added, QStringLiteral("2026-11-30T08:00:00.123456Z"));
    EXPECT_EQ(other.mimeType, QStringLiteral("application/vnd.oasis.opendocument.text"));
    EXPECT_EQ(other.application, QStringLiteral("LibreOffice"));
    // Opened again: one entry, first added when it was first opened.
    EXPECT_EQ(entries.value(uri(demoPath)).added, QStringLiteral("2026-12-01T09:00:00.000000Z"));
}

TEST_F(DesktopRecentFilesTest, ANameWithSpacesAndSwedishLettersIsAProperUri) {
    const QString path = dir.filePath(QStringLiteral("Nämnd för miljö.paragraf"));
    ASSERT_TRUE(DesktopRecentFiles::add(path));
    const auto entries = entriesOf(list());
    ASSERT_EQ(entries.size(), 1);
    const QString href = entries.firstKey();
    EXPECT_TRUE(href.contains(QStringLiteral("N%C3%A4mnd%20f%C3%B6r%20milj%C3%B6")))
        << href.toStdString();
    EXPECT_EQ(QUrl(href).toLocalFile(), path);
}

TEST_F(DesktopRecentFilesTest, AListThatIsNotXbelIsLeftAlone) {
    for (const QByteArray& hostile :
         {QByteArray("<?xml version=\"1.0\"?><xbel><bookmark href=\"file:///a\">"), // cut short
          QByteArray("<?xml version=\"1.0\"?><html><body/></html>"),                // not XBEL
          QByteArray("\x00\xff\xfe garbage", 12)}) {
        write(list(), hostile);
        EXPECT_FALSE(DesktopRecentFiles::add(demoPath));
        EXPECT_EQ(contentsOf(list()), hostile);
    }
}
