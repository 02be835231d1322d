// Publicera at the desk: refused before the adjustment, then what will be written shown before
// anything is, and written where the secretary says (Ctrl+Shift+K).
#include "NovemberDeskTest.h"
#include "core/AdjustFully.h"
#include "desk/MainActions.h"
#include "desk/MainWindow.h"
#include "justering/PublishDialog.h"
#include "services/MeetingService.h"

#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace paragraf;
using namespace paragraf::test;

namespace {

using PublishUiTest = NovemberDeskTest;

TEST_F(PublishUiTest, AProtocolNotAdjustedIsRefusedAndNothingIsWritten) {
    EXPECT_EQ(window->actions()->publish->shortcut(),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    const auto shown = whenModal<PublishDialog>([](PublishDialog* dialog) { dialog->reject(); });
    window->actions()->publish->trigger();
    EXPECT_FALSE(*shown);
    EXPECT_NE(Dialogs::lastMessage().indexOf(QStringLiteral("not adjusted")), -1)
        << Dialogs::lastMessage().toStdString();
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("webb"))).exists());
}

TEST_F(PublishUiTest, WhatWillBeWrittenIsShownThenWrittenWhereAsked) {
    {
        auto database = Database::open(demoPath);
        ASSERT_TRUE(database.ok());
        adjustFully(*database.value(), november);
    }
    ASSERT_TRUE(window->openMeeting(november));
    const QString out = dir.filePath(QStringLiteral("publicerat"));
    const auto cancelled = whenModal<PublishDialog>([&](PublishDialog* dialog) {
        EXPECT_EQ(dialog->pages()->rowCount(), 2);
        EXPECT_TRUE(dialog->pages()->item(0, 0)->text().startsWith(QStringLiteral("protokoll-")));
        EXPECT_TRUE(dialog->pages()->item(1, 0)->text().startsWith(QStringLiteral("anslag-")));
        EXPECT_EQ(dialog->folder()->text(), QDir(dir.path()).filePath(QStringLiteral("webb")));
        EXPECT_TRUE(dialog->postedOn()->isEnabled()) << "not posted yet: the day can be chosen";
        dialog->reject();
    });
    window->actions()->publish->trigger();
    ASSERT_TRUE(*cancelled);
    EXPECT_FALSE(stored().trail.posting) << "cancelled: nothing recorded";
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("webb"))).exists());

    const auto published = whenModal<PublishDialog>([&](PublishDialog* dialog) {
        dialog->folder()->setText(out);
        dialog->postedOn()->setDate(QDate(2024, 11, 20));
        dialog->publishButton()->click();
        EXPECT_FALSE(dialog->isVisible()) << dialog->problem()->text().toStdString();
        EXPECT_EQ(dialog->written().size(), 2);
    });
    window->actions()->publish->trigger();
    ASSERT_TRUE(*published);
    EXPECT_EQ(QDir(out).entryList(QDir::Files).size(), 2);
    ASSERT_TRUE(stored().trail.posting);
    EXPECT_EQ(stored().trail.posting->postedOn, QDate(2024, 11, 20));
    EXPECT_NE(Dialogs::lastMessage().indexOf(out), -1) << Dialogs::lastMessage().toStdString();
}

} // namespace
