#pragma once

#include "Result.h"
#include "model/AssignmentSelection.h"
#include "model/FollowUp.h"
#include "model/MeetingRecord.h"

namespace paragraf {

class Database;

// Assignments, referrals and attributed remarks. Every call validates and commits at once.
class FollowUpService {
public:
    explicit FollowUpService(const Database& database) : m_database(database) {}

    // What a paragraph made (its assignments' facts, referrals, remarks), replaced as a whole;
    // how earlier assignments ended is kept. Refused with the reason when something is missing.
    // For a paragraph nobody else writes to (an import); people at work add and remove items.
    Status setFollowUp(Id paragraphId, const FollowUp& made);

    // One item added to what the paragraph made, at `position` among its kind (-1: last), and
    // nothing else written: two writers adding to one paragraph never erase each other.
    Result<Id> addAssignment(Id paragraphId, const Assignment& assignment, int position = -1);
    Result<Id> addReferral(Id paragraphId, const Referral& referral, int position = -1);
    Result<Id> addViewpoint(Id paragraphId, const Viewpoint& viewpoint, int position = -1);
    // Removes the item `seen` (by its id) only while it is still as seen; when someone else
    // changed or removed it meanwhile, refused as ErrorKind::Conflict.
    Status removeAssignment(const Assignment& seen);
    Status removeReferral(const Referral& seen);
    Status removeViewpoint(const Viewpoint& seen);

    // Done or cancelled on `on`, at a paragraph of a later meeting of the body or (NoId)
    // outside a meeting. AssignmentStatus::Open opens it again.
    Status closeAssignment(Id assignmentId, const Assignment& ending);
    Status reopenAssignment(Id assignmentId);
    // The receiving body has the matter on its table at `paragraphId`; NoId: waiting again.
    Status takeUp(Id referralId, Id paragraphId);

    // Who can hold an assignment given at the meeting: those present, the body's roster on the
    // day, and the organisations in the file, each once.
    Result<QList<AssignmentHolder>> holderCandidates(const MeetingRecord& record) const;
    // The candidate of that name (a participant also by a first name no one else present has),
    // else a group named in words.
    Result<AssignmentHolder> holderNamed(const MeetingRecord& record, const QString& name) const;

    Result<QList<AssignmentRow>> assignments(const AssignmentSelection& selection) const;
    // The matters referred to a body, taken up or waiting.
    Result<QList<ReferralRow>> referralsTo(Id bodyId) const;
    // Where a paragraph stands (body, meeting, number), for naming it in a link.
    Result<ParagraphReference> reference(Id paragraphId) const;
    // The first person of that name in the file, or NoId.
    Result<Id> personNamed(const QString& name) const;
    Result<MeetingFollowUp> followUpOf(const Meeting& meeting) const;
    // "Uppföljning av uppdrag" at the end of the meeting, listing what is carried to it.
    Result<Id> addFollowUpParagraph(Id meetingId);

private:
    // Where the paragraph stands, once `made` has been checked against it.
    Result<ParagraphReference> checkMade(Id paragraphId, const FollowUp& made) const;
    template <typename Item, typename Same>
    Status removeSeen(FollowUpItemKind kind, const Item& seen, QList<Item> FollowUp::*list,
                      Same same);
    Status requireEditableAt(Id paragraphId) const;
    Status closingMayChange(const AssignmentRow& row) const;

    const Database& m_database;
};

} // namespace paragraf
