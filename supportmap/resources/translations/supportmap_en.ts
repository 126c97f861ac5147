<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
    <name>MapsDock</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
</TS>
