#pragma once

#include "Result.h"
#include "model/MeetingRecord.h"
#include "rules/AttendanceTimeline.h"
#include "services/MeetingService.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <functional>

namespace paragraf {
class Database;
}

// One open meeting at the desk: its undo stack, the record as it stands in the database, and the
// paragraph the secretary is at. Every change goes through apply(): the service commits it, the
// record is read back, and the views hear what changed. Nothing is kept only in a widget.
//
// Typing (section text, headings, a paragraph's fields) is written as compare-and-set against
// the record: a field someone else changed meanwhile is refused, said, and shown as stored.
// While another program holds the file, what is typed waits here in order and is written when
// the file is free; "saved" is said only when everything typed is in the file.
class MeetingSession : public QObject {
    Q_OBJECT
public:
    enum class Scope { Structure, Attendance, Details, Text };

    // A meeting already read (MeetingService::load, or together with the file, see DeskFile): a
    // meeting that cannot be read is said by whoever read it, never opened empty.
    MeetingSession(const paragraf::Database& database, paragraf::MeetingRecord record,
                   QObject* parent = nullptr);

    const paragraf::MeetingRecord& record() const { return m_record; }
    // Who was present and served at each paragraph, derived once each time the record is read.
    const paragraf::AttendanceTimeline& timeline() const { return m_timeline; }
    paragraf::Id meetingId() const { return m_record.meeting.id; }
    bool isReadOnly() const; // the file, or the protocol sent for adjustment or adjusted
    bool databaseIsReadOnly() const;
    QString databaseReadOnlyReason() const; // why the file cannot be written, if it cannot
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
    bool saveSectionHeading(paragraf::Id sectionId, const QString& heading);
    // The fields `set` changes in the paragraph as the record holds it, and only those.
    bool saveParagraphFields(paragraf::Id paragraphId,
                             const std::function<void(paragraf::Paragraph&)>& set);
    bool isWaiting() const { return !m_waiting.isEmpty(); }
    void reload();
    void refreshAll(); // reload and tell every view, e.g. when the file became writable
    // Someone else changed the file: read the meeting again and show what changed.
    void refreshFromFile();

    // Undo may bring back a deleted paragraph under a new id; commands ask for the id of today.
    paragraf::Id resolve(paragraf::Id id) const;
    void remap(paragraf::Id oldId, paragraf::Id newId);

    // An undo or redo of this meeting's history (see SessionCommand): runs `write`. When it
    // fails the file is as it was, so the history no longer matches it: the message says why and
    // that the history is cleared, which happens once the undo stack has finished the step
    // (never from inside a command it is running).
    bool runHistoryStep(const std::function<bool()>& write);
    // A step failed and the history waits to be cleared: the rest of a batch writes nothing.
    bool historyIsStale() const { return m_historyStale; }

signals:
    void changed(MeetingSession::Scope scope, paragraf::Id subject);
    void currentParagraphChanged(paragraf::Id paragraphId);
    void failed(const QString& message);
    void saved();
    // What is typed cannot be written yet (the file is busy); it is kept and tried again.
    void waiting(const QString& message);

private:
    void adopt(paragraf::MeetingRecord record);
    // Emits failed(); during an undo or redo, with the note that the history is cleared.
    void report(const QString& message);
    using Write = std::function<paragraf::Status()>;
    // Runs a write of the typing path, or queues it behind those waiting; false when refused.
    bool writeTyped(const Write& write, const QString& typed);
    void retryWaiting();
    void refusedWhileTyping(const paragraf::Status& status, const QString& typed);
    paragraf::Paragraph* paragraphToChange(paragraf::Id id);
    paragraf::Section* sectionToChange(paragraf::Id id);

    struct Waiting {
        Write write;
        QString typed; // what the secretary typed, to give back if it cannot be written
    };
    QList<Waiting> m_waiting;
    QTimer m_retry;

    const paragraf::Database& m_database;
    paragraf::MeetingRecord m_record;
    paragraf::AttendanceTimeline m_timeline;
    paragraf::Id m_current = paragraf::NoId;
    QUndoStack m_undo;
    QHash<paragraf::Id, paragraf::Id> m_remapped;
    bool m_inHistoryStep = false;
    bool m_stepReported = false;
    bool m_historyStale = false;
};
