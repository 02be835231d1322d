// The real main window, offscreen: opening files, refusing bad ones, showing a meeting.
#include "MainWindow.h"

#include "Dialogs.h"
#include "MainActions.h"
#include "MeetingBrowser.h"
#include "MeetingListModel.h"
#include "Settings.h"
#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf;

namespace {

QByteArray hashOf(const QString& path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("ParagrafTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        Dialogs::setTestMode(true);
        demoPath = dir.filePath(QStringLiteral("demo.paragraf"));
        auto created = Database::create(demoPath);
        ASSERT_TRUE(created.ok());
        ASSERT_TRUE(buildDemo(*created.value()).ok());
    }
    QTemporaryDir dir;
    QString demoPath;
};

TEST_F(MainWindowTest, OpensADatabaseAndShowsTheSeedProtocol) {
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(demoPath));
    MeetingListModel* model = window.browser()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model->rowCount(), 7);
    ASSERT_TRUE(window.browser()->selectMeeting(6));
    const QString text = window.browser()->text()->toPlainText();
    EXPECT_NE(text.indexOf(QStringLiteral("§ 27 Sammanträdesdatum 2025")), -1);
    EXPECT_NE(text.indexOf(QStringLiteral("Ej närvarande")), -1);
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("demo.paragraf")));
    EXPECT_TRUE(window.actions()->closeFile->isEnabled());
    EXPECT_EQ(Settings::recentFiles().value(0), demoPath);
}

TEST_F(MainWindowTest, AForeignFileIsRefusedWithTheCoreMessageAndLeftUntouched) {
    const QString path = dir.filePath(QStringLiteral("letter.paragraf"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Hej! Det här är inget protokoll.\n").repeated(100));
    }
    const QByteArray before = hashOf(path);
    MainWindow window;
    ASSERT_TRUE(window.openFile(demoPath));
    EXPECT_FALSE(window.openFile(path));
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("not an SQLite file")), -1)
        << Dialogs::lastMessage().toStdString();
    EXPECT_EQ(hashOf(path), before);
    // The file that was open stays open.
    EXPECT_EQ(window.database()->path(), demoPath);
}

TEST_F(MainWindowTest, NewFileFromTheMenuCreatesAnEmptyDatabase) {
    MainWindow window;
    const QString path = dir.filePath(QStringLiteral("ny"));
    Dialogs::setNextFileName(path);
    window.actions()->newFile->trigger();
    ASSERT_NE(window.database(), nullptr);
    EXPECT_EQ(window.database()->path(), path + QStringLiteral(".paragraf"));
    EXPECT_EQ(window.browser()->model()->rowCount(), 0);
    window.actions()->closeFile->trigger();
    EXPECT_EQ(window.database(), nullptr);
    EXPECT_FALSE(window.actions()->closeFile->isEnabled());
}

TEST_F(MainWindowTest, OpenFromTheMenuUsesTheChosenFile) {
    MainWindow window;
    Dialogs::setNextFileName(demoPath);
    window.actions()->openFile->trigger();
    ASSERT_NE(window.database(), nullptr);
    EXPECT_EQ(window.browser()->model()->rowCount(), 7);
}

TEST_F(MainWindowTest, ModelRowsMatchTheDatabase) {
    MainWindow window;
    ASSERT_TRUE(window.openFile(demoPath));
    const MeetingListModel* model = window.browser()->model();
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->data(model->index(row, MeetingListModel::DateColumn)).toString() ==
            QStringLiteral("2024-11-11")) {
            found = true;
            EXPECT_EQ(model->data(model->index(row, MeetingListModel::ParagraphsColumn)).toString(),
                      QStringLiteral("§§ 26–31"));
            EXPECT_EQ(model->data(model->index(row, MeetingListModel::StatusColumn)).toString(),
                      QStringLiteral("Draft"));
        }
    EXPECT_TRUE(found);
}

} // namespace
