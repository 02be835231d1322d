#include "SectionTextCommand.h"

#include "MeetingSession.h"

SectionTextCommand::SectionTextCommand(MeetingSession& session, paragraf::Id sectionId,
                                       QString before, QString after, int burst)
    : m_session(session), m_section(sectionId), m_before(std::move(before)),
      m_after(std::move(after)), m_burst(burst) {
    setText(QObject::tr("Typing"));
}

void SectionTextCommand::redo() {
    if (!m_session.saveSectionText(m_session.resolve(m_section), m_after))
        setObsolete(true);
}

void SectionTextCommand::undo() {
    m_session.saveSectionText(m_session.resolve(m_section), m_before);
}

bool SectionTextCommand::mergeWith(const QUndoCommand* other) {
    const auto* typing = static_cast<const SectionTextCommand*>(other);
    if (typing->m_section != m_section || typing->m_burst != m_burst)
        return false;
    m_after = typing->m_after;
    return true;
}
