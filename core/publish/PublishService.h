#pragma once

#include "Masking.h"
#include "PublicationMarks.h"
#include "Result.h"
#include "WebCopy.h"
#include "model/Ids.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace paragraf {

class Database;

// A page that publishing writes: its file name in the folder, what it is, its bytes.
struct PublishedPage {
    QString fileName;
    QString description; // "Web copy of the protocol", "Notice"
    QByteArray html;
};

// What Publicera is asked: the meeting, an extract's paragraphs (none: the protocol), the day
// the notice goes up when the file has not recorded one (the desk and the CLI: today), and what
// to mask: passages marked, paragraphs that concern an individual (by number: their names of
// private persons are masked), and whether personal data found in the text is masked.
struct PublishRequest {
    Id meetingId = NoId;
    QList<int> extractParagraphs;
    QDate postedOn;
    QStringList maskPassages;
    QList<int> individualParagraphs;
    bool maskFound = true;
};

// The pages and what is masked in them, before anything is written: the marks stored with the
// protocol (a lost one stops publishing), the passages asked for and what is found.
struct PublishPlan {
    QList<PublishedPage> pages;
    StoredMarks stored;
    QList<MaskProposal> masked; // what is found and masked, beside the passages marked
    QString wording;            // printed where something is masked: the body's, or the default
};

// Publicera (docs/publishing.md): the web copy of an adjusted protocol and its anslag, written
// into a folder that the municipality's web site serves, and the notice board of a whole file
// or server. Nothing is written for a protocol that is not adjusted.
class PublishService {
public:
    explicit PublishService(const Database& database) : m_database(database) {}

    // The pages publishing would write, made but not written and nothing recorded: what the
    // desk shows first.
    Result<PublishPlan> plan(const PublishRequest& request) const;
    // Records the posting on the notice board on `postedOn` unless the file has one (as
    // DeadlineService::post), then writes the pages into `directory` (made if missing), each
    // file atomically, and records the publication: the files and what was masked, by whom
    // and when (PublicationMarkService). Refused, writing nothing, while a marked passage's
    // text is no longer in the protocol. Returns the paths written.
    Result<QStringList> publish(const PublishRequest& request, const QString& directory) const;

    // The notice board on `today`: every posted notice not yet taken down, as the board's page,
    // an Atom feed (its links absolute under `feedBase` when given) and a page per notice.
    Result<QList<PublishedPage>> noticeBoard(const QDate& today, const QDateTime& now,
                                             const QUrl& feedBase = {}) const;

    static Result<QStringList> write(const QList<PublishedPage>& pages, const QString& directory);

private:
    const Database& m_database;
};

} // namespace paragraf
