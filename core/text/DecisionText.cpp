#include "DecisionText.h"

#include "SwedishTerms.h"
#include "rules/AttendanceTimeline.h"
#include "rules/Proceedings.h"

namespace paragraf {
namespace {

QString sentence(QString text) {
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!')) &&
        !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    return text;
}

QString genitive(const QString& name) {
    const QChar last = name.isEmpty() ? QChar() : name.back().toLower();
    return last == QLatin1Char('s') || last == QLatin1Char('x') || last == QLatin1Char('z')
               ? name
               : name + QLatin1Char('s');
}

QString moverName(const MeetingRecord& record, const Motion& m) {
    const Participant* who = record.participant(m.moverId);
    return who ? who->name : QString();
}

// "bifall", "avslag", "återremiss", "Cecilia Carlssons yrkande": a motion as the chair puts it.
QString motionAsPut(const MeetingRecord& record, const Motion& m) {
    switch (m.kind) {
    case MotionKind::Approval:
        return QStringLiteral("bifall");
    case MotionKind::Rejection:
        return QStringLiteral("avslag");
    case MotionKind::Referral:
        return QStringLiteral("återremiss");
    case MotionKind::Amendment:
        return genitive(moverName(record, m)) + QStringLiteral(" yrkande");
    }
    return {};
}

// "bifalla förslaget", "avslå förslaget", "återremittera ärendet", "enligt Cecilia Carlssons
// yrkande": what the body decides when a motion is carried.
QString motionAsDecided(const MeetingRecord& record, const Motion& m) {
    switch (m.kind) {
    case MotionKind::Approval:
        return QStringLiteral("bifalla förslaget");
    case MotionKind::Rejection:
        return QStringLiteral("avslå förslaget");
    case MotionKind::Referral:
        return QStringLiteral("återremittera ärendet");
    case MotionKind::Amendment:
        return QStringLiteral("enligt ") + genitive(moverName(record, m)) +
               QStringLiteral(" yrkande");
    }
    return {};
}

// A motion of approval or rejection with words of its own keeps them: "… yrkar bifall till
// förslaget med tillägget att …" as typed when they go on the sentence ("med …", "och …"),
// otherwise after `lead` (a colon; for a rejection "med motiveringen:").
QString withOwnWords(const QString& motion, const QString& ownWords, const QString& lead) {
    const QString words = ownWords.trimmed();
    if (words.isEmpty())
        return motion + QLatin1Char('.');
    if (words.startsWith(QStringLiteral("med ")) || words.startsWith(QStringLiteral("och ")))
        return motion + QLatin1Char(' ') + sentence(words);
    return motion + lead + QLatin1Char(' ') + sentence(words);
}

QString motionSentence(const MeetingRecord& record, const Motion& m) {
    const QString who = personInProceedings(record, m.moverId);
    QString text;
    switch (m.kind) {
    case MotionKind::Approval:
        text = withOwnWords(QStringLiteral("%1 yrkar bifall till förslaget").arg(who), m.text,
                            QStringLiteral(":"));
        break;
    case MotionKind::Rejection:
        text = withOwnWords(QStringLiteral("%1 yrkar avslag").arg(who), m.text,
                            QStringLiteral(" med motiveringen:"));
        break;
    case MotionKind::Referral:
        text = m.text.trimmed().isEmpty()
                   ? QStringLiteral("%1 yrkar att ärendet återremitteras.").arg(who)
                   : QStringLiteral("%1 yrkar att ärendet återremitteras med motiveringen: %2")
                         .arg(who, sentence(m.text));
        break;
    case MotionKind::Amendment:
        text = m.text.trimmed().startsWith(QStringLiteral("att "))
                   ? QStringLiteral("%1 yrkar %2").arg(who, sentence(m.text))
                   : QStringLiteral("%1 yrkar: %2").arg(who, sentence(m.text));
        break;
    }
    QStringList supporters;
    for (Id s : m.supporterIds)
        supporters << personInProceedings(record, s);
    if (!supporters.isEmpty())
        text += QLatin1Char(' ') + swedishNameList(supporters) + QStringLiteral(" instämmer.");
    if (m.withdrawn)
        text += QLatin1Char(' ') + QStringLiteral("%1 återtar sitt yrkande.").arg(who);
    return text;
}

// The motions the chair put, in the order put; without an order, every standing motion.
QList<int> motionsPut(const Proceedings& p) {
    QList<int> put;
    for (int i = 0; i < p.motions.size(); ++i)
        if (!p.motions[i].withdrawn && p.motions[i].putOrder > 0)
            put << i;
    std::stable_sort(put.begin(), put.end(),
                     [&](int a, int b) { return p.motions[a].putOrder < p.motions[b].putOrder; });
    if (put.isEmpty())
        for (int i = 0; i < p.motions.size(); ++i)
            if (!p.motions[i].withdrawn)
                put << i;
    return put;
}

QString votes(int count, const QString& singular, const QString& plural) {
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

QString voteSentences(const MeetingRecord& record, const Paragraph& paragraph,
                      const ParagraphAttendance& attendance) {
    const Proceedings& p = paragraph.proceedings;
    const VoteRecord& v = p.vote;
    const QString body = bodyAsSubject(record.body);
    QStringList text;
    text << (v.closed ? QStringLiteral("Sluten omröstning begärs och verkställs.")
                      : QStringLiteral("Omröstning begärs och verkställs."));
    if (v.yesMotion >= 0 && v.noMotion >= 0 && v.yesMotion < p.motions.size() &&
        v.noMotion < p.motions.size())
        text << QStringLiteral("Följande propositionsordning godkänns: ja-röst för %1, nej-röst "
                               "för %2.")
                    .arg(motionAsPut(record, p.motions[v.yesMotion]),
                         motionAsPut(record, p.motions[v.noMotion]));
    const VoteOutcome outcome = countVote(v, attendance, record.meeting.chairId);
    QString tally = votes(outcome.yes, QStringLiteral("ja-röst"), QStringLiteral("ja-röster")) +
                    QStringLiteral(" mot ") +
                    votes(outcome.no, QStringLiteral("nej-röst"), QStringLiteral("nej-röster"));
    if (outcome.abstain > 0)
        tally += QStringLiteral(", %1 avstår").arg(outcome.abstain);
    const QString decided = outcome.winner >= 0 && outcome.winner < p.motions.size()
                                ? motionAsDecided(record, p.motions[outcome.winner])
                                : QString();
    switch (outcome.settled) {
    case VoteOutcome::Settled::Majority:
        // "Med 8 ja-röster mot 6 nej-röster, 1 avstår, beslutar …": the aside closed by a comma.
        text << QStringLiteral("Med %1%2 beslutar %3 %4.")
                    .arg(tally, outcome.abstain > 0 ? QStringLiteral(",") : QString(), body,
                         decided);
        break;
    case VoteOutcome::Settled::CastingVote:
        text << QStringLiteral("Omröstningen utfaller med %1. Ordföranden använder sin "
                               "utslagsröst, och %2 beslutar %3.")
                    .arg(tally, body, decided);
        break;
    case VoteOutcome::Settled::Lot:
        text << QStringLiteral("Omröstningen utfaller med %1. Lotten avgör, och %2 beslutar %3.")
                    .arg(tally, body, decided);
        break;
    case VoteOutcome::Settled::Undecided:
        text << QStringLiteral("Omröstningen utfaller med %1 och är inte avgjord.").arg(tally);
        break;
    }
    return text.join(QLatin1Char(' '));
}

QList<QStringList> voteTable(const MeetingRecord& record, const Paragraph& paragraph,
                             const ParagraphAttendance& attendance) {
    const VoteRecord& v = paragraph.proceedings.vote;
    QList<QStringList> rows{{QStringLiteral("Ledamot"), QStringLiteral("Ja"), QStringLiteral("Nej"),
                             QStringLiteral("Avstår")}};
    int yes = 0, no = 0, abstain = 0;
    for (const Participant& who : record.participants) {
        if (!takesPart(attendance, who.id))
            continue;
        QString name =
            who.name + (who.party.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(who.party));
        if (const Participant* member = record.participant(attendance.substituteFor.value(who.id)))
            name += QStringLiteral(", ersätter ") + member->name;
        const auto choice = v.named.constFind(who.id);
        const auto mark = [&](VoteChoice c) {
            return choice != v.named.cend() && *choice == c ? QStringLiteral("X") : QString();
        };
        if (choice != v.named.cend())
            (*choice == VoteChoice::Yes ? yes : *choice == VoteChoice::No ? no : abstain)++;
        rows << QStringList{name, mark(VoteChoice::Yes), mark(VoteChoice::No),
                            mark(VoteChoice::Abstain)};
    }
    rows << QStringList{QStringLiteral("Summa"), QString::number(yes), QString::number(no),
                        QString::number(abstain)};
    return rows;
}

} // namespace

QString bodyAsSubject(const Body& body) {
    const QString heading = body.decisionHeading.trimmed();
    if (heading.endsWith(QStringLiteral("s beslut")) && heading.count(QLatin1Char(' ')) == 1)
        return heading.left(heading.size() - 8).toLower();
    return QStringLiteral("nämnden");
}

QString personInProceedings(const MeetingRecord& record, Id participantId) {
    const Participant* who = record.participant(participantId);
    if (!who)
        return {};
    return who->party.isEmpty() ? who->name : QStringLiteral("%1 (%2)").arg(who->name, who->party);
}

QList<ParagraphPart> proceedingsBeforeDecision(const MeetingRecord& record, const Paragraph& p) {
    const Proceedings& proceedings = p.proceedings;
    if (proceedings.isEmpty())
        return {};
    const ParagraphAttendance attendance = attendanceAt(record, p.id);
    QList<ParagraphPart> parts;
    if (!proceedings.wording.trimmed().isEmpty()) {
        parts.append({ParagraphPart::Markdown, proceedings.wording.trimmed(), {}});
    } else {
        QStringList motions;
        for (const Motion& m : proceedings.motions)
            motions << motionSentence(record, m);
        if (!motions.isEmpty())
            parts.append({ParagraphPart::Proceeding, motions.join(QLatin1Char(' ')),
                          QStringLiteral("Yrkanden")});
        const int finding = proceedings.adoptedMotion;
        if (finding >= 0 && finding < proceedings.motions.size()) {
            QStringList put;
            for (int i : motionsPut(proceedings))
                put << motionAsPut(record, proceedings.motions[i]);
            parts.append({ParagraphPart::Proceeding,
                          QStringLiteral("Ordföranden ställer proposition på %1 och finner att %2 "
                                         "beslutar %3.")
                              .arg(swedishNameList(put), bodyAsSubject(record.body),
                                   motionAsDecided(record, proceedings.motions[finding])),
                          QStringLiteral("Propositionsordning")});
        }
        if (proceedings.vote.held)
            parts.append({ParagraphPart::Proceeding, voteSentences(record, p, attendance),
                          QStringLiteral("Omröstning")});
    }
    if (proceedings.vote.held && !proceedings.vote.closed)
        parts.append({ParagraphPart::Table, {}, {}, voteTable(record, p, attendance)});
    return parts;
}

QList<ParagraphPart> proceedingsAfterDecision(const MeetingRecord& record, const Paragraph& p) {
    // Printed also after the secretary's own wording, which stands for the sentences before
    // the decision: a reservation and a protocol note are the members' own statements.
    const Proceedings& proceedings = p.proceedings;
    QList<ParagraphPart> parts;
    QStringList plain;
    for (const Reservation& r : proceedings.reservations) {
        const QString who = personInProceedings(record, r.participantId);
        if (!r.reason.trimmed().isEmpty())
            parts.append({ParagraphPart::Proceeding,
                          QStringLiteral("%1 reserverar sig mot beslutet med följande "
                                         "motivering: %2")
                              .arg(who, sentence(r.reason)),
                          QStringLiteral("Reservation")});
        else if (r.reasonPending)
            parts.append({ParagraphPart::Proceeding,
                          QStringLiteral("%1 reserverar sig mot beslutet och lämnar en skriftlig "
                                         "reservation.")
                              .arg(who),
                          QStringLiteral("Reservation")});
        else
            plain << who;
    }
    if (!plain.isEmpty())
        parts.prepend(
            {ParagraphPart::Proceeding,
             QStringLiteral("%1 reserverar sig mot beslutet.").arg(swedishNameList(plain)),
             QStringLiteral("Reservation")});
    for (const ProtocolNote& n : proceedings.notes)
        parts.append({ParagraphPart::Proceeding,
                      QStringLiteral("%1 lämnar följande protokollsanteckning: %2")
                          .arg(personInProceedings(record, n.participantId), sentence(n.text)),
                      QStringLiteral("Protokollsanteckning")});
    return parts;
}

} // namespace paragraf
