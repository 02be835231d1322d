#pragma once

#include "Result.h"
#include "model/PublicationMark.h"

#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// Marks for the web copy and the record of publications (schema 15). On a server the maker and
// the time are the server's (the login, its clock), whatever is bound here. Writes run inside
// the caller's transaction.
class PublicationRepository {
public:
    explicit PublicationRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<Id> insertMark(const PublicationMark& mark);
    Status removeMark(Id markId);
    // A meeting's marks, oldest first.
    Result<QList<PublicationMark>> marks(Id meetingId) const;

    Status flag(const IndividualFlag& flag);
    Status unflag(Id paragraphId);
    // The flags of a meeting's paragraphs.
    Result<QList<IndividualFlag>> flags(Id meetingId) const;

    Result<Id> insertPublication(const Publication& publication);
    // A meeting's publications, oldest first.
    Result<QList<Publication>> publications(Id meetingId) const;

private:
    QSqlDatabase m_connection;
};

} // namespace paragraf
