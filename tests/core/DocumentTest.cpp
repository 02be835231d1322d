// Documents as an archivist reads them: text per page, real page numbers, nothing loaded.
#include "DocumentFixture.h"
#include "PdfTools.h"
#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/Deadlines.h"
#include "adjustment/ErratumService.h"
#include "demo/DemoData.h"
#include "document/DocumentExporter.h"
#include "document/PdfMetadata.h"
#include "services/FollowUpService.h"
#include "services/RosterService.h"
#include "text/AdjustmentParts.h"
#include "text/CanonicalForm.h"
#include "text/MeetingText.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <sys/inotify.h>
#include <unistd.h>

using namespace paragraf;
using namespace paragraf::test;

namespace {

// The fixture is shared with the tests of single pages (DocumentPageTest.cpp).
class DocumentTest : public DocumentFixture {};

// "§ 27 Title … 3" lines of the contents, and the page each heading really starts on.
struct ContentsCheck {
    QMap<int, int> listed;
    QMap<int, int> actual;
};

ContentsCheck checkContents(const QStringList& layoutPages) {
    // In the contents the page number stands apart at the end of the line.
    static const QRegularExpression entry(QStringLiteral("^§ (\\d+) .*\\S\\s{3,}(\\d+)$"));
    static const QRegularExpression heading(QStringLiteral("^§ (\\d+) "));
    ContentsCheck check;
    int lastContentsPage = -1;
    for (int page = 0; page < layoutPages.size(); ++page)
        for (const QString& raw : layoutPages[page].split(QLatin1Char('\n'))) {
            const auto match = entry.match(raw.trimmed());
            if (match.hasMatch()) {
                check.listed.insert(match.captured(1).toInt(), match.captured(2).toInt());
                lastContentsPage = page;
            }
        }
    for (int page = lastContentsPage + 1; page < layoutPages.size(); ++page)
        for (const QString& raw : layoutPages[page].split(QLatin1Char('\n'))) {
            const auto match = heading.match(raw.trimmed());
            if (match.hasMatch() && !check.actual.contains(match.captured(1).toInt()))
                check.actual.insert(match.captured(1).toInt(), page + 1);
        }
    return check;
}

TEST_F(DocumentTest, Seed001ProtocolPageByPage) {
    expectGolden(exported(6, {}, QStringLiteral("protocol.pdf")),
                 QStringLiteral("seed001-protocol"));
}

TEST_F(DocumentTest, ExtractOfTwoParagraphs) {
    DocumentRequest request;
    request.kind = DocumentKind::Extract;
    request.paragraphNumbers = {29, 27};
    expectGolden(exported(6, request, QStringLiteral("extract.pdf")),
                 QStringLiteral("seed001-extract"));
}

TEST_F(DocumentTest, NotesOfAGroupWithSubstitutes) {
    DocumentRequest request;
    request.kind = DocumentKind::Notes;
    expectGolden(exported(7, request, QStringLiteral("notes.pdf")),
                 QStringLiteral("vastmanland-notes"));
}

TEST_F(DocumentTest, NoticeWithAgenda) {
    DocumentRequest request;
    request.kind = DocumentKind::Notice;
    expectGolden(exported(6, request, QStringLiteral("notice.pdf")),
                 QStringLiteral("seed001-notice"));
}

// Seed 001 signed on 2024-11-19 by all three, a rättelse of § 29 and the posting recorded.
class AdjustedDocumentTest : public DocumentTest {
protected:
    void SetUp() override {
        DocumentTest::SetUp();
        AdjustmentService adjustment(database());
        ASSERT_TRUE(adjustment.sendForAdjustment(november).ok());
        const MeetingRecord record = load(november);
        signatories = AdjustmentService::signatories(record);
        paragraph29 = record.paragraphs[3].id;
    }
    void signAll() {
        AdjustmentService adjustment(database());
        QDateTime at(QDate(2024, 11, 19), QTime(9, 30), Qt::UTC);
        for (const Signatory& who : signatories) {
            const SigningMethod how =
                who.role == SignatoryRole::Chair ? SigningMethod::OnPaper : SigningMethod::InPerson;
            ASSERT_TRUE(
                adjustment.sign(november, who.role, who.participantId, who.name, how, {}, at).ok());
            at = at.addSecs(600);
        }
    }
    static constexpr Id november = 6;
    QList<Signatory> signatories;
    Id paragraph29 = NoId;
};

TEST_F(AdjustedDocumentTest, TheLastPageCarriesTheSignaturesAndTheChecksum) {
    signAll();
    const auto erratum =
        ErratumService(database())
            .record(november, paragraph29,
                    QStringLiteral("Kommundirektörerna återkopplar till Magnus Aspegren."),
                    QStringLiteral("Mottagaren var fel angiven"),
                    QStringLiteral("Martin Söderström och Sara Schelin"), QDate(2024, 11, 25),
                    QDateTime(QDate(2024, 11, 25), QTime(8, 0), Qt::UTC));
    ASSERT_TRUE(erratum.ok()) << erratum.error().toStdString();
    ASSERT_TRUE(DeadlineService(database()).post(november, QDate(2024, 11, 20)).ok());
    const QString pdf = exported(november, {}, QStringLiteral("adjusted.pdf"));
    const QStringList pages = pdfPages(pdf);
    const QString hash = contentHash(load(november));
    EXPECT_TRUE(pages.last().simplified().contains(groupedHash(hash)));
    EXPECT_EQ(readSeal(fileBytes(pdf))->contentHash, hash);
    EXPECT_NE(pages.first().indexOf(QStringLiteral("2024-11-20")), -1) << "posted as recorded";
    // An official document names no files and no commands: it says how to verify it in words.
    const QString all = pages.join(QString()).simplified();
    for (const char* technical : {"docs/", ".md", "paragraf-cli", "verify-pdf"})
        EXPECT_FALSE(all.contains(QString::fromUtf8(technical))) << technical;
    EXPECT_TRUE(pages.last().simplified().contains(
        QStringLiteral("med verifieringsfunktionen i programmet Paragraf")))
        << pages.last().toStdString();
    expectGolden(pdf, QStringLiteral("seed001-adjusted-protocol"));
}

TEST_F(AdjustedDocumentTest, AReviewCopyShowsARefusalAndSaysItIsNotAdjusted) {
    const Signatory& adjuster = signatories.last();
    ASSERT_TRUE(AdjustmentService(database())
                    .sign(november, adjuster.role, adjuster.participantId, adjuster.name,
                          SigningMethod::Refused, QStringLiteral("§ 29 återger inte beslutet"),
                          QDateTime(QDate(2024, 11, 19), QTime(9, 30), Qt::UTC))
                    .ok());
    const QString last = pdfPages(exported(november, {}, QStringLiteral("review.pdf"))).last();
    EXPECT_NE(last.indexOf(QStringLiteral("Granskningsexemplar: protokollet är inte justerat.")),
              -1)
        << last.toStdString();
    EXPECT_NE(last.simplified().indexOf(QStringLiteral(
                  "Sara Schelin, justerare: vägrade justera 2024-11-19 kl. 10.30. Skäl: § 29 "
                  "återger inte beslutet")),
              -1)
        << last.toStdString();
}

// A board with parties: § 1 decided after two motions and a named vote, with a reservation, and
// a member out for jäv whose substitute serves in her place.
TEST_F(DocumentTest, AParagraphWithMotionsANamedVoteAReservationAndJav) {
    const Id body = createBody(QStringLiteral("Socialnämnden"), 5);
    const Id meeting = createMeeting(body, QDate(2025, 3, 12));
    const QList<std::tuple<QString, QString, QString>> people{
        {QStringLiteral("Ledamot 1"), QStringLiteral("Anna Andersson"), QStringLiteral("S")},
        {QStringLiteral("Ledamot 2"), QStringLiteral("Bo Berg"), QStringLiteral("M")},
        {QStringLiteral("Ledamot 3"), QStringLiteral("Cecilia Carlsson"), QStringLiteral("C")},
        {QStringLiteral("Ledamot 4"), QStringLiteral("David Dahl"), QStringLiteral("S")},
        {QStringLiteral("Ledamot 5"), QStringLiteral("Eva Ek"), QStringLiteral("V")},
        {QStringLiteral("Ersättare 3"), QStringLiteral("Fredrik Frisk"), QStringLiteral("C")}};
    for (Participant p : load(meeting).participants)
        for (const auto& [was, name, party] : people)
            if (p.name == was) {
                p.name = name;
                p.party = party;
                p.presentAtStart = true;
                ASSERT_TRUE(service().updateParticipant(p).ok());
            }
    const auto id = [&](const char* name) {
        return participantNamed(meeting, QString::fromUtf8(name));
    };
    const Id budget = addParagraph(meeting, QStringLiteral("Budget 2025"));
    const Id other = addParagraph(meeting, QStringLiteral("Övriga frågor"));
    Meeting details = load(meeting).meeting;
    details.chairId = id("Anna Andersson");
    ASSERT_TRUE(service().updateMeeting(details).ok());
    Paragraph p = load(meeting).paragraphs[0];
    p.decision = QStringLiteral("Nämnden fastställer budgeten för 2025.");
    p.immediatelyAdjusted = true;
    ASSERT_TRUE(service().updateParagraph(p).ok());
    ASSERT_TRUE(service()
                    .updateSectionText(p.sections[0].id,
                                       QStringLiteral("Förvaltningen har tagit fram ett förslag "
                                                      "till budget för 2025."))
                    .ok());
    const auto attend = [&](const char* who, AttendanceEventKind kind, Id at, Id forWhom) {
        AttendanceEvent e;
        e.participantId = id(who);
        e.kind = kind;
        e.paragraphId = at;
        e.forParticipantId = forWhom;
        ASSERT_TRUE(service().recordAttendance(meeting, e).ok());
    };
    attend("Cecilia Carlsson", AttendanceEventKind::Jav, budget, NoId);
    attend("Fredrik Frisk", AttendanceEventKind::ServeStart, budget, id("Cecilia Carlsson"));
    attend("Fredrik Frisk", AttendanceEventKind::ServeEnd, other, NoId);

    Proceedings proceedings;
    Motion approval;
    approval.moverId = id("Anna Andersson");
    approval.supporterIds = {id("David Dahl")};
    Motion rejection;
    rejection.moverId = id("Bo Berg");
    rejection.kind = MotionKind::Rejection;
    proceedings.motions = {approval, rejection};
    proceedings.adoptedMotion = 0;
    proceedings.vote.held = true;
    proceedings.vote.yesMotion = 0;
    proceedings.vote.noMotion = 1;
    proceedings.vote.named = {{id("Anna Andersson"), VoteChoice::Yes},
                              {id("Bo Berg"), VoteChoice::No},
                              {id("Fredrik Frisk"), VoteChoice::Yes},
                              {id("David Dahl"), VoteChoice::Yes},
                              {id("Eva Ek"), VoteChoice::No}};
    Reservation reservation;
    reservation.participantId = id("Bo Berg");
    proceedings.reservations = {reservation};
    const Status set = service().setProceedings(budget, proceedings);
    ASSERT_TRUE(set.ok()) << set.error().toStdString();

    // Only spaces and line breaks are no text.
    ASSERT_TRUE(service()
                    .updateSectionText(load(meeting).paragraphs[1].sections[0].id,
                                       QStringLiteral("  \n \n"))
                    .ok());
    EXPECT_EQ(meetingAsText(load(meeting)).count(QStringLiteral("Bakgrund")), 1)
        << "the text view leaves it out too";

    const QString pdf = exported(meeting, {}, QStringLiteral("beslut.pdf"));
    const QString text = pdfPages(pdf).join(QString()).simplified();
    for (const char* expected :
         {"Jäv Cecilia Carlsson (C) anmäler jäv och deltar inte i handläggningen.",
          "Yrkanden Anna Andersson (S) yrkar bifall till förslaget. David Dahl (S) instämmer. "
          "Bo Berg (M) yrkar avslag.",
          "Ordföranden ställer proposition på bifall och avslag och finner att nämnden beslutar "
          "bifalla förslaget.",
          "Med 3 ja-röster mot 2 nej-röster beslutar nämnden bifalla förslaget.",
          "Fredrik Frisk (C), ersätter Cecilia Carlsson X",
          "Reservation Bo Berg (M) reserverar sig mot beslutet."})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // Each under a heading of its own, not under the last section's ("Bakgrund"); the immediate
    // adjustment under the decision it concerns; the empty "Bakgrund" of § 2 not at all.
    for (const char* expected :
         {"Nämndens beslut Nämnden fastställer budgeten för 2025. Paragrafen förklaras omedelbart "
          "justerad. Bakgrund Förvaltningen har tagit fram ett förslag till budget för 2025. Jäv "
          "Cecilia Carlsson (C) anmäler jäv och deltar inte i handläggningen. Yrkanden Anna "
          "Andersson (S) yrkar bifall till förslaget.",
          "Propositionsordning Ordföranden ställer proposition",
          "Omröstning Omröstning begärs och verkställs.",
          "Summa 3 2 0 Reservation Bo Berg (M) reserverar sig mot beslutet. § 2 Övriga frågor"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("Bakgrund")), 1) << text.toStdString();
    expectGolden(pdf, QStringLiteral("decision-with-vote"));

    DocumentRequest withAppendix;
    withAppendix.attendanceAppendix = true;
    const QString appendix =
        pdfPages(exported(meeting, withAppendix, QStringLiteral("bilaga.pdf"))).last().simplified();
    EXPECT_TRUE(appendix.contains(QStringLiteral("Bilaga 1: Närvaro- och voteringslista")));
    // Cecilia Carlsson's seat: she was there, Fredrik Frisk served in § 1 and voted yes in it.
    const QStringList lines =
        pdfPages(path(QStringLiteral("bilaga.pdf")), true).last().split(QLatin1Char('\n'));
    const auto lineWith = [&](const QString& name) {
        for (const QString& line : lines)
            if (line.contains(name))
                return line.simplified();
        return QString();
    };
    EXPECT_EQ(lineWith(QStringLiteral("Cecilia Carlsson")),
              QStringLiteral("Cecilia Carlsson C X Fredrik Frisk § 1 J"))
        << appendix.toStdString();
    EXPECT_EQ(lineWith(QStringLiteral("Bo Berg")), QStringLiteral("Bo Berg M X N"));
    EXPECT_EQ(lineWith(QStringLiteral("Summa nej")), QStringLiteral("Summa nej 2"));
}

TEST_F(DocumentTest, SwedishCharactersComeBackIntact) {
    const QString all = pdfPages(exported(6, {}, QStringLiteral("p.pdf"))).join(QString());
    for (const QString& word :
         {QStringLiteral("Länsstyrelsen"), QStringLiteral("Åre"), QStringLiteral("Östersund"),
          QStringLiteral("§ 27"), QStringLiteral("10.00–11.00"), QStringLiteral("Härjedalen")})
        EXPECT_NE(all.indexOf(word), -1) << word.toStdString();
}

TEST_F(DocumentTest, ContentsGiveThePageWhereEachParagraphStarts) {
    const ContentsCheck check =
        checkContents(pdfPages(exported(6, {}, QStringLiteral("p.pdf")), true));
    EXPECT_EQ(check.listed.size(), 6);
    EXPECT_EQ(check.listed, check.actual);
}

// The last line of a page's text above the signature boxes.
QString lastLineOf(const QString& page) {
    QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    while (!lines.isEmpty() && (lines.last().contains(QStringLiteral("Justerandes signatur")) ||
                                lines.last().trimmed().isEmpty()))
        lines.removeLast();
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

TEST_F(DocumentTest, ContentsAreRightForTwoHundredParagraphs) {
    const Id body = createBody(QStringLiteral("Kommunfullmäktige"), 9);
    const Id meeting = createMeeting(body, QDate(2024, 6, 17));
    const QString sentence =
        QStringLiteral("Förvaltningen redogör för ärendet och dess bakgrund. ");
    for (int i = 0; i < 200; ++i) {
        const Id id = addParagraph(
            meeting,
            QStringLiteral("Ärende %1 om %2")
                .arg(i + 1)
                .arg(i % 7 == 0 ? QStringLiteral("en längre rubrik som kan bryta över två rader i "
                                                 "innehållsförteckningen och i själva protokollet")
                                : QStringLiteral("budget")));
        const Id section = load(meeting).paragraphs.last().sections[0].id;
        ASSERT_TRUE(
            service().updateSectionText(section, sentence.repeated(1 + (i * 37) % 23)).ok());
        (void)id;
    }
    const QStringList pages = pdfPages(exported(meeting, {}, QStringLiteral("big.pdf")), true);
    const ContentsCheck check = checkContents(pages);
    ASSERT_EQ(check.listed.size(), 200);
    EXPECT_EQ(check.listed, check.actual);
    // No heading is left alone at the foot of a page: the last text line above the signature
    // boxes is never a paragraph title or a section heading.
    for (int page = 0; page < pages.size(); ++page) {
        const QString last = lastLineOf(pages[page]);
        ASSERT_FALSE(last.isEmpty());
        EXPECT_FALSE(last.startsWith(QStringLiteral("§ ")) &&
                     check.actual.value(last.section(QLatin1Char(' '), 1, 1).toInt()) == page + 1)
            << "page " << page + 1 << " ends with " << last.toStdString();
        EXPECT_NE(last, QStringLiteral("Bakgrund")) << "page " << page + 1;
    }
}

// A paragraph's heading, its Dnr and its presenter go to the next page together with the first
// line of its text. The text before § 2 grows a line at a time, so that its heading passes the
// foot of the page a little lower each time.
TEST_F(DocumentTest, AHeadingWithItsDnrNeverEndsAPage) {
    const Id body = createBody(QStringLiteral("Kommunstyrelsen"), 5);
    const Id meeting = createMeeting(body, QDate(2025, 2, 10));
    const Id presenter = participantNamed(meeting, QStringLiteral("Ledamot 1"));
    addParagraph(meeting, QStringLiteral("Information"));
    addParagraph(meeting, QStringLiteral("Budget 2025"));
    Paragraph budget = load(meeting).paragraphs.last();
    budget.caseNumber = QStringLiteral("KS 2024/312");
    budget.presenterIds = {presenter};
    ASSERT_TRUE(service().updateParagraph(budget).ok());
    ASSERT_TRUE(
        service()
            .updateSectionText(budget.sections[0].id,
                               QStringLiteral("Förvaltningen redogör för förslaget till budget."))
            .ok());
    const Id before = load(meeting).paragraphs.first().sections[0].id;
    int onTheSamePage = 0, onTheNext = 0;
    for (int lines = 20; lines <= 56; ++lines) {
        QStringList text;
        for (int i = 1; i <= lines; ++i)
            text << QStringLiteral("Rad %1 av informationen.").arg(i);
        // A hard line break ("\" at the end) keeps the lines in one block, a line apart.
        ASSERT_TRUE(service().updateSectionText(before, text.join(QStringLiteral("\\\n"))).ok());
        const QString pdf = exported(meeting, {}, QStringLiteral("dnr%1.pdf").arg(lines));
        keep(pdf, QStringLiteral("heading-with-dnr-%1").arg(lines));
        const QStringList pages = pdfPages(pdf, true);
        ASSERT_GE(pages.size(), 3);
        ++(pages[2].contains(QStringLiteral("§ 2 Budget 2025")) ? onTheSamePage : onTheNext);
        for (int page = 2; page < pages.size(); ++page) {
            const QString last = lastLineOf(pages[page]);
            EXPECT_FALSE(last.startsWith(QStringLiteral("§ ")) ||
                         last.startsWith(QStringLiteral("Dnr ")) ||
                         last.startsWith(QStringLiteral("Föredragande:")) ||
                         last == QStringLiteral("Bakgrund"))
                << lines << " lines before: page " << page + 1 << " ends with "
                << last.toStdString();
        }
    }
    EXPECT_GT(onTheSamePage, 0);
    EXPECT_GT(onTheNext, 0) << "§ 2 passed the foot of the page";
}

TEST_F(DocumentTest, RichTextNeverLoadsFilesOrUrls) {
    // The canary: a real image beside a paragraph that names it, watched for any open.
    const QString image = path(QStringLiteral("canary.png"));
    QImage pixels(40, 40, QImage::Format_RGB32);
    pixels.fill(Qt::red);
    ASSERT_TRUE(pixels.save(image));
    const int watcher = inotify_init1(IN_NONBLOCK);
    ASSERT_GE(watcher, 0);
    ASSERT_GE(inotify_add_watch(watcher, image.toLocal8Bit().constData(), IN_OPEN | IN_ACCESS), 0);

    const Id section = load(6).paragraphs[1].sections[0].id;
    const QString rich = QStringLiteral("Se kartan ![karta](%1) och <img src=\"file://%1\"> samt "
                                        "![webb](https://example.com/a.png) "
                                        "och <img src=\"http://example.com/b.png\">.\n\n**Fet** "
                                        "och *kursiv* text finns kvar.\n\n"
                                        "| Kolumn | Värde |\n|---|---|\n| a | 1 |\n")
                             .arg(image);
    ASSERT_TRUE(service().updateSectionText(section, rich).ok());
    const QString pdf = exported(6, {}, QStringLiteral("canary.pdf"));
    exported(6, {}, QStringLiteral("canary.odt"), DocumentFormat::Odt);

    char buffer[4096];
    const ssize_t events = read(watcher, buffer, sizeof buffer);
    close(watcher);
    EXPECT_LE(events, 0) << "the image file was opened while exporting";
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_EQ(bytes.indexOf("/Subtype /Image"), -1) << "the PDF contains an image";
    const QString text = pdfPages(pdf).join(QString());
    EXPECT_NE(text.indexOf(QStringLiteral("Fet och kursiv text finns kvar")), -1)
        << text.toStdString();
    EXPECT_NE(text.indexOf(QStringLiteral("Kolumn")), -1);
}

TEST_F(DocumentTest, AFailedExportLeavesTheEarlierFileUntouched) {
    const QString out = path(QStringLiteral("utdrag.pdf"));
    DocumentRequest extract;
    extract.kind = DocumentKind::Extract;
    extract.paragraphNumbers = {27};
    ASSERT_TRUE(exportDocument(load(6), extract, DocumentFormat::Pdf, out).ok());
    const QByteArray before = fileHash(out);
    extract.paragraphNumbers = {99};
    const auto failed = exportDocument(load(6), extract, DocumentFormat::Pdf, out);
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(failed.error().indexOf(QStringLiteral("no § 99")), -1)
        << failed.error().toStdString();
    EXPECT_EQ(fileHash(out), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("utdrag.pdf*")}).size(), 1)
        << "no temporary file left";
    EXPECT_FALSE(
        exportDocument(load(6), {}, DocumentFormat::Pdf, path(QStringLiteral("saknas/mapp/p.pdf")))
            .ok());
}

TEST_F(DocumentTest, OdtIsAnOpenDocumentText) {
    for (DocumentKind kind :
         {DocumentKind::Protocol, DocumentKind::Notice, DocumentKind::Certificate}) {
        DocumentRequest request;
        request.kind = kind;
        const QString out = exported(
            6, request, QStringLiteral("d%1.odt").arg(static_cast<int>(kind)), DocumentFormat::Odt);
        QFile file(out);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(100);
        EXPECT_TRUE(head.startsWith("PK"));
        EXPECT_NE(head.indexOf("application/vnd.oasis.opendocument.text"), -1);
        EXPECT_GT(file.size(), 1000);
    }
}

} // namespace

namespace {

// Seed 001 § 29 as the secretary minuted it live: two remarks by name, what the municipal
// directors are to do by the next meeting, and the question raised to the political group.
class FollowUpDocumentTest : public DocumentTest {
protected:
    void recordParagraph29() {
        const MeetingRecord record = load(6);
        // The demo keeps the seed's remarks as typed text; here they are entered by name.
        const Section& remarks = record.paragraphs[3].sections[1];
        ASSERT_EQ(remarks.heading, QStringLiteral("Synpunkter"));
        ASSERT_TRUE(service()
                        .updateSectionText(remarks.id,
                                           QStringLiteral("Kommundirektörerna ska återkoppla till "
                                                          "Magnus om de vill vara med i "
                                                          "panelsamtalet."))
                        .ok());
        const Id politicalGroup = RosterService(database())
                                      .createBody(body(QStringLiteral("Politiska samrådsgruppen")))
                                      .value();
        FollowUp f;
        f.viewpoints << Viewpoint{NoId,
                                  {participantNamed(6, QStringLiteral("Martin Söderström")),
                                   participantNamed(6, QStringLiteral("Magnus Aspegren"))},
                                  QStringLiteral("Något som vi behöver ha med oss hela dagen är "
                                                 "just de olika förutsättningarna i länet.")};
        f.viewpoints << Viewpoint{NoId,
                                  {participantNamed(6, QStringLiteral("Sara Schelin"))},
                                  QStringLiteral("Föreslår att reflektionen i slutet av dagen "
                                                 "inkluderar många olika roller.")};
        Assignment a;
        a.text = QStringLiteral("Återkoppla till Magnus om deltagande i panelsamtalet");
        a.holders << AssignmentHolder{HolderKind::Group, NoId,
                                      QStringLiteral("Kommundirektörerna")};
        f.assignments << a;
        Referral r;
        r.kind = ReferralKind::Raise;
        r.toBodyId = politicalGroup;
        r.note = QStringLiteral("Gruppen är inte överens om vem som deltar i panelen");
        f.referrals << r;
        ASSERT_TRUE(FollowUpService(database()).setFollowUp(record.paragraphs[3].id, f).ok());
    }
    static Body body(const QString& name) {
        Body b;
        b.name = name;
        return b;
    }
};

TEST_F(FollowUpDocumentTest, AParagraphWithAnAssignmentAReferralAndTwoRemarksByName) {
    recordParagraph29();
    DocumentRequest request;
    request.kind = DocumentKind::Extract;
    request.paragraphNumbers = {29};
    const QString pdf = exported(6, request, QStringLiteral("follow-up.pdf"));
    const QString text = pdfPages(pdf).join(QString()).simplified();
    for (const char* expected :
         {"Synpunkter Martin och Magnus: Något som vi behöver ha med oss hela dagen",
          "Sara Schelin: Föreslår att reflektionen",
          "Uppdrag: Återkoppla till Magnus om deltagande i panelsamtalet. Ansvarig: "
          "Kommundirektörerna. Redovisas till nästa möte.",
          "Frågan lyfts till Politiska samrådsgruppen. Gruppen är inte överens om vem som deltar "
          "i panelen."})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    expectGolden(pdf, QStringLiteral("follow-up-extract"));
}

TEST_F(FollowUpDocumentTest, TheNoticeOfTheNextMeetingListsWhatIsDue) {
    recordParagraph29();
    const Id december = createMeeting(1, QDate(2024, 12, 9));
    addParagraph(december, QStringLiteral("Läget i länet-dagen"));
    DocumentRequest request;
    request.kind = DocumentKind::Notice;
    const QString text =
        pdfPages(exported(december, request, QStringLiteral("kallelse.pdf"))).join(QString());
    EXPECT_TRUE(text.simplified().contains(QStringLiteral(
        "Uppdrag att redovisa Inför Läget i länet-dag (2024-11-11 § 29): Återkoppla till Magnus "
        "om deltagande i panelsamtalet. Ansvarig: Kommundirektörerna. Redovisas till nästa "
        "möte.")))
        << text.toStdString();
    // The meeting after that has nothing due any more once it is closed.
    const Id assignment = load(6).paragraphs[3].followUp.assignments[0].id;
    Assignment done;
    done.status = AssignmentStatus::Done;
    done.closedOn = QDate(2024, 12, 9);
    ASSERT_TRUE(FollowUpService(database()).closeAssignment(assignment, done).ok());
    const QString after =
        pdfPages(exported(december, request, QStringLiteral("kallelse2.pdf"))).join(QString());
    EXPECT_FALSE(after.contains(QStringLiteral("Uppdrag att redovisa")));
}

} // namespace
