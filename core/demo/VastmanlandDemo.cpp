// Seeds 003/004: the political cooperation groups of Region Västmanland, 2023–2026. Each has
// 14 members and 14 personal substitutes: one of each per municipality, three from the region
// and one more for the opposition. The region appoints the chair. The seeds give no names, so
// the people here are invented.
#include "DemoData.h"
#include "DemoWriter.h"

#include <QStringList>

namespace paragraf::demo {
namespace {

const char* const municipalities[] = {"Arboga",     "Fagersta", "Hallstahammar", "Kungsör",
                                      "Köping",     "Norberg",  "Sala",          "Skinnskatteberg",
                                      "Surahammar", "Västerås"};
const char* const firstNames[] = {"Anna", "Erik", "Maria", "Lars",  "Karin", "Johan",  "Eva",
                                  "Per",  "Lena", "Nils",  "Sofia", "Olof",  "Ingrid", "Gustav"};
const char* const lastNames[] = {"Andersson", "Berg", "Carlsson", "Dahl",     "Ek",
                                 "Forsberg",  "Gran", "Holm",     "Isaksson", "Järv",
                                 "Kvist",     "Lind", "Malm",     "Nord"};
const char* const parties[] = {"S", "M", "C", "V", "KD", "L", "SD", "MP"};

// Distinct invented names: for a fixed first name, the surname steps by three.
QString inventedName(int k) {
    const int first = k % 14;
    const int last = (first + 3 * (k / 14)) % 14;
    return QString::fromUtf8(firstNames[first]) + QLatin1Char(' ') +
           QString::fromUtf8(lastNames[last]);
}

struct Appointment {
    QString organisation;
    OrganisationKind kind;
};

QList<Appointment> appointments() {
    QList<Appointment> list;
    for (const char* m : municipalities)
        list << Appointment{QString::fromUtf8(m) + QStringLiteral(" kommun"),
                            OrganisationKind::Municipality};
    for (int i = 0; i < 3; ++i)
        list << Appointment{QStringLiteral("Region Västmanland"), OrganisationKind::Region};
    list << Appointment{QStringLiteral("Oppositionen (utsedd av kommunerna)"),
                        OrganisationKind::Other};
    return list;
}

Id buildGroup(DemoWriter& w, const QString& name, int& personCounter) {
    Body body;
    body.name = name;
    body.kind = BodyKind::Notes;
    body.protocolKeptAt = QStringLiteral("Region Västmanland, Västerås");
    const Id bodyId = w.body(body);
    const QDate start(2023, 1, 1);
    const Id period = w.period(bodyId, start, QDate(2026, 12, 31));
    const auto seats = appointments();
    for (int i = 0; i < seats.size(); ++i) {
        const Id org = w.organisation(seats[i].organisation, seats[i].kind);
        // The first regional seat holds the chair, the first municipal seat the vice chair.
        const MemberRole role = i == 10  ? MemberRole::Chair
                                : i == 0 ? MemberRole::FirstViceChair
                                         : MemberRole::Member;
        const QString party = QString::fromLatin1(parties[i % 8]);
        const Id seat =
            w.member(bodyId, period, inventedName(personCounter++), org, party, role, start);
        w.substitute(bodyId, period, inventedName(personCounter++), org, party, seat, start);
    }
    return bodyId;
}

// A spring meeting of the health group: one substitute serves all day, one member arrives for
// the second item, one leaves after it and her substitute takes over.
void buildHealthMeeting(DemoWriter& w, Id bodyId) {
    Meeting m;
    m.bodyId = bodyId;
    m.date = QDate(2024, 3, 14);
    m.start = QTime(9, 0);
    m.end = QTime(12, 0);
    m.place = QStringLiteral("Regionhuset, Västerås, och digitalt");
    m.form = MeetingForm::Hybrid;
    m.status = MeetingStatus::Draft;
    m.id = w.meeting(m);
    QStringList members, substitutes;
    for (int i = 0; i < 28; i += 2) {
        members << inventedName(i);
        substitutes << inventedName(i + 1);
    }
    QStringList present = members;
    present.removeAll(members[2]); // absent, replaced by the personal substitute
    present.removeAll(members[4]); // arrives before the second item
    w.setPresent(m.id, present, true);
    w.serveFromStart(m.id, substitutes[2], members[2]);
    w.setPresent(m.id, {substitutes[6]}, true);
    m.secretaryId = w.participant(m.id, QStringLiteral("Helena Sjöberg"), ParticipantKind::Official,
                                  QStringLiteral("sekreterare, Region Västmanland"));
    m.chairId = w.participantNamed(m.id, members[10]);
    w.update(m);

    const Id first = w.paragraph(m.id, QStringLiteral("Mötets öppnande och dagordning"),
                                 ParagraphKind::Information,
                                 {{NoId, QString(),
                                   QStringLiteral("Ordföranden öppnar mötet. "
                                                  "Dagordningen godkänns.")}});
    const Id second =
        w.paragraph(m.id, QStringLiteral("Verksamhetsplan 2024"), ParagraphKind::Information,
                    {{NoId, QStringLiteral("Bakgrund"),
                      QStringLiteral("Förslag till verksamhetsplan med mätbara mål för "
                                     "**RUS mål 5**: fler ska uppleva sin hälsa som "
                                     "bra eller mycket bra.")}});
    const Id third =
        w.paragraph(m.id, QStringLiteral("Återrapportering till SRB"), ParagraphKind::Information,
                    {{NoId, QStringLiteral("Bakgrund"),
                      QStringLiteral("Uppföljning sker två gånger per år genom "
                                     "återrapportering till SRB.")}});
    (void)first;
    w.event(m.id, {NoId, w.participantNamed(m.id, members[4]), AttendanceEventKind::Arrive, second,
                   NoId, QStringLiteral("09.40")});
    w.event(m.id, {NoId, w.participantNamed(m.id, members[6]), AttendanceEventKind::Leave, third,
                   NoId, QStringLiteral("10.55")});
    w.event(m.id, {NoId, w.participantNamed(m.id, substitutes[6]), AttendanceEventKind::ServeStart,
                   third, w.participantNamed(m.id, members[6]), QString()});
    w.renumber(bodyId, 2024);
}

} // namespace

Status buildVastmanland(DemoWriter& w) {
    int personCounter = 0;
    const Id health = buildGroup(w, QStringLiteral("Samverkansgrupp Hälsa"), personCounter);
    buildGroup(w, QStringLiteral("Samverkansgrupp Kompetensförsörjning"), personCounter);
    buildGroup(w, QStringLiteral("Samverkansgrupp Nära vård"), personCounter);
    buildHealthMeeting(w, health);
    return w.status();
}

} // namespace paragraf::demo
