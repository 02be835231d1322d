#pragma once

#include <QDateTime>
#include <QString>

// The desktop's own list of recent files (freedesktop's recently-used.xbel in the user's data
// folder), which GTK's and KDE's file dialogs and the file managers show. Qt's widget-based
// QFileDialog neither reads nor writes it, so the desk adds each file it opens here itself.
namespace DesktopRecentFiles {

// The list's file: $XDG_DATA_HOME/recently-used.xbel (~/.local/share/... by default).
QString listPath();

// Adds or refreshes `path` as opened by Paragraf at `when`, keeping every other entry as it was.
// A list that cannot be read as XBEL is left untouched (it is another program's file too);
// returns whether the list now names the file.
bool add(const QString& path, const QDateTime& when = QDateTime::currentDateTimeUtc());

} // namespace DesktopRecentFiles
