#pragma once

#include <QDate>
#include <QString>
#include <memory>

class QFileDialog;
class QMessageBox;
class QWidget;

// Every message box and file dialog of the ui goes through here, so that tests drive the real
// window without modal dialogs: in test mode, messages are recorded and file dialogs answer
// with the name the test set. File dialogs never read the files they list (FileDialogGuard).
class Dialogs {
public:
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    // A warning that comes while the secretary types (another writer's change refused what was
    // typed): the keys being typed must not dismiss it unread, so only Escape or a click closes
    // it, and its text can be selected and copied (it gives back what was typed).
    static void warningWhileTyping(QWidget* parent, const QString& title, const QString& text);
    static std::unique_ptr<QMessageBox> typingSafeBox(QWidget* parent, const QString& title,
                                                      const QString& text);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& filter,
                                const QString& suggestedName = {});
    // Qt's own file dialog as the desk shows it, for opening or for saving (the tests look at
    // its texts).
    static void setUpFileDialog(QFileDialog& dialog, bool forSaving);
    // Where file dialogs open: the folder of the database at the desk.
    static void setStartFolder(const QString& folder);
    // A line of text asked for, or an empty string when cancelled.
    static QString text(QWidget* parent, const QString& title, const QString& label);
    // A password asked for, its characters hidden; empty when cancelled. In test mode the next
    // text (none set: cancelled). `ok` tells an empty password from a cancel.
    static QString password(QWidget* parent, const QString& title, const QString& label, bool* ok);
    // Yes or no; in test mode always yes (the question is recorded as the last message).
    // noByDefault: Enter answers no, where yes would lose something.
    static bool question(QWidget* parent, const QString& title, const QString& text,
                         bool noByDefault = false);
    // A day asked for, starting at `initial`; invalid when cancelled. In test mode the next text
    // as YYYY-MM-DD, or `initial` when none was set.
    static QDate date(QWidget* parent, const QString& title, const QString& label,
                      const QDate& initial);

    static void setTestMode(bool on);
    static void setNextFileName(const QString& name);
    static void setNextText(const QString& text);
    static QString lastMessage();

private:
    static bool s_testMode;
    static QString s_nextFileName;
    static QString s_nextText;
    static QString s_lastMessage;
    static QString s_folder;
};
