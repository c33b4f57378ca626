<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Funnelscope::ChangeLog</name>
    <message numerus="yes">
        <source>The change log is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>The change log is intact: %n entry.</numerusform>
            <numerusform>The change log is intact: %n entries, each chained to the one before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortHeatmap</name>
    <message numerus="yes">
        <source>Average of %Ln people</source>
        <translation>
            <numerusform>Average of %Ln person</numerusform>
            <numerusform>Average of %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort of %1, %Ln people</source>
        <translation>
            <numerusform>Cohort of %1, %Ln person</numerusform>
            <numerusform>Cohort of %1, %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryCommand</name>
    <message numerus="yes">
        <source>Wrote %n events to %1 (%2).</source>
        <translation>
            <numerusform>Wrote %n event to %1 (%2).</numerusform>
            <numerusform>Wrote %n events to %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes; nothing applied (--dry-run).</source>
        <translation>
            <numerusform>%n change; nothing applied (--dry-run).</numerusform>
            <numerusform>%n changes; nothing applied (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes, each in the change log.</source>
        <translation>
            <numerusform>Applied %n change, in the change log.</numerusform>
            <numerusform>Applied %n changes, each in the change log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings.</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryModel</name>
    <message numerus="yes">
        <source>Not reviewed in the last %n days</source>
        <translation>
            <numerusform>Not reviewed in the last day</numerusform>
            <numerusform>Not reviewed in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryPage</name>
    <message numerus="yes">
        <source>Delete “%1” and its %n parameters from the dictionary? Deprecating keeps its history readable; Undo brings it back.</source>
        <translation>
            <numerusform>Delete “%1” and its %n parameter from the dictionary? Deprecating keeps its history readable; Undo brings it back.</numerusform>
            <numerusform>Delete “%1” and its %n parameters from the dictionary? Deprecating keeps its history readable; Undo brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes from %1; Undo takes them back.</source>
        <translation>
            <numerusform>Applied %n change from %1; Undo takes it back.</numerusform>
            <numerusform>Applied %n changes from %1; Undo takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1.</source>
        <translation>
            <numerusform>Wrote %n event to %1.</numerusform>
            <numerusform>Wrote %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings, %1 of them errors. Double-click one to open its event.</source>
        <translation>
            <numerusform>%n finding, %1 of them errors. Double-click it to open its event.</numerusform>
            <numerusform>%n findings, %1 of them errors. Double-click one to open its event.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::Figures</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::FrictionExport</name>
    <message numerus="yes">
        <source>%Ln cart loops</source>
        <translation>
            <numerusform>%Ln cart loop</numerusform>
            <numerusform>%Ln cart loops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln search struggles</source>
        <translation>
            <numerusform>%Ln search struggle</numerusform>
            <numerusform>%Ln search struggles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stalled checkouts</source>
        <translation>
            <numerusform>%Ln stalled checkout</numerusform>
            <numerusform>%Ln stalled checkouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln high-value carts left behind</source>
        <translation>
            <numerusform>%Ln high-value cart left behind</numerusform>
            <numerusform>%Ln high-value carts left behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln sessions: %1.</source>
        <translation>
            <numerusform>In %Ln session: %1.</numerusform>
            <numerusform>In %Ln sessions: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportCommand</name>
    <message numerus="yes">
        <source>Importing %n files</source>
        <translation>
            <numerusform>Importing %n file</numerusform>
            <numerusform>Importing %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportDialog</name>
    <message numerus="yes">
        <source>Importing %Ln files into %1…</source>
        <translation>
            <numerusform>Importing %Ln file into %1…</numerusform>
            <numerusform>Importing %Ln files into %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;All %Ln files&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln file&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;All %Ln files&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportReport</name>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events imported</source>
        <translation>
            <numerusform>%Ln event imported</numerusform>
            <numerusform>%Ln events imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicates skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::Importer</name>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsChart</name>
    <message numerus="yes">
        <source>What predicts “%1” within %n days · %2 persons · %3</source>
        <translation>
            <numerusform>What predicts “%1” within a day · %2 persons · %3</numerusform>
            <numerusform>What predicts “%1” within %n days · %2 persons · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::InsightsPage</name>
    <message numerus="yes">
        <source>%1 of %2 persons (%3 %) did “%4” within %n days of their first event.</source>
        <translation>
            <numerusform>%1 of %2 persons (%3 %) did “%4” within a day of their first event.</numerusform>
            <numerusform>%1 of %2 persons (%3 %) did “%4” within %n days of their first event.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::JourneysPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; at %2: %n persons</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; at %2: %n person</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; at %2: %n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; in the week from %2: %n persons</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; in the week from %2: %n person</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; in the week from %2: %n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::MainWindow</name>
    <message numerus="yes">
        <source>%1 · last import: %2, %n events at %3</source>
        <translation>
            <numerusform>%1 · last import: %2, %n event at %3</numerusform>
            <numerusform>%1 · last import: %2, %n events at %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::PathsChart</name>
    <message numerus="yes">
        <source>Paths before %1 · %n steps · %2 persons · %3</source>
        <translation>
            <numerusform>Paths before %1 · %n step · %2 persons · %3</numerusform>
            <numerusform>Paths before %1 · %n steps · %2 persons · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paths after %1 · %n steps · %2 persons · %3</source>
        <translation>
            <numerusform>Paths after %1 · %n step · %2 persons · %3</numerusform>
            <numerusform>Paths after %1 · %n steps · %2 persons · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::TerminalProgress</name>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimelineDialog</name>
    <message numerus="yes">
        <source>Session %1 · %2 · %n events</source>
        <translation>
            <numerusform>Session %1 · %2 · %n event</numerusform>
            <numerusform>Session %1 · %2 · %n events</numerusform>
        </translation>
    </message>
</context>
</TS>
