#include "ParagraphCommands.h"

#include "desk/MeetingSession.h"

using namespace paragraf;

namespace {

// Re-inserting gives new ids to the paragraph and its sections; the session remembers the
// mapping so that older commands still find what they refer to.
Id reinsert(MeetingSession& session, const Paragraph& saved) {
    Id newId = NoId;
    session.apply(
        [&](MeetingService& service) -> Status {
            auto id = service.addParagraph(saved);
            if (!id)
                return fail(id.error());
            newId = id.value();
            return {};
        },
        MeetingSession::Scope::Structure);
    if (const Paragraph* added = session.paragraph(newId)) {
        session.remap(saved.id, newId);
        for (int i = 0; i < saved.sections.size() && i < added->sections.size(); ++i)
            session.remap(saved.sections[i].id, added->sections[i].id);
    }
    return newId;
}

} // namespace

AddParagraphCommand::AddParagraphCommand(MeetingSession& session, Paragraph paragraph)
    : m_session(session), m_paragraph(std::move(paragraph)) {
    setText(QObject::tr("New paragraph"));
}

void AddParagraphCommand::redo() {
    m_paragraph.id = m_firstId;
    m_id = reinsert(m_session, m_paragraph);
    if (m_id == NoId) {
        setObsolete(true);
        return;
    }
    if (m_firstId == NoId)
        m_firstId = m_id;
    m_session.setCurrentParagraph(m_id);
}

void AddParagraphCommand::undo() {
    // What was typed into it since is kept for redo.
    if (const Paragraph* current = m_session.paragraph(m_session.resolve(m_firstId)))
        m_paragraph = *current;
    const Id id = m_session.resolve(m_firstId);
    m_session.apply([id](MeetingService& service) { return service.deleteParagraph(id); },
                    MeetingSession::Scope::Structure);
}

DeleteParagraphCommand::DeleteParagraphCommand(MeetingSession& session, Id paragraphId)
    : m_session(session), m_id(paragraphId) {
    setText(QObject::tr("Delete paragraph"));
}

void DeleteParagraphCommand::redo() {
    const Id id = m_session.resolve(m_id);
    if (const Paragraph* current = m_session.paragraph(id))
        m_saved = *current;
    if (!m_session.apply([id](MeetingService& service) { return service.deleteParagraph(id); },
                         MeetingSession::Scope::Structure))
        setObsolete(true);
}

void DeleteParagraphCommand::undo() {
    const Id id = reinsert(m_session, m_saved);
    m_session.setCurrentParagraph(id);
}

MoveParagraphCommand::MoveParagraphCommand(MeetingSession& session, Id paragraphId, int from,
                                           int to)
    : m_session(session), m_id(paragraphId), m_from(from), m_to(to) {
    setText(QObject::tr("Move paragraph"));
}

void MoveParagraphCommand::redo() {
    const Id id = m_session.resolve(m_id);
    if (!m_session.apply([&](MeetingService& service) { return service.moveParagraph(id, m_to); },
                         MeetingSession::Scope::Structure))
        setObsolete(true);
}

void MoveParagraphCommand::undo() {
    const Id id = m_session.resolve(m_id);
    m_session.apply([&](MeetingService& service) { return service.moveParagraph(id, m_from); },
                    MeetingSession::Scope::Structure);
}
