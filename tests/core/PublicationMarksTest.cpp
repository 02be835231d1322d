// Marks for the web copy kept with the protocol (schema 15): passages not to be published and
// paragraphs about an individual, stored and used by Publicera, reported when their text was
// edited away, allowed after the adjustment without touching the protocol or its archive copy,
// and the record of every publication with who and when. Runs on the file and on the server.
#include "publish/PublicationMarks.h"

#include "AdjustFully.h"
#include "DocumentFixture.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/Deadlines.h"
#include "document/PdfMetadata.h"
#include "publish/PublishService.h"
#include "services/RulesService.h"
#include "text/CanonicalForm.h"

#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class PublicationMarksTest : public DocumentFixture {
protected:
    static constexpr Id november = 6; // seed 001

    void SetUp() override {
        DocumentFixture::SetUp();
        if (HasFatalFailure())
            return;
        MeetingRecord record = load(november);
        individual = record.paragraphs[2];
        marked = record.paragraphs[1];
        setText(marked, QStringLiteral("Ansökan från Lisa Marklund om stöd i hemmet beviljas."));
        setText(individual, QStringLiteral("Sökande Per Nordqvist ansöker om bygglov. Ärendet "
                                           "bereds av Elise Ackerot."));
    }
    void setText(const Paragraph& paragraph, const QString& text) {
        ASSERT_TRUE(service().updateSectionText(paragraph.sections.first().id, text).ok());
    }
    PublicationMarkService marks() const { return PublicationMarkService(database()); }
    Result<PublishPlan> plan() const {
        PublishRequest request;
        request.meetingId = november;
        request.postedOn = QDate(2024, 11, 20);
        return PublishService(database()).plan(request);
    }
    Result<QStringList> publish() const {
        PublishRequest request;
        request.meetingId = november;
        request.postedOn = QDate(2024, 11, 20);
        return PublishService(database()).publish(request, path(QStringLiteral("webb")));
    }

    Paragraph marked;
    Paragraph individual;
};

TEST_F(PublicationMarksTest, MarksAreKeptWithTheProtocolAndMaskedWhenPublished) {
    // The name also in the title and an image's alt text, which the page and its metadata carry.
    Paragraph titled = marked;
    titled.title = QStringLiteral("Stöd i hemmet för Lisa Marklund");
    ASSERT_TRUE(service().updateParagraph(titled).ok());
    setText(marked, QStringLiteral("Ansökan från Lisa Marklund om stöd i hemmet beviljas. "
                                   "![Lisa Marklund vid huset](x.png)"));
    const auto made = marks().mark(november, marked.id, QStringLiteral("Lisa Marklund"));
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    ASSERT_TRUE(marks().setIndividual(november, individual.id, true).ok());
    adjustFully(database(), november);

    // Another connection, as another desk or the next day: the marks are in the database.
    const auto reopened = Database::open(path());
    ASSERT_TRUE(reopened.ok()) << reopened.error().toStdString();
    const auto stored = PublicationMarkService(*reopened.value()).stored(november);
    ASSERT_TRUE(stored.ok()) << stored.error().toStdString();
    ASSERT_EQ(stored->passages.size(), 1);
    EXPECT_EQ(stored->passages.first().mark.passage, QStringLiteral("Lisa Marklund"));
    EXPECT_EQ(stored->passages.first().where, QStringLiteral("§ %1").arg(marked.number));
    EXPECT_TRUE(stored->passages.first().found);
    EXPECT_EQ(stored->individualParagraphs(), QList<Id>{individual.id});

    const auto written = publish();
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    for (const QString& file : written.value()) {
        const QString html = QString::fromUtf8(fileBytes(file));
        for (const char* secret : {"Marklund", "Lisa", "Nordqvist"})
            EXPECT_FALSE(html.contains(QString::fromUtf8(secret))) << file.toStdString() << secret;
    }
    const QString copy = QString::fromUtf8(fileBytes(written->first()));
    EXPECT_TRUE(copy.contains(QStringLiteral("Ansökan från [uppgift borttagen enligt GDPR/OSL] om "
                                             "stöd i hemmet beviljas.")));
    EXPECT_TRUE(copy.contains(QStringLiteral("Elise Ackerot"))) << "an official stays";
}

TEST_F(PublicationMarksTest, AMarkWhoseTextWasEditedAwayIsReportedAndStopsPublishing) {
    const auto made = marks().mark(november, marked.id, QStringLiteral("Lisa Marklund"));
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    setText(marked, QStringLiteral("Ansökan från Lisa Marklund-Berg om stöd i hemmet beviljas."));
    EXPECT_TRUE(marks().stored(november)->lost().isEmpty()) << "the text is still there";
    setText(marked, QStringLiteral("Ansökan från L. Marklund om stöd i hemmet beviljas."));
    const auto stored = marks().stored(november);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->lost().size(), 1) << "kept and reported, not dropped";
    EXPECT_EQ(stored->lost().first().mark.id, made.value());
    adjustFully(database(), november);

    const auto planned = plan();
    ASSERT_TRUE(planned.ok()) << planned.error().toStdString();
    EXPECT_EQ(planned->stored.lost().size(), 1) << "Publicera shows it before anything is written";
    const QString before = contentsOf(database());
    const auto refused = publish();
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("Lisa Marklund")))
        << refused.error().toStdString();
    EXPECT_FALSE(QDir(path(QStringLiteral("webb"))).exists(QStringLiteral(".")) &&
                 !QDir(path(QStringLiteral("webb"))).isEmpty())
        << "nothing written";
    EXPECT_EQ(contentsOf(database()), before) << "nothing recorded, not even the posting";

    // Marked again as the text now stands, and the lost mark removed: published.
    ASSERT_TRUE(marks().mark(november, marked.id, QStringLiteral("L. Marklund")).ok());
    ASSERT_TRUE(marks().unmark(november, made.value()).ok());
    const auto written = publish();
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_FALSE(
        QString::fromUtf8(fileBytes(written->first())).contains(QStringLiteral("Marklund")));
}

TEST_F(PublicationMarksTest, MarksAfterTheAdjustmentLeaveTheProtocolAndItsArchiveCopyAsTheyWere) {
    adjustFully(database(), november);
    ASSERT_TRUE(DeadlineService(database()).post(november, QDate(2024, 11, 20)).ok());
    const QString hash = contentHash(load(november));
    const QString archive = exported(november, {}, QStringLiteral("arkiv.pdf"));
    const QByteArray archiveBytes = fileBytes(archive);

    const auto made = marks().mark(november, marked.id, QStringLiteral("Lisa Marklund"));
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    ASSERT_TRUE(marks().setIndividual(november, individual.id, true).ok());
    const QString afterMarking = exported(november, {}, QStringLiteral("arkiv-markerat.pdf"));
    ASSERT_TRUE(publish().ok());
    const QString published = exported(november, {}, QStringLiteral("arkiv-publicerat.pdf"));

    EXPECT_EQ(contentHash(load(november)), hash);
    const auto verified = AdjustmentService(database()).verify(november);
    ASSERT_TRUE(verified.ok()) << verified.error().toStdString();
    EXPECT_TRUE(verified->intact()) << verified->problems().join(u'\n').toStdString();
    EXPECT_EQ(fileBytes(archive), archiveBytes) << "the file written before is untouched";
    // Made again after marking and after publishing, the archive copy says the same on every
    // page, carries the same seal and is as long. (Qt's PDF writer orders the embedded fonts'
    // objects differently from one export to the next, so two exports of the same protocol are
    // never the same bytes, marks or not; the file already written is, above.)
    const QStringList pages = pdfPages(archive);
    for (const QString& again : {afterMarking, published}) {
        EXPECT_EQ(pdfPages(again), pages) << again.toStdString();
        EXPECT_EQ(fileBytes(again).size(), archiveBytes.size());
        EXPECT_EQ(readSeal(fileBytes(again))->contentHash, readSeal(archiveBytes)->contentHash);
    }
    EXPECT_TRUE(pdfPages(published).join(QString()).contains(QStringLiteral("Lisa Marklund")));
}

TEST_F(PublicationMarksTest, EveryPublicationIsRecordedWithWhatWasMaskedWhoAndWhen) {
    setText(individual, QStringLiteral("Per Nordqvist, 811218-9876, bor på Kyrkvägen 3."));
    ASSERT_TRUE(marks().mark(november, marked.id, QStringLiteral("Lisa Marklund")).ok());
    ASSERT_TRUE(marks().setIndividual(november, individual.id, true).ok());
    adjustFully(database(), november);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const auto written = publish();
    ASSERT_TRUE(written.ok()) << written.error().toStdString();

    const auto done = marks().publications(november);
    ASSERT_TRUE(done.ok()) << done.error().toStdString();
    ASSERT_EQ(done->size(), 1);
    const Publication& p = done->first();
    const QString where = QStringLiteral("§ %1").arg(individual.number);
    EXPECT_TRUE(p.masked.contains(QStringLiteral("markerat\t§ %1").arg(marked.number)))
        << p.masked.join(u'|').toStdString();
    EXPECT_TRUE(p.masked.contains(QStringLiteral("personnummer\t") + where));
    EXPECT_TRUE(p.masked.contains(QStringLiteral("namn på enskild\t") + where));
    EXPECT_TRUE(p.masked.contains(QStringLiteral("adress\t") + where));
    // What was masked is named by kind and place, not written down again.
    for (const char* secret : {"Marklund", "Nordqvist", "811218", "Kyrkvägen"})
        EXPECT_FALSE(p.masked.join(u'\n').contains(QString::fromUtf8(secret))) << secret;
    ASSERT_EQ(p.files.size(), 2);
    EXPECT_TRUE(written->first().endsWith(p.files.first()));
    EXPECT_FALSE(p.madeBy.isEmpty());
    EXPECT_TRUE(p.madeAt >= before && p.madeAt <= QDateTime::currentDateTimeUtc().addSecs(2))
        << p.madeAt.toString(Qt::ISODate).toStdString();
    if (testOnServer()) {
        QSqlQuery login(database().connection());
        ASSERT_TRUE(login.exec(QStringLiteral("SELECT session_user")) && login.next());
        EXPECT_EQ(p.madeBy, login.value(0).toString()) << "the login, by the server";
    }

    // Publishing again is recorded again; the record is only ever added to.
    ASSERT_TRUE(publish().ok());
    EXPECT_EQ(marks().publications(november)->size(), 2);
}

TEST_F(PublicationMarksTest, HostileMarksAreRefusedOrStayText) {
    EXPECT_FALSE(marks().mark(november, marked.id, QString()).ok());
    EXPECT_FALSE(marks().mark(november, marked.id, QStringLiteral("   \n")).ok());
    EXPECT_FALSE(marks().mark(november, marked.id, QStringLiteral("Ingen sådan text")).ok());
    EXPECT_FALSE(marks().mark(november, marked.id, QString(5000, u'x')).ok());
    EXPECT_FALSE(marks().mark(november, individual.id, QStringLiteral("Lisa Marklund")).ok())
        << "not in that paragraph";
    EXPECT_FALSE(marks().mark(999, NoId, QStringLiteral("Lisa")).ok());
    EXPECT_FALSE(marks().unmark(november, 999).ok());
    EXPECT_FALSE(marks().setIndividual(november, 999, true).ok());
    // A quote, SQL and markup in the text marked: stored as typed, matched as text.
    const QString hostile =
        QStringLiteral("O'Brien\"); DROP TABLE publication_mark;-- <script>alert(1)</script>");
    setText(marked, QStringLiteral("Yttrande från ") + hostile + QStringLiteral(" beaktas."));
    const auto made = marks().mark(november, marked.id, hostile);
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    ASSERT_FALSE(marks().mark(november, marked.id, hostile).ok()) << "marked already";
    adjustFully(database(), november);
    const auto planned = plan();
    ASSERT_TRUE(planned.ok()) << planned.error().toStdString();
    EXPECT_EQ(planned->stored.passages.size(), 1);
    const QString copy = QString::fromUtf8(planned->pages.first().html);
    EXPECT_FALSE(copy.contains(QStringLiteral("Brien")));
    EXPECT_FALSE(copy.contains(QStringLiteral("alert")));
    EXPECT_TRUE(copy.contains(QStringLiteral("Yttrande från [uppgift borttagen enligt GDPR/OSL] "
                                             "beaktas.")));
}

TEST_F(PublicationMarksTest, TheBodysOwnWordingStandsWhereSomethingIsMasked) {
    const Id body = load(november).body.id;
    auto rules = RulesService(database()).bodyRules(body);
    ASSERT_TRUE(rules.ok());
    rules->maskWording = QStringLiteral("[personuppgift borttagen, OSL 26 kap.]");
    ASSERT_TRUE(RulesService(database()).setBodyRules(body, rules.value()).ok());
    EXPECT_EQ(RulesService(database()).bodyRules(body)->maskWording, rules->maskWording);
    ASSERT_TRUE(marks().mark(november, marked.id, QStringLiteral("Lisa Marklund")).ok());
    adjustFully(database(), november);
    const auto planned = plan();
    ASSERT_TRUE(planned.ok()) << planned.error().toStdString();
    EXPECT_EQ(planned->wording, rules->maskWording);
    const QString copy = QString::fromUtf8(planned->pages.first().html);
    EXPECT_TRUE(copy.contains(QStringLiteral("Ansökan från [personuppgift borttagen, OSL 26 kap.] "
                                             "om stöd")))
        << copy.toStdString();
    EXPECT_FALSE(copy.contains(defaultMaskWording()));
    rules->maskWording = QStringLiteral("två\nrader");
    EXPECT_FALSE(RulesService(database()).setBodyRules(body, rules.value()).ok());
}

} // namespace
