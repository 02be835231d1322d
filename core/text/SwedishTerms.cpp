#include "SwedishTerms.h"

#include <QStringList>
#include <array>

namespace paragraf {

QString swedishRoleLabel(MemberRole role) {
    switch (role) {
    case MemberRole::Chair:
        return QStringLiteral("ordförande");
    case MemberRole::FirstViceChair:
        return QStringLiteral("1:e vice ordförande");
    case MemberRole::SecondViceChair:
        return QStringLiteral("2:e vice ordförande");
    case MemberRole::Member:
        return QStringLiteral("ledamot");
    case MemberRole::Substitute:
        return QStringLiteral("ersättare");
    case MemberRole::CoOpted:
        return QStringLiteral("adjungerad");
    }
    return {};
}

QString swedishDate(const QDate& date) {
    static const std::array<const char*, 7> days{"måndag", "tisdag", "onsdag", "torsdag",
                                                 "fredag", "lördag", "söndag"};
    static const std::array<const char*, 12> months{
        "januari", "februari", "mars",      "april",   "maj",      "juni",
        "juli",    "augusti",  "september", "oktober", "november", "december"};
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QString::fromUtf8(days[static_cast<size_t>(date.dayOfWeek() - 1)]))
        .arg(date.day())
        .arg(QString::fromUtf8(months[static_cast<size_t>(date.month() - 1)]))
        .arg(date.year());
}

QString swedishTimeSpan(const QTime& start, const QTime& end) {
    const auto clock = [](const QTime& t) {
        return t.toString(QStringLiteral("HH.mm"));
    };
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return QStringLiteral("kl. ") + clock(start);
    return QStringLiteral("kl. ") + clock(start) + QChar(0x2013) + clock(end);
}

QString swedishForm(MeetingForm form) {
    switch (form) {
    case MeetingForm::Physical:
        return QStringLiteral("fysiskt");
    case MeetingForm::Digital:
        return QStringLiteral("digitalt");
    case MeetingForm::Hybrid:
        return QStringLiteral("hybridmöte");
    }
    return {};
}

QString swedishStatus(MeetingStatus status) {
    switch (status) {
    case MeetingStatus::Planned:
        return QStringLiteral("planerat");
    case MeetingStatus::Called:
        return QStringLiteral("kallat");
    case MeetingStatus::InProgress:
        return QStringLiteral("pågår");
    case MeetingStatus::Draft:
        return QStringLiteral("utkast");
    case MeetingStatus::OutForAdjustment:
        return QStringLiteral("för justering");
    case MeetingStatus::Adjusted:
        return QStringLiteral("justerat");
    case MeetingStatus::Announced:
        return QStringLiteral("anslaget");
    case MeetingStatus::Archived:
        return QStringLiteral("arkiverat");
    }
    return {};
}

QString swedishNameList(const QStringList& names) {
    if (names.size() <= 1)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" och ") +
           names.last();
}

QString describeParticipant(const Participant& p) {
    QString text = p.name;
    if (!p.party.isEmpty())
        text += QStringLiteral(" (%1)").arg(p.party);
    if (!p.organisation.isEmpty())
        text += QStringLiteral(", ") + p.organisation;
    const bool roleWorthSaying =
        !isDecisionMaker(p.kind) || p.roleLabel.contains(QStringLiteral("ordförande"));
    if (roleWorthSaying && !p.roleLabel.isEmpty())
        text += QStringLiteral(", ") + p.roleLabel;
    return text;
}

QString swedishScheduleKind(ScheduleKind kind) {
    switch (kind) {
    case ScheduleKind::Ordinary:
        return QStringLiteral("sammanträde");
    case ScheduleKind::FullDay:
        return QStringLiteral("heldag");
    case ScheduleKind::PlanningDay:
        return QStringLiteral("planeringsdag");
    case ScheduleKind::CheckIn:
        return QStringLiteral("kort avstämning");
    case ScheduleKind::TwoDay:
        return QStringLiteral("tvådagarsinternat");
    }
    return {};
}

QString swedishNextMeetingNote(const ScheduleEntry& entry) {
    QStringList parts;
    if (entry.start.isValid() && entry.end.isValid())
        parts << swedishTimeSpan(entry.start, entry.end);
    parts << (entry.place.isEmpty() ? swedishForm(entry.form) : entry.place);
    return parts.join(QStringLiteral(", "));
}

} // namespace paragraf
