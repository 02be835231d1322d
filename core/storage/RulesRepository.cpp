#include "RulesRepository.h"

#include "SqlQuery.h"

namespace paragraf {

QString codeOf(AppendixChoice choice) {
    switch (choice) {
    case AppendixChoice::Always:
        return QStringLiteral("always");
    case AppendixChoice::Never:
        return QStringLiteral("never");
    case AppendixChoice::BySize:
        break;
    }
    return QStringLiteral("by_size");
}

std::optional<AppendixChoice> appendixChoiceFromCode(const QString& code) {
    for (AppendixChoice choice :
         {AppendixChoice::BySize, AppendixChoice::Always, AppendixChoice::Never})
        if (codeOf(choice) == code)
            return choice;
    return std::nullopt;
}

Result<BodyRules> RulesRepository::bodyRules(Id bodyId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT paragraph_prefix, adjusters_required, signature_label,"
                                  " att_clauses, rejoin_allowed, attendance_appendix,"
                                  " notice_signer, notice_signer_title, notice_wording,"
                                  " notice_days, mask_wording FROM body_rules"
                                  " WHERE body_id = :body"));
    query.bind(QStringLiteral(":body"), bodyId);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    BodyRules rules;
    if (!query.next())
        return rules;
    rules.meeting = MeetingRules{query.text(0),
                                 query.value(1).toInt(),
                                 query.text(2),
                                 query.value(3).toInt() != 0,
                                 query.value(4).toInt() != 0,
                                 false};
    rules.appendix = appendixChoiceFromCode(query.text(5)).value_or(AppendixChoice::BySize);
    rules.notice = NoticeRules{query.text(6), query.text(7), query.text(8), query.value(9).toInt()};
    rules.maskWording = query.text(10);
    return rules;
}

Status RulesRepository::setBodyRules(Id bodyId, const BodyRules& rules) {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "INSERT INTO body_rules (body_id, paragraph_prefix,"
            " adjusters_required, signature_label, att_clauses, rejoin_allowed,"
            " attendance_appendix, notice_signer, notice_signer_title, notice_wording,"
            " notice_days, mask_wording) VALUES (:body, :prefix, :adjusters, :label, :att,"
            " :rejoin, :appendix, :signer, :title, :wording, :days, :mask)"
            " ON CONFLICT (body_id) DO UPDATE SET"
            " paragraph_prefix = excluded.paragraph_prefix,"
            " adjusters_required = excluded.adjusters_required,"
            " signature_label = excluded.signature_label,"
            " att_clauses = excluded.att_clauses, rejoin_allowed = excluded.rejoin_allowed,"
            " attendance_appendix = excluded.attendance_appendix,"
            " notice_signer = excluded.notice_signer,"
            " notice_signer_title = excluded.notice_signer_title,"
            " notice_wording = excluded.notice_wording, notice_days = excluded.notice_days,"
            " mask_wording = excluded.mask_wording"));
    const MeetingRules& m = rules.meeting;
    query.bind(QStringLiteral(":body"), bodyId)
        .bind(QStringLiteral(":prefix"), m.paragraphPrefix)
        .bind(QStringLiteral(":adjusters"), m.adjustersRequired)
        .bind(QStringLiteral(":label"), m.signatureLabel)
        .bind(QStringLiteral(":att"), m.attClauses ? 1 : 0)
        .bind(QStringLiteral(":rejoin"), m.rejoinAllowed ? 1 : 0)
        .bind(QStringLiteral(":appendix"), codeOf(rules.appendix))
        .bind(QStringLiteral(":signer"), rules.notice.signerName)
        .bind(QStringLiteral(":title"), rules.notice.signerTitle)
        .bind(QStringLiteral(":wording"), rules.notice.wording)
        .bind(QStringLiteral(":days"), rules.notice.days)
        .bind(QStringLiteral(":mask"), rules.maskWording);
    return query.exec();
}

Result<MeetingRules> RulesRepository::meetingRules(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT paragraph_prefix, adjusters_required, signature_label,"
                                  " att_clauses, rejoin_allowed, attendance_appendix"
                                  " FROM meeting_rules WHERE meeting_id = :m"));
    query.bind(QStringLiteral(":m"), meetingId);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    if (!query.next())
        return MeetingRules{};
    return MeetingRules{query.text(0),
                        query.value(1).toInt(),
                        query.text(2),
                        query.value(3).toInt() != 0,
                        query.value(4).toInt() != 0,
                        query.value(5).toInt() != 0};
}

Status RulesRepository::setMeetingRules(Id meetingId, const MeetingRules& rules) {
    if (rules.isDefault()) {
        SqlQuery remove(m_connection,
                        QStringLiteral("DELETE FROM meeting_rules WHERE meeting_id = :m"));
        remove.bind(QStringLiteral(":m"), meetingId);
        return remove.exec();
    }
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "INSERT INTO meeting_rules (meeting_id, paragraph_prefix,"
            " adjusters_required, signature_label, att_clauses, rejoin_allowed,"
            " attendance_appendix) VALUES (:m, :prefix, :adjusters, :label, :att,"
            " :rejoin, :appendix) ON CONFLICT (meeting_id) DO UPDATE SET"
            " paragraph_prefix = excluded.paragraph_prefix,"
            " adjusters_required = excluded.adjusters_required,"
            " signature_label = excluded.signature_label,"
            " att_clauses = excluded.att_clauses, rejoin_allowed = excluded.rejoin_allowed,"
            " attendance_appendix = excluded.attendance_appendix"));
    query.bind(QStringLiteral(":m"), meetingId)
        .bind(QStringLiteral(":prefix"), rules.paragraphPrefix)
        .bind(QStringLiteral(":adjusters"), rules.adjustersRequired)
        .bind(QStringLiteral(":label"), rules.signatureLabel)
        .bind(QStringLiteral(":att"), rules.attClauses ? 1 : 0)
        .bind(QStringLiteral(":rejoin"), rules.rejoinAllowed ? 1 : 0)
        .bind(QStringLiteral(":appendix"), rules.attendanceAppendix ? 1 : 0);
    return query.exec();
}

} // namespace paragraf
