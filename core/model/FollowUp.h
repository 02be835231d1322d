#pragma once

#include "Ids.h"

#include <QDate>
#include <QList>
#include <QString>

namespace paragraf {

enum class AssignmentStatus { Open, Done, Cancelled };
// The three kinds of item a paragraph can make.
enum class FollowUpItemKind { Assignment, Referral, Viewpoint };
enum class HolderKind { Person, Organisation, Group };
// Hänskjuts till (the matter is handed over for decision) or lyfts till (a question is raised
// with a body that has the mandate, seed 000).
enum class ReferralKind { Refer, Raise };

// Who holds an assignment: a person on the roster (kept by person, not by membership, so the
// assignment outlives the mandate), an organisation, or a group named in words.
struct AssignmentHolder {
    HolderKind kind = HolderKind::Person;
    Id refId = NoId; // person or organisation; NoId for a group
    QString name;    // as the protocol says it

    bool operator==(const AssignmentHolder&) const = default;
};

// An uppdrag given at a paragraph. What, who and by when are part of the protocol; how it ended
// is recorded later (at a later meeting, or from the overview).
struct Assignment {
    Id id = NoId;
    QString text;
    QList<AssignmentHolder> holders;
    QDate due; // invalid: "till nästa möte"
    AssignmentStatus status = AssignmentStatus::Open;
    QString note;       // why it was closed or cancelled, what came of it
    QDate closedOn;     // set when not open
    Id closedAt = NoId; // the paragraph of a later meeting where it was closed, if any

    bool operator==(const Assignment&) const = default;
};

struct Referral {
    Id id = NoId;
    ReferralKind kind = ReferralKind::Refer;
    Id toBodyId = NoId;
    QString toBodyName;
    QString note;        // what the other body is asked, in words
    Id takenUpAt = NoId; // the receiving body's paragraph, once it has the matter on its table

    bool operator==(const Referral&) const = default;
};

// A remark in "Synpunkter från mötet" made by one or more of those present ("Sara: …").
struct Viewpoint {
    Id id = NoId;
    QList<Id> speakerIds; // participants
    QString text;

    bool operator==(const Viewpoint&) const = default;
};

// Where a follow-up came from, or where it went: a paragraph of some meeting.
struct ParagraphReference {
    Id paragraphId = NoId;
    Id meetingId = NoId;
    Id bodyId = NoId;
    QString bodyName;
    QDate meetingDate;
    int number = 0;
    QString title;

    bool operator==(const ParagraphReference&) const = default;
};

struct ClosedAssignment { // closed at this paragraph
    Assignment assignment;
    ParagraphReference origin;
    int position = 0; // among the assignments of its origin paragraph
    bool operator==(const ClosedAssignment&) const = default;
};

struct IncomingReferral { // referred from another body, taken up at this paragraph
    Referral referral;
    ParagraphReference origin;
    int position = 0; // among the referrals of its origin paragraph
    bool operator==(const IncomingReferral&) const = default;
};

// The follow-up of one paragraph. `assignments`, `referrals` and `viewpoints` were made here;
// `closedHere` and `takenUpHere` are what this paragraph did with matters of earlier meetings.
struct FollowUp {
    QList<Assignment> assignments;
    QList<Referral> referrals;
    QList<Viewpoint> viewpoints;
    QList<ClosedAssignment> closedHere;
    QList<IncomingReferral> takenUpHere;

    bool operator==(const FollowUp&) const = default;
    bool isEmpty() const {
        return assignments.isEmpty() && referrals.isEmpty() && viewpoints.isEmpty() &&
               closedHere.isEmpty() && takenUpHere.isEmpty();
    }
};

// An assignment as the overview and the next meeting see it: with its origin, and the day it
// is due (its own date, or the date of the body's next meeting after the one that gave it).
struct AssignmentRow {
    Assignment assignment;
    ParagraphReference origin;
    QDate dueOn;                 // invalid while "till nästa möte" has no meeting yet
    ParagraphReference closedAt; // paragraphId NoId when closed outside a meeting, or open
    int position = 0;            // among the assignments of its origin paragraph
};

// A matter referred to a body, as its list of incoming matters shows it.
struct ReferralRow {
    Referral referral;
    ParagraphReference origin;
    ParagraphReference takenUpAt; // paragraphId NoId while it waits
    int position = 0;             // among the referrals of its origin paragraph
};

// What a meeting has on its table from before: the assignments open from earlier meetings of its
// body (and those it closed), and the matters other bodies referred to it.
struct MeetingFollowUp {
    QList<AssignmentRow> assignments;
    QList<ReferralRow> incoming; // waiting, or taken up at this meeting
};

} // namespace paragraf
