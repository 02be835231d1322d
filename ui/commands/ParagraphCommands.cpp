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
            session.remapSection(saved.sections[i].id, added->sections[i].id);
    }
    return newId;
}

} // namespace

AddParagraphCommand::AddParagraphCommand(MeetingSession& session, Paragraph paragraph)
    : SessionCommand(session), m_paragraph(std::move(paragraph)) {
    setText(QObject::tr("New paragraph"));
}

void AddParagraphCommand::redo() {
    step([this] {
        m_paragraph.id = m_firstId;
        m_id = reinsert(m_session, m_paragraph);
        if (m_id == NoId)
            return false;
        if (m_firstId == NoId)
            m_firstId = m_id;
        m_session.setCurrentParagraph(m_id);
        return true;
    });
}

void AddParagraphCommand::undo() {
    step([this] {
        const Id id = m_session.resolve(m_firstId);
        // What was typed into it since is kept for redo.
        if (const Paragraph* current = m_session.paragraph(id))
            m_paragraph = *current;
        return m_session.apply(
            [id](MeetingService& service) { return service.deleteParagraph(id); },
            MeetingSession::Scope::Structure);
    });
}

DeleteParagraphCommand::DeleteParagraphCommand(MeetingSession& session, Id paragraphId)
    : SessionCommand(session), m_id(paragraphId) {
    setText(QObject::tr("Delete paragraph"));
}

void DeleteParagraphCommand::redo() {
    step([this] {
        const Id id = m_session.resolve(m_id);
        if (const Paragraph* current = m_session.paragraph(id))
            m_saved = *current;
        return m_session.apply(
            [id](MeetingService& service) { return service.deleteParagraph(id); },
            MeetingSession::Scope::Structure);
    });
}

void DeleteParagraphCommand::undo() {
    step([this] {
        const Id id = reinsert(m_session, m_saved);
        if (id == NoId)
            return false;
        m_session.setCurrentParagraph(id);
        return true;
    });
}

MoveParagraphCommand::MoveParagraphCommand(MeetingSession& session, Id paragraphId, int from,
                                           int to)
    : SessionCommand(session), m_id(paragraphId), m_from(from), m_to(to) {
    setText(QObject::tr("Move paragraph"));
}

bool MoveParagraphCommand::moveTo(int position) {
    const Id id = m_session.resolve(m_id);
    return m_session.apply(
        [id, position](MeetingService& service) { return service.moveParagraph(id, position); },
        MeetingSession::Scope::Structure);
}

void MoveParagraphCommand::redo() {
    step([this] { return moveTo(m_to); });
}

void MoveParagraphCommand::undo() {
    step([this] { return moveTo(m_from); });
}
