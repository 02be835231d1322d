#include "MeetingSession.h"

#include "storage/Database.h"

using namespace paragraf;

namespace {
// A meeting that cannot be read gives a record without a body, which the caller checks.
MeetingRecord loaded(const Database& database, Id meetingId) {
    auto record = MeetingService(database).load(meetingId);
    if (record)
        return std::move(record).value();
    MeetingRecord none;
    none.meeting.id = meetingId;
    return none;
}
} // namespace

MeetingSession::MeetingSession(const Database& database, Id meetingId, QObject* parent)
    : MeetingSession(database, loaded(database, meetingId), parent) {}

MeetingSession::MeetingSession(const Database& database, MeetingRecord record, QObject* parent)
    : QObject(parent), m_database(database) {
    adopt(std::move(record));
    if (!m_record.paragraphs.isEmpty())
        m_current = m_record.paragraphs.last().id;
}

bool MeetingSession::isReadOnly() const {
    return m_database.isReadOnly() || isFrozen(m_record.meeting.status);
}

bool MeetingSession::databaseIsReadOnly() const {
    return m_database.isReadOnly();
}

void MeetingSession::reload() {
    auto loaded = MeetingService(m_database).load(m_record.meeting.id);
    if (!loaded) {
        emit failed(loaded.error());
        return;
    }
    adopt(std::move(loaded).value());
    if (m_current != NoId && !paragraph(m_current))
        m_current = m_record.paragraphs.isEmpty() ? NoId : m_record.paragraphs.last().id;
}

void MeetingSession::adopt(MeetingRecord record) {
    m_record = std::move(record);
    m_timeline = timelineOf(m_record);
}

void MeetingSession::setCurrentParagraph(Id paragraphId) {
    if (paragraphId == m_current)
        return;
    m_current = paragraphId;
    emit currentParagraphChanged(paragraphId);
}

const Paragraph* MeetingSession::paragraph(Id id) const {
    for (const auto& p : m_record.paragraphs)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Section* MeetingSession::section(Id id) const {
    for (const auto& p : m_record.paragraphs)
        for (const auto& s : p.sections)
            if (s.id == id)
                return &s;
    return nullptr;
}

bool MeetingSession::apply(const Change& change, Scope scope, Id subject) {
    MeetingService service(m_database);
    const Status status = change(service);
    if (!status) {
        emit failed(status.error());
        return false;
    }
    emit saved();
    reload();
    emit changed(scope, subject);
    return true;
}

Id MeetingSession::resolve(Id id) const {
    Id current = id;
    while (m_remapped.contains(current))
        current = m_remapped.value(current);
    return current;
}

void MeetingSession::remap(Id oldId, Id newId) {
    if (oldId != NoId && oldId != newId)
        m_remapped.insert(oldId, newId);
}

bool MeetingSession::saveSectionText(Id sectionId, const QString& text) {
    const Status status = MeetingService(m_database).updateSectionText(sectionId, text);
    if (!status) {
        emit failed(status.error());
        return false;
    }
    for (auto& p : m_record.paragraphs)
        for (auto& section : p.sections)
            if (section.id == sectionId)
                section.text = text;
    emit saved();
    emit changed(Scope::Text, sectionId);
    return true;
}

void MeetingSession::refreshAll() {
    reload();
    emit changed(Scope::Details, NoId);
    emit changed(Scope::Attendance, NoId);
}
