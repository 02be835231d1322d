#pragma once

#include "Result.h"
#include "model/MeetingRecord.h"
#include "model/PublicationMark.h"

#include <QList>
#include <QString>

namespace paragraf {

class Database;

// A stored mark as it stands against the protocol now: where it was marked ("§ 27", or
// "protokollet" for the header) and whether its text is still there. A mark whose text was
// edited away is kept and reported (lost), never dropped: publishing refuses until the
// secretary removes it or marks the new text.
struct MarkStanding {
    PublicationMark mark;
    QString where;
    bool found = true;
};

// What is stored for a meeting's web copy: its marked passages and the paragraphs flagged as
// concerning an individual.
struct StoredMarks {
    QList<MarkStanding> passages;
    QList<IndividualFlag> individual;

    QList<Id> individualParagraphs() const;
    QList<MarkStanding> lost() const;
};

// Why publishing stops while these marks' texts are gone, naming each mark and its place.
QString lostMarksMessage(const QList<MarkStanding>& lost);

// The texts of the protocol that the web copy filters, as the masking sees them (Markdown as
// typed): every part of each paragraph, and the header's.
QStringList paragraphTexts(const MeetingRecord& record, const Paragraph& paragraph);
QStringList protocolTexts(const MeetingRecord& record);

// Marks for publishing on the web, kept with the protocol (schema 15): passages not to be
// published and paragraphs that concern an individual, and the record of every publication.
// None of it is protocol content: allowed after the adjustment, and the protocol, its hash and
// its archive copy stay as they were. Who and when: the user and this computer's clock on a
// file, the login and the server's clock on a server.
class PublicationMarkService {
public:
    explicit PublicationMarkService(const Database& database) : m_database(database) {}

    // Marks `passage` (its exact text, as typed) in the paragraph, or anywhere in the protocol
    // with NoId. Refused when the text is not there (or is empty, or too long), and when it is
    // marked there already.
    Result<Id> mark(Id meetingId, Id paragraphId, const QString& passage);
    Status unmark(Id meetingId, Id markId);
    // Flags (or unflags) a paragraph as concerning an individual.
    Status setIndividual(Id meetingId, Id paragraphId, bool individual);

    Result<StoredMarks> stored(const MeetingRecord& record) const;
    Result<StoredMarks> stored(Id meetingId) const;

    // Records a publication; the maker and time are filled in (on a server, by the server).
    Result<Id> recordPublication(Publication publication);
    Result<QList<Publication>> publications(Id meetingId) const;

    // The longest text a mark may hold (the schema's bound).
    static constexpr int maximumPassage = 2000;

private:
    const Database& m_database;
};

} // namespace paragraf
