<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Funnelscope::AssessCommand</name>
    <message>
        <source>Export the latest maturity self-assessment (scores as CSV, radar as PNG or SVG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the scores, with the data&apos;s hints, as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the radar of current against target as PNG (2x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the radar as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: “funnelscope assess export --workspace W --csv F”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assessment is saved in “%1” yet: fill one in on the Maturity page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-journey tracking maturity · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of %1 by %2: overall %3 of %4, weakest: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::ChangeLog</name>
    <message>
        <source>Entry %1 is missing: the log jumps from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry before it was changed, removed or inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3, %4) was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at entry %1 but the workspace recorded entry %2 as the newest: entries at the end were removed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries check out, but the store&apos;s guards against changing the log were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The change log is intact: %n entries, each chained to the one before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::ChangeLogModel</name>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event or parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortCommand</name>
    <message>
        <source>Compute a cohort grid: retention or revenue by acquisition day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, week (default; ISO, from Monday) or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event that puts a user in a cohort, or any (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event that counts as a return, or any (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (default): a return in that period; on-or-after: in that period or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many periods (columns; default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention (default) or revenue (per user, cumulative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One grid per value of this property of the start event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown values before “other” (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the periods (default: the workspace&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the grid (counts and percentages) as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the heatmap as PNG (2x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the heatmap as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the grid as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period: “%1” is not day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode: “%1” is not on or on-or-after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metric: “%1” is not retention or revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone: “%1” is not a time zone (use an IANA name such as Europe/Berlin, or UTC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortEngine</name>
    <message>
        <source>there is no event “%1” in this workspace (its events: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of periods must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortHeatmap</name>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative revenue per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 of %3 · returning with %4%5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (on or after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 – %1 · * incomplete period (hatched) · blank: no data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::CohortPage</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in that period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in that period or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention, users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative revenue per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. channel = email; Quantity &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the heatmap as PNG or SVG (with the curves as PNG), or the grid as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returning with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per user by period (click cohorts in the grid to add them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention curve (click cohorts in the grid to add them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average (weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods since the cohort&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cohort grid to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohorts.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, 2x for slides (*.png);;SVG image (*.svg);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>no event has a property “%1” (fields: %2; properties: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::CommandLine</name>
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
    <name>Funnelscope::Condition</name>
    <message>
        <source>“%1” is not a filter: write PROPERTY OP VALUE with OP one of = != &gt; &gt;= &lt; &lt;= ~ (for example device=mobile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no property before its operator.</source>
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
    <name>Funnelscope::CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line is longer than %1 MiB: this does not look like a CSV file with a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line is empty; it should name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-8. Save the file as UTF-8 (in a spreadsheet: “CSV UTF-8”) and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 never ends (a &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains binary data (a NUL byte on line %1), so it is not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of fields (expected %1, found %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::CsvWriter</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
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
    <message>
        <source>Remove Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected import with all its events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rejected Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected import&apos;s rejected rows, with their line and reason, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” and its %2 events from this workspace? Reports will no longer include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::DataQuality</name>
    <message>
        <source>%1 on %2, against a median of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::DataQualityModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
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
    <name>Funnelscope::DictionaryChange</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add parameter %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete parameter %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename parameter %1.%2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2.%3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryCommand</name>
    <message>
        <source>--format “%1” is not a format; use json, segment or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export, import or check the event dictionary (tracking plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export, import or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan to write (export) or read (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (Funnelscope&apos;s own, every field), segment (a Segment Protocols tracking plan) or csv (one row per parameter). Default: from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: adopt the starter dictionary of e-commerce micro-conversions instead of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: also delete events and parameters the plan does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: print the differences, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the change log records (default: the preference, else the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason the change log records with each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: also write the findings as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--starter takes no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one file to %1, as in “funnelscope dictionary %1 --workspace W plan.json”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes no file; use --csv F to write the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: export, import or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something the dictionary command does; use export, import or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1 (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted the starter dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan cannot be applied: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes; nothing applied (--dry-run).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes, each in the change log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dictionary is empty: adopt the starter dictionary (dictionary import --starter) or import a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change log ALTERED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n findings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryModel</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never · due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not reviewed in the last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryPage</name>
    <message>
        <source>Funnelscope dictionary (*.json);;Segment tracking plan (*.json);;CSV, one row per parameter (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;Event dictionary&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naming convention new event and parameter names must follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the change log records for your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record my changes as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt Starter Dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the core e-commerce micro-conversions (product_view … purchase, newsletter_signup) with stages, tiers and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Quality (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the data follows the dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n findings, %1 of them errors. Double-click one to open its event.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1 · core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 2 · diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event name (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n parameters from the dictionary? Deprecating keeps its history readable; Undo brings it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Naming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Change Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the change log to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the findings to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changes from %1; Undo takes them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the starter dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n events to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Tracking Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking plans (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the data against the dictionary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::DictionaryRules</name>
    <message>
        <source>snake_case (add_to_cart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camelCase (addToCart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object Action (Product Added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can have at most %2 characters; “%3…” has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and single underscores, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters and digits, starting with a lower-case letter, each further word starting with a capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two or more capitalised words separated by single spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not follow the %2 convention: use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not follow the %2 convention: use %3 (for example “%4”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage of “%1” must be one of %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier of “%1” must be 1 (core) or 2 (diagnostic), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of “%1” must be one of %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counting rule of “%1” must be “every” or “once_per_session”, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot have been reviewed in the future (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags of “%1” include an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags of “%1” repeat a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has two parameters called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of “%1” must be one of %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern of “%1” is not a valid regular expression: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowed value “%1” of “%2” is not a valid %3 value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not match the pattern %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::DrawingExport</name>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventDictionary</name>
    <message>
        <source>The event “%1” is not in the workspace&apos;s dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event called “%1” is already in the dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event called “%1” in the dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of “%2” is “%3” now, not “%4”: it was changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already has a parameter called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no parameter called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of “%2.%3” is “%4” now, not “%5”: it was changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventEditor</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Parameter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means and when it fires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it deprecated (for the change log)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;No event selected&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Parameter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::EventTableCache</name>
    <message>
        <source>No event has a property “%1”.</source>
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
    <name>Funnelscope::FieldMapping</name>
    <message>
        <source>--%1 “%2”: write it as FIELD=%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 “%2”: “%3” is not a field; the fields are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map “%1”: the file has no column “%2” (its columns: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelChart</name>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: %1 · within %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;small&gt;★ this segment converts differently from all the others (two-proportion test, p &amp;lt; 0.05)&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped off since step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, too few to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, p %1 ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion from step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelCommand</name>
    <message>
        <source>Compute a funnel: step conversion, drop-off, time to convert, breakdowns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step events, in order (2 to 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E1,E2,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion window: 30m, 12h, 7d, 2w (default 7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered (default), strict or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users (default), sessions or totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break down by a field, a source property, or new_vs_returning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown values shown before “other” (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep events where PROPERTY OP VALUE (OP: = != &gt; &gt;= &lt; &lt;= ~); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop chains that meet EVENT between step K and K+1; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENT@K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of step 1 (YYYY-MM-DD, workspace time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of step 1, included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every figure as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the users who dropped off (user, last step, time) as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chart as PNG (2x, for slides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chart as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step events, such as product_view,add_to_cart,purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window: “%1” is not a duration from 1 minute to 366 days (write 30m, 12h, 7d or 2w).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order: “%1” is not ordered, strict or any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count: “%1” is not users, sessions or totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exclude: “%1” should be EVENT@K, the event excluded between step K and K+1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date (write YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelEngine</name>
    <message>
        <source>a funnel has %1 to %2 steps, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion window must be between 1 minute and 366 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no event “%1” in this workspace (its events: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exclusion must lie between two steps (after step 1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the breakdown needs at least one value (top N ≥ 1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelPage</name>
    <message>
        <source>Saved funnels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag steps to reorder them; double-click a step to filter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order, other events between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strictly in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In any order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt (totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. country = DE; channel != email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only events that pass every filter: PROPERTY OP VALUE with OP one of = != &gt; &gt;= &lt; &lt;= ~ (contains), separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only step 1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break down by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Steps&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dropped Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save who stopped before the last step, with their last step and its time, as CSV for remarketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new vs returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 converted (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from %1 to %2, for those who converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted within (each bar: longer than the bar before, up to this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion by week of step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week (Monday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funnel has at most %1 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count “%1” only where (PROPERTY OP VALUE; several separated by semicolons):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no funnel to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>funnel.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, 2x for slides (*.png);;SVG image (*.svg);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dropped Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped-users.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::FunnelTableModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p &lt; 0.001 ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% Wilson interval of the conversion from step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from the previous step, among those who reached this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25th pct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75th pct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th pct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median from step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportCommand</name>
    <message>
        <source>Import event files (CSV, JSON, NDJSON) into a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace (created when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), csv, json, ndjson, or a source: ga4, segment, rudderstack, mixpanel, amplitude, rees46, retailrocket, diginetica, online-retail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter: , ; | or tab (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of times written without one (default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read FIELD from COLUMN (repeatable; COLUMN may be a|b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set FIELD to VALUE on every event (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip events with the same user, event and time (for sources without an event id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file even if the same file was imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the counts as JSON on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not one character (use , ; | or tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone: “%1” is not a time zone (use an IANA name such as Europe/Berlin, or UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 rows read, %2 events imported, %3 rejected%4, %5 duplicates skipped, %6 users (%7 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportDialog</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop CSV, JSON or NDJSON files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON or NDJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of times written without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip repeated event ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also skip the same user, event and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows as they will be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the files to import: CSV, JSON or NDJSON exports from GA4, Segment, RudderStack, Mixpanel, Amplitude or your shop. You can also drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event exports (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Here: type or pick the column under “From column” in the table below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was imported before (import %2); you will be asked before it is imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported as it is; see below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3 · time zone for times without one: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported into this workspace before. Import it again? Events with an event id are skipped as duplicates either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 files into %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the workspace is being put back as it was…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: %2 rows read, &lt;b&gt;%3 events imported&lt;/b&gt;, %4 rejected%5, %6 duplicates skipped, %7 users.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Import cancelled.&lt;/b&gt; The file being imported left nothing in the workspace.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Import stopped.&lt;/b&gt; %1 Nothing of that file was imported.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Rejected rows are kept with their line and reason; export them from the Data page.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::ImportPlan</name>
    <message>
        <source>CSV, %1-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON, one object per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns matched by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2); times: %3, e.g. “%4”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::Importer</name>
    <message>
        <source>--format “%1” is not a format; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: it has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: it holds no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone “%1” is not a time zone; use an IANA name such as Europe/Berlin or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column holds the time of each event. Name it with --map timestamp=COLUMN (columns: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column names the event. Name it with --map event=COLUMN, or give every row the same event with --const event=NAME (for a table of orders: --const event=purchase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: no column identifies the user. Name it with --map user_id=COLUMN (columns: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: the timestamp column “%2” is empty in the first %3 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: the column “%2” holds no timestamps Funnelscope can read (line %3: “%4”). Timestamps can be ISO 8601 (2024-03-01T10:15:00Z), “2024-03-01 10:15:00”, or Unix time in seconds, milliseconds or microseconds; choose another column with --map timestamp=COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already imported (import %2, on %3). To import it again anyway use --allow-duplicate-file; events with an event id are still skipped as duplicates.</source>
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
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::JsonReader</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with a JSON object or array (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON array is not closed: the file ends before its “]”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 holds something other than a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON ends in the middle of the record that starts on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record on line %1 is larger than %2 MiB</source>
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
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dictionary</source>
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
    <message>
        <source>Open or create a workspace first (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::MappingModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or the value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityEvidence</name>
    <message>
        <source>Only page and purchase events are tracked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key micro-journey steps are tracked (%1), and %2 of events carry device or channel context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-journey steps are tracked (%1), but only %2 of events carry device or channel context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event carries an anonymous id, so visits cannot be stitched to people across devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users have anonymous ids linked to a known id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous ids are tracked but never linked to a known user id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 funnels and %2 cohort reports are saved in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 funnels and %2 cohort reports are saved: step reports exist, not yet both kinds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funnel or cohort report is saved in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events carry experiment or variant properties: tests are being tracked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityMatrix</name>
    <message>
        <source>Cannot read the matrix “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix must be a JSON object with “id”, “stages” and “dimensions”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix has no “id”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix needs at least two “stages”; it has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1 has no “name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix has no “dimensions”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1 needs an “id” and a “name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two dimensions have the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension “%1” describes %2 stages, but the matrix has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension “%1” says nothing for stage %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityPage</name>
    <message>
        <source>Load Matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own matrix definition (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 · overall %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to choose this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows this stage: a report, a tool, a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall %1 of %2&lt;/b&gt; · weakest: %3 · blue: where you are, orange: where you aim to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the stage that describes your team in each row; type a target (half steps such as 1.5 are fine) in the Target column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next steps&lt;/b&gt;&lt;ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (stage %2): %3&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Since the assessment of %1&lt;/b&gt;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maturity.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, 2x (*.png);;SVG image (*.svg);;CSV scores (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::MaturityRadar</name>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::ParameterModel</name>
    <message>
        <source>Comma-separated; empty allows any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression the whole value must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::PlanDiffDialog</name>
    <message>
        <source>Also &amp;delete events and parameters the plan does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dictionary already matches this plan: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed. Uncheck what you do not want; each applied change goes into the change log, and Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::PreviewModel</name>
    <message>
        <source>“%1” is kept in each event&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” gives the field %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::QualityFinding</name>
    <message>
        <source>Unplanned event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated but sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required parameter missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the data (%2 rows since %3) but not in the dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is defined, but the data has none of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is deprecated, but the data still has %2 rows (since %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” lacks its required “%2” in %3 of %4 rows (%5%), since %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1.%2” has values of the wrong type in %3 of %4 rows (%5%), since %6; for example “%7”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1.%2” has values outside its allowed values or pattern in %3 of %4 rows (%5%), since %6; for example “%7”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” fell to %2 a day %3, against a usual %4 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” rose to %2 a day %3, against a usual %4 a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::SegmentPlan</name>
    <message>
        <source>property “%1” has the unknown type “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Segment tracking plan: it has no rules.events list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event rule %2 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, event “%2”: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::SourcePreset</name>
    <message>
        <source>REES46 e-commerce events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retailrocket events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIGINETICA item views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions (UCI Online Retail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GA4 BigQuery export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixpanel raw export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amplitude export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RudderStack events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment track and page calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::TimestampParser</name>
    <message>
        <source>ISO 8601 date and time with time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time without time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date without time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix time in microseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::TrackingPlan</name>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Funnelscope dictionary: it has no &quot;format&quot;: &quot;%2&quot; (use --format segment for a Segment tracking plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Funnelscope (dictionary format %2; this one reads %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown naming convention “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, event %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnelscope::TrackingPlanCsv</name>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: there is no “event” column, so this is not a dictionary CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the last_reviewed “%3” is not a date like 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the event column is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is described differently than on line %4; the event columns must be the same on each of its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: a dictionary CSV starts with a header line.</source>
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
    <name>MaturityMatrix</name>
    <message>
        <source>Micro-journey tracking maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-Level Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictive Micro-Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic page and purchase tracking only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event tracking for key micro-journey steps across web and app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rich behavioural events plus context (device, offers, tests) in real time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp; Stitching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions treated as anonymous, little cross-device visibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known users stitched across sessions, partial anonymous-to-known linking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A robust identity graph combining anonymous, known and offline signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics &amp; Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topline conversion rate and revenue by channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-based funnels, cohorts and journey reports by segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictive scoring for cart abandonment, purchase likelihood and lifetime value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic cart-abandon emails and broad retargeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmented cart, browse and price-drop triggers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time, multi-channel orchestration tuned to micro-journey state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasional A/B tests on homepage or product pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured tests at high-drop-off steps in the funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An always-on test program linked to micro-journey KPIs and revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision-Making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions driven by opinion and aggregate KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions driven by funnel drop-off and segment performance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions driven by predicted impact on revenue, margin and lifetime value.</source>
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
    <message>
        <source>Open the import dialog with this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
