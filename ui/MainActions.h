#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QMenu;

// The menus and actions of the main window, with standard shortcuts where Qt has them.
class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(MainWindow* window);

    QAction* newFile = nullptr;
    QAction* openFile = nullptr;
    QAction* closeFile = nullptr;
    QAction* quit = nullptr;
    QMenu* recentMenu = nullptr;

    void updateRecentFiles();
    void setFileOpen(bool open);

private:
    void buildFileMenu(MainWindow* window);
    void buildSettingsMenu(MainWindow* window);
    void buildHelpMenu(MainWindow* window);

    MainWindow* m_window;
};
