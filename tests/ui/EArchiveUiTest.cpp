// Arkiv → Leverera till e-arkiv at the desk: reached from the File menu (Arkiv in Swedish) by
// keyboard, a year with a draft refused by name with nothing written, and an adjusted year
// delivered as one package folder, or as one .tar file chosen by keyboard (docs/e-archive.md).
#include "UiTestSupport.h"
#include "archive/EArchiveDialog.h"
#include "core/AdjustFully.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTranslator>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class EArchiveUiTest : public UiTest {
protected:
    // Chooses Samverkanstid's 2024 and the folder, as the secretary would type them.
    void choose(EArchiveDialog* dialog, const QString& folder) {
        const int year = dialog->years()->findText(
            QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse, 2024"),
            Qt::MatchStartsWith);
        ASSERT_GE(year, 0);
        dialog->years()->setCurrentIndex(year);
        dialog->folder()->selectAll();
        type(dialog->folder(), folder);
    }
    static QStringList entries(const QString& folder) {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }
};

TEST_F(EArchiveUiTest, AYearWithADraftIsRefusedAndAnAdjustedYearIsDelivered) {
    QTranslator swedish;
    ASSERT_TRUE(swedish.load(QStringLiteral(":/i18n/paragraf_sv.qm")));
    QCoreApplication::installTranslator(&swedish);
    const QString out = dir.filePath(QStringLiteral("e-arkiv"));
    {
        auto window = openedWindow<MainWindow>(demoPath);
        ASSERT_TRUE(window);
        EXPECT_EQ(window->actions()->deliverToArchive->text(),
                  QStringLiteral("&Leverera till e-arkiv…"));
        const auto seen = whenModal<EArchiveDialog>([&](EArchiveDialog* dialog) {
            choose(dialog, out);
            press(dialog->folder(), Qt::Key_Return);
            EXPECT_TRUE(dialog->problem()->text().contains(QStringLiteral("2024-11-11")) &&
                        dialog->problem()->text().contains(QStringLiteral("inte justerat")))
                << dialog->problem()->text().toStdString();
            EXPECT_TRUE(dialog->isVisible());
            if (const QString shots = qEnvironmentVariable("PARAGRAF_SCREENSHOTS");
                !shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/e-arkiv-sv.png"));
            press(dialog->years(), Qt::Key_Escape);
        });
        window->actions()->deliverToArchive->trigger();
        ASSERT_TRUE(*seen);
        EXPECT_TRUE(entries(out).isEmpty()) << entries(out).join(u' ').toStdString();
    }
    {
        auto database = Database::open(demoPath);
        ASSERT_TRUE(database.ok());
        adjustFully(*database.value(), 6);
    }
    auto window = openedWindow<MainWindow>(demoPath);
    ASSERT_TRUE(window);
    const auto seen = whenModal<EArchiveDialog>([&](EArchiveDialog* dialog) {
        choose(dialog, out);
        press(dialog->folder(), Qt::Key_Return);
        EXPECT_FALSE(dialog->isVisible()) << dialog->problem()->text().toStdString();
        EXPECT_EQ(QFileInfo(dialog->written()).fileName(),
                  QStringLiteral("paragraf-samverkanstid-kommuner-region-och-lansstyrelse-2024"));
    });
    window->actions()->deliverToArchive->trigger();
    ASSERT_TRUE(*seen);
    EXPECT_EQ(entries(out), QStringList{QStringLiteral("paragraf-samverkanstid-kommuner-region-"
                                                       "och-lansstyrelse-2024")});
    EXPECT_TRUE(QFileInfo::exists(out + QStringLiteral("/paragraf-samverkanstid-kommuner-region-"
                                                       "och-lansstyrelse-2024/representations/"
                                                       "rep1/data/2024-11-11/protokoll.pdf")));
    QCoreApplication::removeTranslator(&swedish);
}

// En fil (.tar), chosen with Alt+F and back with Alt+P, in Swedish; Return delivers the year as
// the one file <name>.tar, nothing beside it.
TEST_F(EArchiveUiTest, TheYearIsDeliveredAsOneTarFileChosenByKeyboard) {
    QTranslator swedish;
    ASSERT_TRUE(swedish.load(QStringLiteral(":/i18n/paragraf_sv.qm")));
    QCoreApplication::installTranslator(&swedish);
    {
        auto database = Database::open(demoPath);
        ASSERT_TRUE(database.ok());
        adjustFully(*database.value(), 6);
    }
    const QString out = dir.filePath(QStringLiteral("e-arkiv"));
    auto window = openedWindow<MainWindow>(demoPath);
    ASSERT_TRUE(window);
    const auto seen = whenModal<EArchiveDialog>([&](EArchiveDialog* dialog) {
        EXPECT_EQ(dialog->asFolder()->text(), QStringLiteral("Ma&pp"));
        EXPECT_EQ(dialog->asFile()->text(), QStringLiteral("En &fil (.tar)"));
        EXPECT_TRUE(dialog->asFolder()->isChecked()); // as before, unless asked
        choose(dialog, out);
        QApplication::setActiveWindow(dialog);
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        // A radio button's mnemonic clicks it after a short animation: wait for the click.
        const auto alt = [dialog](Qt::Key key) {
            QTest::keyClick(dialog, key, Qt::AltModifier);
            QTest::qWait(150);
        };
        alt(Qt::Key_F);
        EXPECT_TRUE(dialog->asFile()->isChecked());
        alt(Qt::Key_P);
        EXPECT_TRUE(dialog->asFolder()->isChecked());
        alt(Qt::Key_F);
        EXPECT_TRUE(dialog->asFile()->isChecked());
        if (const QString shots = qEnvironmentVariable("PARAGRAF_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/e-arkiv-fil-sv.png"));
        press(dialog->asFile(), Qt::Key_Return);
        EXPECT_FALSE(dialog->isVisible()) << dialog->problem()->text().toStdString();
    });
    window->actions()->deliverToArchive->trigger();
    ASSERT_TRUE(*seen);
    const QString tar =
        QStringLiteral("paragraf-samverkanstid-kommuner-region-och-lansstyrelse-2024.tar");
    EXPECT_EQ(entries(out), QStringList{tar});
    EXPECT_GT(QFileInfo(out + u'/' + tar).size(), 100 * 1024);
    QCoreApplication::removeTranslator(&swedish);
}

} // namespace
