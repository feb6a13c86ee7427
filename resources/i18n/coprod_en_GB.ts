<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CheckoutPanel</name>
    <message numerus="yes">
        <source>%n check-out(s)</source>
        <translation>
            <numerusform>%n check-out</numerusform>
            <numerusform>%n check-outs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutProjectorView</name>
    <message numerus="yes">
        <source>Share saying Yes · %n check-out(s) · groups under 3 are not shown on their own</source>
        <translation>
            <numerusform>Share saying Yes · %n check-out · groups under 3 are not shown on their own</numerusform>
            <numerusform>Share saying Yes · %n check-outs · groups under 3 are not shown on their own</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceWords</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n agenda item</numerusform>
            <numerusform>%n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollProjectorView</name>
    <message numerus="yes">
        <source>%n note(s) from the board</source>
        <translation>
            <numerusform>%n note from the board</numerusform>
            <numerusform>%n notes from the board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{answers} · %n more word(s) not shown</source>
        <translation>
            <numerusform>{answers} · %n more word not shown</numerusform>
            <numerusform>{answers} · %n more words not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollsPanel</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomQuestionsPanel</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomQuestionsProjectorView</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
</TS>
