#include "ScheduleIcs.h"

#include "i18n/TrContexts.h"
#include "model/Codes.h"
#include "text/SwedishTerms.h"

#include <libical/ical.h>
#include <memory>

namespace paragraf {
namespace {

constexpr const char* stockholm = "Europe/Stockholm";

icaltimezone* swedishTime() {
    return icaltimezone_get_builtin_timezone(stockholm);
}

// libical names its zones "/freeassociation.sourceforge.net/Europe/Stockholm"; calendar
// programs know the plain Olson name, so the copy in the file carries that.
icalcomponent* plainlyNamedZone(icaltimezone* zone) {
    icalcomponent* copy = icalcomponent_new_clone(icaltimezone_get_component(zone));
    if (icalproperty* tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, stockholm);
    return copy;
}

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

QByteArray utf8(const QString& text) {
    return text.toUtf8();
}

icaltimetype localTime(const QDate& date, const QTime& time, icaltimezone* zone) {
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    if (!time.isValid()) {
        t.is_date = 1;
        return t;
    }
    t.hour = time.hour();
    t.minute = time.minute();
    return icaltime_set_timezone(&t, zone);
}

// A timed property carries its TZID so that calendar programs place it in Swedish time.
void addTime(icalcomponent* event, icalproperty* property, const icaltimetype& time) {
    if (!time.is_date)
        icalproperty_add_parameter(property, icalparameter_new_tzid(stockholm));
    icalcomponent_add_property(event, property);
}

void addText(icalcomponent* event, const char* name, const QString& value) {
    if (value.isEmpty())
        return;
    icalproperty* property = icalproperty_new_x(utf8(value).constData());
    icalproperty_set_x_name(property, name);
    icalcomponent_add_property(event, property);
}

QString description(const ScheduleEntry& e) {
    QStringList lines;
    const auto capitalised = [](const QString& word) {
        return word.left(1).toUpper() + word.mid(1);
    };
    lines << capitalised(swedishForm(e.form));
    if (e.kind != ScheduleKind::Ordinary)
        lines << capitalised(swedishScheduleKind(e.kind));
    if (!e.jointWith.isEmpty())
        lines << QStringLiteral("Tillsammans med ") + e.jointWith;
    if (!e.note.isEmpty())
        lines << e.note;
    return lines.join(QLatin1Char('\n'));
}

icalcomponent* eventOf(const Body& body, const ScheduleEntry& e, icaltimezone* zone) {
    icalcomponent* event = icalcomponent_new_vevent();
    const QString uid = QStringLiteral("paragraf-schedule-%1-body-%2").arg(e.id).arg(body.id);
    icalcomponent_add_property(event, icalproperty_new_uid(utf8(uid).constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(icaltime_current_time_with_zone(
                                          icaltimezone_get_utc_timezone())));
    QString summary = body.name;
    if (e.kind != ScheduleKind::Ordinary)
        summary += QStringLiteral(" – ") + swedishScheduleKind(e.kind);
    icalcomponent_add_property(event, icalproperty_new_summary(utf8(summary).constData()));
    const icaltimetype start = localTime(e.date, e.start, zone);
    icaltimetype end = localTime(e.lastDay(), e.end.isValid() ? e.end : QTime(), zone);
    if (end.is_date)
        icaltime_adjust(&end, 1, 0, 0, 0); // an all-day event ends, exclusively, the day after
    addTime(event, icalproperty_new_dtstart(start), start);
    addTime(event, icalproperty_new_dtend(end), end);
    if (!e.place.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_location(utf8(e.place).constData()));
    icalcomponent_add_property(event,
                               icalproperty_new_description(utf8(description(e)).constData()));
    icalcomponent_add_property(
        event, icalproperty_new_categories(utf8(swedishScheduleKind(e.kind)).constData()));
    addText(event, "X-PARAGRAF-FORM", codeOf(e.form));
    addText(event, "X-PARAGRAF-KIND", codeOf(e.kind));
    addText(event, "X-PARAGRAF-JOINT-WITH", e.jointWith);
    addText(event, "X-PARAGRAF-NOTE", e.note);
    return event;
}

QString xValue(icalcomponent* event, const char* name) {
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY))
        if (qstrcmp(icalproperty_get_x_name(p), name) == 0)
            return QString::fromUtf8(icalproperty_get_x(p));
    return {};
}

struct LocalMoment {
    QDate date;
    QTime time;
};

LocalMoment toLocal(icaltimetype t, icaltimezone* zone) {
    if (t.is_date)
        return {QDate(t.year, t.month, t.day), QTime()};
    t = icaltime_convert_to_zone(t, zone);
    return {QDate(t.year, t.month, t.day), QTime(t.hour, t.minute)};
}

ScheduleEntry entryOf(icalcomponent* event, Id bodyId, icaltimezone* zone) {
    ScheduleEntry e;
    e.bodyId = bodyId;
    const LocalMoment start = toLocal(icalcomponent_get_dtstart(event), zone);
    icaltimetype endTime = icalcomponent_get_dtend(event);
    if (endTime.is_date)
        icaltime_adjust(&endTime, -1, 0, 0, 0);
    const LocalMoment end = toLocal(endTime, zone);
    e.date = start.date;
    e.start = start.time;
    e.end = end.time;
    if (end.date.isValid() && end.date > start.date)
        e.endDate = end.date;
    e.place = QString::fromUtf8(icalcomponent_get_location(event));
    e.form =
        enumFromCode<MeetingForm>(xValue(event, "X-PARAGRAF-FORM")).value_or(MeetingForm::Digital);
    e.kind = enumFromCode<ScheduleKind>(xValue(event, "X-PARAGRAF-KIND"))
                 .value_or(e.endDate.isValid() ? ScheduleKind::TwoDay : ScheduleKind::Ordinary);
    e.jointWith = xValue(event, "X-PARAGRAF-JOINT-WITH");
    e.note = xValue(event, "X-PARAGRAF-NOTE");
    return e;
}

} // namespace

QByteArray scheduleToIcs(const Body& body, const QList<ScheduleEntry>& entries) {
    icaltimezone* zone = swedishTime();
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Paragraf//Sammanträdesplan//SV"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    addText(calendar.get(), "X-WR-CALNAME", body.name);
    if (zone)
        icalcomponent_add_component(calendar.get(), plainlyNamedZone(zone));
    for (const auto& entry : entries)
        icalcomponent_add_component(calendar.get(), eventOf(body, entry, zone));
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

Result<QList<ScheduleEntry>> scheduleFromIcs(const QByteArray& ics, Id bodyId) {
    Component calendar(icalparser_parse_string(ics.constData()));
    if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT)
        return fail(ScheduleText::tr("The file is not an iCalendar calendar."));
    icaltimezone* zone = swedishTime();
    QList<ScheduleEntry> entries;
    for (icalcomponent* event =
             icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT))
        entries << entryOf(event, bodyId, zone);
    return entries;
}

} // namespace paragraf
