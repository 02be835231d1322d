#pragma once

#include "Result.h"
#include "model/MeetingRecord.h"
#include "model/Review.h"
#include "text/WordDiff.h"

#include <QDateTime>
#include <QList>

namespace paragraf {

class Database;

// The new wording of one text of a paragraph: its title, its decision or one section's text.
struct TextEdit {
    Id paragraphId = NoId;
    TextField field = TextField::Decision;
    Id sectionId = NoId; // for TextField::Section
    QString text;
};

// What changed in one text of a paragraph since a reviewer last read the protocol.
struct ParagraphDiff {
    Id paragraphId = NoId;
    int number = 0;
    QString title;
    TextField field = TextField::Decision;
    QString heading; // the section's heading, for TextField::Section
    QString before;  // as the reviewer last read it
    QString after;   // as it is now
    QList<DiffSegment> segments;
    QStringList reasons; // of the corrections made since
};

// The review while a protocol is out for adjustment: the signatories' remarks per paragraph,
// the secretary's answers, and corrections — the only way the frozen text changes, each one
// recorded with its reason. A reviewer sees, per paragraph, what changed since they last read.
class ReviewService {
public:
    explicit ReviewService(const Database& database) : m_database(database) {}

    // By a signatory of the protocol; paragraphId NoId for a remark on the whole protocol.
    Result<Id> addRemark(Id meetingId, Id paragraphId, Id participantId, const QString& text,
                         const QDateTime& at = QDateTime::currentDateTimeUtc());
    // The change the remark asks for is made and recorded; `note` is the secretary's answer.
    Status acceptRemark(Id remarkId, const TextEdit& edit, const QString& note = {},
                        const QDateTime& at = QDateTime::currentDateTimeUtc());
    Status rejectRemark(Id remarkId, const QString& reason,
                        const QDateTime& at = QDateTime::currentDateTimeUtc());
    // The secretary's own correction, with its reason.
    Status correct(Id meetingId, const TextEdit& edit, const QString& reason,
                   const QDateTime& at = QDateTime::currentDateTimeUtc());

    Result<QList<Remark>> remarks(Id meetingId) const;
    Result<QList<TextChange>> changes(Id meetingId) const;
    Result<QList<ParagraphDiff>> changesSince(Id meetingId, Id participantId) const;
    Status markRead(Id meetingId, Id participantId,
                    const QDateTime& at = QDateTime::currentDateTimeUtc());

private:
    Result<MeetingRecord> loadOutForAdjustment(Id meetingId) const;
    Status requireOwnRemark(const MeetingRecord& record, Id participantId) const;
    Result<Id> applyEdit(const MeetingRecord& record, const TextEdit& edit, const QString& reason,
                         Id remarkId, const QDateTime& at) const;

    const Database& m_database;
};

// The text an edit would replace, or nothing when the paragraph or section is not in the record.
std::optional<QString> currentText(const MeetingRecord& record, const TextEdit& edit);

} // namespace paragraf
