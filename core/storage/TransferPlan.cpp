#include "TransferPlan.h"

namespace paragraf::transfer {
namespace {

const QString byId = QStringLiteral("id");

Reference to(const char* column, const char* table, bool later = false) {
    return Reference{QLatin1String(column), QLatin1String(table), later};
}

TableMove withId(const char* table, Scope scope, QList<Reference> references = {}) {
    return TableMove{QLatin1String(table), true, byId, scope, std::move(references), false};
}

TableMove keyed(const char* table, const char* order, Scope scope,
                QList<Reference> references = {}) {
    return TableMove{QLatin1String(table),  false, QLatin1String(order), scope,
                     std::move(references), false};
}

TableMove afterStatuses(TableMove move) {
    move.afterStatuses = true;
    return move;
}

QList<TableMove> build() {
    const Reference meeting = to("meeting_id", "meeting");
    const Reference paragraph = to("paragraph_id", "paragraph");
    const Reference participant = to("participant_id", "participant");
    return {
        withId("organisation", Scope::Organisation),
        withId("person", Scope::Person),
        withId("body", Scope::Body),
        withId("mandate_period", Scope::Roster, {to("body_id", "body")}),
        withId("membership", Scope::Roster,
               {to("body_id", "body"), to("person_id", "person"),
                to("mandate_period_id", "mandate_period"), to("organisation_id", "organisation"),
                to("substitute_for_id", "membership", true)}),
        keyed("body_seat", "body_id, organisation_id", Scope::Roster,
              {to("body_id", "body"), to("organisation_id", "organisation")}),
        keyed("chair_year", "body_id, year", Scope::Roster,
              {to("body_id", "body"), to("chair_membership_id", "membership"),
               to("vice_chair_membership_id", "membership")}),
        keyed("body_rules", "body_id", Scope::BodyOwned, {to("body_id", "body")}),
        keyed("numbering_start", "body_id, year", Scope::Roster, {to("body_id", "body")}),
        // Its status, chair and secretary are set when everything of it is in.
        withId("meeting", Scope::Meeting,
               {to("body_id", "body"), to("chair_id", "participant", true),
                to("secretary_id", "participant", true)}),
        withId("schedule_entry", Scope::Roster, {to("body_id", "body"), meeting}),
        keyed("meeting_rules", "meeting_id", Scope::Meeting, {meeting}),
        withId("participant", Scope::Meeting,
               {meeting, to("person_id", "person"), to("substitute_of", "participant", true),
                to("serves_for_at_start", "participant", true)}),
        keyed("meeting_adjuster", "meeting_id, position", Scope::Meeting, {meeting, participant}),
        withId("paragraph", Scope::Meeting, {meeting}),
        withId("paragraph_section", Scope::Paragraph, {paragraph}),
        keyed("paragraph_presenter", "paragraph_id, position", Scope::Paragraph,
              {paragraph, participant}),
        keyed("paragraph_line", "paragraph_id, list, position", Scope::Paragraph, {paragraph}),
        withId("attendance_event", Scope::Meeting,
               {meeting, participant, paragraph, to("for_participant_id", "participant")}),
        withId("adjournment", Scope::Meeting, {meeting, paragraph}),
        keyed("paragraph_proceedings", "paragraph_id", Scope::Paragraph, {paragraph}),
        withId("motion", Scope::Paragraph, {paragraph, to("mover_id", "participant")}),
        withId("motion_supporter", Scope::Paragraph, {paragraph, participant}),
        keyed("vote_cast", "paragraph_id, participant_id", Scope::Paragraph,
              {paragraph, participant}),
        withId("reservation", Scope::Paragraph, {paragraph, participant}),
        withId("protocol_note", Scope::Paragraph, {paragraph, participant}),
        withId("viewpoint", Scope::Paragraph, {paragraph}),
        keyed("viewpoint_speaker", "viewpoint_id, position", Scope::Viewpoint,
              {to("viewpoint_id", "viewpoint"), participant}),
        // Closed, or taken up, at a paragraph of another meeting: every paragraph is in by now.
        withId("assignment", Scope::Paragraph, {paragraph, to("closed_at", "paragraph")}),
        keyed("assignment_holder", "assignment_id, position", Scope::Assignment,
              {to("assignment_id", "assignment"), to("person_id", "person"),
               to("organisation_id", "organisation")}),
        withId("referral", Scope::Paragraph,
               {paragraph, to("to_body_id", "body"), to("taken_up_at", "paragraph")}),
        withId("signature", Scope::Meeting, {meeting, participant}),
        withId("remark", Scope::Meeting, {meeting, paragraph, participant}),
        withId(
            "text_change", Scope::Meeting,
            {meeting, paragraph, to("section_id", "paragraph_section"), to("remark_id", "remark")}),
        // last_change_id: the last text change the reader had seen (0: none yet).
        keyed("review_read", "meeting_id, participant_id", Scope::Meeting,
              {meeting, participant, to("last_change_id", "text_change")}),
        afterStatuses(withId("erratum", Scope::Meeting, {meeting, paragraph})),
        afterStatuses(keyed("posting", "meeting_id", Scope::Meeting, {meeting})),
        afterStatuses(withId("issued_document", Scope::Meeting, {meeting})),
        // Marks for the web copy and the record of publications (schema 15).
        withId("publication_mark", Scope::Meeting, {meeting, paragraph}),
        keyed("individual_paragraph", "paragraph_id", Scope::Paragraph, {paragraph}),
        afterStatuses(withId("publication", Scope::Meeting, {meeting})),
    };
}

} // namespace

const QList<TableMove>& tableMoves() {
    static const QList<TableMove> moves = build();
    return moves;
}

const TableMove* tableMove(const QString& table) {
    for (const TableMove& move : tableMoves())
        if (move.table == table)
            return &move;
    return nullptr;
}

QStringList serverOnlyColumns(const QString& table) {
    if (table == QLatin1String("signature"))
        return {QStringLiteral("login"), QStringLiteral("own_login")};
    return {};
}

QStringList serverOnlyColumnsPushed(const QString& table) {
    if (table == QLatin1String("signature"))
        return {QStringLiteral("login")};
    return {};
}

} // namespace paragraf::transfer
