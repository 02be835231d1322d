// A file read where it cannot be written (someone else's folder, a share mounted read-only) while
// its owner's program has it open and writes: the reader sees what the owner committed, as the
// file says now. It used to open such a file as immutable, which ignores the WAL, and show the
// content from before the owner's last changes (a tester found the search finding replaced text
// and missing the new). Root: the read-only view is a bind mount.
#include "FullDisk.h"
#include "TestSupport.h"
#include "services/SearchService.h"

#include <QTemporaryDir>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class ReadOnlyShareFileTest : public DatabaseFixture {};

QStringList titlesFound(const Database& database, const QString& text) {
    SearchRequest request;
    request.text = text;
    const auto hits = SearchService(database).search(request);
    EXPECT_TRUE(hits.ok()) << hits.error().toStdString();
    QStringList titles;
    for (const SearchHit& hit : hits.ok() ? hits.value() : QList<SearchHit>{})
        titles << hit.title;
    return titles;
}

TEST_F(ReadOnlyShareFileTest, WhatTheOwnerCommitsIsSeenAndFound) {
    const Id board = createBody(QStringLiteral("Kommunstyrelsen"), 3);
    const Id meeting = createMeeting(board, QDate(2025, 3, 4));
    addParagraph(meeting, QStringLiteral("Gammalt lodjursbeslut"));
    QTemporaryDir elsewhere;
    ReadOnlyView share(QFileInfo(path()).absolutePath(),
                       elsewhere.filePath(QStringLiteral("share")));
    PARAGRAF_REQUIRE_MOUNTED(share.mounted(), "The read-only share test");
    auto reader = Database::open(elsewhere.filePath(QStringLiteral("share/test.paragraf")));
    ASSERT_TRUE(reader.ok()) << reader.error().toStdString();
    EXPECT_TRUE(reader.value()->isReadOnly());
    EXPECT_EQ(titlesFound(*reader.value(), QStringLiteral("lodjursbeslut")),
              QStringList{QStringLiteral("Gammalt lodjursbeslut")});

    Paragraph changed = load(meeting).paragraphs.last();
    changed.title = QStringLiteral("Nytt tapirbeslut");
    ASSERT_TRUE(service().updateParagraph(changed).ok());
    const auto seen = MeetingService(*reader.value()).load(meeting);
    ASSERT_TRUE(seen.ok()) << seen.error().toStdString();
    EXPECT_EQ(seen->paragraphs.last().title, QStringLiteral("Nytt tapirbeslut"));
    EXPECT_EQ(titlesFound(*reader.value(), QStringLiteral("tapirbeslut")),
              QStringList{QStringLiteral("Nytt tapirbeslut")});
    EXPECT_TRUE(titlesFound(*reader.value(), QStringLiteral("lodjursbeslut")).isEmpty());
}

} // namespace
