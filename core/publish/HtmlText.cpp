#include "HtmlText.h"

namespace paragraf {
namespace {

// A reader of a web page on a phone or on paper: one column, the type of the archive copy,
// tables that scroll by themselves rather than the page (WCAG 1.4.10 at 320 CSS pixels), links
// that say where they go, and on paper no contents links coloured as links.
const char* const styleSheet = R"css(
:root { color-scheme: light; }
body { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 1rem;
  line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 46rem;
  padding: 1rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.5rem; padding-top: 1rem;
  border-top: 1px solid #999; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
p { margin: 0 0 0.6rem; }
a { color: #0645ad; }
a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
dl.uppgifter { display: grid; grid-template-columns: minmax(7rem, 30%) 1fr; gap: 0.3rem 1rem;
  margin: 0 0 1rem; }
dl.uppgifter dt { grid-column: 1; font-weight: bold; }
dl.uppgifter dd { grid-column: 2; margin: 0; }
ol.innehall { list-style: none; padding: 0; margin: 0; }
ol.innehall li { margin: 0 0 0.3rem; }
ul.bokstaver { list-style: none; padding-left: 1rem; }
.etikett { font-weight: bold; }
.not { font-style: italic; }
.kontrollsumma { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace;
  overflow-wrap: normal; word-spacing: 0.2rem; }
.tabell { overflow-x: auto; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; }
caption { text-align: left; font-weight: bold; padding: 0 0 0.3rem; }
th, td { border: 1px solid #777; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
td { text-align: center; }
.borttagen { font-style: italic; }
@media (max-width: 32rem) {
  dl.uppgifter { display: block; }
  dl.uppgifter dd { margin: 0 0 0.5rem; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { border-top: none; break-after: avoid; }
  h3 { break-after: avoid; }
  table, tr, dl.uppgifter { break-inside: avoid; }
  .tabell { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
)css";

bool forbiddenInHtml(char32_t c) {
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f) ||
           QChar::isNonCharacter(c);
}

} // namespace

QString htmlEscaped(const QString& text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (forbiddenInHtml(code))
                out += QLatin1Char(' ');
            else
                out += QStringView(text).mid(i, 2);
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += forbiddenInHtml(c.unicode()) ? QChar(u' ') : c;
        }
    }
    return out;
}

QByteArray htmlPage(const QString& title, const QString& main) {
    QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"Paragraf\">\n");
    page += QStringLiteral("<title>") + htmlEscaped(title) + QStringLiteral("</title>\n<style>");
    page += QString::fromUtf8(styleSheet);
    page += QStringLiteral("</style>\n</head>\n<body>\n<main>\n");
    page += main;
    page += QStringLiteral("</main>\n</body>\n</html>\n");
    return page.toUtf8();
}

HtmlWriter::HtmlWriter(TextFilter filter) : m_filter(std::move(filter)) {}

void HtmlWriter::open(const QString& tag, const QString& attributes) {
    m_html += QLatin1Char('<') + tag;
    if (!attributes.isEmpty())
        m_html += QLatin1Char(' ') + attributes;
    m_html += QLatin1Char('>');
}

void HtmlWriter::close(const QString& tag) {
    m_html += QStringLiteral("</") + tag + QLatin1Char('>');
}

void HtmlWriter::element(const QString& tag, const QString& text, const QString& attributes) {
    open(tag, attributes);
    this->text(text);
    close(tag);
    newline();
}

void HtmlWriter::text(const QString& text) {
    m_html += htmlEscaped(filtered(text));
}

void HtmlWriter::verbatim(const QString& text) {
    m_html += htmlEscaped(text);
}

void HtmlWriter::raw(const QString& html) {
    m_html += html;
}

QString idAttribute(const QString& id) {
    Q_ASSERT(htmlEscaped(id) == id && !id.contains(QLatin1Char(' ')));
    return QStringLiteral("id=\"") + id + QLatin1Char('"');
}

} // namespace paragraf
