#pragma once

#include "Result.h"
#include "model/FollowUp.h"

#include <QSqlDatabase>
#include <functional>

namespace paragraf {

// The follow-up of an imported paragraph, tied to the database inside the importer's
// transaction: holders and receiving bodies found by name or created, and the earlier
// assignments and referrals a paragraph closes or takes up found by meeting date and number.
class FollowUpImport {
public:
    FollowUpImport(const QSqlDatabase& connection, QString ownBodyName)
        : m_connection(connection), m_ownBody(std::move(ownBodyName)) {}

    // `participant` and `person` map the file's participant ids to the database's.
    Result<FollowUp> resolve(const FollowUp& parsed, const std::function<Id(Id)>& participant,
                             const std::function<Id(Id)>& person);
    // Records what the paragraph (now `paragraphId`) closed and took up.
    Status link(Id paragraphId, const FollowUp& parsed);

private:
    Result<Id> personNamed(const QString& name);
    Result<Id> bodyNamed(const QString& name);
    Result<Id> originRow(const ParagraphReference& origin, int position, bool assignment);

    QSqlDatabase m_connection;
    QString m_ownBody;
};

} // namespace paragraf
