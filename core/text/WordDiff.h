#pragma once

#include <QList>
#include <QString>

namespace paragraf {

// A readable difference between two versions of a text, word by word: what a reviewer needs to
// see what the secretary changed since they last read the protocol.
struct DiffSegment {
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    QString text; // words with the white space that followed them
};

QList<DiffSegment> wordDiff(const QString& before, const QString& after);
// "Nämnden beslutar [-att avslå-]{+att bifalla+} förslaget." for the command line.
QString diffAsText(const QList<DiffSegment>& segments);
// Removed words struck through in red, added words underlined in green, for the desk.
QString diffAsHtml(const QList<DiffSegment>& segments);

} // namespace paragraf
