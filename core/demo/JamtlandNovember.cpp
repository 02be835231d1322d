// Seed 001, §§ 26–31, word for word.
#include "DemoData.h"
#include "DemoWriter.h"

namespace paragraf::demo {

void addNovemberParagraphs(DemoWriter& w, const Meeting& m) {
    const Id martin = m.chairId;
    const Id elise = m.secretaryId;
    const Id magnus = w.participantNamed(m.id, QStringLiteral("Magnus Aspegren"));

    w.paragraph(m.id,
                QStringLiteral("Upprop, protokollets justering, föregående protokoll samt "
                               "fastställande av dagordningen"),
                ParagraphKind::Decision,
                {{NoId, QString(),
                  QStringLiteral("- a) Upprop genomförs\n"
                                 "- b) Sara Schelin väljs att tillsammans med ordförande justera "
                                 "protokollet\n"
                                 "- c) Dagordningen fastställs\n"
                                 "- d) Föregående protokoll läggs till handlingarna\n")}});

    w.paragraph(
        m.id, QStringLiteral("Sammanträdesdatum 2025"), ParagraphKind::Decision,
        {{NoId, QStringLiteral("Sammanfattning och överväganden"),
          QStringLiteral(
              "Gruppen har att besluta om sammanträdesdatum för 2025. Datumen bör ligga "
              "ca två veckor före Regionalt samverkansråd för att ärenden dit ska hinna "
              "beredas innan dess kallelse. Gruppen ska även bestämma form och plats för "
              "dessa möten.")},
         {NoId, QStringLiteral("Synpunkter från mötet"),
          QStringLiteral(
              "Gruppen diskuterar de föreslagna tiderna och jämför med andra möten i "
              "allas kalendrar för att kompromissa fram ett förslag som funkar för alla.")}},
        QStringLiteral("Samverkansgruppen sammanträder följande datum 2025:\n\n"
                       "Måndag 20 januari – tisdag 21 januari (internat, fysiskt, lunch till "
                       "eftermiddagsfika)\n\n"
                       "Måndag 3 mars\n\n"
                       "Måndag 7 april\n\n"
                       "Måndag 19 maj (fysiskt på Kommunförbundet, heldag alla)\n\n"
                       "Måndag 22 september\n\n"
                       "Måndag 20 oktober (fysiskt i Bräcke kommun, heldag alla)\n\n"
                       "Måndag 17 november\n\n"
                       "Om inte annat anges sker mötena digitalt via teams.\n\n"
                       "Kommundirektörerna träffas själva på förmiddagen och hela gruppen träffas "
                       "på eftermiddagen."),
        {martin, elise});

    w.paragraph(m.id, QStringLiteral("Namn på gruppen"), ParagraphKind::Information,
                {{NoId, QStringLiteral("Bakgrund"),
                  QStringLiteral("Behov finns av att bestämma ett namn på den här "
                                 "samverkansgruppen. Diskussion förs och alla får i uppdrag att "
                                 "fundera på förslag till nästa möte.")},
                 {NoId, QStringLiteral("Synpunkter"),
                  QStringLiteral("Gruppen är överens om att arbetsnamnet blir Länsledning, med "
                                 "utrymme för mer diskussion och beslut längre fram.")}},
                {}, {martin});

    w.paragraph(
        m.id, QStringLiteral("Inför Läget i länet-dag"), ParagraphKind::Information,
        {{NoId, QStringLiteral("Bakgrund"),
          QStringLiteral("Information inför Läget i länet-dagen 24 februari 2025 och om "
                         "kommundirektörernas roller under dagen. En eller flera kommundirektörer "
                         "inbjuds att delta i ett panelsamtal kring läget i kommunerna. Magnus "
                         "presenterar programmet och planen inför dagen.")},
         {NoId, QStringLiteral("Synpunkter"),
          QStringLiteral(
              "Sara: *Demografikurvan ser så olika ut i länet, t.ex. så är den kurvan man har i "
              "Åre "
              "så annorlunda mot resten av länet. I en inflygning och diskussion kring demografi i "
              "länet behöver man ha med sig hur det kan användas till allas fördel. Ett medskick "
              "till Erik Törnblom från SKR som ska hålla dragning kring demografi.*\n\n"
              "Martin och Magnus: *Något som vi behöver ha med oss hela dagen är just de olika "
              "förutsättningarna i länet och hur vi jobbar med det tillsammans.*\n\n"
              "Sara: *Föreslår att reflektionen i slutet av dagen inkluderar många olika roller, "
              "kommundirektörer, kommunstyrelseordföranden etc.*\n\n"
              "Martin: *Viktigt att dagen blir meningsfull och ger insikter, då kommunerna satsar "
              "både tid och pengar på den här dagen.*\n\n"
              "Kommundirektörerna ska återkoppla till Magnus om de vill vara med i panelsamtalet. "
              "Inspel längre fram kan skickas till antingen Magnus eller Martin.")}},
        {}, {martin, magnus});

    w.paragraph(
        m.id, QStringLiteral("Inför RSR"), ParagraphKind::Information,
        {{NoId, QStringLiteral("Bakgrund"),
          QStringLiteral("Planering inför RSR i eftermiddag med fokus på Bilden av "
                         "Jämtland. Bilden av Jämtland är ett material i form av en "
                         "PowerPoint-presentation som tagits fram för att man i olika "
                         "sammanhang ska kunna presentera snabba och lättillgängliga fakta "
                         "om länet. Det ska kunna användas av olika aktörer. Besked kommer "
                         "när det finns tillgängligt för nedladdning.")},
         {NoId, QStringLiteral("Synpunkter"), QStringLiteral("Inga frågor eller synpunkter.")}},
        {}, {magnus});

    w.paragraph(m.id, QStringLiteral("Övriga frågor"), ParagraphKind::Information,
                {{NoId, QString(), QStringLiteral("Inga övriga frågor.")}});
}

} // namespace paragraf::demo
