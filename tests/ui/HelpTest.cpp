// Help → Handbook (F1) and Help → About Paragraf (issue #24, items 3 and 4).
#include "UiTestSupport.h"
#include "about/Libraries.h"
#include "desk/HelpWindows.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "i18n/Translations.h"

#include <QRegularExpression>
#include <QTextBrowser>
#include <QTranslator>
#include <sqlite3.h>

namespace {

class HelpTest : public UiTest {
protected:
    void TearDown() override {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

QString readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The keys of README's keys table: each "Ctrl+…", "Alt+…", "Shift+…" and "F…" of its first
// column, "Ctrl+1 / 2 / 3 / 4" counted as Ctrl+1.
QStringList readmeKeys() {
    const QString readme = readAll(QStringLiteral(PARAGRAF_SOURCE_DIR "/README.md"));
    const qsizetype start = readme.indexOf(QStringLiteral("| key | does |"));
    const qsizetype end = readme.indexOf(QStringLiteral("\n\n"), start);
    static const QRegularExpression key(
        QStringLiteral("((?:Ctrl\\+|Alt\\+|Shift\\+)+(?:Return|Delete|Up|Down|[A-Z0-9]\\b|F\\d+)"
                       "|\\bF\\d+\\b)"));
    QStringList keys;
    for (const QString& row : readme.mid(start, end - start).split(QLatin1Char('\n')).mid(2)) {
        const QString firstColumn = row.section(QLatin1Char('|'), 1, 1);
        for (const auto& match : key.globalMatch(firstColumn))
            keys << match.captured(1);
    }
    keys.removeDuplicates();
    return keys;
}

} // namespace

TEST_F(HelpTest, F1OpensTheHandbookInTheInterfacesLanguage) {
    auto window = openedWindow<MainWindow>(demoPath);
    ASSERT_TRUE(window);
    EXPECT_EQ(window->actions()->handbook->shortcut(), QKeySequence(Qt::Key_F1));
    window->actions()->handbook->trigger();
    auto* handbook = window->findChild<HandbookWindow*>();
    ASSERT_TRUE(handbook);
    EXPECT_TRUE(handbook->isVisible());
    EXPECT_EQ(handbook->browser()->source().fileName(), QStringLiteral("handbok-en.html"));
    EXPECT_TRUE(
        handbook->browser()->toPlainText().contains(QStringLiteral("the secretary's handbook")));
    // F1 again: the same window, not a second one.
    window->actions()->handbook->trigger();
    EXPECT_EQ(window->findChildren<HandbookWindow*>().size(), 1);

    paragraf::installTranslations(*qApp, QStringLiteral("sv"));
    HandbookWindow swedish;
    EXPECT_EQ(swedish.browser()->source().fileName(), QStringLiteral("handbok-sv.html"));
    EXPECT_TRUE(
        swedish.browser()->toPlainText().contains(QStringLiteral("handbok för sekreteraren")));
}

TEST_F(HelpTest, EveryPictureAndPageTheHandbookNamesIsThere) {
    for (const QString& page :
         {QStringLiteral("handbok-sv.html"), QStringLiteral("handbok-en.html")}) {
        const QString html = readAll(QStringLiteral(":/handbok/handbok/") + page);
        ASSERT_FALSE(html.isEmpty()) << page.toStdString();
        static const QRegularExpression reference(QStringLiteral("(?:src|href)=\"([^\"#:]+)"));
        int images = 0;
        for (const auto& match : reference.globalMatch(html)) {
            const QString target = QStringLiteral(":/handbok/handbok/") + match.captured(1);
            EXPECT_TRUE(QFile::exists(QDir::cleanPath(target)))
                << page.toStdString() << " names " << match.captured(1).toStdString();
            images += match.captured(1).endsWith(QLatin1String(".png"));
        }
        EXPECT_GE(images, 8) << page.toStdString();
        // A picture is drawn, not a broken-image box.
        QTextBrowser browser;
        browser.setSource(QUrl(QStringLiteral("qrc:/handbok/handbok/") + page));
        const QVariant picture = browser.loadResource(QTextDocument::ImageResource,
                                                      QUrl(QStringLiteral("../screenshot-sv.png")));
        EXPECT_FALSE(picture.toByteArray().isEmpty()) << page.toStdString();
    }
}

TEST_F(HelpTest, TheHandbookNamesEveryKeyOfTheReadmesTable) {
    const QStringList keys = readmeKeys();
    ASSERT_GE(keys.size(), 25) << keys.join(QStringLiteral(", ")).toStdString();
    for (const QString& page :
         {QStringLiteral("handbok-sv.html"), QStringLiteral("handbok-en.html")}) {
        const QString html = readAll(QStringLiteral(":/handbok/handbok/") + page);
        for (const QString& key : keys)
            EXPECT_TRUE(html.contains(QStringLiteral("<kbd>") + key + QStringLiteral("</kbd>")))
                << page.toStdString() << " does not name " << key.toStdString();
    }
}

TEST_F(HelpTest, AboutNamesTheVersionTheLicenceAndTheLibrariesInUse) {
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    AboutDialog about;
    const QString text = about.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Paragraf 0.1.0")));
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later")));
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << "Qt, as loaded";
    EXPECT_TRUE(text.contains(QString::fromLatin1(sqlite3_libversion()))) << "SQLite, as loaded";
    for (const char* library : {"Qt", "SQLite", "libpq", "libical"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(library))) << library;

    paragraf::installTranslations(*qApp, QStringLiteral("sv"));
    AboutDialog swedish;
    EXPECT_TRUE(swedish.text().contains(QStringLiteral("Licens")));
    EXPECT_EQ(swedish.windowTitle(), QStringLiteral("Om Paragraf"));
}
