<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>ChangeMarks</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved further out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How safe it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help between you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and life areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe people for each kind of help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings that no longer apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: circle %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you receive %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you give %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, before “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: now connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no longer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: now marked as a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no longer marked as a conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoosePersonDialog</name>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseSnapshotDialog</name>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictMessage</name>
    <message>
        <source>Undo it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisLineDialog</name>
    <message>
        <source>Crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <source>Nobody on the map matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FullScreenAction</name>
    <message>
        <source>Full scree&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpBadge</name>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make this the current map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make current…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it the current map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots and session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightDetails</name>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe sources per kind of help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridges (articulation points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective number of supporters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockControl</name>
    <message>
        <source>Loc&amp;k now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an emergency service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library out of reach: changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one person to another to connect them (Esc to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;People list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a practice ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the library on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SupportMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a &amp;snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for a shared screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SupportMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SupportMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SupportMap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapDocument</name>
    <message>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tie between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit what matters most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapFileActions</name>
    <message>
        <source>&amp;Import map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for other &amp;tools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all maps to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n maps; the files saved in %1 are complete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n maps with their snapshots in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Person actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapsDock</name>
    <message>
        <source>Maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Keep note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastMomentBanner</name>
    <message>
        <source>Back to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <comment>toolbar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleDock</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on this map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Names of the people on this map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDock</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sister, neighbour, GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number, or how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How safe it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ircle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help between you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes it hard to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next small step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt small step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTiesWidget</name>
    <message>
        <source>Knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well they know each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanListEditor</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen line (Enter or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen line out (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen line up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen line down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the map&apos;s suggestion again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the library after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>P&amp;resentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionActions</name>
    <message>
        <source>Pr&amp;otect with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move protection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickHide</name>
    <message>
        <source>&amp;Hide the screen now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save &amp;report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanActions</name>
    <message>
        <source>Save safety p&amp;lan as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sa&amp;fety plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyPlanDock</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Check the server&apos;s certificate (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt, without checking the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (only for a server on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s usual certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: use the .pgpass file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SinceBox</name>
    <message>
        <source>Show what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotLabelDialog</name>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortRow</name>
    <message>
        <source>Sort people by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Name of the person at the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportMap</name>
    <message>
        <source>%1 help from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You receive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You give: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help noted yet in either direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right now you give %1 much more than you receive from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right now %1 gives you much more than you give back, and that is okay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support map: you at the centre, the people around you in rings by closeness and in wedges by life area. The People panel lists the same people for keyboard and screen reader use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between people, Enter opens the editor, F2 renames, N adds someone, Delete removes the selected people, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a picture (PNG), for example to add to notes or a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a drawing that stays sharp at any size (SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pi&amp;cture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the map, with a small legend, as PNG, SVG or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a picture of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a picture as “%1”: choose a name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the picture; try another format or a smaller map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no map open to export. Open or create a map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a picture of the map as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How safe it feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help you receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow towards you: help you receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow towards them: help you give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly one way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They know each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your map is just beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people around you: family, friends, people from work or school, neighbours, anyone you could turn to. Once a few people are on the map, this list shows gently where support is strong and where it is thin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have started with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could add one or two more people, even ones you rarely see. With a few people on the map, this list shows where support is strong and where it is thin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your map can show more once help is noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then this list shows where support is strong and where it is thin. To note help, select someone and fill in what help flows between you in the Person panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is there for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You could open a map in the Maps panel, or start a new one for yourself or for someone you work with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands out right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of help has more than one safe source on your map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few people on your map can be reached at the worst moments. SupportMap is not an emergency service; local emergency numbers, crisis lines and professionals such as your GP or a therapist are there for those times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SupportMap is not an emergency service. If things are at their worst, local emergency numbers and crisis lines are there for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to turn in a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind of help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings about your map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds it together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people who feel safe give you each kind of help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the pairs of people you lean on who know each other: 0 none, 1 all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of people linked to each other; someone who knows nobody else is a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who are the only link between some of the others on your map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roughly how many separate circles of people you reach; overlap counts less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective size per person: near 1 when each person links you to someone new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher when a few people who all know each other make up most of your map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How evenly people spread over life areas: 0 one area only, 1 perfectly even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people your help really comes from, weighing who gives more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if they were not available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the map as if this person could not be there for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if %1 were not available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 were not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safe source would be left for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of help would still have a safe source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would no longer be linked to the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is faded out for a moment; nothing on your map has changed. Findings shows what would be different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the what-if view (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is someone you could reach out to, not someone you rely on today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would come up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would no longer apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings would stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on your map, starting with those whose absence would change the most. Choose someone to see the map without them for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no safe source left for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cut off from the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind of help would still have a safe source, one fewer for some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once people you rely on are on the map, they are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds your network together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SupportMap is not an emergency service, and it cannot reach anyone for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger, or might hurt yourself, contact your local emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most countries have crisis lines you can call or message, many of them day and night. You do not need to know what to say before you reach out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GP, a doctor, a therapist or a counsellor can help too, including with finding the crisis line where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can, you could also let one person you trust know how you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to SupportMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support map shows the people around someone: who is there, what help flows each way, and how safe each person feels.

Who is this map for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first name is enough, or simply “Me”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Alex — first session”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SupportMap is not an emergency service. If you or someone else is in danger, please call your local emergency number or a crisis line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed. The previous name is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name could not be used: a name needs at least one visible character, at most 80 in all, and no control characters. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who would you like to add?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select someone on the map or in the People list to see and edit what they mean to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small, concrete step, e.g. “Reply to Sam&apos;s message”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each kind of help: how much you receive from this person, and how much you give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does %1 know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody else on the map yet to connect %1 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected to anyone else on the map yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring them back with Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone to the map (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected person in the Person panel (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected people and their connections (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the selected person knows someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this connection as a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect: click a person, then someone they know. Esc to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect: click someone %1 knows. Esc to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds, F2 renames, Delete removes, Enter edits, Ctrl+L connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way help mostly goes between you and this person. Left empty while no help is noted, for professionals and for people you could reach out to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help from professionals is paid, so give and take is left out for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the people whose row contains what you type. Down moves to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column the list is sorted by. Clicking a column heading changes it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the other way round: Z to A, or the largest numbers first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the new map for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title for this map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the map “%1” and everything in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. If you might want it later, you could first keep a copy with File → Export map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search maps by title or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a map, or press Enter on it, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected map (it opens first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the selected map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot keeps this map as it is now, so you can look back and see what has changed. What would you like to call it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of the map as it is now, e.g. at the end of a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “%1” kept. The Charts panel shows the change over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map is open. Create one in the Maps panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new map: it asks who the map is for, and opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your maps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map is empty, and that is a fine place to start. Press N or use Add person to add someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change could not be saved, so it was taken back. Everything saved before it is safe.

You could check that the disk has free space and try again.

Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: %2
Your library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SupportMap helps you draw the people you can lean on, and shows gently where support is thin or one-sided.

Everything stays on this computer. SupportMap is not an emergency service: if you or someone else is in danger, please call your local emergency number or a crisis line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SupportMap maps (*.supportmap.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a map from a .supportmap.json file to your library and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this map with its snapshots as a .supportmap.json file, as a copy to keep or to open on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 and opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of the map as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The map in your library is unchanged. You could choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML for Gephi, networkx or igraph (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables in a zip, for R, spreadsheets and more (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this map for other tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this map as GraphML or as CSV tables, for network tools such as Gephi, R or networkx; notes, next steps and session notes stay out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the map for other tools as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for all your maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every map of your library, with its snapshots, as a .supportmap.json file in one folder; files already there are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your maps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every map could be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The maps in your library are unchanged, and the files saved before this one are complete. You could choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a report of this map as a PDF, for the client or for the clinician&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a report of this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the report for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the person to take home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map, what is there for them, what the map shows with small steps, and their next steps. No session notes and no notes about people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the clinician&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of that, plus the structural figures, the what-if ranking, the snapshots, every session note (private ones too) and each person&apos;s notes. Keep it confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — clinician report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your map is unchanged. You could choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer or the file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used (%1). You could save the report as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the safety plan of this map as a PDF, to print and keep at hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the safety plan of this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the safety plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the safety plan as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety plan went to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety plan was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety plan was not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used (%1). You could save the safety plan as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet, and that is fine. At the end of a session you can keep a snapshot of the map as it is, with a note if you like. Later you can look back at it and see, in plain words, what has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a map to see its snapshots and session notes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Enter opens a snapshot or edits a note, F2 renames or edits, Delete removes, and the menu key shows everything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keeps the map as it is now, so next time you can see what has changed. You can change the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a snapshot of the map, with a note if you like, at the end of a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session kept as “%1”. The History panel shows it with your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what you talked about, or what you might look at next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about, or what you might look at next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private note is not shown in presentation mode, on a shared screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name could not be used: it needs at least one visible character, at most 80 in all, and no control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note could not be kept: it may hold up to 20,000 characters and no control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for the snapshot “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. The map as it is now and your session notes stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make “%1” the current map?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people and their connections become as they were then. Your session notes stay. Undo can take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is now as it was at “%1”. Undo can take it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot “%1” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is private now: presentation mode does not show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is no longer private: presentation mode shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare “%1” with which snapshot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the map as it was then, read-only (Enter). Nothing of today changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what has changed between this snapshot and now, or another snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the map look as it did in this snapshot again (Undo can take it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a session note, private unless you say so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the map has changed since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Show what changed” marks every change on the map and lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the last snapshot cannot be shown right now, because it could not be read. The list below still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this map on a shared screen: other maps and each person&apos;s notes are hidden and the text is larger (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode: other maps and notes are hidden. %1 leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the window fill the whole screen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover the window at once with a plain screen that shows no names. The same key, or a click, brings it back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back at “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the map as it was on %1. It is kept as it was, so nothing can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since %1 is marked on the map and listed under “What changed”. Nothing can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed between these two moments: the map is just as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the map as it is now again, ready to change (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what changed between this moment and the map as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the earlier map on the left and the later one on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A past moment is shown. Press Esc or choose “Back to now” to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two moments are compared; nothing can be changed here. Press Esc or choose “Back to now” to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select someone on the map or in the People list to see what they meant to you then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As noted at that moment. Nothing can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed between these two moments. The same people are there, in the same places, with the same help between you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people and their circles stayed as they were. The smaller changes are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between the two moments, grouped. Choosing a person&apos;s line selects them on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is new on the map since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was on the map in %2 and is not on it now. This is where they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was here in %2 and has moved since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was here in %2, in circle %3, and is now in circle %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaning on %1 was “%2” in %3 and is now “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan for hard moments, in your own words, to read when things get difficult. Steps 3 to 5 start with people from the map; you can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the plan as it was at the moment shown. Go back to now to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts, feelings or situations that tell you a hard time may be starting, for example “I stop answering messages”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small things that help a little, without anyone else, for example a walk, a shower or a favourite song.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who are good company, and places where you feel a little better, such as a park, a café or a library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you could tell that things are hard, and ask for help. How to reach them is shown with their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals and services you could contact in a crisis, and crisis lines you write down here yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to make where you are safer while things are hard, for example asking someone to keep certain things for you for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people, hopes and reasons that matter most to you, worth reading when things feel hardest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written here yet. You could add one thing, whenever it feels right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here yet. Safe people you get company from appear here once that help is noted on the map, or you could add someone yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here yet. Safe people you get comfort or crisis help from appear here once that help is noted on the map, or you could add someone yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No professionals or services here yet. People in the life area “Professionals &amp; services” appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have taken everyone out of this step. “Use the map&apos;s suggestion again” brings back whom the map suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list follows the map as it changes. Adding, removing or moving someone makes it your own choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose who is in this list and in which order. People marked unsafe or draining are still always left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach %1 is not written down yet; you could add it in the Person panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who would you like to add to this step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nobody else on the map who could be added to this step. People marked unsafe or draining are always left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list holds up to %1 lines. You could edit or remove one to make room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line holds up to %1 characters, so typing stops there. You could go on in a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds up to %1 characters, so the text stops there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a crisis line or service you know of, and how to reach it. SupportMap does not look up numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the line or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number, a text service or a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field here holds up to %1 characters, so typing stops there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something I can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit something I can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove something I can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move something I can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add way to be safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit way to be safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove way to be safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move way to be safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 in step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the map&apos;s suggestion for step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language SupportMap speaks; a new choice applies from the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SupportMap will speak %1 from the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this map at the same moment, in another window or on another computer. Your change “%1” was not saved, because it was made on the map as it was before theirs and saving it would have overwritten their work.

The map now shows their version. If it still feels right, you could make your change again on top of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this map at the same moment, in another window or on another computer. Undoing “%1” was not saved, because it would have overwritten their work.

The map now shows their version. If it still feels right, you could undo it again on top of their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo starts afresh from here, as the earlier steps were made on the map before their change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be made again on their version of the map: %2. The map stays as they left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version already includes “%1”, so there was nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was made again and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map is no longer the one on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be reached right now, so changes cannot be saved. What is on screen stays, and SupportMap keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library can be reached again; the map shows its latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be reached right now, so this change was not made. Everything saved before is safe. You could make it again once the status bar says the library is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the practice server to answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This map is no longer in the library: it was deleted in another window or by a colleague, or it is no longer shared with you. It has been closed; your other maps are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your protected library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is protected with a passphrase. Type it to see your maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was locked, so nothing of it shows. Type its passphrase to go back where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is protected. Type its passphrase to show the window again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this library. Nothing was changed; check it (Caps Lock, the keyboard layout) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an encrypted map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Type the passphrase it was saved with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open %1. The file was left as it was; check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Click anywhere, or press %1, and type the passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the library and cover the window until its passphrase is typed again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking is for a library protected with a passphrase (File, Protect with a passphrase…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the library with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a passphrase the library is encrypted on this computer: someone who copies the file or finds the laptop cannot read it. The app asks for the passphrase when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even SupportMap: keep it somewhere safe. Copies of the library you made elsewhere (your own backups) stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase the library has now, then the new one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the library&apos;s passphrase. Afterwards the library is a plain file again that anyone who copies it can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase from this library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your maps stay as they are, and the app no longer asks for a passphrase. You can protect the library again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words make a passphrase that is long and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one is short and could be guessed. A few more words would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one is fair. One or two more words would make it stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one is long enough to be hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is now protected with a passphrase. Copies made elsewhere before now are not protected by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library now opens with the new passphrase. Copies made elsewhere before now still open with the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is no longer protected; it opens without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your maps are safe and unchanged. You could try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted map (*.supportmap.json.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SupportMap maps, plain or encrypted (*.supportmap.json *.supportmap.json.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the exported map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. Whoever opens it needs the passphrase, in SupportMap or with the age tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase: keep it somewhere safe, and share it another way than the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected library locks itself when nobody has used the app for this long; its passphrase opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is not protected with a passphrase, so it never locks. The choice applies once it is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a practice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice keeps its library on a PostgreSQL server. Your administrator can tell you these details. The password is asked for each time and never kept; a password in your .pgpass file is used when this field is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the connection is protected. “Check the server&apos;s certificate” is the safe choice for a server on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the practice&apos;s certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate files (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using the practice library at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using the library on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice server could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The library you were using stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice server at %1 asks for your password. It is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
