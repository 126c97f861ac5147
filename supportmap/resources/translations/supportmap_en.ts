<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ConflictMessage</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more change</numerusform>
            <numerusform>and %n more changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapDocument</name>
    <message numerus="yes">
        <source>Move %n people</source>
        <translation>
            <numerusform>Move %n person</numerusform>
            <numerusform>Move %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Delete %n person</numerusform>
            <numerusform>Delete %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapFileActions</name>
    <message numerus="yes">
        <source>Stopped after %n maps; the files saved in %1 are complete.</source>
        <translation>
            <numerusform>Stopped after %n map; the file saved in %1 is complete.</numerusform>
            <numerusform>Stopped after %n maps; the files saved in %1 are complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n maps with their snapshots in %1.</source>
        <translation>
            <numerusform>Saved %n map with its snapshots in %1.</numerusform>
            <numerusform>Saved %n maps with their snapshots in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapsDock</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation>
            <numerusform>%n minute without use</numerusform>
            <numerusform>%n minutes without use</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SinceBox</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more change.</numerusform>
            <numerusform>…and %n more changes.</numerusform>
        </translation>
    </message>
</context>
</TS>
