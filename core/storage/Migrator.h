#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace paragraf {

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

// Numbered SQL files from the resources (":/paragraf/migrations/NNNN_name.sql"), each applied in
// its own transaction together with the new user_version, so a crash leaves a file at one
// version or the next, never between.
class Migrator {
public:
    static QList<Migration> available();
    static int latestVersion();
    static Status migrate(const QSqlDatabase& connection, int fromVersion);
    static QStringList splitStatements(const QString& sql);
};

} // namespace paragraf
