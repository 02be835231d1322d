#include "MeetingSession.h"

#include "storage/Database.h"

using namespace paragraf;

namespace {
// What stops a typed write for a while: another writer holding the file, or a full disk.
bool mayWait(const Status& status) {
    return status.errorKind() == ErrorKind::Busy || status.errorKind() == ErrorKind::DiskFull;
}
} // namespace

MeetingSession::MeetingSession(const Database& database, MeetingRecord record, QObject* parent)
    : QObject(parent), m_database(database) {
    m_retry.setInterval(250);
    connect(&m_retry, &QTimer::timeout, this, &MeetingSession::retryWaiting);
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

QString MeetingSession::databaseReadOnlyReason() const {
    return m_database.readOnlyReason();
}

void MeetingSession::reload() {
    auto loaded = MeetingService(m_database).load(m_record.meeting.id);
    if (!loaded) {
        report(loaded.error());
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

void MeetingSession::report(const QString& message) {
    if (!m_inHistoryStep) {
        emit failed(message);
        return;
    }
    m_stepReported = true;
    emit failed(message + QStringLiteral("\n\n") +
                tr("Undo and redo have been cleared, since the history no longer matches the "
                   "file. The meeting is shown as the file holds it."));
}

bool MeetingSession::runHistoryStep(const std::function<bool()>& write) {
    m_inHistoryStep = true;
    m_stepReported = false;
    const bool done = write();
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
    const QString seen = section->text;
    const Database& database = m_database;
    if (!writeTyped(
            [&database, sectionId, seen, text] {
                return MeetingService(database).updateSectionText(sectionId, seen, text);
            },
            text))
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
    const QString seen = section->heading;
    const Database& database = m_database;
    if (!writeTyped(
            [&database, sectionId, seen, heading] {
                return MeetingService(database).updateSectionHeading(sectionId, seen, heading);
            },
            heading))
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
    const Database& database = m_database;
    if (!writeTyped(
            [&database, seen, wanted] {
                return MeetingService(database).changeParagraphFields(seen, wanted);
            },
            wanted.title))
        return false;
    if (Paragraph* written = paragraphToChange(paragraphId))
        *written = wanted;
    emit changed(Scope::Details, paragraphId);
    return true;
}

// Typed writes reach the file in the order they were typed: while one waits for a busy file,
// the next ones queue behind it, and the record already shows them (the next keystroke is
// compared against what the previous one will have written).
bool MeetingSession::writeTyped(const Write& write, const QString& typed) {
    if (!m_waiting.isEmpty()) {
        m_waiting.append({write, typed});
        return true;
    }
    const Status status = write();
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
    emit waiting(status.errorKind() == ErrorKind::DiskFull
                     ? tr("Not saved yet: the disk is full. What you type is kept and saved as "
                          "soon as there is room; free some space on the disk.")
                     : tr("Not saved yet: another program is writing to the file. What you "
                          "type is kept and saved as soon as the file is free."));
    return true;
}

void MeetingSession::retryWaiting() {
    while (!m_waiting.isEmpty()) {
        const Status status = m_waiting.first().write();
        if (!status && mayWait(status))
            return; // still busy or full: the timer tries again
        const QString typed = m_waiting.first().typed;
        m_waiting.removeFirst();
        if (!status) {
            m_retry.stop();
            m_waiting.clear();
            // What was queued was based on what the refused write would have written: the undo
            // history no longer matches the file.
            m_undo.clear();
            refusedWhileTyping(status, typed);
            return;
        }
    }
    m_retry.stop();
    emit saved();
}

void MeetingSession::refusedWhileTyping(const Status& status, const QString& typed) {
    QString message = status.error();
    if (status.errorKind() == ErrorKind::Conflict && !typed.trimmed().isEmpty())
        message += QLatin1Char('\n') + tr("What you had typed: %1").arg(typed.left(2000));
    report(message);
    if (status.errorKind() == ErrorKind::Conflict)
        refreshAll();
}

void MeetingSession::refreshFromFile() {
    if (!m_waiting.isEmpty())
        return; // what waits is written first; the file is read again after that
    const QList<Id> before = [this] {
        QList<Id> ids;
        for (const auto& p : m_record.paragraphs)
            ids << p.id;
        return ids;
    }();
    reload();
    QList<Id> after;
    for (const auto& p : m_record.paragraphs)
        after << p.id;
    if (after != before)
        emit changed(Scope::Structure, NoId);
    emit changed(Scope::Details, NoId);
    emit changed(Scope::Attendance, NoId);
}

void MeetingSession::refreshAll() {
    reload();
    emit changed(Scope::Details, NoId);
    emit changed(Scope::Attendance, NoId);
}
