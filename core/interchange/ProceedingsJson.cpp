#include "ProceedingsJson.h"

#include "i18n/TrContexts.h"
#include "model/Codes.h"

#include <QJsonArray>

namespace paragraf {
namespace {

QString at(const QString& path, qsizetype index) {
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

// Motion numbers in the file count from 1; 0 is none. In memory they are indexes, -1 none.
int motionNumber(int index) {
    return index + 1;
}

int motionIndex(JsonChecker& check, const QJsonObject& o, const QString& key, const QString& path,
                qsizetype motions) {
    const int number = check.integer(o, key, path);
    if (number < 0 || number > motions)
        check.report(path + QLatin1Char('.') + key,
                     JsonText::tr("must be the number of a motion of the paragraph (1 to %1), "
                                  "or 0")
                         .arg(motions));
    return number - 1;
}

QJsonObject voteToJson(const VoteRecord& v, const std::function<QJsonValue(Id)>& key) {
    QJsonArray named;
    for (auto it = v.named.cbegin(); it != v.named.cend(); ++it)
        named.append(QJsonObject{{QStringLiteral("participant"), key(it.key())},
                                 {QStringLiteral("choice"), codeOf(it.value())}});
    return {{QStringLiteral("held"), v.held},
            {QStringLiteral("closed"), v.closed},
            {QStringLiteral("yes"), motionNumber(v.yesMotion)},
            {QStringLiteral("no"), motionNumber(v.noMotion)},
            {QStringLiteral("named"), named},
            {QStringLiteral("closedYes"), v.closedYes},
            {QStringLiteral("closedNo"), v.closedNo},
            {QStringLiteral("closedAbstain"), v.closedAbstain},
            {QStringLiteral("lot"), motionNumber(v.lotWinner)}};
}

VoteRecord voteFromJson(const QJsonObject& o, const QString& path, JsonChecker& check,
                        const ParticipantResolver& participant, qsizetype motions) {
    VoteRecord v;
    v.held = check.boolean(o, QStringLiteral("held"), path);
    v.closed = check.boolean(o, QStringLiteral("closed"), path);
    v.yesMotion = motionIndex(check, o, QStringLiteral("yes"), path, motions);
    v.noMotion = motionIndex(check, o, QStringLiteral("no"), path, motions);
    const QJsonArray named = check.array(o, QStringLiteral("named"), path);
    for (qsizetype i = 0; i < named.size(); ++i) {
        const QString castPath = at(path + QStringLiteral(".named"), i);
        const QJsonObject cast = named[i].toObject();
        const Id who = participant(cast, QStringLiteral("participant"), castPath);
        if (who != NoId && v.named.contains(who))
            check.report(castPath, JsonText::tr("votes a second time: one member, one vote"));
        v.named.insert(who,
                       check.code(cast, QStringLiteral("choice"), castPath, VoteChoice::Abstain));
    }
    v.closedYes = check.integer(o, QStringLiteral("closedYes"), path);
    v.closedNo = check.integer(o, QStringLiteral("closedNo"), path);
    v.closedAbstain = check.integer(o, QStringLiteral("closedAbstain"), path);
    v.lotWinner = motionIndex(check, o, QStringLiteral("lot"), path, motions);
    return v;
}

} // namespace

QJsonObject proceedingsToJson(const Proceedings& p, const std::function<QJsonValue(Id)>& key) {
    QJsonArray motions, reservations, notes;
    for (const Motion& m : p.motions) {
        QJsonArray supporters;
        for (Id s : m.supporterIds)
            supporters.append(key(s));
        motions.append(QJsonObject{{QStringLiteral("mover"), key(m.moverId)},
                                   {QStringLiteral("kind"), codeOf(m.kind)},
                                   {QStringLiteral("text"), m.text},
                                   {QStringLiteral("supporters"), supporters},
                                   {QStringLiteral("withdrawn"), m.withdrawn},
                                   {QStringLiteral("putOrder"), m.putOrder}});
    }
    for (const Reservation& r : p.reservations)
        reservations.append(QJsonObject{{QStringLiteral("participant"), key(r.participantId)},
                                        {QStringLiteral("reason"), r.reason},
                                        {QStringLiteral("reasonPending"), r.reasonPending}});
    for (const ProtocolNote& n : p.notes)
        notes.append(QJsonObject{{QStringLiteral("participant"), key(n.participantId)},
                                 {QStringLiteral("text"), n.text}});
    return {{QStringLiteral("motions"), motions},
            {QStringLiteral("adopted"), motionNumber(p.adoptedMotion)},
            {QStringLiteral("vote"), voteToJson(p.vote, key)},
            {QStringLiteral("reservations"), reservations},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("wording"), p.wording}};
}

Proceedings proceedingsFromJson(const QJsonObject& o, const QString& path, JsonChecker& check,
                                const ParticipantResolver& participant) {
    Proceedings p;
    const QJsonArray motions = check.array(o, QStringLiteral("motions"), path);
    for (qsizetype i = 0; i < motions.size(); ++i) {
        const QString motionPath = at(path + QStringLiteral(".motions"), i);
        const QJsonObject m = motions[i].toObject();
        Motion motion;
        motion.moverId = participant(m, QStringLiteral("mover"), motionPath);
        motion.kind = check.code(m, QStringLiteral("kind"), motionPath, MotionKind::Approval);
        motion.text = check.string(m, QStringLiteral("text"), motionPath);
        const QJsonArray supporters = check.array(m, QStringLiteral("supporters"), motionPath);
        for (qsizetype k = 0; k < supporters.size(); ++k) {
            const QJsonObject wrapped{{QStringLiteral("supporter"), supporters[k]}};
            motion.supporterIds << participant(wrapped, QStringLiteral("supporter"),
                                               at(motionPath + QStringLiteral(".supporters"), k));
        }
        motion.withdrawn = check.boolean(m, QStringLiteral("withdrawn"), motionPath);
        motion.putOrder = check.integer(m, QStringLiteral("putOrder"), motionPath);
        p.motions << motion;
    }
    p.adoptedMotion = motionIndex(check, o, QStringLiteral("adopted"), path, motions.size());
    p.vote = voteFromJson(check.object(o, QStringLiteral("vote"), path),
                          path + QStringLiteral(".vote"), check, participant, motions.size());
    const QJsonArray reservations = check.array(o, QStringLiteral("reservations"), path);
    for (qsizetype i = 0; i < reservations.size(); ++i) {
        const QString rPath = at(path + QStringLiteral(".reservations"), i);
        const QJsonObject r = reservations[i].toObject();
        p.reservations << Reservation{participant(r, QStringLiteral("participant"), rPath),
                                      check.string(r, QStringLiteral("reason"), rPath),
                                      check.boolean(r, QStringLiteral("reasonPending"), rPath)};
    }
    const QJsonArray notes = check.array(o, QStringLiteral("notes"), path);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QString nPath = at(path + QStringLiteral(".notes"), i);
        const QJsonObject n = notes[i].toObject();
        p.notes << ProtocolNote{participant(n, QStringLiteral("participant"), nPath),
                                check.string(n, QStringLiteral("text"), nPath)};
    }
    p.wording = check.string(o, QStringLiteral("wording"), path);
    return p;
}

} // namespace paragraf
