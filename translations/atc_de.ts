<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>atc</name>
    <message>
        <source>Usage: atc &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;atc &lt;command&gt; --help&apos; for a command&apos;s options. Exit codes: docs/cli.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atc: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
