#pragma once

#include "Result.h"
#include "model/Review.h"
#include "model/Signature.h"

#include <QStringList>

namespace paragraf {

class Database;

// Rättelse: an error found after adjustment is corrected by a recorded note, never by changing
// the signed text. Each rättelse continues the chain of the protocol's signatures.
class ErratumService {
public:
    explicit ErratumService(const Database& database) : m_database(database) {}

    // paragraphId NoId for a correction of the protocol as a whole.
    Result<Erratum> record(Id meetingId, Id paragraphId, const QString& correctedText,
                           const QString& reason, const QString& decidedBy, const QDate& decidedOn,
                           const QDateTime& at = QDateTime::currentDateTimeUtc());

    static QString chainHash(const QString& previous, const Erratum& erratum);

private:
    const Database& m_database;
};

// Problems of the rättelser' chain, which continues from the last signature.
QStringList erratumChainProblems(const QList<Signature>& signatures, const QList<Erratum>& errata);

} // namespace paragraf
