#pragma once

#include "AttendanceEvent.h"
#include "Body.h"
#include "FollowUp.h"
#include "Meeting.h"
#include "Membership.h"
#include "Organisation.h"
#include "Paragraph.h"
#include "Participant.h"
#include "Review.h"
#include "ScheduleEntry.h"
#include "Signature.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace paragraf {

// Stable text codes for the enums, shared by the database and the JSON interchange format.
// They are part of both formats: never rename one, only add.
QString codeOf(OrganisationKind value);
QString codeOf(BodyKind value);
QString codeOf(MemberRole value);
QString codeOf(MeetingForm value);
QString codeOf(MeetingStatus value);
QString codeOf(ParticipantKind value);
QString codeOf(AttendanceEventKind value);
QString codeOf(ParagraphKind value);
QString codeOf(ScheduleKind value);
QString codeOf(SignatoryRole value);
QString codeOf(SigningMethod value);
QString codeOf(RemarkState value);
QString codeOf(TextField value);
QString codeOf(MotionKind value);
QString codeOf(VoteChoice value);
QString codeOf(AssignmentStatus value);
QString codeOf(HolderKind value);
QString codeOf(ReferralKind value);

template <typename Enum> std::optional<Enum> enumFromCode(const QString& code);
template <typename Enum> QStringList allCodes();

} // namespace paragraf
