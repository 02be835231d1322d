#pragma once

#include <QAbstractFileIconProvider>
#include <QObject>

// Icons and type names for file lists that never open a file. Qt's own provider asks the MIME
// database, which reads the first bytes of every file whose name it does not know (a
// .paragraf file among them); opening and closing the open database from this process drops
// SQLite's locks on it (see core/io/OpenFiles.h). This one knows files by name only.
class ContentBlindIconProvider : public QAbstractFileIconProvider {
public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;
};

// Gives every file list of the application the provider above: the file dialogs made by
// Dialogs, and those Qt makes inside its own dialogs (the print dialog's "print to file"
// completer), found when such a dialog is first shown, before its list is filled.
class FileDialogGuard : public QObject {
    Q_OBJECT
public:
    static void install();
    static QAbstractFileIconProvider* provider();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
