#include "Libraries.h"

#include <QtGlobal>
#include <libical/ical.h>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace paragraf {

namespace {
// PQlibVersion() is major * 10000 + minor from PostgreSQL 10 on.
QString libpqVersion() {
    const int number = PQlibVersion();
    return QStringLiteral("%1.%2").arg(number / 10000).arg(number % 10000);
}
} // namespace

QList<LibraryVersion> libraryVersions() {
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0-only / GPL-2.0-or-later")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
         QStringLiteral("Public domain")},
        {QStringLiteral("libpq (PostgreSQL)"), libpqVersion(), QStringLiteral("PostgreSQL")},
        // libical cannot say which version is loaded; this is the one Paragraf was built with,
        // and Debian's package dependency keeps the loaded one compatible.
        {QStringLiteral("libical"),
         QStringLiteral("%1.%2.%3")
             .arg(ICAL_MAJOR_VERSION)
             .arg(ICAL_MINOR_VERSION)
             .arg(ICAL_PATCH_VERSION),
         QStringLiteral("LGPL-2.1-only / MPL-2.0")},
    };
}

QString paragrafLicence() {
    return QStringLiteral("GPL-3.0-or-later");
}

} // namespace paragraf
