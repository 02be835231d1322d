// The year's schedule: the seeds' dates entered, exported to iCalendar and read back; meetings
// created from it with their "Nästa möte"; notices that are due.
#include "TestSupport.h"
#include "interchange/ScheduleIcs.h"
#include "services/ScheduleService.h"
#include "storage/ScheduleRepository.h"

#include <algorithm>
#include <libical/ical.h>

using namespace paragraf;
using namespace paragraf::test;

namespace {

ScheduleEntry planned(Id body, const QDate& date, QTime start, QTime end, ScheduleKind kind,
                      MeetingForm form = MeetingForm::Physical, const QString& place = {},
                      const QString& joint = {}, const QString& note = {}) {
    ScheduleEntry e;
    e.bodyId = body;
    e.date = date;
    e.start = start;
    e.end = end;
    e.kind = kind;
    e.form = form;
    e.place = place;
    e.jointWith = joint;
    e.note = note;
    return e;
}

// Seed 000, Samordningsgruppen's "Mötestider 2024" and "Korta avstämningar under 2024".
QList<ScheduleEntry> seed000(Id body) {
    const QString political = QStringLiteral("Politiska samrådsgruppen");
    QList<ScheduleEntry> list{
        planned(body, {2024, 1, 19}, {8, 30}, {12, 0}, ScheduleKind::Ordinary),
        planned(body, {2024, 3, 15}, {9, 0}, {16, 0}, ScheduleKind::FullDay, MeetingForm::Physical,
                {}, political, QStringLiteral("Politiska samrådsgruppen på eftermiddagen")),
        planned(body, {2024, 5, 3}, {9, 0}, {16, 0}, ScheduleKind::PlanningDay),
        planned(body, {2024, 8, 23}, {8, 30}, {12, 0}, ScheduleKind::Ordinary),
        planned(body, {2024, 9, 27}, {8, 30}, {15, 0}, ScheduleKind::Ordinary,
                MeetingForm::Physical, {}, political),
        planned(body, {2024, 10, 25}, {9, 0}, {16, 0}, ScheduleKind::PlanningDay),
        planned(body, {2024, 11, 29}, {9, 0}, {16, 0}, ScheduleKind::FullDay, MeetingForm::Physical,
                {}, political, QStringLiteral("Heldag konferens Tema Barn och unga")),
    };
    for (const QDate day :
         {QDate(2024, 2, 23), QDate(2024, 4, 5), QDate(2024, 6, 4), QDate(2024, 8, 30),
          QDate(2024, 10, 29), QDate(2024, 11, 10), QDate(2024, 12, 6)})
        list << planned(body, day, {8, 0}, {8, 30}, ScheduleKind::CheckIn, MeetingForm::Digital,
                        QStringLiteral("Teams"));
    std::sort(list.begin(), list.end(),
              [](const ScheduleEntry& a, const ScheduleEntry& b) { return a.date < b.date; });
    return list;
}

// Seed 001 § 27: the Jämtland group's dates for 2025, digital via Teams unless said otherwise.
QList<ScheduleEntry> seed001(Id body) {
    ScheduleEntry internat =
        planned(body, {2025, 1, 20}, {}, {}, ScheduleKind::TwoDay, MeetingForm::Physical, {}, {},
                QStringLiteral("Internat, lunch till eftermiddagsfika"));
    internat.endDate = QDate(2025, 1, 21);
    const auto teams = [body](const QDate& day) {
        return planned(body, day, {}, {}, ScheduleKind::Ordinary, MeetingForm::Digital,
                       QStringLiteral("Teams"));
    };
    return {internat,
            teams({2025, 3, 3}),
            teams({2025, 4, 7}),
            planned(body, {2025, 5, 19}, {}, {}, ScheduleKind::FullDay, MeetingForm::Physical,
                    QStringLiteral("Kommunförbundet"), {}, QStringLiteral("Heldag alla")),
            teams({2025, 9, 22}),
            planned(body, {2025, 10, 20}, {}, {}, ScheduleKind::FullDay, MeetingForm::Physical,
                    QStringLiteral("Bräcke kommun"), {}, QStringLiteral("Heldag alla")),
            teams({2025, 11, 17})};
}

class ScheduleTest : public DatabaseFixture {
protected:
    QList<ScheduleEntry> enter(const QList<ScheduleEntry>& entries) {
        ScheduleService schedule(database());
        QList<ScheduleEntry> stored;
        for (ScheduleEntry e : entries) {
            const auto id = schedule.addEntry(e);
            EXPECT_TRUE(id.ok()) << id.error().toStdString();
            e.id = id.ok() ? id.value() : NoId;
            stored << e;
        }
        return stored;
    }
    static QList<ScheduleEntry> withoutIds(QList<ScheduleEntry> entries) {
        for (auto& e : entries) {
            e.id = NoId;
            e.meetingId = NoId;
        }
        return entries;
    }
    Body bodyNamed(const QString& name) {
        Body body;
        body.id = createBody(name, 4);
        body.name = name;
        return body;
    }
};

TEST_F(ScheduleTest, Seed000YearIsStoredAndExportedToICalendarAndReadBackIdentical) {
    const Body body = bodyNamed(QStringLiteral("Samordningsgruppen"));
    const auto entered = enter(seed000(body.id));
    const auto stored = ScheduleService(database()).entries(body.id, 2024);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value(), entered);

    const QByteArray ics = scheduleToIcs(body, stored.value());
    const auto parsed = scheduleFromIcs(ics, body.id);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_EQ(parsed.value(), withoutIds(stored.value()));
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), 14);
    EXPECT_TRUE(ics.contains("DTSTART;TZID=Europe/Stockholm:20240119T083000")) << ics.toStdString();
    EXPECT_TRUE(ics.contains("BEGIN:VTIMEZONE"));
}

TEST_F(ScheduleTest, Seed001DatesFor2025WithATwoDaySessionRoundTripAsAllDayEvents) {
    const Body body = bodyNamed(QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse"));
    const auto stored = enter(seed001(body.id));
    const QByteArray ics = scheduleToIcs(body, stored);
    EXPECT_TRUE(ics.contains("DTSTART;VALUE=DATE:20250120")) << ics.toStdString();
    EXPECT_TRUE(ics.contains("DTEND;VALUE=DATE:20250122")) << "an all-day end is exclusive";
    const auto parsed = scheduleFromIcs(ics, body.id);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.value(), withoutIds(stored));
}

// Another program reads it: libical's own parser finds every event with its Swedish text.
TEST_F(ScheduleTest, TheCalendarFileIsValidICalendarWithSwedishText) {
    const Body body = bodyNamed(QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse"));
    const QByteArray ics = scheduleToIcs(body, enter(seed001(body.id)));
    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(icalcomponent_count_errors(calendar), 0);
    int events = 0;
    QStringList places;
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ++events;
        if (const char* place = icalcomponent_get_location(e))
            places << QString::fromUtf8(place);
    }
    icalcomponent_free(calendar);
    EXPECT_EQ(events, 7);
    EXPECT_TRUE(places.contains(QStringLiteral("Bräcke kommun")));
    EXPECT_TRUE(ics.contains("\r\n")) << "RFC 5545 lines end in CRLF";
}

TEST_F(ScheduleTest, AMeetingIsCreatedFromTheScheduleWithItsRosterAndNextMeeting) {
    const Body body = bodyNamed(QStringLiteral("Samverkansgruppen"));
    const auto stored = enter(seed001(body.id));
    ScheduleService schedule(database());
    const auto meeting = schedule.createMeeting(stored[1].id); // 3 March
    ASSERT_TRUE(meeting.ok()) << meeting.error().toStdString();
    const MeetingRecord record = load(meeting.value());
    EXPECT_EQ(record.meeting.date, QDate(2025, 3, 3));
    EXPECT_EQ(record.meeting.form, MeetingForm::Digital);
    EXPECT_EQ(record.meeting.place, QStringLiteral("Teams"));
    EXPECT_EQ(record.participants.size(), 8) << "four members and their substitutes";
    EXPECT_EQ(record.meeting.nextMeetingDate, QDate(2025, 4, 7));
    EXPECT_EQ(record.meeting.nextMeetingNote, QStringLiteral("Teams"));
    EXPECT_EQ(ScheduleRepository(database().connection()).entry(stored[1].id)->meetingId,
              meeting.value());

    const auto again = schedule.createMeeting(stored[1].id);
    ASSERT_FALSE(again.ok());
    EXPECT_NE(again.error().indexOf(QStringLiteral("already")), -1);
}

// A meeting made without the schedule still finds its next meeting there.
TEST_F(ScheduleTest, AnyNewMeetingTakesItsNextMeetingFromTheSchedule) {
    const Body body = bodyNamed(QStringLiteral("Samverkansgruppen"));
    enter(seed001(body.id));
    const Id extra = createMeeting(body.id, QDate(2025, 9, 1));
    EXPECT_EQ(load(extra).meeting.nextMeetingDate, QDate(2025, 9, 22));
    EXPECT_EQ(load(extra).meeting.nextMeetingNote, QStringLiteral("Teams"));
    const Id last = createMeeting(body.id, QDate(2025, 12, 15));
    EXPECT_FALSE(load(last).meeting.nextMeetingDate.isValid()) << "nothing planned after it";
}

TEST_F(ScheduleTest, NoticesAreDueAWeekAheadUntilTheMeetingIsCalled) {
    const Body body = bodyNamed(QStringLiteral("Samverkansgruppen"));
    const auto stored = enter(seed001(body.id));
    ScheduleService schedule(database());
    auto due = schedule.noticesDue(QDate(2025, 2, 20)); // 3 March is 11 days away
    ASSERT_TRUE(due.ok());
    EXPECT_TRUE(due.value().isEmpty());
    due = schedule.noticesDue(QDate(2025, 2, 24)); // a week ahead: due today
    ASSERT_EQ(due.value().size(), 1);
    EXPECT_EQ(due.value()[0].entry.date, QDate(2025, 3, 3));
    EXPECT_FALSE(due.value()[0].overdue);
    EXPECT_EQ(due.value()[0].bodyName, QStringLiteral("Samverkansgruppen"));
    due = schedule.noticesDue(QDate(2025, 2, 26));
    ASSERT_EQ(due.value().size(), 1);
    EXPECT_TRUE(due.value()[0].overdue);

    const Id meeting = schedule.createMeeting(stored[1].id).value();
    Meeting called = load(meeting).meeting;
    called.status = MeetingStatus::Called;
    ASSERT_TRUE(service().updateMeeting(called).ok());
    EXPECT_TRUE(schedule.noticesDue(QDate(2025, 2, 26)).value().isEmpty());
}

TEST_F(ScheduleTest, ImpossibleEntriesAreRefusedWithTheReason) {
    const Body body = bodyNamed(QStringLiteral("Samverkansgruppen"));
    ScheduleService schedule(database());
    ScheduleEntry twoDay = planned(body.id, {2025, 1, 20}, {}, {}, ScheduleKind::TwoDay);
    EXPECT_NE(schedule.addEntry(twoDay).error().indexOf(QStringLiteral("second day")), -1);
    ScheduleEntry backwards =
        planned(body.id, {2025, 1, 20}, {16, 0}, {9, 0}, ScheduleKind::Ordinary);
    EXPECT_NE(schedule.addEntry(backwards).error().indexOf(QStringLiteral("end after")), -1);
    ScheduleEntry nowhere = planned(999, {2025, 1, 20}, {}, {}, ScheduleKind::Ordinary);
    EXPECT_FALSE(schedule.addEntry(nowhere).ok());
    EXPECT_TRUE(schedule.entries(body.id, 2025).value().isEmpty());
}

} // namespace
