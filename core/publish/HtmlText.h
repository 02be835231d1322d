#pragma once

#include <QString>
#include <functional>

namespace paragraf {

// What a published page makes of text that people typed before it is written: the identity of
// the text, or the text with personal data masked (Masking.h). Applied to every such text,
// wherever on the page it goes (title, headings, body, tables).
using TextFilter = std::function<QString(const QString&)>;

// Text as HTML character data or a double-quoted attribute value: & < > " ' escaped, and what
// HTML forbids or a reader cannot see (control characters, noncharacters, unpaired surrogates)
// replaced, so that hostile text stays text and the page stays valid.
QString htmlEscaped(const QString& text);

// A whole page: <!DOCTYPE html>, lang="sv", UTF-8, a viewport for phones, the title, the one
// style sheet and a Content-Security-Policy that allows nothing but that style sheet, so that
// the page runs no script and loads nothing even if something slipped through. `main` is the
// page's content, already HTML.
QByteArray htmlPage(const QString& title, const QString& main);

// An HTML fragment builder that escapes every text it is given.
class HtmlWriter {
public:
    explicit HtmlWriter(TextFilter filter = {});

    void open(const QString& tag, const QString& attributes = {}); // attributes already escaped
    void close(const QString& tag);
    // <tag attributes>text</tag>, the text filtered and escaped.
    void element(const QString& tag, const QString& text, const QString& attributes = {});
    void text(const QString& text); // filtered and escaped
    void raw(const QString& html);  // HTML made by this program
    // Text the program made that masking must not touch (a checksum): escaped, not filtered.
    void verbatim(const QString& text);
    void newline() { m_html += QLatin1Char('\n'); }

    QString filtered(const QString& text) const { return m_filter ? m_filter(text) : text; }
    const TextFilter& filter() const { return m_filter; }
    const QString& html() const { return m_html; }

private:
    TextFilter m_filter;
    QString m_html;
};

// id="…" for a value the program made (no escaping needed, checked in debug builds).
QString idAttribute(const QString& id);

} // namespace paragraf
