#include "MainWindow.h"

#include "Dialogs.h"
#include "MainActions.h"
#include "MeetingBrowser.h"
#include "Settings.h"
#include "storage/Database.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

using namespace paragraf;

namespace {
QString fileFilter() {
    return MainWindow::tr("Paragraf databases (*.paragraf);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_browser(new MeetingBrowser(this)), m_actions(new MainActions(this)),
      m_fileLabel(new QLabel(this)) {
    setCentralWidget(m_browser);
    statusBar()->addPermanentWidget(m_fileLabel);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    if (Settings::windowGeometry().isEmpty())
        resize(1100, 720);
    updateTitle();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString& path) {
    auto opened = Database::open(path);
    if (!opened) {
        Dialogs::warning(this, tr("The file cannot be opened"), opened.error());
        if (!QFileInfo::exists(path))
            Settings::removeRecentFile(path);
        m_actions->updateRecentFiles();
        return false;
    }
    adopt(std::move(opened.value()));
    if (m_database->isReadOnly())
        Dialogs::information(this, tr("Opened read-only"), m_database->readOnlyReason());
    return true;
}

bool MainWindow::newFile(const QString& path) {
    auto created = Database::create(path);
    if (!created) {
        Dialogs::warning(this, tr("The file cannot be created"), created.error());
        return false;
    }
    adopt(std::move(created.value()));
    return true;
}

void MainWindow::newFileDialog() {
    QString path = Dialogs::saveFileName(this, tr("New database"), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".paragraf");
    newFile(path);
}

void MainWindow::openFileDialog() {
    const QString path = Dialogs::openFileName(this, tr("Open database"), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::closeFile() {
    m_browser->setDatabase(nullptr);
    m_database.reset();
    m_actions->setFileOpen(false);
    updateTitle();
}

void MainWindow::adopt(std::unique_ptr<Database> database) {
    m_browser->setDatabase(nullptr);
    m_database = std::move(database);
    m_browser->setDatabase(m_database.get());
    Settings::addRecentFile(m_database->path());
    m_actions->updateRecentFiles();
    m_actions->setFileOpen(true);
    updateTitle();
}

void MainWindow::updateTitle() {
    if (!m_database) {
        setWindowTitle(QStringLiteral("Paragraf"));
        m_fileLabel->setText(tr("No database open"));
        return;
    }
    const QString name = QFileInfo(m_database->path()).fileName();
    const QString readOnly = m_database->isReadOnly() ? tr(" (read-only)") : QString();
    setWindowTitle(name + readOnly + QStringLiteral(" – Paragraf"));
    m_fileLabel->setText(QDir::toNativeSeparators(m_database->path()) + readOnly);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings::setWindowGeometry(saveGeometry(), saveState());
    event->accept();
}
