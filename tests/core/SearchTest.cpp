// Search across every body and year (docs/search.md): Swedish folding and compounds, ranking,
// highlights, filters, an index kept right by every write, and hostile queries. Runs on the file
// and, as server.SearchTest, on the server.
#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/ErratumService.h"
#include "adjustment/ReviewService.h"
#include "demo/DemoData.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "services/FollowUpService.h"
#include "services/SearchService.h"
#include "text/SearchText.h"

using namespace paragraf;
using namespace paragraf::test;

namespace {

class SearchTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        board = createBody(QStringLiteral("Barn- och utbildningsnämnden"), 3);
        spring = createMeeting(board, QDate(2024, 3, 11));
    }
    QList<SearchHit> find(const QString& text, SearchRequest request = {}) const {
        request.text = text;
        const auto hits = SearchService(database()).search(request);
        EXPECT_TRUE(hits.ok()) << hits.error().toStdString();
        return hits.ok() ? hits.value() : QList<SearchHit>{};
    }
    QStringList titles(const QString& text, const SearchRequest& request = {}) const {
        QStringList found;
        for (const SearchHit& hit : find(text, request))
            found << hit.title;
        found.sort();
        return found;
    }
    Id paragraph(const QString& title, const QString& text = {}, Id meeting = NoId) {
        const Id id = addParagraph(meeting == NoId ? spring : meeting, title);
        if (!text.isEmpty())
            setText(id, text);
        return id;
    }
    Paragraph paragraphOf(Id id) const {
        const MeetingRecord record = load(spring);
        for (const Paragraph& p : record.paragraphs)
            if (p.id == id)
                return p;
        return {};
    }
    void setText(Id id, const QString& text) {
        const auto changed = service().updateSectionText(paragraphOf(id).sections.first().id, text);
        ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
    }

    Id board = NoId;
    Id spring = NoId;
};

QStringList list(std::initializer_list<const char*> items) {
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    result.sort();
    return result;
}

TEST(SearchText, FoldsCaseAndAccentsButKeepsTheSwedishLetters) {
    EXPECT_EQ(foldForSearch(QStringLiteral("ÅÄÖ åäö Café MÜLLER Ærø Łódź")).toStdString(),
              "åäö åäö cafe muller ärö lodz");
    EXPECT_EQ(foldForSearch(QStringLiteral("Skolan")).size(), 6) << "one character for one";
}

TEST(SearchText, TakesSwedishEndingsOffAndLeavesShortWordsOut) {
    EXPECT_EQ(searchWords(QStringLiteral("Skolans")), QStringList{QStringLiteral("skol")});
    EXPECT_EQ(searchWords(QStringLiteral("skola skolor skolorna")),
              QStringList{QStringLiteral("skol")});
    EXPECT_EQ(searchWords(QStringLiteral("Nämndens beslut")),
              (QStringList{QStringLiteral("nämnd"), QStringLiteral("beslut")}));
    EXPECT_EQ(searchWords(QStringLiteral("kurs")), QStringList{QStringLiteral("kurs")})
        << "a lone s stays when it would leave three letters";
    EXPECT_EQ(searchWords(QStringLiteral("under efter")),
              (QStringList{QStringLiteral("under"), QStringLiteral("efter")}))
        << "so does -er: \"und\" is inside Kommundirektören and Hedlund";
    EXPECT_EQ(searchWords(QStringLiteral("vinter")), QStringList{QStringLiteral("vint")});
    EXPECT_TRUE(searchWords(QStringLiteral("är ar i å")).isEmpty());
}

TEST(SearchText, ADecomposedQueryLooksForTheSameWordsAndShortWordsAreNamed) {
    EXPECT_EQ(searchWords(QStringLiteral("Fo\u0308rskolan ga\u030Ardsa\u0308ljning")),
              searchWords(QStringLiteral("Förskolan gårdsäljning")));
    EXPECT_EQ(shortQueryWords(QStringLiteral("KS 2024/123, ö och KS")),
              (QStringList{QStringLiteral("KS"), QStringLiteral("ö")}));
    EXPECT_TRUE(shortQueryWords(QStringLiteral("skola")).isEmpty());
}

TEST(SearchText, TellsAWordFoundWholeFromOneFoundInsideAnother) {
    const QStringList& endings = searchEndings();
    EXPECT_EQ(placeOfWord(QStringLiteral("skolans hus"), QStringLiteral("skol"), endings),
              SearchWordPlace::Whole);
    EXPECT_EQ(placeOfWord(QStringLiteral("en ny grundskolan"), QStringLiteral("skol"), endings),
              SearchWordPlace::Inside);
    EXPECT_EQ(placeOfWord(QStringLiteral("grundskolan, skola"), QStringLiteral("skol"), endings),
              SearchWordPlace::Whole)
        << "any place it stands whole";
    EXPECT_EQ(placeOfWord(QStringLiteral("ks 2024/1230"), QStringLiteral("123"), endings),
              SearchWordPlace::Inside);
    EXPECT_EQ(placeOfWord(QStringLiteral("ks 2024/123."), QStringLiteral("123"), endings),
              SearchWordPlace::Whole);
    EXPECT_EQ(placeOfWord(QStringLiteral("vara kommun"), QStringLiteral("var"), endings),
              SearchWordPlace::Whole)
        << "vara is var with the ending a";
    EXPECT_EQ(placeOfWord(QStringLiteral("försvar"), QStringLiteral("var"), endings),
              SearchWordPlace::Inside);
    EXPECT_EQ(placeOfWord(QStringLiteral("bygglov"), QStringLiteral("skol"), endings),
              SearchWordPlace::None);
    EXPECT_EQ(placeOfWord(QString(), QStringLiteral("skol"), endings), SearchWordPlace::None);
    // Letters of other scripts and marks are parts of words, as the index's tokenizer has them.
    EXPECT_EQ(placeOfWord(QStringLiteral("straße"), QStringLiteral("stra"), endings),
              SearchWordPlace::Inside);
    EXPECT_EQ(placeOfWord(QStringLiteral("mu\u0308ller"), QStringLiteral("ller"), endings),
              SearchWordPlace::Inside);
}

TEST(SearchText, MarksWholeWordsAndCutsASnippetAroundTheFirstMatch) {
    const QString text = QString(QStringLiteral("Lorem ipsum ")).repeated(30) +
                         QStringLiteral("en ny grundskolan i Hallen.\nSlut.");
    const SearchSnippet snippet = searchSnippet(text, {QStringLiteral("skol")});
    ASSERT_EQ(snippet.marks.size(), 1);
    EXPECT_EQ(snippet.text.mid(snippet.marks[0].start, snippet.marks[0].length).toStdString(),
              "grundskolan");
    EXPECT_TRUE(snippet.text.startsWith(QStringLiteral("…")));
    EXPECT_FALSE(snippet.text.contains(QLatin1Char('\n')));
    EXPECT_LE(snippet.text.size(), 170);
}

TEST(SearchText, ReadsMarkdownWithoutItsEscapesAndHeadingMarks) {
    EXPECT_EQ(
        readableOfMarkdown(QStringLiteral("## Bakgrund\n\\- punkt \\* 3 \\\\ C:\\x")).toStdString(),
        "Bakgrund\n- punkt * 3 \\ C:\\x")
        << "a backslash escapes punctuation only";
    EXPECT_EQ(readableOfMarkdown(QStringLiteral("**RUS mål 5** och *kursiv* och __fet__, men 5 * 3 "
                                                "och snake_case_namn och \\*\\*inte fet\\*\\*"))
                  .toStdString(),
              "RUS mål 5 och kursiv och fet, men 5 * 3 och snake_case_namn och **inte fet**")
        << "emphasis marks go, other stars and underscores stay";
}

TEST_F(SearchTest, SkolaFindsSkolanSkolansAndGrundskola) {
    paragraph(QStringLiteral("Skolan i Hallen"));
    paragraph(QStringLiteral("Om skolans lokaler"));
    paragraph(QStringLiteral("Ny grundskola"));
    paragraph(QStringLiteral("Skolorna i kommunen"));
    paragraph(QStringLiteral("Budget för vården"));
    EXPECT_EQ(titles(QStringLiteral("skola")), list({"Skolan i Hallen", "Om skolans lokaler",
                                                     "Ny grundskola", "Skolorna i kommunen"}));
}

TEST_F(SearchTest, SwedishLettersAreLettersAndOtherAccentsFold) {
    paragraph(QStringLiteral("Ärende om bygglov"));
    paragraph(QStringLiteral("Arende utan prickar"));
    paragraph(QStringLiteral("Café vid ÖVERSIKTSPLANEN"));
    EXPECT_EQ(titles(QStringLiteral("ärende")), list({"Ärende om bygglov"}));
    EXPECT_EQ(titles(QStringLiteral("arende")), list({"Arende utan prickar"}))
        << "a Swedish reader does not want a to find ä";
    EXPECT_EQ(titles(QStringLiteral("cafe")), list({"Café vid ÖVERSIKTSPLANEN"}));
    EXPECT_EQ(titles(QStringLiteral("översiktsplan")), list({"Café vid ÖVERSIKTSPLANEN"}));
    EXPECT_EQ(titles(QStringLiteral("lov")), list({"Ärende om bygglov"})) << "a compound's part";
}

TEST_F(SearchTest, EveryWordMustBeFoundSomewhereInTheParagraph) {
    paragraph(QStringLiteral("Skolan i Hallen"), QStringLiteral("Om ombyggnaden av matsalen."));
    paragraph(QStringLiteral("Skolan i Bräcke"), QStringLiteral("Ingen matsal."));
    EXPECT_EQ(titles(QStringLiteral("skola hallen")), list({"Skolan i Hallen"}));
    EXPECT_EQ(titles(QStringLiteral("hallen ombyggnad")), list({"Skolan i Hallen"}))
        << "one word in the title, the other in a section";
    EXPECT_TRUE(titles(QStringLiteral("hallen bräcke")).isEmpty());
}

TEST_F(SearchTest, ATitleMatchComesBeforeAPassingMention) {
    paragraph(QStringLiteral("Budget 2025"),
              QStringLiteral("Nämnden går igenom budgeten för 2025. Bland annat nämns "
                             "förskolan i Hallen som ett av flera projekt under året."));
    paragraph(QStringLiteral("Ny förskola i Hallen"));
    const QList<SearchHit> hits = find(QStringLiteral("förskola"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0].title.toStdString(), "Ny förskola i Hallen");
    EXPECT_GT(hits[0].score, hits[1].score);
}

// Among equal scores the newest meeting comes first, and within a meeting the paragraphs in
// their order; a word in a decision weighs more than one in a section, whatever the date.
TEST_F(SearchTest, EqualScoresShowTheNewestMeetingFirstThenTheParagraphsInOrder) {
    const Id autumn = createMeeting(board, QDate(2024, 10, 7));
    const Id older = createMeeting(board, QDate(2023, 5, 2));
    const QString mention = QStringLiteral("Frågan om vindkraft nämns här.");
    paragraph(QStringLiteral("Våren först"), mention);
    paragraph(QStringLiteral("Våren sedan"), mention);
    const Id inAutumn = addParagraph(autumn, QStringLiteral("Hösten"));
    const Id inOlder = addParagraph(older, QStringLiteral("Året före"));
    const Id decided = addParagraph(older, QStringLiteral("Beslutet året före"));
    for (const Id id : {inAutumn, inOlder, decided}) {
        const MeetingRecord record = load(id == inAutumn ? autumn : older);
        for (Paragraph p : record.paragraphs)
            if (p.id == id) {
                p.decision = QStringLiteral("Nämnden beslutar om vindkraft.");
                ASSERT_TRUE(id == decided
                                ? service().updateParagraph(p).ok()
                                : service().updateSectionText(p.sections.first().id, mention).ok());
            }
    }
    QStringList order;
    for (const SearchHit& hit : find(QStringLiteral("vindkraft")))
        order << hit.title;
    EXPECT_EQ(order, (QStringList{QStringLiteral("Beslutet året före"), QStringLiteral("Hösten"),
                                  QStringLiteral("Våren först"), QStringLiteral("Våren sedan"),
                                  QStringLiteral("Året före")}));
}

// A word found whole (alone, or with a Swedish ending) counts more than one found inside a
// longer word, and a case number as much as a title: "vara" ranks Vara kommun before Civilt
// försvar, and the exact case number before a title that holds the year and a case number that
// holds the rest inside a longer number (a tester's findings).
TEST_F(SearchTest, AWordFoundWholeOutranksOneFoundInsideAnother) {
    paragraph(QStringLiteral("Civilt försvar"));
    paragraph(QStringLiteral("Samverkan med Vara kommun"));
    QStringList order;
    for (const SearchHit& hit : find(QStringLiteral("vara")))
        order << hit.title;
    EXPECT_EQ(order, (QStringList{QStringLiteral("Samverkan med Vara kommun"),
                                  QStringLiteral("Civilt försvar")}));

    const auto withCase = [&](const QString& title, const QString& caseNumber) {
        const Id id = paragraph(title);
        Paragraph p = paragraphOf(id);
        p.caseNumber = caseNumber;
        EXPECT_TRUE(service().updateParagraph(p).ok());
    };
    withCase(QStringLiteral("Årsredovisning 2024"), QStringLiteral("KS 2024/1230"));
    withCase(QStringLiteral("Delårsrapport"), QStringLiteral("KS 2024/123"));
    const QList<SearchHit> hits = find(QStringLiteral("KS 2024/123"));
    ASSERT_EQ(hits.size(), 2);
    EXPECT_EQ(hits[0].title.toStdString(), "Delårsrapport");
}

TEST_F(SearchTest, TheSnippetShowsTheMatchingWordsInContext) {
    paragraph(QStringLiteral("Lokaler"), QStringLiteral("Grundskolan i Hallen behöver nya "
                                                        "lokaler; skolans rektor har yttrat sig."));
    const QList<SearchHit> hits = find(QStringLiteral("skola"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].source.toStdString(), "section");
    QStringList marked;
    for (const SearchMark& m : hits[0].marks)
        marked << hits[0].snippet.mid(m.start, m.length);
    EXPECT_EQ(marked, (QStringList{QStringLiteral("Grundskolan"), QStringLiteral("skolans")}));
}

// The desk stores a section as Markdown, which Qt's writer wraps at 80 columns, escaping a dash
// a wrap puts first on a line: the snippet shows the text as the protocol prints it.
TEST_F(SearchTest, TheSnippetShowsStoredMarkdownAsItReads) {
    paragraph(
        QStringLiteral("Skolskjuts"),
        QStringLiteral("#### Förslag\nFörvaltningen föreslår att skolskjutsen utökas\n\\- enligt"
                       " bilaga 2 \\- och att kostnaden ryms i budgeten."));
    const QList<SearchHit> hits = find(QStringLiteral("skolskjutsen"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].snippet.toStdString(),
              "Förslag Förvaltningen föreslår att skolskjutsen utökas - enligt bilaga 2 - och att"
              " kostnaden ryms i budgeten.");
    ASSERT_EQ(hits[0].marks.size(), 1);
    EXPECT_EQ(hits[0].snippet.mid(hits[0].marks[0].start, hits[0].marks[0].length).toStdString(),
              "skolskjutsen");
}

TEST_F(SearchTest, FiltersByBodyYearKindAndStatus) {
    const Id council = createBody(QStringLiteral("Kommunstyrelsen"), 3);
    const Id autumn = createMeeting(council, QDate(2023, 9, 4));
    paragraph(QStringLiteral("Skola i nämnden 2024"));
    const Id info = paragraph(QStringLiteral("Skola i styrelsen 2023"), {}, autumn);
    Paragraph asInfo = load(autumn).paragraphs.first();
    ASSERT_EQ(asInfo.id, info);
    asInfo.kind = ParagraphKind::Information;
    ASSERT_TRUE(service().updateParagraph(asInfo).ok());
    SearchRequest byBody;
    byBody.body = QStringLiteral("Kommunstyrelsen");
    EXPECT_EQ(titles(QStringLiteral("skola"), byBody), list({"Skola i styrelsen 2023"}));
    SearchRequest byYear;
    byYear.year = 2024;
    EXPECT_EQ(titles(QStringLiteral("skola"), byYear), list({"Skola i nämnden 2024"}));
    SearchRequest byKind;
    byKind.kind = QStringLiteral("information");
    EXPECT_EQ(titles(QStringLiteral("skola"), byKind), list({"Skola i styrelsen 2023"}));
    SearchRequest byStatus;
    byStatus.status = QStringLiteral("adjusted");
    EXPECT_TRUE(titles(QStringLiteral("skola"), byStatus).isEmpty());
    byStatus.status = QStringLiteral("in_progress");
    EXPECT_EQ(titles(QStringLiteral("skola"), byStatus).size(), 2);
}

TEST_F(SearchTest, TheIndexFollowsEditsDeletesAndMoves) {
    const Id first = paragraph(QStringLiteral("Första"), QStringLiteral("Om vägbelysning."));
    const Id second = paragraph(QStringLiteral("Andra"));
    EXPECT_EQ(titles(QStringLiteral("vägbelysning")), list({"Första"}));
    setText(first, QStringLiteral("Om snöröjning."));
    EXPECT_TRUE(titles(QStringLiteral("vägbelysning")).isEmpty()) << "the old text is gone";
    EXPECT_EQ(titles(QStringLiteral("snöröjning")), list({"Första"}));

    Paragraph renamed = paragraphOf(second);
    renamed.title = QStringLiteral("Bredband på landsbygden");
    renamed.decision = QStringLiteral("Nämnden beslutar att fiberutbyggnaden fortsätter.");
    renamed.attachments = QStringList{QStringLiteral("Karta över fibernätet")};
    ASSERT_TRUE(service().updateParagraph(renamed).ok());
    EXPECT_EQ(titles(QStringLiteral("bredband")), list({"Bredband på landsbygden"}));
    EXPECT_EQ(titles(QStringLiteral("fiberutbyggnaden")), list({"Bredband på landsbygden"}));
    const QList<SearchHit> attachment = find(QStringLiteral("karta"));
    ASSERT_EQ(attachment.size(), 1);
    EXPECT_EQ(attachment[0].source.toStdString(), "attachment");

    const int numberBefore = find(QStringLiteral("snöröjning")).value(0).number;
    ASSERT_TRUE(service().moveParagraph(first, 1).ok());
    EXPECT_EQ(find(QStringLiteral("snöröjning")).value(0).number, numberBefore + 1)
        << "a moved paragraph is shown with its new number";

    ASSERT_TRUE(service().deleteParagraph(first).ok());
    EXPECT_TRUE(titles(QStringLiteral("snöröjning")).isEmpty());
    ASSERT_TRUE(service().deleteMeeting(spring).ok());
    EXPECT_TRUE(titles(QStringLiteral("bredband")).isEmpty());
}

TEST_F(SearchTest, FindsAssignments) {
    const Id id = paragraph(QStringLiteral("Uppföljning"));
    Assignment task;
    task.text = QStringLiteral("Förvaltningen utreder simhallens renovering.");
    task.holders = {{HolderKind::Group, NoId, QStringLiteral("Förvaltningen")}};
    const auto added = FollowUpService(database()).addAssignment(id, task);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    const QList<SearchHit> hits = find(QStringLiteral("simhall"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].source.toStdString(), "assignment");
    EXPECT_EQ(hits[0].paragraphId, id);
}

// What the protocol prints of how a decision was reached and what was said at the paragraph is
// found with the paragraph (schema 19), and goes when the secretary takes it out.
TEST_F(SearchTest, WhatWasSaidMovedReservedAndNotedIsFoundWithItsParagraph) {
    const Id id = paragraph(QStringLiteral("Skolskjuts"));
    const Id other = paragraph(QStringLiteral("Lokalförsörjning"));
    const auto who = [&](int n) {
        return participantNamed(spring, QStringLiteral("Ledamot %1").arg(n));
    };
    Proceedings said;
    Motion approval;
    approval.moverId = who(1);
    Motion amendment;
    amendment.moverId = who(2);
    amendment.kind = MotionKind::Amendment;
    amendment.text = QStringLiteral("att ventilationen i Hallenskolan utreds");
    said.motions = {approval, amendment};
    said.adoptedMotion = 0;
    said.reservations = {{who(2), QStringLiteral("Busskortens kostnad är inte belyst."), false}};
    said.notes = {{who(3), QStringLiteral("Vill ha en redovisning av trafiksäkerheten.")}};
    said.wording = QStringLiteral("Ordföranden finner efter acklamation bifall till förslaget.");
    ASSERT_TRUE(service().setProceedings(id, said).ok());
    const auto viewpoint =
        FollowUpService(database())
            .addViewpoint(
                id, {NoId, {who(3)}, QStringLiteral("Föräldrarna efterfrågar cykelparkering.")});
    ASSERT_TRUE(viewpoint.ok()) << viewpoint.error().toStdString();

    const QList<std::pair<const char*, const char*>> wordsAndSources = {
        {"ventilation", "motion"},
        {"busskort", "reservation"},
        {"trafiksäkerhet", "protocol_note"},
        {"acklamation", "proceedings"},
        {"cykelparkering", "viewpoint"}};
    for (const auto& [word, source] : wordsAndSources) {
        const QList<SearchHit> hits = find(QString::fromUtf8(word));
        ASSERT_EQ(hits.size(), 1) << word;
        EXPECT_EQ(hits[0].paragraphId, id) << word;
        EXPECT_EQ(hits[0].source.toStdString(), source) << word;
        EXPECT_TRUE(hits[0].snippet.contains(QString::fromUtf8(word), Qt::CaseInsensitive));
    }
    EXPECT_EQ(titles(QStringLiteral("skolskjuts cykelparkering busskort")), list({"Skolskjuts"}))
        << "the words of a query are found across the paragraph's pieces";

    Proceedings plain;
    plain.motions = {approval};
    plain.adoptedMotion = 0;
    ASSERT_TRUE(service().setProceedings(id, plain, &said).ok());
    ASSERT_TRUE(FollowUpService(database())
                    .removeViewpoint({viewpoint.value(),
                                      {who(3)},
                                      QStringLiteral("Föräldrarna efterfrågar cykelparkering.")})
                    .ok());
    for (const auto& [word, source] : wordsAndSources)
        EXPECT_TRUE(find(QString::fromUtf8(word)).isEmpty()) << word << " was taken out";

    ASSERT_TRUE(service().setProceedings(other, said).ok());
    EXPECT_EQ(titles(QStringLiteral("busskort")), list({"Lokalförsörjning"}));
    ASSERT_TRUE(service().deleteParagraph(other).ok());
    EXPECT_TRUE(find(QStringLiteral("busskort")).isEmpty()) << "gone with its paragraph";
}

TEST_F(SearchTest, HostileQueriesNeverFailAndFindWhatTheyName) {
    paragraph(QStringLiteral("Vägen \"NEAR\" skolan * 100%"));
    for (const QString& query :
         {QStringLiteral("\""), QStringLiteral("NEAR("), QStringLiteral("*"),
          QStringLiteral("skola*"), QStringLiteral("\"skola"), QStringLiteral("AND OR NOT"),
          QStringLiteral("'; DROP TABLE paragraph; --"), QStringLiteral("^near: {title}"),
          QStringLiteral("100%"), QStringLiteral("_%_"), QStringLiteral("\\"), QString(),
          QStringLiteral("   "), QString(QChar(0)) + QStringLiteral("skola"),
          QStringLiteral("x").repeated(1 << 20), QStringLiteral("skola ").repeated(200000)}) {
        SearchRequest request;
        request.text = query;
        const auto hits = SearchService(database()).search(request);
        EXPECT_TRUE(hits.ok()) << query.left(40).toStdString() << ": "
                               << hits.error().toStdString();
    }
    EXPECT_EQ(titles(QStringLiteral("NEAR(")).size(), 1) << "NEAR is a word like any other";
    EXPECT_EQ(titles(QStringLiteral("skola*")).size(), 1);
    EXPECT_EQ(load(spring).paragraphs.size(), 1) << "nothing was dropped";
}

TEST_F(SearchTest, TheLongestSectionAllowedIsIndexedAndFound) {
    const QString text =
        QStringLiteral("fyllnadstext ").repeated(15000) + QStringLiteral("nålen i höstacken");
    paragraph(QStringLiteral("Stor"), text);
    EXPECT_EQ(titles(QStringLiteral("höstack")), list({"Stor"}));
}

TEST_F(SearchTest, AnImportedMeetingIsFound) {
    paragraph(QStringLiteral("Skolskjutsar"));
    auto parsed = meetingFromJson(meetingToJson(load(spring)));
    ASSERT_TRUE(parsed.ok());
    auto other = Database::create(path(QStringLiteral("import.paragraf")));
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(importMeeting(*other.value(), parsed.value()).ok());
    SearchRequest request;
    request.text = QStringLiteral("skolskjuts");
    const auto hits = SearchService(*other.value()).search(request);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().title.toStdString(), "Skolskjutsar");
}

// A meeting file written with decomposed letters ("o" and a combining diaeresis, as macOS and some
// PDFs give them) is imported composed, as the desk types it, and found by a typed "ö".
TEST_F(SearchTest, ADecomposedImportIsStoredComposedAndFound) {
    paragraph(QStringLiteral("Förskolan i Hallen"));
    Paragraph withAttachment = load(spring).paragraphs.last();
    withAttachment.attachments = {QStringLiteral("Översiktsplan 2030")};
    ASSERT_TRUE(service().updateParagraph(withAttachment).ok());
    QByteArray json = meetingToJson(load(spring));
    ASSERT_TRUE(json.contains("Förskolan"));
    json.replace("Förskolan", "Fo\xCC\x88rskolan");
    json.replace("Översiktsplan", "O\xCC\x88versiktsplan");
    auto parsed = meetingFromJson(json);
    ASSERT_TRUE(parsed.ok());
    auto other = Database::create(path(QStringLiteral("import.paragraf")));
    ASSERT_TRUE(other.ok());
    const auto id = importMeeting(*other.value(), parsed.value());
    ASSERT_TRUE(id.ok());
    const auto imported = MeetingService(*other.value()).load(id.value());
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->paragraphs.last().title, QStringLiteral("Förskolan i Hallen"));
    EXPECT_EQ(imported->paragraphs.last().attachments,
              QStringList{QStringLiteral("Översiktsplan 2030")});
    SearchRequest request;
    request.text = QStringLiteral("förskola");
    const auto hits = SearchService(*other.value()).search(request);
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(hits->size(), 1);
    request.text = QStringLiteral("fo\u0308rskola"); // a query typed on a Mac, over ssh
    EXPECT_EQ(SearchService(*other.value()).search(request)->size(), 1);
}

// The demo's November meeting out for adjustment: remarks, and a rättelse once it is adjusted.
class SearchDemoTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
        record = load(november);
        ASSERT_TRUE(AdjustmentService(database()).sendForAdjustment(november).ok());
    }
    QList<SearchHit> find(const QString& text) const {
        SearchRequest request;
        request.text = text;
        const auto hits = SearchService(database()).search(request);
        EXPECT_TRUE(hits.ok()) << hits.error().toStdString();
        return hits.ok() ? hits.value() : QList<SearchHit>{};
    }
    Signatory adjuster() const {
        for (const Signatory& who : AdjustmentService::signatories(record))
            if (who.role == SignatoryRole::Adjuster)
                return who;
        return {};
    }

    static constexpr Id november = 6;
    MeetingRecord record;
};

TEST_F(SearchDemoTest, ARemarkAndItsAnswerAreFoundWithTheirParagraph) {
    const Id remarked = record.paragraphs[2].id;
    ReviewService review(database());
    const auto remark = review.addRemark(november, remarked, adjuster().participantId,
                                         QStringLiteral("Stavningen av Krokomsvägen är fel."));
    ASSERT_TRUE(remark.ok()) << remark.error().toStdString();
    const QList<SearchHit> hits = find(QStringLiteral("krokomsväg"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].paragraphId, remarked);
    EXPECT_EQ(hits[0].source.toStdString(), "remark");
    ASSERT_TRUE(
        review.rejectRemark(remark.value(), QStringLiteral("Lantmäteriet stavar så.")).ok());
    ASSERT_EQ(find(QStringLiteral("lantmäteriet")).size(), 1) << "the answer is found too";
    const Id whole = review
                         .addRemark(november, NoId, adjuster().participantId,
                                    QStringLiteral("Närvarolistan saknar en ersättare."))
                         .value();
    const QList<SearchHit> onTheMeeting = find(QStringLiteral("närvarolistan"));
    ASSERT_EQ(onTheMeeting.size(), 1) << whole;
    EXPECT_EQ(onTheMeeting[0].paragraphId, NoId) << "found with its meeting";
    EXPECT_EQ(onTheMeeting[0].meetingId, november);
}

TEST_F(SearchDemoTest, ARattelseIsFoundWithItsParagraph) {
    AdjustmentService adjustment(database());
    for (const Signatory& who : AdjustmentService::signatories(record))
        ASSERT_TRUE(adjustment
                        .sign(november, who.role, who.participantId, who.name,
                              SigningMethod::InPerson, {},
                              QDateTime(QDate(2024, 11, 19), QTime(10, 0), Qt::UTC))
                        .ok());
    const Id corrected = record.paragraphs[3].id;
    ASSERT_TRUE(ErratumService(database())
                    .record(november, corrected, QStringLiteral("Magnus Aspegren återkopplar."),
                            QStringLiteral("Felskrivning i beslutet"),
                            QStringLiteral("Martin Söderström"), QDate(2024, 11, 25))
                    .ok());
    const QList<SearchHit> hits = find(QStringLiteral("felskrivning"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().paragraphId, corrected);
    EXPECT_EQ(hits.first().source.toStdString(), "erratum");
}

} // namespace
