#pragma once

#include <QMainWindow>
#include <memory>

class MainActions;
class MeetingBrowser;
class QLabel;

namespace paragraf {
class Database;
}

// The window: a file, its meetings and the selected protocol. Menus and actions are assembled
// by MainActions; the view is MeetingBrowser. Errors from core are shown as they come.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString& path);
    bool newFile(const QString& path);
    void closeFile();
    void newFileDialog();
    void openFileDialog();

    const paragraf::Database* database() const { return m_database.get(); }
    MeetingBrowser* browser() const { return m_browser; }
    MainActions* actions() const { return m_actions; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void adopt(std::unique_ptr<paragraf::Database> database);
    void updateTitle();

    std::unique_ptr<paragraf::Database> m_database;
    MeetingBrowser* m_browser;
    MainActions* m_actions;
    QLabel* m_fileLabel;
};
