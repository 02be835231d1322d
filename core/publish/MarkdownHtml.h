#pragma once

#include "HtmlText.h"

namespace paragraf {

// A section's or a decision's Markdown as HTML, read by the same Markdown reader the archive
// copy's (TextComposer::markdown: GitHub's dialect, raw HTML shown as typed, images as their alt
// text, "a) … b) …" lines as a lettered list): paragraphs, lists, tables with a header row,
// bold, italic and web links. Headings typed in the text become bold paragraphs, so that the
// page's headings stay in order under the paragraph's own. Every text goes through the writer.
void writeMarkdown(HtmlWriter& out, const QString& markdown);

} // namespace paragraf
