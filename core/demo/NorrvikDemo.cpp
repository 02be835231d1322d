// An invented municipality, Norrvik, with the three bodies a new user of a kommun meets first:
// kommunfullmäktige (61 members, party substitutes called in by the order of election),
// kommunstyrelsen (13 members) and its arbetsutskott (5). The seat numbers follow a mid-sized
// Swedish municipality after the 2022 election; every person is invented.
#include "NorrvikDemo.h"

#include "DemoData.h"

namespace paragraf::demo {
namespace {

const char* const firstNames[] = {"Agneta",  "Bengt",  "Camilla",  "Dan",    "Elin",    "Fredrik",
                                  "Gunilla", "Hassan", "Ida",      "Jonas",  "Kerstin", "Leif",
                                  "Malin",   "Niklas", "Ann-Sofi", "Patrik", "Rebecka", "Stefan",
                                  "Therese", "Ulf",    "Viktoria", "Åsa",    "Örjan",   "Yasmin"};
const char* const lastNames[] = {"Axelsson", "Bergström", "Christensen", "Danielsson", "Eklund",
                                 "Falk",     "Granlund",  "Hedlund",     "Ibrahim",    "Jonsson",
                                 "Karlberg", "Lindqvist", "Mattsson",    "Nyström",    "Olsson",
                                 "Persson",  "Rask",      "Sandberg",    "Törnqvist",  "Uddén",
                                 "Vallin",   "Wikström",  "Åberg",       "Öhman"};

// Distinct invented names: for a fixed first name, the surname steps by one.
QString inventedName(int k) {
    const int first = k % 24;
    const int last = (k / 24 + 5 * first) % 24;
    return QString::fromUtf8(firstNames[first]) + QLatin1Char(' ') +
           QString::fromUtf8(lastNames[last]);
}

struct Seats {
    const char* party;
    int members;
    int substitutes;
};

// Kommunfullmäktige, 61 seats; about half as many substitutes, per party.
const Seats councilSeats[] = {{"S", 20, 10}, {"M", 13, 7}, {"SD", 11, 6}, {"C", 5, 3},
                              {"V", 4, 2},   {"KD", 3, 2}, {"L", 3, 1},   {"MP", 2, 1}};

QList<PartySeats> councilParties() {
    QList<PartySeats> parties;
    int k = 0;
    for (const Seats& s : councilSeats) {
        PartySeats seats{QString::fromLatin1(s.party), {}, {}};
        for (int i = 0; i < s.members; ++i)
            seats.members << inventedName(k++);
        for (int i = 0; i < s.substitutes; ++i)
            seats.substitutes << inventedName(k++);
        parties << seats;
    }
    return parties;
}

// The party's first `members` council members sit in the board too, the next `substitutes` as
// its substitutes (the same people, as in real municipalities).
QList<PartySeats> boardParties(const QList<PartySeats>& council,
                               const QList<std::pair<int, int>>& counts) {
    QList<PartySeats> parties;
    for (int i = 0; i < counts.size() && i < council.size(); ++i) {
        const auto [members, substitutes] = counts[i];
        if (members == 0 && substitutes == 0)
            continue;
        parties << PartySeats{council[i].party, council[i].members.mid(0, members),
                              council[i].members.mid(members, substitutes)};
    }
    return parties;
}

Id newBody(DemoWriter& w, const QString& name, const QString& heading) {
    Body body;
    body.name = name;
    body.kind = BodyKind::Deciding;
    body.decisionHeading = heading;
    body.protocolKeptAt = QStringLiteral("Kommunledningskontoret, Norrvik");
    return w.body(body);
}

} // namespace

Status buildNorrvik(DemoWriter& w) {
    const QDate start(2023, 1, 1), end(2026, 12, 31);
    // Everyone sits for the one municipality, so no organisation is printed beside the names:
    // a kommun's protocol says "Anna Ek (S)".
    const Id norrvik = NoId;
    const QList<PartySeats> council = councilParties();

    const Id kf = newBody(w, QStringLiteral("Kommunfullmäktige i Norrvik"),
                          QStringLiteral("Kommunfullmäktiges beslut"));
    w.bodyRules(kf, councilBodyRules());
    writePartyRoster(w, kf, w.period(kf, start, end), norrvik, council, council[0].members[0],
                     council[1].members[0], start);
    const QList<PartySeats> board = boardParties(council, {{5, 3}, {3, 2}, {3, 2}, {1, 1}, {1, 1}});
    const Id ks = newBody(w, QStringLiteral("Kommunstyrelsen i Norrvik"),
                          QStringLiteral("Kommunstyrelsens beslut"));
    w.bodyRules(ks, boardRules(QStringLiteral("KS")));
    writePartyRoster(w, ks, w.period(ks, start, end), norrvik, board, board[0].members[0],
                     board[1].members[0], start);
    const QList<PartySeats> committee = boardParties(board, {{2, 1}, {1, 1}, {1, 1}, {1, 0}});
    const Id au = newBody(w, QStringLiteral("Kommunstyrelsens arbetsutskott i Norrvik"),
                          QStringLiteral("Arbetsutskottets beslut"));
    w.bodyRules(au, boardRules(QStringLiteral("AU")));
    writePartyRoster(w, au, w.period(au, start, end), norrvik, committee, committee[0].members[0],
                     committee[1].members[0], start);

    buildNorrvikCommittee(w, au, committee);
    buildNorrvikBoard(w, ks, board);
    buildNorrvikCouncil(w, kf, council);
    return w.status();
}

} // namespace paragraf::demo
