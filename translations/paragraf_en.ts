<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Paragraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes and protocols for Swedish boards and councils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1. Paragraf is free software: you may share and change it under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on these libraries (the versions in use):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjournedLabel</name>
    <message>
        <source>Adjournment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjournmentForm</name>
    <message>
        <source>&amp;Inside the paragraph (the debate was interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjournment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty while adjourned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lunch, gruppöverläggningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the times as the clock says them, e.g. 10.30 or 9.05.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjournmentRepository</name>
    <message>
        <source>There is no adjournment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjournmentText</name>
    <message>
        <source>The adjournment from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjournment needs the time it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must end after it starts (it ends at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts before the meeting does (%2): an adjournment lies within the meeting&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends after the meeting does (%2): an adjournment lies within the meeting&apos;s time; change the meeting&apos;s end first if it went on longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside a paragraph, but names none of the meeting&apos;s paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps the adjournment from %2: the meeting can be adjourned only once at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is placed at an earlier paragraph than the one before it in time (from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason of an adjournment is a few words, at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason of an adjournment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjournmentsDialog</name>
    <message>
        <source>Adjournments and clock times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjournments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New… (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time noted for %1 (now %2), e.g. 10.15:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustmentText</name>
    <message>
        <source>the secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the adjuster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of signatures is broken at signature %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol has already been sent for adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the chair, the secretary and at least one adjuster in the meeting&apos;s details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a protocol sent for adjustment can be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2 of this protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name confirmed (%1) is not the signatory&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal to sign needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) refused to sign: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content changed after %1 (%2) signed on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored order of %1 has been altered outside Paragraf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol is not adjusted (status: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an adjusted protocol that has not been posted yet can be posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol was adjusted on %1; it cannot have been posted before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol has not been posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice stays up until the appeal period ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rättelse needs the correct wording, its reason, who decided it and the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rättelse is made to an adjusted protocol; before adjustment the text is corrected directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph is not part of this protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rättelse is decided after the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rättelse %1 has been changed or the chain before it is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks and corrections are made while the protocol is out for adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to correct is not part of this protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new wording is the same as the old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paragraph needs its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chair, the adjusters and the secretary of the protocol leave remarks on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the remark first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remark has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change must be made in the paragraph the remark is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejected remark needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decided without quorum (more than half of the members serving). Check the attendance, or confirm that it is right, before the protocol is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out for adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued document %1 (%2) has been changed in the register or the register before it is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: it could not be entered in the register of issued documents (%2). An earlier file of that name is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is entered in the register of issued documents but could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s rules require %1 adjusters besides the chair (the reglemente&apos;s rule on justering); %2 named. Name another in the meeting&apos;s details, or change &quot;Adjusters required&quot; in the meeting&apos;s rules if the body&apos;s rules allow fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be adjusted by fewer adjusters than the %2 the body&apos;s rules require (setting &quot;Adjusters required&quot;): an adjuster must have taken part in a paragraph and may not adjust one they presided over. Name another adjuster in the meeting&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature on paper is recorded by the secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as the person logged in needs the organisation&apos;s server; in a file the signatory confirms their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is not a person&apos;s (the server&apos;s administrator maps a login to a person with setup-server.sh add-login): sign with the signatory chosen and the name typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not sign this protocol: you are not its chair, its secretary or an adjuster who adjusts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push moves a file onto a server: %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push moves a file onto a server: %1 is not a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull takes a body out of a server: %1 is not a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull writes a file: %1 is a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: pull writes a new file and never overwrites one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was moved: an adjusted protocol in the file is not as it was adjusted (its content, a chain or who signed was changed outside Paragraf), and the server would keep it final as it is. Check the file with paragraf-cli verify and restore it from a backup.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server a remark is its maker&apos;s own: %1 leaves it at their own desk, logged in as themselves. Nothing was filed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveText</name>
    <message>
        <source>The schema %1 is missing from this build of Paragraf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (meeting %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no meetings to deliver; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package holds one body&apos;s protocols: %1 and %2 are of different bodies; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only adjusted protocols go to the e-archive, and this is not adjusted: %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METS and PREMIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plain folder name; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would lie outside the package %2, or is in it twice; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both a file and a folder in the package %2; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the package was not written, and nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be written (%1); nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Its documents are entered in the register of issued documents all the same; make the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s PDFs are not entered in the register of issued documents: the file (or your login on the server) is read-only, so verify-pdf will not know them. Make the package where it can be written to have them entered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentOverviewDialog</name>
    <message>
        <source>Assignments across bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it (recorded when closing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation><numerusform>%n assignment</numerusform><numerusform>%n assignments</numerusform></translation>
    </message>
    <message>
        <source>Export assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel assi&amp;gnment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Jäv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present, not serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party, organisation, role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, presides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present or absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jäv for this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quorate:&lt;/b&gt; %1 of %2 members serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00000&apos;&gt;&lt;b&gt;Not quorate:&lt;/b&gt; %1 of %2 serving; more than half must serve to decide.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the official or guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the official or guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members come from the roster: change them in Meeting → Body, roster and schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the meeting? Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presides from this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: present/absent · E: substitute · J: jäv here · O: presides from here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceRulesText</name>
    <message>
        <source>An attendance event names a person who is not a participant of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already present and cannot arrive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not present and cannot leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not serving as a substitute, so the service cannot end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve at this paragraph and so cannot sit it out for jäv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a substitute can serve for a member; %1 is not a substitute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must serve for a member of the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be present to serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already serves for someone; end that service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already replaced by another substitute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves from the start but is not a substitute present at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two substitutes serve for the same member from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attendance event refers to a paragraph that is not in the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take the chair after the last paragraph; the chair changes hands from a paragraph on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two people cannot take the chair at the same paragraph; one presides at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody presides over %1: choose the chair in the meeting&apos;s details, or who presides from a paragraph on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member is replaced by a substitute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no party and no personal substitute, so nobody can be called in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No substitute of %1 is left to call in for %2: all %n of the party&apos;s substitutes serve already or are absent.</source>
        <translation><numerusform>No substitute of %1 is left to call in for %2: all %n of the party&apos;s substitutes serve already or are absent.</numerusform><numerusform>No substitute of %1 is left to call in for %2: all %n of the party&apos;s substitutes serve already or are absent.</numerusform></translation>
    </message>
    <message>
        <source>The roll call is of members and substitutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member or substitute is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits %2; write more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped serving and cannot resume in the same meeting (no växeltjänstgöring): a substitute served in their place meanwhile; only a paragraph sat out for jäv may interrupt a member&apos;s service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped serving and cannot resume in the same meeting (no växeltjänstgöring); only a paragraph sat out for jäv may interrupt a member&apos;s service. If the body&apos;s arbetsordning lets a member who left serve again when no substitute stepped in, turn on &quot;A member who left may serve again&quot; in the body&apos;s rules (Body → Rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take the chair here: who presides must be present, a substitute only while serving, and not a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presides over %2 but is absent, jävig or not serving there: who presides must be present, serving where the chair is a member, and may not preside over a matter in which they have a conflict of interest (jäv). Name who presided instead (key O in the attendance list).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>%1 – body, roster and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding body (protocol, adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group keeping notes (minnesanteckningar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nämndens beslut, Samverkansgruppens beslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kommunförbundets kansli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols kept &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umbering in %1 starts at §</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First paragraph number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a body that began using Paragraf during the year: the number after the last paragraph of its earlier protocols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols already sent for adjustment or adjusted (%1) keep the name and kind they were signed with, so that their checksums still verify; only new protocols are kept under &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyRepository</name>
    <message>
        <source>There is no body with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyRulesPage</name>
    <message>
        <source>In an appendix above %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always in an appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding &amp;members listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the meeting&apos;s secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nämndsekreterare, registrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: ANSLAG/BEVIS – Protokollet är justerat. …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anslagsbevis (notice of adjustment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted and signed b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays up &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s rules could not be read from the file (%1), so the defaults shown are not saved over them. Close the dialog and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: [uppgift borttagen enligt GDPR/OSL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where masked, it &amp;reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarriedDialog</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From earlier meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it (recorded when closing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up &amp;paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matters from other bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take up here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;elease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken up at § %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take up matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncelled here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Usage: paragraf-cli COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run paragraf-cli COMMAND --help for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraf-cli: unknown command &quot;%1&quot;; see paragraf-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty Paragraf database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database with the bodies, people and meetings of the examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the meetings: id, body, date, status, paragraphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id; paragraf-cli list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a meeting as protocol text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a meeting in the JSON interchange format (OUT may be - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a meeting from the JSON interchange format; prints the new meeting&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid meeting file; nothing was imported:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database with the example bodies and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a meeting as protocol text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a meeting as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a meeting from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol, notes, extract, notice or certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraphs of an extract, e.g. 27,29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf or odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the protocol goes up on the notice board (YYYY-MM-DD), for the notice-board certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a document of a meeting as PDF/A or ODT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out, a known --kind and --format, paragraph numbers like 27,29 and dates like 2024-11-21; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a protocol, extract, notice or certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no body named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster of this day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every membership, ended ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the members of a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date expects a date like 2024-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation><numerusform>%n problem; nothing was imported.</numerusform><numerusform>%n problems; nothing was imported.</numerusform></translation>
    </message>
    <message>
        <source>First day of rows that give none (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and show the rows; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members and substitutes from a CSV file: all rows or, when any row has a problem, none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from expects a date like 2024-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2, separated by &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a body&apos;s planned meetings of a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second day of a two-day session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physical, digital or hybrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinary, full_day, planning_day, check_in or two_day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other body of a joint session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a planned meeting to a body&apos;s schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule-add expects a date like 2025-03-03, times like 13:00 and a known --form and --kind; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a body&apos;s schedule of a year as iCalendar (.ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule-export needs --out FILE.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the meeting of a planned date (an id from paragraf-cli schedule).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of this day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the notices (kallelser) to send in the coming week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the members of a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a body&apos;s planned meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a planned meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a schedule as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a meeting from the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the notices due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a protocol for adjustment (justering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a signature made on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a refusal to sign, with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a protocol as its secretary, chair or adjuster: ROLE is secretary, chair or adjuster, NAME the signatory&apos;s name as confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign expects a meeting id and secretary, chair or adjuster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify an adjusted protocol: exit 0 when it is intact and fully signed, 1 with what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact and signed by all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a protocol for adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a protocol (or refuse, with a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify that an adjusted protocol is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatory who makes the remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the paragraph (§) it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a remark on a protocol out for adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has no § %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the remarks on a protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the paragraph (§) to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision, title or section:HEADING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the remark, with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretary&apos;s answer to an accepted remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a remark: accept it with the change it asks for (--paragraph, --field, --text) or --reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a remark id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the change: --paragraph NUMBER --field decision, title or section:HEADING --text TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the text is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the text of a protocol out for adjustment, with the reason recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatory who reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember that they have now read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed since a signatory last read the protocol: [-removed-] {+added+}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not sign this protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the paragraph (§) corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correct wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decided the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was decided (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a rättelse of an adjusted protocol; the signed text stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record instead the day the notice was taken down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the day the adjusted protocol was posted on the notice board (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count from this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the deadlines due across all bodies, overdue marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today expects a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database the protocol came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no Paragraf checksum: it was not exported from a protocol sent for adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1 of %2, %3 when exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol in the database (SHA-256 %1) is not the one in the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s protocol is in the database, intact and signed by all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a remark on a protocol out for adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the remarks on a protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (with the change) or reject a remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the text out for adjustment, recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed since a signatory last read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a rättelse of an adjusted protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the posting on the notice board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the deadlines due across bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the appendix of who served, and voted, at each paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds it: a participant or member (full or unique first name), an organisation, or a group in words. Repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by this day (YYYY-MM-DD); without it, by the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an assignment given at a paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due expects a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, cancelled, or open to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was closed (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it, or why it was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later meeting where it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph (§) of that meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how an assignment ended (or open it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the assignments of this body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those this person holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (default), overdue, closed (within 30 days) or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write them as CSV for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write them as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the assignments across bodies: open, overdue or recently closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state expects open, overdue, closed or all, and --today a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is raised (lyfts) rather than the matter referred (hänskjuts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the other body is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a paragraph&apos;s matter to another body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the matters other bodies referred to a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken up at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take up a referred matter at a paragraph of the body it was referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken up at § %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the remark (full or unique first name). Repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a remark at a paragraph, attributed by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an assignment given at a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how an assignment ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List assignments across bodies (CSV, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a paragraph&apos;s matter to another body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the matters referred to a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take up a referred matter at a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a remark at a paragraph, by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not accepted: ids, numbers and years are positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraf-cli: the file is in use by another program or window; waiting for it to finish …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year (write it like 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decided-on expects a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out for adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extract of §§ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice-board certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an exported document: with --db, that its bytes are those of a document issued from that database and that its protocol is intact; without, only the checksum in its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: without the database only the checksum in the metadata can be read, and it has the right form; whether the pages are that protocol, unedited, cannot be checked. Give --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a document Paragraf issued from %2: its contents differ from every issued document (it may have been edited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte for byte %1 of meeting %2 (%3, %4) issued as %5 on %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries no checksum: it was issued before the protocol was adjusted, or is not a protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an adjusted protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum in the metadata is not that of meeting %1, whose pages the file shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an exported protocol against its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paragraph number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an assignment id, --status done|cancelled|open, --on YYYY-MM-DD and --meeting ID --paragraph NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s first paragraph number, when earlier protocols of the year were kept outside Paragraf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set where a body&apos;s paragraph numbering of a year starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paragraph number (write it like 26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set where a year&apos;s numbering starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a participant of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else takes the chair at § %1; take that back first with --remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take the chair at § %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first paragraph (§ number) NAME presides over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the handover at § N back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that NAME presides from § N on, because the chair left or is jävig (the chair at the start is the meeting&apos;s chair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preside expects a meeting id and --from with a § number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the protocol and for which paragraphs: the secretary, each chair for the paragraphs presided over, each adjuster for the paragraphs adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who presides from a paragraph on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the protocol, and for which paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the roster as a CSV file that roster-import reads back (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member absent from the start (name or the start of one); the next substitute of the party is called in. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present after all: takes back an absence. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the roll call (upprop): everyone present but the absent, each replaced by the next substitute of the party in the order of election. Prints the roll call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take or show a meeting&apos;s roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the first paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside § %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after § %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(still adjourned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph (§) it happened in or after; without it, before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the paragraph (printed in its text) rather than after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. lunch or gruppöverläggningar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an adjournment of a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the times as HH:MM and --paragraph as a § number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a meeting&apos;s adjournments with their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an adjournment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an adjournment id; paragraf-cli adjournments shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock time of the adjustment (HH:MM), or &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time as HH:MM, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an adjournment of a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a meeting&apos;s adjournments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an adjournment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the clock time of the adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph prefix, e.g. KS (&quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusters required besides the chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the signature block, e.g. &quot;Justeras av&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print att-clause decisions one clause a line (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member who left may serve again when no substitute stepped in (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--adjusters expects a number like 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 expects yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--appendix expects by-size, always or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notice-days expects a number of days like 21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding members in an appendix: by-size (above 25 members), always or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who posts and signs the anslagsbevis (&quot;&quot;: the secretary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The anslagsbevis&apos; title line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days the notice stays up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set the body&apos;s own rules (reglemente, arbetsordning). New meetings copy them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding members in an appendix (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set a meeting&apos;s copy of its body&apos;s rules (only while it is a draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set a body&apos;s own rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or set a meeting&apos;s copy of the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse to sign, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a protocol on the server as the person you are logged in as, in every role you have in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocols out for adjustment that wait for your signature, as the person you are logged in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is not a person&apos;s: nothing waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected since you signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) unanswered</source>
        <translation><numerusform>%n remark unanswered</numerusform><numerusform>%n remarks unanswered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) answered</source>
        <translation><numerusform>%n remark answered</numerusform><numerusform>%n remarks answered</numerusform></translation>
    </message>
    <message>
        <source>The protocols waiting for your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign on the server as the person you are logged in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the whole file onto the organisation&apos;s server, in one transaction: every body, roster, meeting, signature, rättelse and issued document. The server gives the rows ids of its own; each adjusted protocol keeps its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting %1 is meeting %2 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 rows (%2) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body whose protocols to take out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one body&apos;s protocols out of the server into a new file, with the people, rosters and everything its meetings name. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull needs --body NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2; %3 adjusted protocols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a file onto the organisation&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a body&apos;s protocols out of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paragraf-cli: the password written in the address is seen by everyone on this computer (ps, the shell&apos;s history); prefer ~/.pgpass, PGPASSFILE, a service file or PGPASSWORD, or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not intact: the protocol was changed outside Paragraf after it was signed or adjusted (its content, a chain or who signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted without signatures recorded in Paragraf: nothing was found changed, but without a signature its content cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adjusted protocols verified: none was changed outside Paragraf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved as they are, as verify finds them in the file and will on the server (adjusted without recorded signatures, or not signed by all):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the web site serves the pages from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an extract of these paragraphs, e.g. 27,29, instead of the protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list the pages that would be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the notice goes up (YYYY-MM-DD), recorded unless the file has one; today if not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passage not to publish (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs that concern an individual, e.g. 28: names of private persons in them are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not mask the personal data found in the text (identity numbers, telephone numbers, e-mail and street addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish needs --out DIR (or --dry-run), paragraph numbers like 27,29 and dates like 2024-11-21; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the board shows (YYYY-MM-DD); today if not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the notice board of the file or server: every current notice as a page, the board&apos;s page and an Atom feed (anslag.xml); prints the files written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice-board needs --out DIR and dates like 2024-11-21; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the web copy and notice of an adjusted protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the notice board&apos;s pages and Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body: id or exact name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar year whose protocols are delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver these meetings (ids, e.g. 1,2,3) instead of a body&apos;s year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive needs --out DIR and either --body NAME --year YEAR or --meetings 1,2,3; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-archive package (E-ARK SIP) of protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the web copy prints where something is masked (&quot;&quot;: &quot;[uppgift borttagen enligt GDPR/OSL]&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this text, exactly as written, as not for publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph the text stands in (without it: anywhere in the protocol).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mark with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the paragraph as concerning an individual: names of private persons in it are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the flag off the paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark passages of a meeting&apos;s protocol as not for publication on the web, and paragraphs as concerning an individual; kept with the protocol and used by publish. Prints the marks: id, where, marked or LOST (its text is no longer there: exit 1), by, when, text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove expects a mark&apos;s id; paragraf-cli mark FILE MEETING lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paragraph says where --text stands; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a meeting&apos;s publications on the web: when, by whom, the extract&apos;s paragraphs, the files and what was masked (its kind and place, never the text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark passages not to publish on the web, and paragraphs about an individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a meeting&apos;s publications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the accessible web copy of an adjusted protocol and its notice into a folder, personal data and the passages marked (paragraf-cli mark) masked, and record the posting and the publication; prints the files written (--dry-run: the files and what is masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the web site serves the folder (https://…/anslag/): the feed&apos;s links are then absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url expects the address the folder is served from, such as https://www.kommun.se/anslag/ (http or https, no query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this body&apos;s meetings (its name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only meetings of this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only paragraphs of this kind: decision or information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only meetings with this status (e.g. adjusted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many results (50 unless given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every paragraph, decision, remark, assignment and attachment of every body and year, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every body and year, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the package (its folder, or with --tar its file) is written into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the package as one file, DIR/&lt;name&gt;.tar (POSIX tar, the package&apos;s folder inside), instead of a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a submission information package for the e-archive (E-ARK CSIP/SIP 2.1.0, FGS Paketstruktur 2.0) of a body&apos;s adjusted protocols of a year, or of chosen meetings; prints the package&apos;s folder (with --tar: its file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of paragraph; one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meeting&apos;s status; one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no word of three letters or digits or more; shorter words are not looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the decision at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short to look for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposedLineEdit</name>
    <message>
        <source>Only %1 of the %2 characters pasted fit: the field holds at most %3. All of it is still on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Accept the remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Paragraf database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its SQLite header is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Paragraf database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Paragraf (file format %2; this version reads up to %3). Install the newer Paragraf to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is write-protected; it is opened read-only and nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the file cannot be written; the file is opened read-only and nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of Paragraf and must be updated, but it cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference between records is broken (table %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is being checked; it can be changed in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so it cannot be opened or written; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program that does not let others read it now; nothing was changed. Try again when it is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside %1 lies %1-journal, an unfinished change of a program that stopped, or a file that does not belong there. Paragraf leaves both untouched: open the file with the program that made the journal, or move the journal away if it is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was set up by a newer version of Paragraf (schema %2; this version knows up to %3). Install the newer Paragraf to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 must be updated to this version of Paragraf, and this login cannot do it (its administrator can, with scripts/setup-server.sh migrate): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 already holds a Paragraf database; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the login name or password; nothing was opened. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no such database; check the address, or ask the server&apos;s administrator for the right name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no login of that name; ask the server&apos;s administrator for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service named in %1 is not in your service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: it is not running, or the network to it is down. Nothing was opened; try again later. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a connection option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value (key=value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write postgresql://host/database or a connection string such as host=… dbname=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has the table %1, which this Paragraf cannot move to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has %1 (a body&apos;s name is unique there). Nothing was moved: rename the body in the file, or move it to the server once only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rättelse of meeting %1 in the file (%2) has been changed or its chain is broken; a broken chain is not moved. Nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a file onto the server is done as the database&apos;s owner (%1), who sets it up; %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no body named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row names %1 %2, which is not among the rows moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 of the file has the columns %2; the server&apos;s has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema names a table or column &quot;%1&quot; that is not Paragraf&apos;s; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Paragraf database yet: the database is empty, and nothing was changed. To make a new Paragraf database there: paragraf-cli init %1 (the desk offers it when it opens the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Paragraf database yet (the database is empty), and this login may not make one. Nothing was changed. Ask whoever set up the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login on %1 may only read: it cannot change anything on the server or enter a document in its register of issued documents (a reader&apos;s login). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 still cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a % must be followed by two hexadecimal digits (%40 stands for @).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a [ around an IPv6 address is not closed by a ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is PostgreSQL&apos;s own maintenance database, not a Paragraf database, and nothing was changed. Give the address of the organisation&apos;s Paragraf database: postgresql://host/name or host=… dbname=name (the name its administrator chose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a Paragraf database: it holds %n table(s) of another program and no Paragraf schema. Nothing was changed; check the address (the database&apos;s name).</source>
        <translation><numerusform>%1 is not a Paragraf database: it holds %n table of another program and no Paragraf schema. Nothing was changed; check the address (the database&apos;s name).</numerusform><numerusform>%1 is not a Paragraf database: it holds %n tables of another program and no Paragraf schema. Nothing was changed; check the address (the database&apos;s name).</numerusform></translation>
    </message>
    <message>
        <source>The server %1 could not be updated to this version of Paragraf: a step of the update failed and was undone. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes in %2 that can be read only where its folder can be written (SQLite makes %3 beside it to read them). Open it in a folder you may write, or ask whoever has it open to close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is needed here: write it as YYYY-MM-DD, or today or tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD (2025-03-14 or 20250314), or today, tomorrow or yesterday.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <source>Adjust the protocol (14 days after the meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the adjustment on the notice board (2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal period ends: take the notice down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deadlines on %1 (overdue in red):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRulesText</name>
    <message>
        <source>participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve at § %2 and cannot move or support a motion: only those who take part in the decision do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved the motion and cannot also support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motion of %1 at § %2 needs its wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair&apos;s finding at § %1 must be a motion that was made and not withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes are recorded at § %1 only when a vote is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote at § %1 puts two different motions, made and not withdrawn, against each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed vote at § %1 counts %2 votes, but only %3 serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed vote records only the tally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve at § %2 and cannot vote: only the members serving at a paragraph vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not take part in the decision at § %2 and cannot reserve against it (Kommunallagen 4 kap. 27 §).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 abstained at § %2 and so took no part in the decision to reserve against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already reserved against the decision at § %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol note at § %1 is made by a member or substitute present there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol note needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open vote is held at § %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already voted at § %2: one member, one vote. Clear the vote first to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the motion to reject (avslag) was carried, but the decision does not say avslå or avslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the motion to refer the matter back (återremiss) was carried, but the decision does not say återremiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amendment &quot;%1&quot; was carried, but the decision does not hold its wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a motion was carried, but the decision is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>An extract needs the numbers of the paragraphs to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has no § %1 (it holds §§ %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODT document could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s creation date could not be written into its metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EArchiveDialog</name>
    <message>
        <source>&amp;Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to the e-archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body&apos;s adjusted protocols of a year as a package for the e-archive (E-ARK SIP 2.1.0, FGS Paketstruktur 2.0): each protocol, its extracts and anslagsbevis in PDF/A, the canonical form that was signed, the meeting as JSON, the register of issued documents, METS and PREMIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n meetings)</source>
        <translation><numerusform>%1, %2 (%n meetings)</numerusform><numerusform>%1, %2 (%n meetings)</numerusform></translation>
    </message>
    <message>
        <source>Body and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body and year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which body&apos;s year goes, and into which folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the package …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As one fil&amp;e (.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErratumDialog</name>
    <message>
        <source>Record a rättelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct &amp;wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLimitText</name>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note on the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the protocols are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is printed within a line: it may not hold line breaks, tabs, control characters or changes of writing direction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileText</name>
    <message>
        <source>The disk is full: %1 was not saved; the earlier file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved (%2); the earlier file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open Paragraf database; it was not overwritten. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard output cannot be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the Paragraf database that is open, not one of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; Paragraf reads %3 up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database (or a file kept beside one); it was not overwritten. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file; it was not overwritten. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: %2 was not saved. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to (it is read-only, or you may not write there): %2 was not saved. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but the disk did not confirm that it is kept (%2); save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed could not be kept on this computer (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of what was typed while the server could not be reached (%1) is damaged (%2); it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first line does not name this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you type cannot be kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was not sent is kept on this computer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk did not confirm that %1 is kept (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would lie outside the folder %2; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; nothing was written. Choose another folder or move it away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be given its name (%2); nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first line is not a journal&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first line names another server, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is a change of another meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>By the &amp;next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments and remarks, § %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made at this paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, organisations or a group, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of a name present; several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Said by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add re&amp;mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to another body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to (hänskjuts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised with (lyfts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the other body is asked (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (taken up at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpText</name>
    <message>
        <source>A matter is referred to another body than %1 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one present at this paragraph is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be any of %2: type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who made the remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment at § %1 needs to say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment &quot;%1&quot; needs someone to hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every holder of the assignment &quot;%1&quot; needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a person nor an organisation in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment &quot;%1&quot; cannot be due on %2, before the meeting that gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remark at § %1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remark &quot;%1&quot; needs the one who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remark &quot;%1&quot; names someone who is not at the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remark &quot;%1&quot; names %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body to refer the matter to is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing an assignment needs the day it was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was closed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment is closed at a later meeting of %1 than the one that gave it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment cannot be closed before it was given (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was taken up at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter was referred to %1, not to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter is taken up at a meeting after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assignment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no referral with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no paragraph with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed or removed it in the meantime (another window or program); nothing was removed. What the file holds now is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph is no longer in the file; someone else may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>Paragraf handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handbok-en.html</source>
        <comment>the handbook&apos;s file in this language: handbok-sv.html or handbok-en.html</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time of day (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a participant key or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;paragraf-meeting&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a version this Paragraf reads (1 to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no participant (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a unique key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must continue the numbering without gaps (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the number of a paragraph in the file, or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the number of a motion of the paragraph (1 to %1), or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes a second time: one member, one vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must count from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must say what is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name who holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the day a closed assignment was closed, and empty while it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name the body the matter goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a text and who made the remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be done or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more problems of the same kind, not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a control character (U+%1) at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a broken character (a lone surrogate) at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$: a \u escape at character %1 is half of a character (a lone surrogate); the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a substitute&apos;s place, 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Paragraf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Paragraf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;DF/A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as O&amp;DT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;official or guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move paragraph &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move paragraph do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting det&amp;ails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body, roster and schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the opening pa&amp;ragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bod&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;justment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send for adjustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remarks and corrections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a r&amp;ättelse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with the &amp;attendance appendix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions and &amp;votes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignments and remarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;earlier meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assignments across &amp;bodies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ll call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;journ / resume the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjournment&amp;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols &amp;waiting for me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublish on the web…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;liver to the e-archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to the e-archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as not for publication / take the mark off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph &amp;concerns an individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search all meetings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Paragraf databases (*.paragraf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the body in the list of meetings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (checking…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the body (e.g. Socialnämnden):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the protocol to %1 for adjustment? Its text is then frozen and changed only through recorded corrections. It is due to be adjusted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks and corrections are made while the protocol is out for adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the protocol for adjustment before it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol is intact and signed by all.
SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rättelse is made to an adjusted protocol; before that the text is corrected directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjusted protocol that has not been posted yet is posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted on the notice board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the adjustment was posted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided without quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was decided without quorum. Is the attendance right, and should the protocol be sent as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting of %1 with all its paragraphs? Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second meeting on the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a meeting on %2. Make another one on the same day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot be brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the other file anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the file anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the other meeting anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed last is not in the file yet: another program is writing to it, or the disk is full. It is saved as soon as the file is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway and lose it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address, e.g. postgresql://paragraf.kommun.se/paragraf or host=… dbname=…:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a server&apos;s address: write postgresql://host/database or a connection string such as host=… dbname=….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new, empty Paragraf database there now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached; connecting again when it is back. What you type is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark is taken off: &quot;%1&quot; will be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text in the paragraph that is not to be published, then press Ctrl+Shift+M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as not for publication: &quot;%1&quot; is masked in the web copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 concerns an individual: names of private persons in it are masked in the web copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer concerns an individual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Send the protocol as it is?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph found is no longer in this meeting: it was deleted or moved since the search. Search again to find where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkedPassages</name>
    <message>
        <source>Not for publication: masked in the web copy (Ctrl+Shift+M takes the mark off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) marked not for publication</source>
        <translation><numerusform>%n passage marked not for publication</numerusform><numerusform>%n passages marked not for publication</numerusform></translation>
    </message>
</context>
<context>
    <name>MeetingDesk</name>
    <message>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDetailsDialog</name>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. digitalt, kommunhuset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. kl. 13.00–16.00 i Stadshuset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secre&amp;tary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;justment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment p&amp;lace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 16.00; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment ti&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules (copied from the body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the adjustment time as the clock says it, e.g. 16.00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingImporterText</name>
    <message>
        <source>%1 already has a meeting on %2 at that time; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraphs of the file are numbered from %1, but the numbering of %2 in %3 gives them %4; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment %1 of § %2 of %3 on %4 is not in the database; import that meeting first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral %1 of § %2 of %3 on %4 is not in the database; import that meeting first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingNavigator</name>
    <message>
        <source>Bodies and meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingRepository</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no participant with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents have been issued for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments of earlier meetings were closed at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matters referred from other bodies were taken up at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has been posted on the notice board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingServiceText</name>
    <message>
        <source>The protocol is adjusted and can no longer be changed; a later error is corrected with a recorded rättelse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance of the meeting could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair, the secretary and the adjusters must be participants of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph cannot be moved there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph cannot be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph does not belong to this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named in the meeting (presenter, chair, secretary or adjuster) and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol is out for adjustment: its text is changed only through a recorded correction (Adjustment → Remarks and corrections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else (another window or program) while you were writing; your change was not saved. What the file holds now is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph is no longer in this meeting; someone else may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presenters or lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s details were changed by someone else (another window or program) meanwhile; your change was not saved. What the file holds now is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The motions and votes of this paragraph were changed by someone else (another window or program) meanwhile; your change was not saved. What the file holds now is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a meeting that is still a draft can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot be deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a participant of this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no time of day; write it as 10.15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ %1 has motions or a vote that this change of attendance would contradict: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else (another desk or program) while you were writing; your change was not saved. What the server holds now is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingSession</name>
    <message>
        <source>Not saved yet: another program is writing to the file. What you type is kept and saved as soon as the file is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you had typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the disk is full. What you type is kept and saved as soon as there is room; free some space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo and redo have been cleared, since the history no longer matches the file. The meeting is shown as the file holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be undone or redone: what it changed is no longer in the meeting (someone else may have deleted it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else (another window or program) changed the field &quot;%1&quot; after this step, so the step was not undone or redone: their change stays. What the file holds now is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was set aside as %1; nothing in it was sent. Open it to see what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, so this cannot be done now: only typing is kept on this computer while offline. Try again when the status bar says the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached. What you type is kept on this computer and sent when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, and what you type cannot be kept on this computer (%1). Do not close the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo and redo have been cleared, since the history no longer matches the server. The meeting is shown as the server holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else (another desk or program) changed the field &quot;%1&quot; after this step, so the step was not undone or redone: their change stays. What the server holds now is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you had typed (%1 characters) is on the clipboard; it begins: %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingTreeModel</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Change a membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member or substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;substitute for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (personal substitute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the party&apos;s order of &amp;election</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s rules failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s schema %1 is newer than this program&apos;s %2: update Paragraf first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the s&amp;chedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticesLabel</name>
    <message>
        <source>Notices due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) passed (Adjustment → Deadlines)</source>
        <translation><numerusform>%n deadline passed (Adjustment → Deadlines)</numerusform><numerusform>%n deadlines passed (Adjustment → Deadlines)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) overdue (Follow-up → All assignments across bodies)</source>
        <translation><numerusform>%n assignment overdue (Follow-up → All assignments across bodies)</numerusform><numerusform>%n assignments overdue (Follow-up → All assignments across bodies)</numerusform></translation>
    </message>
    <message>
        <source>Reminders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>This change would renumber the protocol of %1, which is out for adjustment or adjusted; its paragraph numbers are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberingText</name>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first paragraph number must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol of %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering of %1 cannot start at § %2: %3 is adjusted, and its paragraph numbers are final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering of %1 cannot start at § %2: %3 is out for adjustment, and its paragraph numbers are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParagraphEditor</name>
    <message>
        <source>Paragraph title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024/123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading of a new section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dnr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;cision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted &amp;immediately at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immediate adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation><numerusform>%n assignment</numerusform><numerusform>%n assignments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) by name</source>
        <translation><numerusform>%n remark by name</numerusform><numerusform>%n remarks by name</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation><numerusform>%n referral</numerusform><numerusform>%n referrals</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier matter(s) dealt with</source>
        <translation><numerusform>%n earlier matter dealt with</numerusform><numerusform>%n earlier matters dealt with</numerusform></translation>
    </message>
    <message>
        <source>Follow-up: %1 (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the protocol is out for adjustment. What can be done now: remarks and the secretary&apos;s answers to them (Adjustment → Remarks and corrections, Ctrl+Shift+R), and the signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the protocol is adjusted and final. An error is corrected by a rättelse (Adjustment → Record a rättelse), printed beside the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the decision: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParagraphListModel</name>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no quorum)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParagraphRepositoryText</name>
    <message>
        <source>There is no paragraph with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text section with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Add official or guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sekreterare, förbundschef</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-opted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official or guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProceedingsDialog</name>
    <message>
        <source>Approval of the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;ote requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;losed (an election)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written reason to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions and votes, § %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording of an own motion or referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member &amp;supports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair &amp;finds for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair&apos;s finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed tally (yes, no, abstain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vot&amp;es (J yes, N no, A abstains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason, if given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reserves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this word&amp;ing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members serve at this paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No quorum:&lt;/b&gt; %1 of %2 members serve at this paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yes, %2 no, %3 abstain; %4 not voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot &amp;drawn for a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written reason re&amp;ceived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stri&amp;ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason as handed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lot drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation, written reason to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ut next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposition order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (put %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the sentences on the motions and the vote are made from the facts. Reservations and protocol notes are printed as recorded, also below your own wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the motion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reservation&apos;s reason &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol note &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol&apos;s own wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You typed %1, which is not recorded yet. Close and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;protocol&apos;s own wording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pages will be written into the folder below, for the web site and its notice board. The archive copy is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages to be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked in the web copy as &quot;%1&quot; (the archive copy keeps it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked in the web copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted on the notice board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes up &amp;on (recorded when published):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which folder the pages are written into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is marked, and no personal data was found to mask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked – the text is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paragraph is flagged as concerning an individual (Ctrl+Shift+H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning an individual (names of private persons masked): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishText</name>
    <message>
        <source>A group that keeps notes has no adjustment to announce on the notice board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has no § %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web copy of the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web copy of the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice on the notice board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice board as an Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made; nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 has not been held; there are no notes to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol of %1 is not adjusted, so it is not published: only an adjusted protocol goes on the web and the notice board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a protocol or an extract has a web copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark %1 in %2: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text of %n marked passage(s) is no longer in the protocol, so the web copy cannot mask it: %1. Remove the mark, or mark the text as it is written now; nothing was published.</source>
        <translation><numerusform>The text of %n marked passage is no longer in the protocol, so the web copy cannot mask it: %1. Remove the mark, or mark the text as it is written now; nothing was published.</numerusform><numerusform>The text of %n marked passages is no longer in the protocol, so the web copy cannot mask it: %1. Remove the mark, or mark the text as it is written now; nothing was published.</numerusform></translation>
    </message>
    <message>
        <source>Say which text is not to be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marked passage may be at most %1 characters; this one has %2. Mark a shorter part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph is not one of this meeting&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2 as it is written (a marked passage stands in one text and one style: mark a part without bold, italics or a line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked in %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has no mark %1; paragraf-cli mark FILE MEETING lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages were written, but the publication could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Present: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no personal substitute at this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jäv is noted for a paragraph: add or choose the paragraph first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jäv: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jäv: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the meeting details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraf database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who presides changes at a paragraph: add or choose the paragraph first (the chair at the start is chosen in the meeting&apos;s details, Ctrl+Shift+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take the chair here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjourned at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the adjournment from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the adjournment from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjourned since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the first paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside § %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after § %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the last paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before § %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the meeting&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was recorded before it could not be taken back (%1); the meeting is shown as the file holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier handover could not be put back (%1); the meeting is shown as the file holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol was not printed on %1: %2 Check the printer (or the file and its folder) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves for this paragraph (jäv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupDialog</name>
    <message>
        <source>Page Setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplex Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOrSay</name>
    <message>
        <source>Not read from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be read from the file, so what is shown may be incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks and corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph of the remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should be changed, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since last read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mark on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept with the change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the reviewer last &amp;read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as r&amp;ead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing has changed since %1 last read the protocol.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the remark to answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remar&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextField</name>
    <message>
        <source>colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sizes and fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headings (kept as bold text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted without %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <source>Roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of a name. Return: absent, and the next substitute of the party is called in. Shift+Return: present again. Ctrl+Z: undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and substitutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone or redone; the list shows the roll call as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call: everyone present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent at the roll call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) serves for %3 from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present at the roll call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names match &quot;%2&quot;: write more of the name, or choose one with the arrow keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallModel</name>
    <message>
        <source>absent, %1 serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serves for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present substitute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (substitute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the roll call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, separated by &quot;%3&quot;. Nothing is written until you import.</source>
        <translation><numerusform>%1: %n row, %2, separated by &quot;%3&quot;. Nothing is written until you import.</numerusform><numerusform>%1: %n rows, %2, separated by &quot;%3&quot;. Nothing is written until you import.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s). Nothing has been changed; correct the file and try again.</source>
        <translation><numerusform>%1 cannot be imported: %n problem. Nothing has been changed; correct the file and try again.</numerusform><numerusform>%1 cannot be imported: %n problems. Nothing has been changed; correct the file and try again.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no. %2 in the order of election</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Show &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairs of &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vice chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;uggest by rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save chairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End on the day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chai&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterText</name>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (ledamot, ersättare, ordförande, vice ordförande, adjungerad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal substitute must name the member they stand in for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a substitute stands in for a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write it as 2024-01-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column for the name (&quot;namn&quot; or &quot;name&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation holds at least one seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no membership with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change begins after the membership began (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The roster has %n problem(s); nothing was imported.</source>
        <translation><numerusform>The roster has %n problem; nothing was imported.</numerusform><numerusform>The roster has %n problems; nothing was imported.</numerusform></translation>
    </message>
    <message>
        <source>The chair and the vice chair must be members on 1 January %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chair cannot also be the vice chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a body named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mandate period needs a first and a last day, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period overlaps %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A membership needs its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field holds a control character (U+%1); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already listed on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day %1 is before the first, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a place in the order of election (1, 2, 3 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a substitute has a place in the order of election.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A substitute called in by the order of election needs a party.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesFields</name>
    <message>
        <source>Print decisions written as att-cla&amp;uses one clause a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member who left may ser&amp;ve again when no substitute stepped in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KS, KF, AU (empty: § 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusters required besides the chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Justeras av (empty: Underskrifter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph prefi&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusters re&amp;quired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature block label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding members listed in an appendix (&amp;bilaga 1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesText</name>
    <message>
        <source>The paragraph prefix is a short name of the body such as &quot;KS&quot; or &quot;KF&quot; (at most %1 characters, without §).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of adjusters the body requires is between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of the signature block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice stays up for at least %1 days: it must be up until the three weeks of appeal have run (kommunallagen 8 kap. 12 § and 13 kap. 5 §); at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice&apos;s signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paragraph prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording where something is masked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEntryDialog</name>
    <message>
        <source>At a set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Politiska samrådsgruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Together with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>The file is not an iCalendar calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned meeting needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A two-day session needs a second day after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a two-day session has a second day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting must end after it starts (%1–%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting of %1 has already been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no planned meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ %1 %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look for, e.g. skola Hallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open at the paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least three letters. Down goes to the results, Enter opens the meeting at the paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first (%1 ms).</source>
        <translation><numerusform>%n result, best first (%1 ms).</numerusform><numerusform>%n results, best first (%1 ms).</numerusform></translation>
    </message>
    <message>
        <source>Words of fewer than three letters or digits are not looked for: type a longer word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short to look for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Section heading (e.g. Bakgrund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjuster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed an earlier wording: must sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signatory&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;person on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on &amp;paper (recorded by the secretary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuses to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum of the protocol as it is now (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;myself, logged in as %1 (the server records the login and the time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>Database error (%1): %2 [%3] with (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is busy: another program or window is writing to it and did not finish in time. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the file is full: the change was not saved, and what was saved before is intact. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy: someone else is changing the same thing and did not finish in time. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login may not make this change on the server: it writes only the meetings of the bodies it was given (a chair&apos;s or adjuster&apos;s: their own signatures and remarks; a reader&apos;s: nothing). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: the connection to it was lost. Nothing was changed; it can be done again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol is out for adjustment: who takes part, who signs and the meeting&apos;s details stay as they were sent, and its text is changed only through a recorded correction (Adjustment → Remarks and corrections). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol becomes adjusted only when everyone who signs it has signed it after it was sent for adjustment; the server refused to make it adjusted, announced or archived otherwise. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Database error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a statement of the change failed; nothing of it was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteTable</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes: J yes, N no, A abstains, Delete clears</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingDialog</name>
    <message>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjuster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected since you signed: sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) unanswered</source>
        <translation><numerusform>%n remark unanswered</numerusform><numerusform>%n remarks unanswered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) answered</source>
        <translation><numerusform>%n remark answered</numerusform><numerusform>%n remarks answered</numerusform></translation>
    </message>
    <message>
        <source>Protocols waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I sign as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is not a person&apos;s: nothing waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1. Enter opens the protocol to read the draft, leave remarks (Ctrl+Shift+R) and sign (Ctrl+Shift+J).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Minutes and protocols for Swedish bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this meeting (an id from paragraf-cli list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown and idle (for timing the start).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
