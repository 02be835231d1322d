#pragma once

#include "Result.h"
#include "model/Signature.h"

#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// The signatures of protocols, oldest first. Rows are only ever added (the database refuses
// changes once the protocol is final). Writes run inside the caller's transaction.
class SignatureRepository {
public:
    explicit SignatureRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<Id> insert(const Signature& signature);
    Result<QList<Signature>> signatures(Id meetingId) const;

private:
    QSqlDatabase m_connection;
};

} // namespace paragraf
