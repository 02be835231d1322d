#include "Dialogs.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QMessageBox>

bool Dialogs::s_testMode = false;
QString Dialogs::s_nextFileName;
QString Dialogs::s_nextText;
QString Dialogs::s_lastMessage;

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text) {
    s_lastMessage = text;
    if (!s_testMode)
        QMessageBox::warning(parent, title, text);
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text) {
    s_lastMessage = text;
    if (!s_testMode)
        QMessageBox::information(parent, title, text);
}

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter) {
    if (s_testMode)
        return std::exchange(s_nextFileName, QString());
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& caption, const QString& filter) {
    if (s_testMode)
        return std::exchange(s_nextFileName, QString());
    return QFileDialog::getSaveFileName(parent, caption, QString(), filter);
}

QString Dialogs::text(QWidget* parent, const QString& title, const QString& label) {
    if (s_testMode)
        return std::exchange(s_nextText, QString());
    return QInputDialog::getText(parent, title, label).trimmed();
}

bool Dialogs::question(QWidget* parent, const QString& title, const QString& text) {
    s_lastMessage = text;
    if (s_testMode)
        return true;
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

QDate Dialogs::date(QWidget* parent, const QString& title, const QString& label,
                    const QDate& initial) {
    if (s_testMode) {
        const QString next = std::exchange(s_nextText, QString());
        return next.isEmpty() ? initial : QDate::fromString(next, Qt::ISODate);
    }
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* edit = new QDateEdit(initial, &dialog);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(label, edit);
    form->addRow(buttons);
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
