#include "HelpWindows.h"

#include "about/Libraries.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

HandbookWindow::HandbookWindow(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser) {
    setWindowTitle(tr("Paragraf handbook"));
    m_browser->setOpenExternalLinks(true); // http links leave for the desktop's browser
    m_browser->setSource(pageForLanguage());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(820, 640); // within a 1366×768 screen, less the title bar and a panel
    m_browser->setFocus();
}

QUrl HandbookWindow::pageForLanguage() {
    // The file named by the catalogue in use, so the handbook follows the interface's language.
    return QUrl(QStringLiteral("qrc:/handbok/handbok/") +
                tr("handbok-en.html", "the handbook's file in this language: handbok-sv.html "
                                      "or handbok-en.html"));
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), m_text(new QLabel) {
    setWindowTitle(tr("About Paragraf"));
    QString rows;
    for (const paragraf::LibraryVersion& library : paragraf::libraryVersions())
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(library.name.toHtmlEscaped(), library.version.toHtmlEscaped(),
                         library.licence.toHtmlEscaped());
    m_text->setText(
        QStringLiteral("<h2>Paragraf %1</h2><p>%2</p><p>%3</p><p>%4</p>"
                       "<table cellspacing=\"6\"><tr><th align=\"left\">%5</th>"
                       "<th align=\"left\">%6</th><th align=\"left\">%7</th></tr>%8</table>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(),
                 tr("Minutes and protocols for Swedish boards and councils."),
                 tr("Licence: %1. Paragraf is free software: you may share and change it under "
                    "the GNU General Public License, version 3 or later. It comes with no "
                    "warranty.")
                     .arg(paragraf::paragrafLicence()),
                 tr("Built on these libraries (the versions in use):"), tr("Library"),
                 tr("Version"), tr("Licence"), rows));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const {
    return m_text->text();
}
