#include "WaitingService.h"

#include "ReviewService.h"
#include "rules/Signatories.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/LoginRepository.h"
#include "text/CanonicalForm.h"

namespace paragraf {
namespace {

const Signature* lastAct(const MeetingRecord& record, const Signatory& who) {
    const Signature* last = nullptr;
    for (const Signature& s : record.trail.signatures)
        if (s.role == who.role && s.participantId == who.participantId)
            last = &s;
    return last;
}

// What waits for the person in one protocol; nothing when they have signed its wording.
std::optional<WaitingProtocol> waitingIn(const MeetingRecord& record, Id personId) {
    WaitingProtocol w{record.meeting.id, record.body.name, record.meeting.date, {}, false, 0, 0};
    const QString hash = contentHash(record);
    bool waits = false;
    for (const Signatory& who : signatoriesOf(record)) {
        const Participant* p = record.participant(who.participantId);
        if (!p || p->personId != personId)
            continue;
        w.roles << who;
        const Signature* last = lastAct(record, who);
        waits = waits || !last || last->contentHash != hash;
        w.signedEarlier = w.signedEarlier || (last && last->contentHash != hash);
    }
    if (!waits)
        return std::nullopt;
    return w;
}

} // namespace

Result<WaitingService::Me> WaitingService::me() const {
    const LoginRepository logins(m_database.connection());
    const auto login = logins.login();
    if (!login)
        return fail(login.error());
    const auto person = logins.person();
    if (!person)
        return fail(person.error());
    return Me{login.value(), person.value()};
}

Result<QList<WaitingProtocol>> WaitingService::waiting() const {
    const auto who = me();
    if (!who)
        return fail(who.error());
    const auto taking = LoginRepository(m_database.connection()).outForAdjustment(who->personId);
    if (!taking)
        return fail(taking.error());
    QList<WaitingProtocol> waiting;
    Id previous = NoId;
    for (const ParticipationOutForAdjustment& t : taking.value()) {
        if (t.meetingId == previous)
            continue;
        previous = t.meetingId;
        const auto record = MeetingService(m_database).load(t.meetingId);
        if (!record)
            return fail(record.error());
        auto w = waitingIn(record.value(), who->personId);
        if (!w)
            continue;
        const auto remarks = ReviewService(m_database).remarks(t.meetingId);
        if (!remarks)
            return fail(remarks.error());
        for (const Remark& r : remarks.value()) {
            const Participant* p = record->participant(r.participantId);
            if (!p || p->personId != who->personId)
                continue;
            (r.state == RemarkState::Open ? w->openRemarks : w->answeredRemarks) += 1;
        }
        waiting << *w;
    }
    return waiting;
}

} // namespace paragraf
