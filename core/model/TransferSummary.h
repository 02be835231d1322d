#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

namespace paragraf {

// What a push onto the server, or a pull out of it, moved.
struct TransferSummary {
    qint64 rows = 0;
    QHash<QString, qint64> rowsPerTable;
    QStringList bodies;
    // Per table, each moved row's id in the source -> its id in the target.
    QHash<QString, QHash<qint64, qint64>> ids;
};

// How far a move is: the table, its rows written so far and its rows in all.
using TransferProgress = std::function<void(const QString& table, qint64 done, qint64 total)>;

} // namespace paragraf
