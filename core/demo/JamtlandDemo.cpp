// Seed 001: "Samverkanstid kommuner, Region och Länsstyrelse", Jämtland, 11 November 2024.
#include "DemoData.h"
#include "DemoWriter.h"

#include <QStringList>

namespace paragraf::demo {
namespace {

const QString groupHeading = QStringLiteral("Samverkansgruppens beslut");

struct Seat {
    const char* name;
    const char* organisation;
    OrganisationKind kind;
};

const Seat seats[] = {
    {"Sara Schelin", "Åre", OrganisationKind::Municipality},
    {"Peter Jemtbring", "Strömsund", OrganisationKind::Municipality},
    {"Jenny Kriström", "Ragunda", OrganisationKind::Municipality},
    {"Henrik Kvist", "Bräcke", OrganisationKind::Municipality},
    {"Anda Embretzen", "Härjedalen", OrganisationKind::Municipality},
    {"Tomas Jonsson", "Krokom", OrganisationKind::Municipality},
    {"Ralf Westlund", "Berg", OrganisationKind::Municipality},
    {"Sara Lewerentz", "Region Jämtland Härjedalen", OrganisationKind::Region},
    {"Magnus Aspegren", "Region Jämtland Härjedalen", OrganisationKind::Region},
    {"Anders Wennerberg", "Östersund", OrganisationKind::Municipality},
    {"Susanna Löfgren", "Länsstyrelsen", OrganisationKind::CountyBoard},
    {"Marita Ljung", "Länsstyrelsen", OrganisationKind::CountyBoard},
};

// The earlier meetings of 2024 hold §§ 1–25, so that 11 November continues at § 26.
struct EarlierMeeting {
    int month, day;
    QStringList topics;
};

const QString opening = QStringLiteral(
    "Upprop, protokollets justering, föregående protokoll samt fastställande av dagordning");

QList<EarlierMeeting> earlierMeetings() {
    return {{1,
             22,
             {QStringLiteral("Verksamhetsplan 2024"), QStringLiteral("Läget i kommunerna"),
              QStringLiteral("Inför RSR")}},
            {3,
             4,
             {QStringLiteral("Kompetensförsörjning i länet"),
              QStringLiteral("Samverkan kring "
                             "socialtjänsten"),
              QStringLiteral("Inför RSR")}},
            {4,
             15,
             {QStringLiteral("Regional utvecklingsstrategi"),
              QStringLiteral("Digitalisering i "
                             "kommunerna"),
              QStringLiteral("Inför RSR")}},
            {5,
             27,
             {QStringLiteral("Civilt försvar och beredskap"), QStringLiteral("Näringslivsfrågor"),
              QStringLiteral("Inför sommaren")}},
            {9,
             23,
             {QStringLiteral("Budgetförutsättningar 2025"),
              QStringLiteral("Läget i länet-dag 2025"), QStringLiteral("Inför RSR")}}};
}

Meeting meetingOn(Id bodyId, const QDate& date, MeetingStatus status) {
    Meeting m;
    m.bodyId = bodyId;
    m.date = date;
    m.start = QTime(10, 0);
    m.end = QTime(11, 0);
    m.place = QStringLiteral("Digitalt via Teams");
    m.form = MeetingForm::Digital;
    m.status = status;
    return m;
}

void addOfficials(DemoWriter& w, Meeting& m) {
    m.chairId = w.participant(m.id, QStringLiteral("Martin Söderström"), ParticipantKind::Official,
                              QStringLiteral("förbundschef"));
    m.secretaryId = w.participant(m.id, QStringLiteral("Elise Ackerot"), ParticipantKind::Official,
                                  QStringLiteral("sekreterare"));
}

QList<Section> openingSections(const QString& adjuster) {
    return {{NoId, QString(),
             QStringLiteral("- a) Upprop genomförs\n"
                            "- b) %1 väljs att tillsammans med ordförande justera protokollet\n"
                            "- c) Dagordningen fastställs\n"
                            "- d) Föregående protokoll läggs till handlingarna\n")
                 .arg(adjuster)}};
}

void addEarlierMeetings(DemoWriter& w, Id bodyId, QList<Meeting>& meetings) {
    const QStringList adjusters{QStringLiteral("Peter Jemtbring"), QStringLiteral("Jenny Kriström"),
                                QStringLiteral("Henrik Kvist"), QStringLiteral("Tomas Jonsson"),
                                QStringLiteral("Ralf Westlund")};
    int index = 0;
    for (const auto& earlier : earlierMeetings()) {
        Meeting m =
            meetingOn(bodyId, QDate(2024, earlier.month, earlier.day), MeetingStatus::Archived);
        m.status = MeetingStatus::Draft; // locked after numbering, below
        m.id = w.meeting(m);
        QStringList everyone;
        for (const auto& seat : seats)
            everyone << QString::fromUtf8(seat.name);
        w.setPresent(m.id, everyone, true);
        addOfficials(w, m);
        const QString adjuster = adjusters[index++];
        m.adjusterIds = {w.participantNamed(m.id, adjuster)};
        m.adjustmentDate = m.date.addDays(7);
        m.adjustmentPlace = QStringLiteral("digitalt");
        w.paragraph(m.id, opening, ParagraphKind::Decision, openingSections(adjuster));
        for (const QString& topic : earlier.topics)
            w.paragraph(
                m.id, topic, ParagraphKind::Information,
                {{NoId, QStringLiteral("Bakgrund"),
                  QStringLiteral("Information och diskussion om %1.").arg(topic.toLower())}},
                {}, {m.chairId});
        w.paragraph(m.id, QStringLiteral("Övriga frågor"), ParagraphKind::Information,
                    {{NoId, QString(), QStringLiteral("Inga övriga frågor.")}});
        w.update(m);
        meetings << m;
    }
}

// The 2024 dates, each with its meeting, and December's still to come; then the dates for 2025
// that the group decided in § 27: digital via Teams unless said otherwise.
void addSchedule(DemoWriter& w, Id bodyId, const QList<Meeting>& held) {
    for (const Meeting& m : held)
        w.planned(ScheduleEntry{NoId,
                                bodyId,
                                m.date,
                                {},
                                m.start,
                                m.end,
                                m.form,
                                m.place,
                                ScheduleKind::Ordinary,
                                {},
                                {},
                                m.id});
    const auto teams = [bodyId](const QDate& day) {
        return ScheduleEntry{NoId,
                             bodyId,
                             day,
                             {},
                             {},
                             {},
                             MeetingForm::Digital,
                             QStringLiteral("Teams"),
                             ScheduleKind::Ordinary,
                             {},
                             {},
                             NoId};
    };
    w.planned(teams(QDate(2024, 12, 9)));
    w.planned(ScheduleEntry{NoId,
                            bodyId,
                            QDate(2025, 1, 20),
                            QDate(2025, 1, 21),
                            {},
                            {},
                            MeetingForm::Physical,
                            {},
                            ScheduleKind::TwoDay,
                            {},
                            QStringLiteral("Internat, lunch till eftermiddagsfika"),
                            NoId});
    for (const QDate& day : {QDate(2025, 3, 3), QDate(2025, 4, 7)})
        w.planned(teams(day));
    w.planned(ScheduleEntry{NoId,
                            bodyId,
                            QDate(2025, 5, 19),
                            {},
                            {},
                            {},
                            MeetingForm::Physical,
                            QStringLiteral("Kommunförbundet"),
                            ScheduleKind::FullDay,
                            {},
                            QStringLiteral("Heldag alla"),
                            NoId});
    w.planned(teams(QDate(2025, 9, 22)));
    w.planned(ScheduleEntry{NoId,
                            bodyId,
                            QDate(2025, 10, 20),
                            {},
                            {},
                            {},
                            MeetingForm::Physical,
                            QStringLiteral("Bräcke kommun"),
                            ScheduleKind::FullDay,
                            {},
                            QStringLiteral("Heldag alla"),
                            NoId});
    w.planned(teams(QDate(2025, 11, 17)));
}

} // namespace

Status buildJamtland(DemoWriter& w) {
    Body body;
    body.name = QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse");
    body.kind = BodyKind::Deciding;
    body.decisionHeading = groupHeading;
    body.protocolKeptAt = QStringLiteral("Jämtlands Gymnasieförbund, Östersund");
    const Id bodyId = w.body(body);
    const QDate periodStart(2023, 1, 1);
    const Id period = w.period(bodyId, periodStart, QDate(2026, 12, 31));
    for (const auto& seat : seats)
        w.member(bodyId, period, QString::fromUtf8(seat.name),
                 w.organisation(QString::fromUtf8(seat.organisation), seat.kind), QString(),
                 MemberRole::Member, periodStart);

    QList<Meeting> earlier;
    addEarlierMeetings(w, bodyId, earlier);
    Meeting november = meetingOn(bodyId, QDate(2024, 11, 11), MeetingStatus::Draft);
    november.id = w.meeting(november);
    QStringList present;
    for (const auto& seat : seats)
        present << QString::fromUtf8(seat.name);
    present = present.mid(0, 9); // the last three were not present (seed 001)
    w.setPresent(november.id, present, true);
    addOfficials(w, november);
    november.adjusterIds = {w.participantNamed(november.id, QStringLiteral("Sara Schelin"))};
    november.adjustmentDate = QDate(2024, 11, 19);
    november.adjustmentPlace = QStringLiteral("digitalt");
    november.nextMeetingDate = QDate(2024, 12, 9);
    w.update(november);
    addNovemberParagraphs(w, november);

    addSchedule(w, bodyId, earlier + QList<Meeting>{november});
    w.renumber(bodyId, 2024);
    for (Meeting& m : earlier) {
        m.status = MeetingStatus::Archived;
        w.update(m);
    }
    return w.status();
}

} // namespace paragraf::demo
