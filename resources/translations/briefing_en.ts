<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>Something went wrong that the app did not expect:</source>
        <translation>Something went wrong that the app did not expect:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="158"/>
        <source>Your meeting file was not changed by this error, and every change made before it has been saved. If the window misbehaves, quit and start the app again: the meeting opens as it was.</source>
        <translation>Your meeting file was not changed by this error, and every change made before it has been saved. If the window misbehaves, quit and start the app again: the meeting opens as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="166"/>
        <source>The details are in the log file {file}; please send it with a note of what you were doing.</source>
        <translation>The details are in the log file {file}; please send it with a note of what you were doing.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="25"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="39"/>
        <source>System language ({language})</source>
        <translation>System language ({language})</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="49"/>
        <source>Language of the window:</source>
        <translation>Language of the window:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences.py" line="51"/>
        <source>A new language applies the next time the app starts.</source>
        <translation>A new language applies the next time the app starts.</translation>
    </message>
</context>
</TS>
