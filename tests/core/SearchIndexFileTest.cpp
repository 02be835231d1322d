// The file's trigram index (docs/search.md, "The index"): the schema's triggers may not write the
// FTS5 table (trusted_schema is off), so they queue what changed and a search brings the index up
// to date first. These tests look at the file itself (raw SQL), so they run on the file only
// (tests/CMakeLists.txt: *FileTest).
#include "TestSupport.h"
#include "services/SearchService.h"
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
        return query.exec(QStringLiteral("INSERT INTO paragraf_search_fts (paragraf_search_fts,"
                                         " rank) VALUES ('integrity-check', 1)"));
    }
    int queued() const {
        return count(QStringLiteral("SELECT COUNT(*) FROM paragraf_search_queue"));
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
    EXPECT_TRUE(SearchRepository(database().connection()).catchUp())
        << "the index is used, not a scan";
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM paragraf_search_fts WHERE"
                                   " paragraf_search_fts MATCH '\"snöröjning\"'")),
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

// A connection that may not write (a write-protected file, a file still being checked) cannot
// bring the index up to date: it reads every row instead and finds the same.
TEST_F(SearchIndexFileTest, AConnectionThatCannotWriteFindsWhatWaitsInTheQueue) {
    addParagraph(meeting, QStringLiteral("Detaljplan för Berg"));
    ASSERT_GT(queued(), 0);
    {
        QSqlDatabase reader =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("search-reader"));
        reader.setDatabaseName(database().path());
        reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(reader.open());
        QSqlQuery(reader).exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
        const SearchRepository index(reader);
        EXPECT_FALSE(index.catchUp());
        const auto ranks = index.rank(searchWords(QStringLiteral("detaljplan berg")), {});
        ASSERT_TRUE(ranks.ok()) << ranks.error().toStdString();
        EXPECT_EQ(ranks->size(), 1);
        reader.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("search-reader"));
    EXPECT_GT(queued(), 0) << "nothing was written";
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

    exec(QStringLiteral("DROP TABLE paragraf_search_fts"));
    exec(QStringLiteral("CREATE VIRTUAL TABLE paragraf_search_fts USING fts5(folded,"
                        " content='paragraf_search', content_rowid='id')"));
    addParagraph(meeting, QStringLiteral("Fibernätet"));
    EXPECT_FALSE(SearchRepository(database().connection()).catchUp());
    EXPECT_EQ(titles(QStringLiteral("fiber")), QStringList{QStringLiteral("Fibernätet")})
        << "found by reading every row";
    EXPECT_EQ(load(meeting).paragraphs.size(), 2);
}

} // namespace
