#pragma once

#include "SessionCommand.h"
#include "model/Ids.h"

// Typing in a section, its text or its heading. Each keystroke is saved when it is made; a
// burst of typing in the same part of a section is one step for undo.
class SectionTextCommand : public SessionCommand {
public:
    enum class Part { Text, Heading };
    // Commands of the same burst (typing without a pause or a change of focus) merge.
    SectionTextCommand(MeetingSession& session, paragraf::Id sectionId, QString before,
                       QString after, int burst, Part part = Part::Text);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    // Writes `value` where the section still holds `from` (what the other side of the step left).
    bool save(const QString& from, const QString& value);

    Part m_part;
    paragraf::Id m_section;
    QString m_before;
    QString m_after;
    int m_burst;
};
