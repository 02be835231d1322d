// The offline journal trusted no further than it should be (a tester's finding 7 of issue 21): a
// journal filed under this server's name whose first line names another server or meeting is
// not applied, and a change sent from it obeys the limits of a typed one.
#include "services/TypedJournal.h"

#include "DocumentFixture.h"
#include "services/TypedChange.h"

#include <QFile>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6;

class TypedJournalTest : public DocumentFixture {
protected:
    void SetUp() override {
        DocumentFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        TypedJournal::setFolder(path(QStringLiteral("journal")));
    }
    void TearDown() override { TypedJournal::setFolder({}); }

    // A change of the first paragraph's decision to `decision`, as the desk journals it.
    TypedChange decisionChange(const QString& decision) {
        const Paragraph seen = load(november).paragraphs.first();
        TypedChange change;
        change.kind = TypedChange::Kind::ParagraphFields;
        change.meetingId = november;
        change.id = seen.id;
        change.seenFields = seen;
        change.wantedFields = seen;
        change.wantedFields.decision = decision;
        change.typed = decision.left(20);
        return change;
    }
};

} // namespace

// The file's name is a hash of the server's address; its first line says whose it is.
TEST_F(TypedJournalTest, AJournalNamingAnotherServerIsNotApplied) {
    const TypedJournal ours(QStringLiteral("postgresql://paragraf.kommun.se/paragraf"), november);
    const TypedJournal theirs(QStringLiteral("postgresql://annan.server.se/paragraf"), november);
    ASSERT_TRUE(theirs.append({decisionChange(QStringLiteral("Från en annan server"))}).ok());
    ASSERT_TRUE(QFile::copy(theirs.path(), ours.path()));

    const auto read = ours.read();
    ASSERT_FALSE(read.ok()) << "applied a journal of annan.server.se";
    EXPECT_TRUE(read.error().contains(QStringLiteral("names another server")))
        << read.error().toStdString();
    EXPECT_TRUE(read.error().contains(QStringLiteral("annan.server.se")));
    EXPECT_TRUE(theirs.read().ok()) << "its own server reads it";
}

TEST_F(TypedJournalTest, AJournalWithAChangeOfAnotherMeetingIsNotApplied) {
    const QString server = QStringLiteral("postgresql://paragraf.kommun.se/paragraf");
    TypedChange elsewhere = decisionChange(QStringLiteral("Annat möte"));
    elsewhere.meetingId = november + 1;
    const TypedJournal journal(server, november);
    ASSERT_TRUE(journal.append({elsewhere}).ok());
    const auto read = journal.read();
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.error().contains(QStringLiteral("another meeting")))
        << read.error().toStdString();
}

// Replayed, a decision of 250,110 characters was stored, after which import-json refused the
// export; it is refused as when typed, and nothing is written.
TEST_F(TypedJournalTest, AReplayedChangeObeysTheLengthLimitsOfATypedOne) {
    const QString before = load(november).paragraphs.first().decision;
    const Status sent = decisionChange(QString(250110, QLatin1Char('x'))).apply(database());
    ASSERT_FALSE(sent.ok());
    EXPECT_TRUE(sent.error().contains(QStringLiteral("at most"))) << sent.error().toStdString();
    EXPECT_EQ(load(november).paragraphs.first().decision, before);

    const Paragraph paragraph = load(november).paragraphs.first();
    ASSERT_FALSE(paragraph.sections.isEmpty());
    TypedChange heading;
    heading.kind = TypedChange::Kind::SectionHeading;
    heading.meetingId = november;
    heading.id = paragraph.sections.first().id;
    heading.seen = paragraph.sections.first().heading;
    heading.wanted = QString(5000, QLatin1Char('h'));
    EXPECT_FALSE(heading.apply(database()).ok()) << "a heading is 200 characters at most";
    EXPECT_EQ(load(november).paragraphs.first().sections.first().heading, heading.seen);

    EXPECT_TRUE(decisionChange(QStringLiteral("Kort beslut")).apply(database()).ok());
}
