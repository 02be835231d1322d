#include "ParagraphFieldsCommand.h"

#include "desk/MeetingSession.h"

using namespace paragraf;

ParagraphFieldsCommand::ParagraphFieldsCommand(MeetingSession& session, Paragraph before,
                                               Paragraph after, QString field)
    : SessionCommand(session), m_before(std::move(before)), m_after(std::move(after)),
      m_field(std::move(field)) {
    setText(QObject::tr("Edit %1").arg(m_field));
}

namespace {
// Only the fields this step changed are written (from `to`); what someone else changed in the
// paragraph's other fields meanwhile stays as they left it, also on undo.
void takeChanged(const Paragraph& before, const Paragraph& after, const Paragraph& to,
                 Paragraph& into) {
    if (before.title != after.title)
        into.title = to.title;
    if (before.caseNumber != after.caseNumber)
        into.caseNumber = to.caseNumber;
    if (before.kind != after.kind)
        into.kind = to.kind;
    if (before.decision != after.decision)
        into.decision = to.decision;
    if (before.immediatelyAdjusted != after.immediatelyAdjusted)
        into.immediatelyAdjusted = to.immediatelyAdjusted;
    if (before.presenterIds != after.presenterIds)
        into.presenterIds = to.presenterIds;
    if (before.attachments != after.attachments)
        into.attachments = to.attachments;
    if (before.expedition != after.expedition)
        into.expedition = to.expedition;
}
} // namespace

bool ParagraphFieldsCommand::save(const Paragraph& from, const Paragraph& to) {
    if (const Paragraph* now = m_session.paragraph(m_session.resolve(to.id))) {
        // What the paragraph would hold had nobody else touched the step's fields.
        Paragraph expected = *now;
        takeChanged(m_before, m_after, from, expected);
        if (!sameFields(expected, *now))
            return m_session.refuseStaleStep(m_field);
    }
    return m_session.saveParagraphFields(m_session.resolve(to.id), [this, &to](Paragraph& into) {
        takeChanged(m_before, m_after, to, into);
    });
}

void ParagraphFieldsCommand::redo() {
    step([this] { return save(m_before, m_after); });
}

void ParagraphFieldsCommand::undo() {
    step([this] { return save(m_after, m_before); });
}

bool ParagraphFieldsCommand::mergeWith(const QUndoCommand* other) {
    // A keystroke the file refused is not in it, so it is no part of the step either.
    if (other->isObsolete())
        return false;
    const auto* edit = static_cast<const ParagraphFieldsCommand*>(other);
    if (edit->m_field != m_field || edit->m_before.id != m_before.id)
        return false;
    m_after = edit->m_after;
    return true;
}
