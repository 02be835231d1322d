#include "ParagraphRepository.h"

#include "FollowUpRepository.h"
#include "ProceedingsRepository.h"
#include "SqlQuery.h"
#include "i18n/TrContexts.h"
#include "model/Codes.h"

#include <QCoreApplication>
#include <QHash>

namespace paragraf {
namespace {

Result<Id> singleId(const QSqlDatabase& connection, const QString& sql, Id key,
                    const QString& missing) {
    SqlQuery query(connection, sql);
    query.bind(QStringLiteral(":id"), key);
    return query.first([](const SqlQuery& row) { return row.valueId(0); }, missing);
}

} // namespace

Result<Id> ParagraphRepository::insertParagraph(const Paragraph& p) {
    const auto before = placement(p.meetingId);
    if (!before)
        return fail(before.error());
    return insertAt(p, std::clamp(p.position, 0, static_cast<int>(before->ids.size())),
                    &before.value());
}

// Reads nothing of the meeting's order: an import filling a new meeting in order would
// otherwise read the whole order again for every paragraph (n² for n paragraphs).
Result<Id> ParagraphRepository::appendParagraph(const Paragraph& p, int position) {
    return insertAt(p, position, nullptr);
}

// At `position`; with `before` (the order before), the paragraphs from there on move down.
Result<Id> ParagraphRepository::insertAt(const Paragraph& p, int position,
                                         const Placement* before) {
    const qsizetype count = before ? before->ids.size() : position;
    SqlQuery insert(m_connection,
                    QStringLiteral("INSERT INTO paragraph (meeting_id, position, "
                                   "number, title, case_number, kind, decision,"
                                   " immediately_adjusted) VALUES (:m, :parked, 0, "
                                   ":title, :dnr, :kind, :decision, :now) RETURNING id"));
    // Parked below the range writeOrder() uses, until the new order is written.
    insert.bind(QStringLiteral(":m"), p.meetingId)
        .bind(QStringLiteral(":parked"), before ? -2 - count : qsizetype(position))
        .bind(QStringLiteral(":title"), p.title)
        .bind(QStringLiteral(":dnr"), p.caseNumber)
        .bind(QStringLiteral(":kind"), codeOf(p.kind))
        .bind(QStringLiteral(":decision"), p.decision)
        .bind(QStringLiteral(":now"), p.immediatelyAdjusted ? 1 : 0);
    if (auto status = insert.exec(); !status)
        return fail(status.error());
    const Id id = insert.lastInsertId();
    if (before) {
        QList<Id> ids = before->ids;
        ids.insert(position, id);
        if (auto status = writeOrder(*before, ids); !status)
            return fail(status.error());
    }
    for (int i = 0; i < p.sections.size(); ++i)
        if (auto section = insertSection(id, i, p.sections[i]); !section)
            return fail(section.error());
    if (auto status = setPresenters(id, p.presenterIds); !status)
        return fail(status.error());
    if (auto status = setLines(id, QStringLiteral("attachment"), p.attachments); !status)
        return fail(status.error());
    if (auto status = setLines(id, QStringLiteral("expedition"), p.expedition); !status)
        return fail(status.error());
    // A new paragraph has nothing stored to replace; writing empty lists would only prepare
    // statements (and their triggers) for nothing.
    if (!p.proceedings.isEmpty())
        if (auto status = ProceedingsRepository(m_connection).write(id, p.proceedings); !status)
            return fail(status.error());
    if (!p.followUp.isEmpty())
        if (auto status = FollowUpRepository(m_connection).write(id, p.followUp); !status)
            return fail(status.error());
    return id;
}

Status ParagraphRepository::deleteParagraph(Id paragraphId) {
    auto meetingId = meetingOfParagraph(paragraphId);
    if (!meetingId)
        return fail(meetingId.error());
    const auto before = placement(meetingId.value());
    if (!before)
        return fail(before.error());
    SqlQuery query(m_connection, QStringLiteral("DELETE FROM paragraph WHERE id = :id"));
    query.bind(QStringLiteral(":id"), paragraphId);
    if (auto status = query.exec(); !status)
        return status;
    QList<Id> ids = before->ids;
    ids.removeAll(paragraphId);
    return writeOrder(before.value(), ids);
}

Status ParagraphRepository::moveParagraph(Id paragraphId, int newPosition) {
    auto meetingId = meetingOfParagraph(paragraphId);
    if (!meetingId)
        return fail(meetingId.error());
    const auto before = placement(meetingId.value());
    if (!before)
        return fail(before.error());
    QList<Id> ids = before->ids;
    ids.removeAll(paragraphId);
    ids.insert(std::clamp(newPosition, 0, static_cast<int>(ids.size())), paragraphId);
    return writeOrder(before.value(), ids);
}

// Positions are unique per meeting, so a paragraph that moves passes through a negative one.
// Only the paragraphs whose place changes are written, with one prepared statement: every update
// of a paragraph runs its triggers, and a new paragraph at the end of a 200-paragraph meeting
// must not cost 200 of them.
Status ParagraphRepository::writeOrder(const Placement& before, const QList<Id>& ids) {
    QList<int> moved;
    for (int i = 0; i < ids.size(); ++i)
        if (before.positions.value(ids[i], -1) != i)
            moved << i;
    SqlQuery place(m_connection,
                   QStringLiteral("UPDATE paragraph SET position = :pos WHERE id = :id"));
    for (const bool parked : {true, false})
        for (const int i : moved) {
            place.bind(QStringLiteral(":pos"), parked ? -1 - i : i)
                .bind(QStringLiteral(":id"), ids[i]);
            if (auto status = place.exec(); !status)
                return status;
        }
    return {};
}

// Stored positions are 0..n-1 after every writeOrder(), but a file written elsewhere may have
// gaps; the positions read here, not the indexes, tell which paragraphs must move.
Result<ParagraphRepository::Placement> ParagraphRepository::placement(Id meetingId) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT id, position FROM paragraph"
                                                " WHERE meeting_id = :m ORDER BY position"));
    query.bind(QStringLiteral(":m"), meetingId);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    Placement placement;
    while (query.next()) {
        placement.ids << query.valueId(0);
        placement.positions.insert(query.valueId(0), query.value(1).toInt());
    }
    return placement;
}

Status ParagraphRepository::updateFields(const Paragraph& p) {
    SqlQuery query(m_connection, QStringLiteral("UPDATE paragraph SET title = :title, case_number "
                                                "= :dnr, kind = :kind, decision = :decision,"
                                                " immediately_adjusted = :now WHERE id = :id"));
    query.bind(QStringLiteral(":title"), p.title)
        .bind(QStringLiteral(":dnr"), p.caseNumber)
        .bind(QStringLiteral(":kind"), codeOf(p.kind))
        .bind(QStringLiteral(":decision"), p.decision)
        .bind(QStringLiteral(":now"), p.immediatelyAdjusted ? 1 : 0)
        .bind(QStringLiteral(":id"), p.id);
    return query.exec();
}

Status ParagraphRepository::setPresenters(Id paragraphId, const QList<Id>& participantIds) {
    SqlQuery clear(m_connection,
                   QStringLiteral("DELETE FROM paragraph_presenter WHERE paragraph_id = :p"));
    clear.bind(QStringLiteral(":p"), paragraphId);
    if (auto status = clear.exec(); !status)
        return status;
    for (int i = 0; i < participantIds.size(); ++i) {
        SqlQuery insert(m_connection,
                        QStringLiteral("INSERT INTO paragraph_presenter (paragraph_id, position, "
                                       "participant_id) VALUES (:p, :pos, :who)"));
        insert.bind(QStringLiteral(":p"), paragraphId)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":who"), participantIds[i]);
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

Result<QList<Id>> ParagraphRepository::presenters(Id paragraphId) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT participant_id FROM paragraph_presenter "
                                                "WHERE paragraph_id = :p ORDER BY position"));
    query.bind(QStringLiteral(":p"), paragraphId);
    if (auto status = query.exec(); !status)
        return fail(status.failure());
    QList<Id> ids;
    while (query.next())
        ids << query.valueId(0);
    return ids;
}

Status ParagraphRepository::appendPresenter(Id paragraphId, int position, Id participantId) {
    SqlQuery insert(m_connection,
                    QStringLiteral("INSERT INTO paragraph_presenter (paragraph_id, position, "
                                   "participant_id) VALUES (:p, :pos, :who)"));
    insert.bind(QStringLiteral(":p"), paragraphId)
        .bind(QStringLiteral(":pos"), position)
        .bind(QStringLiteral(":who"), participantId);
    return insert.exec();
}

Status ParagraphRepository::removePresenterAt(Id paragraphId, int position) {
    SqlQuery remove(m_connection, QStringLiteral("DELETE FROM paragraph_presenter WHERE "
                                                 "paragraph_id = :p AND position = :pos"));
    remove.bind(QStringLiteral(":p"), paragraphId).bind(QStringLiteral(":pos"), position);
    if (auto status = remove.exec(); !status)
        return status;
    // Those after it move up one by one, in order, so that no two share a place meanwhile.
    SqlQuery later(m_connection, QStringLiteral("SELECT position FROM paragraph_presenter WHERE "
                                                "paragraph_id = :p AND position > :pos "
                                                "ORDER BY position"));
    later.bind(QStringLiteral(":p"), paragraphId).bind(QStringLiteral(":pos"), position);
    if (auto status = later.exec(); !status)
        return status;
    QList<int> positions;
    while (later.next())
        positions << static_cast<int>(later.valueId(0));
    for (int at : positions) {
        SqlQuery move(m_connection,
                      QStringLiteral("UPDATE paragraph_presenter SET position = :to WHERE "
                                     "paragraph_id = :p AND position = :from"));
        move.bind(QStringLiteral(":to"), at - 1)
            .bind(QStringLiteral(":p"), paragraphId)
            .bind(QStringLiteral(":from"), at);
        if (auto status = move.exec(); !status)
            return status;
    }
    return {};
}

Status ParagraphRepository::setLines(Id paragraphId, const QString& list,
                                     const QStringList& lines) {
    SqlQuery clear(
        m_connection,
        QStringLiteral("DELETE FROM paragraph_line WHERE paragraph_id = :p AND list = :list"));
    clear.bind(QStringLiteral(":p"), paragraphId).bind(QStringLiteral(":list"), list);
    if (auto status = clear.exec(); !status)
        return status;
    for (int i = 0; i < lines.size(); ++i) {
        SqlQuery insert(m_connection,
                        QStringLiteral("INSERT INTO paragraph_line (paragraph_id, list, position, "
                                       "text) VALUES (:p, :list, :pos, :text)"));
        insert.bind(QStringLiteral(":p"), paragraphId)
            .bind(QStringLiteral(":list"), list)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":text"), lines[i]);
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

Result<Id> ParagraphRepository::insertSection(Id paragraphId, int position,
                                              const Section& section) {
    SqlQuery shift(m_connection,
                   QStringLiteral("UPDATE paragraph_section SET position = -1 - position WHERE "
                                  "paragraph_id = :p AND position >= :pos"));
    shift.bind(QStringLiteral(":p"), paragraphId).bind(QStringLiteral(":pos"), position);
    SqlQuery unpark(m_connection,
                    QStringLiteral("UPDATE paragraph_section SET position = -position WHERE "
                                   "paragraph_id = :p AND position < 0"));
    unpark.bind(QStringLiteral(":p"), paragraphId);
    SqlQuery insert(m_connection,
                    QStringLiteral("INSERT INTO paragraph_section (paragraph_id, position, "
                                   "heading, text) VALUES (:p, :pos, :h, :t) RETURNING id"));
    insert.bind(QStringLiteral(":p"), paragraphId)
        .bind(QStringLiteral(":pos"), position)
        .bind(QStringLiteral(":h"), section.heading)
        .bind(QStringLiteral(":t"), section.text);
    for (SqlQuery* step : {&shift, &unpark, &insert})
        if (auto status = step->exec(); !status)
            return fail(status.error());
    return insert.lastInsertId();
}

Status ParagraphRepository::updateSectionText(Id sectionId, const QString& text) {
    SqlQuery query(m_connection,
                   QStringLiteral("UPDATE paragraph_section SET text = :t WHERE id = :id"));
    query.bind(QStringLiteral(":t"), text).bind(QStringLiteral(":id"), sectionId);
    return query.exec();
}

namespace {
Result<bool> changedOne(SqlQuery& query) {
    if (auto status = query.exec(); !status)
        return fail(status.failure());
    return query.rowsAffected() > 0;
}

// The column of each field; written here, never taken from input.
const char* columnOf(ParagraphRepository::Field field) {
    switch (field) {
    case ParagraphRepository::Field::Title:
        return "title";
    case ParagraphRepository::Field::CaseNumber:
        return "case_number";
    case ParagraphRepository::Field::Kind:
        return "kind";
    case ParagraphRepository::Field::Decision:
        return "decision";
    case ParagraphRepository::Field::ImmediatelyAdjusted:
        return "immediately_adjusted";
    }
    return "title";
}
} // namespace

// The column is one of two written here, never taken from input.
Result<bool> ParagraphRepository::updateSectionIf(Id sectionId, const char* column,
                                                  const QString& expected, const QString& value) {
    SqlQuery query(m_connection, QStringLiteral("UPDATE paragraph_section SET %1 = :value WHERE "
                                                "id = :id AND %1 = :old")
                                     .arg(QLatin1String(column)));
    query.bind(QStringLiteral(":value"), value)
        .bind(QStringLiteral(":id"), sectionId)
        .bind(QStringLiteral(":old"), expected);
    return changedOne(query);
}

Result<bool> ParagraphRepository::updateSectionTextIf(Id sectionId, const QString& expected,
                                                      const QString& text) {
    return updateSectionIf(sectionId, "text", expected, text);
}

Result<bool> ParagraphRepository::updateSectionHeadingIf(Id sectionId, const QString& expected,
                                                         const QString& heading) {
    return updateSectionIf(sectionId, "heading", expected, heading);
}

Result<bool> ParagraphRepository::updateFieldIf(Id paragraphId, Field field,
                                                const QVariant& expected, const QVariant& value) {
    const QString column = QLatin1String(columnOf(field));
    SqlQuery query(m_connection, QStringLiteral("UPDATE paragraph SET %1 = :value WHERE id = :id "
                                                "AND %1 = :old")
                                     .arg(column));
    query.bind(QStringLiteral(":value"), value)
        .bind(QStringLiteral(":id"), paragraphId)
        .bind(QStringLiteral(":old"), expected);
    return changedOne(query);
}

Status ParagraphRepository::updateSectionHeading(Id sectionId, const QString& heading) {
    SqlQuery query(m_connection,
                   QStringLiteral("UPDATE paragraph_section SET heading = :h WHERE id = :id"));
    query.bind(QStringLiteral(":h"), heading).bind(QStringLiteral(":id"), sectionId);
    return query.exec();
}

Status ParagraphRepository::deleteSection(Id sectionId) {
    SqlQuery query(m_connection, QStringLiteral("DELETE FROM paragraph_section WHERE id = :id"));
    query.bind(QStringLiteral(":id"), sectionId);
    return query.exec();
}

Status ParagraphRepository::numberFrom(Id meetingId, int firstNumber) {
    SqlQuery query(m_connection,
                   QStringLiteral("UPDATE paragraph SET number = :first + position WHERE "
                                  "meeting_id = :m AND number != :first + position"));
    query.bind(QStringLiteral(":first"), firstNumber).bind(QStringLiteral(":m"), meetingId);
    return query.exec();
}

Result<int> ParagraphRepository::count(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT COUNT(*) FROM paragraph WHERE meeting_id = :m"));
    query.bind(QStringLiteral(":m"), meetingId);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.next() ? query.value(0).toInt() : 0;
}

Result<QList<Id>> ParagraphRepository::order(Id meetingId) const {
    auto placed = placement(meetingId);
    if (!placed)
        return fail(placed.error());
    return std::move(placed.value().ids);
}

Result<Id> ParagraphRepository::meetingOfParagraph(Id paragraphId) const {
    return singleId(
        m_connection, QStringLiteral("SELECT meeting_id FROM paragraph WHERE id = :id"),
        paragraphId,
        ParagraphRepositoryText::tr("There is no paragraph with id %1.").arg(paragraphId));
}

Result<Id> ParagraphRepository::meetingOfSection(Id sectionId) const {
    return singleId(
        m_connection,
        QStringLiteral(
            "SELECT p.meeting_id FROM paragraph_section s JOIN paragraph p ON p.id = s.paragraph_id"
            " WHERE s.id = :id"),
        sectionId,
        ParagraphRepositoryText::tr("There is no text section with id %1.").arg(sectionId));
}

Result<MeetingStatus> ParagraphRepository::meetingStatusOfSection(Id sectionId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT m.status FROM paragraph_section s"
                                  " JOIN paragraph p ON p.id = s.paragraph_id"
                                  " JOIN meeting m ON m.id = p.meeting_id WHERE s.id = :id"));
    query.bind(QStringLiteral(":id"), sectionId);
    return query.first(
        [](const SqlQuery& row) {
            return enumFromCode<MeetingStatus>(row.text(0)).value_or(MeetingStatus::Planned);
        },
        ParagraphRepositoryText::tr("There is no text section with id %1.").arg(sectionId));
}

Result<QList<Paragraph>> ParagraphRepository::paragraphs(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT id, position, number, title, case_number, kind,"
                                  " decision, immediately_adjusted FROM paragraph"
                                  " WHERE meeting_id = :m ORDER BY position"));
    query.bind(QStringLiteral(":m"), meetingId);
    auto list = query.collect([meetingId](const SqlQuery& row) {
        Paragraph p;
        p.id = row.valueId(0);
        p.meetingId = meetingId;
        p.position = row.value(1).toInt();
        p.number = row.value(2).toInt();
        p.title = row.text(3);
        p.caseNumber = row.text(4);
        p.kind = enumFromCode<ParagraphKind>(row.text(5)).value_or(ParagraphKind::Decision);
        p.decision = row.text(6);
        p.immediatelyAdjusted = row.value(7).toInt() != 0;
        return p;
    });
    if (!list)
        return list;
    if (auto status = loadChildren(list.value()); !status)
        return fail(status.error());
    return list;
}

Result<Paragraph> ParagraphRepository::paragraph(Id paragraphId) const {
    auto meetingId = meetingOfParagraph(paragraphId);
    if (!meetingId)
        return fail(meetingId.error());
    auto all = paragraphs(meetingId.value());
    if (!all)
        return fail(all.error());
    for (const auto& p : all.value())
        if (p.id == paragraphId)
            return p;
    return fail(ParagraphRepositoryText::tr("There is no paragraph with id %1.").arg(paragraphId));
}

// One query per child table for the whole meeting, not one per paragraph; each walks the
// paragraphs in order through the (meeting, position) index, so SQLite needs no sort.
Status ParagraphRepository::loadChildren(QList<Paragraph>& paragraphs) const {
    if (paragraphs.isEmpty())
        return {};
    QHash<Id, Paragraph*> byId;
    for (auto& p : paragraphs)
        byId.insert(p.id, &p);
    const Id meetingId = paragraphs.first().meetingId;
    SqlQuery presenters(
        m_connection,
        QStringLiteral(
            "SELECT pp.paragraph_id, pp.participant_id FROM paragraph p JOIN paragraph_presenter pp"
            " ON pp.paragraph_id = p.id WHERE p.meeting_id = :m ORDER BY p.position, pp.position"));
    presenters.bind(QStringLiteral(":m"), meetingId);
    if (auto status = presenters.exec(); !status)
        return status;
    // A damaged file can hand back a row whose paragraph is not among those just read (its
    // index and its table disagree): such rows are passed over, never dereferenced.
    while (presenters.next())
        if (Paragraph* p = byId.value(presenters.valueId(0)))
            p->presenterIds << presenters.valueId(1);

    SqlQuery sections(m_connection, QStringLiteral("SELECT s.paragraph_id, s.id, s.heading, s.text "
                                                   "FROM paragraph p JOIN paragraph_section s"
                                                   " ON s.paragraph_id = p.id WHERE p.meeting_id = "
                                                   ":m ORDER BY p.position, s.position"));
    sections.bind(QStringLiteral(":m"), meetingId);
    if (auto status = sections.exec(); !status)
        return status;
    while (sections.next())
        if (Paragraph* p = byId.value(sections.valueId(0)))
            p->sections << Section{sections.valueId(1), sections.text(2), sections.text(3)};

    SqlQuery lines(
        m_connection,
        QStringLiteral(
            "SELECT l.paragraph_id, l.list, l.text FROM paragraph p JOIN paragraph_line l"
            " ON l.paragraph_id = p.id WHERE p.meeting_id = :m ORDER BY p.position, l.list, "
            "l.position"));
    lines.bind(QStringLiteral(":m"), meetingId);
    if (auto status = lines.exec(); !status)
        return status;
    while (lines.next()) {
        Paragraph* p = byId.value(lines.valueId(0));
        if (!p)
            continue;
        (lines.text(1) == QLatin1String("attachment") ? p->attachments : p->expedition)
            << lines.text(2);
    }
    if (auto status = ProceedingsRepository(m_connection).loadInto(paragraphs); !status)
        return status;
    return FollowUpRepository(m_connection).loadInto(meetingId, paragraphs);
}

Result<int> ParagraphRepository::firstNumber(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT MIN(number) FROM paragraph WHERE meeting_id = :m"));
    query.bind(QStringLiteral(":m"), meetingId);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace paragraf
