#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace paragraf {

// Where a PostgreSQL server is, as a person writes it: a URI (postgresql://user@host:port/db?
// sslmode=require, also postgres://, percent-encoded) or a libpq connection string
// (host=… dbname=… sslmode=…). Kept as libpq's keywords and values, in the order given. The
// password, when the text carried one, is kept apart: it is never shown and never remembered.
struct ServerAddress {
    static Result<ServerAddress> parse(const QString& text);
    // Whether text names a server rather than a file: a postgresql:// or postgres:// URI, or a
    // connection string whose first word is one of libpq's keywords.
    static bool looksLikeServer(const QString& text);

    // What Qt's QPSQL driver takes as connect options: libpq's key='value' pairs. The driver
    // quotes a database name it is given, so a URI cannot be passed as one (docs/server.md).
    // Without the password (passwordInText() is given to the driver apart).
    QString connectOptions() const;
    // What recent files, window titles and messages show: the address as it was written,
    // without the password. parse(displayName()) gives the same server again.
    QString displayName() const;
    // A keyword's value, empty when the address does not set it.
    QString option(const QString& keyword) const;
    const QString& passwordInText() const { return password; }

    QList<QPair<QString, QString>> options; // libpq keyword, value
    QString password;
    bool uri = false;
};

} // namespace paragraf
