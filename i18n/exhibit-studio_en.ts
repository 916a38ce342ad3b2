<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangesPane</name>
    <message numerus="yes">
        <location filename="../qml/studio/ChangesPane.qml" line="31"/>
        <source>Fields changed since %1: %n</source>
        <translation>
            <numerusform>Fields changed since %1: %n</numerusform>
            <numerusform>Fields changed since %1: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message numerus="yes">
        <location filename="../qml/studio/FieldBox.qml" line="176"/>
        <source>%n characters left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/studio/FieldBox.qml" line="177"/>
        <source>%n characters over</source>
        <translation>
            <numerusform>%n character over</numerusform>
            <numerusform>%n characters over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message numerus="yes">
        <location filename="../qml/studio/OutlinePane.qml" line="122"/>
        <source>%n texts hold “%1”</source>
        <translation>
            <numerusform>%n text holds “%1”</numerusform>
            <numerusform>%n texts hold “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineRow</name>
    <message numerus="yes">
        <location filename="../qml/studio/OutlineRow.qml" line="18"/>
        <source>%1, %2, %n problems</source>
        <translation>
            <numerusform>%1, %2, %n problem</numerusform>
            <numerusform>%1, %2, %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <location filename="../qml/studio/PublishDialog.qml" line="26"/>
        <source>Fix the %n problem(s) first: only an exhibit without problems is published.</source>
        <translation>
            <numerusform>Fix the problem first: only an exhibit without problems is published.</numerusform>
            <numerusform>Fix the %n problems first: only an exhibit without problems is published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/studio/PublishDialog.qml" line="63"/>
        <source>To %1, with the media in %2. Fields changed since it was published: %n.</source>
        <translation>
            <numerusform>To %1, with the media in %2. Fields changed since it was published: %n.</numerusform>
            <numerusform>To %1, with the media in %2. Fields changed since it was published: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudioTranslation</name>
    <message numerus="yes">
        <location filename="../app/studio/studiotranslation.cpp" line="102"/>
        <source>Wrote %n text(s) from %1 into %2 to %3.</source>
        <translation>
            <numerusform>Wrote %n text from %1 into %2 to %3.</numerusform>
            <numerusform>Wrote %n texts from %1 into %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/studiotranslation.cpp" line="123"/>
        <source>Imported %n translation(s) into %1 from %2</source>
        <translation>
            <numerusform>Imported %n translation into %1 from %2</numerusform>
            <numerusform>Imported %n translations into %1 from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/studiotranslation.cpp" line="125"/>
        <source>%n changed.</source>
        <translation>
            <numerusform>%n changed.</numerusform>
            <numerusform>%n changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
