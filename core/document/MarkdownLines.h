#pragma once

#include <QString>

namespace paragraf {

// Qt 6.4's Markdown writer breaks every paragraph and list item into lines of at most 80
// columns, escaping a character a break puts first on a line ("\-"). In Markdown a break inside
// a paragraph is a space, so the same text joined again reads the same; stored so, a decision
// reads in `paragraf-cli show`, the JSON and the e-archive as it was typed (a secretary found
// "enligt⏎förslaget." in a decision she had not touched). Lines are joined only inside a
// paragraph or a list item: never across a blank line, a heading, a hard break, a new list
// item, a quote, a table row or a fenced code block.
QString joinWrappedLines(const QString& markdown);

} // namespace paragraf
