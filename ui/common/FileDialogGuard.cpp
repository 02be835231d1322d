#include "FileDialogGuard.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QStyle>
#include <QWidget>

QIcon ContentBlindIconProvider::icon(IconType type) const {
    switch (type) {
    case Folder:
        return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    case Drive:
        return QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon);
    case Computer:
        return QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
    default:
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    }
}

QIcon ContentBlindIconProvider::icon(const QFileInfo& info) const {
    return icon(info.isDir() ? Folder : File);
}

QString ContentBlindIconProvider::type(const QFileInfo& info) const {
    if (info.isDir())
        return QObject::tr("Folder");
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("paragraf"))
        return QObject::tr("Paragraf database");
    if (suffix.isEmpty())
        return QObject::tr("File");
    return QObject::tr("%1 file").arg(suffix.toUpper());
}

QAbstractFileIconProvider* FileDialogGuard::provider() {
    static ContentBlindIconProvider provider;
    return &provider;
}

void FileDialogGuard::install() {
    static FileDialogGuard* guard = nullptr;
    if (guard || !qApp)
        return;
    guard = new FileDialogGuard;
    guard->setParent(qApp);
    qApp->installEventFilter(guard);
}

bool FileDialogGuard::eventFilter(QObject* watched, QEvent* event) {
    // Show comes before the dialog's event loop delivers the listing of its folder, which is
    // when Qt asks for each file's icon and type.
    if (event->type() == QEvent::Show && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->isWindow())
        for (QFileSystemModel* model : watched->findChildren<QFileSystemModel*>())
            if (model->iconProvider() != provider())
                model->setIconProvider(provider());
    return false;
}
