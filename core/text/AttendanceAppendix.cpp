#include "AttendanceAppendix.h"

#include "rules/AttendanceTimeline.h"
#include "rules/ParagraphRanges.h"
#include "rules/Proceedings.h"

namespace paragraf {
namespace {

constexpr int votesPerTable = 10;

// The paragraph numbers at the given positions of the meeting.
QList<int> numbersAt(const MeetingRecord& record, const QList<int>& positions) {
    QList<int> numbers;
    for (int position : positions)
        if (position >= 0 && position < record.paragraphs.size())
            numbers << record.paragraphs[position].number;
    return numbers;
}

// "X" when present throughout, "§§ 3–12" when for part of the meeting, "–" when absent.
QString presence(const MeetingRecord& record, const AttendanceTimeline& timeline,
                 const Participant& member) {
    if (record.paragraphs.isEmpty())
        return timeline.atStart().present.contains(member.id) ? QStringLiteral("X")
                                                              : QStringLiteral("–");
    const QList<int> positions = timeline.presentPositions(member.id);
    if (positions.isEmpty())
        return QStringLiteral("–");
    if (positions.size() == record.paragraphs.size())
        return QStringLiteral("X");
    return formatParagraphList(numbersAt(record, positions));
}

// The substitutes who served in the member's seat, with their paragraphs when not all.
QString substitutesIn(const MeetingRecord& record, const AttendanceTimeline& timeline,
                      const Participant& member) {
    QStringList names;
    for (const Participant& p : record.participants) {
        if (p.kind != ParticipantKind::Substitute)
            continue;
        const QList<int> positions = timeline.positionsServingFor(p.id, member.id);
        const bool fromStartOnly = record.paragraphs.isEmpty() && p.servesForAtStart == member.id;
        if (positions.isEmpty() && !fromStartOnly)
            continue;
        QString name = p.party.isEmpty() || p.party == member.party
                           ? p.name
                           : QStringLiteral("%1 (%2)").arg(p.name, p.party);
        if (!fromStartOnly && positions.size() < record.paragraphs.size())
            name += QLatin1Char(' ') + formatParagraphList(numbersAt(record, positions));
        names << name;
    }
    return names.join(QStringLiteral("; "));
}

QString voteLetter(VoteChoice choice) {
    switch (choice) {
    case VoteChoice::Yes:
        return QStringLiteral("J");
    case VoteChoice::No:
        return QStringLiteral("N");
    case VoteChoice::Abstain:
        break;
    }
    return QStringLiteral("A");
}

// The seat's vote: the member's own, or that of the substitute serving in the seat then.
QString seatVote(const Paragraph& paragraph, const ParagraphAttendance& at, Id memberId) {
    const auto& named = paragraph.proceedings.vote.named;
    if (named.contains(memberId) && takesPart(at, memberId))
        return voteLetter(named.value(memberId));
    for (auto it = at.substituteFor.cbegin(); it != at.substituteFor.cend(); ++it)
        if (it.value() == memberId && named.contains(it.key()) && takesPart(at, it.key()))
            return voteLetter(named.value(it.key()));
    return {};
}

QList<const Paragraph*> namedVotes(const MeetingRecord& record) {
    QList<const Paragraph*> votes;
    for (const Paragraph& p : record.paragraphs)
        if (p.proceedings.vote.held && !p.proceedings.vote.closed)
            votes << &p;
    return votes;
}

QList<int> widthsFor(int votes) {
    if (votes == 0)
        return {38, 8, 14, 40};
    const int left = 100 - 5 * votes;
    // Name, party, presence and substitutes share what the vote columns leave.
    const int party = 5, present = 9;
    const int name = (left - party - present) * 58 / 100;
    QList<int> widths{name, party, present, left - party - present - name};
    for (int i = 0; i < votes; ++i)
        widths << 5;
    return widths;
}

AppendixTable tableFor(const MeetingRecord& record, const AttendanceTimeline& timeline,
                       const QList<const Paragraph*>& votes) {
    AppendixTable table;
    table.widths = widthsFor(int(votes.size()));
    QStringList header{QStringLiteral("Ledamot"), QStringLiteral("Parti"),
                       QStringLiteral("Närvaro"), QStringLiteral("Tjänstgörande ersättare")};
    for (const Paragraph* p : votes)
        header << QStringLiteral("§ %1").arg(p->number);
    table.rows << header;
    QList<QList<int>> sums(3, QList<int>(votes.size(), 0));
    for (const Participant& member : record.participants) {
        if (member.kind != ParticipantKind::Member)
            continue;
        QStringList row{member.name, member.party, presence(record, timeline, member),
                        substitutesIn(record, timeline, member)};
        for (int v = 0; v < votes.size(); ++v) {
            const ParagraphAttendance* at = timeline.at(votes[v]->id);
            const QString letter = at ? seatVote(*votes[v], *at, member.id) : QString();
            row << letter;
            if (!letter.isEmpty())
                ++sums[letter == QLatin1String("J") ? 0 : letter == QLatin1String("N") ? 1 : 2][v];
        }
        table.rows << row;
    }
    if (votes.isEmpty())
        return table;
    const QStringList labels{QStringLiteral("Summa ja"), QStringLiteral("Summa nej"),
                             QStringLiteral("Summa avstår")};
    for (int s = 0; s < 3; ++s) {
        QStringList row{labels[s], QString(), QString(), QString()};
        for (int count : sums[s])
            row << QString::number(count);
        table.rows << row;
    }
    return table;
}

} // namespace

AttendanceAppendix attendanceAppendix(const MeetingRecord& record) {
    AttendanceAppendix appendix;
    appendix.title = QStringLiteral("Bilaga 1: Närvaro- och voteringslista");
    const auto timeline = timelineOf(record);
    const QList<const Paragraph*> votes = namedVotes(record);
    appendix.legend = QStringLiteral("Närvaro: X hela sammanträdet, annars de paragrafer "
                                     "ledamoten var närvarande; – frånvarande.");
    if (!votes.isEmpty())
        appendix.legend += QStringLiteral(" Omröstningar per paragraf: J ja, N nej, A avstår; "
                                          "tomt: platsen deltog inte i beslutet. En ersättares "
                                          "röst står på den ledamots rad som hen ersatte.");
    if (votes.isEmpty())
        appendix.tables << tableFor(record, timeline, {});
    for (qsizetype first = 0; first < votes.size(); first += votesPerTable)
        appendix.tables << tableFor(record, timeline, votes.mid(first, votesPerTable));
    for (const Paragraph& p : record.paragraphs) {
        const VoteRecord& vote = p.proceedings.vote;
        if (vote.held && vote.closed)
            appendix.notes << QStringLiteral("§ %1: sluten omröstning, %2 ja, %3 nej, %4 avstår.")
                                  .arg(p.number)
                                  .arg(vote.closedYes)
                                  .arg(vote.closedNo)
                                  .arg(vote.closedAbstain);
    }
    return appendix;
}

} // namespace paragraf
