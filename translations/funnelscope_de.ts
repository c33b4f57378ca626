<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Funnelscope::Command</name>
    <message>
        <source>--%1 is required: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::CommandLine</name>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the table as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chart as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import event files (CSV, JSON, NDJSON) into a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, csv, json, ndjson, ga4, segment, mixpanel, amplitude or rudderstack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of times without one (default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read FIELD from COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set FIELD to VALUE on every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step events, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E1,E2,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion window (default 7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered, strict or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users, sessions or totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break down by a property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chart as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a cohort retention grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event that starts a cohort, or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event that counts as a return, or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or on-or-after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export, import or check the event dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, segment or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the maturity self-assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: funnelscope [--workspace FILE]
       funnelscope COMMAND [options]

Without a command, opens the window on the last workspace (or the demo shop).

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run “funnelscope COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 a bad argument or input, 2 an internal failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnelscope: unknown command “%1”. Run “funnelscope --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::Connection</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::DataPage</name>
    <message>
        <source>Import events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoCommand</name>
    <message>
        <source>Create a workspace with the sample shop&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many shoppers (default 20000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same shop (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace: “%1” is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 users, %3 sessions, %4 events from %5 over %6 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoGenerationDialog</name>
    <message>
        <source>Demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo shop with %1 shoppers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::DemoShop</name>
    <message>
        <source>Cannot move the demo workspace into place at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop (%1 users, seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTypesModel</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::MainWindow</name>
    <message>
        <source>Funnelscope workspaces (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Funnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step conversion, drop-off, time to convert and breakdowns by device, channel or new vs returning, with significance. Coming in the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and revenue by acquisition week or month, as heatmaps. Coming in the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The micro-journey tracking self-assessment: six dimensions, three stages, hints from your own data. Coming in the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event dictionary (tracking plan) with its append-only change log and data-quality checks. Coming in the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart or table of the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>&amp;About Funnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing CSV, JSON and NDJSON exports arrives in the next version. Meanwhile the demo shop (File ▸ Open Demo Shop) has sample data for every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events · %2 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Funnelscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Funnelscope %1&lt;/h3&gt;&lt;p&gt;Micro-conversion analytics for e-commerce teams: funnels, cohorts, a tracking maturity self-assessment and an event dictionary, on your own laptop, offline, with your own data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::PlannedCommand</name>
    <message>
        <source>funnelscope %1: this command is not available in Funnelscope %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::Workspace</name>
    <message>
        <source>“%1” already exists. Choose another name, or open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” is read-only. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the location is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” does not exist. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: it is not a Funnelscope workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: you do not have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Funnelscope workspace: it is not an SQLite database, or its first bytes are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in a read-only location (%2 cannot be written). Funnelscope writes to a workspace and beside it; copy the file to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an empty SQLite database, not a Funnelscope workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Funnelscope workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Funnelscope (workspace format %2; this version reads formats up to %3). Update Funnelscope to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Restore it from a backup, or import its data into a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in a read-only location. Copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened as a workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Micro-conversion analytics for e-commerce. Run “funnelscope --help” for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
