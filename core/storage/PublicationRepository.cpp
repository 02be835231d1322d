#include "PublicationRepository.h"

#include "SqlQuery.h"

namespace paragraf {
namespace {

QString stamp(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime stamped(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODate).toUTC(); // written with its Z
}

QStringList lines(const QString& text) {
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

} // namespace

Result<Id> PublicationRepository::insertMark(const PublicationMark& mark) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO publication_mark (meeting_id, paragraph_id,"
                                  " passage, made_at, made_by) VALUES (:m, :p, :passage, :at,"
                                  " :by) RETURNING id"));
    query.bind(QStringLiteral(":m"), mark.meetingId)
        .bind(QStringLiteral(":p"),
              mark.paragraphId == NoId ? QVariant() : QVariant(mark.paragraphId))
        .bind(QStringLiteral(":passage"), mark.passage)
        .bind(QStringLiteral(":at"), stamp(mark.madeAt))
        .bind(QStringLiteral(":by"), mark.madeBy);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Status PublicationRepository::removeMark(Id markId) {
    SqlQuery query(m_connection, QStringLiteral("DELETE FROM publication_mark WHERE id = :id"));
    query.bind(QStringLiteral(":id"), markId);
    return query.exec();
}

Result<QList<PublicationMark>> PublicationRepository::marks(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT id, meeting_id, paragraph_id, passage, made_at, made_by"
                                  " FROM publication_mark WHERE meeting_id = :m ORDER BY id"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.collect([](const SqlQuery& row) {
        PublicationMark mark;
        mark.id = row.valueId(0);
        mark.meetingId = row.valueId(1);
        mark.paragraphId = row.value(2).isNull() ? NoId : row.valueId(2);
        mark.passage = row.text(3);
        mark.madeAt = stamped(row.text(4));
        mark.madeBy = row.text(5);
        return mark;
    });
}

Status PublicationRepository::flag(const IndividualFlag& flag) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO individual_paragraph (paragraph_id, made_at,"
                                  " made_by) VALUES (:p, :at, :by)"));
    query.bind(QStringLiteral(":p"), flag.paragraphId)
        .bind(QStringLiteral(":at"), stamp(flag.madeAt))
        .bind(QStringLiteral(":by"), flag.madeBy);
    return query.exec();
}

Status PublicationRepository::unflag(Id paragraphId) {
    SqlQuery query(m_connection,
                   QStringLiteral("DELETE FROM individual_paragraph WHERE paragraph_id = :p"));
    query.bind(QStringLiteral(":p"), paragraphId);
    return query.exec();
}

Result<QList<IndividualFlag>> PublicationRepository::flags(Id meetingId) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT f.paragraph_id, f.made_at, f.made_by"
                                                " FROM individual_paragraph f JOIN paragraph p"
                                                " ON p.id = f.paragraph_id WHERE p.meeting_id = :m"
                                                " ORDER BY p.position"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.collect([](const SqlQuery& row) {
        return IndividualFlag{row.valueId(0), stamped(row.text(1)), row.text(2)};
    });
}

Result<Id> PublicationRepository::insertPublication(const Publication& publication) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO publication (meeting_id, paragraphs, files,"
                                  " masked, made_at, made_by) VALUES (:m, :paragraphs, :files,"
                                  " :masked, :at, :by) RETURNING id"));
    query.bind(QStringLiteral(":m"), publication.meetingId)
        .bind(QStringLiteral(":paragraphs"), publication.paragraphs)
        .bind(QStringLiteral(":files"), publication.files.join(QLatin1Char('\n')))
        .bind(QStringLiteral(":masked"), publication.masked.join(QLatin1Char('\n')))
        .bind(QStringLiteral(":at"), stamp(publication.madeAt))
        .bind(QStringLiteral(":by"), publication.madeBy);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Result<QList<Publication>> PublicationRepository::publications(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT id, meeting_id, paragraphs, files, masked, made_at,"
                                  " made_by FROM publication WHERE meeting_id = :m ORDER BY id"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.collect([](const SqlQuery& row) {
        Publication publication;
        publication.id = row.valueId(0);
        publication.meetingId = row.valueId(1);
        publication.paragraphs = row.text(2);
        publication.files = lines(row.text(3));
        publication.masked = lines(row.text(4));
        publication.madeAt = stamped(row.text(5));
        publication.madeBy = row.text(6);
        return publication;
    });
}

} // namespace paragraf
