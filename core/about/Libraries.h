#pragma once

#include <QList>
#include <QString>

// What Paragraf is built on, for Help → About and the bug reports that quote it: each library's
// name, the version actually loaded where the library can say (Qt, SQLite, libpq), and its
// licence.
namespace paragraf {

struct LibraryVersion {
    QString name;
    QString version;
    QString licence;
};

QList<LibraryVersion> libraryVersions();

// Paragraf's own licence, as the package's copyright file states it.
QString paragrafLicence();

} // namespace paragraf
