// The file's word index (docs/search.md, "The index"): the schema's triggers may not write the
// FTS5 tables (trusted_schema is off), so they queue what changed and a search brings the index
// up to date first, and the catalogue the search keeps in memory with it. These tests look at the
// file itself (raw SQL), so they run on the file only (tests/CMakeLists.txt: *FileTest).
#include "TestSupport.h"
#include "services/FollowUpService.h"
#include "services/SearchService.h"
#include "storage/Migrator.h"
#include "storage/SearchRepository.h"
#include "text/SearchText.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class SearchIndexFileTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        board = createBody(QStringLiteral("Kommunstyrelsen"), 3);
        meeting = createMeeting(board, QDate(2025, 2, 3));
    }
    QStringList titles(const QString& text) const {
        SearchRequest request;
        request.text = text;
        const auto hits = SearchService(database()).search(request);
        EXPECT_TRUE(hits.ok()) << hits.error().toStdString();
        QStringList found;
        for (const SearchHit& hit : hits.ok() ? hits.value() : QList<SearchHit>{})
            found << hit.title;
        found.sort();
        return found;
    }
    int count(const QString& sql) const {
        QSqlQuery query(database().connection());
        EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
        return query.next() ? query.value(0).toInt() : -1;
    }
    void exec(const QString& sql) const {
        QSqlQuery query(database().connection());
        ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    }
    // FTS5's own check of the index against paragraf_search, row by row.
    bool indexIsWhole() const {
        QSqlQuery query(database().connection());
        return query.exec(QStringLiteral("INSERT INTO paragraf_search_words"
                                         " (paragraf_search_words, rank) VALUES"
                                         " ('integrity-check', 1)"));
    }
    int queued() const {
        return count(QStringLiteral("SELECT COUNT(*) FROM paragraf_search_queue"));
    }
    // A connection to the file that may not write: the file still being checked, as the desk
    // opens a large file, or a write-protected one.
    static std::unique_ptr<Database> reader(const QString& file) {
        auto opened = Database::open(file, Database::Check::Later);
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        EXPECT_TRUE(opened.ok() && opened.value()->isReadOnly());
        return opened.ok() ? std::move(opened.value()) : nullptr;
    }
    // The paragraphs the file's search ranks for `text`, best first.
    static QList<Id> ranked(const Database& database, const QString& text) {
        const auto ranks =
            SearchRepository(database.connection()).rank(searchWords(text), {}, searchLanguage());
        EXPECT_TRUE(ranks.ok()) << ranks.error().toStdString();
        QList<Id> ids;
        for (const SearchRank& rank : ranks.ok() ? ranks.value() : QList<SearchRank>{})
            ids << rank.paragraphId;
        return ids;
    }
    void closeAndOpenAgain() {
        m_database.reset();
        auto reopened = Database::open(path());
        ASSERT_TRUE(reopened.ok()) << reopened.error().toStdString();
        m_database = std::move(reopened.value());
    }

    Id board = NoId;
    Id meeting = NoId;
};

TEST_F(SearchIndexFileTest, ASearchBringsTheIndexUpToDateAndUsesIt) {
    const Id first = addParagraph(meeting, QStringLiteral("Vägbelysning i Hallen"));
    const Id second = addParagraph(meeting, QStringLiteral("Snöröjning"));
    EXPECT_GT(queued(), 0) << "the triggers queue what the index has not seen";
    EXPECT_EQ(titles(QStringLiteral("vägbelysning")),
              QStringList{QStringLiteral("Vägbelysning i Hallen")});
    EXPECT_EQ(queued(), 0);
    EXPECT_TRUE(indexIsWhole());
    EXPECT_EQ(SearchRepository(database().connection()).catchUp(searchLanguage()),
              SearchRepository::IndexUse::Whole)
        << "the index is used, not a scan";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM paragraf_search_words WHERE"
                                   " paragraf_search_words MATCH '\"snöröjning\"'")),
              1);

    Paragraph renamed = load(meeting).paragraphs.first();
    ASSERT_EQ(renamed.id, first);
    renamed.title = QStringLiteral("Gatubelysning i Hallen");
    ASSERT_TRUE(service().updateParagraph(renamed).ok());
    ASSERT_TRUE(service().deleteParagraph(second).ok());
    EXPECT_FALSE(indexIsWhole()) << "the index is behind until the next search";
    EXPECT_TRUE(titles(QStringLiteral("vägbelysning")).isEmpty());
    EXPECT_EQ(titles(QStringLiteral("gatubelysning")),
              QStringList{QStringLiteral("Gatubelysning i Hallen")});
    EXPECT_TRUE(titles(QStringLiteral("snöröjning")).isEmpty());
    EXPECT_TRUE(indexIsWhole());
    EXPECT_EQ(queued(), 0);
}

// Another SQLite client writes the file: the schema's triggers queue its change as the program's.
TEST_F(SearchIndexFileTest, WhatAnotherProgramWritesIsFound) {
    addParagraph(meeting, QStringLiteral("Budget"));
    EXPECT_EQ(titles(QStringLiteral("budget")), QStringList{QStringLiteral("Budget")});
    exec(QStringLiteral("UPDATE paragraph SET title = 'Budget för simhallen'"));
    exec(QStringLiteral("DELETE FROM paragraf_search WHERE id = (SELECT MAX(id) FROM"
                        " paragraf_search) AND source <> 'title'"));
    EXPECT_EQ(titles(QStringLiteral("simhall")),
              QStringList{QStringLiteral("Budget för simhallen")});
    EXPECT_TRUE(indexIsWhole());
}

// A connection that may not write (a file still being checked, a write-protected file) cannot
// bring the index up to date: it uses the index for every row not changed since and reads the
// changed rows as they are, so it finds what the file says now, and writes nothing.
TEST_F(SearchIndexFileTest, AConnectionThatCannotWriteUsesTheIndexBesideWhatWaits) {
    const Id plan = addParagraph(meeting, QStringLiteral("Detaljplan för Berg"));
    const Id snow = addParagraph(meeting, QStringLiteral("Snöröjning"));
    const Id lights = addParagraph(meeting, QStringLiteral("Vägbelysning i Hallen"));
    ASSERT_EQ(titles(QStringLiteral("berg")), QStringList{QStringLiteral("Detaljplan för Berg")});
    ASSERT_EQ(queued(), 0);
    Paragraph renamed = load(meeting).paragraphs.first();
    ASSERT_EQ(renamed.id, plan);
    renamed.title = QStringLiteral("Detaljplan för Dalen");
    ASSERT_TRUE(service().updateParagraph(renamed).ok());
    ASSERT_TRUE(service().deleteParagraph(snow).ok());
    const Id fibre = addParagraph(meeting, QStringLiteral("Bredband i Berg"));
    const int waiting = queued();
    ASSERT_GT(waiting, 0);

    auto other = reader(database().path());
    ASSERT_TRUE(other);
    EXPECT_EQ(SearchRepository(other->connection()).catchUp(searchLanguage()),
              SearchRepository::IndexUse::BesideQueue);
    EXPECT_EQ(ranked(*other, QStringLiteral("berg")), QList<Id>{fibre})
        << "the plan's old title, still in the index, is not used";
    EXPECT_EQ(ranked(*other, QStringLiteral("dalen")), QList<Id>{plan}) << "its new title";
    EXPECT_EQ(ranked(*other, QStringLiteral("detaljplan dal")), QList<Id>{plan});
    EXPECT_TRUE(ranked(*other, QStringLiteral("snöröjning")).isEmpty()) << "deleted since";
    EXPECT_EQ(ranked(*other, QStringLiteral("hallen")), QList<Id>{lights}) << "from the index";
    // Written while the reader is open: found at its next search. Whole before inside, as the
    // index ranks: "berg" stands whole in one title and inside "Bergsgatan".
    const Id street = addParagraph(meeting, QStringLiteral("Bergsgatan"));
    EXPECT_EQ(ranked(*other, QStringLiteral("berg")), (QList<Id>{fibre, street}));
    EXPECT_EQ(SearchRepository(other->connection()).catchUp(searchLanguage()),
              SearchRepository::IndexUse::BesideQueue);
    other.reset();
    EXPECT_GT(queued(), waiting) << "nothing was applied by the reader";
}

// What waits in the queue is indexed as the file closes, so a copy that cannot be written searches
// by its index, not by reading every row; more than a close should take (an import of years)
// waits for the next search.
TEST_F(SearchIndexFileTest, WhatWaitsIsIndexedAsTheFileCloses) {
    const Id id = addParagraph(meeting, QStringLiteral("Detaljplan för Berg"));
    ASSERT_GT(queued(), 0);
    closeAndOpenAgain();
    EXPECT_EQ(queued(), 0) << "indexed as the file closed";
    EXPECT_TRUE(indexIsWhole());
    {
        const auto other = reader(database().path());
        ASSERT_TRUE(other);
        EXPECT_EQ(SearchRepository(other->connection()).catchUp(searchLanguage()),
                  SearchRepository::IndexUse::Whole);
        EXPECT_EQ(ranked(*other, QStringLiteral("detaljplan berg")), QList<Id>{id});
    }

    exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i"
                        " < 6000) INSERT INTO paragraph_section (paragraph_id, position, text)"
                        " SELECT %1, i, 'Avsnitt ' || i FROM n")
             .arg(id));
    const int waiting = queued();
    ASSERT_GT(waiting, 5000);
    closeAndOpenAgain();
    EXPECT_EQ(queued(), waiting) << "a large queue waits for a search";
    EXPECT_EQ(titles(QStringLiteral("avsnitt")),
              QStringList{QStringLiteral("Detaljplan för Berg")});
    // As does a short queue of long texts: three sections of a million characters.
    exec(QStringLiteral("UPDATE paragraph_section SET text = replace(hex(zeroblob(500000)), '00',"
                        " 'ab') WHERE paragraph_id = %1 AND position IN (2, 3, 4)")
             .arg(id));
    ASSERT_EQ(queued(), 3);
    closeAndOpenAgain();
    EXPECT_EQ(queued(), 3) << "three million characters wait for a search";
    EXPECT_EQ(titles(QStringLiteral("detaljplan")),
              QStringList{QStringLiteral("Detaljplan för Berg")});
    EXPECT_EQ(queued(), 0);
}

// A file from elsewhere may hold another table under the index's name, or a queue that names
// text the index never held: the search neither uses the one nor fails on the other.
TEST_F(SearchIndexFileTest, AForeignIndexIsNotUsedAndAWrongQueueDoesNotFail) {
    addParagraph(meeting, QStringLiteral("Bredband på landsbygden"));
    EXPECT_EQ(titles(QStringLiteral("bredband")),
              QStringList{QStringLiteral("Bredband på landsbygden")});
    exec(QStringLiteral("INSERT INTO paragraf_search_queue (id, indexed) SELECT id, 'skräp'"
                        " FROM paragraf_search"));
    EXPECT_EQ(titles(QStringLiteral("bredband")),
              QStringList{QStringLiteral("Bredband på landsbygden")});
    EXPECT_TRUE(titles(QStringLiteral("skräp")).isEmpty());
    EXPECT_TRUE(indexIsWhole()) << "a queue that names text the index never held: made again";

    exec(QStringLiteral("DROP TABLE paragraf_search_words"));
    exec(QStringLiteral("CREATE VIRTUAL TABLE paragraf_search_words USING fts5(folded,"
                        " content='paragraf_search', content_rowid='id')"));
    addParagraph(meeting, QStringLiteral("Fibernätet"));
    EXPECT_EQ(SearchRepository(database().connection()).catchUp(searchLanguage()),
              SearchRepository::IndexUse::None);
    EXPECT_EQ(titles(QStringLiteral("fiber")), QStringList{QStringLiteral("Fibernätet")})
        << "found by reading every row";
    // A view of the folding that is not migration 18's is not used either.
    exec(QStringLiteral("DROP TABLE paragraf_search_words"));
    exec(QStringLiteral("CREATE VIRTUAL TABLE paragraf_search_words USING fts5(folded,"
                        " content='paragraf_search_folded', content_rowid='id', tokenize="
                        "'unicode61 remove_diacritics 0', detail='none', columnsize=0)"));
    exec(QStringLiteral("DROP VIEW paragraf_search_folded"));
    exec(QStringLiteral("CREATE VIEW paragraf_search_folded AS SELECT id, text AS folded FROM"
                        " paragraf_search"));
    EXPECT_EQ(SearchRepository(database().connection()).catchUp(searchLanguage()),
              SearchRepository::IndexUse::None);
    EXPECT_EQ(titles(QStringLiteral("fiber")), QStringList{QStringLiteral("Fibernätet")})
        << "found by reading every row";
    EXPECT_EQ(load(meeting).paragraphs.size(), 2);
}

// A word written after the index was made is looked for inside, as every other: its words go to
// paragraf_search_term when the queue is applied.
TEST_F(SearchIndexFileTest, AWordWrittenSinceIsFoundByItsParts) {
    const Id id = addParagraph(meeting, QStringLiteral("Budget"));
    EXPECT_EQ(titles(QStringLiteral("budget")), QStringList{QStringLiteral("Budget")});
    Paragraph renamed = load(meeting).paragraphs.first();
    ASSERT_EQ(renamed.id, id);
    renamed.title = QStringLiteral("Gatubelysningen i Bräcke");
    ASSERT_TRUE(service().updateParagraph(renamed).ok());
    EXPECT_EQ(titles(QStringLiteral("belysning")),
              QStringList{QStringLiteral("Gatubelysningen i Bräcke")});
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM paragraf_search_term WHERE term ="
                                   " 'gatubelysningen'")),
              1);
}

// An import of thousands of texts at once: the queue's words are read from the index itself
// (fts5vocab) rather than from every text again, and found inside as any other.
TEST_F(SearchIndexFileTest, ThousandsOfTextsAtOnceAreFoundByTheirParts) {
    const Id id = addParagraph(meeting, QStringLiteral("Energi"));
    EXPECT_EQ(titles(QStringLiteral("energi")), QStringList{QStringLiteral("Energi")});
    exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i"
                        " < 3000) INSERT INTO paragraph_section (paragraph_id, position, text)"
                        " SELECT %1, i, 'Fjärrvärmeverket nummer ' || i FROM n")
             .arg(id));
    EXPECT_GT(queued(), 2000);
    EXPECT_EQ(titles(QStringLiteral("värmeverk")), QStringList{QStringLiteral("Energi")});
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM paragraf_search_term WHERE term ="
                                   " 'fjärrvärmeverket'")),
              1);
    EXPECT_TRUE(indexIsWhole());
}

// An index that names a row wrongly (a file from elsewhere): the paragraph it ranks first does
// not hold the word and is dropped, and the one that does is shown, even when one is asked for.
TEST_F(SearchIndexFileTest, AParagraphTheIndexNamesWronglyNeverTakesTheOnlyPlace) {
    const Id wrong = addParagraph(meeting, QStringLiteral("Zebra"));
    addParagraph(meeting, QStringLiteral("Norra hamnen"));
    EXPECT_EQ(titles(QStringLiteral("hamn")), QStringList{QStringLiteral("Norra hamnen")});
    exec(QStringLiteral("INSERT INTO paragraf_search_words (rowid, folded) SELECT id, 'hamnens'"
                        " FROM paragraf_search WHERE source = 'title' AND paragraph_id = %1")
             .arg(wrong));
    exec(QStringLiteral("INSERT OR IGNORE INTO paragraf_search_term (term) VALUES ('hamnens')"));
    exec(QStringLiteral("INSERT INTO paragraf_search_term_fts (rowid, term) SELECT id, term FROM"
                        " paragraf_search_term WHERE term = 'hamnens'"));
    SearchRequest one;
    one.text = QStringLiteral("hamn");
    one.limit = 1;
    const auto hits = SearchService(database()).search(one);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().title, QStringLiteral("Norra hamnen"));
}

// The count of applications emptied, or counted to the largest integer, by another program: it
// is put right, and a change another connection applies after that is still found here.
TEST_F(SearchIndexFileTest, ACountOfApplicationsThatIsNotOneIsPutRight) {
    addParagraph(meeting, QStringLiteral("Simhallen"));
    for (const QString& broken :
         {QStringLiteral("DELETE FROM paragraf_search_applied"),
          QStringLiteral("UPDATE paragraf_search_applied SET generation = 9223372036854775807")}) {
        EXPECT_EQ(titles(QStringLiteral("simhall")), QStringList{QStringLiteral("Simhallen")});
        exec(broken);
        EXPECT_EQ(titles(QStringLiteral("simhall")), QStringList{QStringLiteral("Simhallen")});
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM paragraf_search_applied WHERE"
                                       " typeof(generation) = 'integer'")),
                  1);
        auto second = Database::openSecond(database());
        ASSERT_TRUE(second.ok());
        Paragraph added;
        added.meetingId = meeting;
        added.title = QStringLiteral("Ishall nummer %1").arg(broken.size());
        added.position = int(load(meeting).paragraphs.size());
        added.sections << Section{NoId, QStringLiteral("Bakgrund"), QString()};
        ASSERT_TRUE(MeetingService(*second.value()).addParagraph(added).ok());
        SearchRequest request;
        request.text = QStringLiteral("ishall");
        ASSERT_TRUE(SearchService(*second.value()).search(request).ok()); // applied there
        EXPECT_EQ(titles(QStringLiteral("nummer")).size(), broken.startsWith(u'D') ? 1 : 2);
    }
}

// Another connection (a second window, another program) applies the queue: this connection's
// catalogue, read before, is read again rather than missing the rows it never saw.
TEST_F(SearchIndexFileTest, WhatAnotherConnectionAppliedIsFoundHereToo) {
    addParagraph(meeting, QStringLiteral("Simhallen"));
    EXPECT_EQ(titles(QStringLiteral("simhall")), QStringList{QStringLiteral("Simhallen")});
    {
        auto second = Database::openSecond(database());
        ASSERT_TRUE(second.ok()) << second.error().toStdString();
        Paragraph added;
        added.meetingId = meeting;
        added.title = QStringLiteral("Ishallen");
        added.position = 1;
        added.sections << Section{NoId, QStringLiteral("Bakgrund"), QString()};
        ASSERT_TRUE(MeetingService(*second.value()).addParagraph(added).ok());
        SearchRequest request;
        request.text = QStringLiteral("ishall");
        const auto there = SearchService(*second.value()).search(request);
        ASSERT_TRUE(there.ok());
        EXPECT_EQ(there->size(), 1) << "the second connection applied the queue";
    }
    EXPECT_EQ(queued(), 0);
    EXPECT_EQ(titles(QStringLiteral("ishall")), QStringList{QStringLiteral("Ishallen")});
    EXPECT_EQ(titles(QStringLiteral("hall")),
              (QStringList{QStringLiteral("Ishallen"), QStringLiteral("Simhallen")}));
}

// A paragraph moved to another meeting: its rows change meeting without changing text, and the
// search shows it in the meeting it is in now, filtered by that meeting's year.
TEST_F(SearchIndexFileTest, AParagraphMovedToAnotherMeetingIsFoundThere) {
    const Id moved = addParagraph(meeting, QStringLiteral("Vattenverket"));
    EXPECT_EQ(titles(QStringLiteral("vattenverk")), QStringList{QStringLiteral("Vattenverket")});
    const Id later = createMeeting(board, QDate(2026, 4, 7));
    exec(
        QStringLiteral("UPDATE paragraph SET meeting_id = %1 WHERE id = %2").arg(later).arg(moved));
    SearchRequest request;
    request.text = QStringLiteral("vattenverk");
    request.year = 2026;
    const auto hits = SearchService(database()).search(request);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().meetingId, later);
    EXPECT_EQ(hits->first().date, QDate(2026, 4, 7));
}

// Another program may give a row any id: one far beyond the others is found as any other, and
// the search keeps no vector as long as the id.
TEST_F(SearchIndexFileTest, ARowWithAnIdFarBeyondTheOthersIsFound) {
    addParagraph(meeting, QStringLiteral("Avloppsreningen"));
    EXPECT_EQ(titles(QStringLiteral("avlopp")), QStringList{QStringLiteral("Avloppsreningen")});
    exec(QStringLiteral("UPDATE paragraf_search SET id = 4611686018427387904 WHERE source ="
                        " 'title'"));
    EXPECT_EQ(titles(QStringLiteral("avlopp")), QStringList{QStringLiteral("Avloppsreningen")});
    exec(QStringLiteral("UPDATE paragraf_search SET id = -7 WHERE source = 'title'"));
    EXPECT_EQ(titles(QStringLiteral("avlopp")), QStringList{QStringLiteral("Avloppsreningen")});
    EXPECT_TRUE(indexIsWhole());
}

// A file of schema 18 held viewpoints and proceedings that its search did not: schema 19 makes
// paragraf_search again with a CHECK that admits them, keeps the ids the word index names, and
// indexes them once.
TEST_F(SearchIndexFileTest, AFileOfSchema18FindsWhatWasSaidOnceMigrated) {
    const Id id = addParagraph(meeting, QStringLiteral("Samverkan om kollektivtrafik"));
    const Id speaker = participantNamed(meeting, QStringLiteral("Ledamot 1"));
    ASSERT_TRUE(FollowUpService(database())
                    .addViewpoint(id, {NoId,
                                       {speaker},
                                       QStringLiteral("Regionen vill se mer"
                                                      " pendelparkering.")})
                    .ok());
    Proceedings said;
    said.motions = {{speaker,
                     MotionKind::Amendment,
                     QStringLiteral("att busshållplatsen flyttas"),
                     {},
                     false,
                     0}};
    ASSERT_TRUE(service().setProceedings(id, said).ok());
    ASSERT_EQ(titles(QStringLiteral("kollektivtrafik")).size(), 1);
    const QString titleRow =
        QStringLiteral("SELECT id FROM paragraf_search WHERE source = 'title' AND source_id = %1")
            .arg(id);
    const int titleId = count(titleRow);

    // Schema 18 as it was: no rows, no triggers and no room in the CHECK for these.
    QSqlQuery sql(database().connection());
    ASSERT_TRUE(sql.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger'"
                                        " AND (name LIKE 'viewpoint_search_%' OR name LIKE"
                                        " 'motion_search_%' OR name LIKE 'reservation_search_%'"
                                        " OR name LIKE 'protocol_note_search_%' OR name LIKE"
                                        " 'proceedings_search_%')")));
    QStringList triggers;
    while (sql.next())
        triggers << sql.value(0).toString();
    ASSERT_EQ(triggers.size(), 15);
    for (const QString& trigger : triggers)
        exec(QStringLiteral("DROP TRIGGER %1").arg(trigger));
    exec(QStringLiteral("DELETE FROM paragraf_search WHERE source IN ('viewpoint', 'motion',"
                        " 'reservation', 'protocol_note', 'proceedings')"));
    exec(QStringLiteral("CREATE TEMP TABLE kept AS SELECT * FROM paragraf_search"));
    exec(QStringLiteral("DROP TABLE paragraf_search"));
    exec(QStringLiteral(
        "CREATE TABLE paragraf_search (id INTEGER PRIMARY KEY, source TEXT NOT NULL CHECK (source"
        " IN ('title', 'case_number', 'decision', 'section', 'attachment', 'remark',"
        " 'assignment', 'erratum')), source_id INTEGER NOT NULL, position INTEGER NOT NULL"
        " DEFAULT 0, meeting_id INTEGER NOT NULL, paragraph_id INTEGER, text TEXT NOT NULL)"));
    exec(QStringLiteral("INSERT INTO paragraf_search SELECT * FROM temp.kept"));
    exec(QStringLiteral("DROP TABLE temp.kept"));
    exec(QStringLiteral("PRAGMA user_version = 18"));
    EXPECT_FALSE(sql.exec(QStringLiteral("INSERT INTO paragraf_search (source, source_id,"
                                         " meeting_id, text) VALUES ('viewpoint', 1, 1, 'x')")))
        << "schema 18's CHECK";
    EXPECT_TRUE(titles(QStringLiteral("pendelparkering")).isEmpty());
    sql.finish();

    closeAndOpenAgain();
    EXPECT_EQ(database().schemaVersion(), Migrator::latestVersion());
    const QStringList found{QStringLiteral("Samverkan om kollektivtrafik")};
    EXPECT_EQ(titles(QStringLiteral("pendelparkering")), found);
    EXPECT_EQ(titles(QStringLiteral("busshållplats")), found);
    EXPECT_EQ(titles(QStringLiteral("kollektivtrafik")), found);
    EXPECT_EQ(count(titleRow), titleId) << "the rows the index held keep their ids";
    EXPECT_EQ(queued(), 0);
    EXPECT_TRUE(indexIsWhole());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM pragma_integrity_check WHERE"
                                   " integrity_check <> 'ok'")),
              0);
}

} // namespace
