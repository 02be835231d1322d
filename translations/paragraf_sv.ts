<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Paragraf</source>
        <translation>Om Paragraf</translation>
    </message>
    <message>
        <source>Minutes and protocols for Swedish boards and councils.</source>
        <translation>Protokoll för svenska nämnder, styrelser och fullmäktige.</translation>
    </message>
    <message>
        <source>Licence: %1. Paragraf is free software: you may share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Licens: %1. Paragraf är fri programvara: du får sprida och ändra den enligt GNU General Public License, version 3 eller senare. Den levereras utan garanti.</translation>
    </message>
    <message>
        <source>Built on these libraries (the versions in use):</source>
        <translation>Byggt på dessa bibliotek (versionerna som används):</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
</context>
<context>
    <name>AdjournedLabel</name>
    <message>
        <source>Adjournment</source>
        <translation>Ajournering</translation>
    </message>
</context>
<context>
    <name>AdjournmentForm</name>
    <message>
        <source>&amp;Inside the paragraph (the debate was interrupted)</source>
        <translation>&amp;Inom paragrafen (överläggningen avbröts)</translation>
    </message>
    <message>
        <source>Adjournment</source>
        <translation>Ajournering</translation>
    </message>
    <message>
        <source>e.g. 10.30</source>
        <translation>t.ex. 10.30</translation>
    </message>
    <message>
        <source>empty while adjourned</source>
        <translation>tomt medan sammanträdet är ajournerat</translation>
    </message>
    <message>
        <source>e.g. lunch, gruppöverläggningar</source>
        <translation>t.ex. lunch, gruppöverläggningar</translation>
    </message>
    <message>
        <source>Before the first paragraph</source>
        <translation>Före första paragrafen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraf</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Anledning</translation>
    </message>
    <message>
        <source>Type the times as the clock says them, e.g. 10.30 or 9.05.</source>
        <translation>Skriv tiderna som klockan visar dem, t.ex. 10.30 eller 9.05.</translation>
    </message>
</context>
<context>
    <name>AdjournmentRepository</name>
    <message>
        <source>There is no adjournment with id %1.</source>
        <translation>Det finns ingen ajournering med id %1.</translation>
    </message>
</context>
<context>
    <name>AdjournmentText</name>
    <message>
        <source>The adjournment from %1</source>
        <translation>Ajourneringen från kl. %1</translation>
    </message>
    <message>
        <source>An adjournment needs the time it started.</source>
        <translation>En ajournering behöver klockslaget då den började.</translation>
    </message>
    <message>
        <source>%1 must end after it starts (it ends at %2).</source>
        <translation>%1 måste sluta efter att den börjat (den slutar kl. %2).</translation>
    </message>
    <message>
        <source>%1 starts before the meeting does (%2): an adjournment lies within the meeting&apos;s time.</source>
        <translation>%1 börjar före sammanträdet (kl. %2): en ajournering ligger inom sammanträdets tid.</translation>
    </message>
    <message>
        <source>%1 ends after the meeting does (%2): an adjournment lies within the meeting&apos;s time; change the meeting&apos;s end first if it went on longer.</source>
        <translation>%1 slutar efter sammanträdet (kl. %2): en ajournering ligger inom sammanträdets tid; ändra först sammanträdets sluttid om det pågick längre.</translation>
    </message>
    <message>
        <source>%1 is inside a paragraph, but names none of the meeting&apos;s paragraphs.</source>
        <translation>%1 ligger inom en paragraf men anger ingen av sammanträdets paragrafer.</translation>
    </message>
    <message>
        <source>%1 overlaps the adjournment from %2: the meeting can be adjourned only once at a time.</source>
        <translation>%1 överlappar ajourneringen från kl. %2: sammanträdet kan bara vara ajournerat en gång i taget.</translation>
    </message>
    <message>
        <source>%1 is placed at an earlier paragraph than the one before it in time (from %2).</source>
        <translation>%1 är placerad vid en tidigare paragraf än ajourneringen före den i tid (från kl. %2).</translation>
    </message>
    <message>
        <source>The reason of an adjournment is a few words, at most %1 characters.</source>
        <translation>Anledningen till en ajournering är några få ord, högst %1 tecken.</translation>
    </message>
    <message>
        <source>The reason of an adjournment</source>
        <translation>Skälet till en ajournering</translation>
    </message>
</context>
<context>
    <name>AdjournmentsDialog</name>
    <message>
        <source>Adjournments and clock times</source>
        <translation>Ajourneringar och klockslag</translation>
    </message>
    <message>
        <source>Adjournments</source>
        <translation>Ajourneringar</translation>
    </message>
    <message>
        <source>&amp;New… (Insert)</source>
        <translation>&amp;Ny… (Insert)</translation>
    </message>
    <message>
        <source>&amp;Change… (F2)</source>
        <translation>&amp;Ändra… (F2)</translation>
    </message>
    <message>
        <source>&amp;Remove (Delete)</source>
        <translation>&amp;Ta bort (Delete)</translation>
    </message>
    <message>
        <source>Clock time</source>
        <translation>Klockslag</translation>
    </message>
    <message>
        <source>The time noted for %1 (now %2), e.g. 10.15:</source>
        <translation>Klockslaget för %1 (nu %2), t.ex. 10.15:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
</context>
<context>
    <name>AdjustmentText</name>
    <message>
        <source>the secretary</source>
        <translation>sekreterare</translation>
    </message>
    <message>
        <source>the chair</source>
        <translation>ordförande</translation>
    </message>
    <message>
        <source>the adjuster</source>
        <translation>justerare</translation>
    </message>
    <message>
        <source>The chain of signatures is broken at signature %1 (%2).</source>
        <translation>Kedjan av underskrifter är bruten vid underskrift %1 (%2).</translation>
    </message>
    <message>
        <source>The protocol has already been sent for adjustment.</source>
        <translation>Protokollet har redan skickats för justering.</translation>
    </message>
    <message>
        <source>Choose the chair, the secretary and at least one adjuster in the meeting&apos;s details first.</source>
        <translation>Välj först ordförande, sekreterare och minst en justerare i sammanträdets uppgifter.</translation>
    </message>
    <message>
        <source>Only a protocol sent for adjustment can be signed.</source>
        <translation>Bara ett protokoll som skickats för justering kan skrivas under.</translation>
    </message>
    <message>
        <source>%1 is not %2 of this protocol.</source>
        <translation>%1 är inte %2 för detta protokoll.</translation>
    </message>
    <message>
        <source>The name confirmed (%1) is not the signatory&apos;s (%2).</source>
        <translation>Namnet som bekräftades (%1) är inte undertecknarens (%2).</translation>
    </message>
    <message>
        <source>A refusal to sign needs its reason.</source>
        <translation>Den som vägrar skriva under måste ange skälet.</translation>
    </message>
    <message>
        <source>%1 (%2) has not signed.</source>
        <translation>%1 (%2) har inte skrivit under.</translation>
    </message>
    <message>
        <source>%1 (%2) refused to sign: %3</source>
        <translation>%1 (%2) vägrade skriva under: %3</translation>
    </message>
    <message>
        <source>The content changed after %1 (%2) signed on %3.</source>
        <translation>Innehållet ändrades efter att %1 (%2) skrev under %3.</translation>
    </message>
    <message>
        <source>The stored order of %1 has been altered outside Paragraf.</source>
        <translation>Den lagrade ordningen i %1 har ändrats utanför Paragraf.</translation>
    </message>
    <message>
        <source>The protocol is not adjusted (status: %1).</source>
        <translation>Protokollet är inte justerat (status: %1).</translation>
    </message>
    <message>
        <source>Only an adjusted protocol that has not been posted yet can be posted.</source>
        <translation>Bara ett justerat protokoll som inte redan har anslagits kan anslås.</translation>
    </message>
    <message>
        <source>The protocol was adjusted on %1; it cannot have been posted before.</source>
        <translation>Protokollet justerades %1; det kan inte ha anslagits före det.</translation>
    </message>
    <message>
        <source>The protocol has not been posted.</source>
        <translation>Protokollet har inte anslagits.</translation>
    </message>
    <message>
        <source>The notice stays up until the appeal period ends on %1.</source>
        <translation>Anslaget sitter uppe tills överklagandetiden löper ut %1.</translation>
    </message>
    <message>
        <source>A rättelse needs the correct wording, its reason, who decided it and the day.</source>
        <translation>En rättelse behöver rätt lydelse, skälet, vem som beslutade den och dagen.</translation>
    </message>
    <message>
        <source>A rättelse is made to an adjusted protocol; before adjustment the text is corrected directly.</source>
        <translation>En rättelse görs i ett justerat protokoll; före justeringen rättas texten direkt.</translation>
    </message>
    <message>
        <source>The paragraph is not part of this protocol.</source>
        <translation>Paragrafen hör inte till detta protokoll.</translation>
    </message>
    <message>
        <source>A rättelse is decided after the meeting.</source>
        <translation>En rättelse beslutas efter sammanträdet.</translation>
    </message>
    <message>
        <source>Rättelse %1 has been changed or the chain before it is broken.</source>
        <translation>Rättelse %1 har ändrats eller så är kedjan före den bruten.</translation>
    </message>
    <message>
        <source>Remarks and corrections are made while the protocol is out for adjustment.</source>
        <translation>Anmärkningar och ändringar görs medan protokollet är ute för justering.</translation>
    </message>
    <message>
        <source>The text to correct is not part of this protocol.</source>
        <translation>Texten som ska ändras hör inte till detta protokoll.</translation>
    </message>
    <message>
        <source>The new wording is the same as the old.</source>
        <translation>Den nya lydelsen är densamma som den gamla.</translation>
    </message>
    <message>
        <source>A paragraph needs its title.</source>
        <translation>En paragraf behöver en rubrik.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>En ändring behöver ett skäl.</translation>
    </message>
    <message>
        <source>Only the chair, the adjusters and the secretary of the protocol leave remarks on it.</source>
        <translation>Bara protokollets ordförande, justerare och sekreterare lämnar anmärkningar på det.</translation>
    </message>
    <message>
        <source>Write the remark first.</source>
        <translation>Skriv anmärkningen först.</translation>
    </message>
    <message>
        <source>The remark has already been answered.</source>
        <translation>Anmärkningen är redan besvarad.</translation>
    </message>
    <message>
        <source>The change must be made in the paragraph the remark is about.</source>
        <translation>Ändringen ska göras i den paragraf som anmärkningen gäller.</translation>
    </message>
    <message>
        <source>Remark by %1: %2</source>
        <translation>Anmärkning av %1: %2</translation>
    </message>
    <message>
        <source>A rejected remark needs its reason.</source>
        <translation>En avslagen anmärkning behöver ett skäl.</translation>
    </message>
    <message>
        <source>%1 decided without quorum (more than half of the members serving). Check the attendance, or confirm that it is right, before the protocol is sent.</source>
        <translation>%1 beslutades utan att nämnden var beslutför (mer än hälften av ledamöterna tjänstgörande). Kontrollera närvaron, eller bekräfta att den stämmer, innan protokollet skickas.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planerat</translation>
    </message>
    <message>
        <source>called</source>
        <translation>kallat</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågående</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>out for adjustment</source>
        <translation>ute för justering</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>justerat</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>tillkännagivet</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiverat</translation>
    </message>
    <message>
        <source>Issued document %1 (%2) has been changed in the register or the register before it is broken.</source>
        <translation>Utfärdat dokument %1 (%2) har ändrats i registret, eller så är registret brutet före det.</translation>
    </message>
    <message>
        <source>%1 was not written: it could not be entered in the register of issued documents (%2). An earlier file of that name is unchanged.</source>
        <translation>%1 skrevs inte: den kunde inte föras in i registret över utfärdade handlingar (%2). En tidigare fil med samma namn är oförändrad.</translation>
    </message>
    <message>
        <source>%1 is entered in the register of issued documents but could not be written: %2</source>
        <translation>%1 är införd i registret över utfärdade handlingar men kunde inte skrivas: %2</translation>
    </message>
    <message>
        <source>The body&apos;s rules require %1 adjusters besides the chair (the reglemente&apos;s rule on justering); %2 named. Name another in the meeting&apos;s details, or change &quot;Adjusters required&quot; in the meeting&apos;s rules if the body&apos;s rules allow fewer.</source>
        <translation>Organets regler kräver %1 justerare utöver ordföranden (reglementets bestämmelse om justering); %2 är utsedda. Utse ytterligare en i sammanträdets uppgifter, eller ändra ”Antal justerare som krävs” i sammanträdets regler om organets regler tillåter färre.</translation>
    </message>
    <message>
        <source>%1 would be adjusted by fewer adjusters than the %2 the body&apos;s rules require (setting &quot;Adjusters required&quot;): an adjuster must have taken part in a paragraph and may not adjust one they presided over. Name another adjuster in the meeting&apos;s details.</source>
        <translation>%1 skulle justeras av färre justerare än de %2 som organets regler kräver (inställningen &quot;Antal justerare som krävs&quot;): en justerare ska ha deltagit i paragrafen och får inte justera en paragraf där hen var ordförande. Utse ytterligare en justerare i sammanträdets uppgifter.</translation>
    </message>
    <message>
        <source>A signature on paper is recorded by the secretary.</source>
        <translation>En underskrift på papper registreras av sekreteraren.</translation>
    </message>
    <message>
        <source>Signing as the person logged in needs the organisation&apos;s server; in a file the signatory confirms their name.</source>
        <translation>Att signera som den inloggade personen kräver organisationens server; i en fil bekräftar den som signerar sitt namn.</translation>
    </message>
    <message>
        <source>This login is not a person&apos;s (the server&apos;s administrator maps a login to a person with setup-server.sh add-login): sign with the signatory chosen and the name typed.</source>
        <translation>Den här inloggningen hör inte till någon person (serverns administratör kopplar en inloggning till en person med setup-server.sh add-login): signera med den som signerar vald och namnet skrivet.</translation>
    </message>
    <message>
        <source>You do not sign this protocol: you are not its chair, its secretary or an adjuster who adjusts it.</source>
        <translation>Du signerar inte det här protokollet: du är inte dess ordförande, sekreterare eller en justerare som justerar det.</translation>
    </message>
    <message>
        <source>push moves a file onto a server: %1 is not a file.</source>
        <translation>push flyttar en fil till en server: %1 är inte en fil.</translation>
    </message>
    <message>
        <source>push moves a file onto a server: %1 is not a server.</source>
        <translation>push flyttar en fil till en server: %1 är inte en server.</translation>
    </message>
    <message>
        <source>The file cannot be read as it is now.</source>
        <translation>Filen kan inte läsas som den är nu.</translation>
    </message>
    <message>
        <source>meeting %1 (%2, %3): %4</source>
        <translation>sammanträde %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>pull takes a body out of a server: %1 is not a server.</source>
        <translation>pull tar ut ett organ från en server: %1 är inte en server.</translation>
    </message>
    <message>
        <source>pull writes a file: %1 is a server.</source>
        <translation>pull skriver en fil: %1 är en server.</translation>
    </message>
    <message>
        <source>%1 already exists: pull writes a new file and never overwrites one.</source>
        <translation>%1 finns redan: pull skriver en ny fil och skriver aldrig över en befintlig.</translation>
    </message>
    <message>
        <source>Nothing was moved: an adjusted protocol in the file is not as it was adjusted (its content, a chain or who signed was changed outside Paragraf), and the server would keep it final as it is. Check the file with paragraf-cli verify and restore it from a backup.
%1</source>
        <translation>Ingenting flyttades: ett justerat protokoll i filen är inte som det justerades (dess innehåll, en kedja eller vem som signerade har ändrats utanför Paragraf), och servern skulle behålla det slutligt som det är. Kontrollera filen med paragraf-cli verify och återställ den från en säkerhetskopia.
%1</translation>
    </message>
    <message>
        <source>On the server a remark is its maker&apos;s own: %1 leaves it at their own desk, logged in as themselves. Nothing was filed.</source>
        <translation>På servern är en anmärkning dens egen som gör den: %1 lämnar den vid sitt eget skrivbord, inloggad som sig själv. Ingenting registrerades.</translation>
    </message>
</context>
<context>
    <name>ArchiveText</name>
    <message>
        <source>The schema %1 is missing from this build of Paragraf.</source>
        <translation>Schemat %1 saknas i denna version av Paragraf.</translation>
    </message>
    <message>
        <source>%1 %2 (meeting %3)</source>
        <translation>%1 %2 (sammanträde %3)</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>Det finns inget sammanträde %1.</translation>
    </message>
    <message>
        <source>There are no meetings to deliver; nothing was written.</source>
        <translation>Det finns inga sammanträden att leverera; ingenting skrevs.</translation>
    </message>
    <message>
        <source>A package holds one body&apos;s protocols: %1 and %2 are of different bodies; nothing was written.</source>
        <translation>Ett paket rymmer ett organs protokoll: %1 och %2 hör till olika organ; ingenting skrevs.</translation>
    </message>
    <message>
        <source>Only adjusted protocols go to the e-archive, and this is not adjusted: %1. Nothing was written.</source>
        <translation>Bara justerade protokoll levereras till e-arkivet, och detta är inte justerat: %1. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Avbrutet; ingenting skrevs.</translation>
    </message>
    <message>
        <source>METS and PREMIS</source>
        <translation>METS och PREMIS</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made; nothing was written.</source>
        <translation>Mappen %1 kan inte skapas; ingenting skrevs.</translation>
    </message>
    <message>
        <source>%1 is not a plain folder name; nothing was written.</source>
        <translation>%1 är inte ett enkelt mappnamn; ingenting skrevs.</translation>
    </message>
    <message>
        <source>%1 would lie outside the package %2, or is in it twice; nothing was written.</source>
        <translation>%1 skulle hamna utanför paketet %2, eller finns två gånger i det; ingenting skrevs.</translation>
    </message>
    <message>
        <source>%1 is both a file and a folder in the package %2; nothing was written.</source>
        <translation>%1 är både en fil och en mapp i paketet %2; ingenting skrevs.</translation>
    </message>
    <message>
        <source>The disk is full: the package was not written, and nothing was kept.</source>
        <translation>Disken är full: paketet skrevs inte, och ingenting sparades.</translation>
    </message>
    <message>
        <source>The package could not be written (%1); nothing was kept.</source>
        <translation>Paketet kunde inte skrivas (%1); ingenting sparades.</translation>
    </message>
    <message>
        <source>Stopped; nothing was kept.</source>
        <translation>Avbrutet; ingenting sparades.</translation>
    </message>
    <message>
        <source>%1 Its documents are entered in the register of issued documents all the same; make the package again.</source>
        <translation>%1 Dess handlingar är ändå införda i registret över utfärdade handlingar; gör paketet igen.</translation>
    </message>
    <message>
        <source>The package&apos;s PDFs are not entered in the register of issued documents: the file (or your login on the server) is read-only, so verify-pdf will not know them. Make the package where it can be written to have them entered.</source>
        <translation>Paketets PDF-filer är inte införda i registret över utfärdade handlingar: filen (eller din inloggning på servern) är skrivskyddad, så verify-pdf känner inte igen dem. Gör paketet där det går att skriva för att få dem införda.</translation>
    </message>
</context>
<context>
    <name>AssignmentOverviewDialog</name>
    <message>
        <source>Assignments across bodies</source>
        <translation>Uppdrag i alla organ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Closed in the last 30 days</source>
        <translation>Avslutade de senaste 30 dagarna</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Organ</translation>
    </message>
    <message>
        <source>&amp;Held by</source>
        <translation>&amp;Ansvarig</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Givet vid</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What came of it (recorded when closing)</source>
        <translation>Vad det blev (sparas när uppdraget avslutas)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>A&amp;nteckning</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Markera &amp;klart</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exportera &amp;CSV…</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Alla organ</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>next meeting</source>
        <translation>nästa möte</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation><numerusform>%n uppdrag</numerusform><numerusform>%n uppdrag</numerusform></translation>
    </message>
    <message>
        <source>Export assignments</source>
        <translation>Exportera uppdrag</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV för kalkylprogram (*.csv)</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Cancel assi&amp;gnment</source>
        <translation>Av&amp;bryt uppdraget</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Jäv</source>
        <translation>Jäv</translation>
    </message>
    <message>
        <source>Serves for %1</source>
        <translation>Tjänstgör för %1</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Tjänstgör</translation>
    </message>
    <message>
        <source>Present, not serving</source>
        <translation>Närvarande, ej tjänstgörande</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Party, organisation, role</source>
        <translation>Parti, organisation, roll</translation>
    </message>
    <message>
        <source>At this paragraph</source>
        <translation>Vid denna paragraf</translation>
    </message>
    <message>
        <source>%1, presides</source>
        <translation>%1, ordförande</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Beslutförhet</translation>
    </message>
    <message>
        <source>Present or absent</source>
        <translation>Närvarande eller frånvarande</translation>
    </message>
    <message>
        <source>Substitute serves</source>
        <translation>Ersättare tjänstgör</translation>
    </message>
    <message>
        <source>Jäv for this paragraph</source>
        <translation>Jäv i denna paragraf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quorate:&lt;/b&gt; %1 of %2 members serving</source>
        <translation>&lt;b&gt;Beslutför:&lt;/b&gt; %1 av %2 ledamöter tjänstgör</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00000&apos;&gt;&lt;b&gt;Not quorate:&lt;/b&gt; %1 of %2 serving; more than half must serve to decide.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00000&apos;&gt;&lt;b&gt;Inte beslutför:&lt;/b&gt; %1 av %2 tjänstgör; mer än hälften måste tjänstgöra för att beslut ska kunna fattas.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Change the official or guest…</source>
        <translation>Ändra tjänstepersonen eller gästen…</translation>
    </message>
    <message>
        <source>Remove the official or guest</source>
        <translation>Ta bort tjänstepersonen eller gästen</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>En ledamot</translation>
    </message>
    <message>
        <source>Members come from the roster: change them in Meeting → Body, roster and schedule.</source>
        <translation>Ledamöter kommer från förteckningen: ändra dem under Sammanträde → Organ, ledamöter och sammanträdesplan.</translation>
    </message>
    <message>
        <source>Remove from the meeting</source>
        <translation>Ta bort från sammanträdet</translation>
    </message>
    <message>
        <source>Remove %1 from the meeting? Undo brings them back.</source>
        <translation>Ta bort %1 från sammanträdet? Ångra tar tillbaka personen.</translation>
    </message>
    <message>
        <source>Presides from this paragraph</source>
        <translation>Ordförande från denna paragraf</translation>
    </message>
    <message>
        <source>Space: present/absent · E: substitute · J: jäv here · O: presides from here</source>
        <translation>Mellanslag: närvaro · E: ersättare · J: jäv här · O: ordförande härifrån</translation>
    </message>
</context>
<context>
    <name>AttendanceRulesText</name>
    <message>
        <source>An attendance event names a person who is not a participant of the meeting.</source>
        <translation>En närvaroändring gäller en person som inte deltar i sammanträdet.</translation>
    </message>
    <message>
        <source>%1 is already present and cannot arrive again.</source>
        <translation>%1 är redan närvarande och kan inte anlända igen.</translation>
    </message>
    <message>
        <source>%1 is not present and cannot leave.</source>
        <translation>%1 är inte närvarande och kan inte lämna sammanträdet.</translation>
    </message>
    <message>
        <source>%1 is not serving as a substitute, so the service cannot end.</source>
        <translation>%1 tjänstgör inte som ersättare, så tjänstgöringen kan inte avslutas.</translation>
    </message>
    <message>
        <source>%1 does not serve at this paragraph and so cannot sit it out for jäv.</source>
        <translation>%1 tjänstgör inte vid denna paragraf och kan därför inte anmäla jäv i den.</translation>
    </message>
    <message>
        <source>Only a substitute can serve for a member; %1 is not a substitute.</source>
        <translation>Bara en ersättare kan tjänstgöra för en ledamot; %1 är inte ersättare.</translation>
    </message>
    <message>
        <source>%1 must serve for a member of the body.</source>
        <translation>%1 måste tjänstgöra för en ledamot i organet.</translation>
    </message>
    <message>
        <source>%1 must be present to serve.</source>
        <translation>%1 måste vara närvarande för att tjänstgöra.</translation>
    </message>
    <message>
        <source>%1 already serves for someone; end that service first.</source>
        <translation>%1 tjänstgör redan för någon; avsluta den tjänstgöringen först.</translation>
    </message>
    <message>
        <source>%1 is already replaced by another substitute.</source>
        <translation>%1 ersätts redan av en annan ersättare.</translation>
    </message>
    <message>
        <source>%1 serves from the start but is not a substitute present at the start.</source>
        <translation>%1 tjänstgör från början men är inte en ersättare som är närvarande från början.</translation>
    </message>
    <message>
        <source>Two substitutes serve for the same member from the start.</source>
        <translation>Två ersättare tjänstgör för samma ledamot från början.</translation>
    </message>
    <message>
        <source>An attendance event refers to a paragraph that is not in the meeting.</source>
        <translation>En närvaroändring hänvisar till en paragraf som inte finns i sammanträdet.</translation>
    </message>
    <message>
        <source>%1 cannot take the chair after the last paragraph; the chair changes hands from a paragraph on.</source>
        <translation>%1 kan inte ta över som ordförande efter sista paragrafen; ordförandeskapet växlar från en paragraf och framåt.</translation>
    </message>
    <message>
        <source>Two people cannot take the chair at the same paragraph; one presides at a time.</source>
        <translation>Två personer kan inte ta över som ordförande vid samma paragraf; en i taget är ordförande.</translation>
    </message>
    <message>
        <source>Nobody presides over %1: choose the chair in the meeting&apos;s details, or who presides from a paragraph on.</source>
        <translation>Ingen är ordförande för %1: välj ordförande i sammanträdets uppgifter, eller vem som är ordförande från en paragraf och framåt.</translation>
    </message>
    <message>
        <source>Only a member is replaced by a substitute.</source>
        <translation>Bara en ledamot ersätts av en ersättare.</translation>
    </message>
    <message>
        <source>%1 has no party and no personal substitute, so nobody can be called in.</source>
        <translation>%1 har inget parti och ingen personlig ersättare, så ingen kan kallas in.</translation>
    </message>
    <message numerus="yes">
        <source>No substitute of %1 is left to call in for %2: all %n of the party&apos;s substitutes serve already or are absent.</source>
        <translation><numerusform>Ingen ersättare för %1 finns kvar att kalla in för %2: partiets %n ersättare tjänstgör redan eller är frånvarande.</numerusform><numerusform>Ingen ersättare för %1 finns kvar att kalla in för %2: alla %n ersättare för partiet tjänstgör redan eller är frånvarande.</numerusform></translation>
    </message>
    <message>
        <source>The roll call is of members and substitutes.</source>
        <translation>Uppropet gäller ledamöter och ersättare.</translation>
    </message>
    <message>
        <source>No member or substitute is named &quot;%1&quot;.</source>
        <translation>Ingen ledamot eller ersättare heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits %2; write more of the name.</source>
        <translation>&quot;%1&quot; passar in på %2; skriv mer av namnet.</translation>
    </message>
    <message>
        <source>%1 stopped serving and cannot resume in the same meeting (no växeltjänstgöring): a substitute served in their place meanwhile; only a paragraph sat out for jäv may interrupt a member&apos;s service.</source>
        <translation>%1 har slutat tjänstgöra och kan inte återinträda under samma sammanträde (ingen växeltjänstgöring): en ersättare har tjänstgjort i hens ställe under tiden; bara en paragraf där ledamoten anmält jäv får avbryta tjänstgöringen.</translation>
    </message>
    <message>
        <source>%1 stopped serving and cannot resume in the same meeting (no växeltjänstgöring); only a paragraph sat out for jäv may interrupt a member&apos;s service. If the body&apos;s arbetsordning lets a member who left serve again when no substitute stepped in, turn on &quot;A member who left may serve again&quot; in the body&apos;s rules (Body → Rules).</source>
        <translation>%1 har slutat tjänstgöra och kan inte återinträda under samma sammanträde (ingen växeltjänstgöring); bara en paragraf där ledamoten anmält jäv får avbryta tjänstgöringen. Om organets arbetsordning tillåter att en ledamot som lämnat återinträder när ingen ersättare trätt in, slå på ”En ledamot som lämnat sammanträdet får återinträda” i organets regler (Organ → Arbetsordning).</translation>
    </message>
    <message>
        <source>%1 cannot take the chair here: who presides must be present, a substitute only while serving, and not a guest.</source>
        <translation>%1 kan inte bli ordförande här: den som är ordförande ska vara närvarande, en ersättare bara medan hen tjänstgör, och får inte vara gäst.</translation>
    </message>
    <message>
        <source>%1 presides over %2 but is absent, jävig or not serving there: who presides must be present, serving where the chair is a member, and may not preside over a matter in which they have a conflict of interest (jäv). Name who presided instead (key O in the attendance list).</source>
        <translation>%1 är ordförande för %2 men är frånvarande, jävig eller inte tjänstgörande där: ordföranden ska vara närvarande, tjänstgöra där ordföranden är ledamot, och får inte leda ett ärende där hen är jävig. Ange vem som var ordförande i stället (tangenten O i närvarolistan).</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>%1 – body, roster and schedule</source>
        <translation>%1 – organ, ledamöter och sammanträdesplan</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Organ</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Ledamöter</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>Sammanträdes&amp;plan</translation>
    </message>
    <message>
        <source>Deciding body (protocol, adjusted)</source>
        <translation>Beslutande organ (protokoll som justeras)</translation>
    </message>
    <message>
        <source>Group keeping notes (minnesanteckningar)</source>
        <translation>Grupp som för minnesanteckningar</translation>
    </message>
    <message>
        <source>e.g. Nämndens beslut, Samverkansgruppens beslut</source>
        <translation>t.ex. Nämndens beslut, Samverkansgruppens beslut</translation>
    </message>
    <message>
        <source>e.g. Kommunförbundets kansli</source>
        <translation>t.ex. Kommunförbundets kansli</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Platser</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Decision heading</source>
        <translation>&amp;Rubrik för beslut</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Inte möjligt</translation>
    </message>
    <message>
        <source>Mandate periods</source>
        <translation>Mandatperioder</translation>
    </message>
    <message>
        <source>Add &amp;period</source>
        <translation>Lägg till perio&amp;d</translation>
    </message>
    <message>
        <source>Protocols kept &amp;at</source>
        <translation>Protokollet &amp;förvaras</translation>
    </message>
    <message>
        <source>N&amp;umbering in %1 starts at §</source>
        <translation>N&amp;umreringen år %1 börjar på §</translation>
    </message>
    <message>
        <source>First paragraph number of %1</source>
        <translation>Första paragrafnumret år %1</translation>
    </message>
    <message>
        <source>For a body that began using Paragraf during the year: the number after the last paragraph of its earlier protocols.</source>
        <translation>För ett organ som började använda Paragraf under året: numret efter sista paragrafen i årets tidigare protokoll.</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Ver&amp;kställ</translation>
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation>&amp;Arbetsordning</translation>
    </message>
    <message>
        <source>Body renamed</source>
        <translation>Organet har bytt namn</translation>
    </message>
    <message>
        <source>Protocols already sent for adjustment or adjusted (%1) keep the name and kind they were signed with, so that their checksums still verify; only new protocols are kept under &quot;%2&quot;.</source>
        <translation>Protokoll som redan skickats för justering eller justerats (%1) behåller det namn och slag de skrevs under med, så att deras kontrollsummor fortfarande stämmer; bara nya protokoll förs under &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>There is no body with id %1.</source>
        <translation>Det finns inget organ med id %1.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget sammanträde med id %1.</translation>
    </message>
</context>
<context>
    <name>BodyRulesPage</name>
    <message>
        <source>In an appendix above %1 members</source>
        <translation>I en bilaga vid fler än %1 ledamöter</translation>
    </message>
    <message>
        <source>Always in an appendix</source>
        <translation>Alltid i en bilaga</translation>
    </message>
    <message>
        <source>Always in the header</source>
        <translation>Alltid i protokollets huvud</translation>
    </message>
    <message>
        <source>Deciding &amp;members listed</source>
        <translation>Närvarolista för &amp;beslutande</translation>
    </message>
    <message>
        <source>empty: the meeting&apos;s secretary</source>
        <translation>tomt: sammanträdets sekreterare</translation>
    </message>
    <message>
        <source>e.g. nämndsekreterare, registrator</source>
        <translation>t.ex. nämndsekreterare, registrator</translation>
    </message>
    <message>
        <source>empty: ANSLAG/BEVIS – Protokollet är justerat. …</source>
        <translation>tomt: ANSLAG/BEVIS – Protokollet är justerat. …</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Anslagsbevis (notice of adjustment)</source>
        <translation>Anslagsbevis</translation>
    </message>
    <message>
        <source>Posted and signed b&amp;y</source>
        <translation>Anslås och undertecknas a&amp;v</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation>&amp;Formulering</translation>
    </message>
    <message>
        <source>Stays up &amp;for</source>
        <translation>&amp;Dagar på anslagstavlan</translation>
    </message>
    <message>
        <source>&amp;Save the rules</source>
        <translation>&amp;Spara reglerna</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Inte möjligt</translation>
    </message>
    <message>
        <source>The stored rules could not be read: %1</source>
        <translation>Organets sparade regler kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The body&apos;s rules could not be read from the file (%1), so the defaults shown are not saved over them. Close the dialog and open it again.</source>
        <translation>Organets regler kunde inte läsas från filen (%1), så standardvärdena som visas sparas inte över dem. Stäng dialogen och öppna den igen.</translation>
    </message>
    <message>
        <source>empty: [uppgift borttagen enligt GDPR/OSL]</source>
        <translation>tomt: [uppgift borttagen enligt GDPR/OSL]</translation>
    </message>
    <message>
        <source>Web copy</source>
        <translation>Webbkopia</translation>
    </message>
    <message>
        <source>Where masked, it &amp;reads</source>
        <translation>Maskerad text ersätts &amp;med</translation>
    </message>
</context>
<context>
    <name>CarriedDialog</name>
    <message>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <source>done here</source>
        <translation>klart här</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>avbrutet här</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>From earlier meetings</source>
        <translation>Från tidigare möten</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Uppdrag</translation>
    </message>
    <message>
        <source>What came of it (recorded when closing)</source>
        <translation>Vad det blev (sparas när uppdraget avslutas)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>&amp;Done here</source>
        <translation>&amp;Klart här</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>Follow-up &amp;paragraph</source>
        <translation>Uppföljnings&amp;paragraf</translation>
    </message>
    <message>
        <source>&amp;Matters from other bodies</source>
        <translation>Ärenden från andra &amp;organ</translation>
    </message>
    <message>
        <source>&amp;Take up here</source>
        <translation>Ta upp &amp;här</translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation>&amp;Släpp</translation>
    </message>
    <message>
        <source>next meeting</source>
        <translation>nästa möte</translation>
    </message>
    <message>
        <source>due</source>
        <translation>ska redovisas</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>taken up at § %1</source>
        <translation>tas upp i § %1</translation>
    </message>
    <message>
        <source>Close assignment</source>
        <translation>Avsluta uppdrag</translation>
    </message>
    <message>
        <source>Reopen assignment</source>
        <translation>Öppna uppdrag igen</translation>
    </message>
    <message>
        <source>Take up matter</source>
        <translation>Ta upp ärende</translation>
    </message>
    <message>
        <source>Release matter</source>
        <translation>Släpp ärende</translation>
    </message>
    <message>
        <source>Follow-up paragraph</source>
        <translation>Uppföljningsparagraf</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled here</source>
        <translation>A&amp;vbrutet här</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Usage: paragraf-cli COMMAND [options]</source>
        <translation>Användning: paragraf-cli KOMMANDO [flaggor]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Run paragraf-cli COMMAND --help for its options.</source>
        <translation>Kör paragraf-cli KOMMANDO --help för dess flaggor.</translation>
    </message>
    <message>
        <source>paragraf-cli: unknown command &quot;%1&quot;; see paragraf-cli --help</source>
        <translation>paragraf-cli: okänt kommando &quot;%1&quot;; se paragraf-cli --help</translation>
    </message>
    <message>
        <source>Create a new, empty Paragraf database.</source>
        <translation>Skapa en ny, tom Paragraf-databas.</translation>
    </message>
    <message>
        <source>Create a database with the bodies, people and meetings of the examples.</source>
        <translation>Skapa en databas med exemplens organ, personer och sammanträden.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Skriv listan som JSON.</translation>
    </message>
    <message>
        <source>List the meetings: id, body, date, status, paragraphs.</source>
        <translation>Lista sammanträdena: id, organ, datum, status, paragrafer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id; paragraf-cli list shows them.</source>
        <translation>&quot;%1&quot; är inget sammanträdes-id; paragraf-cli list visar dem.</translation>
    </message>
    <message>
        <source>Show a meeting as protocol text.</source>
        <translation>Visa ett sammanträde som protokolltext.</translation>
    </message>
    <message>
        <source>Export a meeting in the JSON interchange format (OUT may be - for standard output).</source>
        <translation>Exportera ett sammanträde i JSON-utbytesformatet (UT kan vara - för standard ut).</translation>
    </message>
    <message>
        <source>Import a meeting from the JSON interchange format; prints the new meeting&apos;s id.</source>
        <translation>Importera ett sammanträde från JSON-utbytesformatet; skriver ut det nya sammanträdets id.</translation>
    </message>
    <message>
        <source>%1 is not a valid meeting file; nothing was imported:
%2</source>
        <translation>%1 är ingen giltig sammanträdesfil; ingenting importerades:
%2</translation>
    </message>
    <message>
        <source>Create a new, empty database</source>
        <translation>Skapa en ny, tom databas</translation>
    </message>
    <message>
        <source>Create a database with the example bodies and meetings</source>
        <translation>Skapa en databas med exemplens organ och sammanträden</translation>
    </message>
    <message>
        <source>List the meetings</source>
        <translation>Lista sammanträdena</translation>
    </message>
    <message>
        <source>Show a meeting as protocol text</source>
        <translation>Visa ett sammanträde som protokolltext</translation>
    </message>
    <message>
        <source>Export a meeting as JSON</source>
        <translation>Exportera ett sammanträde som JSON</translation>
    </message>
    <message>
        <source>Import a meeting from JSON</source>
        <translation>Importera ett sammanträde från JSON</translation>
    </message>
    <message>
        <source>protocol, notes, extract, notice or certificate.</source>
        <translation>protocol (protokoll), notes (minnesanteckningar), extract (protokollsutdrag), notice (kallelse) eller certificate (anslagsbevis).</translation>
    </message>
    <message>
        <source>The paragraphs of an extract, e.g. 27,29.</source>
        <translation>Utdragets paragrafer, t.ex. 27,29.</translation>
    </message>
    <message>
        <source>pdf or odt.</source>
        <translation>pdf eller odt.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>The day the protocol goes up on the notice board (YYYY-MM-DD), for the notice-board certificate.</source>
        <translation>Dagen då protokollet sätts upp på anslagstavlan (ÅÅÅÅ-MM-DD), för anslagsbeviset.</translation>
    </message>
    <message>
        <source>Export a document of a meeting as PDF/A or ODT.</source>
        <translation>Exportera ett dokument från ett sammanträde som PDF/A eller ODT.</translation>
    </message>
    <message>
        <source>export needs --out, a known --kind and --format, paragraph numbers like 27,29 and dates like 2024-11-21; see --help</source>
        <translation>export behöver --out, en känd --kind och --format, paragrafnummer som 27,29 och datum som 2024-11-21; se --help</translation>
    </message>
    <message>
        <source>Export a protocol, extract, notice or certificate</source>
        <translation>Exportera protokoll, utdrag, kallelse eller anslagsbevis</translation>
    </message>
    <message>
        <source>%1 expects %2; see --help</source>
        <translation>%1 väntar sig %2; se --help</translation>
    </message>
    <message>
        <source>There is no body named &quot;%1&quot;.</source>
        <translation>Det finns inget organ som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The roster of this day (default today).</source>
        <translation>Ledamöterna denna dag (annars i dag).</translation>
    </message>
    <message>
        <source>Every membership, ended ones too.</source>
        <translation>Alla uppdrag, även avslutade.</translation>
    </message>
    <message>
        <source>List the members of a body.</source>
        <translation>Lista ett organs ledamöter.</translation>
    </message>
    <message>
        <source>--date expects a date like 2024-01-31.</source>
        <translation>--date väntar sig ett datum som 2024-01-31.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation><numerusform>%n problem; inget importerades.</numerusform><numerusform>%n problem; inget importerades.</numerusform></translation>
    </message>
    <message>
        <source>First day of rows that give none (default today).</source>
        <translation>Första dag för rader som inte anger någon (annars i dag).</translation>
    </message>
    <message>
        <source>Check and show the rows; change nothing.</source>
        <translation>Kontrollera och visa raderna; ändra inget.</translation>
    </message>
    <message>
        <source>Import members and substitutes from a CSV file: all rows or, when any row has a problem, none.</source>
        <translation>Importera ledamöter och ersättare från en CSV-fil: alla rader, eller ingen om någon rad har ett problem.</translation>
    </message>
    <message>
        <source>--from expects a date like 2024-01-31.</source>
        <translation>--from väntar sig ett datum som 2024-01-31.</translation>
    </message>
    <message>
        <source>%1 rows, %2, separated by &quot;%3&quot;</source>
        <translation>%1 rader, %2, avgränsade med &quot;%3&quot;</translation>
    </message>
    <message>
        <source>List a body&apos;s planned meetings of a year.</source>
        <translation>Lista ett organs planerade sammanträden under ett år.</translation>
    </message>
    <message>
        <source>Starts at (HH:MM).</source>
        <translation>Börjar (TT:MM).</translation>
    </message>
    <message>
        <source>Ends at (HH:MM).</source>
        <translation>Slutar (TT:MM).</translation>
    </message>
    <message>
        <source>Second day of a two-day session.</source>
        <translation>Andra dagen av ett tvådagarsinternat.</translation>
    </message>
    <message>
        <source>physical, digital or hybrid.</source>
        <translation>physical, digital eller hybrid.</translation>
    </message>
    <message>
        <source>ordinary, full_day, planning_day, check_in or two_day.</source>
        <translation>ordinary, full_day, planning_day, check_in eller two_day.</translation>
    </message>
    <message>
        <source>Where.</source>
        <translation>Var.</translation>
    </message>
    <message>
        <source>The other body of a joint session.</source>
        <translation>Det andra organet vid ett gemensamt sammanträde.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>En anteckning.</translation>
    </message>
    <message>
        <source>Add a planned meeting to a body&apos;s schedule.</source>
        <translation>Lägg till ett planerat sammanträde i ett organs sammanträdesplan.</translation>
    </message>
    <message>
        <source>schedule-add expects a date like 2025-03-03, times like 13:00 and a known --form and --kind; see --help</source>
        <translation>schedule-add väntar sig ett datum som 2025-03-03, tider som 13:00 och känd --form och --kind; se --help</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>.ics-filen som skrivs.</translation>
    </message>
    <message>
        <source>Export a body&apos;s schedule of a year as iCalendar (.ics).</source>
        <translation>Exportera ett organs sammanträdesplan för ett år som iCalendar (.ics).</translation>
    </message>
    <message>
        <source>schedule-export needs --out FILE.ics</source>
        <translation>schedule-export behöver --out FIL.ics</translation>
    </message>
    <message>
        <source>Create the meeting of a planned date (an id from paragraf-cli schedule).</source>
        <translation>Skapa sammanträdet för ett planerat datum (ett id från paragraf-cli schedule).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry id.</source>
        <translation>&quot;%1&quot; är inget id för ett planerat sammanträde.</translation>
    </message>
    <message>
        <source>As of this day (default today).</source>
        <translation>Per denna dag (annars i dag).</translation>
    </message>
    <message>
        <source>List the notices (kallelser) to send in the coming week.</source>
        <translation>Lista kallelser som ska skickas den kommande veckan.</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>försenad sedan %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>List the members of a body</source>
        <translation>Lista ett organs ledamöter</translation>
    </message>
    <message>
        <source>Import a roster from CSV</source>
        <translation>Importera ledamöter från CSV</translation>
    </message>
    <message>
        <source>List a body&apos;s planned meetings</source>
        <translation>Lista ett organs planerade sammanträden</translation>
    </message>
    <message>
        <source>Add a planned meeting</source>
        <translation>Lägg till ett planerat sammanträde</translation>
    </message>
    <message>
        <source>Export a schedule as iCalendar</source>
        <translation>Exportera en sammanträdesplan som iCalendar</translation>
    </message>
    <message>
        <source>Create a meeting from the schedule</source>
        <translation>Skapa ett sammanträde ur planen</translation>
    </message>
    <message>
        <source>List the notices due</source>
        <translation>Lista kallelser att skicka</translation>
    </message>
    <message>
        <source>Send a protocol for adjustment (justering).</source>
        <translation>Skicka ett protokoll för justering.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id.</source>
        <translation>&quot;%1&quot; är inget id för ett sammanträde.</translation>
    </message>
    <message>
        <source>Record a signature made on paper.</source>
        <translation>Registrera en underskrift gjord på papper.</translation>
    </message>
    <message>
        <source>Record a refusal to sign, with its reason.</source>
        <translation>Registrera en vägran att skriva under, med skälet.</translation>
    </message>
    <message>
        <source>Sign a protocol as its secretary, chair or adjuster: ROLE is secretary, chair or adjuster, NAME the signatory&apos;s name as confirmation.</source>
        <translation>Skriv under ett protokoll som sekreterare, ordförande eller justerare: ROLE är secretary, chair eller adjuster, NAME undertecknarens namn som bekräftelse.</translation>
    </message>
    <message>
        <source>sign expects a meeting id and secretary, chair or adjuster.</source>
        <translation>sign väntar sig ett id för sammanträdet och secretary, chair eller adjuster.</translation>
    </message>
    <message>
        <source>Verify an adjusted protocol: exit 0 when it is intact and fully signed, 1 with what differs.</source>
        <translation>Kontrollera ett justerat protokoll: slutkod 0 när det är oförändrat och underskrivet av alla, 1 med vad som skiljer.</translation>
    </message>
    <message>
        <source>Intact and signed by all.</source>
        <translation>Oförändrat och underskrivet av alla.</translation>
    </message>
    <message>
        <source>Send a protocol for adjustment</source>
        <translation>Skicka ett protokoll för justering</translation>
    </message>
    <message>
        <source>Sign a protocol (or refuse, with a reason)</source>
        <translation>Skriv under ett protokoll (eller vägra, med skäl)</translation>
    </message>
    <message>
        <source>Verify that an adjusted protocol is intact</source>
        <translation>Kontrollera att ett justerat protokoll är oförändrat</translation>
    </message>
    <message>
        <source>The signatory who makes the remark.</source>
        <translation>Undertecknaren som gör anmärkningen.</translation>
    </message>
    <message>
        <source>The number of the paragraph (§) it is about.</source>
        <translation>Numret på paragrafen (§) som den gäller.</translation>
    </message>
    <message>
        <source>Leave a remark on a protocol out for adjustment.</source>
        <translation>Lämna en anmärkning på ett protokoll som är ute för justering.</translation>
    </message>
    <message>
        <source>The meeting has no § %1.</source>
        <translation>Sammanträdet har ingen § %1.</translation>
    </message>
    <message>
        <source>List the remarks on a protocol.</source>
        <translation>Lista anmärkningarna på ett protokoll.</translation>
    </message>
    <message>
        <source>The number of the paragraph (§) to change.</source>
        <translation>Numret på paragrafen (§) som ska ändras.</translation>
    </message>
    <message>
        <source>decision, title or section:HEADING.</source>
        <translation>decision, title eller section:RUBRIK.</translation>
    </message>
    <message>
        <source>The new wording.</source>
        <translation>Den nya lydelsen.</translation>
    </message>
    <message>
        <source>Reject the remark, with its reason.</source>
        <translation>Avslå anmärkningen, med skälet.</translation>
    </message>
    <message>
        <source>The secretary&apos;s answer to an accepted remark.</source>
        <translation>Sekreterarens svar på en godtagen anmärkning.</translation>
    </message>
    <message>
        <source>Answer a remark: accept it with the change it asks for (--paragraph, --field, --text) or --reject it.</source>
        <translation>Besvara en anmärkning: godta den med ändringen den begär (--paragraph, --field, --text) eller avslå den med --reject.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a remark id.</source>
        <translation>&quot;%1&quot; är inget id för en anmärkning.</translation>
    </message>
    <message>
        <source>Name the change: --paragraph NUMBER --field decision, title or section:HEADING --text TEXT.</source>
        <translation>Ange ändringen: --paragraph NUMMER --field decision, title eller section:RUBRIK --text TEXT.</translation>
    </message>
    <message>
        <source>Why the text is corrected.</source>
        <translation>Varför texten ändras.</translation>
    </message>
    <message>
        <source>Correct the text of a protocol out for adjustment, with the reason recorded.</source>
        <translation>Ändra texten i ett protokoll som är ute för justering, med skälet registrerat.</translation>
    </message>
    <message>
        <source>The signatory who reads.</source>
        <translation>Undertecknaren som läser.</translation>
    </message>
    <message>
        <source>Remember that they have now read it.</source>
        <translation>Kom ihåg att hen nu har läst det.</translation>
    </message>
    <message>
        <source>Show what changed since a signatory last read the protocol: [-removed-] {+added+}.</source>
        <translation>Visa vad som har ändrats sedan en undertecknare senast läste protokollet: [-borttaget-] {+tillagt+}.</translation>
    </message>
    <message>
        <source>%1 does not sign this protocol.</source>
        <translation>%1 skriver inte under detta protokoll.</translation>
    </message>
    <message>
        <source>The number of the paragraph (§) corrected.</source>
        <translation>Numret på paragrafen (§) som rättas.</translation>
    </message>
    <message>
        <source>The correct wording.</source>
        <translation>Den rätta lydelsen.</translation>
    </message>
    <message>
        <source>What was wrong.</source>
        <translation>Vad som var fel.</translation>
    </message>
    <message>
        <source>Who decided the correction.</source>
        <translation>Vem som beslutade rättelsen.</translation>
    </message>
    <message>
        <source>The day it was decided (YYYY-MM-DD).</source>
        <translation>Dagen då den beslutades (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>Record a rättelse of an adjusted protocol; the signed text stays as it is.</source>
        <translation>Registrera en rättelse av ett justerat protokoll; den undertecknade texten står kvar som den är.</translation>
    </message>
    <message>
        <source>Record instead the day the notice was taken down.</source>
        <translation>Registrera i stället dagen då anslaget togs ned.</translation>
    </message>
    <message>
        <source>Record the day the adjusted protocol was posted on the notice board (YYYY-MM-DD).</source>
        <translation>Registrera dagen då det justerade protokollet anslogs på anslagstavlan (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>&quot;%1&quot; är inget datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>justering</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>anslag</translation>
    </message>
    <message>
        <source>appeal period ends</source>
        <translation>överklagandetiden löper ut</translation>
    </message>
    <message>
        <source>Count from this day (YYYY-MM-DD).</source>
        <translation>Räkna från denna dag (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>List the deadlines due across all bodies, overdue marked.</source>
        <translation>Lista fristerna för alla organ, försenade markerade.</translation>
    </message>
    <message>
        <source>--today expects a date (YYYY-MM-DD).</source>
        <translation>--today väntar sig ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>FÖRSENAD</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>The database the protocol came from.</source>
        <translation>Databasen som protokollet kom från.</translation>
    </message>
    <message>
        <source>%1 carries no Paragraf checksum: it was not exported from a protocol sent for adjustment.</source>
        <translation>%1 har ingen kontrollsumma från Paragraf: det exporterades inte från ett protokoll som skickats för justering.</translation>
    </message>
    <message>
        <source>Meeting %1 of %2, %3 when exported</source>
        <translation>Sammanträde %1 den %2, %3 vid exporten</translation>
    </message>
    <message>
        <source>The protocol in the database (SHA-256 %1) is not the one in the PDF.</source>
        <translation>Protokollet i databasen (SHA-256 %1) är inte det som finns i PDF-filen.</translation>
    </message>
    <message>
        <source>The PDF&apos;s protocol is in the database, intact and signed by all.</source>
        <translation>PDF-filens protokoll finns i databasen, oförändrat och underskrivet av alla.</translation>
    </message>
    <message>
        <source>Leave a remark on a protocol out for adjustment</source>
        <translation>Lämna en anmärkning på ett protokoll ute för justering</translation>
    </message>
    <message>
        <source>List the remarks on a protocol</source>
        <translation>Lista anmärkningarna på ett protokoll</translation>
    </message>
    <message>
        <source>Accept (with the change) or reject a remark</source>
        <translation>Godta (med ändringen) eller avslå en anmärkning</translation>
    </message>
    <message>
        <source>Correct the text out for adjustment, recorded</source>
        <translation>Ändra texten under justeringen, registrerat</translation>
    </message>
    <message>
        <source>Show what changed since a signatory last read</source>
        <translation>Visa vad som ändrats sedan en undertecknare senast läste</translation>
    </message>
    <message>
        <source>Record a rättelse of an adjusted protocol</source>
        <translation>Registrera en rättelse av ett justerat protokoll</translation>
    </message>
    <message>
        <source>Record the posting on the notice board</source>
        <translation>Registrera anslaget på anslagstavlan</translation>
    </message>
    <message>
        <source>List the deadlines due across bodies</source>
        <translation>Lista fristerna för alla organ</translation>
    </message>
    <message>
        <source>Add the appendix of who served, and voted, at each paragraph.</source>
        <translation>Lägg till bilagan om vilka som tjänstgjorde, och hur de röstade, vid varje paragraf.</translation>
    </message>
    <message>
        <source>Who holds it: a participant or member (full or unique first name), an organisation, or a group in words. Repeat for several.</source>
        <translation>Vem som är ansvarig: en deltagare eller ledamot (hela namnet eller ett förnamn som ingen annan har), en organisation eller en grupp i ord. Upprepa för flera.</translation>
    </message>
    <message>
        <source>Due by this day (YYYY-MM-DD); without it, by the next meeting.</source>
        <translation>Senast denna dag (ÅÅÅÅ-MM-DD); utan den till nästa möte.</translation>
    </message>
    <message>
        <source>Record an assignment given at a paragraph.</source>
        <translation>Registrera ett uppdrag som ges i en paragraf.</translation>
    </message>
    <message>
        <source>--due expects a date (YYYY-MM-DD).</source>
        <translation>--due väntar sig ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>§ %1: %2</source>
        <translation>§ %1: %2</translation>
    </message>
    <message>
        <source>done, cancelled, or open to open it again.</source>
        <translation>done (klart), cancelled (avbrutet) eller open för att öppna det igen.</translation>
    </message>
    <message>
        <source>The day it was closed (default today).</source>
        <translation>Dagen det avslutades (i dag om inget anges).</translation>
    </message>
    <message>
        <source>What came of it, or why it was cancelled.</source>
        <translation>Vad det blev, eller varför det avbröts.</translation>
    </message>
    <message>
        <source>The later meeting where it was closed.</source>
        <translation>Det senare sammanträde där det avslutades.</translation>
    </message>
    <message>
        <source>The paragraph (§) of that meeting.</source>
        <translation>Paragrafen (§) i det sammanträdet.</translation>
    </message>
    <message>
        <source>Record how an assignment ended (or open it again).</source>
        <translation>Registrera hur ett uppdrag avslutades (eller öppna det igen).</translation>
    </message>
    <message>
        <source>Assignment %1: %2</source>
        <translation>Uppdrag %1: %2</translation>
    </message>
    <message>
        <source>There is no person named &quot;%1&quot;.</source>
        <translation>Det finns ingen person som heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only the assignments of this body.</source>
        <translation>Bara detta organs uppdrag.</translation>
    </message>
    <message>
        <source>Only those this person holds.</source>
        <translation>Bara de som denna person är ansvarig för.</translation>
    </message>
    <message>
        <source>open (default), overdue, closed (within 30 days) or all.</source>
        <translation>open (öppna, standard), overdue (försenade), closed (avslutade inom 30 dagar) eller all (alla).</translation>
    </message>
    <message>
        <source>Also write them as CSV for a spreadsheet.</source>
        <translation>Skriv dem också som CSV för ett kalkylprogram.</translation>
    </message>
    <message>
        <source>Also write them as a PDF.</source>
        <translation>Skriv dem också som PDF.</translation>
    </message>
    <message>
        <source>List the assignments across bodies: open, overdue or recently closed.</source>
        <translation>Lista uppdragen i alla organ: öppna, försenade eller nyligen avslutade.</translation>
    </message>
    <message>
        <source>--state expects open, overdue, closed or all, and --today a date (YYYY-MM-DD).</source>
        <translation>--state väntar sig open, overdue, closed eller all, och --today ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The question is raised (lyfts) rather than the matter referred (hänskjuts).</source>
        <translation>Frågan lyfts i stället för att ärendet hänskjuts.</translation>
    </message>
    <message>
        <source>What the other body is asked.</source>
        <translation>Vad det andra organet ombeds göra.</translation>
    </message>
    <message>
        <source>Refer a paragraph&apos;s matter to another body.</source>
        <translation>Hänskjut en paragrafs ärende till ett annat organ.</translation>
    </message>
    <message>
        <source>List the matters other bodies referred to a body.</source>
        <translation>Lista ärenden som andra organ har hänskjutit till ett organ.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>taken up at %1</source>
        <translation>tas upp i %1</translation>
    </message>
    <message>
        <source>Take up a referred matter at a paragraph of the body it was referred to.</source>
        <translation>Ta upp ett hänskjutet ärende i en paragraf hos det organ det hänskjutits till.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral id.</source>
        <translation>&quot;%1&quot; är inget id för ett hänskjutet ärende.</translation>
    </message>
    <message>
        <source>Taken up at § %1.</source>
        <translation>Tas upp i § %1.</translation>
    </message>
    <message>
        <source>Who made the remark (full or unique first name). Repeat for several.</source>
        <translation>Vem som sa det (hela namnet eller ett förnamn som ingen annan har). Upprepa för flera.</translation>
    </message>
    <message>
        <source>Record a remark at a paragraph, attributed by name.</source>
        <translation>Registrera en synpunkt i en paragraf, med namn.</translation>
    </message>
    <message>
        <source>§ %1: %2: %3</source>
        <translation>§ %1: %2: %3</translation>
    </message>
    <message>
        <source>Record an assignment given at a paragraph</source>
        <translation>Registrera ett uppdrag som ges i en paragraf</translation>
    </message>
    <message>
        <source>Record how an assignment ended</source>
        <translation>Registrera hur ett uppdrag avslutades</translation>
    </message>
    <message>
        <source>List assignments across bodies (CSV, PDF)</source>
        <translation>Lista uppdrag i alla organ (CSV, PDF)</translation>
    </message>
    <message>
        <source>Refer a paragraph&apos;s matter to another body</source>
        <translation>Hänskjut en paragrafs ärende till ett annat organ</translation>
    </message>
    <message>
        <source>List the matters referred to a body</source>
        <translation>Lista ärenden som hänskjutits till ett organ</translation>
    </message>
    <message>
        <source>Take up a referred matter at a paragraph</source>
        <translation>Ta upp ett hänskjutet ärende i en paragraf</translation>
    </message>
    <message>
        <source>Record a remark at a paragraph, by name</source>
        <translation>Registrera en synpunkt i en paragraf, med namn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not accepted: ids, numbers and years are positive.</source>
        <translation>&quot;%1&quot; godtas inte: id, nummer och år är positiva.</translation>
    </message>
    <message>
        <source>paragraf-cli: the file is in use by another program or window; waiting for it to finish …</source>
        <translation>paragraf-cli: filen används av ett annat program eller fönster; väntar på att det ska bli klart …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year (write it like 2025).</source>
        <translation>&quot;%1&quot; är inget år (skriv det som 2025).</translation>
    </message>
    <message>
        <source>--decided-on expects a date (YYYY-MM-DD).</source>
        <translation>--decided-on väntar sig ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planerat</translation>
    </message>
    <message>
        <source>called</source>
        <translation>kallat</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågående</translation>
    </message>
    <message>
        <source>a draft</source>
        <translation>ett utkast</translation>
    </message>
    <message>
        <source>out for adjustment</source>
        <translation>ute för justering</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>justerat</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>tillkännagivet</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiverat</translation>
    </message>
    <message>
        <source>the protocol</source>
        <translation>protokollet</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>minnesanteckningarna</translation>
    </message>
    <message>
        <source>the extract of §§ %1</source>
        <translation>utdraget ur §§ %1</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>kallelsen</translation>
    </message>
    <message>
        <source>the notice-board certificate</source>
        <translation>anslagsbeviset</translation>
    </message>
    <message>
        <source>Check an exported document: with --db, that its bytes are those of a document issued from that database and that its protocol is intact; without, only the checksum in its metadata.</source>
        <translation>Kontrollera ett exporterat dokument: med --db att dess byte är ett dokuments som utfärdats ur den databasen och att dess protokoll är oförändrat; utan bara kontrollsumman i dess metadata.</translation>
    </message>
    <message>
        <source>Not verified: without the database only the checksum in the metadata can be read, and it has the right form; whether the pages are that protocol, unedited, cannot be checked. Give --db FILE.</source>
        <translation>Inte verifierat: utan databasen kan bara kontrollsumman i metadata läsas, och den har rätt form; om sidorna är det protokollet, oredigerat, går inte att kontrollera. Ange --db FIL.</translation>
    </message>
    <message>
        <source>%1 is not a document Paragraf issued from %2: its contents differ from every issued document (it may have been edited).</source>
        <translation>%1 är inte ett dokument som Paragraf utfärdat ur %2: innehållet skiljer sig från varje utfärdat dokument (det kan ha redigerats).</translation>
    </message>
    <message>
        <source>Byte for byte %1 of meeting %2 (%3, %4) issued as %5 on %6.</source>
        <translation>Byte för byte %1 från sammanträde %2 (%3, %4), utfärdat som %5 den %6.</translation>
    </message>
    <message>
        <source>It carries no checksum: it was issued before the protocol was adjusted, or is not a protocol.</source>
        <translation>Det bär ingen kontrollsumma: det utfärdades innan protokollet justerades, eller är inget protokoll.</translation>
    </message>
    <message>
        <source>This is not an adjusted protocol.</source>
        <translation>Detta är inget justerat protokoll.</translation>
    </message>
    <message>
        <source>The checksum in the metadata is not that of meeting %1, whose pages the file shows.</source>
        <translation>Kontrollsumman i metadata är inte den för sammanträde %1, vars sidor filen visar.</translation>
    </message>
    <message>
        <source>Check an exported protocol against its database</source>
        <translation>Kontrollera ett exporterat protokoll mot sin databas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paragraph number.</source>
        <translation>&quot;%1&quot; är inget paragrafnummer.</translation>
    </message>
    <message>
        <source>Give an assignment id, --status done|cancelled|open, --on YYYY-MM-DD and --meeting ID --paragraph NUMBER.</source>
        <translation>Ange ett uppdrags-id, --status done|cancelled|open, --on ÅÅÅÅ-MM-DD och --meeting ID --paragraph NUMMER.</translation>
    </message>
    <message>
        <source>The year&apos;s first paragraph number, when earlier protocols of the year were kept outside Paragraf.</source>
        <translation>Årets första paragrafnummer, när årets tidigare protokoll fördes utanför Paragraf.</translation>
    </message>
    <message>
        <source>Show or set where a body&apos;s paragraph numbering of a year starts.</source>
        <translation>Visa eller ange var ett organs paragrafnumrering ett visst år börjar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paragraph number (write it like 26).</source>
        <translation>&quot;%1&quot; är inget paragrafnummer (skriv det som 26).</translation>
    </message>
    <message>
        <source>Show or set where a year&apos;s numbering starts</source>
        <translation>Visa eller ange var årets numrering börjar</translation>
    </message>
    <message>
        <source>%1 is not a participant of the meeting.</source>
        <translation>%1 deltar inte i sammanträdet.</translation>
    </message>
    <message>
        <source>Someone else takes the chair at § %1; take that back first with --remove.</source>
        <translation>Någon annan tar över som ordförande vid § %1; ta först tillbaka det med --remove.</translation>
    </message>
    <message>
        <source>%1 does not take the chair at § %2.</source>
        <translation>%1 tar inte över som ordförande vid § %2.</translation>
    </message>
    <message>
        <source>The first paragraph (§ number) NAME presides over.</source>
        <translation>Den första paragrafen (§-nummer) där NAMN är ordförande.</translation>
    </message>
    <message>
        <source>Take the handover at § N back.</source>
        <translation>Ta tillbaka överlämnandet vid § N.</translation>
    </message>
    <message>
        <source>Record that NAME presides from § N on, because the chair left or is jävig (the chair at the start is the meeting&apos;s chair).</source>
        <translation>Anteckna att NAMN är ordförande från § N, därför att ordföranden gått eller är jävig (ordförande från början är sammanträdets ordförande).</translation>
    </message>
    <message>
        <source>preside expects a meeting id and --from with a § number.</source>
        <translation>preside väntar sig ett sammanträdes-id och --from med ett §-nummer.</translation>
    </message>
    <message>
        <source>Who signs the protocol and for which paragraphs: the secretary, each chair for the paragraphs presided over, each adjuster for the paragraphs adjusted.</source>
        <translation>Vem som skriver under protokollet och för vilka paragrafer: sekreteraren, varje ordförande för de paragrafer hen ledde, varje justerare för de paragrafer hen justerar.</translation>
    </message>
    <message>
        <source>Record who presides from a paragraph on</source>
        <translation>Anteckna vem som är ordförande från en paragraf</translation>
    </message>
    <message>
        <source>Who signs the protocol, and for which paragraphs</source>
        <translation>Vem som skriver under protokollet, och för vilka paragrafer</translation>
    </message>
    <message>
        <source>Write the roster as a CSV file that roster-import reads back (- for standard output).</source>
        <translation>Skriv ledamotslistan som en CSV-fil som roster-import läser tillbaka (- för standard ut).</translation>
    </message>
    <message>
        <source>A member absent from the start (name or the start of one); the next substitute of the party is called in. Repeatable.</source>
        <translation>En ledamot som är frånvarande från början (namnet eller dess början); partiets nästa ersättare kallas in. Kan upprepas.</translation>
    </message>
    <message>
        <source>Present after all: takes back an absence. Repeatable.</source>
        <translation>Närvarande ändå: tar tillbaka en frånvaro. Kan upprepas.</translation>
    </message>
    <message>
        <source>Take the roll call (upprop): everyone present but the absent, each replaced by the next substitute of the party in the order of election. Prints the roll call.</source>
        <translation>Förrätta upprop: alla närvarande utom de frånvarande, som var och en ersätts av partiets nästa ersättare i inkallelseordningen. Skriver ut uppropet.</translation>
    </message>
    <message>
        <source>Take or show a meeting&apos;s roll call</source>
        <translation>Förrätta eller visa ett sammanträdes upprop</translation>
    </message>
    <message>
        <source>before the first paragraph</source>
        <translation>före första paragrafen</translation>
    </message>
    <message>
        <source>inside § %1</source>
        <translation>inom § %1</translation>
    </message>
    <message>
        <source>after § %1</source>
        <translation>efter § %1</translation>
    </message>
    <message>
        <source>(still adjourned)</source>
        <translation>(fortfarande ajournerat)</translation>
    </message>
    <message>
        <source>The paragraph (§) it happened in or after; without it, before the first.</source>
        <translation>Paragrafen (§) den skedde i eller efter; utan den, före den första.</translation>
    </message>
    <message>
        <source>Inside the paragraph (printed in its text) rather than after it.</source>
        <translation>Inom paragrafen (skrivs i dess text) i stället för efter den.</translation>
    </message>
    <message>
        <source>Why, e.g. lunch or gruppöverläggningar.</source>
        <translation>Varför, t.ex. lunch eller gruppöverläggningar.</translation>
    </message>
    <message>
        <source>Record an adjournment of a meeting.</source>
        <translation>Registrera en ajournering av ett sammanträde.</translation>
    </message>
    <message>
        <source>Give the times as HH:MM and --paragraph as a § number.</source>
        <translation>Ange tiderna som TT:MM och --paragraph som ett §-nummer.</translation>
    </message>
    <message>
        <source>List a meeting&apos;s adjournments with their ids.</source>
        <translation>Lista ett sammanträdes ajourneringar med deras id.</translation>
    </message>
    <message>
        <source>Remove an adjournment.</source>
        <translation>Ta bort en ajournering.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an adjournment id; paragraf-cli adjournments shows them.</source>
        <translation>&quot;%1&quot; är inget id för en ajournering; paragraf-cli adjournments visar dem.</translation>
    </message>
    <message>
        <source>Set the clock time of the adjustment (HH:MM), or &quot;none&quot;.</source>
        <translation>Ange justeringens klockslag (TT:MM), eller &quot;none&quot;.</translation>
    </message>
    <message>
        <source>Give the time as HH:MM, or none.</source>
        <translation>Ange tiden som TT:MM, eller none.</translation>
    </message>
    <message>
        <source>Record an adjournment of a meeting</source>
        <translation>Registrera en ajournering av ett sammanträde</translation>
    </message>
    <message>
        <source>List a meeting&apos;s adjournments</source>
        <translation>Lista ett sammanträdes ajourneringar</translation>
    </message>
    <message>
        <source>Remove an adjournment</source>
        <translation>Ta bort en ajournering</translation>
    </message>
    <message>
        <source>Set the clock time of the adjustment</source>
        <translation>Ange justeringens klockslag</translation>
    </message>
    <message>
        <source>Paragraph prefix, e.g. KS (&quot;&quot; for none).</source>
        <translation>Prefix före paragrafnumret, t.ex. KS (&quot;&quot; för inget).</translation>
    </message>
    <message>
        <source>Adjusters required besides the chair.</source>
        <translation>Antal justerare som krävs utöver ordföranden.</translation>
    </message>
    <message>
        <source>Label of the signature block, e.g. &quot;Justeras av&quot;.</source>
        <translation>Rubrik för underskrifterna, t.ex. &quot;Justeras av&quot;.</translation>
    </message>
    <message>
        <source>Print att-clause decisions one clause a line (yes or no).</source>
        <translation>Skriv beslut i att-satser med en att-sats per rad (yes eller no).</translation>
    </message>
    <message>
        <source>A member who left may serve again when no substitute stepped in (yes or no).</source>
        <translation>En ledamot som lämnat får återinträda när ingen ersättare trätt in (yes eller no).</translation>
    </message>
    <message>
        <source>--adjusters expects a number like 2.</source>
        <translation>--adjusters väntar sig ett antal, t.ex. 2.</translation>
    </message>
    <message>
        <source>--%1 expects yes or no.</source>
        <translation>--%1 väntar sig yes eller no.</translation>
    </message>
    <message>
        <source>--appendix expects by-size, always or never.</source>
        <translation>--appendix väntar sig by-size, always eller never.</translation>
    </message>
    <message>
        <source>--notice-days expects a number of days like 21.</source>
        <translation>--notice-days väntar sig ett antal dagar, t.ex. 21.</translation>
    </message>
    <message>
        <source>Deciding members in an appendix: by-size (above 25 members), always or never.</source>
        <translation>Beslutande i en bilaga: by-size (vid fler än 25 ledamöter), always eller never.</translation>
    </message>
    <message>
        <source>Who posts and signs the anslagsbevis (&quot;&quot;: the secretary).</source>
        <translation>Vem som anslår och undertecknar anslagsbeviset (&quot;&quot;: sekreteraren).</translation>
    </message>
    <message>
        <source>The signer&apos;s title.</source>
        <translation>Undertecknarens titel.</translation>
    </message>
    <message>
        <source>The anslagsbevis&apos; title line.</source>
        <translation>Anslagsbevisets rubrikrad.</translation>
    </message>
    <message>
        <source>How many days the notice stays up.</source>
        <translation>Hur många dagar anslaget sitter uppe.</translation>
    </message>
    <message>
        <source>Show or set the body&apos;s own rules (reglemente, arbetsordning). New meetings copy them.</source>
        <translation>Visa eller ändra organets egna regler (reglemente, arbetsordning). Nya sammanträden kopierar dem.</translation>
    </message>
    <message>
        <source>Deciding members in an appendix (yes or no).</source>
        <translation>Beslutande i en bilaga (yes eller no).</translation>
    </message>
    <message>
        <source>Show or set a meeting&apos;s copy of its body&apos;s rules (only while it is a draft).</source>
        <translation>Visa eller ändra sammanträdets kopia av organets regler (bara medan det är ett utkast).</translation>
    </message>
    <message>
        <source>Show or set a body&apos;s own rules</source>
        <translation>Visa eller ändra ett organs egna regler</translation>
    </message>
    <message>
        <source>Show or set a meeting&apos;s copy of the rules</source>
        <translation>Visa eller ändra ett sammanträdes kopia av reglerna</translation>
    </message>
    <message>
        <source>Refuse to sign, with the reason.</source>
        <translation>Vägra justera, med skälet.</translation>
    </message>
    <message>
        <source>Sign a protocol on the server as the person you are logged in as, in every role you have in it.</source>
        <translation>Signera ett protokoll på servern som den person du är inloggad som, i varje roll du har i det.</translation>
    </message>
    <message>
        <source>The protocols out for adjustment that wait for your signature, as the person you are logged in as.</source>
        <translation>De protokoll ute för justering som väntar på din signatur, som den person du är inloggad som.</translation>
    </message>
    <message>
        <source>This login is not a person&apos;s: nothing waits for it.</source>
        <translation>Den här inloggningen hör inte till någon person: ingenting väntar på den.</translation>
    </message>
    <message>
        <source>corrected since you signed</source>
        <translation>rättat sedan du signerade</translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) unanswered</source>
        <translation><numerusform>%n anmärkning obesvarad</numerusform><numerusform>%n anmärkningar obesvarade</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) answered</source>
        <translation><numerusform>%n anmärkning besvarad</numerusform><numerusform>%n anmärkningar besvarade</numerusform></translation>
    </message>
    <message>
        <source>The protocols waiting for your signature</source>
        <translation>Protokollen som väntar på din signatur</translation>
    </message>
    <message>
        <source>Sign on the server as the person you are logged in as</source>
        <translation>Signera på servern som den person du är inloggad som</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 av %3 rader</translation>
    </message>
    <message>
        <source>Move the whole file onto the organisation&apos;s server, in one transaction: every body, roster, meeting, signature, rättelse and issued document. The server gives the rows ids of its own; each adjusted protocol keeps its hash.</source>
        <translation>Flytta hela filen till organisationens server i en enda transaktion: varje organ, ledamotsförteckning, sammanträde, underskrift, rättelse och utfärdat dokument. Servern ger raderna egna id:n; varje justerat protokoll behåller sin kontrollsumma.</translation>
    </message>
    <message>
        <source>meeting %1 is meeting %2 on the server</source>
        <translation>sammanträde %1 är sammanträde %2 på servern</translation>
    </message>
    <message>
        <source>Moved %1 rows (%2) in %3 s.</source>
        <translation>Flyttade %1 rader (%2) på %3 s.</translation>
    </message>
    <message>
        <source>The body whose protocols to take out.</source>
        <translation>Organet vars protokoll ska tas ut.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Take one body&apos;s protocols out of the server into a new file, with the people, rosters and everything its meetings name. An existing file is never overwritten.</source>
        <translation>Ta ut ett organs protokoll från servern till en ny fil, med personerna, ledamotsförteckningen och allt som dess sammanträden hänvisar till. En befintlig fil skrivs aldrig över.</translation>
    </message>
    <message>
        <source>pull needs --body NAME.</source>
        <translation>pull behöver --body NAMN.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2; %3 adjusted protocols.</source>
        <translation>Skrev %1 rader till %2; %3 justerade protokoll.</translation>
    </message>
    <message>
        <source>Move a file onto the organisation&apos;s server</source>
        <translation>Flytta en fil till organisationens server</translation>
    </message>
    <message>
        <source>Take a body&apos;s protocols out of the server</source>
        <translation>Ta ut ett organs protokoll från servern</translation>
    </message>
    <message>
        <source>paragraf-cli: the password written in the address is seen by everyone on this computer (ps, the shell&apos;s history); prefer ~/.pgpass, PGPASSFILE, a service file or PGPASSWORD, or type it when asked.</source>
        <translation>paragraf-cli: lösenordet som står i adressen syns för alla på den här datorn (ps, skalets historik); använd hellre ~/.pgpass, PGPASSFILE, en tjänstefil eller PGPASSWORD, eller skriv det när det efterfrågas.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Lösenord för %1: </translation>
    </message>
    <message>
        <source>Not intact: the protocol was changed outside Paragraf after it was signed or adjusted (its content, a chain or who signed).</source>
        <translation>Inte intakt: protokollet har ändrats utanför Paragraf efter att det signerades eller justerades (dess innehåll, en kedja eller vem som signerade).</translation>
    </message>
    <message>
        <source>Adjusted without signatures recorded in Paragraf: nothing was found changed, but without a signature its content cannot be checked.</source>
        <translation>Justerat utan signaturer registrerade i Paragraf: ingen ändring hittades, men utan en signatur kan innehållet inte kontrolleras.</translation>
    </message>
    <message>
        <source>%1 adjusted protocols verified: none was changed outside Paragraf.</source>
        <translation>%1 justerade protokoll kontrollerade: inget har ändrats utanför Paragraf.</translation>
    </message>
    <message>
        <source>Moved as they are, as verify finds them in the file and will on the server (adjusted without recorded signatures, or not signed by all):</source>
        <translation>Flyttade som de är, så som verify finner dem i filen och kommer att finna dem på servern (justerade utan registrerade signaturer, eller inte signerade av alla):</translation>
    </message>
    <message>
        <source>The folder the web site serves the pages from.</source>
        <translation>Mappen som webbplatsen visar sidorna från.</translation>
    </message>
    <message>
        <source>Publish an extract of these paragraphs, e.g. 27,29, instead of the protocol.</source>
        <translation>Publicera ett utdrag med dessa paragrafer, t.ex. 27,29, i stället för protokollet.</translation>
    </message>
    <message>
        <source>Only list the pages that would be written.</source>
        <translation>Lista bara sidorna som skulle skrivas.</translation>
    </message>
    <message>
        <source>The day the notice goes up (YYYY-MM-DD), recorded unless the file has one; today if not given.</source>
        <translation>Dagen då anslaget sätts upp (ÅÅÅÅ-MM-DD), som registreras om filen inte redan har en; i dag om den inte anges.</translation>
    </message>
    <message>
        <source>A passage not to publish (may be repeated).</source>
        <translation>Ett avsnitt som inte ska publiceras (kan upprepas).</translation>
    </message>
    <message>
        <source>Paragraphs that concern an individual, e.g. 28: names of private persons in them are masked.</source>
        <translation>Paragrafer som rör en enskild, t.ex. 28: namn på privatpersoner i dem maskeras.</translation>
    </message>
    <message>
        <source>Do not mask the personal data found in the text (identity numbers, telephone numbers, e-mail and street addresses).</source>
        <translation>Maskera inte personuppgifter som hittas i texten (personnummer, telefonnummer, e-post- och gatuadresser).</translation>
    </message>
    <message>
        <source>publish needs --out DIR (or --dry-run), paragraph numbers like 27,29 and dates like 2024-11-21; see --help</source>
        <translation>publish behöver --out MAPP (eller --dry-run), paragrafnummer som 27,29 och datum som 2024-11-21; se --help</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>maskerat</translation>
    </message>
    <message>
        <source>The day the board shows (YYYY-MM-DD); today if not given.</source>
        <translation>Dagen som anslagstavlan visar (ÅÅÅÅ-MM-DD); i dag om den inte anges.</translation>
    </message>
    <message>
        <source>Write the notice board of the file or server: every current notice as a page, the board&apos;s page and an Atom feed (anslag.xml); prints the files written.</source>
        <translation>Skriv anslagstavlan för filen eller servern: varje aktuellt anslag som en sida, anslagstavlans sida och ett Atom-flöde (anslag.xml); skriver ut filerna som skrevs.</translation>
    </message>
    <message>
        <source>notice-board needs --out DIR and dates like 2024-11-21; see --help</source>
        <translation>notice-board behöver --out MAPP och datum som 2024-11-21; se --help</translation>
    </message>
    <message>
        <source>Write the web copy and notice of an adjusted protocol</source>
        <translation>Skriv webbkopian och anslaget för ett justerat protokoll</translation>
    </message>
    <message>
        <source>Write the notice board&apos;s pages and Atom feed</source>
        <translation>Skriv anslagstavlans sidor och Atom-flöde</translation>
    </message>
    <message>
        <source>The body: id or exact name.</source>
        <translation>Organet: id eller exakt namn.</translation>
    </message>
    <message>
        <source>The calendar year whose protocols are delivered.</source>
        <translation>Kalenderåret vars protokoll levereras.</translation>
    </message>
    <message>
        <source>Deliver these meetings (ids, e.g. 1,2,3) instead of a body&apos;s year.</source>
        <translation>Leverera dessa sammanträden (id, t.ex. 1,2,3) i stället för ett organs år.</translation>
    </message>
    <message>
        <source>archive needs --out DIR and either --body NAME --year YEAR or --meetings 1,2,3; see --help</source>
        <translation>archive behöver --out MAPP och antingen --body NAMN --year ÅR eller --meetings 1,2,3; se --help</translation>
    </message>
    <message>
        <source>Write an e-archive package (E-ARK SIP) of protocols</source>
        <translation>Skriv ett paket med protokoll till e-arkivet (E-ARK SIP)</translation>
    </message>
    <message>
        <source>What the web copy prints where something is masked (&quot;&quot;: &quot;[uppgift borttagen enligt GDPR/OSL]&quot;).</source>
        <translation>Vad webbkopian skriver där något maskerats (&quot;&quot;: &quot;[uppgift borttagen enligt GDPR/OSL]&quot;).</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markerat</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>BORTA</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>enskild</translation>
    </message>
    <message>
        <source>Mark this text, exactly as written, as not for publication.</source>
        <translation>Markera denna text, exakt som den är skriven, som ej för publicering.</translation>
    </message>
    <message>
        <source>The paragraph the text stands in (without it: anywhere in the protocol).</source>
        <translation>Paragrafen där texten står (utan den: var som helst i protokollet).</translation>
    </message>
    <message>
        <source>Remove the mark with this id.</source>
        <translation>Ta bort markeringen med detta id.</translation>
    </message>
    <message>
        <source>Flag the paragraph as concerning an individual: names of private persons in it are masked.</source>
        <translation>Ange att paragrafen rör en enskild: namn på privatpersoner i den maskeras.</translation>
    </message>
    <message>
        <source>Take the flag off the paragraph.</source>
        <translation>Ta bort angivelsen från paragrafen.</translation>
    </message>
    <message>
        <source>Mark passages of a meeting&apos;s protocol as not for publication on the web, and paragraphs as concerning an individual; kept with the protocol and used by publish. Prints the marks: id, where, marked or LOST (its text is no longer there: exit 1), by, when, text.</source>
        <translation>Markera avsnitt i ett sammanträdes protokoll som ej för publicering på webben, och paragrafer som rör en enskild; sparas med protokollet och används av publish. Skriver ut markeringarna: id, var, markerat eller BORTA (texten finns inte längre: slutkod 1), av, när, text.</translation>
    </message>
    <message>
        <source>--remove expects a mark&apos;s id; paragraf-cli mark FILE MEETING lists them.</source>
        <translation>--remove väntar sig en markerings id; paragraf-cli mark FIL SAMMANTRÄDE listar dem.</translation>
    </message>
    <message>
        <source>--paragraph says where --text stands; see --help</source>
        <translation>--paragraph anger var --text står; se --help</translation>
    </message>
    <message>
        <source>List a meeting&apos;s publications on the web: when, by whom, the extract&apos;s paragraphs, the files and what was masked (its kind and place, never the text).</source>
        <translation>Lista ett sammanträdes publiceringar på webben: när, av vem, utdragets paragrafer, filerna och vad som maskerades (slag och plats, aldrig texten).</translation>
    </message>
    <message>
        <source>Mark passages not to publish on the web, and paragraphs about an individual</source>
        <translation>Markera avsnitt som inte ska publiceras på webben, och paragrafer som rör en enskild</translation>
    </message>
    <message>
        <source>List a meeting&apos;s publications</source>
        <translation>Lista ett sammanträdes publiceringar</translation>
    </message>
    <message>
        <source>Write the accessible web copy of an adjusted protocol and its notice into a folder, personal data and the passages marked (paragraf-cli mark) masked, and record the posting and the publication; prints the files written (--dry-run: the files and what is masked).</source>
        <translation>Skriv den tillgängliga webbkopian av ett justerat protokoll och dess anslag till en mapp, med personuppgifter och markerade avsnitt (paragraf-cli mark) maskerade, och registrera anslaget och publiceringen; skriver ut filerna (--dry-run: filerna och vad som maskeras).</translation>
    </message>
    <message>
        <source>Where the web site serves the folder (https://…/anslag/): the feed&apos;s links are then absolute.</source>
        <translation>Var webbplatsen visar mappen (https://…/anslag/): flödets länkar blir då absoluta.</translation>
    </message>
    <message>
        <source>--base-url expects the address the folder is served from, such as https://www.kommun.se/anslag/ (http or https, no query).</source>
        <translation>--base-url väntar sig adressen som mappen visas från, till exempel https://www.kommun.se/anslag/ (http eller https, utan frågedel).</translation>
    </message>
    <message>
        <source>Only this body&apos;s meetings (its name or id).</source>
        <translation>Bara detta organs sammanträden (namn eller id).</translation>
    </message>
    <message>
        <source>Only meetings of this year.</source>
        <translation>Bara sammanträden detta år.</translation>
    </message>
    <message>
        <source>Only paragraphs of this kind: decision or information.</source>
        <translation>Bara paragrafer av denna typ: decision (beslut) eller information.</translation>
    </message>
    <message>
        <source>Only meetings with this status (e.g. adjusted).</source>
        <translation>Bara sammanträden med denna status (t.ex. adjusted).</translation>
    </message>
    <message>
        <source>At most this many results (50 unless given).</source>
        <translation>Högst så många träffar (50 om inget anges).</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>Skriv träffarna som JSON.</translation>
    </message>
    <message>
        <source>Search every paragraph, decision, remark, assignment and attachment of every body and year, best first.</source>
        <translation>Sök i varje paragraf, beslut, anmärkning, uppdrag och bilaga i alla organ och år, bäst först.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>&quot;%1&quot; är inget år.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of results.</source>
        <translation>&quot;%1&quot; är inget antal träffar.</translation>
    </message>
    <message>
        <source>Search every body and year, best first</source>
        <translation>Sök i alla organ och år, bäst först</translation>
    </message>
    <message>
        <source>The folder the package (its folder, or with --tar its file) is written into.</source>
        <translation>Mappen som paketet (dess mapp, eller med --tar dess fil) skrivs i.</translation>
    </message>
    <message>
        <source>Write the package as one file, DIR/&lt;name&gt;.tar (POSIX tar, the package&apos;s folder inside), instead of a folder.</source>
        <translation>Skriv paketet som en enda fil, MAPP/&lt;namn&gt;.tar (POSIX tar med paketets mapp i), i stället för som en mapp.</translation>
    </message>
    <message>
        <source>Write a submission information package for the e-archive (E-ARK CSIP/SIP 2.1.0, FGS Paketstruktur 2.0) of a body&apos;s adjusted protocols of a year, or of chosen meetings; prints the package&apos;s folder (with --tar: its file).</source>
        <translation>Skriv ett leveranspaket till e-arkivet (E-ARK CSIP/SIP 2.1.0, FGS Paketstruktur 2.0) med ett organs justerade protokoll för ett år, eller med valda sammanträden; skriver ut paketets mapp (med --tar: dess fil).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of paragraph; one of: %2.</source>
        <translation>&quot;%1&quot; är ingen sorts paragraf; en av: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting&apos;s status; one of: %2.</source>
        <translation>&quot;%1&quot; är ingen status för ett sammanträde; en av: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no word of three letters or digits or more; shorter words are not looked for.</source>
        <translation>&quot;%1&quot; har inget ord på tre bokstäver eller siffror eller fler; kortare ord söks inte.</translation>
    </message>
    <message>
        <source>Check the decision at %1</source>
        <translation>Kontrollera beslutet i %1</translation>
    </message>
    <message>
        <source>Too short to look for: %1.</source>
        <translation>För korta för att sökas efter: %1.</translation>
    </message>
</context>
<context>
    <name>ComposedLineEdit</name>
    <message>
        <source>Only %1 of the %2 characters pasted fit: the field holds at most %3. All of it is still on the clipboard.</source>
        <translation>Bara %1 av de %2 inklistrade tecknen fick plats: fältet rymmer högst %3. Allt finns kvar i urklippet.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Accept the remark</source>
        <translation>Godta anmärkningen</translation>
    </message>
    <message>
        <source>Correct the text</source>
        <translation>Ändra texten</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraf</translation>
    </message>
    <message>
        <source>Text to correct</source>
        <translation>Text som ändras</translation>
    </message>
    <message>
        <source>New wording</source>
        <translation>Ny lydelse</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraf</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>&amp;New wording</source>
        <translation>&amp;Ny lydelse</translation>
    </message>
    <message>
        <source>&amp;Answer (optional)</source>
        <translation>&amp;Svar (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 är ingen fil.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Filen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is not a Paragraf database (it is not an SQLite file).</source>
        <translation>%1 är ingen Paragraf-databas (det är ingen SQLite-fil).</translation>
    </message>
    <message>
        <source>%1 is damaged: its SQLite header is not valid.</source>
        <translation>%1 är skadad: dess SQLite-huvud är ogiltigt.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 är skadad och kan inte öppnas (%2).</translation>
    </message>
    <message>
        <source>no answer from the check</source>
        <translation>inget svar från kontrollen</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.</source>
        <translation>%1 är skadad och kan inte öppnas.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Paragraf database.</source>
        <translation>%1 är en SQLite-databas från ett annat program, inte en Paragraf-databas.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Paragraf (file format %2; this version reads up to %3). Install the newer Paragraf to open it.</source>
        <translation>%1 har skrivits av en nyare version av Paragraf (filformat %2; den här versionen läser upp till %3). Installera den nyare Paragraf för att öppna den.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>The file is write-protected; it is opened read-only and nothing can be changed.</source>
        <translation>Filen är skrivskyddad; den öppnas endast för läsning och ingenting kan ändras.</translation>
    </message>
    <message>
        <source>The folder of the file cannot be written; the file is opened read-only and nothing can be changed.</source>
        <translation>Det går inte att skriva i filens mapp; filen öppnas endast för läsning och ingenting kan ändras.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 finns redan; välj ett nytt filnamn.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kan inte skapas: %2</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Paragraf and must be updated, but it cannot be written.</source>
        <translation>%1 har skrivits av en äldre version av Paragraf och måste uppdateras, men filen kan inte skrivas.</translation>
    </message>
    <message>
        <source>A reference between records is broken (table %1).</source>
        <translation>En hänvisning mellan poster är bruten (tabell %1).</translation>
    </message>
    <message>
        <source>The file is being checked; it can be changed in a moment.</source>
        <translation>Filen kontrolleras; den kan ändras om ett ögonblick.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so it cannot be opened or written; nothing was changed. Free some space and try again.</source>
        <translation>Disken där %1 ligger är full, så filen kan inte öppnas eller skrivas; ingenting ändrades. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>%1 is in use by another program that does not let others read it now; nothing was changed. Try again when it is free.</source>
        <translation>%1 används av ett annat program som inte låter andra läsa den just nu; ingenting ändrades. Försök igen när den är ledig.</translation>
    </message>
    <message>
        <source>Beside %1 lies %1-journal, an unfinished change of a program that stopped, or a file that does not belong there. Paragraf leaves both untouched: open the file with the program that made the journal, or move the journal away if it is not one.</source>
        <translation>Bredvid %1 ligger %1-journal, en oavslutad ändring från ett program som avbröts, eller en fil som inte hör dit. Paragraf lämnar båda orörda: öppna filen med programmet som gjorde journalen, eller flytta undan journalen om den inte är en sådan.</translation>
    </message>
    <message>
        <source>The server %1 cannot be read: %2</source>
        <translation>Servern %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The server %1 was set up by a newer version of Paragraf (schema %2; this version knows up to %3). Install the newer Paragraf to open it.</source>
        <translation>Servern %1 sattes upp av en nyare version av Paragraf (schema %2; den här versionen känner till upp till %3). Installera den nyare Paragraf för att öppna den.</translation>
    </message>
    <message>
        <source>The server %1 must be updated to this version of Paragraf, and this login cannot do it (its administrator can, with scripts/setup-server.sh migrate): %2</source>
        <translation>Servern %1 måste uppdateras till den här versionen av Paragraf, och den här inloggningen kan inte göra det (dess administratör kan, med scripts/setup-server.sh migrate): %2</translation>
    </message>
    <message>
        <source>The server %1 already holds a Paragraf database; open it instead.</source>
        <translation>Servern %1 har redan en Paragraf-databas; öppna den i stället.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation>Servern %1 frågar efter ett lösenord.</translation>
    </message>
    <message>
        <source>The server %1 refused the login name or password; nothing was opened. Check them and try again.</source>
        <translation>Servern %1 godtog inte inloggningsnamnet eller lösenordet; ingenting öppnades. Kontrollera dem och försök igen.</translation>
    </message>
    <message>
        <source>The server %1 has no such database; check the address, or ask the server&apos;s administrator for the right name.</source>
        <translation>Servern %1 har ingen sådan databas; kontrollera adressen, eller fråga serverns administratör efter rätt namn.</translation>
    </message>
    <message>
        <source>The server %1 has no login of that name; ask the server&apos;s administrator for one.</source>
        <translation>Servern %1 har ingen inloggning med det namnet; be serverns administratör om en.</translation>
    </message>
    <message>
        <source>The service named in %1 is not in your service file.</source>
        <translation>Tjänsten som nämns i %1 finns inte i din tjänstefil.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it is not running, or the network to it is down. Nothing was opened; try again later. (%2)</source>
        <translation>Servern %1 kan inte nås: den är inte igång, eller så är nätverket till den nere. Ingenting öppnades; försök igen senare. (%2)</translation>
    </message>
    <message>
        <source>The server %1 cannot be opened: %2</source>
        <translation>Servern %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>This is not a server address: %1</source>
        <translation>Det här är ingen serveradress: %1</translation>
    </message>
    <message>
        <source>%1 is not a connection option.</source>
        <translation>%1 är inget anslutningsalternativ.</translation>
    </message>
    <message>
        <source>%1 has no value (key=value).</source>
        <translation>%1 har inget värde (nyckel=värde).</translation>
    </message>
    <message>
        <source>a quote is not closed.</source>
        <translation>ett citattecken är inte avslutat.</translation>
    </message>
    <message>
        <source>write postgresql://host/database or a connection string such as host=… dbname=…</source>
        <translation>skriv postgresql://värd/databas eller en anslutningssträng som host=… dbname=…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file has the table %1, which this Paragraf cannot move to a server.</source>
        <translation>Filen har tabellen %1, som den här versionen av Paragraf inte kan flytta till en server.</translation>
    </message>
    <message>
        <source>The server already has %1 (a body&apos;s name is unique there). Nothing was moved: rename the body in the file, or move it to the server once only.</source>
        <translation>Servern har redan %1 (ett organs namn är unikt där). Ingenting flyttades: byt namn på organet i filen, eller flytta det till servern bara en gång.</translation>
    </message>
    <message>
        <source>A rättelse of meeting %1 in the file (%2) has been changed or its chain is broken; a broken chain is not moved. Nothing was moved.</source>
        <translation>En rättelse till sammanträde %1 i filen (%2) har ändrats eller så är dess kedja bruten; en bruten kedja flyttas inte. Ingenting flyttades.</translation>
    </message>
    <message>
        <source>Moving a file onto the server is done as the database&apos;s owner (%1), who sets it up; %2 is not.</source>
        <translation>En fil flyttas till servern av databasens ägare (%1), som sätter upp den; det är inte %2.</translation>
    </message>
    <message>
        <source>The server has no body named %1.</source>
        <translation>Servern har inget organ som heter %1.</translation>
    </message>
    <message>
        <source>A row names %1 %2, which is not among the rows moved.</source>
        <translation>En rad hänvisar till %1 %2, som inte finns bland raderna som flyttas.</translation>
    </message>
    <message>
        <source>The table %1 of the file has the columns %2; the server&apos;s has %3.</source>
        <translation>Filens tabell %1 har kolumnerna %2; serverns har %3.</translation>
    </message>
    <message>
        <source>The schema names a table or column &quot;%1&quot; that is not Paragraf&apos;s; nothing was moved.</source>
        <translation>Schemat nämner en tabell eller kolumn &quot;%1&quot; som inte är Paragrafs; ingenting flyttades.</translation>
    </message>
    <message>
        <source>%1 has no Paragraf database yet: the database is empty, and nothing was changed. To make a new Paragraf database there: paragraf-cli init %1 (the desk offers it when it opens the address).</source>
        <translation>%1 har ingen Paragrafdatabas än: databasen är tom, och ingenting ändrades. Så skapas en ny Paragrafdatabas där: paragraf-cli init %1 (skrivbordet erbjuder det när det öppnar adressen).</translation>
    </message>
    <message>
        <source>%1 has no Paragraf database yet (the database is empty), and this login may not make one. Nothing was changed. Ask whoever set up the server.</source>
        <translation>%1 har ingen Paragrafdatabas än (databasen är tom), och den här inloggningen får inte skapa en. Ingenting ändrades. Fråga den som har satt upp servern.</translation>
    </message>
    <message>
        <source>Your login on %1 may only read: it cannot change anything on the server or enter a document in its register of issued documents (a reader&apos;s login). Nothing was changed.</source>
        <translation>Din inloggning på %1 får bara läsa: den kan inte ändra något på servern eller föra in en handling i dess register över utfärdade handlingar (en läsares inloggning). Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The server %1 still cannot be reached: %2</source>
        <translation>Servern %1 kan fortfarande inte nås: %2</translation>
    </message>
    <message>
        <source>The server address %1 is malformed: %2</source>
        <translation>Serveradressen %1 är felskriven: %2</translation>
    </message>
    <message>
        <source>a % must be followed by two hexadecimal digits (%40 stands for @).</source>
        <translation>ett % ska följas av två hexadecimala siffror (%40 står för @).</translation>
    </message>
    <message>
        <source>a [ around an IPv6 address is not closed by a ].</source>
        <translation>en [ kring en IPv6-adress stängs inte av en ].</translation>
    </message>
    <message>
        <source>%1 is PostgreSQL&apos;s own maintenance database, not a Paragraf database, and nothing was changed. Give the address of the organisation&apos;s Paragraf database: postgresql://host/name or host=… dbname=name (the name its administrator chose).</source>
        <translation>%1 är PostgreSQL:s egen underhållsdatabas, inte en Paragrafdatabas, och ingenting ändrades. Ange adressen till organisationens Paragrafdatabas: postgresql://värd/namn eller host=… dbname=namn (det namn som dess administratör valde).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a Paragraf database: it holds %n table(s) of another program and no Paragraf schema. Nothing was changed; check the address (the database&apos;s name).</source>
        <translation><numerusform>%1 är inte en Paragrafdatabas: den har %n tabell från ett annat program och inget Paragrafschema. Ingenting ändrades; kontrollera adressen (databasens namn).</numerusform><numerusform>%1 är inte en Paragrafdatabas: den har %n tabeller från ett annat program och inget Paragrafschema. Ingenting ändrades; kontrollera adressen (databasens namn).</numerusform></translation>
    </message>
    <message>
        <source>The server %1 could not be updated to this version of Paragraf: a step of the update failed and was undone. %2</source>
        <translation>Servern %1 kunde inte uppdateras till den här versionen av Paragraf: ett steg i uppdateringen misslyckades och ångrades. %2</translation>
    </message>
    <message>
        <source>%1 has changes in %2 that can be read only where its folder can be written (SQLite makes %3 beside it to read them). Open it in a folder you may write, or ask whoever has it open to close it first.</source>
        <translation>%1 har ändringar i %2 som bara kan läsas där mappen går att skriva i (SQLite skapar %3 bredvid för att läsa dem). Öppna den i en mapp där du får skriva, eller be den som har den öppen att stänga den först.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Kalender (Alt+Nedpil)</translation>
    </message>
    <message>
        <source>A date is needed here: write it as YYYY-MM-DD, or today or tomorrow.</source>
        <translation>Här behövs ett datum: skriv det som ÅÅÅÅ-MM-DD, eller idag eller imorgon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD (2025-03-14 or 20250314), or today, tomorrow or yesterday.</source>
        <translation>”%1” är inget datum: skriv det som ÅÅÅÅ-MM-DD (2025-03-14 eller 20250314), eller idag, imorgon eller igår.</translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <source>Adjust the protocol (14 days after the meeting)</source>
        <translation>Justera protokollet (14 dagar efter sammanträdet)</translation>
    </message>
    <message>
        <source>Post the adjustment on the notice board (2 days)</source>
        <translation>Anslå justeringen på anslagstavlan (2 dagar)</translation>
    </message>
    <message>
        <source>Appeal period ends: take the notice down</source>
        <translation>Överklagandetiden löper ut: ta ned anslaget</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sammanträde</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>&amp;Open the meeting</source>
        <translation>&amp;Öppna sammanträdet</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Inga frister pågår.</translation>
    </message>
    <message>
        <source>Open deadlines on %1 (overdue in red):</source>
        <translation>Pågående frister %1 (försenade i rött):</translation>
    </message>
</context>
<context>
    <name>DecisionRulesText</name>
    <message>
        <source>participant %1</source>
        <translation>deltagare %1</translation>
    </message>
    <message>
        <source>%1 does not serve at § %2 and cannot move or support a motion: only those who take part in the decision do.</source>
        <translation>%1 tjänstgör inte vid § %2 och kan inte yrka eller instämma: det gör bara de som deltar i beslutet.</translation>
    </message>
    <message>
        <source>%1 moved the motion and cannot also support it.</source>
        <translation>%1 har lagt yrkandet och kan inte också instämma i det.</translation>
    </message>
    <message>
        <source>The motion of %1 at § %2 needs its wording.</source>
        <translation>Yrkandet från %1 vid § %2 behöver sin lydelse.</translation>
    </message>
    <message>
        <source>The chair&apos;s finding at § %1 must be a motion that was made and not withdrawn.</source>
        <translation>Ordförandens proposition vid § %1 måste gälla ett yrkande som har lagts och inte återtagits.</translation>
    </message>
    <message>
        <source>Votes are recorded at § %1 only when a vote is held.</source>
        <translation>Röster registreras vid § %1 bara när omröstning hålls.</translation>
    </message>
    <message>
        <source>The vote at § %1 puts two different motions, made and not withdrawn, against each other.</source>
        <translation>Omröstningen vid § %1 ställer två olika yrkanden, lagda och inte återtagna, mot varandra.</translation>
    </message>
    <message>
        <source>The closed vote at § %1 counts %2 votes, but only %3 serve.</source>
        <translation>Den slutna omröstningen vid § %1 räknar %2 röster, men bara %3 tjänstgör.</translation>
    </message>
    <message>
        <source>A closed vote records only the tally.</source>
        <translation>En sluten omröstning registrerar bara röstetalen.</translation>
    </message>
    <message>
        <source>%1 does not serve at § %2 and cannot vote: only the members serving at a paragraph vote.</source>
        <translation>%1 tjänstgör inte vid § %2 och kan inte rösta: bara de ledamöter som tjänstgör vid en paragraf röstar.</translation>
    </message>
    <message>
        <source>%1 did not take part in the decision at § %2 and cannot reserve against it (Kommunallagen 4 kap. 27 §).</source>
        <translation>%1 deltog inte i beslutet vid § %2 och kan inte reservera sig mot det (kommunallagen 4 kap. 27 §).</translation>
    </message>
    <message>
        <source>%1 abstained at § %2 and so took no part in the decision to reserve against.</source>
        <translation>%1 avstod vid § %2 och deltog därför inte i det beslut som reservationen skulle gälla.</translation>
    </message>
    <message>
        <source>%1 has already reserved against the decision at § %2.</source>
        <translation>%1 har redan reserverat sig mot beslutet vid § %2.</translation>
    </message>
    <message>
        <source>A protocol note at § %1 is made by a member or substitute present there.</source>
        <translation>En protokollsanteckning vid § %1 görs av en ledamot eller ersättare som är närvarande där.</translation>
    </message>
    <message>
        <source>A protocol note needs its text.</source>
        <translation>En protokollsanteckning behöver sin text.</translation>
    </message>
    <message>
        <source>No open vote is held at § %1.</source>
        <translation>Ingen öppen omröstning hålls vid § %1.</translation>
    </message>
    <message>
        <source>%1 has already voted at § %2: one member, one vote. Clear the vote first to correct it.</source>
        <translation>%1 har redan röstat vid § %2: en ledamot, en röst. Ta bort rösten först för att rätta den.</translation>
    </message>
    <message>
        <source>the motion to reject (avslag) was carried, but the decision does not say avslå or avslag</source>
        <translation>avslagsyrkandet bifölls, men beslutet säger inte avslå eller avslag</translation>
    </message>
    <message>
        <source>the motion to refer the matter back (återremiss) was carried, but the decision does not say återremiss</source>
        <translation>återremissyrkandet bifölls, men beslutet säger inte återremiss</translation>
    </message>
    <message>
        <source>the amendment &quot;%1&quot; was carried, but the decision does not hold its wording</source>
        <translation>ändringsyrkandet ”%1” bifölls, men beslutet innehåller inte dess lydelse</translation>
    </message>
    <message>
        <source>a motion was carried, but the decision is empty</source>
        <translation>ett yrkande bifölls, men beslutet är tomt</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>An extract needs the numbers of the paragraphs to include.</source>
        <translation>Ett protokollsutdrag behöver numren på de paragrafer som ska ingå.</translation>
    </message>
    <message>
        <source>The meeting has no § %1 (it holds §§ %2).</source>
        <translation>Sammanträdet har ingen § %1 (det omfattar §§ %2).</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>PDF-filen kunde inte ritas.</translation>
    </message>
    <message>
        <source>The ODT document could not be written.</source>
        <translation>ODT-dokumentet kunde inte skrivas.</translation>
    </message>
    <message>
        <source>The document could not be drawn.</source>
        <translation>Dokumentet kunde inte ritas.</translation>
    </message>
    <message>
        <source>The PDF&apos;s creation date could not be written into its metadata.</source>
        <translation>PDF-filens skapandedatum kunde inte skrivas in i dess metadata.</translation>
    </message>
    <message>
        <source>The document could not be written.</source>
        <translation>Dokumentet kunde inte skrivas.</translation>
    </message>
</context>
<context>
    <name>EArchiveDialog</name>
    <message>
        <source>&amp;Deliver</source>
        <translation>&amp;Leverera</translation>
    </message>
    <message>
        <source>Deliver to the e-archive</source>
        <translation>Leverera till e-arkiv</translation>
    </message>
    <message>
        <source>A body&apos;s adjusted protocols of a year as a package for the e-archive (E-ARK SIP 2.1.0, FGS Paketstruktur 2.0): each protocol, its extracts and anslagsbevis in PDF/A, the canonical form that was signed, the meeting as JSON, the register of issued documents, METS and PREMIS.</source>
        <translation>Ett organs justerade protokoll för ett år som ett paket till e-arkivet (E-ARK SIP 2.1.0, FGS Paketstruktur 2.0): varje protokoll med utdrag och anslagsbevis i PDF/A, den kanoniska form som skrevs under, sammanträdet som JSON, registret över utfärdade handlingar, METS och PREMIS.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n meetings)</source>
        <translation><numerusform>%1, %2 (%n sammanträde)</numerusform><numerusform>%1, %2 (%n sammanträden)</numerusform></translation>
    </message>
    <message>
        <source>Body and year</source>
        <translation>Organ och år</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Body and year:</source>
        <translation>&amp;Organ och år:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Mapp för paketet</translation>
    </message>
    <message>
        <source>Say which body&apos;s year goes, and into which folder.</source>
        <translation>Ange vilket organs år som ska levereras, och till vilken mapp.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Mappen %1 kan inte skapas.</translation>
    </message>
    <message>
        <source>Making the package …</source>
        <translation>Paketet skapas …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Making the package: %1</source>
        <translation>Paketet skapas: %1</translation>
    </message>
    <message>
        <source>As a f&amp;older</source>
        <translation>Ma&amp;pp</translation>
    </message>
    <message>
        <source>As one fil&amp;e (.tar)</source>
        <translation>En &amp;fil (.tar)</translation>
    </message>
    <message>
        <source>Deliver as:</source>
        <translation>Leverera som:</translation>
    </message>
</context>
<context>
    <name>ErratumDialog</name>
    <message>
        <source>Record a rättelse</source>
        <translation>Registrera en rättelse</translation>
    </message>
    <message>
        <source>The protocol as a whole</source>
        <translation>Protokollet i sin helhet</translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation>&amp;Paragraf</translation>
    </message>
    <message>
        <source>Correct &amp;wording</source>
        <translation>Rätt &amp;lydelse</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Skäl</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>&amp;Beslutad av</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Beslutad &amp;den</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Registrera</translation>
    </message>
</context>
<context>
    <name>FieldLimitText</name>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 är %2 tecken lång; högst %3 är tillåtna.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Rubriken</translation>
    </message>
    <message>
        <source>The case number</source>
        <translation>Diarienumret</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Beslutet</translation>
    </message>
    <message>
        <source>A section heading</source>
        <translation>En avsnittsrubrik</translation>
    </message>
    <message>
        <source>A section&apos;s text</source>
        <translation>Ett avsnitts text</translation>
    </message>
    <message>
        <source>A line</source>
        <translation>En rad</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Platsen</translation>
    </message>
    <message>
        <source>The place of adjustment</source>
        <translation>Platsen för justering</translation>
    </message>
    <message>
        <source>The note on the next meeting</source>
        <translation>Anteckningen om nästa möte</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>The party</source>
        <translation>Partiet</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>The body&apos;s name</source>
        <translation>Organets namn</translation>
    </message>
    <message>
        <source>The decision heading</source>
        <translation>Beslutsrubriken</translation>
    </message>
    <message>
        <source>Where the protocols are kept</source>
        <translation>Förvaringsplatsen för protokollen</translation>
    </message>
    <message>
        <source>%1 is printed within a line: it may not hold line breaks, tabs, control characters or changes of writing direction.</source>
        <translation>%1 skrivs ut inom en rad: den får inte innehålla radbrytningar, tabbar, styrtecken eller byten av skrivriktning.</translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>The disk is full: %1 was not saved; the earlier file is unchanged.</source>
        <translation>Disken är full: %1 sparades inte; den tidigare filen är oförändrad.</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not saved.</source>
        <translation>Disken är full: %1 sparades inte.</translation>
    </message>
    <message>
        <source>%1 was not saved (%2); the earlier file is unchanged.</source>
        <translation>%1 sparades inte (%2); den tidigare filen är oförändrad.</translation>
    </message>
    <message>
        <source>%1 was not saved (%2).</source>
        <translation>%1 sparades inte (%2).</translation>
    </message>
    <message>
        <source>%1 is the open Paragraf database; it was not overwritten. Choose another file name.</source>
        <translation>%1 är den öppna Paragraf-databasen; den skrevs inte över. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>Standard output cannot be written (%1).</source>
        <translation>Det går inte att skriva till standard ut (%1).</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standard in</translation>
    </message>
    <message>
        <source>%1 is the Paragraf database that is open, not one of the %2.</source>
        <translation>%1 är den Paragraf-databas som är öppen, inte en av %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Paragraf reads %3 up to %2 MB.</source>
        <translation>%1 är större än %2 MB; Paragraf läser %3 upp till %2 MB.</translation>
    </message>
    <message>
        <source>meeting files</source>
        <translation>sammanträdesfiler</translation>
    </message>
    <message>
        <source>roster files</source>
        <translation>ledamotsförteckningar</translation>
    </message>
    <message>
        <source>%1 is a database (or a file kept beside one); it was not overwritten. Choose another file name.</source>
        <translation>%1 är en databas (eller en fil som hör till en); den skrevs inte över. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>documents to verify</source>
        <translation>handlingar att kontrollera</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file; it was not overwritten. Choose another file name.</source>
        <translation>%1 är ingen vanlig fil; den skrevs inte över. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: %2 was not saved. Choose another folder.</source>
        <translation>Mappen %1 finns inte: %2 sparades inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to (it is read-only, or you may not write there): %2 was not saved. Choose another folder.</source>
        <translation>Det går inte att skriva i mappen %1 (den är skrivskyddad, eller så får du inte skriva där): %2 sparades inte. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>%1 was written, but the disk did not confirm that it is kept (%2); save it again.</source>
        <translation>%1 skrevs, men disken bekräftade inte att den finns kvar (%2); spara den igen.</translation>
    </message>
    <message>
        <source>What you typed could not be kept on this computer (%1: %2).</source>
        <translation>Det du skrev kunde inte behållas på den här datorn (%1: %2).</translation>
    </message>
    <message>
        <source>The journal of what was typed while the server could not be reached (%1) is damaged (%2); it was not sent.</source>
        <translation>Journalen över det som skrevs medan servern inte kunde nås (%1) är skadad (%2); den skickades inte.</translation>
    </message>
    <message>
        <source>its first line does not name this meeting</source>
        <translation>dess första rad nämner inte det här sammanträdet</translation>
    </message>
    <message>
        <source>line %1 does not match its checksum</source>
        <translation>rad %1 stämmer inte med sin kontrollsumma</translation>
    </message>
    <message>
        <source>line %1 is not a change</source>
        <translation>rad %1 är ingen ändring</translation>
    </message>
    <message>
        <source>What you type cannot be kept on this computer.</source>
        <translation>Det du skriver kan inte behållas på den här datorn.</translation>
    </message>
    <message>
        <source>What was not sent is kept on this computer in %1.</source>
        <translation>Det som inte skickades finns kvar på den här datorn i %1.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Mappen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>Stopped; nothing was kept.</source>
        <translation>Avbrutet; ingenting sparades.</translation>
    </message>
    <message>
        <source>The disk did not confirm that %1 is kept (%2).</source>
        <translation>Disken bekräftade inte att %1 är sparad (%2).</translation>
    </message>
    <message>
        <source>%1 would lie outside the folder %2; nothing was written.</source>
        <translation>%1 skulle hamna utanför mappen %2; ingenting skrevs.</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written. Choose another folder or move it away first.</source>
        <translation>%1 finns redan; ingenting skrevs. Välj en annan mapp eller flytta den först.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>Mappen %1 finns inte; ingenting skrevs.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to; nothing was written.</source>
        <translation>Det går inte att skriva i mappen %1; ingenting skrevs.</translation>
    </message>
    <message>
        <source>%1 could not be given its name (%2); nothing was kept.</source>
        <translation>%1 kunde inte få sitt namn (%2); ingenting sparades.</translation>
    </message>
    <message>
        <source>its first line is not a journal&apos;s</source>
        <translation>dess första rad är inte en journals</translation>
    </message>
    <message>
        <source>its first line names another server, %1</source>
        <translation>dess första rad nämner en annan server, %1</translation>
    </message>
    <message>
        <source>line %1 is a change of another meeting</source>
        <translation>rad %1 är en ändring i ett annat sammanträde</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>By the &amp;next meeting</source>
        <translation>Till &amp;nästa möte</translation>
    </message>
    <message>
        <source>Assignments and remarks, § %1 %2</source>
        <translation>Uppdrag och synpunkter, § %1 %2</translation>
    </message>
    <message>
        <source>Made at this paragraph</source>
        <translation>Gjort i denna paragraf</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>The protocol&apos;s text</source>
        <translation>Protokollets text</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppdrag</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Vad</translation>
    </message>
    <message>
        <source>Names, organisations or a group, separated by commas</source>
        <translation>Namn, organisationer eller en grupp, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>V&amp;em</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>&amp;Add assignment</source>
        <translation>&amp;Lägg till uppdrag</translation>
    </message>
    <message>
        <source>Remark by name</source>
        <translation>Synpunkt med namn</translation>
    </message>
    <message>
        <source>Start of a name present; several separated by commas</source>
        <translation>Början av namnet på någon närvarande; flera åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation>&amp;Sagt av</translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation>S&amp;ynpunkt</translation>
    </message>
    <message>
        <source>Add re&amp;mark</source>
        <translation>Lägg till synpun&amp;kt</translation>
    </message>
    <message>
        <source>Referral to another body</source>
        <translation>Till ett annat organ</translation>
    </message>
    <message>
        <source>Referred to (hänskjuts)</source>
        <translation>Hänskjuts till</translation>
    </message>
    <message>
        <source>Raised with (lyfts)</source>
        <translation>Lyfts till</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Organ</translation>
    </message>
    <message>
        <source>What the other body is asked (optional)</source>
        <translation>Vad det andra organet ombeds göra (valfritt)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>Re&amp;fer</source>
        <translation>&amp;Hänskjut</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>uppdrag</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>synpunkt</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>hänskjutning</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Uppdrag: %1</translation>
    </message>
    <message>
        <source> (taken up at %1)</source>
        <translation> (tas upp i %1)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
</context>
<context>
    <name>FollowUpText</name>
    <message>
        <source>A matter is referred to another body than %1 itself.</source>
        <translation>Ett ärende hänskjuts till ett annat organ än %1 självt.</translation>
    </message>
    <message>
        <source>No one present at this paragraph is called &quot;%1&quot;.</source>
        <translation>Ingen närvarande vid denna paragraf heter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of %2: type more of the name.</source>
        <translation>&quot;%1&quot; kan vara %2: skriv mer av namnet.</translation>
    </message>
    <message>
        <source>Name who made the remark.</source>
        <translation>Ange vem som lämnade synpunkten.</translation>
    </message>
    <message>
        <source>An assignment at § %1 needs to say what is to be done.</source>
        <translation>Ett uppdrag i § %1 behöver säga vad som ska göras.</translation>
    </message>
    <message>
        <source>The assignment &quot;%1&quot; needs someone to hold it.</source>
        <translation>Uppdraget &quot;%1&quot; behöver någon som är ansvarig.</translation>
    </message>
    <message>
        <source>Every holder of the assignment &quot;%1&quot; needs a name.</source>
        <translation>Varje ansvarig för uppdraget &quot;%1&quot; behöver ett namn.</translation>
    </message>
    <message>
        <source>%1 is neither a person nor an organisation in the file.</source>
        <translation>%1 är varken en person eller en organisation i filen.</translation>
    </message>
    <message>
        <source>The assignment &quot;%1&quot; cannot be due on %2, before the meeting that gives it.</source>
        <translation>Uppdraget &quot;%1&quot; kan inte ha %2 som sista dag, före sammanträdet som ger det.</translation>
    </message>
    <message>
        <source>A remark at § %1 has no text.</source>
        <translation>En synpunkt i § %1 saknar text.</translation>
    </message>
    <message>
        <source>The remark &quot;%1&quot; needs the one who made it.</source>
        <translation>Synpunkten &quot;%1&quot; behöver den som lämnade den.</translation>
    </message>
    <message>
        <source>The remark &quot;%1&quot; names someone who is not at the meeting.</source>
        <translation>Synpunkten &quot;%1&quot; anger någon som inte är med på sammanträdet.</translation>
    </message>
    <message>
        <source>The remark &quot;%1&quot; names %2 twice.</source>
        <translation>Synpunkten &quot;%1&quot; anger %2 två gånger.</translation>
    </message>
    <message>
        <source>The body to refer the matter to is not in the file.</source>
        <translation>Organet som ärendet ska hänskjutas till finns inte i filen.</translation>
    </message>
    <message>
        <source>Closing an assignment needs the day it was closed.</source>
        <translation>För att avsluta ett uppdrag behövs dagen det avslutades.</translation>
    </message>
    <message>
        <source>It was closed at %1: %2</source>
        <translation>Det avslutades i %1: %2</translation>
    </message>
    <message>
        <source>An assignment is closed at a later meeting of %1 than the one that gave it (%2).</source>
        <translation>Ett uppdrag avslutas vid ett senare sammanträde med %1 än det som gav det (%2).</translation>
    </message>
    <message>
        <source>An assignment cannot be closed before it was given (%1).</source>
        <translation>Ett uppdrag kan inte avslutas innan det gavs (%1).</translation>
    </message>
    <message>
        <source>It was taken up at %1: %2</source>
        <translation>Det togs upp i %1: %2</translation>
    </message>
    <message>
        <source>The matter was referred to %1, not to %2.</source>
        <translation>Ärendet hänskjöts till %1, inte till %2.</translation>
    </message>
    <message>
        <source>The matter is taken up at a meeting after %1.</source>
        <translation>Ärendet tas upp vid ett sammanträde efter %1.</translation>
    </message>
    <message>
        <source>There is no assignment with id %1.</source>
        <translation>Det finns inget uppdrag med id %1.</translation>
    </message>
    <message>
        <source>There is no referral with id %1.</source>
        <translation>Det finns ingen hänskjutning med id %1.</translation>
    </message>
    <message>
        <source>There is no paragraph with id %1.</source>
        <translation>Det finns ingen paragraf med id %1.</translation>
    </message>
    <message>
        <source>Someone else changed or removed it in the meantime (another window or program); nothing was removed. What the file holds now is shown.</source>
        <translation>Någon annan har ändrat eller tagit bort det under tiden (i ett annat fönster eller program); ingenting togs bort. Det som nu finns i filen visas.</translation>
    </message>
    <message>
        <source>The paragraph is no longer in the file; someone else may have deleted it.</source>
        <translation>Paragrafen finns inte längre i filen; någon annan kan ha tagit bort den.</translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>Paragraf handbook</source>
        <translation>Handbok för Paragraf</translation>
    </message>
    <message>
        <source>handbok-en.html</source>
        <comment>the handbook&apos;s file in this language: handbok-sv.html or handbok-en.html</comment>
        <translation>handbok-sv.html</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>måste vara en sträng</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>måste vara ett objekt</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>måste vara en lista</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>måste vara en sträng som inte är tom</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>måste vara ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>must be a time of day (HH:MM)</source>
        <translation>måste vara ett klockslag (TT:MM)</translation>
    </message>
    <message>
        <source>must be a participant key or null</source>
        <translation>måste vara en deltagarnyckel eller null</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>måste vara något av %1</translation>
    </message>
    <message>
        <source>must be &quot;paragraf-meeting&quot;</source>
        <translation>måste vara &quot;paragraf-meeting&quot;</translation>
    </message>
    <message>
        <source>must be a version this Paragraf reads (1 to %1)</source>
        <translation>måste vara en version som denna Paragraf läser (1 till %1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>names no participant (&quot;%1&quot;)</source>
        <translation>anger ingen deltagare (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be a unique key</source>
        <translation>måste vara en unik nyckel</translation>
    </message>
    <message>
        <source>must continue the numbering without gaps (expected %1)</source>
        <translation>måste fortsätta numreringen utan luckor (väntat %1)</translation>
    </message>
    <message>
        <source>names no participant</source>
        <translation>anger ingen deltagare</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>must be the number of a paragraph in the file, or null</source>
        <translation>måste vara numret på en paragraf i filen, eller null</translation>
    </message>
    <message>
        <source>$: not valid JSON (%1 at byte %2)</source>
        <translation>$: ogiltig JSON (%1 vid byte %2)</translation>
    </message>
    <message>
        <source>$: must be an object</source>
        <translation>$: måste vara ett objekt</translation>
    </message>
    <message>
        <source>must be the number of a motion of the paragraph (1 to %1), or 0</source>
        <translation>måste vara numret på ett yrkande i paragrafen (1 till %1), eller 0</translation>
    </message>
    <message>
        <source>votes a second time: one member, one vote</source>
        <translation>röstar en andra gång: en ledamot, en röst</translation>
    </message>
    <message>
        <source>must count from 1</source>
        <translation>ska räknas från 1</translation>
    </message>
    <message>
        <source>must say what is to be done</source>
        <translation>ska säga vad som ska göras</translation>
    </message>
    <message>
        <source>must name who holds it</source>
        <translation>ska ange vem som är ansvarig</translation>
    </message>
    <message>
        <source>is the day a closed assignment was closed, and empty while it is open</source>
        <translation>är dagen ett avslutat uppdrag avslutades, och tom så länge det är öppet</translation>
    </message>
    <message>
        <source>must name the body the matter goes to</source>
        <translation>ska ange organet som ärendet går till</translation>
    </message>
    <message>
        <source>needs a text and who made the remark</source>
        <translation>behöver en text och vem som lämnade synpunkten</translation>
    </message>
    <message>
        <source>must be done or cancelled</source>
        <translation>ska vara done eller cancelled</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>är %1 tecken lång; högst %2 är tillåtna</translation>
    </message>
    <message>
        <source>… and more problems of the same kind, not listed</source>
        <translation>… och fler fel av samma slag, som inte listas</translation>
    </message>
    <message>
        <source>holds a control character (U+%1) at character %2</source>
        <translation>innehåller ett styrtecken (U+%1) vid tecken %2</translation>
    </message>
    <message>
        <source>holds a broken character (a lone surrogate) at character %1</source>
        <translation>innehåller ett trasigt tecken (ett ensamt surrogat) vid tecken %1</translation>
    </message>
    <message>
        <source>$: a \u escape at character %1 is half of a character (a lone surrogate); the file is damaged</source>
        <translation>$: en \u-kod vid tecken %1 är ett halvt tecken (ett ensamt surrogat); filen är skadad</translation>
    </message>
    <message>
        <source>must be a substitute&apos;s place, 1 or more</source>
        <translation>måste vara en ersättares plats, 1 eller mer</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Skälet</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>S&amp;täng databas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>I&amp;nställningar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Paragraf.</source>
        <translation>Det nya språket används från nästa gång Paragraf startas.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Paragraf</source>
        <translation>&amp;Om Paragraf</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Förhands&amp;granska utskrift…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF/A…</source>
        <translation>Exportera som P&amp;DF/A…</translation>
    </message>
    <message>
        <source>Export as O&amp;DT…</source>
        <translation>Exportera som O&amp;DT…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Insert the &amp;time</source>
        <translation>Infoga &amp;klockslag</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Sammanträde</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nytt sammanträde…</translation>
    </message>
    <message>
        <source>Add &amp;official or guest…</source>
        <translation>Lägg till &amp;tjänsteperson eller gäst…</translation>
    </message>
    <message>
        <source>New &amp;paragraph</source>
        <translation>Ny &amp;paragraf</translation>
    </message>
    <message>
        <source>&amp;Delete paragraph</source>
        <translation>Ta &amp;bort paragraf</translation>
    </message>
    <message>
        <source>Move paragraph &amp;up</source>
        <translation>Flytta paragraf &amp;upp</translation>
    </message>
    <message>
        <source>Move paragraph do&amp;wn</source>
        <translation>Flytta paragraf n&amp;ed</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation>&amp;Paragrafer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Närvaro</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Skrivbord</translation>
    </message>
    <message>
        <source>Meeting det&amp;ails…</source>
        <translation>Sammanträdets upp&amp;gifter…</translation>
    </message>
    <message>
        <source>&amp;Body, roster and schedule…</source>
        <translation>&amp;Organ, ledamöter och sammanträdesplan…</translation>
    </message>
    <message>
        <source>Insert the opening pa&amp;ragraph</source>
        <translation>Infoga &amp;inledande paragraf</translation>
    </message>
    <message>
        <source>New bod&amp;y…</source>
        <translation>Nytt o&amp;rgan…</translation>
    </message>
    <message>
        <source>Ad&amp;justment</source>
        <translation>&amp;Justering</translation>
    </message>
    <message>
        <source>&amp;Send for adjustment…</source>
        <translation>&amp;Skicka för justering…</translation>
    </message>
    <message>
        <source>&amp;Remarks and corrections…</source>
        <translation>&amp;Anmärkningar och ändringar…</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>Skriv &amp;under…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>Record a r&amp;ättelse…</source>
        <translation>Registrera &amp;rättelse…</translation>
    </message>
    <message>
        <source>Record the &amp;posting…</source>
        <translation>Registrera ansla&amp;g…</translation>
    </message>
    <message>
        <source>&amp;Deadlines…</source>
        <translation>&amp;Frister…</translation>
    </message>
    <message>
        <source>Export with the &amp;attendance appendix…</source>
        <translation>Exportera med närvaro&amp;bilaga…</translation>
    </message>
    <message>
        <source>Motions and &amp;votes…</source>
        <translation>&amp;Yrkanden och omröstning…</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Uppföljning</translation>
    </message>
    <message>
        <source>&amp;Assignments and remarks…</source>
        <translation>&amp;Uppdrag och synpunkter…</translation>
    </message>
    <message>
        <source>From &amp;earlier meetings…</source>
        <translation>Från &amp;tidigare möten…</translation>
    </message>
    <message>
        <source>All assignments across &amp;bodies…</source>
        <translation>Alla uppdrag i alla &amp;organ…</translation>
    </message>
    <message>
        <source>Delete this &amp;meeting…</source>
        <translation>Ta bort detta sa&amp;mmanträde…</translation>
    </message>
    <message>
        <source>Ro&amp;ll call…</source>
        <translation>Upprop vid &amp;start…</translation>
    </message>
    <message>
        <source>Ad&amp;journ / resume the meeting</source>
        <translation>&amp;Ajournera / återuppta sammanträdet</translation>
    </message>
    <message>
        <source>Adjournment&amp;s…</source>
        <translation>A&amp;journeringar…</translation>
    </message>
    <message>
        <source>Open &amp;server…</source>
        <translation>Öppna &amp;server…</translation>
    </message>
    <message>
        <source>Protocols &amp;waiting for me…</source>
        <translation>Protokoll som &amp;väntar på mig…</translation>
    </message>
    <message>
        <source>P&amp;ublish on the web…</source>
        <translation>P&amp;ublicera på webben…</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Handbok</translation>
    </message>
    <message>
        <source>De&amp;liver to the e-archive…</source>
        <translation>&amp;Leverera till e-arkiv…</translation>
    </message>
    <message>
        <source>Delivered to the e-archive</source>
        <translation>Levererat till e-arkiv</translation>
    </message>
    <message>
        <source>The package was written:
%1</source>
        <translation>Paketet skrevs:
%1</translation>
    </message>
    <message>
        <source>&amp;Mark as not for publication / take the mark off</source>
        <translation>&amp;Markera som ej för publicering / ta bort markeringen</translation>
    </message>
    <message>
        <source>Paragraph &amp;concerns an individual</source>
        <translation>Paragrafen rör en &amp;enskild</translation>
    </message>
    <message>
        <source>&amp;Search all meetings…</source>
        <translation>&amp;Sök i alla sammanträden…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Paragraf databases (*.paragraf);;All files (*)</source>
        <translation>Paragraf-databaser (*.paragraf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Filen kan inte öppnas</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Öppnad endast för läsning</translation>
    </message>
    <message>
        <source>The file cannot be created</source>
        <translation>Filen kan inte skapas</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ingen databas öppen</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skrivskyddad)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sammanträden</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>The meeting cannot be created</source>
        <translation>Sammanträdet kan inte skapas</translation>
    </message>
    <message>
        <source>Choose the body in the list of meetings first.</source>
        <translation>Välj först organet i listan över sammanträden.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Inte möjligt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source> (checking…)</source>
        <translation> (kontrolleras…)</translation>
    </message>
    <message>
        <source>Choose a body</source>
        <translation>Välj ett organ</translation>
    </message>
    <message>
        <source>New body</source>
        <translation>Nytt organ</translation>
    </message>
    <message>
        <source>Name of the body (e.g. Socialnämnden):</source>
        <translation>Organets namn (t.ex. Socialnämnden):</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>Send for adjustment</source>
        <translation>Skicka för justering</translation>
    </message>
    <message>
        <source>Send the protocol to %1 for adjustment? Its text is then frozen and changed only through recorded corrections. It is due to be adjusted by %2.</source>
        <translation>Skicka protokollet till %1 för justering? Texten låses då och ändras bara genom registrerade ändringar. Det ska vara justerat senast %2.</translation>
    </message>
    <message>
        <source>its signatories</source>
        <translation>dess undertecknare</translation>
    </message>
    <message>
        <source>Remarks and corrections are made while the protocol is out for adjustment.</source>
        <translation>Anmärkningar och ändringar görs medan protokollet är ute för justering.</translation>
    </message>
    <message>
        <source>Send the protocol for adjustment before it is signed.</source>
        <translation>Skicka protokollet för justering innan det skrivs under.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <source>The protocol is intact and signed by all.
SHA-256: %1</source>
        <translation>Protokollet är oförändrat och underskrivet av alla.
SHA-256: %1</translation>
    </message>
    <message>
        <source>A rättelse is made to an adjusted protocol; before that the text is corrected directly.</source>
        <translation>En rättelse görs i ett justerat protokoll; dessförinnan rättas texten direkt.</translation>
    </message>
    <message>
        <source>An adjusted protocol that has not been posted yet is posted.</source>
        <translation>Det är ett justerat protokoll som ännu inte anslagits som anslås.</translation>
    </message>
    <message>
        <source>Posted on the notice board</source>
        <translation>Anslaget på anslagstavlan</translation>
    </message>
    <message>
        <source>The day the adjustment was posted:</source>
        <translation>Dagen då justeringen anslogs:</translation>
    </message>
    <message>
        <source>Decided without quorum</source>
        <translation>Beslutat utan beslutförhet</translation>
    </message>
    <message>
        <source>%1 was decided without quorum. Is the attendance right, and should the protocol be sent as it is?</source>
        <translation>%1 beslutades när nämnden inte var beslutför. Stämmer närvaron, och ska protokollet skickas som det är?</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation>Ta bort sammanträdet</translation>
    </message>
    <message>
        <source>Delete the meeting of %1 with all its paragraphs? Undo (Ctrl+Z) brings it back.</source>
        <translation>Ta bort sammanträdet %1 med alla dess paragrafer? Ångra (Ctrl+Z) tar tillbaka det.</translation>
    </message>
    <message>
        <source>Delete the meeting %1</source>
        <translation>Ta bort sammanträdet %1</translation>
    </message>
    <message>
        <source>A second meeting on the same day</source>
        <translation>Ett andra sammanträde samma dag</translation>
    </message>
    <message>
        <source>%1 already has a meeting on %2. Make another one on the same day?</source>
        <translation>%1 har redan ett sammanträde %2. Skapa ett till samma dag?</translation>
    </message>
    <message>
        <source>The meeting cannot be deleted</source>
        <translation>Sammanträdet kan inte tas bort</translation>
    </message>
    <message>
        <source>The meeting cannot be brought back</source>
        <translation>Sammanträdet kan inte tas tillbaka</translation>
    </message>
    <message>
        <source>Not everything could be read</source>
        <translation>Allt kunde inte läsas</translation>
    </message>
    <message>
        <source>The meeting cannot be opened</source>
        <translation>Sammanträdet kan inte öppnas</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Sparar …</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Inte sparat än</translation>
    </message>
    <message>
        <source>Open the other file anyway and lose it?</source>
        <translation>Öppna den andra filen ändå och förlora det?</translation>
    </message>
    <message>
        <source>Close the file anyway and lose it?</source>
        <translation>Stänga filen ändå och förlora det?</translation>
    </message>
    <message>
        <source>Open the other meeting anyway and lose it?</source>
        <translation>Öppna det andra sammanträdet ändå och förlora det?</translation>
    </message>
    <message>
        <source>What you typed last is not in the file yet: another program is writing to it, or the disk is full. It is saved as soon as the file is free.</source>
        <translation>Det du skrev sist finns inte i filen än: ett annat program skriver i den, eller så är disken full. Det sparas så snart filen är ledig.</translation>
    </message>
    <message>
        <source>Close anyway and lose it?</source>
        <translation>Stänga ändå och förlora det?</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>The server cannot be opened</source>
        <translation>Servern kan inte öppnas</translation>
    </message>
    <message>
        <source>Open server</source>
        <translation>Öppna server</translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. postgresql://paragraf.kommun.se/paragraf or host=… dbname=…:</source>
        <translation>Serverns adress, t.ex. postgresql://paragraf.kommun.se/paragraf eller host=… dbname=…:</translation>
    </message>
    <message>
        <source>%1 is not a server&apos;s address: write postgresql://host/database or a connection string such as host=… dbname=….</source>
        <translation>%1 är ingen serveradress: skriv postgresql://värd/databas eller en anslutningssträng som host=… dbname=….</translation>
    </message>
    <message>
        <source>New database on the server</source>
        <translation>Ny databas på servern</translation>
    </message>
    <message>
        <source>Make a new, empty Paragraf database there now?</source>
        <translation>Skapa en ny, tom Paragrafdatabas där nu?</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Inte publicerat</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation>Skrivet:
%1</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached; connecting again when it is back. What you type is kept here.</source>
        <translation>Frånkopplad från servern: ansluter igen när den är tillbaka. Det du skriver behålls här.</translation>
    </message>
    <message>
        <source>The mark is taken off: &quot;%1&quot; will be published.</source>
        <translation>Markeringen är borttagen: &quot;%1&quot; publiceras.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Inget markerat</translation>
    </message>
    <message>
        <source>Select the text in the paragraph that is not to be published, then press Ctrl+Shift+M.</source>
        <translation>Markera texten i paragrafen som inte ska publiceras och tryck sedan Ctrl+Skift+M.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Inte markerat</translation>
    </message>
    <message>
        <source>Marked as not for publication: &quot;%1&quot; is masked in the web copy.</source>
        <translation>Markerat som ej för publicering: &quot;%1&quot; maskeras i webbkopian.</translation>
    </message>
    <message>
        <source>%1 concerns an individual: names of private persons in it are masked in the web copy.</source>
        <translation>%1 rör en enskild: namn på privatpersoner i den maskeras i webbkopian.</translation>
    </message>
    <message>
        <source>%1 no longer concerns an individual.</source>
        <translation>%1 rör inte längre en enskild.</translation>
    </message>
    <message>
        <source>Check the decisions</source>
        <translation>Kontrollera besluten</translation>
    </message>
    <message>
        <source>%1

Send the protocol as it is?</source>
        <translation>%1

Skicka protokollet som det är?</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>The paragraph found is no longer in this meeting: it was deleted or moved since the search. Search again to find where it is now.</source>
        <translation>Paragrafen som hittades finns inte längre i sammanträdet: den har tagits bort eller flyttats sedan sökningen. Sök igen för att se var den finns nu.</translation>
    </message>
</context>
<context>
    <name>MarkedPassages</name>
    <message>
        <source>Not for publication: masked in the web copy (Ctrl+Shift+M takes the mark off)</source>
        <translation>Ej för publicering: maskeras i webbkopian (Ctrl+Skift+M tar bort markeringen)</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) marked not for publication</source>
        <translation><numerusform>%n avsnitt markerat som ej för publicering</numerusform><numerusform>%n avsnitt markerade som ej för publicering</numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingDesk</name>
    <message>
        <source>Paragraphs</source>
        <translation>Paragrafer</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsDialog</name>
    <message>
        <source>Physical</source>
        <translation>Fysiskt</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Sammanträdets uppgifter</translation>
    </message>
    <message>
        <source>e.g. digitalt, kommunhuset</source>
        <translation>t.ex. digitalt, kommunhuset</translation>
    </message>
    <message>
        <source>e.g. kl. 13.00–16.00 i Stadshuset</source>
        <translation>t.ex. kl. 13.00–16.00 i Stadshuset</translation>
    </message>
    <message>
        <source>Adjusters</source>
        <translation>Justerare</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Slutar</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Ordförande</translation>
    </message>
    <message>
        <source>Secre&amp;tary</source>
        <translation>Sek&amp;reterare</translation>
    </message>
    <message>
        <source>&amp;Adjusters</source>
        <translation>&amp;Justerare</translation>
    </message>
    <message>
        <source>Ad&amp;justment date</source>
        <translation>Justeringsdatu&amp;m</translation>
    </message>
    <message>
        <source>Adjustment p&amp;lace</source>
        <translation>Justeringspla&amp;ts</translation>
    </message>
    <message>
        <source>&amp;Next meeting</source>
        <translation>&amp;Nästa sammanträde</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <source>Next meeting n&amp;ote</source>
        <translation>Nästa sammanträde, &amp;anteckning</translation>
    </message>
    <message>
        <source>e.g. 16.00; empty for none</source>
        <translation>t.ex. 16.00; tomt för inget</translation>
    </message>
    <message>
        <source>Adjustment ti&amp;me</source>
        <translation>Justeringens k&amp;lockslag</translation>
    </message>
    <message>
        <source>Rules (copied from the body)</source>
        <translation>Regler (kopierade från organet)</translation>
    </message>
    <message>
        <source>Type the adjustment time as the clock says it, e.g. 16.00.</source>
        <translation>Skriv justeringens klockslag som klockan visar det, t.ex. 16.00.</translation>
    </message>
</context>
<context>
    <name>MeetingImporterText</name>
    <message>
        <source>%1 already has a meeting on %2 at that time; nothing was imported.</source>
        <translation>%1 har redan ett sammanträde %2 vid den tiden; ingenting importerades.</translation>
    </message>
    <message>
        <source>The paragraphs of the file are numbered from %1, but the numbering of %2 in %3 gives them %4; nothing was imported.</source>
        <translation>Filens paragrafer är numrerade från %1, men numreringen för %2 år %3 ger dem %4; ingenting importerades.</translation>
    </message>
    <message>
        <source>Assignment %1 of § %2 of %3 on %4 is not in the database; import that meeting first. Nothing was imported.</source>
        <translation>Uppdrag %1 i § %2 hos %3 den %4 finns inte i databasen; importera det sammanträdet först. Inget importerades.</translation>
    </message>
    <message>
        <source>Referral %1 of § %2 of %3 on %4 is not in the database; import that meeting first. Nothing was imported.</source>
        <translation>Hänskjutning %1 i § %2 hos %3 den %4 finns inte i databasen; importera det sammanträdet först. Inget importerades.</translation>
    </message>
</context>
<context>
    <name>MeetingNavigator</name>
    <message>
        <source>Bodies and meetings</source>
        <translation>Organ och sammanträden</translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Det finns inget sammanträde med id %1.</translation>
    </message>
    <message>
        <source>There is no participant with id %1.</source>
        <translation>Det finns ingen deltagare med id %1.</translation>
    </message>
    <message>
        <source>documents have been issued for it</source>
        <translation>handlingar har utfärdats för det</translation>
    </message>
    <message>
        <source>assignments of earlier meetings were closed at it</source>
        <translation>uppdrag från tidigare sammanträden avslutades vid det</translation>
    </message>
    <message>
        <source>matters referred from other bodies were taken up at it</source>
        <translation>ärenden hänskjutna från andra organ togs upp vid det</translation>
    </message>
    <message>
        <source>it has been posted on the notice board</source>
        <translation>det har anslagits på anslagstavlan</translation>
    </message>
</context>
<context>
    <name>MeetingServiceText</name>
    <message>
        <source>The protocol is adjusted and can no longer be changed; a later error is corrected with a recorded rättelse.</source>
        <translation>Protokollet är justerat och kan inte längre ändras; ett senare fel rättas med en registrerad rättelse.</translation>
    </message>
    <message>
        <source>The attendance of the meeting could not be read.</source>
        <translation>Sammanträdets närvaro kunde inte läsas.</translation>
    </message>
    <message>
        <source>A meeting needs a valid date.</source>
        <translation>Ett sammanträde behöver ett giltigt datum.</translation>
    </message>
    <message>
        <source>The chair, the secretary and the adjusters must be participants of the meeting.</source>
        <translation>Ordföranden, sekreteraren och justerarna måste vara deltagare i sammanträdet.</translation>
    </message>
    <message>
        <source>The paragraph cannot be moved there: %1</source>
        <translation>Paragrafen kan inte flyttas dit: %1</translation>
    </message>
    <message>
        <source>The paragraph cannot be deleted: %1</source>
        <translation>Paragrafen kan inte tas bort: %1</translation>
    </message>
    <message>
        <source>The paragraph does not belong to this meeting.</source>
        <translation>Paragrafen hör inte till detta sammanträde.</translation>
    </message>
    <message>
        <source>%1 is named in the meeting (presenter, chair, secretary or adjuster) and cannot be removed.</source>
        <translation>%1 är angiven i sammanträdet (föredragande, ordförande, sekreterare eller justerare) och kan inte tas bort.</translation>
    </message>
    <message>
        <source>The protocol is out for adjustment: its text is changed only through a recorded correction (Adjustment → Remarks and corrections).</source>
        <translation>Protokollet är ute för justering: texten ändras bara genom en registrerad ändring (Justering → Anmärkningar och ändringar).</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (another window or program) while you were writing; your change was not saved. What the file holds now is shown.</source>
        <translation>%1 ändrades av någon annan (i ett annat fönster eller program) medan du skrev; din ändring sparades inte. Det som nu finns i filen visas.</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>Texten</translation>
    </message>
    <message>
        <source>The section heading</source>
        <translation>Avsnittsrubriken</translation>
    </message>
    <message>
        <source>The paragraph is no longer in this meeting; someone else may have deleted it.</source>
        <translation>Paragrafen finns inte längre i sammanträdet; någon annan kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Rubriken</translation>
    </message>
    <message>
        <source>The case number</source>
        <translation>Diarienumret</translation>
    </message>
    <message>
        <source>The kind of paragraph</source>
        <translation>Paragrafens typ</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Beslutet</translation>
    </message>
    <message>
        <source>Immediate adjustment</source>
        <translation>Omedelbar justering</translation>
    </message>
    <message>
        <source>The presenters or lists</source>
        <translation>Föredragandena eller listorna</translation>
    </message>
    <message>
        <source>The meeting&apos;s details were changed by someone else (another window or program) meanwhile; your change was not saved. What the file holds now is shown.</source>
        <translation>Sammanträdets uppgifter ändrades av någon annan (i ett annat fönster eller program) under tiden; din ändring sparades inte. Det som nu finns i filen visas.</translation>
    </message>
    <message>
        <source>The motions and votes of this paragraph were changed by someone else (another window or program) meanwhile; your change was not saved. What the file holds now is shown.</source>
        <translation>Paragrafens yrkanden och omröstningar ändrades av någon annan (i ett annat fönster eller program) under tiden; din ändring sparades inte. Det som nu finns i filen visas.</translation>
    </message>
    <message>
        <source>Only a meeting that is still a draft can be deleted.</source>
        <translation>Bara ett sammanträde som fortfarande är ett utkast kan tas bort.</translation>
    </message>
    <message>
        <source>The meeting cannot be deleted: %1.</source>
        <translation>Sammanträdet kan inte tas bort: %1.</translation>
    </message>
    <message>
        <source>%1 is not a participant of this meeting.</source>
        <translation>%1 deltar inte i detta sammanträde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no time of day; write it as 10.15.</source>
        <translation>&quot;%1&quot; är inget klockslag; skriv det som 10.15.</translation>
    </message>
    <message>
        <source>§ %1 has motions or a vote that this change of attendance would contradict: %2</source>
        <translation>§ %1 har yrkanden eller en omröstning som denna närvaroändring skulle motsäga: %2</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (another desk or program) while you were writing; your change was not saved. What the server holds now is shown.</source>
        <translation>%1 ändrades av någon annan (ett annat skrivbord eller program) medan du skrev; din ändring sparades inte. Det som finns på servern visas nu.</translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>Not saved yet: another program is writing to the file. What you type is kept and saved as soon as the file is free.</source>
        <translation>Inte sparat än: ett annat program skriver i filen. Det du skriver behålls och sparas så snart filen är ledig.</translation>
    </message>
    <message>
        <source>What you had typed: %1</source>
        <translation>Det du hade skrivit: %1</translation>
    </message>
    <message>
        <source>Not saved yet: the disk is full. What you type is kept and saved as soon as there is room; free some space on the disk.</source>
        <translation>Inte sparat än: disken är full. Det du skriver behålls och sparas så snart det finns plats; frigör utrymme på disken.</translation>
    </message>
    <message>
        <source>Undo and redo have been cleared, since the history no longer matches the file. The meeting is shown as the file holds it.</source>
        <translation>Ångra och gör om har tömts, eftersom historiken inte längre stämmer med filen. Sammanträdet visas som det står i filen.</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: what it changed is no longer in the meeting (someone else may have deleted it).</source>
        <translation>Det här steget kan inte ångras eller göras om: det som det ändrade finns inte längre i sammanträdet (någon annan kan ha tagit bort det).</translation>
    </message>
    <message>
        <source>Someone else (another window or program) changed the field &quot;%1&quot; after this step, so the step was not undone or redone: their change stays. What the file holds now is shown.</source>
        <translation>Någon annan (ett annat fönster eller program) ändrade fältet &quot;%1&quot; efter det här steget, så steget ångrades inte och gjordes inte om: deras ändring står kvar. Det som finns i filen visas nu.</translation>
    </message>
    <message>
        <source>It was set aside as %1; nothing in it was sent. Open it to see what was typed.</source>
        <translation>Den lades undan som %1; ingenting i den skickades. Öppna den för att se vad som skrevs.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so this cannot be done now: only typing is kept on this computer while offline. Try again when the status bar says the server is back.</source>
        <translation>Servern kan inte nås, så det här kan inte göras nu: bara det du skriver behålls på den här datorn medan servern är borta. Försök igen när statusraden säger att servern är tillbaka.</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. What you type is kept on this computer and sent when the server is back.</source>
        <translation>Frånkopplad från servern: det du skriver behålls här och skickas när den är tillbaka.</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, and what you type cannot be kept on this computer (%1). Do not close the meeting.</source>
        <translation>Frånkopplad: servern kan inte nås, och det du skriver kan inte behållas på den här datorn (%1). Stäng inte sammanträdet.</translation>
    </message>
    <message>
        <source>Undo and redo have been cleared, since the history no longer matches the server. The meeting is shown as the server holds it.</source>
        <translation>Ångra och gör om har tömts, eftersom historiken inte längre stämmer med servern. Sammanträdet visas som det står på servern.</translation>
    </message>
    <message>
        <source>Someone else (another desk or program) changed the field &quot;%1&quot; after this step, so the step was not undone or redone: their change stays. What the server holds now is shown.</source>
        <translation>Någon annan (ett annat skrivbord eller program) ändrade fältet &quot;%1&quot; efter det här steget, så steget ångrades inte och gjordes inte om: deras ändring står kvar. Det som finns på servern visas nu.</translation>
    </message>
    <message>
        <source>What you had typed (%1 characters) is on the clipboard; it begins: %2…</source>
        <translation>Det du hade skrivit (%1 tecken) finns i urklippet; det börjar: %2…</translation>
    </message>
</context>
<context>
    <name>MeetingTreeModel</name>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Kallat</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Out for adjustment</source>
        <translation>Ute för justering</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Justerat</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Anslaget</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverat</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Change a membership</source>
        <translation>Ändra ett uppdrag</translation>
    </message>
    <message>
        <source>Add a member or substitute</source>
        <translation>Lägg till ledamot eller ersättare</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Parti</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>Changed &amp;from</source>
        <translation>Ändras fr&amp;ån</translation>
    </message>
    <message>
        <source>Member &amp;from</source>
        <translation>Ledamot fr&amp;ån</translation>
    </message>
    <message>
        <source>Personal &amp;substitute for</source>
        <translation>Personlig &amp;ersättare för</translation>
    </message>
    <message>
        <source>none (personal substitute)</source>
        <translation>ingen (personlig ersättare)</translation>
    </message>
    <message>
        <source>Place in the party&apos;s order of &amp;election</source>
        <translation>Plats i partiets &amp;inkallelseordning</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Uppdatering %1 (%2) misslyckades: %3</translation>
    </message>
    <message>
        <source>The server&apos;s rules failed: %1</source>
        <translation>Serverns regler kunde inte läggas in: %1</translation>
    </message>
    <message>
        <source>The server&apos;s schema %1 is newer than this program&apos;s %2: update Paragraf first.</source>
        <translation>Serverns schema %1 är nyare än programmets %2: uppdatera Paragraf först.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Slutar</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>(not in the schedule)</source>
        <translation>(inte i sammanträdesplanen)</translation>
    </message>
    <message>
        <source>From the s&amp;chedule</source>
        <translation>&amp;Ur sammanträdesplanen</translation>
    </message>
    <message>
        <source>New meeting of %1</source>
        <translation>Nytt sammanträde för %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
</context>
<context>
    <name>NoticesLabel</name>
    <message>
        <source>Notices due</source>
        <translation>Kallelser att skicka</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (försenad)</translation>
    </message>
    <message>
        <source>Notices to send: %1</source>
        <translation>Kallelser att skicka: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) passed (Adjustment → Deadlines)</source>
        <translation><numerusform>%n frist har passerats (Justering → Frister)</numerusform><numerusform>%n frister har passerats (Justering → Frister)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) overdue (Follow-up → All assignments across bodies)</source>
        <translation><numerusform>%n uppdrag försenat (Uppföljning → Alla uppdrag i alla organ)</numerusform><numerusform>%n uppdrag försenade (Uppföljning → Alla uppdrag i alla organ)</numerusform></translation>
    </message>
    <message>
        <source>Reminders could not be read: %1</source>
        <translation>Påminnelserna kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>This change would renumber the protocol of %1, which is out for adjustment or adjusted; its paragraph numbers are fixed.</source>
        <translation>Ändringen skulle numrera om protokollet från %1, som är ute för justering eller justerat; dess paragrafnummer ligger fast.</translation>
    </message>
</context>
<context>
    <name>NumberingText</name>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation>Året måste ligga mellan %1 och %2.</translation>
    </message>
    <message>
        <source>The first paragraph number must be between 1 and %1.</source>
        <translation>Första paragrafnumret måste ligga mellan 1 och %1.</translation>
    </message>
    <message>
        <source>the protocol of %1 on %2 (%3)</source>
        <translation>protokollet för %1 den %2 (%3)</translation>
    </message>
    <message>
        <source>The numbering of %1 cannot start at § %2: %3 is adjusted, and its paragraph numbers are final.</source>
        <translation>Numreringen år %1 kan inte börja på § %2: %3 är justerat, och dess paragrafnummer är slutgiltiga.</translation>
    </message>
    <message>
        <source>The numbering of %1 cannot start at § %2: %3 is out for adjustment, and its paragraph numbers are fixed.</source>
        <translation>Numreringen år %1 kan inte börja på § %2: %3 är ute för justering, och dess paragrafnummer ligger fast.</translation>
    </message>
</context>
<context>
    <name>ParagraphEditor</name>
    <message>
        <source>Paragraph title</source>
        <translation>Paragrafens rubrik</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>e.g. 2024/123</source>
        <translation>t.ex. 2024/123</translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation>Föredragande</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Heading of a new section</source>
        <translation>Rubrik för ett nytt avsnitt</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Lägg till avsnitt</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Rubri&amp;k</translation>
    </message>
    <message>
        <source>&amp;Dnr</source>
        <translation>&amp;Dnr</translation>
    </message>
    <message>
        <source>&amp;Presenters</source>
        <translation>&amp;Föredragande</translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <source>title</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>dnr</source>
        <translation>dnr</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>presenters</source>
        <translation>föredragande</translation>
    </message>
    <message>
        <source>Adjusted &amp;immediately at the meeting</source>
        <translation>&amp;Omedelbart justerad vid sammanträdet</translation>
    </message>
    <message>
        <source>immediate adjustment</source>
        <translation>omedelbar justering</translation>
    </message>
    <message>
        <source>Follow-up of the paragraph</source>
        <translation>Paragrafens uppföljning</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation><numerusform>%n uppdrag</numerusform><numerusform>%n uppdrag</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) by name</source>
        <translation><numerusform>%n synpunkt med namn</numerusform><numerusform>%n synpunkter med namn</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation><numerusform>%n hänskjutning</numerusform><numerusform>%n hänskjutningar</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier matter(s) dealt with</source>
        <translation><numerusform>%n tidigare ärende behandlat</numerusform><numerusform>%n tidigare ärenden behandlade</numerusform></translation>
    </message>
    <message>
        <source>Follow-up: %1 (Ctrl+Shift+U)</source>
        <translation>Uppföljning: %1 (Ctrl+Skift+U)</translation>
    </message>
    <message>
        <source>Add section (Ctrl+Shift+Return)</source>
        <translation>Lägg till avsnitt (Ctrl+Skift+Retur)</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Låst: %1</translation>
    </message>
    <message>
        <source>Locked: the protocol is out for adjustment. What can be done now: remarks and the secretary&apos;s answers to them (Adjustment → Remarks and corrections, Ctrl+Shift+R), and the signatures.</source>
        <translation>Låst – protokollet är ute på justering. Det som kan göras nu: justeringsanmärkningar och sekreterarens svar på dem (Justering → Anmärkningar och ändringar, Ctrl+Skift+R), och underskrifterna.</translation>
    </message>
    <message>
        <source>Locked: the protocol is adjusted and final. An error is corrected by a rättelse (Adjustment → Record a rättelse), printed beside the original.</source>
        <translation>Låst – protokollet är justerat och slutligt. Ett fel rättas med en rättelse (Justering → Registrera rättelse), som skrivs ut bredvid originalet.</translation>
    </message>
    <message>
        <source>Check the decision: %1.</source>
        <translation>Kontrollera beslutet: %1.</translation>
    </message>
</context>
<context>
    <name>ParagraphListModel</name>
    <message>
        <source>(no title)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <source> (no quorum)</source>
        <translation> (ej beslutför)</translation>
    </message>
</context>
<context>
    <name>ParagraphRepositoryText</name>
    <message>
        <source>There is no paragraph with id %1.</source>
        <translation>Det finns ingen paragraf med id %1.</translation>
    </message>
    <message>
        <source>There is no text section with id %1.</source>
        <translation>Det finns inget textavsnitt med id %1.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add official or guest</source>
        <translation>Lägg till tjänsteperson eller gäst</translation>
    </message>
    <message>
        <source>e.g. sekreterare, förbundschef</source>
        <translation>t.ex. sekreterare, förbundschef</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Tjänsteperson</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gäst</translation>
    </message>
    <message>
        <source>Co-opted</source>
        <translation>Adjungerad</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Official or guest</source>
        <translation>Tjänsteperson eller gäst</translation>
    </message>
</context>
<context>
    <name>ProceedingsDialog</name>
    <message>
        <source>Approval of the proposal</source>
        <translation>Bifall till förslaget</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Referral back</source>
        <translation>Återremiss</translation>
    </message>
    <message>
        <source>Own wording</source>
        <translation>Eget yrkande</translation>
    </message>
    <message>
        <source>V&amp;ote requested</source>
        <translation>&amp;Omröstning begärs</translation>
    </message>
    <message>
        <source>C&amp;losed (an election)</source>
        <translation>Sl&amp;uten (val)</translation>
    </message>
    <message>
        <source>Written reason to come</source>
        <translation>Skriftlig motivering kommer</translation>
    </message>
    <message>
        <source>Motions and votes, § %1 %2</source>
        <translation>Yrkanden och omröstning, § %1 %2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ledamot</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation>Yrkande</translation>
    </message>
    <message>
        <source>Wording of an own motion or referral</source>
        <translation>Lydelse för ett eget yrkande eller en återremiss</translation>
    </message>
    <message>
        <source>The protocol&apos;s text</source>
        <translation>Protokollets text</translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Ledamot</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Yrkanden</translation>
    </message>
    <message>
        <source>&amp;Add motion</source>
        <translation>Lägg till y&amp;rkande</translation>
    </message>
    <message>
        <source>Mo&amp;ves</source>
        <translation>&amp;Yrkar</translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation>Yrkat av</translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation>Instämmer</translation>
    </message>
    <message>
        <source>The member &amp;supports it</source>
        <translation>Ledamoten &amp;instämmer</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>&amp;Återtaget</translation>
    </message>
    <message>
        <source>The chair &amp;finds for</source>
        <translation>Ordföranden &amp;finner bifall till</translation>
    </message>
    <message>
        <source>chair&apos;s finding</source>
        <translation>ordförandens proposition</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <source>&amp;Yes for</source>
        <translation>&amp;Ja för</translation>
    </message>
    <message>
        <source>&amp;No for</source>
        <translation>&amp;Nej för</translation>
    </message>
    <message>
        <source>Yes votes</source>
        <translation>Ja-röster</translation>
    </message>
    <message>
        <source>No votes</source>
        <translation>Nej-röster</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Avstår</translation>
    </message>
    <message>
        <source>Closed tally (yes, no, abstain)</source>
        <translation>Slutna röstetal (ja, nej, avstår)</translation>
    </message>
    <message>
        <source>Vot&amp;es (J yes, N no, A abstains)</source>
        <translation>Rö&amp;ster (J ja, N nej, A avstår)</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>omröstning</translation>
    </message>
    <message>
        <source>After the decision</source>
        <translation>Efter beslutet</translation>
    </message>
    <message>
        <source>Reason, if given</source>
        <translation>Motivering, om den lämnas</translation>
    </message>
    <message>
        <source>&amp;Reserves</source>
        <translation>Reser&amp;verar sig</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>An&amp;teckna</translation>
    </message>
    <message>
        <source>Protocol note</source>
        <translation>Protokollsanteckning</translation>
    </message>
    <message>
        <source>Use this word&amp;ing</source>
        <translation>Använd &amp;denna lydelse</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>yrkande</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>reservation</translation>
    </message>
    <message>
        <source>protocol note</source>
        <translation>protokollsanteckning</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>lydelse</translation>
    </message>
    <message>
        <source>%1 of %2 members serve at this paragraph.</source>
        <translation>%1 av %2 ledamöter tjänstgör vid denna paragraf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No quorum:&lt;/b&gt; %1 of %2 members serve at this paragraph.</source>
        <translation>&lt;b&gt;Ej beslutför:&lt;/b&gt; %1 av %2 ledamöter tjänstgör vid denna paragraf.</translation>
    </message>
    <message>
        <source>(no finding)</source>
        <translation>(ingen proposition)</translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (återtaget)</translation>
    </message>
    <message>
        <source>%1 yes, %2 no, %3 abstain; %4 not voted</source>
        <translation>%1 ja, %2 nej, %3 avstår; %4 har inte röstat</translation>
    </message>
    <message>
        <source>Lot &amp;drawn for a tie</source>
        <translation>Lotten föll &amp;på</translation>
    </message>
    <message>
        <source>Reservation or note</source>
        <translation>Reservation eller anteckning</translation>
    </message>
    <message>
        <source>Written reason re&amp;ceived…</source>
        <translation>Skriftlig motivering &amp;mottagen…</translation>
    </message>
    <message>
        <source>Stri&amp;ke</source>
        <translation>Stry&amp;k</translation>
    </message>
    <message>
        <source>Written reservation</source>
        <translation>Skriftlig reservation</translation>
    </message>
    <message>
        <source>The reason as handed in:</source>
        <translation>Motiveringen som den lämnades in:</translation>
    </message>
    <message>
        <source>(no lot drawn)</source>
        <translation>(ingen lottning)</translation>
    </message>
    <message>
        <source>Reservation, written reason to come</source>
        <translation>Reservation, skriftlig motivering kommer</translation>
    </message>
    <message>
        <source>Reservation: %1</source>
        <translation>Reservation: %1</translation>
    </message>
    <message>
        <source>Protocol note: %1</source>
        <translation>Protokollsanteckning: %1</translation>
    </message>
    <message>
        <source>P&amp;ut next</source>
        <translation>Ställ under proposition, näst&amp;a</translation>
    </message>
    <message>
        <source>proposition order</source>
        <translation>propositionsordning</translation>
    </message>
    <message>
        <source> (put %1)</source>
        <translation> (proposition %1)</translation>
    </message>
    <message>
        <source>Empty: the sentences on the motions and the vote are made from the facts. Reservations and protocol notes are printed as recorded, also below your own wording.</source>
        <translation>Tomt: meningarna om yrkandena och omröstningen skrivs av fakta. Reservationer och protokollsanteckningar skrivs ut som de antecknats, även under din egen formulering.</translation>
    </message>
    <message>
        <source>the motion &quot;%1&quot;</source>
        <translation>yrkandet ”%1”</translation>
    </message>
    <message>
        <source>the reservation&apos;s reason &quot;%1&quot;</source>
        <translation>reservationens motivering ”%1”</translation>
    </message>
    <message>
        <source>the protocol note &quot;%1&quot;</source>
        <translation>protokollsanteckningen ”%1”</translation>
    </message>
    <message>
        <source>the protocol&apos;s own wording</source>
        <translation>protokollets egen formulering</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte antecknat</translation>
    </message>
    <message>
        <source>You typed %1, which is not recorded yet. Close and discard it?</source>
        <translation>Du har skrivit %1, som inte är antecknat än. Stäng och kasta det?</translation>
    </message>
    <message>
        <source>The &amp;protocol&apos;s own wording</source>
        <translation>Protokollets &amp;egen formulering</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>These pages will be written into the folder below, for the web site and its notice board. The archive copy is not changed.</source>
        <translation>De här sidorna skrivs till mappen nedan, för webbplatsen och dess anslagstavla. Arkivexemplaret ändras inte.</translation>
    </message>
    <message>
        <source>Pages to be written</source>
        <translation>Sidor som skrivs</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Masked in the web copy as &quot;%1&quot; (the archive copy keeps it):</source>
        <translation>Maskeras i webbkopian som &quot;%1&quot; (arkivexemplaret behåller det):</translation>
    </message>
    <message>
        <source>Masked in the web copy</source>
        <translation>Maskerat i webbkopian</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Posted on the notice board</source>
        <translation>Uppsatt på anslagstavlan</translation>
    </message>
    <message>
        <source>Posted &amp;on:</source>
        <translation>&amp;Uppsatt den:</translation>
    </message>
    <message>
        <source>Goes up &amp;on (recorded when published):</source>
        <translation>Sätts &amp;upp den (registreras vid publicering):</translation>
    </message>
    <message>
        <source>Say which folder the pages are written into.</source>
        <translation>Ange vilken mapp sidorna ska skrivas till.</translation>
    </message>
    <message>
        <source>Nothing is marked, and no personal data was found to mask.</source>
        <translation>Inget är markerat, och inga personuppgifter hittades att maskera.</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>markerat</translation>
    </message>
    <message>
        <source>marked – the text is no longer there</source>
        <translation>markerat – texten finns inte längre</translation>
    </message>
    <message>
        <source>No paragraph is flagged as concerning an individual (Ctrl+Shift+H).</source>
        <translation>Ingen paragraf är angiven som rörande en enskild (Ctrl+Skift+H).</translation>
    </message>
    <message>
        <source>Concerning an individual (names of private persons masked): %1</source>
        <translation>Rör en enskild (namn på privatpersoner maskeras): %1</translation>
    </message>
</context>
<context>
    <name>PublishText</name>
    <message>
        <source>A group that keeps notes has no adjustment to announce on the notice board.</source>
        <translation>En grupp som för minnesanteckningar har ingen justering att tillkännage på anslagstavlan.</translation>
    </message>
    <message>
        <source>The meeting has no § %1.</source>
        <translation>Sammanträdet har ingen § %1.</translation>
    </message>
    <message>
        <source>Web copy of the extract</source>
        <translation>Webbkopia av utdraget</translation>
    </message>
    <message>
        <source>Web copy of the protocol</source>
        <translation>Webbkopia av protokollet</translation>
    </message>
    <message>
        <source>Notice on the notice board</source>
        <translation>Anslag på anslagstavlan</translation>
    </message>
    <message>
        <source>The notice board as an Atom feed</source>
        <translation>Anslagstavlan som Atom-flöde</translation>
    </message>
    <message>
        <source>The notice board</source>
        <translation>Anslagstavlan</translation>
    </message>
    <message>
        <source>The folder %1 could not be made; nothing was published.</source>
        <translation>Mappen %1 kunde inte skapas; ingenting publicerades.</translation>
    </message>
    <message>
        <source>The meeting of %1 has not been held; there are no notes to publish.</source>
        <translation>Sammanträdet %1 har inte hållits; det finns inga minnesanteckningar att publicera.</translation>
    </message>
    <message>
        <source>The protocol of %1 is not adjusted, so it is not published: only an adjusted protocol goes on the web and the notice board.</source>
        <translation>Protokollet från %1 är inte justerat och publiceras därför inte: bara ett justerat protokoll läggs ut på webben och anslagstavlan.</translation>
    </message>
    <message>
        <source>Only a protocol or an extract has a web copy.</source>
        <translation>Bara ett protokoll eller ett utdrag har en webbkopia.</translation>
    </message>
    <message>
        <source>mark %1 in %2: &quot;%3&quot;</source>
        <translation>markering %1 i %2: &quot;%3&quot;</translation>
    </message>
    <message numerus="yes">
        <source>The text of %n marked passage(s) is no longer in the protocol, so the web copy cannot mask it: %1. Remove the mark, or mark the text as it is written now; nothing was published.</source>
        <translation><numerusform>Texten i %n markerat avsnitt finns inte längre i protokollet, så webbkopian kan inte maskera den: %1. Ta bort markeringen eller markera texten som den nu är skriven; inget publicerades.</numerusform><numerusform>Texten i %n markerade avsnitt finns inte längre i protokollet, så webbkopian kan inte maskera den: %1. Ta bort markeringarna eller markera texten som den nu är skriven; inget publicerades.</numerusform></translation>
    </message>
    <message>
        <source>Say which text is not to be published.</source>
        <translation>Ange vilken text som inte ska publiceras.</translation>
    </message>
    <message>
        <source>A marked passage may be at most %1 characters; this one has %2. Mark a shorter part.</source>
        <translation>Ett markerat avsnitt får vara högst %1 tecken; detta har %2. Markera en kortare del.</translation>
    </message>
    <message>
        <source>The paragraph is not one of this meeting&apos;s.</source>
        <translation>Paragrafen hör inte till detta sammanträde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2 as it is written (a marked passage stands in one text and one style: mark a part without bold, italics or a line break).</source>
        <translation>&quot;%1&quot; står inte i %2 så som den är skriven (ett markerat avsnitt står i en text och ett format: markera en del utan fetstil, kursiv eller radbrytning).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked in %2 already.</source>
        <translation>&quot;%1&quot; är redan markerat i %2.</translation>
    </message>
    <message>
        <source>The meeting has no mark %1; paragraf-cli mark FILE MEETING lists them.</source>
        <translation>Sammanträdet har ingen markering %1; paragraf-cli mark FIL SAMMANTRÄDE listar dem.</translation>
    </message>
    <message>
        <source>The pages were written, but the publication could not be recorded: %1</source>
        <translation>Sidorna skrevs, men publiceringen kunde inte registreras: %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;namn:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filer av typen:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mapp:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Välj mapp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bakåt</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå bakåt</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå framåt</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Överordnad mapp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå till den överordnade mappen</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Skapa ny mapp</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Skapa en ny mapp</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mapp</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listvy</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Visa som lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvy</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Visa med detaljer</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Platser och bokmärken</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Visa &amp;dolda filer</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finns redan.
Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Vill du verkligen ta bort ”%1”?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Datorn</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Datorn</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Ogiltigt filnamn</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Present: %1</source>
        <translation>Närvarande: %1</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Frånvarande: %1</translation>
    </message>
    <message>
        <source>%1 stays</source>
        <translation>%1 stannar</translation>
    </message>
    <message>
        <source>%1 leaves</source>
        <translation>%1 lämnar</translation>
    </message>
    <message>
        <source>%1 arrives</source>
        <translation>%1 anländer</translation>
    </message>
    <message>
        <source>%1 has no personal substitute at this meeting.</source>
        <translation>%1 har ingen personlig ersättare vid detta sammanträde.</translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation>Ersättare: %1</translation>
    </message>
    <message>
        <source>%1 stops serving</source>
        <translation>%1 slutar tjänstgöra</translation>
    </message>
    <message>
        <source>%1 serves</source>
        <translation>%1 tjänstgör</translation>
    </message>
    <message>
        <source>Jäv is noted for a paragraph: add or choose the paragraph first.</source>
        <translation>Jäv antecknas för en paragraf: lägg till eller välj paragrafen först.</translation>
    </message>
    <message>
        <source>No jäv: %1</source>
        <translation>Inget jäv: %1</translation>
    </message>
    <message>
        <source>Jäv: %1</source>
        <translation>Jäv: %1</translation>
    </message>
    <message>
        <source>Export protocol</source>
        <translation>Exportera protokoll</translation>
    </message>
    <message>
        <source>PDF/A documents (*.pdf)</source>
        <translation>PDF/A-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-text (*.odt)</translation>
    </message>
    <message>
        <source>Exporting %1 …</source>
        <translation>Exporterar %1 …</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <source>The protocol was saved as %1.</source>
        <translation>Protokollet sparades som %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Ny paragraf</translation>
    </message>
    <message>
        <source>Delete paragraph</source>
        <translation>Ta bort paragraf</translation>
    </message>
    <message>
        <source>Move paragraph</source>
        <translation>Flytta paragraf</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Skrivning</translation>
    </message>
    <message>
        <source>Change the meeting details</source>
        <translation>Ändra sammanträdets uppgifter</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Paragraf database</source>
        <translation>Paragraf-databas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Avsnittsrubrik</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Who presides changes at a paragraph: add or choose the paragraph first (the chair at the start is chosen in the meeting&apos;s details, Ctrl+Shift+I).</source>
        <translation>Ordförandeskapet växlar vid en paragraf: lägg till eller välj paragrafen först (ordförande från början väljs i sammanträdets uppgifter, Ctrl+Skift+I).</translation>
    </message>
    <message>
        <source>%1 does not take the chair here</source>
        <translation>%1 tar inte över som ordförande här</translation>
    </message>
    <message>
        <source>%1 presides</source>
        <translation>%1 är ordförande</translation>
    </message>
    <message>
        <source>Adjourned at %1</source>
        <translation>Ajournerat kl. %1</translation>
    </message>
    <message>
        <source>Change the adjournment from %1</source>
        <translation>Ändra ajourneringen från kl. %1</translation>
    </message>
    <message>
        <source>Resumed at %1</source>
        <translation>Återupptaget kl. %1</translation>
    </message>
    <message>
        <source>Remove the adjournment from %1</source>
        <translation>Ta bort ajourneringen från kl. %1</translation>
    </message>
    <message>
        <source>Time of %1: %2</source>
        <translation>Klockslag för %1: %2</translation>
    </message>
    <message>
        <source>Adjourned since %1</source>
        <translation>Ajournerat sedan kl. %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>before the first paragraph</source>
        <translation>före första paragrafen</translation>
    </message>
    <message>
        <source>inside § %1</source>
        <translation>inom § %1</translation>
    </message>
    <message>
        <source>after § %1</source>
        <translation>efter § %1</translation>
    </message>
    <message>
        <source>after the last paragraph</source>
        <translation>efter sista paragrafen</translation>
    </message>
    <message>
        <source>before § %1</source>
        <translation>före § %1</translation>
    </message>
    <message>
        <source>%1 arrives %2</source>
        <translation>%1 anländer %2</translation>
    </message>
    <message>
        <source>%1 leaves %2</source>
        <translation>%1 lämnar %2</translation>
    </message>
    <message>
        <source>no time noted</source>
        <translation>inget klockslag antecknat</translation>
    </message>
    <message>
        <source>Change the meeting&apos;s rules</source>
        <translation>Ändra sammanträdets regler</translation>
    </message>
    <message>
        <source>What was recorded before it could not be taken back (%1); the meeting is shown as the file holds it.</source>
        <translation>Det som antecknades före kunde inte tas tillbaka (%1); sammanträdet visas som det står i filen.</translation>
    </message>
    <message>
        <source>The earlier handover could not be put back (%1); the meeting is shown as the file holds it.</source>
        <translation>Det tidigare ordförandeskiftet kunde inte läggas tillbaka (%1); sammanträdet visas som det står i filen.</translation>
    </message>
    <message>
        <source>The protocol was not printed on %1: %2 Check the printer (or the file and its folder) and try again.</source>
        <translation>Protokollet skrevs inte ut på %1: %2 Kontrollera skrivaren (eller filen och dess mapp) och försök igen.</translation>
    </message>
    <message>
        <source>The preview cannot be shown</source>
        <translation>Förhandsgranskningen kan inte visas</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Utskriften misslyckades</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>%1 does not serve</source>
        <translation>%1 tjänstgör inte</translation>
    </message>
    <message>
        <source>%1 serves on</source>
        <translation>%1 fortsätter att tjänstgöra</translation>
    </message>
    <message>
        <source>%1 serves for this paragraph (jäv)</source>
        <translation>%1 tjänstgör för denna paragraf (jäv)</translation>
    </message>
</context>
<context>
    <name>QPageSetupDialog</name>
    <message>
        <source>Page Setup</source>
        <translation>Utskriftsformat</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Pappersstorlek:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Bredd:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Höjd:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Papperskälla:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Omvänt liggande</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Omvänt stående</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marginaler</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>övre marginal</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>vänster marginal</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>höger marginal</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>nedre marginal</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Sidlayout</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Sidordning:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Sidor per ark:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Anpassad</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Tum (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Punkter (pt)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Alternativ &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Alternativ &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Skriv ut till fil (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokal fil</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Skriv en PDF-fil</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Alla sidor</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Udda sidor</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Jämna sidor</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Ogiltiga sidor</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Värdet i ”Från” kan inte vara större än värdet i ”Till”.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 är en mapp.
Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Motstridiga inställningar för dubbelsidig utskrift</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Vänster till höger, uppifrån och ned</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Vänster till höger, nedifrån och upp</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Höger till vänster, nedifrån och upp</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Höger till vänster, uppifrån och ned</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Nedifrån och upp, vänster till höger</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Nedifrån och upp, höger till vänster</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Uppifrån och ned, vänster till höger</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Uppifrån och ned, höger till vänster</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Första sidan</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Sista sidan</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredden</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Anpassa till sidan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Visa en sida</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Visa uppslag</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Visa alla sidor</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Utskriftsformat</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Utskriftsformat</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exportera till PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Skrivaregenskaper</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Utskriftsalternativ</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Motstridiga sidinställningar</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Motstridiga avancerade alternativ</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Kopior</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Utskriftsinställningar</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Utskriftsintervall</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Skriv ut allt</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Sidor från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Aktuell sida</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Kopior:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sortera</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Omvänd ordning</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Färgläge</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Gråskala</translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation>Dubbelsidig utskrift</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Long side</source>
        <translation>Långsidan</translation>
    </message>
    <message>
        <source>Short side</source>
        <translation>Kortsidan</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Sidurval:</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dubbelsidig utskrift</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Bindning längs långsidan</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Bindning längs kortsidan</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Skrivare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Utskrifts&amp;fil:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>ReadOrSay</name>
    <message>
        <source>Not read from the file</source>
        <translation>Inte läst från filen</translation>
    </message>
    <message>
        <source>This could not be read from the file, so what is shown may be incomplete: %1</source>
        <translation>Detta kunde inte läsas från filen, så det som visas kan vara ofullständigt: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>godtagen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avslagen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Remarks and corrections</source>
        <translation>Anmärkningar och ändringar</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <source>Paragraph of the remark</source>
        <translation>Anmärkningens paragraf</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>What should be changed, and why</source>
        <translation>Vad som bör ändras, och varför</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>§</source>
        <translation>§</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Changes since last read</source>
        <translation>Ändringar sedan senaste läsningen</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>G&amp;ranskare</translation>
    </message>
    <message>
        <source>A&amp;dd remark</source>
        <translation>&amp;Lägg till anmärkning</translation>
    </message>
    <message>
        <source>Re&amp;mark on</source>
        <translation>Anmärkning &amp;gäller</translation>
    </message>
    <message>
        <source>&amp;Accept with the change…</source>
        <translation>Go&amp;dta med ändringen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Avslå…</translation>
    </message>
    <message>
        <source>&amp;Correct the text…</source>
        <translation>Ä&amp;ndra texten…</translation>
    </message>
    <message>
        <source>Changed since the reviewer last &amp;read:</source>
        <translation>Ändrat sedan granskaren senast l&amp;äste:</translation>
    </message>
    <message>
        <source>Mark as r&amp;ead</source>
        <translation>Markera som lä&amp;st</translation>
    </message>
    <message>
        <source>The whole protocol</source>
        <translation>Hela protokollet</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>hela</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing has changed since %1 last read the protocol.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inget har ändrats sedan %1 senast läste protokollet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose the remark to answer first.</source>
        <translation>Välj först anmärkningen som ska besvaras.</translation>
    </message>
    <message>
        <source>Reject the remark</source>
        <translation>Avslå anmärkningen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Skäl:</translation>
    </message>
    <message>
        <source>Remar&amp;k</source>
        <translation>Anmär&amp;kning</translation>
    </message>
</context>
<context>
    <name>RichTextField</name>
    <message>
        <source>colours</source>
        <translation>färger</translation>
    </message>
    <message>
        <source>sizes and fonts</source>
        <translation>storlekar och typsnitt</translation>
    </message>
    <message>
        <source>images</source>
        <translation>bilder</translation>
    </message>
    <message>
        <source>headings (kept as bold text)</source>
        <translation>rubriker (behållna som fet text)</translation>
    </message>
    <message>
        <source>links to files</source>
        <translation>länkar till filer</translation>
    </message>
    <message>
        <source>Pasted without %1.</source>
        <translation>Inklistrat utan %1.</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <source>Roll call</source>
        <translation>Upprop</translation>
    </message>
    <message>
        <source>Type a few letters of a name. Return: absent, and the next substitute of the party is called in. Shift+Return: present again. Ctrl+Z: undo.</source>
        <translation>Skriv några bokstäver av ett namn. Retur: frånvarande, och partiets nästa ersättare kallas in. Skift+Retur: närvarande igen. Ctrl+Z: ångra.</translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation>Sök ett namn</translation>
    </message>
    <message>
        <source>Members and substitutes</source>
        <translation>Ledamöter och ersättare</translation>
    </message>
    <message>
        <source>Undone or redone; the list shows the roll call as it is now.</source>
        <translation>Ångrat eller gjort om; listan visar uppropet som det är nu.</translation>
    </message>
    <message>
        <source>Roll call: everyone present</source>
        <translation>Upprop: alla närvarande</translation>
    </message>
    <message>
        <source>%1 of %2 members present</source>
        <translation>%1 av %2 ledamöter närvarande</translation>
    </message>
    <message>
        <source>Absent at the roll call: %1</source>
        <translation>Frånvarande vid uppropet: %1</translation>
    </message>
    <message>
        <source>%1 is absent.</source>
        <translation>%1 är frånvarande.</translation>
    </message>
    <message>
        <source>%1 (%2) serves for %3 from the start.</source>
        <translation>%1 (%2) tjänstgör för %3 från början.</translation>
    </message>
    <message>
        <source>Present at the roll call: %1</source>
        <translation>Närvarande vid uppropet: %1</translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation>%1 är närvarande.</translation>
    </message>
    <message>
        <source>%1 names match &quot;%2&quot;: write more of the name, or choose one with the arrow keys.</source>
        <translation>%1 namn passar in på &quot;%2&quot;: skriv mer av namnet, eller välj ett med piltangenterna.</translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <source>absent, %1 serves</source>
        <translation>frånvarande, %1 tjänstgör</translation>
    </message>
    <message>
        <source>present</source>
        <translation>närvarande</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>frånvarande</translation>
    </message>
    <message>
        <source>serves for %1</source>
        <translation>tjänstgör för %1</translation>
    </message>
    <message>
        <source>present substitute</source>
        <translation>närvarande ersättare</translation>
    </message>
    <message>
        <source>%1 (substitute)</source>
        <translation>%1 (ersättare)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>At the roll call</source>
        <translation>Vid uppropet</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>Importera ledamöter</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, separated by &quot;%3&quot;. Nothing is written until you import.</source>
        <translation><numerusform>%1: %n rad, %2, avgränsad med &quot;%3&quot;. Inget skrivs förrän du importerar.</numerusform><numerusform>%1: %n rader, %2, avgränsade med &quot;%3&quot;. Inget skrivs förrän du importerar.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s). Nothing has been changed; correct the file and try again.</source>
        <translation><numerusform>%1 kan inte importeras: %n problem. Inget har ändrats; rätta filen och försök igen.</numerusform><numerusform>%1 kan inte importeras: %n problem. Inget har ändrats; rätta filen och försök igen.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>For</source>
        <translation>För</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>%1 for %2</source>
        <translation>%1 för %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>%1 no. %2 in the order of election</source>
        <translation>%1 nr %2 i inkallelseordningen</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Show &amp;history</source>
        <translation>Visa &amp;historik</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Ledamöter</translation>
    </message>
    <message>
        <source>Roster &amp;on</source>
        <translation>Ledamöter &amp;den</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importera från CSV…</translation>
    </message>
    <message>
        <source>Chairs of &amp;year</source>
        <translation>Ordförande för &amp;år</translation>
    </message>
    <message>
        <source>&amp;Vice chair</source>
        <translation>&amp;Vice ordförande</translation>
    </message>
    <message>
        <source>S&amp;uggest by rotation</source>
        <translation>Föreslå enligt ro&amp;tation</translation>
    </message>
    <message>
        <source>&amp;Save chairs</source>
        <translation>&amp;Spara ordförande</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(inte vald)</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Inte möjligt</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importera ledamöter</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Filen kan inte läsas</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Inget importerades</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndra…</translation>
    </message>
    <message>
        <source>&amp;End on the day shown</source>
        <translation>Avsluta på visad da&amp;g</translation>
    </message>
    <message>
        <source>Chai&amp;r</source>
        <translation>O&amp;rdförande</translation>
    </message>
    <message>
        <source>The roster cannot be checked</source>
        <translation>Ledamöterna kan inte kontrolleras</translation>
    </message>
</context>
<context>
    <name>RosterText</name>
    <message>
        <source>The name is missing.</source>
        <translation>Namnet saknas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (ledamot, ersättare, ordförande, vice ordförande, adjungerad).</source>
        <translation>&quot;%1&quot; är ingen roll (ledamot, ersättare, ordförande, vice ordförande, adjungerad).</translation>
    </message>
    <message>
        <source>A personal substitute must name the member they stand in for.</source>
        <translation>En personlig ersättare måste ange ledamoten hen ersätter.</translation>
    </message>
    <message>
        <source>Only a substitute stands in for a member.</source>
        <translation>Bara en ersättare ersätter en ledamot.</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Sista dagen ligger före den första.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2024-01-31).</source>
        <translation>&quot;%1&quot; är inget datum (skriv det som 2024-01-31).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation>Okänd kolumn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no column for the name (&quot;namn&quot; or &quot;name&quot;).</source>
        <translation>Det finns ingen kolumn för namnet (&quot;namn&quot; eller &quot;name&quot;).</translation>
    </message>
    <message>
        <source>The line has %1 fields; the header has %2.</source>
        <translation>Raden har %1 fält; rubrikraden har %2.</translation>
    </message>
    <message>
        <source>A body needs a name.</source>
        <translation>Ett organ behöver ett namn.</translation>
    </message>
    <message>
        <source>An organisation holds at least one seat.</source>
        <translation>En organisation har minst en plats.</translation>
    </message>
    <message>
        <source>There is no membership with id %1.</source>
        <translation>Det finns inget uppdrag med id %1.</translation>
    </message>
    <message>
        <source>A change begins after the membership began (%1).</source>
        <translation>En ändring börjar efter att uppdraget började (%1).</translation>
    </message>
    <message>
        <source>%1 is already on the roster.</source>
        <translation>%1 finns redan bland ledamöterna.</translation>
    </message>
    <message>
        <source>%1 is not a member of the body.</source>
        <translation>%1 är inte ledamot i organet.</translation>
    </message>
    <message numerus="yes">
        <source>The roster has %n problem(s); nothing was imported.</source>
        <translation><numerusform>Ledamotslistan har %n problem; inget importerades.</numerusform><numerusform>Ledamotslistan har %n problem; inget importerades.</numerusform></translation>
    </message>
    <message>
        <source>The chair and the vice chair must be members on 1 January %1.</source>
        <translation>Ordförande och vice ordförande måste vara ledamöter den 1 januari %1.</translation>
    </message>
    <message>
        <source>The chair cannot also be the vice chair.</source>
        <translation>Ordföranden kan inte också vara vice ordförande.</translation>
    </message>
    <message>
        <source>There is already a body named %1.</source>
        <translation>Det finns redan ett organ som heter %1.</translation>
    </message>
    <message>
        <source>A mandate period needs a first and a last day, in order.</source>
        <translation>En mandatperiod behöver en första och en sista dag, i den ordningen.</translation>
    </message>
    <message>
        <source>The period overlaps %1–%2.</source>
        <translation>Perioden överlappar %1–%2.</translation>
    </message>
    <message>
        <source>A membership needs its first day.</source>
        <translation>Ett uppdrag behöver sin första dag.</translation>
    </message>
    <message>
        <source>The field holds a control character (U+%1); remove it.</source>
        <translation>Fältet innehåller ett styrtecken (U+%1); ta bort det.</translation>
    </message>
    <message>
        <source>%1 is already listed on line %2.</source>
        <translation>%1 finns redan på rad %2.</translation>
    </message>
    <message>
        <source>The last day %1 is before the first, %2.</source>
        <translation>Sista dagen %1 är före den första, %2.</translation>
    </message>
    <message>
        <source>The field is %1 characters long; at most %2 are allowed.</source>
        <translation>Fältet är %1 tecken långt; högst %2 är tillåtna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place in the order of election (1, 2, 3 …).</source>
        <translation>&quot;%1&quot; är ingen plats i inkallelseordningen (1, 2, 3 …).</translation>
    </message>
    <message>
        <source>Only a substitute has a place in the order of election.</source>
        <translation>Bara en ersättare har en plats i inkallelseordningen.</translation>
    </message>
    <message>
        <source>A substitute called in by the order of election needs a party.</source>
        <translation>En ersättare som kallas in efter inkallelseordningen behöver ett parti.</translation>
    </message>
</context>
<context>
    <name>RulesFields</name>
    <message>
        <source>Print decisions written as att-cla&amp;uses one clause a line</source>
        <translation>Beslut i att-satser skrivs med &amp;en att-sats per rad</translation>
    </message>
    <message>
        <source>A member who left may ser&amp;ve again when no substitute stepped in</source>
        <translation>En ledamot som lämnat sammanträdet får åter&amp;inträda när ingen ersättare trätt in</translation>
    </message>
    <message>
        <source>e.g. KS, KF, AU (empty: § 12)</source>
        <translation>t.ex. KS, KF, AU (tomt: § 12)</translation>
    </message>
    <message>
        <source>Adjusters required besides the chair</source>
        <translation>Antal justerare som krävs utöver ordföranden</translation>
    </message>
    <message>
        <source>e.g. Justeras av (empty: Underskrifter)</source>
        <translation>t.ex. Justeras av (tomt: Underskrifter)</translation>
    </message>
    <message>
        <source>Paragraph prefi&amp;x</source>
        <translation>Paragrafprefi&amp;x</translation>
    </message>
    <message>
        <source>Adjusters re&amp;quired</source>
        <translation>Antal justerare som &amp;krävs</translation>
    </message>
    <message>
        <source>Si&amp;gnature block label</source>
        <translation>Rubrik för &amp;underskrifterna</translation>
    </message>
    <message>
        <source>Deciding members listed in an appendix (&amp;bilaga 1)</source>
        <translation>Beslutande redovisas i bila&amp;ga 1 (närvaro- och voteringslista)</translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>The paragraph prefix is a short name of the body such as &quot;KS&quot; or &quot;KF&quot; (at most %1 characters, without §).</source>
        <translation>Paragrafprefixet är ett kort namn på organet, t.ex. &quot;KS&quot; eller &quot;KF&quot; (högst %1 tecken, utan §).</translation>
    </message>
    <message>
        <source>The number of adjusters the body requires is between 1 and %1.</source>
        <translation>Antalet justerare som organet kräver är mellan 1 och %1.</translation>
    </message>
    <message>
        <source>The label of the signature block</source>
        <translation>Rubriken för underskrifterna</translation>
    </message>
    <message>
        <source>The notice stays up for at least %1 days: it must be up until the three weeks of appeal have run (kommunallagen 8 kap. 12 § and 13 kap. 5 §); at most %2.</source>
        <translation>Anslaget sitter uppe i minst %1 dagar: det ska sitta uppe tills de tre veckorna för överklagande har gått ut (kommunallagen 8 kap. 12 § och 13 kap. 5 §); högst %2.</translation>
    </message>
    <message>
        <source>The notice&apos;s signer</source>
        <translation>Den som undertecknar anslaget</translation>
    </message>
    <message>
        <source>The signer&apos;s title</source>
        <translation>Undertecknarens titel</translation>
    </message>
    <message>
        <source>The notice&apos;s wording</source>
        <translation>Anslagets formulering</translation>
    </message>
    <message>
        <source>The paragraph prefix</source>
        <translation>Paragrafprefixet</translation>
    </message>
    <message>
        <source>The wording where something is masked</source>
        <translation>Texten där något maskerats</translation>
    </message>
</context>
<context>
    <name>ScheduleEntryDialog</name>
    <message>
        <source>At a set time</source>
        <translation>På en bestämd tid</translation>
    </message>
    <message>
        <source>Planned meeting</source>
        <translation>Planerat sammanträde</translation>
    </message>
    <message>
        <source>e.g. Politiska samrådsgruppen</source>
        <translation>t.ex. Politiska samrådsgruppen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Börjar</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Slutar</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <source>&amp;Together with</source>
        <translation>Tillsammans &amp;med</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Anteckning</translation>
    </message>
    <message>
        <source>Second da&amp;y</source>
        <translation>A&amp;ndra dagen</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>created</source>
        <translation>skapat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Together with</source>
        <translation>Tillsammans med</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sammanträde</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Planned meetings</source>
        <translation>Planerade sammanträden</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;År</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndra…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Create the &amp;meeting</source>
        <translation>Skapa &amp;sammanträdet</translation>
    </message>
    <message>
        <source>E&amp;xport calendar (.ics)…</source>
        <translation>E&amp;xportera kalender (.ics)…</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Inte möjligt</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>Exportera sammanträdesplanen</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>The calendar cannot be written</source>
        <translation>Kalendern kan inte skrivas</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>The file is not an iCalendar calendar.</source>
        <translation>Filen är ingen iCalendar-kalender.</translation>
    </message>
    <message>
        <source>A planned meeting needs a valid date.</source>
        <translation>Ett planerat sammanträde behöver ett giltigt datum.</translation>
    </message>
    <message>
        <source>A two-day session needs a second day after the first.</source>
        <translation>Ett tvådagarsinternat behöver en andra dag efter den första.</translation>
    </message>
    <message>
        <source>Only a two-day session has a second day.</source>
        <translation>Bara ett tvådagarsinternat har en andra dag.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts (%1–%2).</source>
        <translation>Sammanträdet måste sluta efter att det börjar (%1–%2).</translation>
    </message>
    <message>
        <source>The meeting of %1 has already been created.</source>
        <translation>Sammanträdet %1 är redan skapat.</translation>
    </message>
    <message>
        <source>There is no planned meeting with id %1.</source>
        <translation>Det finns inget planerat sammanträde med id %1.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>§ %1 %2 — %3, %4</source>
        <translation>§ %1 %2 — %3, %4</translation>
    </message>
    <message>
        <source>Search all meetings</source>
        <translation>Sök i alla sammanträden</translation>
    </message>
    <message>
        <source>Words to look for, e.g. skola Hallen</source>
        <translation>Ord att söka efter, t.ex. skola Hallen</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Sök efter</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>&amp;Open at the paragraph</source>
        <translation>&amp;Öppna vid paragrafen</translation>
    </message>
    <message>
        <source>&amp;Search for:</source>
        <translation>&amp;Sök efter:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Organ:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Å&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Type at least three letters. Down goes to the results, Enter opens the meeting at the paragraph.</source>
        <translation>Skriv minst tre bokstäver. Nedåtpil går till träffarna, Retur öppnar sammanträdet vid paragrafen.</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Alla organ</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Oavsett status</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first (%1 ms).</source>
        <translation><numerusform>%n träff, bäst först (%1 ms).</numerusform><numerusform>%n träffar, bäst först (%1 ms).</numerusform></translation>
    </message>
    <message>
        <source>Words of fewer than three letters or digits are not looked for: type a longer word.</source>
        <translation>Ord kortare än tre bokstäver eller siffror söks inte: skriv ett längre ord.</translation>
    </message>
    <message>
        <source>Too short to look for: %1.</source>
        <translation>För kort för att sökas: %1.</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Section heading (e.g. Bakgrund)</source>
        <translation>Avsnittets rubrik (t.ex. Bakgrund)</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Avsnittets rubrik</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Avsnittets text</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>secretary</source>
        <translation>sekreterare</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>ordförande</translation>
    </message>
    <message>
        <source>adjuster</source>
        <translation>justerare</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>har inte skrivit under</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>vägrar: %1</translation>
    </message>
    <message>
        <source>signed an earlier wording: must sign again</source>
        <translation>skrev under en tidigare lydelse: måste skriva under igen</translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation>skrev under på papper</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>har skrivit under</translation>
    </message>
    <message>
        <source>Sign the protocol</source>
        <translation>Skriv under protokollet</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Namn som bekräftelse</translation>
    </message>
    <message>
        <source>The signatory&apos;s full name</source>
        <translation>Undertecknarens fullständiga namn</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>Skäl att vägra</translation>
    </message>
    <message>
        <source>In &amp;person on this computer</source>
        <translation>&amp;Personligen vid den här datorn</translation>
    </message>
    <message>
        <source>Signed on &amp;paper (recorded by the secretary)</source>
        <translation>Skrev under på papp&amp;er (registreras av sekreteraren)</translation>
    </message>
    <message>
        <source>&amp;Refuses to sign</source>
        <translation>&amp;Vägrar skriva under</translation>
    </message>
    <message>
        <source>&amp;Signatory</source>
        <translation>Under&amp;tecknare</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>S&amp;käl</translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation>Skriv &amp;under</translation>
    </message>
    <message>
        <source>Checksum of the protocol as it is now (SHA-256): %1</source>
        <translation>Protokollets kontrollsumma som det ser ut nu (SHA-256): %1</translation>
    </message>
    <message>
        <source>As &amp;myself, logged in as %1 (the server records the login and the time)</source>
        <translation>Som &amp;mig själv, inloggad som %1 (servern registrerar inloggningen och tiden)</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>Database error (%1): %2 [%3] with (%4)</source>
        <translation>Databasfel (%1): %2 [%3] med (%4)</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>databasen är inte öppen</translation>
    </message>
    <message>
        <source>%1 cannot be bound</source>
        <translation>%1 kan inte bindas</translation>
    </message>
    <message>
        <source>The file is busy: another program or window is writing to it and did not finish in time. Nothing was changed; try again in a moment.</source>
        <translation>Filen är upptagen: ett annat program eller fönster skriver i den och blev inte klart i tid. Ingenting ändrades; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The disk holding the file is full: the change was not saved, and what was saved before is intact. Free some space and try again.</source>
        <translation>Disken där filen ligger är full: ändringen sparades inte, och det som sparats tidigare är oskadat. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The server is busy: someone else is changing the same thing and did not finish in time. Nothing was changed; try again in a moment.</source>
        <translation>Servern är upptagen: någon annan ändrar samma sak och blev inte klar i tid. Ingenting ändrades; försök igen om en stund.</translation>
    </message>
    <message>
        <source>Your login may not make this change on the server: it writes only the meetings of the bodies it was given (a chair&apos;s or adjuster&apos;s: their own signatures and remarks; a reader&apos;s: nothing). Nothing was changed.</source>
        <translation>Din inloggning får inte göra den här ändringen på servern: den skriver bara sammanträden i de organ den har fått (en ordförandes eller justerares: sina egna underskrifter och anmärkningar; en läsares: ingenting). Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the connection to it was lost. Nothing was changed; it can be done again when the server is back.</source>
        <translation>Servern kan inte nås: anslutningen till den bröts. Ingenting ändrades; det kan göras igen när servern är tillbaka.</translation>
    </message>
    <message>
        <source>The protocol is out for adjustment: who takes part, who signs and the meeting&apos;s details stay as they were sent, and its text is changed only through a recorded correction (Adjustment → Remarks and corrections). Nothing was changed.</source>
        <translation>Protokollet är ute för justering: vilka som deltar, vilka som justerar och sammanträdets uppgifter står kvar som när det skickades, och texten ändras bara genom en registrerad ändring (Justering → Anmärkningar och ändringar). Ingenting ändrades.</translation>
    </message>
    <message>
        <source>A protocol becomes adjusted only when everyone who signs it has signed it after it was sent for adjustment; the server refused to make it adjusted, announced or archived otherwise. Nothing was changed.</source>
        <translation>Ett protokoll blir justerat först när alla som ska skriva under det har gjort det efter att det skickats för justering; servern vägrade att på annat sätt göra det justerat, anslaget eller arkiverat. Ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Database error (%1): %2</source>
        <translation>Databasfel (%1): %2</translation>
    </message>
    <message>
        <source>a statement of the change failed; nothing of it was saved</source>
        <translation>en del av ändringen misslyckades; ingenting av den sparades</translation>
    </message>
</context>
<context>
    <name>VoteTable</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Abstains</source>
        <translation>Avstår</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ledamot</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Röst</translation>
    </message>
    <message>
        <source>Votes: J yes, N no, A abstains, Delete clears</source>
        <translation>Röster: J ja, N nej, A avstår, Delete tar bort</translation>
    </message>
</context>
<context>
    <name>WaitingDialog</name>
    <message>
        <source>secretary</source>
        <translation>sekreterare</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>ordförande</translation>
    </message>
    <message>
        <source>adjuster</source>
        <translation>justerare</translation>
    </message>
    <message>
        <source>corrected since you signed: sign again</source>
        <translation>rättat sedan du signerade: signera igen</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>inte signerat</translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) unanswered</source>
        <translation><numerusform>%n anmärkning obesvarad</numerusform><numerusform>%n anmärkningar obesvarade</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) answered</source>
        <translation><numerusform>%n anmärkning besvarad</numerusform><numerusform>%n anmärkningar besvarade</numerusform></translation>
    </message>
    <message>
        <source>Protocols waiting for me</source>
        <translation>Protokoll som väntar på mig</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sammanträde</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>I sign as</source>
        <translation>Jag signerar som</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>&amp;Open the protocol</source>
        <translation>&amp;Öppna protokollet</translation>
    </message>
    <message>
        <source>The login %1 is not a person&apos;s: nothing waits for it.</source>
        <translation>Inloggningen %1 hör inte till någon person: ingenting väntar på den.</translation>
    </message>
    <message>
        <source>Nothing waits for you (%1).</source>
        <translation>Ingenting väntar på dig (%1).</translation>
    </message>
    <message>
        <source>Logged in as %1. Enter opens the protocol to read the draft, leave remarks (Ctrl+Shift+R) and sign (Ctrl+Shift+J).</source>
        <translation>Inloggad som %1. Retur öppnar protokollet för att läsa utkastet, lämna anmärkningar (Ctrl+Skift+R) och signera (Ctrl+Skift+J).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Minutes and protocols for Swedish bodies.</source>
        <translation>Anteckningar och protokoll för svenska organ.</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>Databasen som ska öppnas.</translation>
    </message>
    <message>
        <source>Show this meeting (an id from paragraf-cli list).</source>
        <translation>Visa detta sammanträde (ett id från paragraf-cli list).</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown and idle (for timing the start).</source>
        <translation>Avsluta så snart fönstret visas och är redo (för tidtagning av starten).</translation>
    </message>
</context>
</TS>
