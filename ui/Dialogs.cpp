#include "Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>

bool Dialogs::s_testMode = false;
QString Dialogs::s_nextFileName;
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

void Dialogs::setTestMode(bool on) {
    s_testMode = on;
}
void Dialogs::setNextFileName(const QString& name) {
    s_nextFileName = name;
}
QString Dialogs::lastMessage() {
    return s_lastMessage;
}
