#pragma once

#include "Result.h"
#include "model/Participant.h"

#include <QList>

namespace paragraf {

// One participant as the roll call found them and as it leaves them.
struct RollCallChange {
    Participant before;
    Participant after;
};

// What a key press at the roll call (upprop) changes: the participants to write, and, when a
// member was marked absent but nobody could be called in, why (the member is absent all the
// same).
struct RollCallStep {
    QList<RollCallChange> changes;
    QString noSubstitute;
};

// The roll call records who is present from the start of the meeting (before the first
// paragraph), whatever paragraphs are already written.
namespace RollCall {

// Everyone on the list present: members and substitutes not yet marked present. Empty when all
// are; officials and guests are left as they are.
QList<RollCallChange> allPresent(const QList<Participant>& participants);

// The substitute called in for an absent member: the member's personal substitute, else the
// substitute of the same party first in the order of election (inkallelseordning) who is
// present and does not serve yet. Refused, saying why, when none is left.
Result<Id> nextSubstitute(const QList<Participant>& participants, Id memberId);

// A member absent from the start, and the next substitute (nextSubstitute()) serving for them
// from the start. A substitute marked absent stops serving, and the member they served for gets
// the next one.
Result<RollCallStep> markAbsent(const QList<Participant>& participants, Id participantId);

// Takes back markAbsent(): present again; a member's substitute no longer serves for them (and
// stays present, as substitutes are in the room at the roll call).
Result<RollCallStep> markPresent(const QList<Participant>& participants, Id participantId);

// A member or substitute by full name or by the start of a name (or of one of its words) that
// no one else on the list shares; refused naming the candidates when it fits more than one.
Result<Id> named(const QList<Participant>& participants, const QString& typed);

} // namespace RollCall
} // namespace paragraf
