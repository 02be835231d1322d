#include "MeetingJson.h"

#include "AdjournmentJson.h"
#include "FollowUpJson.h"
#include "JsonChecker.h"
#include "ProceedingsJson.h"
#include "RulesJson.h"
#include "model/Codes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace paragraf {
namespace {

const QString formatName = QStringLiteral("paragraf-meeting");

QString isoDate(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QString clock(const QTime& t) {
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString();
}
QString keyOf(int index) {
    return QStringLiteral("p%1").arg(index + 1);
}

class Writer {
public:
    explicit Writer(const MeetingRecord& record) : m_record(record) {
        for (int i = 0; i < record.participants.size(); ++i)
            m_keys.insert(record.participants[i].id, keyOf(i));
        for (const auto& p : record.paragraphs)
            m_numbers.insert(p.id, p.number);
    }

    QJsonObject document() const {
        QJsonObject root{{QStringLiteral("format"), formatName},
                         {QStringLiteral("version"), version()},
                         {QStringLiteral("body"), body()},
                         {QStringLiteral("meeting"), meeting()},
                         {QStringLiteral("participants"), participants()},
                         {QStringLiteral("attendance"), attendance()},
                         {QStringLiteral("paragraphs"), paragraphs()}};
        if (!m_record.adjournments.isEmpty())
            root.insert(QStringLiteral("adjournments"),
                        adjournmentsToJson(m_record.adjournments,
                                           [this](Id id) { return m_numbers.value(id); }));
        return root;
    }

private:
    // Version 2 adds proceedings, 3 follow-up, 4 what real meetings do (a chair handing over,
    // the body's rules); a file is written in the oldest version that holds what it has, so that
    // it stays readable by the programs that read that version.
    int version() const {
        const auto any = [this](bool (*has)(const Paragraph&)) {
            return std::any_of(m_record.paragraphs.cbegin(), m_record.paragraphs.cend(), has);
        };
        if (needsVersion4() || hasClockFacts(m_record) || !m_record.rules.isDefault())
            return 4;
        if (any([](const Paragraph& p) { return !p.followUp.isEmpty(); }))
            return 3;
        return any([](const Paragraph& p) { return !p.proceedings.isEmpty(); }) ? 2 : 1;
    }

    bool needsVersion4() const {
        // A party substitute's place in the order of election.
        if (std::any_of(m_record.participants.cbegin(), m_record.participants.cend(),
                        [](const Participant& p) { return p.electionOrder > 0; }))
            return true;
        return std::any_of(
            m_record.events.cbegin(), m_record.events.cend(),
            [](const AttendanceEvent& e) { return e.kind == AttendanceEventKind::Preside; });
    }

    QJsonValue personKey(Id personId) const {
        for (const auto& p : m_record.participants)
            if (p.personId == personId)
                return m_keys.value(p.id);
        return QJsonValue();
    }

    QJsonValue ref(Id id) const { return id == NoId ? QJsonValue() : QJsonValue(m_keys.value(id)); }

    QJsonObject body() const {
        const Body& b = m_record.body;
        return {{QStringLiteral("name"), b.name},
                {QStringLiteral("kind"), codeOf(b.kind)},
                {QStringLiteral("decisionHeading"), b.decisionHeading},
                {QStringLiteral("decisionFirst"), b.decisionFirst},
                {QStringLiteral("protocolKeptAt"), b.protocolKeptAt}};
    }

    QJsonObject meeting() const {
        const Meeting& m = m_record.meeting;
        QJsonArray adjusters;
        for (Id id : m.adjusterIds)
            adjusters.append(ref(id));
        QJsonObject object{{QStringLiteral("date"), isoDate(m.date)},
                           {QStringLiteral("start"), clock(m.start)},
                           {QStringLiteral("end"), clock(m.end)},
                           {QStringLiteral("place"), m.place},
                           {QStringLiteral("form"), codeOf(m.form)},
                           {QStringLiteral("status"), codeOf(m.status)},
                           {QStringLiteral("adjustmentDate"), isoDate(m.adjustmentDate)},
                           {QStringLiteral("adjustmentPlace"), m.adjustmentPlace},
                           {QStringLiteral("nextMeetingDate"), isoDate(m.nextMeetingDate)},
                           {QStringLiteral("nextMeetingNote"), m.nextMeetingNote},
                           {QStringLiteral("chair"), ref(m.chairId)},
                           {QStringLiteral("secretary"), ref(m.secretaryId)},
                           {QStringLiteral("adjusters"), adjusters}};
        if (m.adjustmentTime.isValid())
            object.insert(QStringLiteral("adjustmentTime"), clock(m.adjustmentTime));
        if (!m_record.rules.isDefault())
            object.insert(QStringLiteral("rules"), rulesToJson(m_record.rules));
        return object;
    }

    QJsonArray participants() const {
        QJsonArray list;
        for (const auto& p : m_record.participants) {
            QJsonObject o{{QStringLiteral("key"), m_keys.value(p.id)},
                          {QStringLiteral("name"), p.name},
                          {QStringLiteral("organisation"), p.organisation},
                          {QStringLiteral("party"), p.party},
                          {QStringLiteral("kind"), codeOf(p.kind)},
                          {QStringLiteral("role"), p.roleLabel},
                          {QStringLiteral("personalSubstituteOf"), ref(p.personalSubstituteOf)},
                          {QStringLiteral("presentAtStart"), p.presentAtStart},
                          {QStringLiteral("servesForAtStart"), ref(p.servesForAtStart)}};
            if (p.electionOrder > 0) // only where it is (version 4)
                o.insert(QStringLiteral("electionOrder"), p.electionOrder);
            list.append(o);
        }
        return list;
    }

    QJsonArray attendance() const {
        QJsonArray list;
        for (const auto& e : m_record.events) {
            const QJsonValue before =
                e.paragraphId == NoId ? QJsonValue() : QJsonValue(m_numbers.value(e.paragraphId));
            list.append(QJsonObject{{QStringLiteral("participant"), ref(e.participantId)},
                                    {QStringLiteral("event"), codeOf(e.kind)},
                                    {QStringLiteral("paragraph"), before},
                                    {QStringLiteral("for"), ref(e.forParticipantId)},
                                    {QStringLiteral("time"), e.clockTime}});
        }
        return list;
    }

    QJsonArray paragraphs() const {
        QJsonArray list;
        for (const auto& p : m_record.paragraphs) {
            QJsonArray presenters, sections;
            for (Id id : p.presenterIds)
                presenters.append(ref(id));
            for (const auto& s : p.sections)
                sections.append(QJsonObject{{QStringLiteral("heading"), s.heading},
                                            {QStringLiteral("text"), s.text}});
            QJsonObject paragraph{
                {QStringLiteral("number"), p.number},
                {QStringLiteral("title"), p.title},
                {QStringLiteral("caseNumber"), p.caseNumber},
                {QStringLiteral("kind"), codeOf(p.kind)},
                {QStringLiteral("presenters"), presenters},
                {QStringLiteral("sections"), sections},
                {QStringLiteral("decision"), p.decision},
                {QStringLiteral("attachments"), QJsonArray::fromStringList(p.attachments)},
                {QStringLiteral("expedition"), QJsonArray::fromStringList(p.expedition)},
                {QStringLiteral("immediatelyAdjusted"), p.immediatelyAdjusted}};
            if (!p.proceedings.isEmpty())
                paragraph.insert(
                    QStringLiteral("proceedings"),
                    proceedingsToJson(p.proceedings, [this](Id id) { return ref(id); }));
            if (!p.followUp.isEmpty())
                paragraph.insert(QStringLiteral("followUp"),
                                 followUpToJson(
                                     p.followUp, [this](Id id) { return ref(id); },
                                     [this](Id id) { return personKey(id); }));
            list.append(paragraph);
        }
        return list;
    }

    const MeetingRecord& m_record;
    QHash<Id, QString> m_keys;
    QHash<Id, int> m_numbers;
};

} // namespace

QByteArray meetingToJson(const MeetingRecord& record) {
    return QJsonDocument(Writer(record).document()).toJson(QJsonDocument::Indented);
}

} // namespace paragraf
