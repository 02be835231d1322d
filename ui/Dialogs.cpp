#include "Dialogs.h"

#include <QFileDialog>
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
