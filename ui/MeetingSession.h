#pragma once

#include "Result.h"
#include "model/MeetingRecord.h"
#include "rules/AttendanceTimeline.h"
#include "services/MeetingService.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>
#include <functional>

namespace paragraf {
class Database;
}

// One open meeting at the desk: its undo stack, the record as it stands in the database, and the
// paragraph the secretary is at. Every change goes through apply(): the service commits it, the
// record is read back, and the views hear what changed. Nothing is kept only in a widget.
class MeetingSession : public QObject {
    Q_OBJECT
public:
    enum class Scope { Structure, Attendance, Details, Text };

    MeetingSession(const paragraf::Database& database, paragraf::Id meetingId,
                   QObject* parent = nullptr);
    // A meeting already read, e.g. together with the file (see DeskFile).
    MeetingSession(const paragraf::Database& database, paragraf::MeetingRecord record,
                   QObject* parent = nullptr);

    const paragraf::MeetingRecord& record() const { return m_record; }
    // Who was present and served at each paragraph, derived once each time the record is read.
    const paragraf::AttendanceTimeline& timeline() const { return m_timeline; }
    paragraf::Id meetingId() const { return m_record.meeting.id; }
    bool isReadOnly() const; // the file, or the protocol sent for adjustment or adjusted
    bool databaseIsReadOnly() const;
    const paragraf::Database& database() const { return m_database; }
    QUndoStack* undoStack() { return &m_undo; }

    // The paragraph the secretary is at; attendance changes happen at its boundaries.
    paragraf::Id currentParagraph() const { return m_current; }
    void setCurrentParagraph(paragraf::Id paragraphId);
    const paragraf::Paragraph* paragraph(paragraf::Id id) const;
    const paragraf::Section* section(paragraf::Id id) const;

    using Change = std::function<paragraf::Status(paragraf::MeetingService&)>;
    bool apply(const Change& change, Scope scope, paragraf::Id subject = paragraf::NoId);
    // The typing path: saves one section's text without reading the whole meeting back.
    bool saveSectionText(paragraf::Id sectionId, const QString& text);
    void reload();
    void refreshAll(); // reload and tell every view, e.g. when the file became writable

    // Undo may bring back a deleted paragraph under a new id; commands ask for the id of today.
    paragraf::Id resolve(paragraf::Id id) const;
    void remap(paragraf::Id oldId, paragraf::Id newId);

signals:
    void changed(MeetingSession::Scope scope, paragraf::Id subject);
    void currentParagraphChanged(paragraf::Id paragraphId);
    void failed(const QString& message);
    void saved();

private:
    void adopt(paragraf::MeetingRecord record);

    const paragraf::Database& m_database;
    paragraf::MeetingRecord m_record;
    paragraf::AttendanceTimeline m_timeline;
    paragraf::Id m_current = paragraf::NoId;
    QUndoStack m_undo;
    QHash<paragraf::Id, paragraf::Id> m_remapped;
};
