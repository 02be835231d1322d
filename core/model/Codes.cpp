#include "Codes.h"

#include <array>
#include <utility>

namespace paragraf {
namespace {

template <typename Enum, std::size_t N>
using CodeTable = std::array<std::pair<Enum, const char*>, N>;

constexpr CodeTable<OrganisationKind, 5> organisationKinds{{
    {OrganisationKind::Municipality, "municipality"},
    {OrganisationKind::Region, "region"},
    {OrganisationKind::CountyBoard, "county_board"},
    {OrganisationKind::Association, "association"},
    {OrganisationKind::Other, "other"},
}};
constexpr CodeTable<BodyKind, 2> bodyKinds{{
    {BodyKind::Deciding, "deciding"},
    {BodyKind::Notes, "notes"},
}};
constexpr CodeTable<MemberRole, 6> memberRoles{{
    {MemberRole::Chair, "chair"},
    {MemberRole::FirstViceChair, "first_vice_chair"},
    {MemberRole::SecondViceChair, "second_vice_chair"},
    {MemberRole::Member, "member"},
    {MemberRole::Substitute, "substitute"},
    {MemberRole::CoOpted, "co_opted"},
}};
constexpr CodeTable<MeetingForm, 3> meetingForms{{
    {MeetingForm::Physical, "physical"},
    {MeetingForm::Digital, "digital"},
    {MeetingForm::Hybrid, "hybrid"},
}};
constexpr CodeTable<MeetingStatus, 8> meetingStatuses{{
    {MeetingStatus::Planned, "planned"},
    {MeetingStatus::Called, "called"},
    {MeetingStatus::InProgress, "in_progress"},
    {MeetingStatus::Draft, "draft"},
    {MeetingStatus::OutForAdjustment, "out_for_adjustment"},
    {MeetingStatus::Adjusted, "adjusted"},
    {MeetingStatus::Announced, "announced"},
    {MeetingStatus::Archived, "archived"},
}};
constexpr CodeTable<ParticipantKind, 5> participantKinds{{
    {ParticipantKind::Member, "member"},
    {ParticipantKind::Substitute, "substitute"},
    {ParticipantKind::CoOpted, "co_opted"},
    {ParticipantKind::Official, "official"},
    {ParticipantKind::Guest, "guest"},
}};
constexpr CodeTable<AttendanceEventKind, 6> attendanceEventKinds{{
    {AttendanceEventKind::Arrive, "arrive"},
    {AttendanceEventKind::Leave, "leave"},
    {AttendanceEventKind::ServeStart, "serve_start"},
    {AttendanceEventKind::ServeEnd, "serve_end"},
    {AttendanceEventKind::Jav, "jav"},
    {AttendanceEventKind::Preside, "preside"},
}};
constexpr CodeTable<ParagraphKind, 2> paragraphKinds{{
    {ParagraphKind::Decision, "decision"},
    {ParagraphKind::Information, "information"},
}};
constexpr CodeTable<ScheduleKind, 5> scheduleKinds{{
    {ScheduleKind::Ordinary, "ordinary"},
    {ScheduleKind::FullDay, "full_day"},
    {ScheduleKind::PlanningDay, "planning_day"},
    {ScheduleKind::CheckIn, "check_in"},
    {ScheduleKind::TwoDay, "two_day"},
}};
constexpr CodeTable<SignatoryRole, 3> signatoryRoles{{
    {SignatoryRole::Secretary, "secretary"},
    {SignatoryRole::Chair, "chair"},
    {SignatoryRole::Adjuster, "adjuster"},
}};
constexpr CodeTable<SigningMethod, 3> signingMethods{{
    {SigningMethod::InPerson, "in_person"},
    {SigningMethod::OnPaper, "on_paper"},
    {SigningMethod::Refused, "refused"},
}};
constexpr CodeTable<RemarkState, 3> remarkStates{{
    {RemarkState::Open, "open"},
    {RemarkState::Accepted, "accepted"},
    {RemarkState::Rejected, "rejected"},
}};
constexpr CodeTable<MotionKind, 4> motionKinds{{
    {MotionKind::Approval, "approval"},
    {MotionKind::Rejection, "rejection"},
    {MotionKind::Referral, "referral"},
    {MotionKind::Amendment, "amendment"},
}};
constexpr CodeTable<VoteChoice, 3> voteChoices{{
    {VoteChoice::Yes, "yes"},
    {VoteChoice::No, "no"},
    {VoteChoice::Abstain, "abstain"},
}};
constexpr CodeTable<AssignmentStatus, 3> assignmentStatuses{{
    {AssignmentStatus::Open, "open"},
    {AssignmentStatus::Done, "done"},
    {AssignmentStatus::Cancelled, "cancelled"},
}};
constexpr CodeTable<HolderKind, 3> holderKinds{{
    {HolderKind::Person, "person"},
    {HolderKind::Organisation, "organisation"},
    {HolderKind::Group, "group"},
}};
constexpr CodeTable<ReferralKind, 2> referralKinds{{
    {ReferralKind::Refer, "refer"},
    {ReferralKind::Raise, "raise"},
}};
constexpr CodeTable<TextField, 3> textFields{{
    {TextField::Title, "title"},
    {TextField::Decision, "decision"},
    {TextField::Section, "section"},
}};

template <typename Enum> constexpr const auto& tableFor() {
    if constexpr (std::is_same_v<Enum, OrganisationKind>)
        return organisationKinds;
    else if constexpr (std::is_same_v<Enum, BodyKind>)
        return bodyKinds;
    else if constexpr (std::is_same_v<Enum, MemberRole>)
        return memberRoles;
    else if constexpr (std::is_same_v<Enum, MeetingForm>)
        return meetingForms;
    else if constexpr (std::is_same_v<Enum, MeetingStatus>)
        return meetingStatuses;
    else if constexpr (std::is_same_v<Enum, ParticipantKind>)
        return participantKinds;
    else if constexpr (std::is_same_v<Enum, AttendanceEventKind>)
        return attendanceEventKinds;
    else if constexpr (std::is_same_v<Enum, ScheduleKind>)
        return scheduleKinds;
    else if constexpr (std::is_same_v<Enum, SignatoryRole>)
        return signatoryRoles;
    else if constexpr (std::is_same_v<Enum, SigningMethod>)
        return signingMethods;
    else if constexpr (std::is_same_v<Enum, RemarkState>)
        return remarkStates;
    else if constexpr (std::is_same_v<Enum, TextField>)
        return textFields;
    else if constexpr (std::is_same_v<Enum, MotionKind>)
        return motionKinds;
    else if constexpr (std::is_same_v<Enum, VoteChoice>)
        return voteChoices;
    else if constexpr (std::is_same_v<Enum, AssignmentStatus>)
        return assignmentStatuses;
    else if constexpr (std::is_same_v<Enum, HolderKind>)
        return holderKinds;
    else if constexpr (std::is_same_v<Enum, ReferralKind>)
        return referralKinds;
    else
        return paragraphKinds;
}

template <typename Enum> QString lookUpCode(Enum value) {
    for (const auto& [entry, code] : tableFor<Enum>())
        if (entry == value)
            return QString::fromLatin1(code);
    return {};
}

} // namespace

QString codeOf(OrganisationKind value) {
    return lookUpCode(value);
}
QString codeOf(BodyKind value) {
    return lookUpCode(value);
}
QString codeOf(MemberRole value) {
    return lookUpCode(value);
}
QString codeOf(MeetingForm value) {
    return lookUpCode(value);
}
QString codeOf(MeetingStatus value) {
    return lookUpCode(value);
}
QString codeOf(ParticipantKind value) {
    return lookUpCode(value);
}
QString codeOf(AttendanceEventKind value) {
    return lookUpCode(value);
}
QString codeOf(ParagraphKind value) {
    return lookUpCode(value);
}
QString codeOf(ScheduleKind value) {
    return lookUpCode(value);
}
QString codeOf(SignatoryRole value) {
    return lookUpCode(value);
}
QString codeOf(SigningMethod value) {
    return lookUpCode(value);
}
QString codeOf(RemarkState value) {
    return lookUpCode(value);
}
QString codeOf(TextField value) {
    return lookUpCode(value);
}
QString codeOf(MotionKind value) {
    return lookUpCode(value);
}
QString codeOf(VoteChoice value) {
    return lookUpCode(value);
}
QString codeOf(AssignmentStatus value) {
    return lookUpCode(value);
}
QString codeOf(HolderKind value) {
    return lookUpCode(value);
}
QString codeOf(ReferralKind value) {
    return lookUpCode(value);
}

template <typename Enum> std::optional<Enum> enumFromCode(const QString& code) {
    for (const auto& [entry, text] : tableFor<Enum>())
        if (code == QLatin1String(text))
            return entry;
    return std::nullopt;
}

template <typename Enum> QStringList allCodes() {
    QStringList codes;
    for (const auto& entry : tableFor<Enum>())
        codes << QString::fromLatin1(entry.second);
    return codes;
}

#define PARAGRAF_INSTANTIATE_CODES(Enum)                                                           \
    template std::optional<Enum> enumFromCode<Enum>(const QString&);                               \
    template QStringList allCodes<Enum>();
PARAGRAF_INSTANTIATE_CODES(OrganisationKind)
PARAGRAF_INSTANTIATE_CODES(BodyKind)
PARAGRAF_INSTANTIATE_CODES(MemberRole)
PARAGRAF_INSTANTIATE_CODES(MeetingForm)
PARAGRAF_INSTANTIATE_CODES(MeetingStatus)
PARAGRAF_INSTANTIATE_CODES(ParticipantKind)
PARAGRAF_INSTANTIATE_CODES(AttendanceEventKind)
PARAGRAF_INSTANTIATE_CODES(ParagraphKind)
PARAGRAF_INSTANTIATE_CODES(ScheduleKind)
PARAGRAF_INSTANTIATE_CODES(SignatoryRole)
PARAGRAF_INSTANTIATE_CODES(SigningMethod)
PARAGRAF_INSTANTIATE_CODES(RemarkState)
PARAGRAF_INSTANTIATE_CODES(TextField)
PARAGRAF_INSTANTIATE_CODES(MotionKind)
PARAGRAF_INSTANTIATE_CODES(VoteChoice)
PARAGRAF_INSTANTIATE_CODES(AssignmentStatus)
PARAGRAF_INSTANTIATE_CODES(HolderKind)
PARAGRAF_INSTANTIATE_CODES(ReferralKind)
#undef PARAGRAF_INSTANTIATE_CODES

} // namespace paragraf
