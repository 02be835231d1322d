#pragma once

#include "Result.h"
#include "model/Paragraph.h"

#include <QJsonObject>
#include <QString>

namespace paragraf {

class Database;

// One change typed at the desk, as data rather than a closure, so that it can wait in the
// offline journal (TypedJournal) and be sent later: a section's text or heading, or a
// paragraph's own fields, each with the value it replaced (the compare-and-set).
struct TypedChange {
    enum class Kind { SectionText, SectionHeading, ParagraphFields };
    Kind kind = Kind::SectionText;
    Id meetingId = NoId;
    Id id = NoId;         // the section, or the paragraph
    QString seen, wanted; // a section's text or heading
    Paragraph seenFields; // a paragraph's own fields (sameFields), before and after
    Paragraph wantedFields;
    QString typed; // what the secretary typed, to give back when it cannot be written

    // Writes it through MeetingService, compare-and-set. Refused as changed meanwhile, it is
    // taken as written when the field already holds what it wants: the server committed it and
    // the answer was lost with the connection, so sending it again must not refuse it.
    Status apply(const Database& database) const;
    // The same field (a later change of it replaces this one when it was based on it).
    bool sameField(const TypedChange& other) const;
    // This change followed by `later` of the same field, based on it: one change from this
    // one's seen to later's wanted.
    bool chainsWith(const TypedChange& later) const;
    void absorb(const TypedChange& later);

    QJsonObject toJson() const;
    static Result<TypedChange> fromJson(const QJsonObject& object);
};

} // namespace paragraf
