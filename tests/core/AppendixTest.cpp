// The appendix "närvaro- och voteringslista" of a fullmäktige: every member, who served in
// whose seat, and each named vote as a column, as real protocols print it.
#include "PdfTools.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "document/DocumentExporter.h"
#include "rules/AttendanceTimeline.h"
#include "text/AttendanceAppendix.h"

#include <QDir>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class AppendixTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
        for (const auto& m : service().list().value())
            if (m.bodyName == QStringLiteral("Kommunfullmäktige i Norrvik"))
                council = m.id;
        ASSERT_NE(council, NoId);
    }
    // More named votes at the council's meeting, each split along other party lines, so that
    // the appendix has `count` in all.
    void addVotes(int count) {
        const QStringList parties{QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("SD"),
                                  QStringLiteral("C"), QStringLiteral("V"), QStringLiteral("KD")};
        for (int i = 2; i < count; ++i) {
            const Id p =
                addParagraph(council, QStringLiteral("Ärende med omröstning %1").arg(i + 1));
            const MeetingRecord record = load(council);
            const ParagraphAttendance at = attendanceAt(record, p);
            Proceedings proceedings;
            QList<Id> movers; // two who serve there (the adjusters still in the room)
            for (Id adjuster : record.meeting.adjusterIds)
                if (at.serving.contains(adjuster))
                    movers << adjuster;
            ASSERT_GE(movers.size(), 2);
            proceedings.motions << Motion{movers[0], MotionKind::Approval, {}, {}, false, 1}
                                << Motion{movers[1], MotionKind::Rejection, {}, {}, false, 2};
            proceedings.vote.held = true;
            proceedings.vote.yesMotion = 0;
            proceedings.vote.noMotion = 1;
            for (const Participant& who : record.participants)
                if (at.serving.contains(who.id))
                    proceedings.vote.named.insert(
                        who.id, who.party == parties[i % parties.size()] ? VoteChoice::No
                                : who.party == QStringLiteral("L") && i % 3 == 0
                                    ? VoteChoice::Abstain
                                    : VoteChoice::Yes);
            const Status set = service().setProceedings(p, proceedings);
            ASSERT_TRUE(set.ok()) << set.error().toStdString();
        }
    }
    QStringList appendixPages(const QString& name) {
        DocumentRequest request;
        request.attendanceAppendix = true;
        const QString pdf = path(name + QStringLiteral(".pdf"));
        const auto done = exportDocument(load(council), request, DocumentFormat::Pdf, pdf);
        EXPECT_TRUE(done.ok()) << done.error().toStdString();
        keepDocument(pdf, name);
        QStringList pages = pdfPages(pdf);
        while (!pages.isEmpty() && !pages.first().contains(QStringLiteral("Bilaga 1:")))
            pages.removeFirst();
        return pages;
    }
    // tests/data/golden/NAME/page-N.txt, the appendix's pages only (PARAGRAF_UPDATE_GOLDEN=1
    // writes them).
    void expectGolden(const QStringList& pages, const QString& name) {
        expectGoldenTexts(pages, name, QStringLiteral(TEST_DATA_DIR "/golden"));
    }
    Id council = NoId;
};

TEST_F(AppendixTest, EveryMemberHasARowWithTheSubstituteInTheSeatAndEachNamedVote) {
    const AttendanceAppendix appendix = attendanceAppendix(load(council));
    ASSERT_EQ(appendix.tables.size(), 1);
    const AppendixTable& table = appendix.tables.first();
    // Header, 61 members, the sums of yes, no and abstentions.
    ASSERT_EQ(table.rows.size(), 1 + 61 + 3);
    EXPECT_EQ(table.rows[0].mid(4), (QStringList{QStringLiteral("§ 18"), QStringLiteral("§ 19")}));
    int replaced = 0, leftInTheBreak = 0;
    for (const QStringList& row : table.rows.mid(1, 61)) {
        if (row[2] == QStringLiteral("–")) {
            ++replaced;
            EXPECT_FALSE(row[3].isEmpty()) << row.join(QLatin1Char('|')).toStdString();
            EXPECT_FALSE(row[4].isEmpty()); // the substitute's vote, in the seat's row
        } else if (row[2] != QStringLiteral("X")) {
            ++leftInTheBreak; // the chair and an adjuster, after § 19
            EXPECT_EQ(row[2], QStringLiteral("§§ 14–19"));
        }
    }
    EXPECT_EQ(replaced, 5);
    EXPECT_EQ(leftInTheBreak, 2);
    // § 18: V and MP (4 + 2) against the rest.
    EXPECT_EQ(table.rows[62].mid(4), (QStringList{QStringLiteral("55"), QStringLiteral("44")}));
    EXPECT_EQ(table.rows[63].mid(4, 1), QStringList{QStringLiteral("6")});
}

TEST_F(AppendixTest, SixtyOneMembersAndTenVotesAreReadableOnA4) {
    addVotes(10);
    const QStringList pages = appendixPages(QStringLiteral("council-appendix"));
    ASSERT_GE(pages.size(), 2);
    // The header row with the ten paragraphs repeats on the next page.
    for (const QString& page : pages.mid(0, 2))
        EXPECT_TRUE(page.contains(QStringLiteral("Ledamot")) &&
                    page.contains(QStringLiteral("§ 27")))
            << page.toStdString();
    expectGolden(pages, QStringLiteral("council-appendix"));
}

TEST_F(AppendixTest, MoreThanTenVotesGoInASecondTable) {
    addVotes(12);
    const AttendanceAppendix appendix = attendanceAppendix(load(council));
    ASSERT_EQ(appendix.tables.size(), 2);
    EXPECT_EQ(appendix.tables[0].rows[0].size(), 4 + 10);
    EXPECT_EQ(appendix.tables[1].rows[0].size(), 4 + 2);
    EXPECT_EQ(appendix.tables[1].rows.size(), 1 + 61 + 3);
}

} // namespace
