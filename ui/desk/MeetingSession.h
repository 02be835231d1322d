#pragma once

#include "IdRemaps.h"
#include "Result.h"
#include "model/MeetingRecord.h"
#include "publish/PublicationMarks.h"
#include "rules/AttendanceTimeline.h"
#include "services/MeetingService.h"
#include "services/TypedJournal.h"
#include "services/TypedWriter.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <functional>
#include <memory>

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
//
// The typing path never waits for the disk: the record and the views change at once, and the
// writes go to a TypedWriter, which commits them on its own thread in order. Everything else
// (apply(), reading the meeting again) first waits until what was typed is written, so that it
// sees it; the session's destruction waits for it too.
//
// On a server that cannot be reached, what is typed goes on into the meeting's offline journal
// on this computer (TypedJournal) and the status bar says so; the writer connects again by
// itself and sends it. Everything else is refused while offline. A journal left by a desk closed
// (or killed) while offline is sent when the meeting is opened again; a damaged one is set aside.
class MeetingSession : public QObject {
    Q_OBJECT
public:
    enum class Scope { Structure, Attendance, Details, Text };

    // A meeting already read (MeetingService::load, or together with the file, see DeskFile): a
    // meeting that cannot be read is said by whoever read it, never opened empty.
    MeetingSession(const paragraf::Database& database, paragraf::MeetingRecord record,
                   QObject* parent = nullptr);
    ~MeetingSession() override;

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
    // The attendance keys' path: `change` writes through recordAttendance and removeAttendance
    // below, each checked against the record and kept in it at once, so the meeting is not read
    // back; only when someone else changed the attendance meanwhile is it read again. The views
    // hear Scope::Attendance, as from apply().
    bool applyAttendance(const Change& change);
    paragraf::Result<paragraf::Id> recordAttendance(paragraf::MeetingService& service,
                                                    const paragraf::AttendanceEvent& event);
    paragraf::Status removeAttendance(paragraf::MeetingService& service, paragraf::Id eventId);
    // The typing path: saves one section's text without reading the whole meeting back.
    bool saveSectionText(paragraf::Id sectionId, const QString& text);
    bool saveSectionHeading(paragraf::Id sectionId, const QString& heading);
    // The fields `set` changes in the paragraph as the record holds it, and only those.
    bool saveParagraphFields(paragraf::Id paragraphId,
                             const std::function<void(paragraf::Paragraph&)>& set);
    // Something typed is not yet durable in the file (being written, or waiting for the file).
    // Waits until what was typed is in the file, or the writer waits for a busy file or a full
    // disk; true when nothing typed is left unsaved.
    bool settleTyped();
    bool isWaiting() const { return !m_waiting.isEmpty() || m_durable < m_queued; }
    // The server could not be reached at the last typed write (and has not been since).
    bool isOffline() const { return m_offline; }
    // While offline, what is not typing needs the server now: refused with a message (failed),
    // never queued half-way. True when refused.
    bool refuseWhileOffline();
    // Blocks until what was typed is written (or waits for a busy file or a full disk).
    void flush();
    // The number of the last typed write (see durable(), which counts the writer's own looks at
    // the file too).
    qint64 lastQueued() const { return m_queued; }
    void reload();
    void refreshAll(); // reload and tell every view, e.g. when the file became writable
    // Someone else changed the file: read the meeting again and show what changed.
    void refreshFromFile();

    // The passages marked not for publication and the paragraphs about an individual (schema
    // 15): not part of the record, read with the meeting and again by reloadMarks().
    const paragraf::StoredMarks& publicationMarks() const { return m_marks; }
    QStringList markedPassages() const;
    bool concernsIndividual(paragraf::Id paragraphId) const;
    void reloadMarks(); // emits marksChanged()

    // Undo may bring back a deleted paragraph under a new id; commands ask for the id of today.
    // Paragraphs and sections apart: their ids are of different tables, and one map made a
    // paragraph's id resolve to a section's (a move then named a paragraph that is none).
    paragraf::Id resolve(paragraf::Id paragraphId) const {
        return m_paragraphIds.resolve(paragraphId);
    }
    void remap(paragraf::Id oldId, paragraf::Id newId) { m_paragraphIds.remap(oldId, newId); }
    paragraf::Id resolveSection(paragraf::Id sectionId) const {
        return m_sectionIds.resolve(sectionId);
    }
    void remapSection(paragraf::Id oldId, paragraf::Id newId) { m_sectionIds.remap(oldId, newId); }

    // An undo or redo of this meeting's history (see SessionCommand): runs `write`. When it
    // fails the file is as it was, so the history no longer matches it: the message says why and
    // that the history is cleared, which happens once the undo stack has finished the step
    // (never from inside a command it is running).
    bool runHistoryStep(const std::function<bool()>& write);
    // An undo or redo whose field no longer holds what the step left there (someone else changed
    // it since): refused and said, so that their change is not erased. Returns false.
    bool refuseStaleStep(const QString& what);
    // A step failed and the history waits to be cleared: the rest of a batch writes nothing.
    bool historyIsStale() const { return m_historyStale; }

signals:
    void changed(MeetingSession::Scope scope, paragraf::Id subject);
    void currentParagraphChanged(paragraf::Id paragraphId);
    void marksChanged();
    void failed(const QString& message);
    void saved();                // everything typed is durable in the file
    void fileChangedElsewhere(); // someone else committed to the file; the record was read again
    void saving();               // typing began after everything was saved: writes are in flight
    // Every typed write up to `sequence` (see lastQueued()) is durable or was refused.
    void durable(qint64 sequence);
    // What is typed cannot be written yet (the file is busy); it is kept and tried again.
    void waiting(const QString& message);

private:
    void adopt(paragraf::MeetingRecord record);
    // Opens the window's server connection again when it was lost; true when it was and is open.
    bool reconnectIfLost();
    void keep(paragraf::AttendanceWritten written);
    // Emits failed(); during an undo or redo, with the note that the history is cleared.
    // historyCleared: the undo history was emptied because of it, which is said too.
    void report(const QString& message, bool historyCleared = false);
    bool typedStepRefused();
    static QString refusalWithTyped(const paragraf::Error& refusal, const QString& typed);
    using Write = paragraf::TypedWriter::Write;
    // Runs a write of the typing path, or queues it behind those waiting; false when refused.
    bool writeTyped(const paragraf::TypedChange& change);
    paragraf::TypedChange typedChange(paragraf::TypedChange::Kind kind, paragraf::Id id) const;
    // A journal left from an earlier session: sent, or set aside when damaged.
    void recoverJournal();
    QString offlineMessage(const paragraf::TypedWriter::Report& report) const;
    void retryWaiting();
    paragraf::TypedWriter* writer();
    void writerProgressed();
    void refreshNow();
    static QString waitingMessage(paragraf::ErrorKind kind);
    void refusedWhileTyping(const paragraf::Status& status, const QString& typed,
                            bool historyCleared = false);
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
    paragraf::StoredMarks m_marks;
    paragraf::Id m_current = paragraf::NoId;
    QUndoStack m_undo;
    IdRemaps m_paragraphIds;
    IdRemaps m_sectionIds;
    bool m_inHistoryStep = false;
    bool m_stepReported = false;
    bool m_historyStale = false;
    std::unique_ptr<paragraf::TypedWriter> m_writer;
    bool m_noWriter = false; // the second connection could not be opened: written here
    qint64 m_queued = 0;
    qint64 m_durable = 0;
    bool m_toldWaiting = false;
    QString m_toldMessage;
    bool m_offline = false;
    std::shared_ptr<paragraf::TypedJournal> m_journal; // on a server only
    bool m_savedShown = true;       // "saved" was said last, not "saving" or "waiting"
    bool m_refreshOwed = false;     // someone else wrote while typed writes were in flight
    bool m_attendanceStale = false; // an attendance write saw someone else's change: read again
};
