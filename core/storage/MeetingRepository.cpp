#include "MeetingRepository.h"

#include "SqlQuery.h"
#include "model/Codes.h"

#include <QCoreApplication>

namespace paragraf {
namespace {

const QString summaryColumns =
    QStringLiteral("SELECT m.id, m.body_id, b.name, m.date, m.status,"
                   " (SELECT MIN(number) FROM paragraph WHERE meeting_id = m.id),"
                   " (SELECT MAX(number) FROM paragraph WHERE meeting_id = m.id)"
                   " FROM meeting m JOIN body b ON b.id = m.body_id");

// The same columns without the paragraph numbers, which cost a look into the paragraph index for
// every meeting.
const QString summaryColumnsWithoutNumbers =
    QStringLiteral("SELECT m.id, m.body_id, b.name, m.date, m.status, NULL, NULL"
                   " FROM meeting m JOIN body b ON b.id = m.body_id");

MeetingSummary readSummary(const SqlQuery& row) {
    MeetingSummary s;
    s.id = row.valueId(0);
    s.bodyId = row.valueId(1);
    s.bodyName = row.text(2);
    s.date = QDate::fromString(row.text(3), Qt::ISODate);
    s.status = enumFromCode<MeetingStatus>(row.text(4)).value_or(MeetingStatus::Planned);
    if (!row.value(5).isNull()) {
        s.firstNumber = row.value(5).toInt();
        s.lastNumber = row.value(6).toInt();
    }
    return s;
}

void bindMeeting(SqlQuery& query, const Meeting& m) {
    query.bind(QStringLiteral(":body"), m.bodyId)
        .bind(QStringLiteral(":date"), isoDate(m.date))
        .bind(QStringLiteral(":start"), isoClock(m.start))
        .bind(QStringLiteral(":end"), isoClock(m.end))
        .bind(QStringLiteral(":place"), m.place)
        .bind(QStringLiteral(":form"), codeOf(m.form))
        .bind(QStringLiteral(":status"), codeOf(m.status))
        .bind(QStringLiteral(":adjDate"), isoDate(m.adjustmentDate))
        .bind(QStringLiteral(":adjPlace"), m.adjustmentPlace)
        .bind(QStringLiteral(":adjTime"), isoClock(m.adjustmentTime))
        .bind(QStringLiteral(":nextDate"), isoDate(m.nextMeetingDate))
        .bind(QStringLiteral(":nextNote"), m.nextMeetingNote)
        .bind(QStringLiteral(":chair"), nullIfNone(m.chairId))
        .bind(QStringLiteral(":secretary"), nullIfNone(m.secretaryId));
}

void bindParticipant(SqlQuery& query, const Participant& p) {
    query.bind(QStringLiteral(":person"), p.personId)
        .bind(QStringLiteral(":name"), p.name)
        .bind(QStringLiteral(":org"), p.organisation)
        .bind(QStringLiteral(":party"), p.party)
        .bind(QStringLiteral(":kind"), codeOf(p.kind))
        .bind(QStringLiteral(":role"), p.roleLabel)
        .bind(QStringLiteral(":subOf"), nullIfNone(p.personalSubstituteOf))
        .bind(QStringLiteral(":present"), p.presentAtStart ? 1 : 0)
        .bind(QStringLiteral(":servesFor"), nullIfNone(p.servesForAtStart))
        .bind(QStringLiteral(":order"), p.electionOrder);
}

} // namespace

Result<Id> MeetingRepository::insertMeeting(const Meeting& meeting) {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "INSERT INTO meeting (body_id, date, start_time, end_time, place, form, status,"
            " adjustment_date, adjustment_place, next_meeting_date, next_meeting_note, chair_id,"
            " secretary_id, adjustment_time) VALUES (:body, :date, :start, :end, :place, :form,"
            " :status, :adjDate, :adjPlace, :nextDate, :nextNote, :chair, :secretary, :adjTime) "
            "RETURNING id"));
    bindMeeting(query, meeting);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    Meeting stored = meeting;
    stored.id = query.lastInsertId();
    if (auto status = writeAdjusters(stored); !status)
        return fail(status.error());
    return stored.id;
}

Status MeetingRepository::updateMeeting(const Meeting& meeting) {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "UPDATE meeting SET body_id = :body, date = :date, start_time = :start, end_time = "
            ":end,"
            " place = :place, form = :form, status = :status, adjustment_date = :adjDate,"
            " adjustment_place = :adjPlace, next_meeting_date = :nextDate, next_meeting_note = "
            ":nextNote,"
            " chair_id = :chair, secretary_id = :secretary, adjustment_time = :adjTime"
            " WHERE id = :id"));
    bindMeeting(query, meeting);
    query.bind(QStringLiteral(":id"), meeting.id);
    // Adjusters first: once the row says "adjusted" the database refuses any change to them.
    if (auto status = writeAdjusters(meeting); !status)
        return status;
    return query.exec();
}

Status MeetingRepository::setStatus(Id meetingId, MeetingStatus status) {
    SqlQuery query(m_connection, QStringLiteral("UPDATE meeting SET status = :s WHERE id = :id"));
    query.bind(QStringLiteral(":s"), codeOf(status)).bind(QStringLiteral(":id"), meetingId);
    return query.exec();
}

// Rewritten only when they differ, so that moving a final protocol on (adjusted → announced)
// touches no row the database guards.
Status MeetingRepository::writeAdjusters(const Meeting& meeting) {
    const auto current = adjusters(meeting.id);
    if (!current)
        return fail(current.error());
    if (sameIds(current.value(), meeting.adjusterIds))
        return {};
    SqlQuery clear(m_connection,
                   QStringLiteral("DELETE FROM meeting_adjuster WHERE meeting_id = :m"));
    clear.bind(QStringLiteral(":m"), meeting.id);
    if (auto status = clear.exec(); !status)
        return status;
    for (int i = 0; i < meeting.adjusterIds.size(); ++i) {
        SqlQuery insert(m_connection,
                        QStringLiteral("INSERT INTO meeting_adjuster (meeting_id, position, "
                                       "participant_id) VALUES (:m, :pos, :p)"));
        insert.bind(QStringLiteral(":m"), meeting.id)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":p"), meeting.adjusterIds[i]);
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

Result<Meeting> MeetingRepository::meeting(Id id) const {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "SELECT body_id, date, start_time, end_time, place, form, status, adjustment_date,"
            " adjustment_place, next_meeting_date, next_meeting_note, COALESCE(chair_id, 0),"
            " COALESCE(secretary_id, 0), adjustment_time FROM meeting WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    if (!query.next())
        return fail(
            QCoreApplication::translate("MeetingRepository", "There is no meeting with id %1.")
                .arg(id));
    Meeting m;
    m.id = id;
    m.bodyId = query.valueId(0);
    m.date = QDate::fromString(query.text(1), Qt::ISODate);
    m.start = clockFromIso(query.text(2));
    m.end = clockFromIso(query.text(3));
    m.place = query.text(4);
    m.form = enumFromCode<MeetingForm>(query.text(5)).value_or(MeetingForm::Physical);
    m.status = enumFromCode<MeetingStatus>(query.text(6)).value_or(MeetingStatus::Planned);
    m.adjustmentDate = QDate::fromString(query.text(7), Qt::ISODate);
    m.adjustmentPlace = query.text(8);
    m.nextMeetingDate = QDate::fromString(query.text(9), Qt::ISODate);
    m.nextMeetingNote = query.text(10);
    m.chairId = query.valueId(11);
    m.secretaryId = query.valueId(12);
    m.adjustmentTime = clockFromIso(query.text(13));
    auto adjusterIds = adjusters(id);
    if (!adjusterIds)
        return fail(adjusterIds.error());
    m.adjusterIds = adjusterIds.value();
    return m;
}

Result<QList<Id>> MeetingRepository::adjusters(Id meetingId) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT participant_id FROM meeting_adjuster"
                                                " WHERE meeting_id = :m ORDER BY position"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.collect([](const SqlQuery& row) { return row.valueId(0); });
}

Result<QList<MeetingSummary>> MeetingRepository::summaries() const {
    SqlQuery query(m_connection,
                   summaryColumns + QStringLiteral(" ORDER BY b.name, m.date, m.start_time, m.id"));
    return query.collect(readSummary);
}

Result<QList<MeetingSummary>> MeetingRepository::unarchivedSummaries() const {
    SqlQuery query(m_connection,
                   summaryColumnsWithoutNumbers +
                       QStringLiteral(" WHERE m.status != 'archived'"
                                      " ORDER BY b.name, m.date, m.start_time, m.id"));
    return query.collect(readSummary);
}

Result<QList<MeetingSummary>> MeetingRepository::unarchivedStates() const {
    SqlQuery query(m_connection, QStringLiteral("SELECT id, body_id, '', date, status, NULL, NULL"
                                                " FROM meeting WHERE status != 'archived'"));
    return query.collect(readSummary);
}

Result<QList<BodyYear>> MeetingRepository::yearsWithMeetings() const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT body_id, CAST(substr(date, 1, 4) AS INTEGER) AS year,"
                                  " COUNT(*) FROM meeting GROUP BY body_id, year"
                                  " ORDER BY body_id, year DESC"));
    return query.collect([](const SqlQuery& row) {
        return BodyYear{row.valueId(0), row.value(1).toInt(), row.value(2).toInt()};
    });
}

// Dates are ISO text, so a year is a range of the (body, date) index rather than a scan.
Result<QList<MeetingSummary>> MeetingRepository::summaries(Id bodyId, int year) const {
    SqlQuery query(m_connection,
                   summaryColumns + QStringLiteral(" WHERE m.body_id = :body"
                                                   " AND m.date >= :from AND m.date < :to"
                                                   " ORDER BY m.date, m.start_time, m.id"));
    query.bind(QStringLiteral(":body"), bodyId)
        .bind(QStringLiteral(":from"), isoDate(QDate(year, 1, 1)))
        .bind(QStringLiteral(":to"), isoDate(QDate(year + 1, 1, 1)));
    return query.collect(readSummary);
}

Result<QList<Id>> MeetingRepository::meetingsOfYear(Id bodyId, int year) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT id FROM meeting WHERE body_id = :body"
                                                " AND substr(date, 1, 4) = :year"
                                                " ORDER BY date, start_time, id"));
    query.bind(QStringLiteral(":body"), bodyId)
        .bind(QStringLiteral(":year"), QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')));
    return query.collect([](const SqlQuery& row) { return row.valueId(0); });
}

Result<Id> MeetingRepository::insertParticipant(Id meetingId, const Participant& p) {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "INSERT INTO participant (meeting_id, position, person_id, name, organisation, party, "
            "kind,"
            " role_label, substitute_of, present_at_start, serves_for_at_start, election_order)"
            " VALUES (:m,"
            " (SELECT COALESCE(MAX(position) + 1, 0) FROM participant WHERE meeting_id = :m), "
            ":person,"
            " :name, :org, :party, :kind, :role, :subOf, :present, :servesFor, :order) RETURNING "
            "id"));
    query.bind(QStringLiteral(":m"), meetingId);
    bindParticipant(query, p);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Status MeetingRepository::updateParticipant(const Participant& p) {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "UPDATE participant SET person_id = :person, name = :name, organisation = :org,"
            " party = :party, kind = :kind, role_label = :role, substitute_of = :subOf,"
            " present_at_start = :present, serves_for_at_start = :servesFor,"
            " election_order = :order WHERE id = :id"));
    bindParticipant(query, p);
    query.bind(QStringLiteral(":id"), p.id);
    return query.exec();
}

Result<QList<Participant>> MeetingRepository::participants(Id meetingId) const {
    SqlQuery query(
        m_connection,
        QStringLiteral("SELECT id, person_id, name, organisation, party, kind, role_label,"
                       " COALESCE(substitute_of, 0), present_at_start,"
                       " COALESCE(serves_for_at_start, 0), election_order FROM participant"
                       " WHERE meeting_id = :m ORDER BY position"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.collect([](const SqlQuery& row) {
        Participant p;
        p.id = row.valueId(0);
        p.personId = row.valueId(1);
        p.name = row.text(2);
        p.organisation = row.text(3);
        p.party = row.text(4);
        p.kind = enumFromCode<ParticipantKind>(row.text(5)).value_or(ParticipantKind::Guest);
        p.roleLabel = row.text(6);
        p.personalSubstituteOf = row.valueId(7);
        p.presentAtStart = row.value(8).toInt() != 0;
        p.servesForAtStart = row.valueId(9);
        p.electionOrder = row.value(10).toInt();
        return p;
    });
}

Status MeetingRepository::deleteParticipant(Id participantId) {
    SqlQuery query(m_connection, QStringLiteral("DELETE FROM participant WHERE id = :id"));
    query.bind(QStringLiteral(":id"), participantId);
    return query.exec();
}

Result<Id> MeetingRepository::insertEvent(Id meetingId, const AttendanceEvent& e) {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "INSERT INTO attendance_event (meeting_id, participant_id, kind, paragraph_id,"
            " for_participant_id, clock_time) VALUES (:m, :p, :kind, :para, :for, :time) RETURNING "
            "id"));
    query.bind(QStringLiteral(":m"), meetingId)
        .bind(QStringLiteral(":p"), e.participantId)
        .bind(QStringLiteral(":kind"), codeOf(e.kind))
        .bind(QStringLiteral(":para"), nullIfNone(e.paragraphId))
        .bind(QStringLiteral(":for"), nullIfNone(e.forParticipantId))
        .bind(QStringLiteral(":time"), e.clockTime);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Status MeetingRepository::deleteEvent(Id eventId) {
    SqlQuery query(m_connection, QStringLiteral("DELETE FROM attendance_event WHERE id = :id"));
    query.bind(QStringLiteral(":id"), eventId);
    return query.exec();
}

Status MeetingRepository::updateEventClock(Id meetingId, Id eventId, const QString& clockTime) {
    SqlQuery query(m_connection, QStringLiteral("UPDATE attendance_event SET clock_time = :time"
                                                " WHERE id = :id AND meeting_id = :m"));
    query.bind(QStringLiteral(":time"), clockTime)
        .bind(QStringLiteral(":id"), eventId)
        .bind(QStringLiteral(":m"), meetingId);
    return query.exec();
}

Status MeetingRepository::deleteJavAt(Id paragraphId) {
    SqlQuery query(
        m_connection,
        QStringLiteral("DELETE FROM attendance_event WHERE paragraph_id = :p AND kind = 'jav'"));
    query.bind(QStringLiteral(":p"), paragraphId);
    return query.exec();
}

Status MeetingRepository::deleteHandoverAt(Id paragraphId) {
    SqlQuery query(m_connection, QStringLiteral("DELETE FROM attendance_event WHERE paragraph_id "
                                                "= :p AND kind = 'preside'"));
    query.bind(QStringLiteral(":p"), paragraphId);
    return query.exec();
}

Result<Id> MeetingRepository::meetingOfParticipant(Id participantId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT meeting_id FROM participant WHERE id = :id"));
    query.bind(QStringLiteral(":id"), participantId);
    return query.first(
        [](const SqlQuery& row) { return row.valueId(0); },
        QCoreApplication::translate("MeetingRepository", "There is no participant with id %1.")
            .arg(participantId));
}

Status MeetingRepository::moveEventsToParagraph(Id meetingId, Id fromParagraph, Id toParagraph) {
    // NoId stands for "after the last paragraph", stored as NULL.
    SqlQuery query(
        m_connection,
        QStringLiteral("UPDATE attendance_event SET paragraph_id = :to WHERE meeting_id = :m"
                       " AND paragraph_id IS NOT DISTINCT FROM :from"));
    query.bind(QStringLiteral(":to"), nullIfNone(toParagraph))
        .bind(QStringLiteral(":m"), meetingId)
        .bind(QStringLiteral(":from"), nullIfNone(fromParagraph));
    return query.exec();
}

Result<QList<AttendanceEvent>> MeetingRepository::events(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT id, participant_id, kind, COALESCE(paragraph_id, 0),"
                                  " COALESCE(for_participant_id, 0), clock_time"
                                  " FROM attendance_event WHERE meeting_id = :m ORDER BY id"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.collect([](const SqlQuery& row) {
        AttendanceEvent e;
        e.id = row.valueId(0);
        e.participantId = row.valueId(1);
        e.kind =
            enumFromCode<AttendanceEventKind>(row.text(2)).value_or(AttendanceEventKind::Arrive);
        e.paragraphId = row.valueId(3);
        e.forParticipantId = row.valueId(4);
        e.clockTime = row.text(5);
        return e;
    });
}

Result<MeetingStatus> MeetingRepository::statusOf(Id meetingId) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT status FROM meeting WHERE id = :m"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.first(
        [](const SqlQuery& row) {
            return enumFromCode<MeetingStatus>(row.text(0)).value_or(MeetingStatus::Planned);
        },
        QCoreApplication::translate("MeetingRepository", "There is no meeting with id %1.")
            .arg(meetingId));
}

Result<qint64> MeetingRepository::attendanceRevision(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT attendance_revision FROM meeting WHERE id = :m"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.first(
        [](const SqlQuery& row) { return row.valueId(0); },
        QCoreApplication::translate("MeetingRepository", "There is no meeting with id %1.")
            .arg(meetingId));
}

namespace {
// Each ordered list of a meeting and the statement that counts its groups whose positions are
// not 0, 1, 2 … without gaps. Written out whole: identifiers cannot be bound, and SQL is never
// assembled.
struct OrderedList {
    const char* table;
    const char* gapCount; // :m bound to the meeting
};
// Each derived table is named (AS g): PostgreSQL 15 requires it, SQLite allows it.
const OrderedList orderedLists[] = {
    {"participant",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM participant WHERE meeting_id = :m "
     "GROUP BY meeting_id) AS g WHERE lo <> 0 OR hi <> n - 1 OR d <> n"},
    {"meeting_adjuster",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM meeting_adjuster WHERE meeting_id "
     "= :m GROUP BY meeting_id) AS g WHERE lo <> 0 OR hi <> n - 1 OR d <> n"},
    {"paragraph", "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
                  "MIN(position) AS lo, MAX(position) AS hi FROM paragraph WHERE meeting_id = :m "
                  "GROUP BY meeting_id) AS g WHERE lo <> 0 OR hi <> n - 1 OR d <> n"},
    {"paragraph_section",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM paragraph_section WHERE "
     "paragraph_id IN (SELECT id FROM paragraph WHERE meeting_id = :m) GROUP BY "
     "paragraph_id) AS g WHERE lo <> 0 OR hi <> n - 1 OR d <> n"},
    {"paragraph_presenter",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM paragraph_presenter WHERE "
     "paragraph_id IN (SELECT id FROM paragraph WHERE meeting_id = :m) GROUP BY "
     "paragraph_id) AS g WHERE lo <> 0 OR hi <> n - 1 OR d <> n"},
    {"paragraph_line",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM paragraph_line WHERE paragraph_id "
     "IN (SELECT id FROM paragraph WHERE meeting_id = :m) GROUP BY paragraph_id, list) "
     "AS g WHERE lo <> 0 OR hi <> n - 1 OR d <> n"},
    {"motion",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM motion WHERE paragraph_id IN "
     "(SELECT id FROM paragraph WHERE meeting_id = :m) GROUP BY paragraph_id) AS g WHERE lo "
     "<> 0 OR hi <> n - 1 OR d <> n"},
    {"motion_supporter",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM motion_supporter WHERE "
     "paragraph_id IN (SELECT id FROM paragraph WHERE meeting_id = :m) GROUP BY "
     "paragraph_id, motion_position) AS g WHERE lo <> 0 OR hi <> n - 1 OR d <> n"},
    {"reservation",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM reservation WHERE paragraph_id IN "
     "(SELECT id FROM paragraph WHERE meeting_id = :m) GROUP BY paragraph_id) AS g WHERE lo "
     "<> 0 OR hi <> n - 1 OR d <> n"},
    {"protocol_note",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM protocol_note WHERE paragraph_id "
     "IN (SELECT id FROM paragraph WHERE meeting_id = :m) GROUP BY paragraph_id) AS g "
     "WHERE lo <> 0 OR hi <> n - 1 OR d <> n"},
    {"assignment",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM assignment WHERE paragraph_id IN "
     "(SELECT id FROM paragraph WHERE meeting_id = :m) GROUP BY paragraph_id) AS g WHERE lo "
     "<> 0 OR hi <> n - 1 OR d <> n"},
    {"assignment_holder",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM assignment_holder WHERE "
     "assignment_id IN (SELECT a.id FROM assignment a JOIN paragraph p ON p.id = "
     "a.paragraph_id WHERE p.meeting_id = :m) GROUP BY assignment_id) AS g WHERE lo <> 0 OR "
     "hi <> n - 1 OR d <> n"},
    {"referral",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM referral WHERE paragraph_id IN "
     "(SELECT id FROM paragraph WHERE meeting_id = :m) GROUP BY paragraph_id) AS g WHERE lo "
     "<> 0 OR hi <> n - 1 OR d <> n"},
    {"viewpoint",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM viewpoint WHERE paragraph_id IN "
     "(SELECT id FROM paragraph WHERE meeting_id = :m) GROUP BY paragraph_id) AS g WHERE lo "
     "<> 0 OR hi <> n - 1 OR d <> n"},
    {"viewpoint_speaker",
     "SELECT COUNT(*) FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS d, "
     "MIN(position) AS lo, MAX(position) AS hi FROM viewpoint_speaker WHERE "
     "viewpoint_id IN (SELECT v.id FROM viewpoint v JOIN paragraph p ON p.id = "
     "v.paragraph_id WHERE p.meeting_id = :m) GROUP BY viewpoint_id) AS g WHERE lo <> 0 OR "
     "hi <> n - 1 OR d <> n"},
};
} // namespace

Result<QStringList> MeetingRepository::positionGaps(Id meetingId) const {
    QStringList gaps;
    for (const auto& list : orderedLists) {
        SqlQuery query(m_connection, QLatin1String(list.gapCount));
        query.bind(QStringLiteral(":m"), meetingId);
        const auto count =
            query.first([](const SqlQuery& row) { return row.value(0).toInt(); }, QString());
        if (!count)
            return fail(count.error());
        if (count.value() > 0)
            gaps << QLatin1String(list.table);
    }
    return gaps;
}

// Participants and sections are the lists from which rows can be removed in the desk. Their
// statements are written out whole: identifiers cannot be bound, and SQL is never assembled.
struct Compaction {
    const char* ordered; // the rows, grouped, in their present order
    const char* move;    // one row to a negative position
    const char* flip;    // all rows back to 0, 1, 2 …
};
const Compaction compactions[] = {
    {"SELECT id, meeting_id FROM participant WHERE meeting_id = :m ORDER BY meeting_id, position",
     "UPDATE participant SET position = :p WHERE id = :id",
     "UPDATE participant SET position = -1 - position WHERE meeting_id = :m"},
    {"SELECT id, paragraph_id FROM paragraph_section WHERE paragraph_id IN (SELECT id FROM"
     " paragraph WHERE meeting_id = :m) ORDER BY paragraph_id, position",
     "UPDATE paragraph_section SET position = :p WHERE id = :id",
     "UPDATE paragraph_section SET position = -1 - position WHERE paragraph_id IN (SELECT id FROM"
     " paragraph WHERE meeting_id = :m)"},
};

// Row by row through negative positions, so that no two rows share a position on the way.
Status MeetingRepository::compactPositions(Id meetingId) {
    for (const Compaction& list : compactions) {
        SqlQuery ordered(m_connection, QLatin1String(list.ordered));
        ordered.bind(QStringLiteral(":m"), meetingId);
        const auto ids = ordered.collect(
            [](const SqlQuery& row) { return std::pair<Id, Id>(row.valueId(0), row.valueId(1)); });
        if (!ids)
            return fail(ids.error());
        int position = 0;
        Id currentGroup = NoId;
        for (const auto& [id, owner] : ids.value()) {
            position = owner == currentGroup ? position + 1 : 0;
            currentGroup = owner;
            SqlQuery move(m_connection, QLatin1String(list.move));
            move.bind(QStringLiteral(":p"), -1 - position).bind(QStringLiteral(":id"), id);
            if (auto status = move.exec(); !status)
                return status;
        }
        SqlQuery flip(m_connection, QLatin1String(list.flip));
        flip.bind(QStringLiteral(":m"), meetingId);
        if (auto status = flip.exec(); !status)
            return status;
    }
    return {};
}

Status MeetingRepository::deleteMeeting(Id meetingId) {
    SqlQuery query(m_connection, QStringLiteral("DELETE FROM meeting WHERE id = :id"));
    return query.bind(QStringLiteral(":id"), meetingId).exec();
}

Result<QStringList> MeetingRepository::referencesFromElsewhere(Id meetingId) const {
    SqlQuery query(
        m_connection,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM issued_document WHERE meeting_id = :m), "
                       "(SELECT COUNT(*) FROM assignment a JOIN paragraph p ON p.id = a.closed_at "
                       " JOIN paragraph o ON o.id = a.paragraph_id WHERE p.meeting_id = :m "
                       " AND o.meeting_id <> :m), "
                       "(SELECT COUNT(*) FROM referral r JOIN paragraph p ON p.id = r.taken_up_at "
                       " WHERE p.meeting_id = :m), "
                       "(SELECT COUNT(*) FROM posting WHERE meeting_id = :m)"));
    return query.bind(QStringLiteral(":m"), meetingId)
        .first(
            [](const SqlQuery& q) {
                QStringList reasons;
                if (q.value(0).toInt() > 0)
                    reasons << QCoreApplication::translate("MeetingRepository",
                                                           "documents have been issued for it");
                if (q.value(1).toInt() > 0)
                    reasons << QCoreApplication::translate(
                        "MeetingRepository", "assignments of earlier meetings were closed at it");
                if (q.value(2).toInt() > 0)
                    reasons << QCoreApplication::translate(
                        "MeetingRepository",
                        "matters referred from other bodies were taken up at it");
                if (q.value(3).toInt() > 0)
                    reasons << QCoreApplication::translate(
                        "MeetingRepository", "it has been posted on the notice board");
                return reasons;
            },
            QString());
}

} // namespace paragraf
