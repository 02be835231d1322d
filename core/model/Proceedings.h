#pragma once

#include "Ids.h"

#include <QList>
#include <QMap>
#include <QString>

namespace paragraf {

// What a member moves: to approve the proposal (bifall), to reject it (avslag), to refer the
// matter back (återremiss), or a wording of their own (ändringsyrkande).
enum class MotionKind { Approval, Rejection, Referral, Amendment };
enum class VoteChoice { Yes, No, Abstain };

// A yrkande: who moved it, what, who supported it (instämmer), whether it was withdrawn, and
// its place in the chair's proposition order (0 when it was not put).
struct Motion {
    Id moverId = NoId; // a participant
    MotionKind kind = MotionKind::Approval;
    QString text; // the wording of an amendment or referral; empty for approval and rejection
    QList<Id> supporterIds;
    bool withdrawn = false;
    int putOrder = 0;

    bool operator==(const Motion&) const = default;
};

// An omröstning between two motions (by their index in Proceedings::motions). Open votes are
// named (each serving member's choice); closed votes (elections) record only the tally, and a
// tie is settled by lot.
struct VoteRecord {
    bool held = false;
    bool closed = false;
    int yesMotion = -1;
    int noMotion = -1;
    QMap<Id, VoteChoice> named; // participant -> choice, open votes
    int closedYes = 0;
    int closedNo = 0;
    int closedAbstain = 0;
    int lotWinner = -1; // closed vote with equal votes: the motion the lot chose

    bool operator==(const VoteRecord&) const = default;
};

struct Reservation {
    Id participantId = NoId;
    QString reason;             // the written reason, when given
    bool reasonPending = false; // announced, to be handed in before adjustment

    bool operator==(const Reservation&) const = default;
};

struct ProtocolNote { // protokollsanteckning
    Id participantId = NoId;
    QString text;

    bool operator==(const ProtocolNote&) const = default;
};

// How a decision was reached (Kommunallagen 5 kap. 66–67 §§): the motions, the chair's finding,
// the vote, reservations and protocol notes. The protocol's sentences are made from these facts;
// `wording`, when the secretary has written it, replaces the sentences before the decision (not
// the vote list, nor the reservations and protocol notes after it), and the facts stay the
// source.
struct Proceedings {
    QList<Motion> motions;
    int adoptedMotion = -1; // the chair's finding without a vote
    VoteRecord vote;
    QList<Reservation> reservations;
    QList<ProtocolNote> notes;
    QString wording;

    bool isEmpty() const {
        return motions.isEmpty() && !vote.held && reservations.isEmpty() && notes.isEmpty() &&
               wording.isEmpty();
    }
    bool operator==(const Proceedings&) const = default;
};

// The same proceedings with every participant id passed through `map` (a copy into another
// meeting, or another file).
template <typename Map> Proceedings withParticipantsMapped(Proceedings p, Map map) {
    for (Motion& m : p.motions) {
        m.moverId = map(m.moverId);
        for (Id& s : m.supporterIds)
            s = map(s);
    }
    QMap<Id, VoteChoice> named;
    for (auto it = p.vote.named.cbegin(); it != p.vote.named.cend(); ++it)
        named.insert(map(it.key()), it.value());
    p.vote.named = named;
    for (Reservation& r : p.reservations)
        r.participantId = map(r.participantId);
    for (ProtocolNote& n : p.notes)
        n.participantId = map(n.participantId);
    return p;
}

} // namespace paragraf
