#pragma once

#include "common/Dialogs.h"
#include "demo/DemoData.h"
#include "services/TypedWriter.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QKeyEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <gtest/gtest.h>
#include <memory>

// A fresh demo database and settings of its own for each ui test; dialogs answer themselves.
class UiTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("ParagrafTests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           dir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        // The desktop's recent-files list (DesktopRecentFiles) of this test, not the user's.
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toLocal8Bit());
        Dialogs::setTestMode(true);
        demoPath = dir.filePath(QStringLiteral("demo.paragraf"));
        auto created = paragraf::Database::create(demoPath);
        ASSERT_TRUE(created.ok());
        ASSERT_TRUE(paragraf::buildDemo(*created.value()).ok());
    }
    static QByteArray hashOf(const QString& path) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    QTemporaryDir dir;
    QString demoPath;
};

// Opens a file in the window and waits until its check has passed and it can be written.
template <typename Window> bool openAndWait(Window& window, const QString& path) {
    QSignalSpy ready(&window, &Window::fileReady);
    return window.openFile(path) && (ready.count() > 0 || ready.wait(10000));
}

// A window shown and active, with `path` open, checked and writable: where desk tests start.
// Null when any of it failed (the test has then been told why).
template <typename Window> std::unique_ptr<Window> openedWindow(const QString& path) {
    auto window = std::make_unique<Window>();
    window->show();
    QApplication::setActiveWindow(window.get());
    const bool active = QTest::qWaitForWindowActive(window.get());
    EXPECT_TRUE(active);
    const bool opened = openAndWait(*window, path);
    EXPECT_TRUE(opened) << path.toStdString();
    return active && opened ? std::move(window) : nullptr;
}

// What is typed is written on the desk's writer thread: a person's next look (the test's next
// check) comes when it is written, refused or waiting for the file, and the window has heard.
inline void settle() {
    (void)QTest::qWaitFor([] { return paragraf::TypedWriter::allSettled(); }, 20000);
}

// Key presses as a person makes them. Text is sent with the event, so å, ä and ö arrive as
// typed (QTest::keyClicks asserts on characters outside Latin-1 key codes).
inline void press(QWidget* target, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
                  const QString& text = {}) {
    QKeyEvent down(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(target, &up);
    settle();
}

inline void type(QWidget* target, const QString& text) {
    for (const QChar c : text)
        press(target, 0, Qt::NoModifier, QString(c));
}

// A shortcut as a person presses it: QTest routes it through the window's shortcut map.
inline void shortcut(const QKeySequence& keys) {
    const QKeyCombination combination = keys[0];
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus, combination.key(), combination.keyboardModifiers());
}

// Answers the next modal dialog of type T when it opens (exec() blocks the test until then);
// returns a flag that tells whether it was seen.
template <typename T, typename Answer> std::shared_ptr<bool> whenModal(Answer answer) {
    auto seen = std::make_shared<bool>(false);
    QTimer::singleShot(0, [seen, answer] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        answer(dialog);
    });
    return seen;
}
