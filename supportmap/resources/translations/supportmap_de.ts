<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ChangeMarks</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>ChangesDock</name>
    <message>
        <source>What changed</source>
        <translation>Veränderungen</translation>
    </message>
    <message>
        <source>New on the map</source>
        <translation>Neu auf der Karte</translation>
    </message>
    <message>
        <source>No longer on the map</source>
        <translation>Nicht mehr auf der Karte</translation>
    </message>
    <message>
        <source>Moved closer</source>
        <translation>Näher gerückt</translation>
    </message>
    <message>
        <source>Moved further out</source>
        <translation>Weiter nach außen gerückt</translation>
    </message>
    <message>
        <source>How safe it feels</source>
        <translation>Wie sicher es sich anfühlt</translation>
    </message>
    <message>
        <source>Help between you</source>
        <translation>Hilfe zwischen euch</translation>
    </message>
    <message>
        <source>Names and life areas</source>
        <translation>Namen und Lebensbereiche</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Safe people for each kind of help</source>
        <translation>Sichere Menschen für jede Art von Hilfe</translation>
    </message>
    <message>
        <source>Findings that no longer apply</source>
        <translation>Beobachtungen, die nicht mehr zutreffen</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Neue Beobachtungen</translation>
    </message>
    <message>
        <source>%1: circle %2 → %3</source>
        <translation>%1: Kreis %2 → %3</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>you receive %1 → %2</source>
        <translation>du bekommst %1 → %2</translation>
    </message>
    <message>
        <source>you give %1 → %2</source>
        <translation>du gibst %1 → %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, before “%2”</source>
        <translation>%1, vorher „%2“</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1: now connected</source>
        <translation>%1: jetzt verbunden</translation>
    </message>
    <message>
        <source>%1: no longer connected</source>
        <translation>%1: nicht mehr verbunden</translation>
    </message>
    <message>
        <source>%1: now marked as a conflict</source>
        <translation>%1: jetzt als Konflikt markiert</translation>
    </message>
    <message>
        <source>%1: no longer marked as a conflict</source>
        <translation>%1: nicht mehr als Konflikt markiert</translation>
    </message>
</context>
<context>
    <name>ChoosePersonDialog</name>
    <message>
        <source>Type to search</source>
        <translation>Zum Suchen tippen</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Menschen suchen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>ChooseSnapshotDialog</name>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit …</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
</context>
<context>
    <name>ConflictMessage</name>
    <message>
        <source>Undo it again</source>
        <translation>Noch einmal rückgängig machen</translation>
    </message>
    <message>
        <source>Make my change again</source>
        <translation>Meine Änderung noch einmal machen</translation>
    </message>
    <message>
        <source>Keep their version</source>
        <translation>Die andere Fassung behalten</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere Änderung</numerusform>
            <numerusform>und %n weitere Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisLineDialog</name>
    <message>
        <source>Crisis line</source>
        <translation>Krisentelefon</translation>
    </message>
    <message>
        <source>Name of the crisis line</source>
        <translation>Name des Krisentelefons</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Wie es erreichbar ist</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;How to reach it</source>
        <translation>&amp;Wie es erreichbar ist</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>EndSessionDialog</name>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation>Name der Momentaufnahme</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Sitzungsnotiz</translation>
    </message>
    <message>
        <source>&amp;Private note</source>
        <translation>&amp;Private Notiz</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <source>Nobody on the map matches</source>
        <translation>Niemand auf der Karte passt dazu</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Mensch</numerusform>
            <numerusform>%n Menschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FullScreenAction</name>
    <message>
        <source>Full scree&amp;n</source>
        <translation>&amp;Vollbild</translation>
    </message>
</context>
<context>
    <name>HelpBadge</name>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>A</source>
        <translation>R</translation>
    </message>
    <message>
        <source>C</source>
        <translation>G</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Compare with &amp;now</source>
        <translation>Mit &amp;jetzt vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;with…</source>
        <translation>Vergleichen &amp;mit …</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Make this the current map…</source>
        <translation>Zur aktuellen &amp;Karte machen …</translation>
    </message>
    <message>
        <source>Make current…</source>
        <translation>Zur aktuellen machen …</translation>
    </message>
    <message>
        <source>&amp;Add note…</source>
        <translation>Notiz &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation>Notiz &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <source>De&amp;lete note</source>
        <translation>Notiz l&amp;öschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>En&amp;d session…</source>
        <translation>Sitzung &amp;beenden …</translation>
    </message>
    <message>
        <source>Rename snapshot</source>
        <translation>Momentaufnahme umbenennen</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Momentaufnahme löschen</translation>
    </message>
    <message>
        <source>Make it the current map</source>
        <translation>Zur aktuellen Karte machen</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Snapshots and session notes</source>
        <translation>Momentaufnahmen und Sitzungsnotizen</translation>
    </message>
    <message>
        <source>End session…</source>
        <translation>Sitzung beenden …</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Snapshot %1, %2</source>
        <translation>Momentaufnahme %1, %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>InsightDetails</name>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Safe sources per kind of help</source>
        <translation>Sichere Quellen je Art von Hilfe</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Bridges (articulation points)</source>
        <translation>Brücken (Artikulationspunkte)</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Effektive Größe</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Beschränkung (Constraint)</translation>
    </message>
    <message>
        <source>Sector diversity</source>
        <translation>Vielfalt der Lebensbereiche</translation>
    </message>
    <message>
        <source>Effective number of supporters</source>
        <translation>Effektive Zahl der Unterstützenden</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>LockControl</name>
    <message>
        <source>Loc&amp;k now</source>
        <translation>Jetzt s&amp;perren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Not an emergency service</source>
        <translation>Kein Notdienst</translation>
    </message>
    <message>
        <source>Library out of reach: changes are not saved</source>
        <translation>Bibliothek nicht erreichbar: Änderungen werden nicht gespeichert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Connect &amp;tool</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Drag from one person to another to connect them (Esc to stop)</source>
        <translation>Von einem Menschen zu einem anderen ziehen, um sie zu verbinden (Esc beendet)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Größer</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Go to &amp;People list</source>
        <translation>Zur Liste der &amp;Menschen</translation>
    </message>
    <message>
        <source>Go to the &amp;map</source>
        <translation>Zur &amp;Karte</translation>
    </message>
    <message>
        <source>Go to the &amp;safety plan</source>
        <translation>Zum &amp;Sicherheitsplan</translation>
    </message>
    <message>
        <source>Connect to a practice ser&amp;ver…</source>
        <translation>Mit einem Praxis&amp;server verbinden …</translation>
    </message>
    <message>
        <source>&amp;Use the library on this computer</source>
        <translation>Bibliothek auf diesem &amp;Computer verwenden</translation>
    </message>
    <message>
        <source>&amp;New map…</source>
        <translation>&amp;Neue Karte …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About SupportMap</source>
        <translation>&amp;Über SupportMap</translation>
    </message>
    <message>
        <source>Take a &amp;snapshot…</source>
        <translation>&amp;Momentaufnahme festhalten …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keys for a shared screen</source>
        <translation>Tasten für einen geteilten Bildschirm</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Start a map…</source>
        <translation>Eine Karte beginnen …</translation>
    </message>
    <message>
        <source>Map for %1</source>
        <translation>Karte für %1</translation>
    </message>
    <message>
        <source>%1 — SupportMap</source>
        <translation>%1 – SupportMap</translation>
    </message>
    <message>
        <source>SupportMap</source>
        <translation>SupportMap</translation>
    </message>
    <message>
        <source>Take a snapshot</source>
        <translation>Momentaufnahme festhalten</translation>
    </message>
    <message>
        <source>About SupportMap</source>
        <translation>Über SupportMap</translation>
    </message>
</context>
<context>
    <name>MapDocument</name>
    <message>
        <source>Rename map</source>
        <translation>Karte umbenennen</translation>
    </message>
    <message>
        <source>Go back to “%1”</source>
        <translation>Zurück zu „%1“</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit the safety plan</source>
        <translation>Sicherheitsplan bearbeiten</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n people</source>
        <translation>
            <numerusform>%n Menschen verschieben</numerusform>
            <numerusform>%n Menschen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>%n Menschen löschen</numerusform>
            <numerusform>%n Menschen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 and %2</source>
        <translation>%1 und %2 verbinden</translation>
    </message>
    <message>
        <source>Edit tie between %1 and %2</source>
        <translation>Verbindung zwischen %1 und %2 bearbeiten</translation>
    </message>
    <message>
        <source>Disconnect %1 and %2</source>
        <translation>Verbindung zwischen %1 und %2 lösen</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Eine Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete a note</source>
        <translation>Eine Notiz löschen</translation>
    </message>
    <message>
        <source>Edit what matters most</source>
        <translation>Bearbeiten, was am meisten zählt</translation>
    </message>
</context>
<context>
    <name>MapFileActions</name>
    <message>
        <source>&amp;Import map…</source>
        <translation>Karte &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation>Karte &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export for other &amp;tools…</source>
        <translation>Für andere &amp;Programme exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;all maps to a folder…</source>
        <translation>&amp;Alle Karten in einen Ordner exportieren …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n maps; the files saved in %1 are complete.</source>
        <translation>
            <numerusform>Nach %n Karte angehalten; die in %1 gespeicherten Dateien sind vollständig.</numerusform>
            <numerusform>Nach %n Karten angehalten; die in %1 gespeicherten Dateien sind vollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n maps with their snapshots in %1.</source>
        <translation>
            <numerusform>%n Karte mit ihren Momentaufnahmen in %1 gespeichert.</numerusform>
            <numerusform>%n Karten mit ihren Momentaufnahmen in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Person actions</source>
        <translation>Aktionen für Menschen</translation>
    </message>
    <message>
        <source>Connect to…</source>
        <translation>Verbinden mit …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation>Aktionen für Verbindungen</translation>
    </message>
    <message>
        <source>Not a conflict</source>
        <translation>Kein Konflikt</translation>
    </message>
    <message>
        <source>Mark as conflict</source>
        <translation>Als Konflikt markieren</translation>
    </message>
    <message>
        <source>Remove tie</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Support map</source>
        <translation>Unterstützungskarte</translation>
    </message>
</context>
<context>
    <name>MapsDock</name>
    <message>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Search maps</source>
        <translation>Karten suchen</translation>
    </message>
    <message>
        <source>Maps in the library</source>
        <translation>Karten in der Bibliothek</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu …</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Map for %1</source>
        <translation>Karte für %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Mensch</numerusform>
            <numerusform>%n Menschen</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>Momentaufnahme %1</translation>
    </message>
    <message>
        <source>last snapshot %1</source>
        <translation>letzte Momentaufnahme %1</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Karte umbenennen</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>Karte löschen</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>Bisherige Passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Bisherige Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase noch einmal</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>The same &amp;again</source>
        <translation>Dieselbe noch &amp;einmal</translation>
    </message>
    <message>
        <source>&amp;Show the passphrases</source>
        <translation>Passphrasen &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Use this passphrase</source>
        <translation>Diese Passphrase &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Keep note</source>
        <translation>Notiz behalten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed</source>
        <translation>Die Passphrase beim Tippen zeigen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>PastMomentBanner</name>
    <message>
        <source>Back to now</source>
        <translation>Zurück zu jetzt</translation>
    </message>
    <message>
        <source>Compare with now</source>
        <translation>Mit jetzt vergleichen</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>Mensch &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add person</source>
        <comment>toolbar</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Edit person</source>
        <translation>Menschen &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Mensch hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>PeopleDock</name>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Menschen filtern</translation>
    </message>
    <message>
        <source>People on this map</source>
        <translation>Menschen auf dieser Karte</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Geben und Nehmen</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Bekommen</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Gegeben</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Names of the people on this map</source>
        <translation>Namen der Menschen auf dieser Karte</translation>
    </message>
</context>
<context>
    <name>PersonDock</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>e.g. sister, neighbour, GP</source>
        <translation>z. B. Schwester, Nachbarin, Hausarzt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>phone number, or how to reach them</source>
        <translation>Telefonnummer, oder wie du sie erreichst</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Lebensbereich</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>How safe it feels</source>
        <translation>Wie sicher es sich anfühlt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <source>Con&amp;tact</source>
        <translation>Kon&amp;takt</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>&amp;Lebensbereich</translation>
    </message>
    <message>
        <source>C&amp;ircle</source>
        <translation>K&amp;reis</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>Help between you</source>
        <translation>Hilfe zwischen euch</translation>
    </message>
    <message>
        <source>I receive</source>
        <translation>Ich bekomme</translation>
    </message>
    <message>
        <source>I give</source>
        <translation>Ich gebe</translation>
    </message>
    <message>
        <source>What makes it hard to ask</source>
        <translation>Was das Fragen schwer macht</translation>
    </message>
    <message>
        <source>Next small step</source>
        <translation>Nächster kleiner Schritt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Ne&amp;xt small step</source>
        <translation>Nä&amp;chster kleiner Schritt</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
</context>
<context>
    <name>PersonTiesWidget</name>
    <message>
        <source>Knows</source>
        <translation>Kennt</translation>
    </message>
    <message>
        <source>How well</source>
        <translation>Wie gut</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Connections of this person</source>
        <translation>Verbindungen dieses Menschen</translation>
    </message>
    <message>
        <source>How well they know each other</source>
        <translation>Wie gut sie sich kennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>PlanListEditor</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the chosen line (Enter or F2)</source>
        <translation>Die gewählte Zeile bearbeiten (Enter oder F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the chosen line out (Del)</source>
        <translation>Die gewählte Zeile herausnehmen (Entf)</translation>
    </message>
    <message>
        <source>Move the chosen line up (Alt+Up)</source>
        <translation>Die gewählte Zeile nach oben schieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the chosen line down (Alt+Down)</source>
        <translation>Die gewählte Zeile nach unten schieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Use the map&apos;s suggestion again</source>
        <translation>Den Vorschlag der Karte wieder nutzen</translation>
    </message>
    <message>
        <source>Add to step %1</source>
        <translation>Zu Schritt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Lock after</source>
        <translation>Sperren nach</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation>
            <numerusform>%n Minute ohne Benutzung</numerusform>
            <numerusform>%n Minuten ohne Benutzung</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Lock the library after</source>
        <translation>Bibliothek &amp;sperren nach</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>P&amp;räsentationsmodus</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
</context>
<context>
    <name>ProtectionActions</name>
    <message>
        <source>Pr&amp;otect with a passphrase…</source>
        <translation>Mit einer Passphrase sc&amp;hützen …</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>Passphrase ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Re&amp;move protection…</source>
        <translation>Schutz ent&amp;fernen …</translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation>Schutz entfernen</translation>
    </message>
</context>
<context>
    <name>QuickHide</name>
    <message>
        <source>&amp;Hide the screen now</source>
        <translation>Bildschirm sofort &amp;verbergen</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Save &amp;report as PDF…</source>
        <translation>&amp;Bericht als PDF speichern …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
</context>
<context>
    <name>SafetyPlanActions</name>
    <message>
        <source>Save safety p&amp;lan as PDF…</source>
        <translation>Sicherheitsp&amp;lan als PDF speichern …</translation>
    </message>
    <message>
        <source>Print sa&amp;fety plan…</source>
        <translation>Sicherheitsplan dr&amp;ucken …</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDock</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Check the server&apos;s certificate (recommended)</source>
        <translation>Zertifikat des Servers prüfen (empfohlen)</translation>
    </message>
    <message>
        <source>Encrypt, without checking the certificate</source>
        <translation>Verschlüsseln, ohne das Zertifikat zu prüfen</translation>
    </message>
    <message>
        <source>No encryption (only for a server on this computer)</source>
        <translation>Keine Verschlüsselung (nur für einen Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>The system&apos;s usual certificates</source>
        <translation>Die üblichen Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Empty: use the .pgpass file</source>
        <translation>Leer: die Datei .pgpass verwenden</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Library (database)</source>
        <translation>&amp;Bibliothek (Datenbank)</translation>
    </message>
    <message>
        <source>&amp;Your user name</source>
        <translation>&amp;Dein Benutzername</translation>
    </message>
    <message>
        <source>&amp;Protection</source>
        <translation>&amp;Schutz</translation>
    </message>
    <message>
        <source>&amp;Certificate file</source>
        <translation>&amp;Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>SinceBox</name>
    <message>
        <source>Show what changed</source>
        <translation>Zeigen, was sich verändert hat</translation>
    </message>
    <message>
        <source>Since the last snapshot</source>
        <translation>Seit der letzten Momentaufnahme</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotLabelDialog</name>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>SortRow</name>
    <message>
        <source>Sort people by</source>
        <translation>Menschen sortieren nach</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Sort &amp;by</source>
        <translation>Sortieren &amp;nach</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Name of the person at the centre</source>
        <translation>Name des Menschen in der Mitte</translation>
    </message>
    <message>
        <source>Map title</source>
        <translation>Titel der Karte</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Start the map</source>
        <translation>Karte beginnen</translation>
    </message>
</context>
<context>
    <name>SupportMap</name>
    <message>
        <source>%1 help from %2: %3</source>
        <translation>%1 Hilfe von %2: %3</translation>
    </message>
    <message>
        <source>You receive: %1</source>
        <translation>Du bekommst: %1</translation>
    </message>
    <message>
        <source>You give: %1</source>
        <translation>Du gibst: %1</translation>
    </message>
    <message>
        <source>No help noted yet in either direction.</source>
        <translation>Noch keine Hilfe in einer der beiden Richtungen notiert.</translation>
    </message>
    <message>
        <source>Right now you give %1 much more than you receive from them.</source>
        <translation>Gerade gibst du %1 viel mehr, als du von dieser Person bekommst.</translation>
    </message>
    <message>
        <source>Right now %1 gives you much more than you give back, and that is okay.</source>
        <translation>Gerade gibt dir %1 viel mehr, als du zurückgibst, und das ist in Ordnung.</translation>
    </message>
    <message>
        <source>The support map: you at the centre, the people around you in rings by closeness and in wedges by life area. The People panel lists the same people for keyboard and screen reader use.</source>
        <translation>Die Unterstützungskarte: du in der Mitte, die Menschen um dich herum in Ringen nach Nähe und in Feldern nach Lebensbereich. Der Bereich „Menschen“ listet dieselben Menschen für Tastatur und Bildschirmleser auf.</translation>
    </message>
    <message>
        <source>Arrow keys move between people, Enter opens the editor, F2 renames, N adds someone, Delete removes the selected people, Escape cancels.</source>
        <translation>Pfeiltasten wechseln zwischen Menschen, Enter öffnet die Bearbeitung, F2 benennt um, N fügt jemanden hinzu, Entf entfernt die gewählten Menschen, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Preparing the charts…</source>
        <translation>Diagramme werden vorbereitet …</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern …</translation>
    </message>
    <message>
        <source>Save this chart as a picture (PNG), for example to add to notes or a report.</source>
        <translation>Dieses Diagramm als Bild (PNG) speichern, zum Beispiel für Notizen oder einen Bericht.</translation>
    </message>
    <message>
        <source>Save this chart as a drawing that stays sharp at any size (SVG).</source>
        <translation>Dieses Diagramm als Zeichnung speichern, die in jeder Größe scharf bleibt (SVG).</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation>Das Diagramm wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the chart as %1.</source>
        <translation>Das Diagramm wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export pi&amp;cture…</source>
        <translation>&amp;Bild exportieren …</translation>
    </message>
    <message>
        <source>Save a picture of the map, with a small legend, as PNG, SVG or PDF.</source>
        <translation>Ein Bild der Karte mit einer kleinen Legende als PNG, SVG oder PDF speichern.</translation>
    </message>
    <message>
        <source>Export a picture of the map</source>
        <translation>Ein Bild der Karte exportieren</translation>
    </message>
    <message>
        <source>The picture was not saved</source>
        <translation>Das Bild wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot save a picture as “%1”: choose a name ending in .png, .svg or .pdf.</source>
        <translation>Ein Bild kann nicht als „%1“ gespeichert werden: Wähle einen Namen, der auf .png, .svg oder .pdf endet.</translation>
    </message>
    <message>
        <source>Could not draw the picture; try another format or a smaller map.</source>
        <translation>Das Bild konnte nicht gezeichnet werden; versuch ein anderes Format oder eine kleinere Karte.</translation>
    </message>
    <message>
        <source>There is no map open to export. Open or create a map first.</source>
        <translation>Es ist keine Karte zum Exportieren geöffnet. Öffne oder erstelle zuerst eine Karte.</translation>
    </message>
    <message>
        <source>Saved a picture of the map as %1.</source>
        <translation>Ein Bild der Karte wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Map for %1</source>
        <translation>Karte für %1</translation>
    </message>
    <message>
        <source>How safe it feels</source>
        <translation>Wie sicher es sich anfühlt</translation>
    </message>
    <message>
        <source>Help you receive</source>
        <translation>Hilfe, die du bekommst</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>Arrow towards you: help you receive</source>
        <translation>Pfeil zu dir: Hilfe, die du bekommst</translation>
    </message>
    <message>
        <source>Arrow towards them: help you give</source>
        <translation>Pfeil zu ihnen: Hilfe, die du gibst</translation>
    </message>
    <message>
        <source>Mostly one way</source>
        <translation>Meist in eine Richtung</translation>
    </message>
    <message>
        <source>They know each other</source>
        <translation>Sie kennen sich</translation>
    </message>
    <message>
        <source>Tension between them</source>
        <translation>Spannung zwischen ihnen</translation>
    </message>
    <message>
        <source>Save a report of this map as a PDF, for the client or for the clinician&apos;s file</source>
        <translation>Einen Bericht zu dieser Karte als PDF speichern, für die Klientin oder den Klienten oder für die Akte der Fachperson</translation>
    </message>
    <message>
        <source>Print a report of this map</source>
        <translation>Einen Bericht zu dieser Karte drucken</translation>
    </message>
    <message>
        <source>Which report?</source>
        <translation>Welcher Bericht?</translation>
    </message>
    <message>
        <source>Who is the report for?</source>
        <translation>Für wen ist der Bericht?</translation>
    </message>
    <message>
        <source>For the person to take home</source>
        <translation>Zum Mitnehmen für den Menschen selbst</translation>
    </message>
    <message>
        <source>The map, what is there for them, what the map shows with small steps, and their next steps. No session notes and no notes about people.</source>
        <translation>Die Karte, was für diesen Menschen da ist, was die Karte zeigt, mit kleinen Schritten, und die nächsten Schritte. Keine Sitzungsnotizen und keine Notizen zu Menschen.</translation>
    </message>
    <message>
        <source>For the clinician&apos;s file</source>
        <translation>Für die Akte der Fachperson</translation>
    </message>
    <message>
        <source>All of that, plus the structural figures, the what-if ranking, the snapshots, every session note (private ones too) and each person&apos;s notes. Keep it confidential.</source>
        <translation>All das, dazu die Strukturkennzahlen, die Was-wäre-wenn-Rangfolge, die Momentaufnahmen, jede Sitzungsnotiz (auch die privaten) und die Notizen zu jedem Menschen. Vertraulich behandeln.</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>%1 — report</source>
        <translation>%1 – Bericht</translation>
    </message>
    <message>
        <source>%1 — clinician report</source>
        <translation>%1 – Bericht für Fachpersonen</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>Der Bericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report went to the printer.</source>
        <translation>Der Bericht wurde an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1
Your map is unchanged. You could choose another folder and try again.</source>
        <translation>%1
Deine Karte ist unverändert. Du könntest einen anderen Ordner wählen und es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>the printer or the file could not be opened</source>
        <translation>der Drucker oder die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>Der Bericht wurde nicht gedruckt</translation>
    </message>
    <message>
        <source>The printer could not be used (%1). You could save the report as a PDF instead.</source>
        <translation>Der Drucker konnte nicht benutzt werden (%1). Du könntest den Bericht stattdessen als PDF speichern.</translation>
    </message>
    <message>
        <source>Save the safety plan of this map as a PDF, to print and keep at hand</source>
        <translation>Den Sicherheitsplan dieser Karte als PDF speichern, zum Ausdrucken und Griffbereit-Halten</translation>
    </message>
    <message>
        <source>Print the safety plan of this map</source>
        <translation>Den Sicherheitsplan dieser Karte drucken</translation>
    </message>
    <message>
        <source>Save the safety plan as a PDF</source>
        <translation>Den Sicherheitsplan als PDF speichern</translation>
    </message>
    <message>
        <source>%1 — safety plan</source>
        <translation>%1 – Sicherheitsplan</translation>
    </message>
    <message>
        <source>Saved the safety plan as %1.</source>
        <translation>Der Sicherheitsplan wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The safety plan went to the printer.</source>
        <translation>Der Sicherheitsplan wurde an den Drucker geschickt.</translation>
    </message>
    <message>
        <source>The safety plan was not saved</source>
        <translation>Der Sicherheitsplan wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The safety plan was not printed</source>
        <translation>Der Sicherheitsplan wurde nicht gedruckt</translation>
    </message>
    <message>
        <source>The printer could not be used (%1). You could save the safety plan as a PDF instead.</source>
        <translation>Der Drucker konnte nicht benutzt werden (%1). Du könntest den Sicherheitsplan stattdessen als PDF speichern.</translation>
    </message>
    <message>
        <source>SupportMap maps (*.supportmap.json)</source>
        <translation>SupportMap-Karten (*.supportmap.json)</translation>
    </message>
    <message>
        <source>Import a map</source>
        <translation>Eine Karte importieren</translation>
    </message>
    <message>
        <source>Export this map</source>
        <translation>Diese Karte exportieren</translation>
    </message>
    <message>
        <source>Add a map from a .supportmap.json file to your library and open it</source>
        <translation>Eine Karte aus einer .supportmap.json-Datei in deine Bibliothek aufnehmen und öffnen</translation>
    </message>
    <message>
        <source>Save this map with its snapshots as a .supportmap.json file, as a copy to keep or to open on another computer</source>
        <translation>Diese Karte mit ihren Momentaufnahmen als .supportmap.json-Datei speichern, als Kopie zum Aufbewahren oder zum Öffnen auf einem anderen Computer</translation>
    </message>
    <message>
        <source>Imported %1 and opened it.</source>
        <translation>%1 importiert und geöffnet.</translation>
    </message>
    <message>
        <source>Saved a copy of the map as %1.</source>
        <translation>Eine Kopie der Karte wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The map could not be exported</source>
        <translation>Die Karte konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1
The map in your library is unchanged. You could choose another folder and try again.</source>
        <translation>%1
Die Karte in deiner Bibliothek ist unverändert. Du könntest einen anderen Ordner wählen und es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>GraphML for Gephi, networkx or igraph (*.graphml)</source>
        <translation>GraphML für Gephi, networkx oder igraph (*.graphml)</translation>
    </message>
    <message>
        <source>CSV tables in a zip, for R, spreadsheets and more (*.zip)</source>
        <translation>CSV-Tabellen in einer ZIP-Datei, für R, Tabellenkalkulationen und mehr (*.zip)</translation>
    </message>
    <message>
        <source>Export this map for other tools</source>
        <translation>Diese Karte für andere Programme exportieren</translation>
    </message>
    <message>
        <source>Save this map as GraphML or as CSV tables, for network tools such as Gephi, R or networkx; notes, next steps and session notes stay out</source>
        <translation>Diese Karte als GraphML oder als CSV-Tabellen speichern, für Netzwerkprogramme wie Gephi, R oder networkx; Notizen, nächste Schritte und Sitzungsnotizen bleiben draußen</translation>
    </message>
    <message>
        <source>Saved the map for other tools as %1.</source>
        <translation>Die Karte wurde für andere Programme als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Choose a folder for all your maps</source>
        <translation>Einen Ordner für alle deine Karten wählen</translation>
    </message>
    <message>
        <source>Save every map of your library, with its snapshots, as a .supportmap.json file in one folder; files already there are kept</source>
        <translation>Jede Karte deiner Bibliothek mit ihren Momentaufnahmen als .supportmap.json-Datei in einem Ordner speichern; Dateien, die schon dort sind, bleiben erhalten</translation>
    </message>
    <message>
        <source>Saving your maps…</source>
        <translation>Deine Karten werden gespeichert …</translation>
    </message>
    <message>
        <source>Maps exported</source>
        <translation>Karten exportiert</translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Export angehalten</translation>
    </message>
    <message>
        <source>Not every map could be exported</source>
        <translation>Nicht jede Karte konnte exportiert werden</translation>
    </message>
    <message>
        <source>%1
The maps in your library are unchanged, and the files saved before this one are complete. You could choose another folder and try again.</source>
        <translation>%1
Die Karten in deiner Bibliothek sind unverändert, und die vorher gespeicherten Dateien sind vollständig. Du könntest einen anderen Ordner wählen und es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Nothing here yet, and that is fine. At the end of a session you can keep a snapshot of the map as it is, with a note if you like. Later you can look back at it and see, in plain words, what has changed since.</source>
        <translation>Hier ist noch nichts, und das ist in Ordnung. Am Ende einer Sitzung kannst du eine Momentaufnahme der Karte festhalten, wie sie ist, wenn du magst mit einer Notiz. Später kannst du darauf zurückschauen und in einfachen Worten sehen, was sich seitdem verändert hat.</translation>
    </message>
    <message>
        <source>Open a map to see its snapshots and session notes here.</source>
        <translation>Öffne eine Karte, um hier ihre Momentaufnahmen und Sitzungsnotizen zu sehen.</translation>
    </message>
    <message>
        <source>Newest first. Enter opens a snapshot or edits a note, F2 renames or edits, Delete removes, and the menu key shows everything else.</source>
        <translation>Neueste zuerst. Enter öffnet eine Momentaufnahme oder bearbeitet eine Notiz, F2 benennt um oder bearbeitet, Entf entfernt, und die Menütaste zeigt alles andere.</translation>
    </message>
    <message>
        <source>Session %1 · %2</source>
        <translation>Sitzung %1 · %2</translation>
    </message>
    <message>
        <source>This keeps the map as it is now, so next time you can see what has changed. You can change the name.</source>
        <translation>So bleibt die Karte erhalten, wie sie jetzt ist, und beim nächsten Mal kannst du sehen, was sich verändert hat. Du kannst den Namen ändern.</translation>
    </message>
    <message>
        <source>Keep a snapshot of the map, with a note if you like, at the end of a session</source>
        <translation>Am Ende einer Sitzung eine Momentaufnahme der Karte festhalten, wenn du magst mit einer Notiz</translation>
    </message>
    <message>
        <source>Session kept as “%1”. The History panel shows it with your notes.</source>
        <translation>Sitzung als „%1“ festgehalten. Der Bereich „Verlauf“ zeigt sie mit deinen Notizen.</translation>
    </message>
    <message>
        <source>Optional: what you talked about, or what you might look at next time</source>
        <translation>Optional: worüber ihr gesprochen habt, oder was du dir beim nächsten Mal ansehen könntest</translation>
    </message>
    <message>
        <source>What you talked about, or what you might look at next time</source>
        <translation>Worüber ihr gesprochen habt, oder was du dir beim nächsten Mal ansehen könntest</translation>
    </message>
    <message>
        <source>A private note is not shown in presentation mode, on a shared screen.</source>
        <translation>Eine private Notiz wird im Präsentationsmodus, auf einem geteilten Bildschirm, nicht gezeigt.</translation>
    </message>
    <message>
        <source>That name could not be used: it needs at least one visible character, at most 80 in all, and no control characters.</source>
        <translation>Dieser Name ging nicht: Er braucht mindestens ein sichtbares Zeichen, höchstens 80 insgesamt und keine Steuerzeichen.</translation>
    </message>
    <message>
        <source>That note could not be kept: it may hold up to 20,000 characters and no control characters.</source>
        <translation>Diese Notiz konnte nicht behalten werden: Sie darf bis zu 20.000 Zeichen und keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>New name for the snapshot “%1”:</source>
        <translation>Neuer Name für die Momentaufnahme „%1“:</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”?</source>
        <translation>Die Momentaufnahme „%1“ löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone. The map as it is now and your session notes stay as they are.</source>
        <translation>Das lässt sich nicht rückgängig machen. Die Karte, wie sie jetzt ist, und deine Sitzungsnotizen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Make “%1” the current map?</source>
        <translation>„%1“ zur aktuellen Karte machen?</translation>
    </message>
    <message>
        <source>The people and their connections become as they were then. Your session notes stay. Undo can take it back.</source>
        <translation>Die Menschen und ihre Verbindungen werden wieder so, wie sie damals waren. Deine Sitzungsnotizen bleiben. „Rückgängig“ kann es zurücknehmen.</translation>
    </message>
    <message>
        <source>The map is now as it was at “%1”. Undo can take it back.</source>
        <translation>Die Karte ist jetzt so, wie sie bei „%1“ war. „Rückgängig“ kann es zurücknehmen.</translation>
    </message>
    <message>
        <source>Snapshot “%1” deleted.</source>
        <translation>Momentaufnahme „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Snapshot renamed to “%1”.</source>
        <translation>Momentaufnahme in „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Note deleted. Undo brings it back.</source>
        <translation>Notiz gelöscht. „Rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <source>The note is private now: presentation mode does not show it.</source>
        <translation>Die Notiz ist jetzt privat: Der Präsentationsmodus zeigt sie nicht.</translation>
    </message>
    <message>
        <source>The note is no longer private: presentation mode shows it.</source>
        <translation>Die Notiz ist nicht mehr privat: Der Präsentationsmodus zeigt sie.</translation>
    </message>
    <message>
        <source>Compare “%1” with which snapshot?</source>
        <translation>„%1“ mit welcher Momentaufnahme vergleichen?</translation>
    </message>
    <message>
        <source>See the map as it was then, read-only (Enter). Nothing of today changes.</source>
        <translation>Die Karte so sehen, wie sie damals war, nur zum Ansehen (Enter). Am Heute ändert sich nichts.</translation>
    </message>
    <message>
        <source>See what has changed between this snapshot and now, or another snapshot</source>
        <translation>Sehen, was sich zwischen dieser Momentaufnahme und jetzt oder einer anderen Momentaufnahme verändert hat</translation>
    </message>
    <message>
        <source>Make the map look as it did in this snapshot again (Undo can take it back)</source>
        <translation>Die Karte wieder so aussehen lassen wie in dieser Momentaufnahme („Rückgängig“ kann es zurücknehmen)</translation>
    </message>
    <message>
        <source>Write a session note, private unless you say so</source>
        <translation>Eine Sitzungsnotiz schreiben, privat, wenn du nichts anderes sagst</translation>
    </message>
    <message>
        <source>Since “%1” (%2)</source>
        <translation>Seit „%1“ (%2)</translation>
    </message>
    <message>
        <source>Nothing on the map has changed since then.</source>
        <translation>Auf der Karte hat sich seitdem nichts verändert.</translation>
    </message>
    <message>
        <source>“Show what changed” marks every change on the map and lists it.</source>
        <translation>„Zeigen, was sich verändert hat“ markiert jede Veränderung auf der Karte und listet sie auf.</translation>
    </message>
    <message>
        <source>What changed since the last snapshot cannot be shown right now, because it could not be read. The list below still works.</source>
        <translation>Was sich seit der letzten Momentaufnahme verändert hat, kann gerade nicht gezeigt werden, weil es sich nicht lesen ließ. Die Liste unten funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>One small step</source>
        <translation>Ein kleiner Schritt</translation>
    </message>
    <message>
        <source>Your map is just beginning</source>
        <translation>Deine Karte fängt gerade erst an</translation>
    </message>
    <message>
        <source>Add the people around you: family, friends, people from work or school, neighbours, anyone you could turn to. Once a few people are on the map, this list shows gently where support is strong and where it is thin.</source>
        <translation>Füge die Menschen um dich herum hinzu: Familie, Freundinnen und Freunde, Menschen aus Arbeit oder Schule, Nachbarn, alle, an die du dich wenden könntest. Sobald ein paar Menschen auf der Karte sind, zeigt diese Liste behutsam, wo Unterstützung stark ist und wo sie dünn ist.</translation>
    </message>
    <message>
        <source>You have started with %1</source>
        <translation>Du hast mit %1 angefangen</translation>
    </message>
    <message>
        <source>You could add one or two more people, even ones you rarely see. With a few people on the map, this list shows where support is strong and where it is thin.</source>
        <translation>Du könntest noch ein oder zwei Menschen hinzufügen, auch solche, die du selten siehst. Mit ein paar Menschen auf der Karte zeigt diese Liste, wo Unterstützung stark ist und wo sie dünn ist.</translation>
    </message>
    <message>
        <source>Your map can show more once help is noted</source>
        <translation>Deine Karte kann mehr zeigen, sobald Hilfe notiert ist</translation>
    </message>
    <message>
        <source>Then this list shows where support is strong and where it is thin. To note help, select someone and fill in what help flows between you in the Person panel.</source>
        <translation>Dann zeigt diese Liste, wo Unterstützung stark ist und wo sie dünn ist. Um Hilfe zu notieren, wähle jemanden aus und trage im Bereich „Person“ ein, welche Hilfe zwischen euch fließt.</translation>
    </message>
    <message>
        <source>What is there for you</source>
        <translation>Was für dich da ist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No map is open</source>
        <translation>Keine Karte geöffnet</translation>
    </message>
    <message>
        <source>You could open a map in the Maps panel, or start a new one for yourself or for someone you work with.</source>
        <translation>Du könntest im Bereich „Karten“ eine Karte öffnen oder eine neue beginnen, für dich selbst oder für jemanden, mit dem du arbeitest.</translation>
    </message>
    <message>
        <source>Nothing stands out right now</source>
        <translation>Gerade fällt nichts besonders auf</translation>
    </message>
    <message>
        <source>Every kind of help has more than one safe source on your map.</source>
        <translation>Jede Art von Hilfe hat auf deiner Karte mehr als eine sichere Quelle.</translation>
    </message>
    <message>
        <source>Few people on your map can be reached at the worst moments. SupportMap is not an emergency service; local emergency numbers, crisis lines and professionals such as your GP or a therapist are there for those times.</source>
        <translation>Nur wenige Menschen auf deiner Karte sind in den schwersten Momenten erreichbar. SupportMap ist kein Notdienst; örtliche Notrufnummern, Krisentelefone und Fachleute wie deine Hausärztin, dein Hausarzt oder eine Therapeutin sind für solche Zeiten da.</translation>
    </message>
    <message>
        <source>SupportMap is not an emergency service. If things are at their worst, local emergency numbers and crisis lines are there for you.</source>
        <translation>SupportMap ist kein Notdienst. Wenn es am schwersten ist, sind örtliche Notrufnummern und Krisentelefone für dich da.</translation>
    </message>
    <message>
        <source>Where to turn in a crisis</source>
        <translation>Wohin in einer Krise</translation>
    </message>
    <message>
        <source>Show who gives</source>
        <translation>Zeigen, wer gibt</translation>
    </message>
    <message>
        <source>Any kind of help</source>
        <translation>Jede Art von Hilfe</translation>
    </message>
    <message>
        <source>Any safety</source>
        <translation>Jede Sicherheit</translation>
    </message>
    <message>
        <source>Findings about your map</source>
        <translation>Beobachtungen zu deiner Karte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Who holds it together</source>
        <translation>Wer es zusammenhält</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>How many people who feel safe give you each kind of help.</source>
        <translation>Wie viele Menschen, die sich sicher anfühlen, dir jede Art von Hilfe geben.</translation>
    </message>
    <message>
        <source>Share of the pairs of people you lean on who know each other: 0 none, 1 all.</source>
        <translation>Anteil der Paare unter den Menschen, auf die du dich stützt, die sich kennen: 0 keine, 1 alle.</translation>
    </message>
    <message>
        <source>Groups of people linked to each other; someone who knows nobody else is a group.</source>
        <translation>Gruppen von Menschen, die miteinander verbunden sind; wer sonst niemanden kennt, ist eine eigene Gruppe.</translation>
    </message>
    <message>
        <source>People who are the only link between some of the others on your map.</source>
        <translation>Menschen, die die einzige Verbindung zwischen einigen anderen auf deiner Karte sind.</translation>
    </message>
    <message>
        <source>Roughly how many separate circles of people you reach; overlap counts less.</source>
        <translation>Ungefähr, wie viele getrennte Kreise von Menschen du erreichst; Überschneidungen zählen weniger.</translation>
    </message>
    <message>
        <source>Effective size per person: near 1 when each person links you to someone new.</source>
        <translation>Effektive Größe pro Mensch: nahe 1, wenn jeder Mensch dich mit jemand Neuem verbindet.</translation>
    </message>
    <message>
        <source>Higher when a few people who all know each other make up most of your map.</source>
        <translation>Höher, wenn wenige Menschen, die sich alle kennen, den größten Teil deiner Karte ausmachen.</translation>
    </message>
    <message>
        <source>How evenly people spread over life areas: 0 one area only, 1 perfectly even.</source>
        <translation>Wie gleichmäßig sich Menschen auf Lebensbereiche verteilen: 0 nur ein Bereich, 1 ganz gleichmäßig.</translation>
    </message>
    <message>
        <source>How many people your help really comes from, weighing who gives more.</source>
        <translation>Von wie vielen Menschen deine Hilfe wirklich kommt, gewichtet danach, wer mehr gibt.</translation>
    </message>
    <message>
        <source>What if they were not available?</source>
        <translation>Was wäre, wenn jemand nicht da wäre?</translation>
    </message>
    <message>
        <source>See the map as if this person could not be there for a while</source>
        <translation>Die Karte so sehen, als könnte dieser Mensch eine Weile nicht da sein</translation>
    </message>
    <message>
        <source>What if %1 were not available?</source>
        <translation>Was wäre, wenn %1 nicht da wäre?</translation>
    </message>
    <message>
        <source>If %1 were not available</source>
        <translation>Wenn %1 nicht da wäre</translation>
    </message>
    <message>
        <source>No safe source would be left for %1.</source>
        <translation>Für %1 bliebe keine sichere Quelle.</translation>
    </message>
    <message>
        <source>Every kind of help would still have a safe source.</source>
        <translation>Jede Art von Hilfe hätte weiterhin eine sichere Quelle.</translation>
    </message>
    <message>
        <source>%1 would no longer be linked to the others.</source>
        <translation>%1 wäre nicht mehr mit den anderen verbunden.</translation>
    </message>
    <message>
        <source>%1 is faded out for a moment; nothing on your map has changed. Findings shows what would be different.</source>
        <translation>%1 ist kurz ausgeblendet; auf deiner Karte hat sich nichts verändert. „Beobachtungen“ zeigt, was anders wäre.</translation>
    </message>
    <message>
        <source>Back to my map</source>
        <translation>Zurück zu meiner Karte</translation>
    </message>
    <message>
        <source>Leave the what-if view (Esc)</source>
        <translation>Die Was-wäre-wenn-Ansicht verlassen (Esc)</translation>
    </message>
    <message>
        <source>%1 is someone you could reach out to, not someone you rely on today.</source>
        <translation>%1 ist jemand, den du ansprechen könntest, nicht jemand, auf den du dich heute stützt.</translation>
    </message>
    <message>
        <source>Would come up</source>
        <translation>Würde hinzukommen</translation>
    </message>
    <message>
        <source>Would no longer apply</source>
        <translation>Würde nicht mehr zutreffen</translation>
    </message>
    <message>
        <source>Stays the same</source>
        <translation>Bleibt gleich</translation>
    </message>
    <message>
        <source>The findings would stay the same.</source>
        <translation>Die Beobachtungen blieben gleich.</translation>
    </message>
    <message>
        <source>People on your map, starting with those whose absence would change the most. Choose someone to see the map without them for a moment.</source>
        <translation>Menschen auf deiner Karte, zuerst die, deren Fehlen am meisten verändern würde. Wähle jemanden, um die Karte kurz ohne diesen Menschen zu sehen.</translation>
    </message>
    <message>
        <source>no safe source left for %1</source>
        <translation>keine sichere Quelle mehr für %1</translation>
    </message>
    <message>
        <source>%1 cut off from the others</source>
        <translation>%1 von den anderen getrennt</translation>
    </message>
    <message>
        <source>Without %1: %2.</source>
        <translation>Ohne %1: %2.</translation>
    </message>
    <message>
        <source>Every kind of help would still have a safe source, one fewer for some.</source>
        <translation>Jede Art von Hilfe hätte weiterhin eine sichere Quelle, für manche eine weniger.</translation>
    </message>
    <message>
        <source>Once people you rely on are on the map, they are listed here.</source>
        <translation>Sobald Menschen, auf die du dich stützt, auf der Karte sind, stehen sie hier.</translation>
    </message>
    <message>
        <source>Who holds your network together</source>
        <translation>Wer dein Netz zusammenhält</translation>
    </message>
    <message>
        <source>If you are in crisis…</source>
        <translation>Wenn du in einer Krise bist …</translation>
    </message>
    <message>
        <source>If you are in crisis</source>
        <translation>Wenn du in einer Krise bist</translation>
    </message>
    <message>
        <source>SupportMap is not an emergency service, and it cannot reach anyone for you.</source>
        <translation>SupportMap ist kein Notdienst und kann niemanden für dich erreichen.</translation>
    </message>
    <message>
        <source>If you are in danger, or might hurt yourself, contact your local emergency number now.</source>
        <translation>Wenn du in Gefahr bist oder dir etwas antun könntest, wende dich jetzt an deine örtliche Notrufnummer.</translation>
    </message>
    <message>
        <source>Most countries have crisis lines you can call or message, many of them day and night. You do not need to know what to say before you reach out.</source>
        <translation>In den meisten Ländern gibt es Krisentelefone, die du anrufen oder anschreiben kannst, viele davon Tag und Nacht. Du brauchst nicht zu wissen, was du sagen willst, bevor du dich meldest.</translation>
    </message>
    <message>
        <source>A GP, a doctor, a therapist or a counsellor can help too, including with finding the crisis line where you live.</source>
        <translation>Eine Hausärztin, ein Arzt, eine Therapeutin oder eine Beratungsstelle kann auch helfen, auch dabei, das Krisentelefon in deiner Nähe zu finden.</translation>
    </message>
    <message>
        <source>If you can, you could also let one person you trust know how you are.</source>
        <translation>Wenn es geht, könntest du auch einem Menschen, dem du vertraust, sagen, wie es dir geht.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Looking back at “%1”</source>
        <translation>Rückblick auf „%1“</translation>
    </message>
    <message>
        <source>This is the map as it was on %1. It is kept as it was, so nothing can be changed here.</source>
        <translation>So sah die Karte am %1 aus. Sie bleibt, wie sie war, deshalb lässt sich hier nichts ändern.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>%1 im Vergleich mit %2</translation>
    </message>
    <message>
        <source>What changed since %1 is marked on the map and listed under “What changed”. Nothing can be changed here.</source>
        <translation>Was sich seit %1 verändert hat, ist auf der Karte markiert und unter „Veränderungen“ aufgelistet. Hier lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>Nothing changed between these two moments: the map is just as it was.</source>
        <translation>Zwischen diesen beiden Momenten hat sich nichts verändert: Die Karte ist genau so, wie sie war.</translation>
    </message>
    <message>
        <source>Show the map as it is now again, ready to change (Esc)</source>
        <translation>Die Karte wieder so zeigen, wie sie jetzt ist, bereit für Änderungen (Esc)</translation>
    </message>
    <message>
        <source>See what changed between this moment and the map as it is now</source>
        <translation>Sehen, was sich zwischen diesem Moment und der Karte, wie sie jetzt ist, verändert hat</translation>
    </message>
    <message>
        <source>Show the earlier map on the left and the later one on the right</source>
        <translation>Die frühere Karte links und die spätere rechts zeigen</translation>
    </message>
    <message>
        <source>A past moment is shown. Press Esc or choose “Back to now” to make changes.</source>
        <translation>Ein vergangener Moment wird gezeigt. Drück Esc oder wähle „Zurück zu jetzt“, um etwas zu ändern.</translation>
    </message>
    <message>
        <source>Two moments are compared; nothing can be changed here. Press Esc or choose “Back to now” to make changes.</source>
        <translation>Zwei Momente werden verglichen; hier lässt sich nichts ändern. Drück Esc oder wähle „Zurück zu jetzt“, um etwas zu ändern.</translation>
    </message>
    <message>
        <source>Select someone on the map or in the People list to see what they meant to you then.</source>
        <translation>Wähle jemanden auf der Karte oder in der Liste „Menschen“, um zu sehen, was dieser Mensch dir damals bedeutet hat.</translation>
    </message>
    <message>
        <source>As noted at that moment. Nothing can be changed here.</source>
        <translation>So, wie es damals notiert war. Hier lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>Nothing changed between these two moments. The same people are there, in the same places, with the same help between you.</source>
        <translation>Zwischen diesen beiden Momenten hat sich nichts verändert. Dieselben Menschen sind da, an denselben Stellen, mit derselben Hilfe zwischen euch.</translation>
    </message>
    <message>
        <source>The people and their circles stayed as they were. The smaller changes are listed below.</source>
        <translation>Die Menschen und ihre Kreise sind geblieben, wie sie waren. Die kleineren Veränderungen stehen unten.</translation>
    </message>
    <message>
        <source>What changed between the two moments, grouped. Choosing a person&apos;s line selects them on the map.</source>
        <translation>Was sich zwischen den beiden Momenten verändert hat, gruppiert. Wenn du die Zeile eines Menschen wählst, wird er auf der Karte ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is new on the map since %2.</source>
        <translation>%1 ist seit %2 neu auf der Karte.</translation>
    </message>
    <message>
        <source>%1 was on the map in %2 and is not on it now. This is where they were.</source>
        <translation>%1 war bei %2 auf der Karte und ist jetzt nicht mehr darauf. Hier war dieser Mensch.</translation>
    </message>
    <message>
        <source>%1 was here in %2 and has moved since.</source>
        <translation>%1 war bei %2 hier und ist seitdem weitergerückt.</translation>
    </message>
    <message>
        <source>%1 was here in %2, in circle %3, and is now in circle %4.</source>
        <translation>%1 war bei %2 hier, in Kreis %3, und ist jetzt in Kreis %4.</translation>
    </message>
    <message>
        <source>Leaning on %1 was “%2” in %3 and is now “%4”.</source>
        <translation>Sich auf %1 zu stützen war bei %3 „%2“ und ist jetzt „%4“.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show this map on a shared screen: other maps and each person&apos;s notes are hidden and the text is larger (%1)</source>
        <translation>Diese Karte auf einem geteilten Bildschirm zeigen: Andere Karten und die Notizen zu jedem Menschen sind verborgen, und die Schrift ist größer (%1)</translation>
    </message>
    <message>
        <source>Presentation mode: other maps and notes are hidden. %1 leaves it.</source>
        <translation>Präsentationsmodus: Andere Karten und Notizen sind verborgen. %1 beendet ihn.</translation>
    </message>
    <message>
        <source>Let the window fill the whole screen (%1)</source>
        <translation>Das Fenster den ganzen Bildschirm füllen lassen (%1)</translation>
    </message>
    <message>
        <source>Cover the window at once with a plain screen that shows no names. The same key, or a click, brings it back (%1)</source>
        <translation>Das Fenster sofort mit einer schlichten Fläche ohne Namen abdecken. Dieselbe Taste oder ein Klick holt es zurück (%1)</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>A plan for hard moments, in your own words, to read when things get difficult. Steps 3 to 5 start with people from the map; you can change them.</source>
        <translation>Ein Plan für schwere Momente, in deinen eigenen Worten, zum Lesen, wenn es schwierig wird. Die Schritte 3 bis 5 beginnen mit Menschen von der Karte; du kannst sie ändern.</translation>
    </message>
    <message>
        <source>This is the plan as it was at the moment shown. Go back to now to change it.</source>
        <translation>So war der Plan zu dem gezeigten Moment. Geh zurück zu jetzt, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Thoughts, feelings or situations that tell you a hard time may be starting, for example “I stop answering messages”.</source>
        <translation>Gedanken, Gefühle oder Situationen, die dir sagen, dass eine schwere Zeit beginnen könnte, zum Beispiel „Ich antworte nicht mehr auf Nachrichten“.</translation>
    </message>
    <message>
        <source>Small things that help a little, without anyone else, for example a walk, a shower or a favourite song.</source>
        <translation>Kleine Dinge, die ein wenig helfen, ohne andere Menschen, zum Beispiel ein Spaziergang, eine Dusche oder ein Lieblingslied.</translation>
    </message>
    <message>
        <source>People who are good company, and places where you feel a little better, such as a park, a café or a library.</source>
        <translation>Menschen, die gute Gesellschaft sind, und Orte, an denen du dich etwas besser fühlst, etwa ein Park, ein Café oder eine Bücherei.</translation>
    </message>
    <message>
        <source>People you could tell that things are hard, and ask for help. How to reach them is shown with their name.</source>
        <translation>Menschen, denen du sagen könntest, dass es gerade schwer ist, und die du um Hilfe bitten könntest. Wie du sie erreichst, steht bei ihrem Namen.</translation>
    </message>
    <message>
        <source>Professionals and services you could contact in a crisis, and crisis lines you write down here yourself.</source>
        <translation>Fachleute und Dienste, an die du dich in einer Krise wenden könntest, und Krisentelefone, die du hier selbst aufschreibst.</translation>
    </message>
    <message>
        <source>Ways to make where you are safer while things are hard, for example asking someone to keep certain things for you for a while.</source>
        <translation>Wege, deine Umgebung sicherer zu machen, solange es schwer ist, zum Beispiel jemanden zu bitten, bestimmte Dinge eine Weile für dich aufzubewahren.</translation>
    </message>
    <message>
        <source>The people, hopes and reasons that matter most to you, worth reading when things feel hardest.</source>
        <translation>Die Menschen, Hoffnungen und Gründe, die dir am meisten bedeuten, gut zum Lesen, wenn es sich am schwersten anfühlt.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Krisentelefone</translation>
    </message>
    <message>
        <source>Nothing written here yet. You could add one thing, whenever it feels right.</source>
        <translation>Hier steht noch nichts. Du könntest eine Sache hinzufügen, wann immer es sich richtig anfühlt.</translation>
    </message>
    <message>
        <source>Nobody here yet. Safe people you get company from appear here once that help is noted on the map, or you could add someone yourself.</source>
        <translation>Hier ist noch niemand. Sichere Menschen, die dir Gesellschaft geben, erscheinen hier, sobald diese Hilfe auf der Karte notiert ist, oder du fügst selbst jemanden hinzu.</translation>
    </message>
    <message>
        <source>Nobody here yet. Safe people you get comfort or crisis help from appear here once that help is noted on the map, or you could add someone yourself.</source>
        <translation>Hier ist noch niemand. Sichere Menschen, die dir Trost oder Hilfe in Krisen geben, erscheinen hier, sobald diese Hilfe auf der Karte notiert ist, oder du fügst selbst jemanden hinzu.</translation>
    </message>
    <message>
        <source>No professionals or services here yet. People in the life area “Professionals &amp; services” appear here.</source>
        <translation>Hier sind noch keine Fachleute oder Dienste. Menschen aus dem Lebensbereich „Fachleute &amp; Dienste“ erscheinen hier.</translation>
    </message>
    <message>
        <source>You have taken everyone out of this step. “Use the map&apos;s suggestion again” brings back whom the map suggests.</source>
        <translation>Du hast alle aus diesem Schritt herausgenommen. „Den Vorschlag der Karte wieder nutzen“ holt zurück, wen die Karte vorschlägt.</translation>
    </message>
    <message>
        <source>Suggested by the map</source>
        <translation>Von der Karte vorgeschlagen</translation>
    </message>
    <message>
        <source>This list follows the map as it changes. Adding, removing or moving someone makes it your own choice.</source>
        <translation>Diese Liste folgt der Karte, wenn sie sich ändert. Wenn du jemanden hinzufügst, entfernst oder verschiebst, wird sie zu deiner eigenen Wahl.</translation>
    </message>
    <message>
        <source>Your own choice</source>
        <translation>Deine eigene Wahl</translation>
    </message>
    <message>
        <source>You chose who is in this list and in which order. People marked unsafe or draining are still always left out.</source>
        <translation>Du hast gewählt, wer in dieser Liste steht und in welcher Reihenfolge. Menschen, die als nicht sicher oder kräftezehrend markiert sind, bleiben trotzdem immer draußen.</translation>
    </message>
    <message>
        <source>How to reach %1 is not written down yet; you could add it in the Person panel.</source>
        <translation>Wie %1 erreichbar ist, steht noch nicht da; du könntest es im Bereich „Person“ ergänzen.</translation>
    </message>
    <message>
        <source>Who would you like to add to this step?</source>
        <translation>Wen möchtest du zu diesem Schritt hinzufügen?</translation>
    </message>
    <message>
        <source>There is nobody else on the map who could be added to this step. People marked unsafe or draining are always left out.</source>
        <translation>Es gibt niemanden sonst auf der Karte, der zu diesem Schritt hinzugefügt werden könnte. Menschen, die als nicht sicher oder kräftezehrend markiert sind, bleiben immer draußen.</translation>
    </message>
    <message>
        <source>This list holds up to %1 lines. You could edit or remove one to make room.</source>
        <translation>Diese Liste fasst bis zu %1 Zeilen. Du könntest eine bearbeiten oder entfernen, um Platz zu schaffen.</translation>
    </message>
    <message>
        <source>A line holds up to %1 characters, so typing stops there. You could go on in a new line.</source>
        <translation>Eine Zeile fasst bis zu %1 Zeichen, deshalb endet die Eingabe dort. Du könntest in einer neuen Zeile weiterschreiben.</translation>
    </message>
    <message>
        <source>This holds up to %1 characters, so the text stops there.</source>
        <translation>Hier passen bis zu %1 Zeichen hinein, deshalb endet der Text dort.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Write down a crisis line or service you know of, and how to reach it. SupportMap does not look up numbers.</source>
        <translation>Schreib ein Krisentelefon oder einen Dienst auf, den du kennst, und wie er erreichbar ist. SupportMap sucht keine Nummern heraus.</translation>
    </message>
    <message>
        <source>The name of the line or service</source>
        <translation>Der Name des Telefons oder Dienstes</translation>
    </message>
    <message>
        <source>A phone number, a text service or a website</source>
        <translation>Eine Telefonnummer, ein Textdienst oder eine Website</translation>
    </message>
    <message>
        <source>A field here holds up to %1 characters, so typing stops there.</source>
        <translation>Ein Feld hier fasst bis zu %1 Zeichen, deshalb endet die Eingabe dort.</translation>
    </message>
    <message>
        <source>Add warning sign</source>
        <translation>Warnzeichen hinzufügen</translation>
    </message>
    <message>
        <source>Edit warning sign</source>
        <translation>Warnzeichen bearbeiten</translation>
    </message>
    <message>
        <source>Remove warning sign</source>
        <translation>Warnzeichen entfernen</translation>
    </message>
    <message>
        <source>Move warning sign</source>
        <translation>Warnzeichen verschieben</translation>
    </message>
    <message>
        <source>Add something I can do</source>
        <translation>Etwas, das ich tun kann, hinzufügen</translation>
    </message>
    <message>
        <source>Edit something I can do</source>
        <translation>Etwas, das ich tun kann, bearbeiten</translation>
    </message>
    <message>
        <source>Remove something I can do</source>
        <translation>Etwas, das ich tun kann, entfernen</translation>
    </message>
    <message>
        <source>Move something I can do</source>
        <translation>Etwas, das ich tun kann, verschieben</translation>
    </message>
    <message>
        <source>Add place</source>
        <translation>Ort hinzufügen</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <source>Remove place</source>
        <translation>Ort entfernen</translation>
    </message>
    <message>
        <source>Move place</source>
        <translation>Ort verschieben</translation>
    </message>
    <message>
        <source>Add crisis line</source>
        <translation>Krisentelefon hinzufügen</translation>
    </message>
    <message>
        <source>Edit crisis line</source>
        <translation>Krisentelefon bearbeiten</translation>
    </message>
    <message>
        <source>Remove crisis line</source>
        <translation>Krisentelefon entfernen</translation>
    </message>
    <message>
        <source>Move crisis line</source>
        <translation>Krisentelefon verschieben</translation>
    </message>
    <message>
        <source>Add way to be safer</source>
        <translation>Weg zu mehr Sicherheit hinzufügen</translation>
    </message>
    <message>
        <source>Edit way to be safer</source>
        <translation>Weg zu mehr Sicherheit bearbeiten</translation>
    </message>
    <message>
        <source>Remove way to be safer</source>
        <translation>Weg zu mehr Sicherheit entfernen</translation>
    </message>
    <message>
        <source>Move way to be safer</source>
        <translation>Weg zu mehr Sicherheit verschieben</translation>
    </message>
    <message>
        <source>Add %1 to step %2</source>
        <translation>%1 zu Schritt %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from step %2</source>
        <translation>%1 aus Schritt %2 entfernen</translation>
    </message>
    <message>
        <source>Move %1 in step %2</source>
        <translation>%1 in Schritt %2 verschieben</translation>
    </message>
    <message>
        <source>Use the map&apos;s suggestion for step %1</source>
        <translation>Den Vorschlag der Karte für Schritt %1 nutzen</translation>
    </message>
    <message>
        <source>Welcome to SupportMap</source>
        <translation>Willkommen bei SupportMap</translation>
    </message>
    <message>
        <source>A support map shows the people around someone: who is there, what help flows each way, and how safe each person feels.

Who is this map for?</source>
        <translation>Eine Unterstützungskarte zeigt die Menschen um jemanden herum: wer da ist, welche Hilfe in welche Richtung fließt und wie sicher sich jeder Mensch anfühlt.

Für wen ist diese Karte?</translation>
    </message>
    <message>
        <source>A first name is enough, or simply “Me”</source>
        <translation>Ein Vorname genügt, oder einfach „Ich“</translation>
    </message>
    <message>
        <source>Optional, e.g. “Alex — first session”</source>
        <translation>Optional, z. B. „Alex – erste Sitzung“</translation>
    </message>
    <message>
        <source>SupportMap is not an emergency service. If you or someone else is in danger, please call your local emergency number or a crisis line.</source>
        <translation>SupportMap ist kein Notdienst. Wenn du oder jemand anderes in Gefahr ist, ruf bitte deine örtliche Notrufnummer oder ein Krisentelefon an.</translation>
    </message>
    <message>
        <source>A name is needed. The previous name is kept.</source>
        <translation>Ein Name wird gebraucht. Der bisherige Name bleibt.</translation>
    </message>
    <message>
        <source>That name could not be used: a name needs at least one visible character, at most 80 in all, and no control characters. Nothing was changed.</source>
        <translation>Dieser Name ging nicht: Ein Name braucht mindestens ein sichtbares Zeichen, höchstens 80 insgesamt und keine Steuerzeichen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Who would you like to add?</source>
        <translation>Wen möchtest du hinzufügen?</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Select someone on the map or in the People list to see and edit what they mean to you.</source>
        <translation>Wähle jemanden auf der Karte oder in der Liste „Menschen“, um zu sehen und zu bearbeiten, was dieser Mensch dir bedeutet.</translation>
    </message>
    <message>
        <source>One small, concrete step, e.g. “Reply to Sam&apos;s message”</source>
        <translation>Ein kleiner, konkreter Schritt, z. B. „Sams Nachricht beantworten“</translation>
    </message>
    <message>
        <source>For each kind of help: how much you receive from this person, and how much you give them.</source>
        <translation>Für jede Art von Hilfe: wie viel du von diesem Menschen bekommst und wie viel du ihm gibst.</translation>
    </message>
    <message>
        <source>Who does %1 know?</source>
        <translation>Wen kennt %1?</translation>
    </message>
    <message>
        <source>There is nobody else on the map yet to connect %1 with.</source>
        <translation>Es ist noch niemand sonst auf der Karte, mit dem %1 verbunden werden könnte.</translation>
    </message>
    <message>
        <source>%1 is not connected to anyone else on the map yet.</source>
        <translation>%1 ist noch mit niemandem sonst auf der Karte verbunden.</translation>
    </message>
    <message>
        <source>You can bring them back with Undo.</source>
        <translation>Mit „Rückgängig“ kannst du es zurückholen.</translation>
    </message>
    <message>
        <source>Add someone to the map (N)</source>
        <translation>Jemanden zur Karte hinzufügen (N)</translation>
    </message>
    <message>
        <source>Edit the selected person in the Person panel (Enter)</source>
        <translation>Den gewählten Menschen im Bereich „Person“ bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected people and their connections (Del)</source>
        <translation>Die gewählten Menschen und ihre Verbindungen entfernen (Entf)</translation>
    </message>
    <message>
        <source>Record that the selected person knows someone</source>
        <translation>Festhalten, dass der gewählte Mensch jemanden kennt</translation>
    </message>
    <message>
        <source>Mark this connection as a conflict</source>
        <translation>Diese Verbindung als Konflikt markieren</translation>
    </message>
    <message>
        <source>Remove this connection</source>
        <translation>Diese Verbindung entfernen</translation>
    </message>
    <message>
        <source>Connect with someone</source>
        <translation>Mit jemandem verbinden</translation>
    </message>
    <message>
        <source>Connect: click a person, then someone they know. Esc to stop.</source>
        <translation>Verbinden: Klicke einen Menschen an, dann jemanden, den er kennt. Esc beendet.</translation>
    </message>
    <message>
        <source>Connect: click someone %1 knows. Esc to stop.</source>
        <translation>Verbinden: Klicke jemanden an, den %1 kennt. Esc beendet.</translation>
    </message>
    <message>
        <source>Insert adds, F2 renames, Delete removes, Enter edits, Ctrl+L connects.</source>
        <translation>Einfg fügt hinzu, F2 benennt um, Entf entfernt, Enter bearbeitet, Strg+L verbindet.</translation>
    </message>
    <message>
        <source>Which way help mostly goes between you and this person. Left empty while no help is noted, for professionals and for people you could reach out to.</source>
        <translation>In welche Richtung die Hilfe zwischen dir und diesem Menschen meistens geht. Bleibt leer, solange keine Hilfe notiert ist, bei Fachleuten und bei Menschen, die du ansprechen könntest.</translation>
    </message>
    <message>
        <source>Help from professionals is paid, so give and take is left out for them.</source>
        <translation>Hilfe von Fachleuten wird bezahlt, daher bleibt Geben und Nehmen bei ihnen außen vor.</translation>
    </message>
    <message>
        <source>Shows the people whose row contains what you type. Down moves to the list.</source>
        <translation>Zeigt die Menschen, deren Zeile enthält, was du tippst. Pfeil runter wechselt in die Liste.</translation>
    </message>
    <message>
        <source>The column the list is sorted by. Clicking a column heading changes it too.</source>
        <translation>Die Spalte, nach der die Liste sortiert ist. Ein Klick auf eine Spaltenüberschrift ändert sie auch.</translation>
    </message>
    <message>
        <source>Sort the other way round: Z to A, or the largest numbers first</source>
        <translation>Andersherum sortieren: Z bis A oder die größten Zahlen zuerst</translation>
    </message>
    <message>
        <source>Who is the new map for?</source>
        <translation>Für wen ist die neue Karte?</translation>
    </message>
    <message>
        <source>New title for this map:</source>
        <translation>Neuer Titel für diese Karte:</translation>
    </message>
    <message>
        <source>Delete the map “%1” and everything in it?</source>
        <translation>Die Karte „%1“ mit allem, was darin ist, löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone. If you might want it later, you could first keep a copy with File → Export map…</source>
        <translation>Das lässt sich nicht rückgängig machen. Wenn du sie später vielleicht noch brauchst, könntest du zuerst mit Datei → Karte exportieren … eine Kopie behalten.</translation>
    </message>
    <message>
        <source>Search maps by title or name</source>
        <translation>Karten nach Titel oder Name suchen</translation>
    </message>
    <message>
        <source>Click a map, or press Enter on it, to open it.</source>
        <translation>Klicke eine Karte an oder drücke Enter darauf, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Create a new map</source>
        <translation>Eine neue Karte erstellen</translation>
    </message>
    <message>
        <source>Rename the selected map (it opens first)</source>
        <translation>Die gewählte Karte umbenennen (sie öffnet sich zuerst)</translation>
    </message>
    <message>
        <source>Make a copy of the selected map</source>
        <translation>Eine Kopie der gewählten Karte anlegen</translation>
    </message>
    <message>
        <source>Delete the selected map</source>
        <translation>Die gewählte Karte löschen</translation>
    </message>
    <message>
        <source>Filter by any column</source>
        <translation>Nach jeder Spalte filtern</translation>
    </message>
    <message>
        <source>A snapshot keeps this map as it is now, so you can look back and see what has changed. What would you like to call it?</source>
        <translation>Eine Momentaufnahme hält diese Karte so fest, wie sie jetzt ist, damit du zurückschauen und sehen kannst, was sich verändert hat. Wie möchtest du sie nennen?</translation>
    </message>
    <message>
        <source>Keep a copy of the map as it is now, e.g. at the end of a session</source>
        <translation>Eine Kopie der Karte so behalten, wie sie jetzt ist, z. B. am Ende einer Sitzung</translation>
    </message>
    <message>
        <source>Snapshot “%1” kept. The Charts panel shows the change over time.</source>
        <translation>Momentaufnahme „%1“ festgehalten. Der Bereich „Diagramme“ zeigt die Veränderung über die Zeit.</translation>
    </message>
    <message>
        <source>No map is open. Create one in the Maps panel.</source>
        <translation>Keine Karte geöffnet. Erstelle eine im Bereich „Karten“.</translation>
    </message>
    <message>
        <source>Start a new map: it asks who the map is for, and opens it.</source>
        <translation>Eine neue Karte beginnen: Es wird gefragt, für wen die Karte ist, dann öffnet sie sich.</translation>
    </message>
    <message>
        <source>Opening your maps…</source>
        <translation>Deine Karten werden geöffnet …</translation>
    </message>
    <message>
        <source>This map is empty, and that is a fine place to start. Press N or use Add person to add someone.</source>
        <translation>Diese Karte ist leer, und das ist ein guter Anfang. Drück N oder nutze „Mensch hinzufügen“, um jemanden hinzuzufügen.</translation>
    </message>
    <message>
        <source>That change could not be saved</source>
        <translation>Diese Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The last change could not be saved, so it was taken back. Everything saved before it is safe.

You could check that the disk has free space and try again.

Details: %1</source>
        <translation>Die letzte Änderung konnte nicht gespeichert werden und wurde deshalb zurückgenommen. Alles, was vorher gespeichert wurde, ist sicher.

Du könntest prüfen, ob auf dem Datenträger Platz frei ist, und es noch einmal versuchen.

Details: %1</translation>
    </message>
    <message>
        <source>That file could not be opened</source>
        <translation>Diese Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2
Your library is unchanged.</source>
        <translation>%1 konnte nicht importiert werden: %2
Deine Bibliothek ist unverändert.</translation>
    </message>
    <message>
        <source>The library could not be opened: %1</source>
        <translation>Die Bibliothek konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The picture could not be written to %1.</source>
        <translation>Das Bild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>SupportMap helps you draw the people you can lean on, and shows gently where support is thin or one-sided.

Everything stays on this computer. SupportMap is not an emergency service: if you or someone else is in danger, please call your local emergency number or a crisis line.</source>
        <translation>SupportMap hilft dir, die Menschen aufzuzeichnen, auf die du dich stützen kannst, und zeigt behutsam, wo Unterstützung dünn oder einseitig ist.

Alles bleibt auf diesem Computer. SupportMap ist kein Notdienst: Wenn du oder jemand anderes in Gefahr ist, ruf bitte deine örtliche Notrufnummer oder ein Krisentelefon an.</translation>
    </message>
    <message>
        <source>The language SupportMap speaks; a new choice applies from the next start</source>
        <translation>Die Sprache von SupportMap; eine neue Wahl gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>SupportMap will speak %1 from the next time it starts.</source>
        <translation>SupportMap spricht ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Someone else changed this map</source>
        <translation>Jemand anderes hat diese Karte geändert</translation>
    </message>
    <message>
        <source>Someone else changed this map at the same moment, in another window or on another computer. Your change “%1” was not saved, because it was made on the map as it was before theirs and saving it would have overwritten their work.

The map now shows their version. If it still feels right, you could make your change again on top of it.</source>
        <translation>Jemand anderes hat diese Karte im selben Moment geändert, in einem anderen Fenster oder auf einem anderen Computer. Deine Änderung „%1“ wurde nicht gespeichert, weil sie an der Karte im Stand vor der anderen Änderung gemacht wurde und das Speichern diese Arbeit überschrieben hätte.

Die Karte zeigt jetzt die andere Fassung. Wenn es sich noch richtig anfühlt, könntest du deine Änderung darauf noch einmal machen.</translation>
    </message>
    <message>
        <source>Someone else changed this map at the same moment, in another window or on another computer. Undoing “%1” was not saved, because it would have overwritten their work.

The map now shows their version. If it still feels right, you could undo it again on top of their version.</source>
        <translation>Jemand anderes hat diese Karte im selben Moment geändert, in einem anderen Fenster oder auf einem anderen Computer. Das Rückgängigmachen von „%1“ wurde nicht gespeichert, weil es diese Arbeit überschrieben hätte.

Die Karte zeigt jetzt die andere Fassung. Wenn es sich noch richtig anfühlt, könntest du es auf dieser Fassung noch einmal rückgängig machen.</translation>
    </message>
    <message>
        <source>Undo starts afresh from here, as the earlier steps were made on the map before their change.</source>
        <translation>„Rückgängig“ beginnt ab hier neu, weil die früheren Schritte an der Karte vor der anderen Änderung gemacht wurden.</translation>
    </message>
    <message>
        <source>What they changed:</source>
        <translation>Was inzwischen geändert wurde:</translation>
    </message>
    <message>
        <source>“%1” could not be made again on their version of the map: %2. The map stays as they left it.</source>
        <translation>„%1“ konnte auf der anderen Fassung der Karte nicht noch einmal gemacht werden: %2. Die Karte bleibt so, wie sie sie hinterlassen haben.</translation>
    </message>
    <message>
        <source>Their version already includes “%1”, so there was nothing more to do.</source>
        <translation>Die andere Fassung enthält „%1“ schon, deshalb war nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>“%1” was made again and saved.</source>
        <translation>„%1“ wurde noch einmal gemacht und gespeichert.</translation>
    </message>
    <message>
        <source>This map is no longer the one on screen.</source>
        <translation>Diese Karte ist nicht mehr die auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The library cannot be reached right now, so changes cannot be saved. What is on screen stays, and SupportMap keeps trying.</source>
        <translation>Die Bibliothek ist gerade nicht erreichbar, deshalb können Änderungen nicht gespeichert werden. Was auf dem Bildschirm ist, bleibt, und SupportMap versucht es weiter.</translation>
    </message>
    <message>
        <source>The library can be reached again; the map shows its latest version.</source>
        <translation>Die Bibliothek ist wieder erreichbar; die Karte zeigt ihren neuesten Stand.</translation>
    </message>
    <message>
        <source>The library cannot be reached right now, so this change was not made. Everything saved before is safe. You could make it again once the status bar says the library is back.</source>
        <translation>Die Bibliothek ist gerade nicht erreichbar, deshalb wurde diese Änderung nicht gemacht. Alles, was vorher gespeichert wurde, ist sicher. Du könntest sie noch einmal machen, sobald die Statusleiste meldet, dass die Bibliothek wieder da ist.</translation>
    </message>
    <message>
        <source>Waiting for the practice server to answer…</source>
        <translation>SupportMap wartet auf die Antwort des Praxisservers …</translation>
    </message>
    <message>
        <source>This map is no longer in the library: it was deleted in another window or by a colleague, or it is no longer shared with you. It has been closed; your other maps are as they were.</source>
        <translation>Diese Karte ist nicht mehr in der Bibliothek: Sie wurde in einem anderen Fenster oder von einer Kollegin oder einem Kollegen gelöscht, oder sie wird nicht mehr mit dir geteilt. Sie wurde geschlossen; deine anderen Karten sind unverändert.</translation>
    </message>
    <message>
        <source>Open your protected library</source>
        <translation>Deine geschützte Bibliothek öffnen</translation>
    </message>
    <message>
        <source>This library is protected with a passphrase. Type it to see your maps.</source>
        <translation>Diese Bibliothek ist mit einer Passphrase geschützt. Tippe sie ein, um deine Karten zu sehen.</translation>
    </message>
    <message>
        <source>The library was locked, so nothing of it shows. Type its passphrase to go back where you were.</source>
        <translation>Die Bibliothek wurde gesperrt, deshalb ist nichts von ihr zu sehen. Tippe ihre Passphrase ein, um dorthin zurückzukehren, wo du warst.</translation>
    </message>
    <message>
        <source>The library is protected. Type its passphrase to show the window again.</source>
        <translation>Die Bibliothek ist geschützt. Tippe ihre Passphrase ein, um das Fenster wieder zu zeigen.</translation>
    </message>
    <message>
        <source>That passphrase does not open this library. Nothing was changed; check it (Caps Lock, the keyboard layout) and try again.</source>
        <translation>Diese Passphrase öffnet diese Bibliothek nicht. Nichts wurde geändert; prüfe sie (Feststelltaste, Tastaturbelegung) und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Open an encrypted map</source>
        <translation>Eine verschlüsselte Karte öffnen</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type the passphrase it was saved with.</source>
        <translation>%1 ist verschlüsselt. Tippe die Passphrase ein, mit der die Datei gespeichert wurde.</translation>
    </message>
    <message>
        <source>That passphrase does not open %1. The file was left as it was; check it and try again.</source>
        <translation>Diese Passphrase öffnet %1 nicht. Die Datei ist unverändert; prüfe die Passphrase und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Locked. Click anywhere, or press %1, and type the passphrase to go on.</source>
        <translation>Gesperrt. Klicke irgendwohin oder drücke %1 und tippe die Passphrase ein, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Close the library and cover the window until its passphrase is typed again (%1)</source>
        <translation>Die Bibliothek schließen und das Fenster verdecken, bis ihre Passphrase wieder eingetippt wird (%1)</translation>
    </message>
    <message>
        <source>Locking is for a library protected with a passphrase (File, Protect with a passphrase…).</source>
        <translation>Sperren gibt es für eine Bibliothek, die mit einer Passphrase geschützt ist (Datei, Mit einer Passphrase schützen …).</translation>
    </message>
    <message>
        <source>Protect the library with a passphrase</source>
        <translation>Die Bibliothek mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>With a passphrase the library is encrypted on this computer: someone who copies the file or finds the laptop cannot read it. The app asks for the passphrase when it starts.</source>
        <translation>Mit einer Passphrase ist die Bibliothek auf diesem Computer verschlüsselt: Wer die Datei kopiert oder den Laptop findet, kann sie nicht lesen. Die App fragt beim Start nach der Passphrase.</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even SupportMap: keep it somewhere safe. Copies of the library you made elsewhere (your own backups) stay as they are.</source>
        <translation>Niemand kann eine vergessene Passphrase wiederherstellen, auch SupportMap nicht: Bewahre sie an einem sicheren Ort auf. Kopien der Bibliothek, die du anderswo gemacht hast (deine eigenen Sicherungen), bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Die Passphrase ändern</translation>
    </message>
    <message>
        <source>Type the passphrase the library has now, then the new one twice.</source>
        <translation>Tippe die bisherige Passphrase der Bibliothek ein, dann zweimal die neue.</translation>
    </message>
    <message>
        <source>Remove the protection</source>
        <translation>Den Schutz entfernen</translation>
    </message>
    <message>
        <source>Type the library&apos;s passphrase. Afterwards the library is a plain file again that anyone who copies it can read.</source>
        <translation>Tippe die Passphrase der Bibliothek ein. Danach ist die Bibliothek wieder eine unverschlüsselte Datei, die alle lesen können, die sie kopieren.</translation>
    </message>
    <message>
        <source>Remove the passphrase from this library?</source>
        <translation>Die Passphrase von dieser Bibliothek entfernen?</translation>
    </message>
    <message>
        <source>Your maps stay as they are, and the app no longer asks for a passphrase. You can protect the library again at any time.</source>
        <translation>Deine Karten bleiben, wie sie sind, und die App fragt nicht mehr nach einer Passphrase. Du kannst die Bibliothek jederzeit wieder schützen.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet.</source>
        <translation>Die beiden neuen Passphrasen sind noch nicht gleich.</translation>
    </message>
    <message>
        <source>A few unrelated words make a passphrase that is long and easy to remember.</source>
        <translation>Ein paar Wörter, die nichts miteinander zu tun haben, ergeben eine Passphrase, die lang ist und sich leicht merken lässt.</translation>
    </message>
    <message>
        <source>This one is short and could be guessed. A few more words would make it much stronger.</source>
        <translation>Diese ist kurz und könnte erraten werden. Ein paar Wörter mehr würden sie viel stärker machen.</translation>
    </message>
    <message>
        <source>This one is fair. One or two more words would make it stronger.</source>
        <translation>Diese ist ordentlich. Ein oder zwei Wörter mehr würden sie stärker machen.</translation>
    </message>
    <message>
        <source>This one is long enough to be hard to guess.</source>
        <translation>Diese ist lang genug, um schwer zu erraten zu sein.</translation>
    </message>
    <message>
        <source>The library is now protected with a passphrase. Copies made elsewhere before now are not protected by it.</source>
        <translation>Die Bibliothek ist jetzt mit einer Passphrase geschützt. Kopien, die vorher anderswo gemacht wurden, schützt sie nicht.</translation>
    </message>
    <message>
        <source>The library now opens with the new passphrase. Copies made elsewhere before now still open with the old one.</source>
        <translation>Die Bibliothek öffnet sich jetzt mit der neuen Passphrase. Kopien, die vorher anderswo gemacht wurden, öffnen sich weiter mit der alten.</translation>
    </message>
    <message>
        <source>The library is no longer protected; it opens without a passphrase.</source>
        <translation>Die Bibliothek ist nicht mehr geschützt; sie öffnet sich ohne Passphrase.</translation>
    </message>
    <message>
        <source>The library was left as it was</source>
        <translation>Die Bibliothek ist unverändert</translation>
    </message>
    <message>
        <source>%1
Your maps are safe and unchanged. You could try again later.</source>
        <translation>%1
Deine Karten sind sicher und unverändert. Du könntest es später noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Encrypted map (*.supportmap.json.age)</source>
        <translation>Verschlüsselte Karte (*.supportmap.json.age)</translation>
    </message>
    <message>
        <source>SupportMap maps, plain or encrypted (*.supportmap.json *.supportmap.json.age)</source>
        <translation>SupportMap-Karten, unverschlüsselt oder verschlüsselt (*.supportmap.json *.supportmap.json.age)</translation>
    </message>
    <message>
        <source>Encrypt the exported map</source>
        <translation>Die exportierte Karte verschlüsseln</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. Whoever opens it needs the passphrase, in SupportMap or with the age tool.</source>
        <translation>Wähle eine Passphrase für diese Datei. Wer sie öffnet, braucht die Passphrase – in SupportMap oder mit dem Programm age.</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase: keep it somewhere safe, and share it another way than the file.</source>
        <translation>Niemand kann eine vergessene Passphrase wiederherstellen: Bewahre sie an einem sicheren Ort auf und gib sie auf einem anderen Weg weiter als die Datei.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>A protected library locks itself when nobody has used the app for this long; its passphrase opens it again.</source>
        <translation>Eine geschützte Bibliothek sperrt sich selbst, wenn die App so lange nicht benutzt wurde; ihre Passphrase öffnet sie wieder.</translation>
    </message>
    <message>
        <source>This library is not protected with a passphrase, so it never locks. The choice applies once it is protected.</source>
        <translation>Diese Bibliothek ist nicht mit einer Passphrase geschützt, deshalb sperrt sie sich nie. Die Auswahl gilt, sobald sie geschützt ist.</translation>
    </message>
    <message>
        <source>Connect to a practice server</source>
        <translation>Mit einem Praxisserver verbinden</translation>
    </message>
    <message>
        <source>Your practice keeps its library on a PostgreSQL server. Your administrator can tell you these details. The password is asked for each time and never kept; a password in your .pgpass file is used when this field is left empty.</source>
        <translation>Deine Praxis hat ihre Bibliothek auf einem PostgreSQL-Server. Die Angaben dazu bekommst du von deiner Administratorin oder deinem Administrator. Das Passwort wird jedes Mal abgefragt und nie aufbewahrt; bleibt dieses Feld leer, wird ein Passwort aus deiner Datei .pgpass verwendet.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>How the connection is protected. “Check the server&apos;s certificate” is the safe choice for a server on another computer.</source>
        <translation>Wie die Verbindung geschützt wird. „Zertifikat des Servers prüfen“ ist die sichere Wahl für einen Server auf einem anderen Computer.</translation>
    </message>
    <message>
        <source>Choose the practice&apos;s certificate file</source>
        <translation>Die Zertifikatsdatei der Praxis auswählen</translation>
    </message>
    <message>
        <source>Certificate files (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikatsdateien (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Now using the practice library at %1.</source>
        <translation>Jetzt wird die Praxisbibliothek auf %1 verwendet.</translation>
    </message>
    <message>
        <source>Now using the library on this computer.</source>
        <translation>Jetzt wird die Bibliothek auf diesem Computer verwendet.</translation>
    </message>
    <message>
        <source>The practice server could not be used</source>
        <translation>Der Praxisserver konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>%1

The library you were using stays open.</source>
        <translation>%1

Die Bibliothek, die du bisher verwendet hast, bleibt geöffnet.</translation>
    </message>
    <message>
        <source>The practice server at %1 asks for your password. It is not kept.</source>
        <translation>Der Praxisserver auf %1 fragt nach deinem Passwort. Es wird nicht aufbewahrt.</translation>
    </message>
</context>
</TS>
