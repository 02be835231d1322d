#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace paragraf {

// What an archive needs to know of a file's format: its MIME type, its name and version, and
// its PRONOM identifier where PRONOM has one (docs/e-archive.md lists them).
struct ArchiveFormat {
    QString mimeType;
    QString name;
    QString version;
    QString pronom; // e.g. fmt/95; empty where PRONOM has none
};

ArchiveFormat pdfA1bFormat();
ArchiveFormat jsonFormat();
ArchiveFormat xmlFormat();
ArchiveFormat xmlSchemaFormat();
ArchiveFormat plainTextFormat();

// One file of the package: its path inside the package folder ("representations/rep1/data/…",
// always with forward slashes and names that Paragraf made), its bytes and its format.
struct ArchiveFile {
    QString path;
    QByteArray bytes;
    ArchiveFormat format;
    QString description; // what it is, in Swedish, for the METS LABEL and the documentation

    QString sha256() const;
};

// The files that belong to one meeting, under its own folder of the representation.
struct ArchivedMeeting {
    QString folder;         // "representations/rep1/data/2024-11-11"
    QList<int> fileIndexes; // into the package's files
    int protocolIndex = -1;
    int canonicalIndex = -1;
};

// A package as it will be written: the name of its root folder (its OBJID) and every file.
struct ArchivePackage {
    QString name;
    QList<ArchiveFile> files;
};

} // namespace paragraf
