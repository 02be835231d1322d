// Defects seen on the pages of real protocols (issue 19, item 8): each test looks at where text
// stands on a page, or at its golden text, as a reader of the printed protocol would.
#include "DocumentFixture.h"
#include "adjustment/AdjustmentService.h"
#include "document/DocumentBuilder.h"
#include "document/TextComposer.h"

#include <QTextBlock>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class DocumentPageTest : public DocumentFixture {
protected:
    static constexpr Id november = 6; // seed 001, not yet adjusted in the demo

    // Seed 001 sent for adjustment and signed by all three on 2024-11-19.
    void adjustNovember() {
        AdjustmentService adjustment(database());
        ASSERT_TRUE(adjustment.sendForAdjustment(november).ok());
        QDateTime at(QDate(2024, 11, 19), QTime(9, 30), Qt::UTC);
        for (const Signatory& who : AdjustmentService::signatories(load(november))) {
            ASSERT_TRUE(adjustment
                            .sign(november, who.role, who.participantId, who.name,
                                  SigningMethod::InPerson, {}, at)
                            .ok());
            at = at.addSecs(600);
        }
    }
    void setParty(Id meeting, const QString& name, const QString& party) {
        for (Participant p : load(meeting).participants)
            if (p.name == name) {
                p.party = party;
                ASSERT_TRUE(service().updateParticipant(p).ok());
            }
    }
    void makePresent(Id meeting, const QString& name) {
        for (Participant p : load(meeting).participants)
            if (p.name == name) {
                p.presentAtStart = true;
                ASSERT_TRUE(service().updateParticipant(p).ok());
            }
    }
};

// The page's text from the notice-board block's title on, if the block starts there.
QString fromTheBlock(const QString& page) {
    const qsizetype at = page.indexOf(QStringLiteral("ANSLAG/BEVIS"));
    return at < 0 ? QString() : page.mid(at);
}

// The header grows a line at a time (one more substitute present), so that the notice-board
// block reaches the foot of the first page a little lower each time: it moves whole to the next
// page, never leaving its title or its first rows behind.
TEST_F(DocumentPageTest, TheNoticeBoardBlockNeverSplitsOverAPageBreak) {
    const Id body = createBody(QStringLiteral("Kommunstyrelsen"), 21);
    const Id meeting = createMeeting(body, QDate(2025, 3, 12));
    addParagraph(meeting, QStringLiteral("Budget 2025"));
    int onTheFirstPage = 0, onTheSecond = 0;
    for (int present = 1; present <= 21; ++present) {
        makePresent(meeting, QStringLiteral("Ersättare %1").arg(present));
        const QString pdf = exported(meeting, {}, QStringLiteral("anslag%1.pdf").arg(present));
        keep(pdf, QStringLiteral("notice-board-block-%1").arg(present));
        const QStringList pages = pdfPages(pdf);
        ASSERT_GE(pages.size(), 2);
        const int page = !fromTheBlock(pages[0]).isEmpty() ? 0 : 1;
        const QString block = fromTheBlock(pages[page]);
        ASSERT_FALSE(block.isEmpty()) << present;
        for (const char* row : {"Organ", "Sammanträdesdatum", "Anslaget sätts upp",
                                "Anslaget tas ned", "Förvaringsplats", "Underskrift"})
            EXPECT_TRUE(block.contains(QString::fromUtf8(row)))
                << present << " substitutes present: \"" << row
                << "\" is not with the title on page " << page + 1;
        ++(page == 0 ? onTheFirstPage : onTheSecond);
        if (present == 15)
            expectGolden(pdf, QStringLiteral("notice-board-block-moved"));
    }
    EXPECT_GT(onTheFirstPage, 0);
    EXPECT_GT(onTheSecond, 0) << "the block passed the foot of the first page";
}

// Long names of real bodies (and one as long as a name may be) run over two lines in the running
// head: each stays in its own column above the rule under the head, at least 3 mm clear of
// "PROTOKOLL", the date and the page number, on the first page and on every page after it.
TEST_F(DocumentPageTest, ALongBodyNameStaysClearOfTheTitleOnEveryPage) {
    const QStringList names{
        QStringLiteral("Kommunstyrelsens arbetsutskott för samhällsbyggnad och infrastruktur"),
        QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse"), // seed 001
        QStringLiteral("Nämnden för arbetsmarknad, vuxenutbildning och integration i "
                       "Samordningsförbundet Västra Mälardalen"),
        QStringLiteral("Gemensamma nämnden för upphandlingssamverkan i Jämtlands län"),
        QStringLiteral("Samhällsbyggnadsnämndens arbetsutskott ") +
            QStringLiteral("för plan- och byggfrågor, miljö och hälsoskydd ").repeated(4)};
    constexpr double headRule = 32.0 * 72.0 / 25.4; // the head ends 32 mm from the top
    constexpr double gap = 3.0 * 72.0 / 25.4;
    for (const QString& name : names) {
        const bool seed = name == load(november).body.name; // already in the demo
        const Id meeting =
            seed ? november : createMeeting(createBody(name.left(200), 3), QDate(2025, 3, 12));
        if (!seed)
            addParagraph(meeting, QStringLiteral("Budget 2025"));
        const QString pdf = exported(meeting, {}, QStringLiteral("long-name.pdf"));
        keep(pdf, QStringLiteral("long-body-name-%1").arg(name.size()));
        const int pages = static_cast<int>(pdfPages(pdf).size());
        ASSERT_GE(pages, 3);
        for (int page = 1; page <= pages; ++page) {
            QList<PdfWord> head;
            for (const PdfWord& w : pdfWords(pdf, page))
                if (w.box.top() < headRule)
                    head << w;
            // The right column: "PROTOKOLL", then the date and "Sida 2 (3)".
            const auto title = std::find_if(head.begin(), head.end(), [](const PdfWord& w) {
                return w.text == QLatin1String("PROTOKOLL");
            });
            ASSERT_NE(title, head.end()) << "page " << page;
            const double column = title->box.left();
            QStringList words;
            for (const PdfWord& w : head) {
                if (w.box.left() >= column)
                    continue;
                words << w.text;
                EXPECT_LT(w.box.bottom(), headRule)
                    << "page " << page << ": " << w.text.toStdString() << " below the rule";
                EXPECT_LT(w.box.right(), column - gap)
                    << "page " << page << ": \"" << w.text.toStdString()
                    << "\" runs into the title column";
            }
            // The body named in full, or shortened where a reader sees it is ("…").
            const QString shown = words.join(QLatin1Char(' '));
            EXPECT_TRUE(shown == name.left(200) || shown.endsWith(QStringLiteral("…")))
                << "page " << page << ": " << shown.toStdString();
            EXPECT_TRUE(name.startsWith(shown.chopped(shown.endsWith(QStringLiteral("…")))))
                << shown.toStdString();
        }
    }
}

// A title that wraps in the contents continues under the title's first word, not under "§".
TEST_F(DocumentPageTest, AWrappedContentsEntryHangsUnderItsTitle) {
    const Id body = createBody(QStringLiteral("Kommunstyrelsen"), 5);
    const Id meeting = createMeeting(body, QDate(2025, 3, 12));
    addParagraph(meeting, QStringLiteral("Information"));
    addParagraph(meeting, QStringLiteral("Yttrande över remiss om regional utvecklingsstrategi för "
                                         "länet 2025–2035 och handlingsplan för kollektivtrafik"));
    const QString pdf = exported(meeting, {}, QStringLiteral("contents.pdf"));
    expectGolden(pdf, QStringLiteral("contents-hanging-indent"));
    const QList<PdfWord> words = pdfWords(pdf, 2);
    const auto find = [&](const QString& text) {
        const auto it = std::find_if(words.begin(), words.end(),
                                     [&](const PdfWord& w) { return w.text == text; });
        return it == words.end() ? QRectF() : it->box;
    };
    const QRectF section = find(QStringLiteral("Information"));
    const QRectF title = find(QStringLiteral("Yttrande"));
    ASSERT_FALSE(section.isNull());
    ASSERT_FALSE(title.isNull());
    EXPECT_NEAR(title.left(), section.left(), 1.0) << "titles start in one column";
    // The first word of the second line of the long entry.
    const auto second = std::find_if(words.begin(), words.end(), [&](const PdfWord& w) {
        return w.box.center().y() > title.bottom() &&
               w.box.center().y() < title.bottom() + title.height();
    });
    ASSERT_NE(second, words.end());
    EXPECT_NEAR(second->box.left(), title.left(), 1.0)
        << "\"" << second->text.toStdString() << "\" wraps under \"§\"";
}

// "Sara Schelin (C)" in the signature block and in the record of the adjustment, as the header
// and the proceedings name her.
TEST_F(DocumentPageTest, SignatureLinesNameThePartyLikeTheHeader) {
    setParty(november, QStringLiteral("Sara Schelin"), QStringLiteral("C"));
    QString first = pdfPages(exported(november, {}, QStringLiteral("draft.pdf"))).first();
    EXPECT_TRUE(first.contains(QStringLiteral("Sara Schelin (C), Åre")))
        << "the header: " << first.toStdString();
    EXPECT_TRUE(
        first.contains(QStringLiteral("Justerare\n…………………………………………………\nSara Schelin (C)\n")))
        << first.toStdString();
    adjustNovember();
    const QString last = pdfPages(exported(november, {}, QStringLiteral("adjusted.pdf"))).last();
    EXPECT_TRUE(last.simplified().contains(
        QStringLiteral("Sara Schelin (C), justerare: signerade 2024-11-19 kl. 10.50")))
        << last.toStdString();
    EXPECT_TRUE(last.simplified().contains(QStringLiteral("Elise Ackerot, sekreterare: signerade")))
        << "no party, no brackets";
}

// "- a) Upprop genomförs" (seed 001 § 26): one marker, the letter, and an item that wraps hangs
// under its text as under a bullet. A list of other items keeps its bullets.
TEST_F(DocumentPageTest, ALetteredListPrintsOnlyItsLetters) {
    const Id section = load(november).paragraphs[1].sections[0].id;
    ASSERT_TRUE(service()
                    .updateSectionText(
                        section, QStringLiteral("- a) Upprop genomförs\n"
                                                "- b) Sara Schelin väljs att tillsammans med "
                                                "ordförande justera protokollet, som justeras "
                                                "digitalt tisdagen den 19 november\n"
                                                "- c) Dagordningen fastställs\n\n"
                                                "Därefter:\n\n- Information\n- Övrigt\n"))
                    .ok());
    const auto built = buildDocument(load(november), {}, false);
    ASSERT_TRUE(built.ok());
    QStringList bulleted;
    for (QTextBlock b = built.value()->text->begin(); b.isValid(); b = b.next())
        if (b.textList())
            bulleted << b.text();
    EXPECT_EQ(bulleted, (QStringList{"Information", "Övrigt"}));

    const QString pdf = exported(november, {}, QStringLiteral("lettered.pdf"));
    keep(pdf, QStringLiteral("lettered-list"));
    const QList<PdfWord> words = pdfWords(pdf, 3);
    // The page holds seed 001's own list (§ 26) above this one (§ 27): the last of each word.
    const auto at = [&](const QString& text) {
        const auto it = std::find_if(words.rbegin(), words.rend(),
                                     [&](const PdfWord& w) { return w.text == text; });
        return it == words.rend() ? QRectF() : it->box;
    };
    const QRectF letter = at(QStringLiteral("b)")), text = at(QStringLiteral("Sara"));
    ASSERT_FALSE(letter.isNull());
    // The first word of the item's second line.
    const auto wrapped = std::find_if(words.begin(), words.end(), [&](const PdfWord& w) {
        return w.box.center().y() > letter.bottom() &&
               w.box.center().y() < letter.bottom() + letter.height();
    });
    ASSERT_NE(wrapped, words.end());
    EXPECT_NE(wrapped->text, QStringLiteral("c)")) << "the item wraps";
    EXPECT_NEAR(wrapped->box.left(), text.left(), 1.0)
        << "\"" << wrapped->text.toStdString() << "\" does not hang under the text";
    EXPECT_NEAR(at(QStringLiteral("a)")).left(), letter.left(), 1.0);
}

// Seed 004 types its lettered list without dashes, an item running over two lines: each item
// stays a line of its own, with its letter and no bullet.
TEST_F(DocumentPageTest, LetteredLinesWithoutDashesStayApart) {
    const Id section = load(november).paragraphs[1].sections[0].id;
    ASSERT_TRUE(
        service()
            .updateSectionText(section, QStringLiteral("Gruppen föreslår:\n\n"
                                                       "a) Samverkansgrupp Hälsa – bidra till\n"
                                                       "förbättrad måluppfyllelse\n"
                                                       "b) Samverkansgrupp Kompetensförsörjning\n"
                                                       "c) Samverkansgrupp Nära vård\n\n"
                                                       "a) är inte en lista här.\n"))
            .ok());
    const auto built = buildDocument(load(november), {}, false);
    ASSERT_TRUE(built.ok());
    QStringList items;
    for (QTextBlock b = built.value()->text->begin(); b.isValid(); b = b.next())
        if (b.text().contains(QStringLiteral(") Samverkansgrupp "))) {
            items << b.text();
            EXPECT_EQ(b.textList(), nullptr) << b.text().toStdString();
        }
    EXPECT_EQ(items, (QStringList{"a) Samverkansgrupp Hälsa – bidra till förbättrad måluppfyllelse",
                                  "b) Samverkansgrupp Kompetensförsörjning",
                                  "c) Samverkansgrupp Nära vård"}));
    EXPECT_EQ(TextComposer::letteredLinesAsList(QStringLiteral("a) ensam\nrad")),
              QStringLiteral("a) ensam\nrad"))
        << "a paragraph without \"b) \" is not a list";
}

// Before its adjustment a protocol and its certificate of posting say that it is not adjusted,
// and no dates of posting are filled in, whatever was asked for.
TEST_F(DocumentPageTest, TheNoticeOfAProtocolNotYetAdjustedSaysItIsNot) {
    DocumentRequest certificate;
    certificate.kind = DocumentKind::Certificate;
    certificate.postedOn = QDate(2024, 11, 20);
    DocumentRequest protocolPosted;
    protocolPosted.postedOn = certificate.postedOn;
    const QString protocol =
        pdfPages(exported(november, protocolPosted, QStringLiteral("draft.pdf")))
            .first()
            .simplified();
    const QString notice =
        pdfPages(exported(november, certificate, QStringLiteral("certificate.pdf"))).first();
    for (const QString& page : {protocol, notice.simplified()}) {
        EXPECT_FALSE(page.contains(QStringLiteral("Protokollet är justerat")))
            << page.toStdString();
        EXPECT_FALSE(page.contains(QStringLiteral("av justerat protokoll"))) << page.toStdString();
        EXPECT_TRUE(page.contains(QStringLiteral("ännu inte justerat"))) << page.toStdString();
        EXPECT_FALSE(page.contains(QStringLiteral("2024-11-20"))) << page.toStdString();
    }
    expectGolden(exported(november, certificate, QStringLiteral("certificate2.pdf")),
                 QStringLiteral("seed001-certificate-not-adjusted"));
}

TEST_F(DocumentPageTest, TheCertificateOfAnAdjustedProtocolGivesTheAppealPeriod) {
    adjustNovember();
    DocumentRequest request;
    request.kind = DocumentKind::Certificate;
    request.postedOn = QDate(2024, 11, 20);
    const QStringList pages = pdfPages(exported(november, request, QStringLiteral("c.pdf")));
    ASSERT_EQ(pages.size(), 1);
    EXPECT_NE(pages[0].indexOf(QStringLiteral("2024-11-20")), -1);
    EXPECT_NE(pages[0].indexOf(QStringLiteral("2024-12-11")), -1) << "taken down three weeks later";
    EXPECT_NE(pages[0].indexOf(QStringLiteral("Jämtlands Gymnasieförbund, Östersund")), -1);
    EXPECT_NE(pages[0].indexOf(QStringLiteral("Protokollet är justerat")), -1);
    expectGolden(exported(november, request, QStringLiteral("c2.pdf")),
                 QStringLiteral("seed001-certificate"));
}

} // namespace
