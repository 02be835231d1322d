#pragma once

#include "Result.h"
#include "rules/Signatories.h"

#include <QDate>
#include <QList>
#include <QString>

namespace paragraf {

class Database;

// A protocol out for adjustment that waits for the login's person: they sign it (as chair,
// adjuster or secretary) and have not signed its present wording.
struct WaitingProtocol {
    Id meetingId = NoId;
    QString body;
    QDate date;
    QList<Signatory> roles;     // the person's, with the paragraphs each covers
    bool signedEarlier = false; // signed a wording since corrected: must sign again
    int openRemarks = 0;        // the person's remarks not yet answered
    int answeredRemarks = 0;    // the person's remarks the secretary has answered
};

// Who is logged in to a server, and the protocols waiting for them (docs/server.md, "Reviewing
// and signing at your own desk"). In a file nobody is logged in and nothing waits.
class WaitingService {
public:
    explicit WaitingService(const Database& database) : m_database(database) {}

    struct Me {
        QString login; // empty in a file
        Id personId = NoId;
    };
    Result<Me> me() const;
    Result<QList<WaitingProtocol>> waiting() const;

private:
    const Database& m_database;
};

} // namespace paragraf
