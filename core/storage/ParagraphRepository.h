#pragma once

#include "Result.h"
#include "model/Meeting.h"
#include "model/Paragraph.h"
#include "model/ParagraphField.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// Paragraphs with their presenters, sections and lists. Positions inside a meeting stay dense
// (0..n-1); numbers are written by the numbering service. Writes run inside a transaction owned
// by the caller.
class ParagraphRepository {
public:
    explicit ParagraphRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    // Inserts at paragraph.position, moving later paragraphs down by one.
    Result<Id> insertParagraph(const Paragraph& paragraph);
    // At `position` in a meeting whose paragraphs stand at exactly 0..position-1 (an import
    // filling a new meeting in order): nothing moves, nothing of the order is read.
    Result<Id> appendParagraph(const Paragraph& paragraph, int position);
    Status deleteParagraph(Id paragraphId);
    Status moveParagraph(Id paragraphId, int newPosition);
    Status updateFields(const Paragraph& paragraph); // title, dnr, kind, decision, omedelbar
    Status setPresenters(Id paragraphId, const QList<Id>& participantIds);
    // The typing path: one paragraph's presenters in order, and one added last or one taken
    // out (those after it move up), each touching its own rows only.
    Result<QList<Id>> presenters(Id paragraphId) const;
    Status appendPresenter(Id paragraphId, int position, Id participantId);
    Status removePresenterAt(Id paragraphId, int position);
    Status setLines(Id paragraphId, const QString& list, const QStringList& lines);

    Result<Id> insertSection(Id paragraphId, int position, const Section& section);
    Status updateSectionText(Id sectionId, const QString& text);
    // Compare-and-set: writes only where the stored value is still `expected`; false when it
    // is not (someone else changed it), without writing.
    Result<bool> updateSectionTextIf(Id sectionId, const QString& expected, const QString& text);
    Result<bool> updateSectionHeadingIf(Id sectionId, const QString& expected,
                                        const QString& heading);
    using Field = ParagraphField;
    Result<bool> updateFieldIf(Id paragraphId, Field field, const QVariant& expected,
                               const QVariant& value);
    Status updateSectionHeading(Id sectionId, const QString& heading);
    Status deleteSection(Id sectionId);

    Status numberFrom(Id meetingId, int firstNumber);
    Result<int> count(Id meetingId) const;
    Result<int> firstNumber(Id meetingId) const; // the lowest § number; 0 without paragraphs
    Result<QList<Paragraph>> paragraphs(Id meetingId) const;
    Result<Paragraph> paragraph(Id paragraphId) const;
    Result<Id> meetingOfParagraph(Id paragraphId) const;
    Result<Id> meetingOfSection(Id sectionId) const;
    // The status of the meeting a section belongs to, in one query: the check on every keystroke.
    Result<MeetingStatus> meetingStatusOfSection(Id sectionId) const;
    Result<QList<Id>> order(Id meetingId) const;

private:
    // The paragraphs of a meeting in their order, with the position each has stored.
    struct Placement {
        QList<Id> ids;
        QHash<Id, int> positions;
    };
    Result<Placement> placement(Id meetingId) const;
    Result<Id> insertAt(const Paragraph& paragraph, int position, const Placement* before);
    Status writeOrder(const Placement& before, const QList<Id>& ids);
    Result<bool> updateSectionIf(Id sectionId, const char* column, const QString& expected,
                                 const QString& value);
    Status loadChildren(QList<Paragraph>& paragraphs) const;

    QSqlDatabase m_connection;
};

} // namespace paragraf
