#include "MeetingSession.h"

#include "storage/Database.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <utility>

using namespace paragraf;

namespace {
// What stops a typed write for a while: another writer holding the file, or a full disk.
bool mayWait(const Status& status) {
    return status.errorKind() == ErrorKind::Busy || status.errorKind() == ErrorKind::DiskFull;
}
// What the secretary typed in a paragraph's own fields, to give back if it cannot be written: the
// text of the field that changed (the decision, the dnr or the title).
QString typedIn(const Paragraph& seen, const Paragraph& wanted) {
    if (seen.decision != wanted.decision)
        return wanted.decision;
    if (seen.caseNumber != wanted.caseNumber)
        return wanted.caseNumber;
    return seen.title != wanted.title ? wanted.title : QString();
}
} // namespace

MeetingSession::MeetingSession(const Database& database, MeetingRecord record, QObject* parent)
    : QObject(parent), m_database(database) {
    m_retry.setInterval(250);
    connect(&m_retry, &QTimer::timeout, this, &MeetingSession::retryWaiting);
    adopt(std::move(record));
    reloadMarks();
    if (!m_record.paragraphs.isEmpty())
        m_current = m_record.paragraphs.last().id;
    if (m_database.isServer() && !m_database.isReadOnly()) {
        m_journal = std::make_shared<TypedJournal>(m_database.path(), m_record.meeting.id);
        // After the window has connected to the session's signals, so that it hears the outcome.
        // The writer is there before the network can go: its connection is made now.
        (void)writer();
        if (m_journal->exists())
            QMetaObject::invokeMethod(this, &MeetingSession::recoverJournal, Qt::QueuedConnection);
    }
}

void MeetingSession::recoverJournal() {
    const auto found = m_journal->read();
    if (!found) {
        const QString aside = m_journal->setAside();
        report(found.error() + QLatin1Char('\n') +
               tr("It was set aside as %1; nothing in it was sent. Open it to see what was "
                  "typed.")
                   .arg(aside));
        return;
    }
    TypedWriter* writer = this->writer();
    if (found->isEmpty() || !writer)
        return;
    m_queued = writer->enqueueJournaled(found.value());
    m_refreshOwed = true; // once sent, the meeting is read again to show it
    if (std::exchange(m_savedShown, false))
        emit saving();
}

// What needs the server now (attendance, votes, signing …) is refused while it cannot be
// reached, never queued half-way; only typing is kept on this computer.
bool MeetingSession::refuseWhileOffline() {
    if (!m_offline)
        return false;
    report(tr("The server cannot be reached, so this cannot be done now: only typing is kept on "
              "this computer while offline. Try again when the status bar says the server is "
              "back."));
    return true;
}

// What is typed is never lost with the window: the writer finishes before it goes.
MeetingSession::~MeetingSession() {
    m_writer.reset();
}

bool MeetingSession::isReadOnly() const {
    return m_database.isReadOnly() || isFrozen(m_record.meeting.status);
}

bool MeetingSession::databaseIsReadOnly() const {
    return m_database.isReadOnly();
}

QString MeetingSession::databaseReadOnlyReason() const {
    return m_database.readOnlyReason();
}

void MeetingSession::reload() {
    flush(); // what was typed is read back as written
    auto loaded = MeetingService(m_database).load(m_record.meeting.id);
    // The window's connection went with the server and has not been opened again yet (the
    // writer came back first): opened now, so that what the server holds is shown.
    if (!loaded && reconnectIfLost())
        loaded = MeetingService(m_database).load(m_record.meeting.id);
    if (!loaded) {
        report(loaded.error());
        return;
    }
    adopt(std::move(loaded).value());
    if (m_current != NoId && !paragraph(m_current))
        m_current = m_record.paragraphs.isEmpty() ? NoId : m_record.paragraphs.last().id;
}

bool MeetingSession::reconnectIfLost() {
    return m_database.isLost() && m_database.reconnect().ok();
}

void MeetingSession::adopt(MeetingRecord record) {
    m_record = std::move(record);
    m_timeline = timelineOf(m_record);
}

void MeetingSession::reloadMarks() {
    const auto stored = PublicationMarkService(m_database).stored(m_record);
    if (!stored) {
        report(stored.error());
        return;
    }
    m_marks = stored.value();
    emit marksChanged();
}

QStringList MeetingSession::markedPassages() const {
    QStringList passages;
    for (const MarkStanding& m : m_marks.passages)
        passages << m.mark.passage;
    return passages;
}

bool MeetingSession::concernsIndividual(Id paragraphId) const {
    return m_marks.individualParagraphs().contains(paragraphId);
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
    flush(); // the change sees what was typed before it
    if (refuseWhileOffline())
        return false;
    MeetingService service(m_database);
    const Status status = change(service);
    if (m_writer) // the file changed, by this session: no news to read back
        m_writer->look(true);
    if (!status) {
        if (status.errorKind() == ErrorKind::Offline || m_database.isLost())
            (void)m_database.reconnect(); // for the next try, if the server is back already
        report(status.error());
        if (status.errorKind() == ErrorKind::Conflict)
            refreshAll();
        return false;
    }
    emit saved();
    reload();
    emit changed(scope, subject);
    return true;
}

bool MeetingSession::applyAttendance(const Change& change) {
    flush(); // the change sees what was typed before it
    if (refuseWhileOffline())
        return false;
    m_attendanceStale = false;
    MeetingService service(m_database);
    const Status status = change(service);
    if (m_writer)
        m_writer->look(true);
    // The record and its timeline already hold what was written (a refused step writes
    // nothing, or takes back what it wrote).
    if (m_attendanceStale)
        reload();
    if (!status) {
        report(status.error());
        if (status.errorKind() == ErrorKind::Conflict)
            refreshAll();
        else if (m_attendanceStale)
            emit changed(Scope::Attendance, NoId);
        return false;
    }
    emit saved();
    emit changed(Scope::Attendance, NoId);
    return true;
}

Result<Id> MeetingSession::recordAttendance(MeetingService& service, const AttendanceEvent& event) {
    const auto written = service.recordAttendance(m_record, event);
    if (!written)
        return fail(written.failure());
    keep(written.value());
    return written->recorded.id;
}

Status MeetingSession::removeAttendance(MeetingService& service, Id eventId) {
    const auto written = service.removeAttendance(m_record, eventId);
    if (!written)
        return fail(written.failure());
    keep(written.value());
    return {};
}

// The change and the timeline the service derived for its checks, when it checked against the
// record; otherwise the meeting is read again once the whole step is done.
void MeetingSession::keep(AttendanceWritten written) {
    if (!written.seenWasCurrent) {
        m_attendanceStale = true;
        return;
    }
    applyTo(m_record, written);
    m_timeline = std::move(written.timeline);
}

QString MeetingSession::offlineMessage(const TypedWriter::Report& report) const {
    if (report.kept)
        return tr("Offline: the server cannot be reached. What you type is kept on this "
                  "computer and sent when the server is back.");
    return tr("Offline: the server cannot be reached, and what you type cannot be kept on this "
              "computer (%1). Do not close the meeting.")
        .arg(report.waitingFor.message);
}

QString MeetingSession::waitingMessage(ErrorKind kind) {
    return kind == ErrorKind::DiskFull
               ? tr("Not saved yet: the disk is full. What you type is kept and saved as "
                    "soon as there is room; free some space on the disk.")
               : tr("Not saved yet: another program is writing to the file. What you "
                    "type is kept and saved as soon as the file is free.");
}

void MeetingSession::report(const QString& message, bool historyCleared) {
    if (!m_inHistoryStep && !historyCleared) {
        emit failed(message);
        return;
    }
    m_stepReported = m_inHistoryStep;
    emit failed(message + QStringLiteral("\n\n") +
                (m_database.isServer()
                     ? tr("Undo and redo have been cleared, since the history no longer matches "
                          "the server. The meeting is shown as the server holds it.")
                     : tr("Undo and redo have been cleared, since the history no longer matches "
                          "the file. The meeting is shown as the file holds it.")));
}

bool MeetingSession::runHistoryStep(const std::function<bool()>& write) {
    m_inHistoryStep = true;
    m_stepReported = false;
    bool done = write();
    if (done && m_writer)
        done = !typedStepRefused();
    if (!done && !m_stepReported)
        report(tr("This step cannot be undone or redone: what it changed is no longer in the "
                  "meeting (someone else may have deleted it)."));
    m_inHistoryStep = false;
    if (done)
        return true;
    m_historyStale = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_undo.clear();
            m_historyStale = false;
            if (!isWaiting()) // what waits to be written is shown, not what the file holds yet
                refreshAll();
        },
        Qt::QueuedConnection);
    return false;
}

bool MeetingSession::refuseStaleStep(const QString& what) {
    report((m_database.isServer()
                ? tr("Someone else (another desk or program) changed the field \"%1\" after this "
                     "step, so the step was not undone or redone: their change stays. What the "
                     "server holds now is shown.")
                : tr("Someone else (another window or program) changed the field \"%1\" after "
                     "this step, so the step was not undone or redone: their change stays. What "
                     "the file holds now is shown."))
               .arg(what));
    return false;
}

// An undo or redo of typing is written by the writer like a keystroke, but the history must know
// at once whether the file took it (the steps after a refused one must not run): it waits here.
// A busy file or a full disk keeps the write queued, as for typing.
bool MeetingSession::typedStepRefused() {
    m_writer->flush();
    const TypedWriter::Report progress = m_writer->take();
    m_durable = progress.durable;
    emit durable(progress.durable);
    if (!progress.refused)
        return false;
    report(refusalWithTyped(progress.refusal, progress.typed));
    m_writer->resume();
    m_toldWaiting = false;
    return true;
}

Paragraph* MeetingSession::paragraphToChange(Id id) {
    for (auto& p : m_record.paragraphs)
        if (p.id == id)
            return &p;
    return nullptr;
}

Section* MeetingSession::sectionToChange(Id id) {
    for (auto& p : m_record.paragraphs)
        for (auto& s : p.sections)
            if (s.id == id)
                return &s;
    return nullptr;
}

bool MeetingSession::saveSectionText(Id sectionId, const QString& text) {
    Section* section = sectionToChange(sectionId);
    if (!section)
        return false;
    TypedChange change = typedChange(TypedChange::Kind::SectionText, sectionId);
    change.seen = section->text;
    change.wanted = text;
    change.typed = text;
    if (!writeTyped(change))
        return false;
    if (Section* written = sectionToChange(sectionId))
        written->text = text;
    emit changed(Scope::Text, sectionId);
    return true;
}

bool MeetingSession::saveSectionHeading(Id sectionId, const QString& heading) {
    Section* section = sectionToChange(sectionId);
    if (!section)
        return false;
    TypedChange change = typedChange(TypedChange::Kind::SectionHeading, sectionId);
    change.seen = section->heading;
    change.wanted = heading;
    change.typed = heading;
    if (!writeTyped(change))
        return false;
    if (Section* written = sectionToChange(sectionId))
        written->heading = heading;
    emit changed(Scope::Text, sectionId);
    return true;
}

bool MeetingSession::saveParagraphFields(Id paragraphId,
                                         const std::function<void(Paragraph&)>& set) {
    const Paragraph* stored = paragraphToChange(paragraphId);
    if (!stored)
        return false;
    const Paragraph seen = *stored;
    Paragraph wanted = seen;
    set(wanted);
    if (sameFields(wanted, seen))
        return true;
    TypedChange change = typedChange(TypedChange::Kind::ParagraphFields, paragraphId);
    change.seenFields = seen;
    change.wantedFields = wanted;
    change.typed = typedIn(seen, wanted);
    if (!writeTyped(change))
        return false;
    if (Paragraph* written = paragraphToChange(paragraphId))
        *written = wanted;
    // The subject says "this paragraph's own fields only"; a kind changes quorum, so all.
    emit changed(Scope::Details, wanted.kind == seen.kind ? paragraphId : NoId);
    return true;
}

// Typed writes reach the file in the order they were typed: while one waits for a busy file,
// the next ones queue behind it, and the record already shows them (the next keystroke is
// compared against what the previous one will have written).
TypedChange MeetingSession::typedChange(TypedChange::Kind kind, Id id) const {
    TypedChange change;
    change.kind = kind;
    change.id = id;
    change.meetingId = m_record.meeting.id;
    return change;
}

bool MeetingSession::writeTyped(const TypedChange& change) {
    const Write write = [change](const Database& database) {
        return change.apply(database);
    };
    const QString& typed = change.typed;
    if (TypedWriter* writer = this->writer()) {
        m_queued = writer->enqueue(change);
        if (std::exchange(m_savedShown, false))
            emit saving();
        return true;
    }
    if (!m_waiting.isEmpty()) {
        m_waiting.append({write, typed});
        return true;
    }
    const Status status = write(m_database);
    if (status) {
        emit saved();
        return true;
    }
    if (!mayWait(status)) {
        refusedWhileTyping(status, typed);
        return false;
    }
    m_waiting.append({write, typed});
    m_retry.start();
    emit waiting(waitingMessage(status.errorKind()));
    return true;
}

void MeetingSession::retryWaiting() {
    while (!m_waiting.isEmpty()) {
        const Status status = m_waiting.first().write(m_database);
        if (!status && mayWait(status))
            return; // still busy or full: the timer tries again
        const QString typed = m_waiting.first().typed;
        m_waiting.removeFirst();
        if (!status) {
            m_retry.stop();
            m_waiting.clear();
            // What was queued was based on what the refused write would have written: the undo
            // history no longer matches the file.
            const bool hadHistory = m_undo.count() > 0;
            m_undo.clear();
            refusedWhileTyping(status, typed, hadHistory);
            return;
        }
    }
    m_retry.stop();
    emit saved();
}

// A refusal's message, with what was typed given back (it is not in the file): someone else
// changed the field, or the protocol was sent or adjusted meanwhile (a journal sent late).
QString MeetingSession::refusalWithTyped(const Error& refusal, const QString& typed) {
    if (mayWait(Status(refusal)) || refusal.kind == ErrorKind::Offline || typed.trimmed().isEmpty())
        return refusal.message;
    // A long text would make a message box taller than the screen: it goes to the clipboard,
    // whole, and the message shows how it begins.
    constexpr int shown = 300;
    if (typed.size() <= shown)
        return refusal.message + QLatin1Char('\n') + tr("What you had typed: %1").arg(typed);
    QGuiApplication::clipboard()->setText(typed);
    return refusal.message + QLatin1Char('\n') +
           tr("What you had typed (%1 characters) is on the clipboard; it begins: %2…")
               .arg(QLocale().toString(typed.size()), typed.left(shown));
}

void MeetingSession::refusedWhileTyping(const Status& status, const QString& typed,
                                        bool historyCleared) {
    report(refusalWithTyped(status.failure(), typed), historyCleared);
    if (status.errorKind() == ErrorKind::Conflict)
        refreshAll();
}

void MeetingSession::refreshFromFile() {
    if (m_writer) {
        // The writer's own commits are news to this connection too: the writer tells which
        // were someone else's (writerProgressed()).
        m_writer->look();
        return;
    }
    refreshNow();
}

void MeetingSession::refreshNow() {
    if (!m_waiting.isEmpty())
        return; // what waits is written first; the file is read again after that
    const QList<Id> before = [this] {
        QList<Id> ids;
        for (const auto& p : m_record.paragraphs)
            ids << p.id;
        return ids;
    }();
    reload();
    reloadMarks(); // another desk may have marked
    QList<Id> after;
    for (const auto& p : m_record.paragraphs)
        after << p.id;
    if (after != before)
        emit changed(Scope::Structure, NoId);
    emit fileChangedElsewhere();
    emit changed(Scope::Details, NoId);
    emit changed(Scope::Attendance, NoId);
}

void MeetingSession::refreshAll() {
    reload();
    emit changed(Scope::Details, NoId);
    emit changed(Scope::Attendance, NoId);
}

bool MeetingSession::settleTyped() {
    if (m_writer) {
        m_writer->flush();
        writerProgressed();
    }
    return !isWaiting();
}

void MeetingSession::flush() {
    if (m_writer)
        m_writer->flush();
}

// The typing path's writer, made at the first keystroke of a writable file; without a second
// connection the session writes on its own.
TypedWriter* MeetingSession::writer() {
    if (m_writer || m_noWriter || m_database.isReadOnly())
        return m_writer.get();
    m_writer = std::make_unique<TypedWriter>(m_database);
    if (!m_writer->isOpen()) {
        m_writer.reset();
        m_noWriter = true;
        return nullptr;
    }
    if (m_journal)
        m_writer->keepOfflineIn(m_journal);
    connect(m_writer.get(), &TypedWriter::progressed, this, &MeetingSession::writerProgressed);
    return m_writer.get();
}

void MeetingSession::writerProgressed() {
    if (!m_writer)
        return;
    const TypedWriter::Report report = m_writer->take();
    m_durable = report.durable;
    emit durable(report.durable);
    if (report.refused) {
        // What was typed after the refused write was based on it: the undo history no longer
        // matches the file, and the record is read again (refusedWhileTyping) before typing
        // is written again.
        // Refused when it was sent after the server came back: no longer offline, and the
        // meeting is read again from the server (refusedWhileTyping, refreshAll).
        const bool hadHistory = m_undo.count() > 0;
        m_undo.clear();
        m_offline = false;
        refusedWhileTyping(Status(report.refusal), report.typed, hadHistory);
        if (report.refusal.kind != ErrorKind::Conflict)
            refreshAll();
        m_writer->resume();
        m_toldWaiting = false;
        // Nothing typed is in flight any more: the status bar does not go on saying "Saving …".
        if (!isWaiting() && !std::exchange(m_savedShown, true))
            emit saved();
        return;
    }
    if (report.otherCommit)
        m_refreshOwed = true;
    const bool wasOffline =
        std::exchange(m_offline, report.waiting && report.waitingFor.kind == ErrorKind::Offline);
    if (wasOffline && !m_offline)
        (void)reconnectIfLost(); // the window's own connection was lost with the server too
    if (report.waiting && isWaiting()) {
        const QString message =
            m_offline ? offlineMessage(report) : waitingMessage(report.waitingFor.kind);
        if (!std::exchange(m_toldWaiting, true) || message != m_toldMessage)
            emit waiting(message);
        m_toldMessage = message;
        return;
    }
    m_toldWaiting = false;
    if (isWaiting())
        return;
    if (!std::exchange(m_savedShown, true))
        emit saved();
    if (std::exchange(m_refreshOwed, false))
        refreshNow();
}
