#include "FollowUpJson.h"

#include "i18n/TrContexts.h"
#include "model/Codes.h"

#include <QJsonArray>

namespace paragraf {
namespace {

QString at(const QString& path, qsizetype index) {
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}
QString isoDate(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject holderToJson(const AssignmentHolder& h,
                         const std::function<QJsonValue(Id)>& personKey) {
    QJsonObject o{{QStringLiteral("kind"), codeOf(h.kind)}, {QStringLiteral("name"), h.name}};
    if (h.kind == HolderKind::Person)
        o.insert(QStringLiteral("participant"), personKey(h.refId));
    return o;
}

QJsonObject assignmentToJson(const Assignment& a, const std::function<QJsonValue(Id)>& personKey) {
    QJsonArray holders;
    for (const auto& h : a.holders)
        holders.append(holderToJson(h, personKey));
    return {
        {QStringLiteral("text"), a.text},        {QStringLiteral("holders"), holders},
        {QStringLiteral("due"), isoDate(a.due)}, {QStringLiteral("status"), codeOf(a.status)},
        {QStringLiteral("note"), a.note},        {QStringLiteral("closedOn"), isoDate(a.closedOn)}};
}

QJsonObject originToJson(const ParagraphReference& r, int position, const QString& indexKey) {
    return {{QStringLiteral("body"), r.bodyName},
            {QStringLiteral("date"), isoDate(r.meetingDate)},
            {QStringLiteral("paragraph"), r.number},
            {indexKey, position + 1}};
}

ParagraphReference originFromJson(const QJsonObject& o, const QString& path, JsonChecker& check,
                                  const QString& indexKey, int& position) {
    ParagraphReference r;
    r.bodyName = check.string(o, QStringLiteral("body"), path);
    r.meetingDate = check.date(o, QStringLiteral("date"), path, JsonChecker::Need::Required);
    r.number = check.integer(o, QStringLiteral("paragraph"), path);
    position = check.integer(o, indexKey, path) - 1;
    if (position < 0)
        check.report(path + QLatin1Char('.') + indexKey, JsonText::tr("must count from 1"));
    return r;
}

Assignment assignmentFromJson(const QJsonObject& o, const QString& path, JsonChecker& check,
                              const ParticipantResolver& participant) {
    Assignment a;
    a.text = check.string(o, QStringLiteral("text"), path);
    if (a.text.trimmed().isEmpty())
        check.report(path + QStringLiteral(".text"), JsonText::tr("must say what is to be done"));
    const QJsonArray holders = check.array(o, QStringLiteral("holders"), path);
    if (holders.isEmpty())
        check.report(path + QStringLiteral(".holders"), JsonText::tr("must name who holds it"));
    for (qsizetype i = 0; i < holders.size(); ++i) {
        const QString holderPath = at(path + QStringLiteral(".holders"), i);
        const QJsonObject h = holders[i].toObject();
        AssignmentHolder holder;
        holder.kind = check.code(h, QStringLiteral("kind"), holderPath, HolderKind::Group);
        holder.name = check.string(h, QStringLiteral("name"), holderPath);
        if (holder.name.trimmed().isEmpty())
            check.report(holderPath + QStringLiteral(".name"), JsonText::tr("must not be empty"));
        if (holder.kind == HolderKind::Person)
            holder.refId = participant(h, QStringLiteral("participant"), holderPath);
        a.holders << holder;
    }
    a.due = check.date(o, QStringLiteral("due"), path, JsonChecker::Need::Optional);
    a.status = check.code(o, QStringLiteral("status"), path, AssignmentStatus::Open);
    a.note = check.string(o, QStringLiteral("note"), path);
    a.closedOn = check.date(o, QStringLiteral("closedOn"), path, JsonChecker::Need::Optional);
    if ((a.status == AssignmentStatus::Open) == a.closedOn.isValid())
        check.report(path + QStringLiteral(".closedOn"),
                     JsonText::tr("is the day a closed assignment was closed, and empty while "
                                  "it is open"));
    return a;
}

} // namespace

QJsonObject followUpToJson(const FollowUp& f, const std::function<QJsonValue(Id)>& participantKey,
                           const std::function<QJsonValue(Id)>& personKey) {
    QJsonArray assignments, referrals, remarks, closes, takesUp;
    for (const Assignment& a : f.assignments)
        assignments.append(assignmentToJson(a, personKey));
    for (const Referral& r : f.referrals)
        referrals.append(QJsonObject{{QStringLiteral("kind"), codeOf(r.kind)},
                                     {QStringLiteral("to"), r.toBodyName},
                                     {QStringLiteral("note"), r.note}});
    for (const Viewpoint& v : f.viewpoints) {
        QJsonArray speakers;
        for (Id id : v.speakerIds)
            speakers.append(participantKey(id));
        remarks.append(
            QJsonObject{{QStringLiteral("speakers"), speakers}, {QStringLiteral("text"), v.text}});
    }
    for (const ClosedAssignment& c : f.closedHere) {
        QJsonObject o = originToJson(c.origin, c.position, QStringLiteral("assignment"));
        o.insert(QStringLiteral("status"), codeOf(c.assignment.status));
        o.insert(QStringLiteral("note"), c.assignment.note);
        o.insert(QStringLiteral("closedOn"), isoDate(c.assignment.closedOn));
        closes.append(o);
    }
    for (const IncomingReferral& in : f.takenUpHere)
        takesUp.append(originToJson(in.origin, in.position, QStringLiteral("referral")));
    return {{QStringLiteral("assignments"), assignments},
            {QStringLiteral("referrals"), referrals},
            {QStringLiteral("remarks"), remarks},
            {QStringLiteral("closes"), closes},
            {QStringLiteral("takesUp"), takesUp}};
}

FollowUp followUpFromJson(const QJsonObject& o, const QString& path, JsonChecker& check,
                          const ParticipantResolver& participant) {
    FollowUp f;
    const QJsonArray assignments = check.array(o, QStringLiteral("assignments"), path);
    for (qsizetype i = 0; i < assignments.size(); ++i)
        f.assignments << assignmentFromJson(assignments[i].toObject(),
                                            at(path + QStringLiteral(".assignments"), i), check,
                                            participant);
    const QJsonArray referrals = check.array(o, QStringLiteral("referrals"), path);
    for (qsizetype i = 0; i < referrals.size(); ++i) {
        const QString referralPath = at(path + QStringLiteral(".referrals"), i);
        const QJsonObject r = referrals[i].toObject();
        Referral referral;
        referral.kind = check.code(r, QStringLiteral("kind"), referralPath, ReferralKind::Refer);
        referral.toBodyName = check.string(r, QStringLiteral("to"), referralPath);
        if (referral.toBodyName.trimmed().isEmpty())
            check.report(referralPath + QStringLiteral(".to"),
                         JsonText::tr("must name the body the matter goes to"));
        referral.note = check.string(r, QStringLiteral("note"), referralPath);
        f.referrals << referral;
    }
    const QJsonArray remarks = check.array(o, QStringLiteral("remarks"), path);
    for (qsizetype i = 0; i < remarks.size(); ++i) {
        const QString remarkPath = at(path + QStringLiteral(".remarks"), i);
        const QJsonObject r = remarks[i].toObject();
        Viewpoint v;
        v.text = check.string(r, QStringLiteral("text"), remarkPath);
        const QJsonArray speakers = check.array(r, QStringLiteral("speakers"), remarkPath);
        if (speakers.isEmpty() || v.text.trimmed().isEmpty())
            check.report(remarkPath, JsonText::tr("needs a text and who made the remark"));
        for (qsizetype k = 0; k < speakers.size(); ++k) {
            const QJsonObject one{{QStringLiteral("speaker"), speakers[k]}};
            const Id who = participant(one, QStringLiteral("speaker"),
                                       at(remarkPath + QStringLiteral(".speakers"), k));
            if (who != NoId)
                v.speakerIds << who;
        }
        f.viewpoints << v;
    }
    const QJsonArray closes = check.array(o, QStringLiteral("closes"), path);
    for (qsizetype i = 0; i < closes.size(); ++i) {
        const QString closePath = at(path + QStringLiteral(".closes"), i);
        const QJsonObject c = closes[i].toObject();
        ClosedAssignment closed;
        closed.origin =
            originFromJson(c, closePath, check, QStringLiteral("assignment"), closed.position);
        closed.assignment.status =
            check.code(c, QStringLiteral("status"), closePath, AssignmentStatus::Done);
        closed.assignment.note = check.string(c, QStringLiteral("note"), closePath);
        closed.assignment.closedOn =
            check.date(c, QStringLiteral("closedOn"), closePath, JsonChecker::Need::Required);
        if (closed.assignment.status == AssignmentStatus::Open)
            check.report(closePath + QStringLiteral(".status"),
                         JsonText::tr("must be done or cancelled"));
        f.closedHere << closed;
    }
    const QJsonArray takesUp = check.array(o, QStringLiteral("takesUp"), path);
    for (qsizetype i = 0; i < takesUp.size(); ++i) {
        IncomingReferral in;
        in.origin = originFromJson(takesUp[i].toObject(), at(path + QStringLiteral(".takesUp"), i),
                                   check, QStringLiteral("referral"), in.position);
        f.takenUpHere << in;
    }
    return f;
}

} // namespace paragraf
