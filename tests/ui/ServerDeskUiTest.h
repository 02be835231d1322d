#pragma once

// A desk open on a PostgreSQL server of the test's own (OwnServer), which the test stops and
// starts under it: the fixture of the offline and reconnect tests.
#include "OwnServer.h"
#include "UiTestSupport.h"
#include "desk/MainWindow.h"
#include "services/TypedJournal.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QStatusBar>
#include <QTextDocument>
#include <QTextEdit>

class ServerDeskUiTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        paragraf::TypedJournal::setFolder(dir.filePath(QStringLiteral("journal")));
    }
    void TearDown() override { paragraf::TypedJournal::setFolder({}); }

    // The demo on a fresh database of the server.
    QString demoOnServer(const QString& name) {
        const QString address = server.createDatabase(name);
        auto created = paragraf::Database::create(address);
        EXPECT_TRUE(created.ok()) << created.error().toStdString();
        if (!created)
            return {};
        EXPECT_TRUE(paragraf::buildDemo(*created.value()).ok());
        return address;
    }

    QString statusText() const {
        for (QLabel* label : window->statusBar()->findChildren<QLabel*>())
            for (const char* start : {"Saved", "Saving", "Offline", "Not saved"})
                if (label->text().startsWith(QLatin1String(start)))
                    return label->text();
        return {};
    }
    bool statusSays(const char* start, int ms = 20000) {
        return QTest::qWaitFor([&] { return statusText().startsWith(QLatin1String(start)); }, ms);
    }

    // One character as the window system delivers it; returns how long the window was busy.
    static qint64 type(QTextEdit* text, const QString& character) {
        QElapsedTimer clock;
        clock.start();
        QKeyEvent down(QEvent::KeyPress, 0, Qt::NoModifier, character);
        QApplication::sendEvent(text, &down);
        QKeyEvent up(QEvent::KeyRelease, 0, Qt::NoModifier, character);
        QApplication::sendEvent(text, &up);
        const qint64 took = clock.elapsed();
        QCoreApplication::processEvents();
        return took;
    }

    // A section's stored text as the section editor shows it (plain text of its Markdown).
    static QString shownAsEditorShows(const QString& markdown) {
        QTextDocument document;
        document.setMarkdown(markdown);
        return document.toPlainText();
    }

    OwnServer server;
    std::unique_ptr<MainWindow> window;
};
