#include "MainActions.h"

#include "Dialogs.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>

MainActions::MainActions(MainWindow* window) : QObject(window), m_window(window) {
    buildFileMenu(window);
    buildSettingsMenu(window);
    buildHelpMenu(window);
    updateRecentFiles();
    setFileOpen(false);
}

void MainActions::buildFileMenu(MainWindow* window) {
    QMenu* menu = window->menuBar()->addMenu(tr("&File"));
    newFile = menu->addAction(tr("&New database…"), window, &MainWindow::newFileDialog);
    newFile->setShortcut(QKeySequence::New);
    openFile = menu->addAction(tr("&Open database…"), window, &MainWindow::openFileDialog);
    openFile->setShortcut(QKeySequence::Open);
    recentMenu = menu->addMenu(tr("Open &recent"));
    closeFile = menu->addAction(tr("&Close database"), window, &MainWindow::closeFile);
    closeFile->setShortcut(QKeySequence::Close);
    menu->addSeparator();
    quit = menu->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainActions::buildSettingsMenu(MainWindow* window) {
    QMenu* menu = window->menuBar()->addMenu(tr("&Settings"));
    QMenu* languages = menu->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QList<std::pair<QString, QString>> choices{
        {QString(), tr("Follow the system")},
        {QStringLiteral("sv"), QStringLiteral("Svenska")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, label] : choices) {
        QAction* action = languages->addAction(label);
        action->setCheckable(true);
        action->setChecked(Settings::language() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, window, [window, code = code] {
            Settings::setLanguage(code);
            Dialogs::information(window, tr("Language"),
                                 tr("The new language is used from the next start of Paragraf."));
        });
    }
}

void MainActions::buildHelpMenu(MainWindow* window) {
    QMenu* menu = window->menuBar()->addMenu(tr("&Help"));
    menu->addAction(tr("&About Paragraf"), window, [window] {
        Dialogs::information(
            window, tr("About Paragraf"),
            tr("Paragraf %1: minutes and protocols for Swedish boards and councils.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainActions::updateRecentFiles() {
    recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString& path : files)
        recentMenu->addAction(path, m_window, [this, path] { m_window->openFile(path); });
    recentMenu->setEnabled(!files.isEmpty());
}

void MainActions::setFileOpen(bool open) {
    closeFile->setEnabled(open);
}
