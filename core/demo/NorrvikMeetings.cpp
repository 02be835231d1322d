// The example meetings of Norrvik: the arbetsutskott prepares, the board proposes, the council
// decides, with a roll call and named votes. Each meeting is a short list of builder lines.
#include "NorrvikDemo.h"

namespace paragraf::demo {
namespace {

const QString secretary = QStringLiteral("Karin Vidén");
const QString director = QStringLiteral("Mats Holmgren");
const QString finance = QStringLiteral("Lotta Engström");

QString member(const QList<PartySeats>& seats, int party, int index) {
    return seats.value(party).members.value(index);
}

} // namespace

// Kommunfullmäktige's arbetsordning: "KF § 14", two adjusters, decisions as att-clauses, the
// deciding members in bilaga 1; the kommunsekreterare posts the notice.
BodyRules councilBodyRules() {
    BodyRules rules;
    rules.meeting.paragraphPrefix = QStringLiteral("KF");
    rules.meeting.adjustersRequired = 2;
    rules.meeting.signatureLabel = QStringLiteral("Justeras av");
    rules.meeting.attClauses = true;
    rules.appendix = AppendixChoice::Always;
    rules.notice.signerName = secretary;
    rules.notice.signerTitle = QStringLiteral("kommunsekreterare");
    return rules;
}

MeetingRules councilRules() {
    return rulesForNewMeeting(councilBodyRules(), 61);
}

// The board's and its committee's reglemente: their prefix, one adjuster beside the chair.
BodyRules boardRules(const QString& prefix) {
    BodyRules rules;
    rules.meeting.paragraphPrefix = prefix;
    rules.meeting.signatureLabel = QStringLiteral("Justeras av");
    rules.appendix = AppendixChoice::Never;
    rules.notice.signerName = secretary;
    rules.notice.signerTitle = QStringLiteral("kommunsekreterare");
    return rules;
}

Meeting norrvikMeeting(Id bodyId, const QDate& date, const QTime& start, const QTime& end,
                       const QString& place) {
    Meeting m;
    m.bodyId = bodyId;
    m.date = date;
    m.start = start;
    m.end = end;
    m.place = place;
    m.form = MeetingForm::Physical;
    m.status = MeetingStatus::Draft;
    m.adjustmentDate = date.addDays(7);
    m.adjustmentTime = QTime(16, 0);
    m.adjustmentPlace = QStringLiteral("Kommunledningskontoret, Norrvik");
    return m;
}

// Kommunfullmäktige, 24 March 2025: five members absent at the roll call, the first (S)
// substitute too, so the second and third are called in; two named votes.
Id buildNorrvikCouncil(DemoWriter& w, Id bodyId, const QList<PartySeats>& council) {
    w.numberingStart(bodyId, 2025, 14);
    DemoMeeting m(w, norrvikMeeting(bodyId, QDate(2025, 3, 24), QTime(18, 0), QTime(21, 30),
                                    QStringLiteral("Sessionssalen, Norrviks stadshus")));
    m.official(secretary, QStringLiteral("kommunsekreterare"), true)
        .official(director, QStringLiteral("kommundirektör"))
        .official(finance, QStringLiteral("ekonomichef"))
        .chair(member(council, 0, 0))
        .adjusters({member(council, 1, 1), member(council, 3, 0), member(council, 2, 1)})
        .rules(councilRules())
        .rollCall({council[0].substitutes[0]},
                  {member(council, 0, 4), member(council, 0, 11), member(council, 1, 6),
                   member(council, 2, 3), member(council, 4, 2)});
    m.information(QStringLiteral("Upprop"),
                  QStringLiteral("Upprop förrättas. Närvarande ledamöter och tjänstgörande "
                                 "ersättare framgår av bilaga 1, närvaro- och voteringslista."));
    m.paragraph(QStringLiteral("Val av justerare och justeringens tid"),
                QStringLiteral("Två ledamöter utses att justera protokollet, och en ersättare "
                               "för den som inte kan delta hela sammanträdet."),
                QStringLiteral("Kommunfullmäktige beslutar att utse %1 och %2 att justera "
                               "protokollet, att utse %3 till ersättare för justerare, att "
                               "justeringen sker måndag 31 mars 2025 kl. 16.00 på "
                               "kommunledningskontoret.")
                    .arg(member(council, 1, 1), member(council, 3, 0), member(council, 2, 1)));
    m.paragraph(QStringLiteral("Fastställande av dagordning"),
                QStringLiteral("Kallelse med föredragningslista har skickats ut."),
                QStringLiteral("Dagordningen fastställs."));
    m.paragraph(QStringLiteral("Årsredovisning 2024 för Norrviks kommun"),
                QStringLiteral("Kommunstyrelsen har upprättat årsredovisning för 2024. Årets "
                               "resultat är 31,4 miljoner kronor och balanskravet är uppfyllt."),
                QStringLiteral("Årsredovisningen för 2024 godkänns."), {finance});
    const Id motion = m.paragraph(
        QStringLiteral("Motion om avgiftsfri kollektivtrafik för unga"),
        QStringLiteral("Vänsterpartiet föreslår i en motion att busstrafiken ska vara avgiftsfri "
                       "för alla under 20 år. Kommunstyrelsen föreslår att motionen avslås med "
                       "hänvisning till kostnaden, 6,2 miljoner kronor per år."),
        QStringLiteral("Motionen avslås."));
    m.namedVote(motion, member(council, 0, 1), member(council, 4, 0),
                QStringLiteral("att motionen bifalls"),
                {QStringLiteral("V"), QStringLiteral("MP")});
    const Id plan = m.paragraph(
        QStringLiteral("Detaljplan för Norra hamnen"),
        QStringLiteral("Detaljplanen ger plats för 240 bostäder, en skola och en park vid Norra "
                       "hamnen. Planen har varit utställd och yttrandena är bemötta."),
        QStringLiteral("Detaljplanen för Norra hamnen antas."));
    m.namedVote(plan, member(council, 1, 0), member(council, 2, 0),
                QStringLiteral("att detaljplanen återremitteras"),
                {QStringLiteral("SD"), QStringLiteral("V")}, {QStringLiteral("MP")});
    m.adjourn(QTime(19, 40), QTime(19, 55), QStringLiteral("gruppöverläggningar"), plan, true);
    m.adjourn(QTime(20, 30), QTime(20, 45), QStringLiteral("paus"), plan, false);
    // The chair and an adjuster leave in the break; the first vice chair presides the rest, and
    // the stand-in adjuster named at the start adjusts it.
    const Id election =
        m.paragraph(QStringLiteral("En ersättare för Centerpartiet har avsagt sig uppdraget."),
                    QStringLiteral("Kommunfullmäktige väljer %1 (C) till ersättare i "
                                   "kommunstyrelsen för tiden till och med 2026.")
                        .arg(council[3].substitutes.value(0)));
    m.leaves(member(council, 0, 0), election, QStringLiteral("20.30"));
    m.leaves(member(council, 3, 0), election, QStringLiteral("20.30"));
    m.presides(member(council, 1, 0), election);
    m.information(QStringLiteral("Anmälan av nya motioner"),
                  QStringLiteral("Två nya motioner anmäls och remitteras till kommunstyrelsen."));
    return m.finish();
}

// Kommunstyrelsen, 4 March 2025: one member absent, the party's first substitute serves.
Id buildNorrvikBoard(DemoWriter& w, Id bodyId, const QList<PartySeats>& board) {
    w.numberingStart(bodyId, 2025, 31);
    DemoMeeting m(w, norrvikMeeting(bodyId, QDate(2025, 3, 4), QTime(8, 30), QTime(12, 0),
                                    QStringLiteral("Sammanträdesrum Älven, Norrviks stadshus")));
    m.official(secretary, QStringLiteral("sekreterare"), true)
        .official(director, QStringLiteral("kommundirektör"))
        .official(finance, QStringLiteral("ekonomichef"))
        .chair(member(board, 0, 0))
        .adjusters({member(board, 1, 0), member(board, 3, 0)})
        .rules(boardRules(QStringLiteral("KS")).meeting)
        .rollCall({}, {member(board, 1, 2)});
    m.paragraph(QStringLiteral("Val av justerare"),
                QStringLiteral("En ledamot utses att justera protokollet med ordföranden."),
                QStringLiteral("%1 utses att justera protokollet.").arg(member(board, 1, 0)));
    const Id report =
        m.paragraph(QStringLiteral("Årsredovisning 2024"),
                    QStringLiteral("Ekonomiavdelningen har upprättat årsredovisning för 2024."),
                    QStringLiteral("Kommunstyrelsen föreslår kommunfullmäktige att godkänna "
                                   "årsredovisningen för 2024."),
                    {finance});
    m.adjourn(QTime(10, 0), QTime(10, 15), QStringLiteral("fika"), report, false);
    // The chair owns the neighbouring plot: the vice chair presides over this paragraph only.
    const Id sale = m.paragraph(
        QStringLiteral("Försäljning av del av fastigheten Norrvik 4:12"),
        QStringLiteral("Kommunen har fått en förfrågan om att köpa 1 200 kvadratmeter av "
                       "fastigheten Norrvik 4:12. Priset är satt efter en oberoende värdering."),
        QStringLiteral("Kommunstyrelsen beslutar att sälja del av fastigheten Norrvik 4:12 "
                       "enligt förslaget."),
        {director});
    m.leaves(finance, sale, QStringLiteral("10.00"));
    m.jav(member(board, 0, 0), sale);
    m.presides(member(board, 1, 0), sale);
    const Id motion = m.paragraph(
        QStringLiteral("Motion om avgiftsfri kollektivtrafik för unga"),
        QStringLiteral("Motionen har remitterats till samhällsbyggnadsförvaltningen, som "
                       "beräknar kostnaden till 6,2 miljoner kronor per år."),
        QStringLiteral("Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen."),
        {director});
    m.presides(member(board, 0, 0), motion);
    m.namedVote(motion, member(board, 0, 1), member(board, 4, 0),
                QStringLiteral("att motionen bifalls"), {QStringLiteral("V")});
    m.information(QStringLiteral("Kommundirektörens information"),
                  QStringLiteral("Kommundirektören informerar om rekryteringen av ny "
                                 "socialchef och om läget i budgetarbetet."));
    return m.finish();
}

// Kommunstyrelsens arbetsutskott, 18 February 2025: it prepares the board's matters.
Id buildNorrvikCommittee(DemoWriter& w, Id bodyId, const QList<PartySeats>& committee) {
    w.numberingStart(bodyId, 2025, 9);
    DemoMeeting m(w, norrvikMeeting(bodyId, QDate(2025, 2, 18), QTime(8, 30), QTime(10, 0),
                                    QStringLiteral("Sammanträdesrum Forsen, Norrviks stadshus")));
    m.official(secretary, QStringLiteral("sekreterare"), true)
        .official(director, QStringLiteral("kommundirektör"))
        .official(finance, QStringLiteral("ekonomichef"))
        .chair(member(committee, 0, 0))
        .adjusters({member(committee, 1, 0)})
        .rules(boardRules(QStringLiteral("AU")).meeting)
        .rollCall({}, {member(committee, 0, 1)});
    m.paragraph(QStringLiteral("Val av justerare"),
                QStringLiteral("En ledamot utses att justera protokollet med ordföranden."),
                QStringLiteral("%1 utses att justera protokollet.").arg(member(committee, 1, 0)));
    m.paragraph(QStringLiteral("Budgetuppföljning januari 2025"),
                QStringLiteral("Prognosen för helåret visar ett överskott på 12 miljoner kronor."),
                QStringLiteral("Budgetuppföljningen läggs till handlingarna."), {finance});
    m.paragraph(QStringLiteral("Motion om avgiftsfri kollektivtrafik för unga"),
                QStringLiteral("Ärendet bereds inför kommunstyrelsens sammanträde 4 mars."),
                QStringLiteral("Ärendet överlämnas till kommunstyrelsen utan eget förslag."),
                {director});
    m.information(QStringLiteral("Övriga frågor"), QStringLiteral("Inga övriga frågor."));
    return m.finish();
}

} // namespace paragraf::demo
