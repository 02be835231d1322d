#include "SectionTextCommand.h"

#include "desk/MeetingSession.h"

SectionTextCommand::SectionTextCommand(MeetingSession& session, paragraf::Id sectionId,
                                       QString before, QString after, int burst, Part part)
    : SessionCommand(session), m_part(part), m_section(sectionId), m_before(std::move(before)),
      m_after(std::move(after)), m_burst(burst) {
    setText(part == Part::Text ? QObject::tr("Typing") : QObject::tr("Section heading"));
}

bool SectionTextCommand::save(const QString& from, const QString& value) {
    const paragraf::Id section = m_session.resolveSection(m_section);
    if (const paragraf::Section* now = m_session.section(section))
        if ((m_part == Part::Text ? now->text : now->heading) != from)
            return m_session.refuseStaleStep(m_part == Part::Text ? QObject::tr("text")
                                                                  : QObject::tr("heading"));
    return m_part == Part::Text ? m_session.saveSectionText(section, value)
                                : m_session.saveSectionHeading(section, value);
}

void SectionTextCommand::redo() {
    step([this] { return save(m_before, m_after); });
}

void SectionTextCommand::undo() {
    step([this] { return save(m_after, m_before); });
}

bool SectionTextCommand::mergeWith(const QUndoCommand* other) {
    // A keystroke the file refused is not in it, so it is no part of the step either.
    if (other->isObsolete())
        return false;
    const auto* typing = static_cast<const SectionTextCommand*>(other);
    if (typing->m_section != m_section || typing->m_burst != m_burst || typing->m_part != m_part)
        return false;
    m_after = typing->m_after;
    return true;
}
