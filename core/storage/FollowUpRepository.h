#pragma once

#include "Result.h"
#include "model/AssignmentSelection.h"
#include "model/FollowUp.h"
#include "model/Paragraph.h"

#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// Assignments, referrals and attributed remarks. Writes run inside the caller's transaction.
class FollowUpRepository {
public:
    explicit FollowUpRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    // What a paragraph made, brought to `made`: rows kept by id are updated (their facts only,
    // never how they ended), new ones inserted as given, missing ones deleted.
    Status write(Id paragraphId, const FollowUp& made);
    // One item at `position` among the paragraph's of its kind (-1: last), the rest moved down;
    // removing one closes the gap. Nothing else of the paragraph is written: two writers adding
    // to the same paragraph never erase each other.
    Result<Id> insertAssignment(Id paragraphId, const Assignment& assignment, int position);
    Result<Id> insertReferral(Id paragraphId, const Referral& referral, int position);
    Result<Id> insertViewpoint(Id paragraphId, const Viewpoint& viewpoint, int position);
    using Kind = FollowUpItemKind;
    Status remove(Kind kind, Id itemId);
    // The paragraph an item belongs to; fails when the item is gone.
    Result<Id> paragraphOf(Kind kind, Id itemId) const;
    // What the paragraph made as stored now (its assignments, referrals and remarks).
    Result<FollowUp> madeAt(Id paragraphId) const;
    // Fills `followUp` of the paragraphs of one meeting.
    Status loadInto(Id meetingId, QList<Paragraph>& paragraphs) const;

    Result<QList<AssignmentRow>> assignments(const AssignmentSelection& selection) const;
    Result<AssignmentRow> assignment(Id assignmentId) const;
    Result<QList<ReferralRow>> referralsTo(Id bodyId) const;
    // Whether the body has assignments, or matters referred to it, at all.
    Result<bool> anyCarriedTo(Id bodyId) const;
    Result<ReferralRow> referral(Id referralId) const;
    Result<ParagraphReference> reference(Id paragraphId) const;
    // The assignment or referral at `position` of the paragraph `origin` names by body name,
    // meeting date and number (FollowUpItems.cpp); fails with `missing` when there is none.
    Result<Id> itemAt(Kind kind, const ParagraphReference& origin, int position,
                      const QString& missing) const;

    Result<Id> personNamed(const QString& name) const; // the first of that name, or NoId
    Result<QList<AssignmentHolder>> organisations() const;

    Status close(Id assignmentId, const Assignment& ending); // status, note, closedOn, closedAt
    Status setTakenUp(Id referralId, Id paragraphId);        // NoId: waiting again

private:
    Status writeAssignments(Id paragraphId, const QList<Assignment>& assignments);
    Status writeHolders(Id assignmentId, const QList<AssignmentHolder>& holders);
    Status writeReferrals(Id paragraphId, const QList<Referral>& referrals);
    Status writeViewpoints(Id paragraphId, const QList<Viewpoint>& viewpoints);
    Status writeSpeakers(Id viewpointId, const QList<Id>& speakerIds);
    Result<int> makeRoomAt(Kind kind, Id paragraphId, int position);
    Status loadMade(Id meetingId, QHash<Id, FollowUp*>& byParagraph) const;
    Status loadHolders(const QString& sql, Id bindId,
                       const std::function<Assignment*(Id)>& assignmentOf) const;
    Status loadViewpoints(Id meetingId, QHash<Id, FollowUp*>& byParagraph) const;
    Status loadDoneHere(Id meetingId, QHash<Id, FollowUp*>& byParagraph) const;

    QSqlDatabase m_connection;
};

} // namespace paragraf
