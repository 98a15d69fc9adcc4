<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>uw::Audit</name>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was removed, inserted or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its content no longer matches its hash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Baseline</name>
    <message>
        <source>There is no metric with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric &quot;%1&quot; has no samples between %2 and %3 to take a baseline from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture baseline of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Calibration</name>
    <message numerus="yes">
        <source>Calibrate %n estimate(s) from a run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uw::ChangePage</name>
    <message>
        <source>e.g. Move the order platform to PostgreSQL 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this change, in plain words: what it fixes or enables, and for whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will run afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollout strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in plans, notices and reports are shown in this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit change title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit change purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit change summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change time zone to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce the change to the people it affects: before, at the start, when done, when delayed or rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Cli</name>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade order: no system has a new target version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade order (dependencies first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycles: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 violated, %2 unknown, %3 dependency cycles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format: %1 (this program writes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: intact, %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: BROKEN at entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: expected exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Workbench %1 (Qt %2, SQLite %3, file format %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Workbench plans, runs and records upgrades of production systems.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  upgrade-workbench [FILE]                 open FILE (or an empty window) in the program
  upgrade-workbench new FILE [--sample]    create a project file; --sample fills it with the bundled example
  upgrade-workbench validate FILE [--json] check a project file without changing it
  upgrade-workbench check FILE [--json]    compatibility findings, upgrade order and dependency cycles
  upgrade-workbench schedule FILE [--json] [--window ID] [--seed N] [--iterations N] [--reserve MINUTES] [--level]
  upgrade-workbench export FILE --format csv|json|dot|ics|mspdi [-o OUT] [--table TABLE] [--window ID]
  upgrade-workbench import FILE --format csv|mspdi INPUT [--table TABLE]
  upgrade-workbench verify-audit FILE [--json]
  upgrade-workbench report FILE --kind plan|run [--run ID] [--page-size a4|letter] -o OUT.pdf
  upgrade-workbench notice FILE --kind before|start|done|delayed|rolled-back [--window ID] [--new-end ISO8601] [--eml OUT.eml]
  upgrade-workbench COMMAND --help           what a command does and its options
  upgrade-workbench --help | --version

Exit codes: 0 ok, 1 findings (the file is fine but something in it needs attention), 2 usage error, 3 file error (missing, not a project, newer, damaged, locked).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown option %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::CommandMetricReader</name>
    <message>
        <source>The command of &quot;%1&quot; is not trusted to run on this machine yet; review it and trust it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric &quot;%1&quot; has no command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous run of the command of &quot;%1&quot; has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command of &quot;%1&quot; could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command of &quot;%1&quot; did not finish within %2 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command of &quot;%1&quot; exited with code %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::CommandRunner</name>
    <message>
        <source>The step has no command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output pattern “%1” is not a valid regular expression: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell /bin/sh could not be started: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 earlier bytes of output left out; the last %2 bytes follow]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The command ran longer than its limit of %n second(s) and was ended together with every process it started.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The command was stopped by hand, together with every process it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was ended by a signal (it crashed or was killed from outside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended with exit code %1, but %2 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended with exit code %1, as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended with exit code %1, but no line of its output matched “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended with exit code %1 and its output matched “%2”, as expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Compatibility</name>
    <message>
        <source>Current versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-change after step %1 (%2 upgraded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 needs %4 %5, but it is %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 needs %4 %5, but it will be %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no version recorded, so &apos;%3&apos; cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read version %2 of %3 (%4), so &apos;%5&apos; cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the constraint %2 of %3 on %4 cannot be read (%5), so it cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the condition %2 of the rule &apos;%3&apos; cannot be read (%4), so whether it applies cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot run with %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 cannot serve %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2: change them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: change them together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Csv</name>
    <message>
        <source>line %1: a quoted field is never closed; a &apos;&quot;&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; a CSV import needs a header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; CSV imports are limited to %2 MB — split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is binary, not CSV (byte %1 at offset %2); choose a CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file is not UTF-8 text (byte %2 at offset %3); export it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::CsvImport</name>
    <message>
        <source>wrong number of fields (%1 in this row, %2 in the header); check the quoting of this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system named %1 already exists in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a duplicate of line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot depend on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already depends on %2 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depending on %2 is a duplicate of line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); imported as written, the compatibility check will report it as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unknown; use yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column of the file is chosen for this required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is missing; this field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or a rank from 1 (critical) to 4 (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unknown; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); imported as written, compatibility checks will report it as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system named %1 in the project; add or import the systems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n system</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n systems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a system named %1 now exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system it refers to was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only (%1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import from %1: no row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project changed since the preview (%1); review the import of %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n system from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n systems from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n dependency from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n dependencies from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n rows (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row was imported with a warning about an unreadable version or constraint.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were imported with a warning about an unreadable version or constraint.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uw::CsvImportDialog</name>
    <message>
        <source>✓ imported, ⚠ imported with a warning, ✗ skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be imported, with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Systems from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Dependencies from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import systems from &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dependencies from &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column of the file fills each field; the rows on the right show what the import will do. Nothing changes until you press Import, and Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only (%1), so nothing can be imported. The preview shows what an import would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fields&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; in exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row will be imported; %2 skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows will be imported; %2 skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row will be imported (%3 with warnings); %2 skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows will be imported (%3 with warnings); %2 skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::DependenciesModel</name>
    <message>
        <source>The constraint checked against the version that runs today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constraint checked against the target version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the dependant keeps working while only one side is upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed versions tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing system %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the system depended on does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no constraint: any version of %1 will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 satisfies %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not satisfy %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 now, %3 after the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot depend on itself; pick another system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dependency kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constraint &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::DependenciesPage</name>
    <message>
        <source>No single system matches &quot;%1&quot;; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps working while only one side is upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &gt;=13 &lt;16, ^5.0 or 2.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 systems match &quot;%2&quot;; type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any version will do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ reads as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the system that needs another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the system it depends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system cannot depend on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will depend on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by system, kind or constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n dependency(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Edit</name>
    <message>
        <source>The project is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::EditCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Enums</name>
    <message>
        <source>unknown role &apos;%1&apos; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::ExportCommand</name>
    <message>
        <source>Usage: upgrade-workbench export FILE --format csv|json|dot|ics|mspdi [-o OUT] [--table systems|dependencies|people|windows] [--window ID]
Writes the project in an exchange format to OUT, or to standard output without -o.
  csv    one table for spreadsheets (--table, systems by default)
  json   the whole document as the project JSON format
  dot    the dependency graph for Graphviz
  ics    the windows as iCalendar events (--window for one)
  mspdi  the runbook as Microsoft Project XML, starting at --window (by default the earliest maintenance window)
Exit codes: 0 written, 1 written but windows without times were left out, 2 usage error, 3 file error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: could not write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: expected exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --format is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown table &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --table applies to csv only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give -o or --output, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --window needs a window id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --window applies to ics and mspdi only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file has no window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the window &apos;%1&apos; has no start or end and was left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::GanttChart</name>
    <message>
        <source>Window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate: best %1, likely %2, worst %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback step, shown as if rollback began after the last execute step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Critical&lt;/b&gt;: any delay moves the finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: kept in the runbook but not scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for: #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical in %1 % of simulated runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::GraphExport</name>
    <message>
        <source>the image could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz DOT files (*.dot *.gv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::GraphFindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every constraint holds now, after the change and at every step in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::GraphLayout</name>
    <message>
        <source>%1 needs %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bounding box &quot;%1&quot; is not four numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node &quot;%1&quot; is not a system of this graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node %1 has no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node %1 has the unreadable position &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node %1 has no readable size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edge has the id &quot;%1&quot;, which is no dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edge %1 has the unreadable route &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edge %1 has no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz&apos;s dot produced a layout that cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz&apos;s dot program is not installed. Install it with: apt-get install graphviz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz&apos;s dot stopped unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz&apos;s dot could not lay out the dependency graph (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz&apos;s dot program &quot;%1&quot; could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Graphviz&apos;s dot did not finish the layout within %n second and was stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graphviz&apos;s dot did not finish the layout within %n seconds and was stopped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The layout was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::GraphOrderPanel</name>
    <message>
        <source>(system %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate runbook steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems that depend on each other in a circle have no order in which each one&apos;s dependencies come first; break the cycle or upgrade them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system changes version: set target versions on the Systems page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::GraphPage</name>
    <message>
        <source>Find a system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changing systems and what they touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the graph again, e.g. after renaming systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz DOT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends on selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed by selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out 1 system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n systems…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The graph cannot be laid out, so the systems are shown in a grid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a system to see what depends on it and what it needs; double-click opens it on the Systems page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected systems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 system depends on it, %1 critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n systems depend on it, %1 critical</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>needs 1 system</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>needs %n systems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no business processes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — down: %2; %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system changes version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds prepare, backup, execute, verify and rollback steps for every system in this order, as one edit that one undo removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate runbook steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::GraphScene</name>
    <message>
        <source>A constraint is violated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A constraint cannot be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All constraints hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 (any version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds now, after the change and at every step in between.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::HttpCheck</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body pattern %1 is not a valid regular expression: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted: %2. Fix the certificate or use an address it is valid for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was refused: nothing listens there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 gave no complete answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The check of %1 was stopped by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[body truncated after %1 characters]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, but %3 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 as expected, but its body did not match %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 and its body matched %3, as expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::ICalendar</name>
    <message>
        <source>%1 window for the change &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected systems: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::ImportCommand</name>
    <message>
        <source>Usage: upgrade-workbench import FILE --format csv|mspdi INPUT [--table systems|dependencies]
Adds INPUT to the project FILE as one edit that can be undone in the program and is recorded in the audit log.
  csv    rows become systems, or dependencies with --table dependencies
  mspdi  Microsoft Project XML tasks become runbook steps with links and owners
Exit codes: 0 all imported, 1 something was left out or nothing could be imported, 2 usage error, 3 file error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: expected a project FILE and an INPUT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --format is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: unknown format &apos;%1&apos; (expected csv, mspdi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --table applies to csv only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: unknown table &apos;%1&apos; (expected systems, dependencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: %1 is larger than %2 MB; split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: %1 is open read-only (%2); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Keychain</name>
    <message>
        <source>the system keychain has no entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain needs the application running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain did not answer about &quot;%1&quot; within %2 s; it may be locked and waiting for its password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::LocalMachineReader</name>
    <message>
        <source>CPU use needs a second reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/net/dev has no readable counters for the interface &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network rates need a second reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a format this program does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::MainWindow</name>
    <message>
        <source>Upgrade Workbench projects (*.uwb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Systems from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dependencies from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Upgrade Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project that is open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from file format %1; a copy of the original is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Upgrade Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Upgrade Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Upgrade Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upgrade Workbench %1&lt;/h3&gt;&lt;p&gt;Plan, run and record upgrades of production systems.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · file format %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some templates could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot insert template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no runbook template &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 steps from the template %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::MetricChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline p5–p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::MetricChartPanel</name>
    <message>
        <source>the image could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this chart as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::MetricCheck</name>
    <message>
        <source>The condition &quot;%1&quot; is not understood; write a comparison and a number, e.g. &quot;&lt; 2&quot; or &quot;&lt;= 1.5x baseline&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no captured baseline, so &quot;%2&quot; cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no sample from the last %2 s before %3, so &quot;%4&quot; fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; passes &quot;%2&quot; (limit %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; fails &quot;%2&quot; (limit %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric check refers to metric %1, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::MetricDialog</name>
    <message>
        <source>Show in the key metrics strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of an environment variable, e.g. PROM_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu, memory, disk or disk:/path, net_rx or net_tx (optionally net_rx:eth0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PromQL expression, e.g. rate(http_requests_total[5m])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell command printing one number; it runs only once the project&apos;s commands are trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is a factor of the baseline mean (2 = twice the baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the metric a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the query: what to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older samples are dropped as new ones arrive; at most %L1 are kept per metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep samples for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Store Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the token once; it is kept in the system keychain, never in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the keychain entry, e.g. prometheus-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the keychain entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token for the keychain entry &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is stored in the system keychain as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the environment variable or keychain entry that holds the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::MetricReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something this machine can measure; use cpu, memory, disk, disk:/path, net_rx, net_tx, net_rx:interface or net_tx:interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk usage of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file system of %1 reports no size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the output of &quot;%2&quot; is neither a number nor &quot;name value&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command of &quot;%1&quot; printed NaN or an infinite value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command of &quot;%1&quot; printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 from %2 has no [time, &quot;value&quot;] pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result %1 from %2 has the value &quot;%3&quot;, which is no number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a range vector (matrix) where one value per series was expected. Remove the [range] selector from the query or wrap it in a function such as rate().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a result of type &quot;%2&quot; where %3 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the query of &quot;%2&quot; (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 is not JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 has the status &quot;%2&quot; instead of &quot;success&quot; or &quot;error&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 has no result list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned NaN or an infinite value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no series for the query of &quot;%2&quot;; check its labels and whether the target is scraped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric &quot;%1&quot; has no Prometheus server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric &quot;%1&quot; has the server URL &quot;%2&quot;, which is no http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::MetricsPage</name>
    <message>
        <source>Add metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current or last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the range shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected metric&apos;s normal range (p5 to p95) from its samples of the chosen period; undoable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the charts at the newest values; uncheck to pause and look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the metrics to chart; double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples are shown but not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics yet. Add one, e.g. this machine&apos;s CPU, to watch it live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a metric on the left to chart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the metric &quot;%1&quot;? Its recorded samples stay in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline captured for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::MetricsStrip</name>
    <message>
        <source>No key metrics. Mark metrics as key on the Metrics page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (highest of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond a threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is within its thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::MonteCarlo</name>
    <message>
        <source>The simulation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Mspdi</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document element is &lt;%1&gt;, not the &lt;Project&gt; of Microsoft Project XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive number; %2 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lag &apos;%1&apos; is not a number; the link keeps no lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task UID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the duration &apos;%2&apos;, which is not a duration such as PT8H0M0S; the task was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has optimistic and pessimistic durations that do not enclose its duration; they were widened to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task UID %1 has no name; it was called &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 &apos;%3&apos; is not a duration and was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the summary task &apos;%1&apos; names no phase (%2); its %3 went into Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 under no phase summary task (%2) went into Execute, starting here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link from task UID %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes from another project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it links a summary task; link the steps inside instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of its tasks was not imported or does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task cannot follow itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start-to-finish links have no meaning in a runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its type %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice; it was imported once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a lag in percent of the predecessor, which a runbook cannot express; it was imported without lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &apos;%1&apos; has several resources; &apos;%2&apos; was not made its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no task to import (only summary tasks or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of its tasks could be imported; the first problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only (%1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project changed while %1 was read: a step owner was removed. Import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n step from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n steps from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1, %2 and %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem needs attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uw::Notice</name>
    <message>
        <source>The systems are changed one group at a time; each group is unavailable for a short while when its turn comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old and the new version run side by side; no interruption is planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic moves to the upgraded copy in one switch-over; expect an interruption of a few minutes at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affected services are unavailable for the whole window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in progress: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

the planned work &quot;{change}&quot; has begun. It is scheduled to end by {window_end} ({time_zone}).

Affected systems: {systems}
Affected business processes: {business_processes}
What you will notice: {impact}

We will write again when the work is finished. Urgent questions: {contact}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

the work &quot;{change}&quot; is finished and the systems are back in normal service ({to_version}).

Affected systems: {systems}

If something does not work as it did before, please tell {contact}.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking longer than planned: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

the work &quot;{change}&quot; needs more time than planned. We now expect to finish by {expected_end} instead of {window_end} ({time_zone}).

Affected business processes: {business_processes}
What you will notice until then: {impact}

We will write again when the work is finished. Questions: {contact}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change withdrawn, previous state restored: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

the work &quot;{change}&quot; could not be completed as planned. We have returned the systems to their previous state ({from_version}); they work as they did before the window.

Affected systems: {systems}

We will announce a new date once the cause is understood. Questions: {contact}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned maintenance: {change}, {window_start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

we are planning the following change: {change}

Why: {purpose}
When: {window} ({time_zone})
Affected systems: {systems}
Affected business processes: {business_processes}
What you will notice: {impact}

Please keep this period free of work that depends on these systems. We will write when the work starts and when it is finished.

Questions: {contact}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet fixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::NoticeCommand</name>
    <message>
        <source>Usage: upgrade-workbench notice FILE --kind before|start|done|delayed|rolled-back [--window ID] [--new-end ISO8601] [--eml OUT.eml]
Fills the notice of that kind from the project, in the project&apos;s wording, with times in the change&apos;s time zone, and prints it as text, or writes it to OUT.eml as an e-mail draft addressed to the project&apos;s people.
  --window   the window the notice is about (by default the planned window)
  --new-end  for delayed: the expected new end, e.g. 2026-12-06T03:30 (in the change&apos;s time zone unless it carries an offset)
Exit codes: 0 written, 2 usage error, 3 file error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: expected exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: --kind is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: unknown kind &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: --window needs a window id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: --new-end applies to --kind delayed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: the file has no window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: --new-end needs a date and time such as 2026-12-06T03:30, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::NoticeDialog</name>
    <message>
        <source>Work starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected new end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a placeholder to insert it where the cursor is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders stay as written in the notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Notice as E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Window as Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window &apos;%1&apos; has no start or end yet, so there is no event to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notice wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::PeopleModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the person can work, in the change&apos;s time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the role %2 from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an available period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change availability of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::PeoplePage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>is named on %n step(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %n approval(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Deleting clears these assignments and deletes the approvals. Delete anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete People</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Availability of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1, the change&apos;s time zone. No periods means always available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one person to edit when they can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::PlanConflicts</name>
    <message>
        <source>change freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak usage period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window &apos;%1&apos; overlaps the %2 &apos;%3&apos; from %4 to %5 on %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is planned from %2 to %3, but its owner %4 is not available for all of that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is booked on %2 and %3 at the same time, from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 finishes at %2, after the window &apos;%3&apos; ends at %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::PlanEdit</name>
    <message>
        <source>There is no step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step cannot come after itself (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking %1 before %2 would make a loop: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the predecessor &quot;%1&quot;. Write step numbers, each optionally followed by SS or FF and a lag in minutes, e.g. &quot;3, 5SS+10&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is listed twice as a predecessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set predecessors of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already comes before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least two steps to link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected steps are already linked in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Link %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no links between the selected steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps are already first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps are already last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps are already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate must be between 0 and 100000 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change estimate of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::PlanModel</name>
    <message>
        <source>Step numbers this step waits for, e.g. &quot;3, 5SS+10&quot;: SS = start-to-start, FF = finish-to-finish, +/- a lag in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the critical path: any delay moves the finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can slip this many minutes without moving the finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person called &quot;%1&quot;; add them on the People page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::PlanPage</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step below the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected steps up within their phase (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected steps down within their phase (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make each selected step wait for the one above it (Ctrl+L). You can also drag from one bar to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the links between the selected steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected steps as a runbook template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Reserve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes that must stay free before the window ends, even after a full rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule so that nobody runs two steps at once; delayed steps say whom they waited for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set rollback reserve to %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot be scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no maintenance window to plan into: times are shown from the next full hour. Add one on the Windows page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: the window is clear of freezes, blackouts and peaks, and every owner is available and booked once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; with %n step(s) is now under Runbook › Insert Template.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uw::PlanSummaryStrip</name>
    <message>
        <source>Planned finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P80 finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add steps, or insert a template from the Runbook menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last step ends inside the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last step ends after the window: %1 ends %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four in five simulated runs finish by then (P50 %1, P95 %2; %3 runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of simulated runs that finish inside the window and keep the rollback reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last execute step ends after it: a rollback started then would not finish %1 min before the window ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest moment from which a rollback still ends %1 min before the window ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a window and execute steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to undo all execute work, on the rollback steps&apos; critical path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to go to the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Project</name>
    <message>
        <source>The new project %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::ProjectJson</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no system with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no step with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no metric with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no window with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date-time with a time zone, such as 2026-12-05T21:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required member is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimates must satisfy 0 &lt;= optimistic &lt;= likely &lt;= pessimistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step cannot be linked to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;upgrade-workbench&apos;, found &apos;%1&apos;: this is not an Upgrade Workbench project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has format version %1, but this program reads versions up to %2; open it with a newer Upgrade Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples are kept for 1 to 366 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::PrometheusReader</name>
    <message>
        <source>Metric &quot;%1&quot; has no PromQL query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1, which should hold the token for &quot;%2&quot;, is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still waiting for the system keychain to give the token for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token for &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Report</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step (planned above actual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: no approval requested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rejected by %n approver(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved (%n approval(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting approval: %1 of %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change has no maintenance window: the plan cannot be checked against one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook cannot be scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan fits the window, and a full rollback still ends %1 before the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does NOT fit: it finishes at %1, after the window ends at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does NOT leave room for rollback: the last execute step ends after the point of no return (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup before the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup step in the runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan present and fitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rollback steps in the runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rollback step(s). %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approvals given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No communication step in the runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rehearsal has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” started %2 and has not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every constraint holds before, during and after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency cycle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No scheduling conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency / risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 – %3
(times in %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full rollback takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish with 80 % confidence (P80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance to fit with rollback reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 simulated runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Systems changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n in the inventory</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compatibility findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope and inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The inventory holds %n system(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Systems that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
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
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system has a target version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business processes served by these systems: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dependency constraint and compatibility rule holds before, during and after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n compatibility finding(s) need attention before approval.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every constraint holds, but the dependencies form a cycle: no upgrade order can put every dependency first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During (after step %1 of the order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies are upgraded before the systems that need them; systems in one row change together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each arrow points from a system to a system it needs. Colours show the worst compatibility finding that involves a system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — after this moment a full rollback no longer ends %2 before the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish, simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50 %1
P80 %2
P95 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levelled: nobody runs two steps at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline with the point of no return and P80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any delay of these steps moves the finish: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook has no rollback steps: a failed change cannot be undone as planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve kept before the window ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last execute step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback after all execute work ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: the window overlaps no freeze, blackout or peak period of the affected systems, and every owner is available and booked once at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When work starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the change is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the finish moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the change is rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the project has an e-mail address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan report for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue after a failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue past the point of no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue past the window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: the plan has no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point of no return %1 (counted from the run&apos;s start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: rollback decided at %1, before the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: rollback decided at %1, after the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: execute work ended by the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed by decision of %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: execute work ended at %1, after the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outcome: %1. Took %2 against %3 planned; %n failure(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable: the run did not complete the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime (first execute step to last verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, decided by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return respected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: actual against planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey bars show the plan counted from the run&apos;s start; coloured bars what happened (green done, red failed, amber running or interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody recorded a decision or a note in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step failed in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric samples were recorded during this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green band: the baseline captured before the change; red lines: thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric during the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approvals, gates or verifications are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as a true record of the run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: none of its %n entries was changed, removed or reordered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can check this record against the project file with “upgrade-workbench verify-audit FILE”: the final hash must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 (later than planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 (earlier than planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n earlier line(s) left out]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (part %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continued on the next page →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::ReportCommand</name>
    <message>
        <source>Usage: upgrade-workbench report FILE --kind plan|run [--run ID] [--page-size a4|letter] -o OUT.pdf
Writes a PDF for managers: the plan report for approval, or the record of a run (the latest run unless --run names one).
Exit codes: 0 written, 1 the file has no run to report, 2 usage error, 3 file error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --kind is plan or run, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --run needs a run id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --page-size is a4 or letter, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: expected exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --kind plan or --kind run is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: -o OUT.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --run only goes with --kind run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the file has no run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no run yet: record a rehearsal or production run, or write the plan report with --kind plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::ReportDialog</name>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating %1 runs of the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the dependency graph…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::ReportExport</name>
    <message>
        <source>The file has no run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no run yet: record a rehearsal or production run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be laid out (%1); its systems are shown in rows instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunAudit</name>
    <message>
        <source>Run event %1 has no entry in the audit log: it was added behind the program&apos;s back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run event %1 was changed after it was recorded (it no longer matches its audit entry).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunDoneList</name>
    <message>
        <source>Finished step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a step to add a note to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunHeader</name>
    <message>
        <source>Window clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is open. Start a rehearsal or the production run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REHEARSAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLLING BACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window ends %1 · %2 to spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window ends %1 · %2 LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window to fit in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback finishes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window end to count to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1, %2 ago · rollback no longer fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 · execute work is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 · rollback takes %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunPage</name>
    <message>
        <source>Acting as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event of the run is recorded under this name; gates accept only their approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Production Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to Rollback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Commands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Estimates from This Rehearsal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b0bec5&apos;&gt;&amp;#9632;&lt;/span&gt; planned &amp;nbsp; &lt;span style=&apos;color:#2e7d32&apos;&gt;&amp;#9632;&lt;/span&gt; done &amp;nbsp; &lt;span style=&apos;color:#00897b&apos;&gt;&amp;#9632;&lt;/span&gt; running &amp;nbsp; &lt;span style=&apos;color:#c62828&apos;&gt;&amp;#9632;&lt;/span&gt; failed &amp;nbsp; &lt;span style=&apos;color:#648fc8&apos;&gt;&amp;#9633;&lt;/span&gt; projected &amp;nbsp; drift: &lt;span style=&apos;color:#c62828&apos;&gt;+late&lt;/span&gt; / &lt;span style=&apos;color:#2e7d32&apos;&gt;−early&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of step %1 could not be written, so it shows as interrupted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Commands are not trusted on this computer.&lt;/b&gt; Command and HTTP check steps will not run until you review the commands this project would execute and trust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY NOW (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNNING (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is open. Choose who you are under Წting as”, then start a rehearsal or the production run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to run its runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is done or skipped. End the run to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more step(s) wait for earlier steps.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has stayed beyond %2 since %3 (worst %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is acting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type your name under Წting as” first: every event of the run names the person who recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run “%1” is still open: end it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the production run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the production run of “%1” as %2%3? Every step you record is part of the change record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in the window “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the commands of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>End the run “%1” with %n step(s) not done? Nothing more can be recorded in this run afterwards.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>End the run “%1”? Nothing more can be recorded in this run afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot end the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “%1” skipped? A skipped step cannot be started again in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the command of “%1”? The step is recorded as failed in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go for “%1”, decided by %2. What was checked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-go for “%1”, decided by %2. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why roll back? The run switches to the rollback runbook; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it safe to continue? Your reason goes into the run record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why roll back? The run switches to the rollback of the work started so far; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates not updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunProjection</name>
    <message>
        <source>The point of no return passed at %1 with execute work left; a rollback started now would finish at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projected finish %1 is after the window&apos;s end %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunRules</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a rollback step: it runs only after the run switches to rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is rolling back, so %1 is no longer part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of this rollback: it undoes nothing this run started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ready: it waits for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits until %2 stops running: it undoes that work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ready: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gate %1 needs the decision of its approver %2; %3 cannot decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the project&apos;s people, so they cannot decide the gate %2. Add them with the approver role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the approver role, so they cannot decide the gate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segregation of duties: %1 executed the verify step %2 and cannot also be its verifier. Ask %3, the planned verifier, to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segregation of duties: %1 executed the verify step %2 and cannot also be its verifier. Ask another person to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a go/no-go gate: an approver decides it, nobody starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who does this: every run event names a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has ended; start a new run to do more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step %1 in this runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled in the runbook and takes no part in the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a go/no-go gate: it passes or fails by an approver&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running (it is %2), so it cannot be ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running its check, whose result decides the outcome; stop it to end it early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a go/no-go gate and cannot be skipped: an approver decides go or no-go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running; stop it or mark it failed before skipping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a go/no-go gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gate %1 already got its go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunSession</name>
    <message>
        <source>Say who starts the run: every run event names a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 has no run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commands of this project have not been reviewed and trusted on this computer, or they changed since: review them before running “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who stops the step: every run event names a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 runs no command or check here that could be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs a text and the person who writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step %1 in this runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rollback trigger is no longer pending: someone has already answered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who decides: every run event names a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is going forward, so a metric breach cannot call for a rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has ended; start a new run to do more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is already rolling back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who ends the run: every run event names a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still running; stop it before ending the run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunState</name>
    <message>
        <source>The critical step “%1” failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunStepCard</name>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-go…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this step (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the go decision (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this step done (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this step failed (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step, with a reason (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to this step (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running, attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program stopped while this step ran, so its outcome is unknown. Check it, then mark it Done or Failed, or start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command runs now and decides Done or Failed itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 elapsed of %2 — %3 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elapsed of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunSummary</name>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue after the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue past the point of no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue past the window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran %2, from %3 to %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started at %2 (%3) and has not ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %1 done, %2 skipped, %3 failed, %4 not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished steps took %1 against %2 planned: %3%4 (%5 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 failed (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 by %3%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was rolled back at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project runs the following on this computer. Read each line before you trust it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust these and let runs execute them? Until you do, command and HTTP check steps do not run; if any of them changes, you are asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update these estimates from what the rehearsal took? This is one edit you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: took %2 min; likely %3 → %4 min, range %5–%6 → %7–%8 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunTimeline</name>
    <message>
        <source>+%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunTriggerPrompt</name>
    <message>
        <source>ROLLBACK TRIGGER: the run will end after the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLLBACK TRIGGER: a critical step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLLBACK TRIGGER: the point of no return is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLLBACK TRIGGER: a metric left its safe range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide now: roll back, or continue with a reason that goes into the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::RunbookTemplates</name>
    <message>
        <source>Template &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (expected one of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the estimate needs optimistic, likely and pessimistic minutes as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;after&apos; must be a list of step keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;undoes&apos; must be a list of step keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad estimate: minutes must satisfy 0 &lt;= optimistic &lt;= likely &lt;= pessimistic, with pessimistic above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;after&apos; names step &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a rollback step may undo other steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;undoes&apos; names step &apos;%1&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;undoes&apos; names step &apos;%1&apos;, which is not an execute step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;after&apos; links form a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a runbook template: the format tag must be &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no valid version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was written by a newer program (format version %1; this one reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in runbook templates are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no steps to insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id may only hold lower-case letters, digits and single dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the template folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the template to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Sample</name>
    <message>
        <source>The bundled sample project is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::ScheduleCommand</name>
    <message>
        <source>schedule: --window needs a window id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: --seed needs a whole number from 0 to 18446744073709551615, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: --iterations needs a whole number from 1 to 10000000, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: --reserve needs minutes from 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: expected exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1, %2 – %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last execute step ends: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return: %1 (reserve %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo (%1 iterations, seed %2): P50 %3, P80 %4, P95 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability to fit with the rollback reserve: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan fits the window with its rollback reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does NOT fit the window with its rollback reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: the file has no window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no maintenance window to schedule into. Add one, or choose a window with --window ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Scheduler</name>
    <message numerus="yes">
        <source>The step links form a cycle of %n step(s), so no schedule exists: %1. Remove or reverse one of these links.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This step is not part of the forward schedule: it is disabled, a rollback step, or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can start at the beginning of the plan: no link holds it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can start %2 into the plan, after this chain of driving predecessors: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on the critical path: any delay moves the finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has %1 of slack before it moves the finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levelling moves it %1 later: %2 is busy with %3 until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levelling moves it %1 later because its predecessors moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::StepGeneration</name>
    <message>
        <source>Prepare %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is healthy, the %2 installation files and its configuration notes are at hand, and its users know the work is about to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data and the configuration of %1 so that it can be restored on its own, and confirm that the backup is complete and readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 from %2 to %3 as the vendor describes, and note anything that behaves differently than in the rehearsal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that %1 reports version %2, its services answer, and the systems that depend on it work as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 to %2 from the backup taken in this window, then check that it runs and serves its dependants as it did before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade order names no system of this project, so there are no runbook steps to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generate runbook steps for %n system</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate runbook steps for %n systems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>uw::Store</name>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only on disk; it is open for viewing only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another Upgrade Workbench (%2); it is open for viewing only here. Close it there to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs updating to the current file format, but the safety copy %2 could not be written (%3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be prepared for editing: %2. The file is as it was before this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older file format that could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being created by another program (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row %2: unknown %3 &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: unknown type &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Upgrade Workbench project: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Upgrade Workbench project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Upgrade Workbench (file format %2; this version reads up to %3). Open it with a newer version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::SystemDetailsPanel</name>
    <message>
        <source>One process per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. weekdays 09:00–18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add configuration item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected configuration items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peak usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a system to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::SystemPicker</name>
    <message>
        <source>Type part of a system name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::SystemsDelegate</name>
    <message>
        <source>cannot read version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::SystemsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dependency</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compatibility rule</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compatibility rules</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runbook step</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runbook steps</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n windows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record entry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected systems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is needed by: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are needed by: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; also referenced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is referenced by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are referenced by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Delete anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::SystemsPage</name>
    <message>
        <source>Filter systems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a system to the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected systems and their dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n systems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n systems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n systems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No systems yet — add one or import a CMDB export with File › Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no systems to paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no column of system names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no systems to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::ThresholdWatch</name>
    <message>
        <source>Threshold %1 of &quot;%2&quot; is relative to the baseline, which has not been captured yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Trust</name>
    <message>
        <source>The list of trusted projects %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of trusted projects %1 is damaged (%2); remove it and trust your projects again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of trusted projects %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::VerifyAuditCommand</name>
    <message>
        <source>Usage: upgrade-workbench verify-audit FILE [--json]
Checks that no entry of the audit log was changed, removed, inserted or reordered.
Exit codes: 0 intact, 1 broken, 2 usage error, 3 file error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN at run event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OK, %n audit entries, final hash %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::Version</name>
    <message>
        <source>version is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version contains a control character at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version contains no digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::VersionConstraint</name>
    <message>
        <source>unexpected %1 at position %2 in %3; alternatives are separated by &apos;||&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator %1 at position %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 at position %2 in %3; a hyphen range needs spaces and a version on both sides, like &apos;1.2 - 1.5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 at position %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty alternative before %1 at position %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty alternative after %1 at position %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 at position %2 in %3 is not followed by a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 at position %2 in %3; a hyphen range needs a version on both sides, like &apos;1.2 - 1.5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 at position %2 in %3 ends with &apos;-&apos;; write a hyphen range with spaces, like &apos;1.2 - 1.5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot parse version %1 at position %2 in %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced wildcard in %1 at position %2 in %3; only trailing parts like &apos;5.x&apos; or &apos;5.*&apos; may be wildcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcard %1 at position %2 in %3 can only be used alone or after &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 at position %2 in %3 must start with a number to be used with &apos;^&apos; or &apos;~&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcard %1 at position %2 in %3 cannot be used in a hyphen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty range %1 at position %2 in %3: the lower end is above the upper end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint contains a control character at position %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not equal to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 equals the excluded version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, required by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the alternatives holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot parse version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::WindowsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: times are shown in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window must end after it starts (%1 – %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::WindowsPage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each window&apos;s own zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n window(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems affected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>uw::ZonedTime</name>
    <message>
        <source>%1 does not exist in %2 because clocks jump forward; %3 is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice in %2 because clocks fall back; the first one, %3, is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
