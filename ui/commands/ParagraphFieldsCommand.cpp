#include "ParagraphFieldsCommand.h"

#include "MeetingSession.h"

using namespace paragraf;

ParagraphFieldsCommand::ParagraphFieldsCommand(MeetingSession& session, Paragraph before,
                                               Paragraph after, QString field)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after)),
      m_field(std::move(field)) {
    setText(QObject::tr("Edit %1").arg(m_field));
}

bool ParagraphFieldsCommand::save(Paragraph paragraph) {
    paragraph.id = m_session.resolve(paragraph.id);
    return m_session.apply(
        [paragraph](MeetingService& service) { return service.updateParagraph(paragraph); },
        MeetingSession::Scope::Details, paragraph.id);
}

void ParagraphFieldsCommand::redo() {
    if (!save(m_after))
        setObsolete(true);
}

void ParagraphFieldsCommand::undo() {
    save(m_before);
}

bool ParagraphFieldsCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = static_cast<const ParagraphFieldsCommand*>(other);
    if (edit->m_field != m_field || edit->m_before.id != m_before.id)
        return false;
    m_after = edit->m_after;
    return true;
}
