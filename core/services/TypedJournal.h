#pragma once

#include "Result.h"
#include "TypedChange.h"

#include <QList>
#include <QString>

namespace paragraf {

// The offline journal of one meeting on one server: what was typed while the server could not
// be reached, in the order typed, in a file under the user's data folder, synced to the disk
// before the desk says it is kept. When the server is back the changes are sent (each with its
// compare-and-set) and the journal is removed; what the server refuses is kept in the journal's
// "not sent" file beside it, never dropped. A journal that cannot be read (a line damaged) is
// set aside under another name and not applied.
//
// The file: a first line naming the server and the meeting, then one line per change,
// "<checksum> <JSON>", the checksum the first 16 hex digits of the JSON's SHA-256. A last line
// without its newline was cut off while being written (the program was killed): it was never
// said to be kept, and is ignored.
class TypedJournal {
public:
    TypedJournal(const QString& serverName, Id meetingId);

    // Where journals live: the user's data folder (QStandardPaths::AppDataLocation)/journal,
    // unless set (tests).
    static QString folder();
    static void setFolder(const QString& folder);

    const QString& path() const { return m_path; }
    QString notSentPath() const;
    bool exists() const;
    // Appends the changes and syncs the file (and, for a new file, its folder).
    Status append(const QList<TypedChange>& changes) const;
    // The changes in the journal, in order; an error when it is damaged.
    Result<QList<TypedChange>> read() const;
    // A damaged journal moved aside, out of the way of the next one: the new path.
    QString setAside() const;
    // Changes the server refused, kept for the secretary in the "not sent" file.
    Status keepNotSent(const QList<TypedChange>& changes) const;
    // Everything in it is on the server: the journal is removed.
    Status clear() const;

private:
    static Status write(const QString& path, const QByteArray& header,
                        const QList<TypedChange>& changes);
    QByteArray header() const;

    QString m_serverName;
    Id m_meetingId = NoId;
    QString m_path;
};

} // namespace paragraf
