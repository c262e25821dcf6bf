<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>parcours::PhaseTimeline</name>
    <message numerus="yes">
        <source>%1: %2 done of %3, %n session(s) done</source>
        <translation>
            <numerusform>%1: %2 done of %3, %n session done</numerusform>
            <numerusform>%1: %2 done of %3, %n sessions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n planned</source>
        <translation>
            <numerusform>, %n planned</numerusform>
            <numerusform>, %n planned</numerusform>
        </translation>
    </message>
</context>
</TS>
