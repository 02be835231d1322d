#include "ReviewRepository.h"

#include "SqlQuery.h"
#include "model/Codes.h"

namespace paragraf {
namespace {

QString stamp(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromStamp(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODate);
}

const QString remarkColumns = QStringLiteral(
    "SELECT id, meeting_id, COALESCE(paragraph_id, 0), participant_id, author, written_at, text,"
    " state, answer, COALESCE(answered_at, '') FROM remark");

Remark readRemark(const SqlQuery& row) {
    Remark r;
    r.id = row.valueId(0);
    r.meetingId = row.valueId(1);
    r.paragraphId = row.valueId(2);
    r.participantId = row.valueId(3);
    r.author = row.text(4);
    r.writtenAt = fromStamp(row.text(5));
    r.text = row.text(6);
    r.state = enumFromCode<RemarkState>(row.text(7)).value_or(RemarkState::Open);
    r.answer = row.text(8);
    r.answeredAt = fromStamp(row.text(9));
    return r;
}

} // namespace

Result<Id> ReviewRepository::insertRemark(const Remark& r) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO remark (meeting_id, paragraph_id, participant_id,"
                                  " author, written_at, text) VALUES (:m, :p, :who, :author,"
                                  " :at, :text) RETURNING id"));
    query.bind(QStringLiteral(":m"), r.meetingId)
        .bind(QStringLiteral(":p"), nullIfNone(r.paragraphId))
        .bind(QStringLiteral(":who"), r.participantId)
        .bind(QStringLiteral(":author"), r.author)
        .bind(QStringLiteral(":at"), stamp(r.writtenAt))
        .bind(QStringLiteral(":text"), r.text);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Status ReviewRepository::answerRemark(const Remark& r) {
    SqlQuery query(m_connection,
                   QStringLiteral("UPDATE remark SET state = :state, answer = :answer,"
                                  " answered_at = :at WHERE id = :id"));
    query.bind(QStringLiteral(":state"), codeOf(r.state))
        .bind(QStringLiteral(":answer"), r.answer)
        .bind(QStringLiteral(":at"), nullIfEmpty(stamp(r.answeredAt)))
        .bind(QStringLiteral(":id"), r.id);
    return query.exec();
}

Result<QList<Remark>> ReviewRepository::remarks(Id meetingId) const {
    SqlQuery query(m_connection,
                   remarkColumns + QStringLiteral(" WHERE meeting_id = :m ORDER BY id"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.collect(readRemark);
}

Result<Remark> ReviewRepository::remark(Id remarkId) const {
    SqlQuery query(m_connection, remarkColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), remarkId);
    return query.first(readRemark, QStringLiteral("There is no remark %1.").arg(remarkId));
}

Result<Id> ReviewRepository::insertTextChange(const TextChange& c) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO text_change (meeting_id, paragraph_id, field,"
                                  " section_id, before_text, after_text, reason, remark_id,"
                                  " changed_at) VALUES (:m, :p, :field, :section, :before, :after,"
                                  " :reason, :remark, :at) RETURNING id"));
    query.bind(QStringLiteral(":m"), c.meetingId)
        .bind(QStringLiteral(":p"), c.paragraphId)
        .bind(QStringLiteral(":field"), codeOf(c.field))
        .bind(QStringLiteral(":section"), nullIfNone(c.sectionId))
        .bind(QStringLiteral(":before"), c.before)
        .bind(QStringLiteral(":after"), c.after)
        .bind(QStringLiteral(":reason"), c.reason)
        .bind(QStringLiteral(":remark"), nullIfNone(c.remarkId))
        .bind(QStringLiteral(":at"), stamp(c.changedAt));
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Result<QList<TextChange>> ReviewRepository::textChanges(Id meetingId, Id afterChangeId) const {
    SqlQuery query(
        m_connection,
        QStringLiteral("SELECT id, paragraph_id, field, COALESCE(section_id, 0),"
                       " before_text, after_text, reason, COALESCE(remark_id, 0),"
                       " changed_at FROM text_change WHERE meeting_id = :m AND id > :after"
                       " ORDER BY id"));
    query.bind(QStringLiteral(":m"), meetingId).bind(QStringLiteral(":after"), afterChangeId);
    return query.collect([meetingId](const SqlQuery& row) {
        TextChange c;
        c.id = row.valueId(0);
        c.meetingId = meetingId;
        c.paragraphId = row.valueId(1);
        c.field = enumFromCode<TextField>(row.text(2)).value_or(TextField::Decision);
        c.sectionId = row.valueId(3);
        c.before = row.text(4);
        c.after = row.text(5);
        c.reason = row.text(6);
        c.remarkId = row.valueId(7);
        c.changedAt = fromStamp(row.text(8));
        return c;
    });
}

Status ReviewRepository::markRead(Id meetingId, Id participantId, Id lastChangeId,
                                  const QDateTime& at) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO review_read (meeting_id, participant_id,"
                                  " last_change_id, read_at) VALUES (:m, :p, :last, :at)"
                                  " ON CONFLICT (meeting_id, participant_id) DO UPDATE SET"
                                  " last_change_id = excluded.last_change_id,"
                                  " read_at = excluded.read_at"));
    query.bind(QStringLiteral(":m"), meetingId)
        .bind(QStringLiteral(":p"), participantId)
        .bind(QStringLiteral(":last"), lastChangeId)
        .bind(QStringLiteral(":at"), stamp(at));
    return query.exec();
}

Result<Id> ReviewRepository::lastRead(Id meetingId, Id participantId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT COALESCE(MAX(last_change_id), 0) FROM review_read"
                                  " WHERE meeting_id = :m AND participant_id = :p"));
    query.bind(QStringLiteral(":m"), meetingId).bind(QStringLiteral(":p"), participantId);
    return query.first([](const SqlQuery& row) { return row.valueId(0); }, QString());
}

Result<Id> ReviewRepository::insertErratum(const Erratum& e) {
    SqlQuery query(
        m_connection,
        QStringLiteral("INSERT INTO erratum (meeting_id, paragraph_id, corrected_text,"
                       " reason, decided_by, decided_on, recorded_at, chain_hash)"
                       " VALUES (:m, :p, :text, :reason, :by, :on, :at, :chain) RETURNING id"));
    query.bind(QStringLiteral(":m"), e.meetingId)
        .bind(QStringLiteral(":p"), nullIfNone(e.paragraphId))
        .bind(QStringLiteral(":text"), e.correctedText)
        .bind(QStringLiteral(":reason"), e.reason)
        .bind(QStringLiteral(":by"), e.decidedBy)
        .bind(QStringLiteral(":on"), isoDate(e.decidedOn))
        .bind(QStringLiteral(":at"), stamp(e.recordedAt))
        .bind(QStringLiteral(":chain"), e.chainHash);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Result<QList<Erratum>> ReviewRepository::errata(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT id, COALESCE(paragraph_id, 0), corrected_text, reason,"
                                  " decided_by, decided_on, recorded_at, chain_hash FROM erratum"
                                  " WHERE meeting_id = :m ORDER BY id"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.collect([meetingId](const SqlQuery& row) {
        return erratumFrom(
            row.valueId(0), meetingId, row.valueId(1),
            {row.text(2), row.text(3), row.text(4), row.text(5), row.text(6), row.text(7)});
    });
}

Erratum erratumFrom(Id id, Id meetingId, Id paragraphId, const QStringList& texts) {
    Erratum e;
    e.id = id;
    e.meetingId = meetingId;
    e.paragraphId = paragraphId;
    e.correctedText = texts.value(0);
    e.reason = texts.value(1);
    e.decidedBy = texts.value(2);
    e.decidedOn = QDate::fromString(texts.value(3), Qt::ISODate);
    e.recordedAt = fromStamp(texts.value(4));
    e.chainHash = texts.value(5);
    return e;
}

Status ReviewRepository::insertPosting(Id meetingId, const Posting& posting) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO posting (meeting_id, posted_on, taken_down_on,"
                                  " notice_signer, notice_signer_title, notice_wording,"
                                  " notice_days) VALUES (:m, :on, :down, :signer, :title,"
                                  " :wording, :days)"));
    query.bind(QStringLiteral(":m"), meetingId)
        .bind(QStringLiteral(":on"), isoDate(posting.postedOn))
        .bind(QStringLiteral(":down"), nullIfEmpty(isoDate(posting.takenDownOn)))
        .bind(QStringLiteral(":signer"), posting.notice.signerName)
        .bind(QStringLiteral(":title"), posting.notice.signerTitle)
        .bind(QStringLiteral(":wording"), posting.notice.wording)
        .bind(QStringLiteral(":days"), posting.notice.days);
    return query.exec();
}

Status ReviewRepository::setTakenDown(Id meetingId, const QDate& day) {
    SqlQuery query(
        m_connection,
        QStringLiteral("UPDATE posting SET taken_down_on = :down WHERE meeting_id = :m"));
    query.bind(QStringLiteral(":down"), isoDate(day)).bind(QStringLiteral(":m"), meetingId);
    return query.exec();
}

Result<std::optional<Posting>> ReviewRepository::posting(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT posted_on, COALESCE(taken_down_on, ''), notice_signer,"
                                  " notice_signer_title, notice_wording, notice_days"
                                  " FROM posting WHERE meeting_id = :m"));
    query.bind(QStringLiteral(":m"), meetingId);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    if (!query.next())
        return std::optional<Posting>();
    return std::optional<Posting>(
        Posting{QDate::fromString(query.text(0), Qt::ISODate),
                QDate::fromString(query.text(1), Qt::ISODate),
                NoticeRules{query.text(2), query.text(3), query.text(4), query.value(5).toInt()}});
}

namespace {

// The adjustment day (the last signature), and the posting's days, of the meetings `where` picks.
QString protocolDatesQuery(const char* where) {
    return QStringLiteral("SELECT m.id, (SELECT MAX(signed_at) FROM signature s WHERE"
                          " s.meeting_id = m.id), COALESCE(p.posted_on, ''),"
                          " COALESCE(p.taken_down_on, '') FROM meeting m LEFT JOIN posting p"
                          " ON p.meeting_id = m.id WHERE ") +
           QLatin1String(where);
}

ProtocolDates readProtocolDates(const SqlQuery& query) {
    return {fromStamp(query.text(1)).toLocalTime().date(),
            QDate::fromString(query.text(2), Qt::ISODate),
            QDate::fromString(query.text(3), Qt::ISODate)};
}

} // namespace

Result<QHash<Id, ProtocolDates>> ReviewRepository::pendingProtocolDates() const {
    SqlQuery query(m_connection, protocolDatesQuery("m.status IN ('adjusted', 'announced')"));
    if (auto status = query.exec(); !status)
        return fail(status.error());
    QHash<Id, ProtocolDates> dates;
    while (query.next())
        dates.insert(query.valueId(0), readProtocolDates(query));
    return dates;
}

Result<ProtocolDates> ReviewRepository::protocolDates(Id meetingId) const {
    SqlQuery query(m_connection, protocolDatesQuery("m.id = :m"));
    query.bind(QStringLiteral(":m"), meetingId);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.next() ? readProtocolDates(query) : ProtocolDates{};
}

} // namespace paragraf
