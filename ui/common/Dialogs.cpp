#include "Dialogs.h"

#include "DateField.h"
#include "FileDialogGuard.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

bool Dialogs::s_testMode = false;
QString Dialogs::s_nextFileName;
QString Dialogs::s_nextText;
QString Dialogs::s_lastMessage;
QString Dialogs::s_folder;

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text) {
    s_lastMessage = text;
    if (!s_testMode)
        QMessageBox::warning(parent, title, text);
}

std::unique_ptr<QMessageBox> Dialogs::typingSafeBox(QWidget* parent, const QString& title,
                                                    const QString& text) {
    auto box = std::make_unique<QMessageBox>(QMessageBox::Warning, title, text,
                                             QMessageBox::NoButton, parent);
    // An OK without a mnemonic (typing its letter would press it), without focus (Space would)
    // and in the reject role, so that it never becomes the default button (Enter would).
    QPushButton* ok = box->addButton(QCoreApplication::translate("QPlatformTheme", "OK"),
                                     QMessageBox::RejectRole);
    ok->setFocusPolicy(Qt::NoFocus);
    ok->setAutoDefault(false);
    box->setEscapeButton(ok);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return box;
}

void Dialogs::warningWhileTyping(QWidget* parent, const QString& title, const QString& text) {
    s_lastMessage = text;
    if (!s_testMode)
        typingSafeBox(parent, title, text)->exec();
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text) {
    s_lastMessage = text;
    if (!s_testMode)
        QMessageBox::information(parent, title, text);
}

namespace {
// Qt's own file dialog, never the platform's: the platform's (GTK's) sniffs the contents of the
// files it lists, which would drop SQLite's locks on the open database, and Qt's is the one
// whose texts Paragraf translates. Its files are known by name only (FileDialogGuard).
QString askForFile(QWidget* parent, const QString& caption, const QString& filter,
                   QFileDialog::AcceptMode mode, const QString& folder, const QString& name) {
    QFileDialog dialog(parent, caption, folder, filter);
    Dialogs::setUpFileDialog(dialog, mode == QFileDialog::AcceptSave);
    if (!name.isEmpty())
        dialog.selectFile(name);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}
} // namespace

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter) {
    if (s_testMode)
        return std::exchange(s_nextFileName, QString());
    return askForFile(parent, caption, filter, QFileDialog::AcceptOpen, s_folder, {});
}

QString Dialogs::saveFileName(QWidget* parent, const QString& caption, const QString& filter,
                              const QString& suggestedName) {
    if (s_testMode)
        return std::exchange(s_nextFileName, QString());
    return askForFile(parent, caption, filter, QFileDialog::AcceptSave, s_folder, suggestedName);
}

void Dialogs::setUpFileDialog(QFileDialog& dialog, bool forSaving) {
    dialog.setOptions(QFileDialog::DontUseNativeDialog | QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(FileDialogGuard::provider());
    dialog.setAcceptMode(forSaving ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(forSaving ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
}

void Dialogs::setStartFolder(const QString& folder) {
    s_folder = folder;
}

QString Dialogs::text(QWidget* parent, const QString& title, const QString& label) {
    if (s_testMode)
        return std::exchange(s_nextText, QString());
    return QInputDialog::getText(parent, title, label).trimmed();
}

QString Dialogs::password(QWidget* parent, const QString& title, const QString& label, bool* ok) {
    s_lastMessage = label;
    if (s_testMode) {
        const QString next = std::exchange(s_nextText, QString());
        *ok = !next.isEmpty(); // none set: cancelled
        return next;
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Password, {}, ok);
}

bool Dialogs::question(QWidget* parent, const QString& title, const QString& text,
                       bool noByDefault) {
    s_lastMessage = text;
    if (s_testMode)
        return true;
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 noByDefault ? QMessageBox::No : QMessageBox::Yes) ==
           QMessageBox::Yes;
}

QDate Dialogs::date(QWidget* parent, const QString& title, const QString& label,
                    const QDate& initial) {
    if (s_testMode) {
        const QString next = std::exchange(s_nextText, QString());
        return next.isEmpty() ? initial : DateField::parse(next);
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* edit = new DateField(initial, &dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(label, edit);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog] {
        if (DateField::allAcceptable(&dialog))
            dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted ? edit->date() : QDate();
}

void Dialogs::setTestMode(bool on) {
    s_testMode = on;
}
void Dialogs::setNextFileName(const QString& name) {
    s_nextFileName = name;
}
void Dialogs::setNextText(const QString& text) {
    s_nextText = text;
}
QString Dialogs::lastMessage() {
    return s_lastMessage;
}
