// Masking personal data in the web copy: what is found (with the check digit of a personnummer),
// what is proposed in a paragraph about an individual, and that nothing masked leaks anywhere
// on the page while the archive copy stays byte for byte the same.
#include "publish/Masking.h"

#include "AdjustFully.h"
#include "DocumentFixture.h"
#include "publish/PersonalData.h"
#include "publish/PublishService.h"
#include "publish/WebCopy.h"

using namespace paragraf;
using namespace paragraf::test;

namespace {

QStringList foundTexts(const QString& text) {
    QStringList texts;
    for (const PersonalDataFinding& f : findPersonalData(text))
        texts << f.text;
    return texts;
}

TEST(PersonalData, IdentityNumbersNeedTheirCheckDigitAndARealDay) {
    bool coordination = true;
    EXPECT_TRUE(isIdentityNumber(QStringLiteral("8112189876"), &coordination));
    EXPECT_FALSE(coordination);
    EXPECT_TRUE(isIdentityNumber(QStringLiteral("198112189876")));
    EXPECT_TRUE(isIdentityNumber(QStringLiteral("6408233234")));
    EXPECT_FALSE(isIdentityNumber(QStringLiteral("8112189871"))) << "wrong check digit";
    EXPECT_FALSE(isIdentityNumber(QStringLiteral("8113189875"))) << "month 13, check digit right";
    EXPECT_FALSE(isIdentityNumber(QStringLiteral("811218987"))) << "nine digits";
    EXPECT_TRUE(isIdentityNumber(QStringLiteral("7010632383"), &coordination));
    EXPECT_TRUE(coordination) << "samordningsnummer: the day plus 60";
    EXPECT_FALSE(isIdentityNumber(QStringLiteral("7010932387"))) << "day 93 is no day";
}

TEST(PersonalData, FoundInTextAreNumbersPhonesMailAndAddresses) {
    const QString text = QStringLiteral(
        "Sökande 811218-9876 och 19640823-3234 (samordningsnummer 701063-2383) bor på "
        "Storgatan 12 B, 831 82 Östersund, nås på 070-123 45 67 eller +46 63 14 30 00 och "
        "anna.ek@example.se. Ej: 811218-9871, dnr 2024/15, 2024-11-11, 12 000 kr, § 27.");
    const QList<PersonalDataFinding> found = findPersonalData(text);
    QStringList texts;
    for (const auto& f : found)
        texts << f.text;
    EXPECT_EQ(texts,
              (QStringList{QStringLiteral("811218-9876"), QStringLiteral("19640823-3234"),
                           QStringLiteral("701063-2383"),
                           QStringLiteral("Storgatan 12 B, 831 82 Östersund"),
                           QStringLiteral("070-123 45 67"), QStringLiteral("+46 63 14 30 00"),
                           QStringLiteral("anna.ek@example.se")}));
    ASSERT_EQ(found.size(), 7);
    EXPECT_EQ(found[0].kind, PersonalDataFinding::IdentityNumber);
    EXPECT_EQ(found[2].kind, PersonalDataFinding::CoordinationNumber);
    EXPECT_EQ(found[3].kind, PersonalDataFinding::Address);
    EXPECT_EQ(found[4].kind, PersonalDataFinding::Phone);
    EXPECT_EQ(found[6].kind, PersonalDataFinding::Email);
    EXPECT_TRUE(foundTexts(QStringLiteral("Budget 2025: 1 250 000 kr, 0,5 procent")).isEmpty());
}

// A house letter is a capital (3 B) or written onto the number (3b): the word after an address
// ("i", "och") is not taken for one, so the proposal is the address itself.
TEST(PersonalData, TheWordAfterAnAddressIsNotItsHouseLetter) {
    EXPECT_EQ(foundTexts(QStringLiteral("bor på Kyrkvägen 3 i Bräcke")),
              QStringList{QStringLiteral("Kyrkvägen 3")});
    EXPECT_EQ(foundTexts(QStringLiteral("Storgatan 12 och Kyrkvägen 3b")),
              (QStringList{QStringLiteral("Storgatan 12"), QStringLiteral("Kyrkvägen 3b")}));
    EXPECT_EQ(foundTexts(QStringLiteral("Kyrkvägen 3 B, 831 82 Östersund")),
              QStringList{QStringLiteral("Kyrkvägen 3 B, 831 82 Östersund")});
}

class MaskingTest : public DocumentFixture {
protected:
    static constexpr Id november = 6; // seed 001
};

TEST_F(MaskingTest, NamesOfPrivatePersonsAreProposedOnlyInAParagraphAboutAnIndividual) {
    MeetingRecord record = load(november);
    Paragraph& p = record.paragraphs[1];
    p.sections.first().text = QStringLiteral(
        "Sökande Lisa Marklund ansöker om bygglov. Handläggare Elise Ackerot har berett ärendet.");
    const QList<MaskProposal> none = maskProposals(record, {});
    EXPECT_TRUE(std::none_of(none.begin(), none.end(), [](const MaskProposal& m) {
        return m.kind == PersonalDataFinding::PrivateName;
    }));
    const QList<MaskProposal> proposals = maskProposals(record, {p.id});
    QStringList names;
    for (const MaskProposal& m : proposals)
        if (m.kind == PersonalDataFinding::PrivateName)
            names << m.text;
    EXPECT_EQ(names, QStringList{QStringLiteral("Lisa Marklund")})
        << names.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(proposals.first().where, QStringLiteral("§ %1").arg(p.number));
}

TEST_F(MaskingTest, NothingMaskedLeaksAndTheArchiveCopyIsUnchanged) {
    MeetingRecord before = load(november);
    Paragraph p = before.paragraphs[1];
    p.title = QStringLiteral("Bygglov för Lisa Marklund");
    ASSERT_TRUE(service().updateParagraph(p).ok());
    ASSERT_TRUE(service()
                    .updateSectionText(p.sections.first().id,
                                       QStringLiteral("Lisa Marklund, 811218-9876, "
                                                      "[e-post](mailto:lisa@example.se), "
                                                      "![Lisa Marklund vid huset](x.png) "
                                                      "**Lisa Marklund** bor på Kyrkvägen 3."))
                    .ok());
    adjustFully(database(), november);
    // The archive copy, exported into the very folder the web copy goes to.
    const QString out = path(QStringLiteral("webb"));
    ASSERT_TRUE(QDir().mkpath(out));
    const QString pdf = QDir(out).filePath(QStringLiteral("protokoll.pdf"));
    ASSERT_TRUE(exportDocument(load(november), {}, DocumentFormat::Pdf, pdf).ok());
    const QByteArray archive = fileBytes(pdf);
    const QStringList archivePages = pdfPages(pdf);
    const QString stored = contentsOf(database());

    PublishRequest request;
    request.meetingId = november;
    request.postedOn = QDate(2024, 11, 20);
    request.maskPassages = {QStringLiteral("Lisa Marklund")};
    const auto plan = PublishService(database()).plan(request);
    ASSERT_TRUE(plan.ok()) << plan.error().toStdString();
    for (const PublishedPage& page : plan->pages) {
        const QString html = QString::fromUtf8(page.html);
        for (const char* secret :
             {"Marklund", "Lisa", "811218", "9876", "lisa@example.se", "Kyrkvägen", "x.png"})
            EXPECT_FALSE(html.contains(QString::fromUtf8(secret)))
                << page.fileName.toStdString() << ": " << secret;
        EXPECT_FALSE(page.fileName.contains(QStringLiteral("marklund")));
    }
    const QString copy = QString::fromUtf8(plan->pages.first().html);
    EXPECT_TRUE(copy.contains(QStringLiteral("Bygglov för [uppgift borttagen enligt GDPR/OSL]")));
    EXPECT_TRUE(copy.contains(QStringLiteral("<title>Protokoll – ")));
    EXPECT_GE(copy.count(defaultMaskWording()), 6);
    // What the plan says is masked, beside the passage asked for.
    QStringList kinds;
    for (const MaskProposal& m : plan->masked)
        kinds << personalDataKindName(m.kind);
    EXPECT_TRUE(kinds.contains(QStringLiteral("personnummer"))) << kinds.join(u',').toStdString();
    EXPECT_TRUE(kinds.contains(QStringLiteral("e-postadress")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("adress")));

    // The archive copy is the file's, which masking never touches: the file holds what it
    // held, a PDF made again says the same on every page, and the PDF already written is the
    // same bytes after publishing.
    EXPECT_EQ(contentsOf(database()), stored);
    const QString again = path(QStringLiteral("again.pdf"));
    ASSERT_TRUE(exportDocument(load(november), {}, DocumentFormat::Pdf, again).ok());
    EXPECT_EQ(pdfPages(again), archivePages);
    EXPECT_TRUE(archivePages.join(QString()).contains(QStringLiteral("811218-9876")));
    ASSERT_TRUE(PublishService(database()).publish(request, out).ok());
    EXPECT_EQ(fileBytes(pdf), archive);
    EXPECT_NE(contentsOf(database()), stored) << "publishing recorded the posting";
}

} // namespace
