#include "FollowUpParts.h"

#include "SwedishTerms.h"

namespace paragraf {
namespace {

QString sentence(QString text) {
    text = text.trimmed();
    if (!text.isEmpty() && !QStringLiteral(".!?:").contains(text.back()))
        text += QLatin1Char('.');
    return text;
}

QString withoutFullStop(QString text) {
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString firstName(const QString& name) {
    return name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

} // namespace

QString holderNames(const QList<AssignmentHolder>& holders) {
    QStringList names;
    for (const auto& h : holders)
        names << h.name;
    return swedishNameList(names);
}

QString dueText(const QDate& due) {
    return due.isValid() ? QStringLiteral("senast ") + due.toString(Qt::ISODate)
                         : QStringLiteral("till nästa möte");
}

QString assignmentSentence(const Assignment& a) {
    const QString who =
        a.holders.size() > 1 ? QStringLiteral("Ansvariga") : QStringLiteral("Ansvarig");
    return QStringLiteral("%1 %2: %3. Redovisas %4.")
        .arg(sentence(a.text), who, holderNames(a.holders), dueText(a.due));
}

QString referralSentence(const Referral& r) {
    const QString head = r.kind == ReferralKind::Refer
                             ? QStringLiteral("Ärendet hänskjuts till %1.").arg(r.toBodyName)
                             : QStringLiteral("Frågan lyfts till %1.").arg(r.toBodyName);
    return r.note.trimmed().isEmpty() ? head : head + QLatin1Char(' ') + sentence(r.note);
}

QString referenceText(const ParagraphReference& r) {
    return QStringLiteral("%1 %2 § %3 %4")
        .arg(r.bodyName, r.meetingDate.toString(Qt::ISODate))
        .arg(r.number)
        .arg(r.title)
        .trimmed();
}

QString speakerNames(const MeetingRecord& record, const QList<Id>& participantIds) {
    QStringList names;
    for (Id id : participantIds) {
        const Participant* who = record.participant(id);
        if (!who)
            continue;
        const QString first = firstName(who->name);
        const bool shared = std::any_of(
            record.participants.begin(), record.participants.end(), [&](const Participant& other) {
                return other.id != who->id && firstName(other.name) == first;
            });
        names << (shared ? who->name : first);
    }
    return swedishNameList(names);
}

QString carriedLine(const AssignmentRow& row) {
    return QStringLiteral("%1 (%2 § %3): %4")
        .arg(row.origin.title, row.origin.meetingDate.toString(Qt::ISODate))
        .arg(row.origin.number)
        .arg(assignmentSentence(row.assignment));
}

QString closingText(const Assignment& a) {
    const QString how =
        a.status == AssignmentStatus::Done ? QStringLiteral("klart") : QStringLiteral("avbrutet");
    const QString head = QStringLiteral("%1 %2.").arg(how, a.closedOn.toString(Qt::ISODate));
    return a.note.trimmed().isEmpty() ? head : head + QLatin1Char(' ') + sentence(a.note);
}

bool isRemarksHeading(const QString& heading) {
    return heading.trimmed().startsWith(QStringLiteral("Synpunkter"), Qt::CaseInsensitive);
}

QList<ParagraphPart> viewpointParts(const MeetingRecord& record, const Paragraph& p) {
    QList<ParagraphPart> parts;
    for (const Viewpoint& v : p.followUp.viewpoints)
        parts.append(
            {ParagraphPart::Proceeding, v.text.trimmed(), speakerNames(record, v.speakerIds)});
    return parts;
}

QList<ParagraphPart> takenUpParts(const Paragraph& p) {
    QList<ParagraphPart> parts;
    for (const IncomingReferral& in : p.followUp.takenUpHere) {
        const QString how = in.referral.kind == ReferralKind::Refer
                                ? QStringLiteral("Ärendet har hänskjutits hit från %1.")
                                : QStringLiteral("Frågan har lyfts hit från %1.");
        parts.append({ParagraphPart::Fact, how.arg(referenceText(in.origin)), {}});
    }
    return parts;
}

QList<ParagraphPart> followUpAfterDecision(const Paragraph& p) {
    QList<ParagraphPart> parts;
    for (const Assignment& a : p.followUp.assignments)
        parts.append({ParagraphPart::Proceeding, assignmentSentence(a), QStringLiteral("Uppdrag")});
    for (const Referral& r : p.followUp.referrals)
        parts.append({ParagraphPart::Note, referralSentence(r), {}});
    for (const ClosedAssignment& c : p.followUp.closedHere)
        parts.append({ParagraphPart::Proceeding,
                      QStringLiteral("%1 (%2 § %3, %4) – %5")
                          .arg(withoutFullStop(c.assignment.text),
                               c.origin.meetingDate.toString(Qt::ISODate))
                          .arg(c.origin.number)
                          .arg(holderNames(c.assignment.holders), closingText(c.assignment)),
                      QStringLiteral("Uppdrag avslutat")});
    return parts;
}

} // namespace paragraf
