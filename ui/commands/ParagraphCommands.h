#pragma once

#include "SessionCommand.h"
#include "model/Paragraph.h"

// A new paragraph at a position; undo deletes it, redo brings it back with what it held.
class AddParagraphCommand : public SessionCommand {
public:
    AddParagraphCommand(MeetingSession& session, paragraf::Paragraph paragraph);
    void redo() override;
    void undo() override;
    paragraf::Id paragraphId() const { return m_id; }

private:
    paragraf::Paragraph m_paragraph;
    paragraf::Id m_id = paragraf::NoId;
    paragraf::Id m_firstId = paragraf::NoId;
};

// Deleting a paragraph; undo puts it back, with its text, where it was.
class DeleteParagraphCommand : public SessionCommand {
public:
    DeleteParagraphCommand(MeetingSession& session, paragraf::Id paragraphId);
    void redo() override;
    void undo() override;

private:
    paragraf::Id m_id;
    paragraf::Paragraph m_saved;
};

class MoveParagraphCommand : public SessionCommand {
public:
    MoveParagraphCommand(MeetingSession& session, paragraf::Id paragraphId, int from, int to);
    void redo() override;
    void undo() override;

private:
    bool moveTo(int position);

    paragraf::Id m_id;
    int m_from;
    int m_to;
};
