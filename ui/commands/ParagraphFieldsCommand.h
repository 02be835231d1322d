#pragma once

#include "SessionCommand.h"
#include "model/Paragraph.h"

// A change to a paragraph's own fields (title, dnr, kind, decision, presenters). Typing in one
// field of one paragraph merges into one undo step; each keystroke is saved as it is made.
class ParagraphFieldsCommand : public SessionCommand {
public:
    ParagraphFieldsCommand(MeetingSession& session, paragraf::Paragraph before,
                           paragraf::Paragraph after, QString field);
    void redo() override;
    void undo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    // Writes the step's fields from `to` where the paragraph still holds them as in `from`.
    bool save(const paragraf::Paragraph& from, const paragraf::Paragraph& to);

    paragraf::Paragraph m_before;
    paragraf::Paragraph m_after;
    QString m_field;
};
