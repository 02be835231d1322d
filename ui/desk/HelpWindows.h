#pragma once

#include <QDialog>

class QTextBrowser;
class QLabel;

// Help → Handbook (F1): the user guide in the interface's language, read from the program's own
// resources in a QTextBrowser — offline, whatever browser the desktop has or lacks, and with the
// keyboard (Tab to a link, Return to follow it, Alt+Left to go back, Escape to close).
class HandbookWindow : public QDialog {
    Q_OBJECT
public:
    explicit HandbookWindow(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }
    // The handbook's page for the interface's language (qrc:/handbok/…).
    static QUrl pageForLanguage();

private:
    QTextBrowser* m_browser;
};

// Help → About Paragraf: version, licence and the libraries in use with their versions.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    QString text() const;

private:
    QLabel* m_text;
};
