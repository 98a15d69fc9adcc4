<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>uw::Audit</name>
    <message>
        <source>entry %1 does not follow the entry before it: an entry was removed, inserted or reordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry %1 was changed after it was written (its content no longer matches its hash)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::Calibration</name>
    <message numerus="yes">
        <source>Calibrate %n estimate(s) from a run</source>
        <translation><numerusform>Calibrate %n estimate from a run</numerusform><numerusform>Calibrate %n estimates from a run</numerusform></translation>
    </message>
</context>
<context>
    <name>uw::ChangePage</name>
    <message>
        <source>e.g. Move the order platform to PostgreSQL 16</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this change, in plain words: what it fixes or enables, and for whom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What runs today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will run afterwards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>urgency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rollout strategy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times in plans, notices and reports are shown in this zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollout strategy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit change title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit change purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit change summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change time zone to %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation><numerusform>%n system</numerusform><numerusform>%n systems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies)</source>
        <translation><numerusform>%n dependency</numerusform><numerusform>%n dependencies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation><numerusform>%n step</numerusform><numerusform>%n steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation><numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation><numerusform>%n window</numerusform><numerusform>%n windows</numerusform></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::Cli</name>
    <message>
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade order: no system has a new target version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade order (dependencies first):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependency cycles: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependency cycles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result: %1 violated, %2 unknown, %3 dependency cycles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check: unknown option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check: expected exactly one FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage:
  upgrade-workbench [FILE]                 open FILE (or an empty window) in the program
  upgrade-workbench new FILE [--sample]    create a project file; --sample fills it with the bundled example
  upgrade-workbench validate FILE [--json] check a project file without changing it
  upgrade-workbench check FILE [--json]    compatibility findings, upgrade order and dependency cycles
  upgrade-workbench schedule FILE [--json] [--window ID] [--seed N] [--iterations N] [--reserve MINUTES] [--level]
  upgrade-workbench --help | --version

Exit codes: 0 ok, 1 findings (the file is fine but something in it needs attention), 2 usage error, 3 file error (missing, not a project, newer, damaged, locked).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>system '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dependency %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validate: unknown option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validate: expected exactly one FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File format: %1 (this program writes %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log: intact, %1 entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log: BROKEN at entry %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new: unknown option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new: expected exactly one FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade Workbench %1 (Qt %2, SQLite %3, file format %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade Workbench plans, runs and records upgrades of production systems.

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::Compatibility</name>
    <message>
        <source>Current versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mid-change after step %1 (%2 upgraded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3 needs %4 %5, but it is %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3 needs %4 %5, but it will be %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 has no version recorded, so '%3' cannot be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read version %2 of %3 (%4), so '%5' cannot be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the constraint %2 of %3 on %4 cannot be read (%5), so it cannot be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the condition %2 of the rule '%3' cannot be read (%4), so whether it applies cannot be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 cannot run with %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 cannot serve %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2: change them together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; and %2 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: change them together.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::Csv</name>
    <message>
        <source>line %1: a quoted field is never closed; a '"' is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty; a CSV import needs a header row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is %1 MB; CSV imports are limited to %2 MB — split the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is binary, not CSV (byte %1 at offset %2); choose a CSV export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: the file is not UTF-8 text (byte %2 at offset %3); export it as UTF-8</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::CsvImport</name>
    <message>
        <source>wrong number of fields (%1 in this row, %2 in the header); check the quoting of this line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a system named %1 already exists in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a duplicate of line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot depend on itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already depends on %2 in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 depending on %2 is a duplicate of line %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read (%2); imported as written, the compatibility check will report it as unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is unknown; use yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no column of the file is chosen for this required field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value is missing; this field is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, or a rank from 1 (critical) to 4 (low)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is unknown; use one of: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read (%2); imported as written, compatibility checks will report it as unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no system named %1 in the project; add or import the systems first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong number of fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required value missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>depends on itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable constraint</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n system</source>
        <translation><numerusform>%n system</numerusform><numerusform>%n systems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n systems</source>
        <translation><numerusform>%n system</numerusform><numerusform>%n systems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dependency</source>
        <translation><numerusform>%n dependency</numerusform><numerusform>%n dependencies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation><numerusform>%n dependency</numerusform><numerusform>%n dependencies</numerusform></translation>
    </message>
    <message>
        <source>a system named %1 now exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a system it refers to was removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project is open read-only (%1); nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to import from %1: no row can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project changed since the preview (%1); review the import of %2 again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Import %n system from %1</source>
        <translation><numerusform>Import %n system from %1</numerusform><numerusform>Import %n systems from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n systems from %1</source>
        <translation><numerusform>Import %n system from %1</numerusform><numerusform>Import %n systems from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n dependency from %1</source>
        <translation><numerusform>Import %n dependency from %1</numerusform><numerusform>Import %n dependencies from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n dependencies from %1</source>
        <translation><numerusform>Import %n dependency from %1</numerusform><numerusform>Import %n dependencies from %1</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Skipped %n row (%1).</source>
        <translation><numerusform>Skipped %n row (%1).</numerusform><numerusform>Skipped %n rows (%1).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n rows (%1).</source>
        <translation><numerusform>Skipped %n row (%1).</numerusform><numerusform>Skipped %n rows (%1).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row was imported with a warning about an unreadable version or constraint.</source>
        <translation><numerusform>%n row was imported with a warning about an unreadable version or constraint.</numerusform><numerusform>%n rows were imported with a warning about an unreadable version or constraint.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows were imported with a warning about an unreadable version or constraint.</source>
        <translation><numerusform>%n row was imported with a warning about an unreadable version or constraint.</numerusform><numerusform>%n rows were imported with a warning about an unreadable version or constraint.</numerusform></translation>
    </message>
</context>
<context>
    <name>uw::CsvImportDialog</name>
    <message>
        <source>✓ imported, ⚠ imported with a warning, ✗ skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be imported, with a warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Systems from CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Dependencies from CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import systems from &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import dependencies from &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose which column of the file fills each field; the rows on the right show what the import will do. Nothing changes until you press Import, and Undo takes the whole import back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project is open read-only (%1), so nothing can be imported. The preview shows what an import would do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Fields&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column "%1" in exported files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column %1 (no name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n row will be imported; %2 skipped</source>
        <translation><numerusform>%1 of %n row will be imported; %2 skipped</numerusform><numerusform>%1 of %n rows will be imported; %2 skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows will be imported; %2 skipped</source>
        <translation><numerusform>%1 of %n row will be imported; %2 skipped</numerusform><numerusform>%1 of %n rows will be imported; %2 skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row will be imported (%3 with warnings); %2 skipped</source>
        <translation><numerusform>%1 of %n row will be imported (%3 with warnings); %2 skipped</numerusform><numerusform>%1 of %n rows will be imported (%3 with warnings); %2 skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rows will be imported (%3 with warnings); %2 skipped</source>
        <translation><numerusform>%1 of %n row will be imported (%3 with warnings); %2 skipped</numerusform><numerusform>%1 of %n rows will be imported (%3 with warnings); %2 skipped</numerusform></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::DependenciesModel</name>
    <message>
        <source>The constraint checked against the version that runs today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The constraint checked against the target version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the dependant keeps working while only one side is upgraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depends on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mixed versions tolerated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(missing system %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown: the system depended on does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no constraint: any version of %1 will do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 satisfies %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not satisfy %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 now, %3 after the upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no system with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot depend on itself; pick another system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a dependency kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The constraint "%1" cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1 of %2 → %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::DependenciesPage</name>
    <message>
        <source>No single system matches "%1"; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keeps working while only one side is upgraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Dependency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. &gt;=13 &lt;16, ^5.0 or 2.x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;System:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Version needed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system matches "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 systems match "%2"; type more of the name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any version will do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ reads as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the system that needs another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the system it depends on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A system cannot depend on itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will depend on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by system, kind or constraint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n dependency(ies)</source>
        <translation><numerusform>Delete %n dependency</numerusform><numerusform>Delete %n dependencies</numerusform></translation>
    </message>
    <message>
        <source>Add dependency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::Edit</name>
    <message>
        <source>The project is open read-only: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::EditCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::Enums</name>
    <message>
        <source>unknown role '%1' (expected one of %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::GraphExport</name>
    <message>
        <source>the image could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graphviz DOT files (*.dot *.gv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::GraphFindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every constraint holds now, after the change and at every step in between.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Violated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot be evaluated: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::GraphLayout</name>
    <message>
        <source>%1 needs %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs %2 %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bounding box "%1" is not four numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the node "%1" is not a system of this graph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the node %1 has no position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the node %1 has the unreadable position "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the node %1 has no readable size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an edge has the id "%1", which is no dependency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the edge %1 has the unreadable route "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the edge %1 has no route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graphviz's dot produced a layout that cannot be read: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it gave no reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graphviz's dot program is not installed. Install it with: apt-get install graphviz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graphviz's dot stopped unexpectedly: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graphviz's dot could not lay out the dependency graph (exit code %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graphviz's dot program "%1" could not be started: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Graphviz's dot did not finish the layout within %n second and was stopped.</source>
        <translation><numerusform>Graphviz's dot did not finish the layout within %n second and was stopped.</numerusform><numerusform>Graphviz's dot did not finish the layout within %n seconds and were stopped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Graphviz's dot did not finish the layout within %n seconds and was stopped.</source>
        <translation><numerusform>Graphviz's dot did not finish the layout within %n second and was stopped.</numerusform><numerusform>Graphviz's dot did not finish the layout within %n seconds and were stopped.</numerusform></translation>
    </message>
</context>
<context>
    <name>uw::GraphOrderPanel</name>
    <message>
        <source>(system %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate runbook steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cycle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> → </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Systems that depend on each other in a circle have no order in which each one's dependencies come first; break the cycle or upgrade them together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.  %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system changes version: set target versions on the Systems page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::GraphPage</name>
    <message>
        <source>Find a system…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only changing systems and what they touch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrange the graph again, e.g. after renaming systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG Image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG Drawing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF Document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graphviz DOT…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>depends on selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needed by selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changes version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keeps its version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>violation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot evaluate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laying out 1 system…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Laying out %n systems…</source>
        <translation><numerusform>Laying out %n system…</numerusform><numerusform>Laying out %n systems…</numerusform></translation>
    </message>
    <message>
        <source>The graph cannot be laid out, so the systems are shown in a grid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a system to see what depends on it and what it needs; double-click opens it on the Systems page.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n selected systems</source>
        <translation><numerusform>%n selected system</numerusform><numerusform>%n selected systems</numerusform></translation>
    </message>
    <message>
        <source>1 system depends on it, %1 critical</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n systems depend on it, %1 critical</source>
        <translation><numerusform>%n system depend on it, %1 critical</numerusform><numerusform>%n systems depend on it, %1 critical</numerusform></translation>
    </message>
    <message>
        <source>needs 1 system</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>needs %n systems</source>
        <translation><numerusform>needs %n system</numerusform><numerusform>needs %n systems</numerusform></translation>
    </message>
    <message>
        <source>no business processes recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>processes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — down: %2; %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system changes version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds prepare, backup, execute, verify and rollback steps for every system in this order, as one edit that one undo removes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot generate runbook steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::GraphScene</name>
    <message>
        <source>A constraint is violated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A constraint cannot be evaluated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All constraints hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2 · %3
%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs %2 (any version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holds now, after the change and at every step in between.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::MainWindow</name>
    <message>
        <source>Upgrade Workbench projects (*.uwb);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Systems from CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dependencies from CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Upgrade Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the project that is open now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated from file format %1; a copy of the original is at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (read-only) — Upgrade Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Upgrade Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Upgrade Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Upgrade Workbench %1&lt;/h3&gt;&lt;p&gt;Plan, run and record upgrades of production systems.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · file format %4&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Runbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert &amp;Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 steps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some templates could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot insert template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no runbook template '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1 steps from the template %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::PeopleModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the person can work, in the change's time zone (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give %1 the role %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the role %2 from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change contact of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: an available period must end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change availability of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::PeoplePage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>is named on %n step(s): %1</source>
        <translation><numerusform>is named on %n step: %1</numerusform><numerusform>is named on %n steps: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>has %n approval(s)</source>
        <translation><numerusform>has %n approval</numerusform><numerusform>has %n approvals</numerusform></translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Deleting clears these assignments and deletes the approvals. Delete anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete People</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n person(s)</source>
        <translation><numerusform>Delete %n person</numerusform><numerusform>Delete %n people</numerusform></translation>
    </message>
    <message>
        <source>Availability of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times in %1, the change's time zone. No periods means always available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select one person to edit when they can work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::PlanConflicts</name>
    <message>
        <source>change freeze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blackout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>peak usage period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maintenance window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>system %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The window '%1' overlaps the %2 '%3' from %4 to %5 on %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 is planned from %2 to %3, but its owner %4 is not available for all of that time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is booked on %2 and %3 at the same time, from %4 to %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 finishes at %2, after the window '%3' ends at %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::Project</name>
    <message>
        <source>The new project %1 could not be written: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The project is open read-only: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run ended: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::ProjectJson</name>
    <message>
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a date-time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no system with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no person with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no step with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no metric with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no run with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no window with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown value '%1' (expected one of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an ISO 8601 date-time with a time zone, such as 2026-12-05T21:00:00Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an id must be a positive whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required member is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>estimates must satisfy 0 &lt;= optimistic &lt;= likely &lt;= pessimistic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a step cannot be linked to itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id %1 is already used by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 'upgrade-workbench', found '%1': this is not an Upgrade Workbench project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has format version %1, but this program reads versions up to %2; open it with a newer Upgrade Workbench</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::RunbookTemplates</name>
    <message>
        <source>Template '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown %1 '%2' (expected one of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown member '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the estimate needs optimistic, likely and pessimistic minutes as numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'after' must be a list of step keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'undoes' must be a list of step keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template has no id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a step has no key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key is used twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the title is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad estimate: minutes must satisfy 0 &lt;= optimistic &lt;= likely &lt;= pessimistic, with pessimistic above 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'after' names step '%1', which does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a rollback step may undo other steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'undoes' names step '%1', which does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'undoes' names step '%1', which is not an execute step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the 'after' links form a cycle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template is not a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a runbook template: the format tag must be '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template has no valid version number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template was written by a newer program (format version %1; this one reads up to %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'steps' must be a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built-in template %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in runbook templates are missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there are no steps to insert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert template %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the id may only hold lower-case letters, digits and single dashes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the template folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the template to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::Sample</name>
    <message>
        <source>The bundled sample project is missing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::ScheduleCommand</name>
    <message>
        <source>schedule: unknown option %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule: %1 needs a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule: --window needs a window id, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule: --seed needs a whole number from 0 to 18446744073709551615, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule: --iterations needs a whole number from 1 to 10000000, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule: --reserve needs minutes from 0, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule: expected exactly one FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window: %1, %2 – %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned finish: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical path:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last execute step ends: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point of no return: %1 (reserve %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollback duration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monte Carlo (%1 iterations, seed %2): P50 %3, P80 %4, P95 %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability to fit with the rollback reserve: %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan fits the window with its rollback reserve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan does NOT fit the window with its rollback reserve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule: the file has no window %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no maintenance window to schedule into. Add one, or choose a window with --window ID.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::Scheduler</name>
    <message numerus="yes">
        <source>The step links form a cycle of %n step(s), so no schedule exists: %1. Remove or reverse one of these links.</source>
        <translation><numerusform>The step links form a cycle of %n step, so no schedule exists: %1. Remove or reverse one of these links.</numerusform><numerusform>The step links form a cycle of %n steps, so no schedule exists: %1. Remove or reverse one of these links.</numerusform></translation>
    </message>
    <message>
        <source>This step is not part of the forward schedule: it is disabled, a rollback step, or unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 can start at the beginning of the plan: no link holds it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 can start %2 into the plan, after this chain of driving predecessors: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is on the critical path: any delay moves the finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It has %1 of slack before it moves the finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Levelling moves it %1 later: %2 is busy with %3 until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Levelling moves it %1 later because its predecessors moved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::StepGeneration</name>
    <message>
        <source>Prepare %1 for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that %1 is healthy, the %2 installation files and its configuration notes are at hand, and its users know the work is about to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the data and the configuration of %1 so that it can be restored on its own, and confirm that the backup is complete and readable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade %1 from %2 to %3 as the vendor describes, and note anything that behaves differently than in the rehearsal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm that %1 reports version %2, its services answer, and the systems that depend on it work as before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore %1 to %2 from the backup taken in this window, then check that it runs and serves its dependants as it did before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The upgrade order names no system of this project, so there are no runbook steps to generate.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Generate runbook steps for %n system</source>
        <translation><numerusform>Generate runbook steps for %n system</numerusform><numerusform>Generate runbook steps for %n systems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Generate runbook steps for %n systems</source>
        <translation><numerusform>Generate runbook steps for %n system</numerusform><numerusform>Generate runbook steps for %n systems</numerusform></translation>
    </message>
</context>
<context>
    <name>uw::Store</name>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is read-only on disk; it is open for viewing only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is open in another Upgrade Workbench (%2); it is open for viewing only here. Close it there to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs updating to the current file format, but the safety copy %2 could not be written (%3). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be prepared for editing: %2. The file is as it was before this attempt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 uses an older file format that could not be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is being created by another program (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be created: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table %1, row %2: unknown %3 '%4'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change record is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: unknown type '%3'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an Upgrade Workbench project: it is not an SQLite database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Upgrade Workbench project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer Upgrade Workbench (file format %2; this version reads up to %3). Open it with a newer version of the program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; choose another name or remove it first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::SystemDetailsPanel</name>
    <message>
        <source>One process per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. weekdays 09:00–18:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove selected attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add configuration item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove selected configuration items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Peak usage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Business processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ttributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Configuration items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>peak usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>business processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attributes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>configuration items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a system to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::SystemPicker</name>
    <message>
        <source>Type part of a system name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::SystemsDelegate</name>
    <message>
        <source>cannot read version: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::SystemsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n dependency</source>
        <translation><numerusform>%n dependency</numerusform><numerusform>%n dependencies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n dependencies</source>
        <translation><numerusform>%n dependency</numerusform><numerusform>%n dependencies</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n compatibility rule</source>
        <translation><numerusform>%n compatibility rule</numerusform><numerusform>%n compatibility rules</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n compatibility rules</source>
        <translation><numerusform>%n compatibility rule</numerusform><numerusform>%n compatibility rules</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n runbook step</source>
        <translation><numerusform>%n runbook step</numerusform><numerusform>%n runbook steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n runbook steps</source>
        <translation><numerusform>%n runbook step</numerusform><numerusform>%n runbook steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n window</source>
        <translation><numerusform>%n window</numerusform><numerusform>%n windows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n windows</source>
        <translation><numerusform>%n window</numerusform><numerusform>%n windows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record entry</source>
        <translation><numerusform>%n record entry</numerusform><numerusform>%n record entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record entries</source>
        <translation><numerusform>%n record entry</numerusform><numerusform>%n record entries</numerusform></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n selected systems</source>
        <translation><numerusform>The %n selected system</numerusform><numerusform>The %n selected systems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation><numerusform>%n more</numerusform><numerusform>%n more</numerusform></translation>
    </message>
    <message>
        <source>%1 is needed by: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 are needed by: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; also referenced by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is referenced by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 are referenced by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Delete anyway?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::SystemsPage</name>
    <message>
        <source>Filter systems…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a system to the inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected systems and their dependencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete system %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n systems</source>
        <translation><numerusform>Delete %n system</numerusform><numerusform>Delete %n systems</numerusform></translation>
    </message>
    <message>
        <source>New system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add system %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate system %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Duplicate %n systems</source>
        <translation><numerusform>Duplicate %n system</numerusform><numerusform>Duplicate %n systems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n system</source>
        <translation><numerusform>%n system</numerusform><numerusform>%n systems</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n systems</source>
        <translation><numerusform>%n system</numerusform><numerusform>%n systems</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No systems yet — add one or import a CMDB export with File › Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard holds no systems to paste: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no column of system names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard holds no systems to paste.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::Version</name>
    <message>
        <source>version is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version is longer than %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version contains a control character at position %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version contains no digit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::VersionConstraint</name>
    <message>
        <source>unexpected %1 at position %2 in %3; alternatives are separated by '||'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown operator %1 at position %2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected %1 at position %2 in %3; a hyphen range needs spaces and a version on both sides, like '1.2 - 1.5'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected %1 at position %2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty alternative before %1 at position %2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty alternative after %1 at position %2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>operator %1 at position %2 in %3 is not followed by a version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected %1 at position %2 in %3; a hyphen range needs a version on both sides, like '1.2 - 1.5'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1 at position %2 in %3 ends with '-'; write a hyphen range with spaces, like '1.2 - 1.5'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot parse version %1 at position %2 in %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>misplaced wildcard in %1 at position %2 in %3; only trailing parts like '5.x' or '5.*' may be wildcards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wildcard %1 at position %2 in %3 can only be used alone or after '='</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1 at position %2 in %3 must start with a number to be used with '^' or '~'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wildcard %1 at position %2 in %3 cannot be used in a hyphen range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty range %1 at position %2 in %3: the lower end is above the upper end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>constraint is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>constraint is longer than %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>constraint contains a control character at position %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is below %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not above %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is above %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not below %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not equal to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 equals the excluded version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, required by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; and %2 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none of the alternatives holds: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot parse version %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::WindowsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affected systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown time zone: times are shown in UTC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A window needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a kind of window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not a valid time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A window must end after it starts (%1 – %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no system with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::WindowsPage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Affected systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each window's own zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maintenance window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n window(s)</source>
        <translation><numerusform>Delete %n window</numerusform><numerusform>Delete %n windows</numerusform></translation>
    </message>
    <message>
        <source>Add window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Systems affected by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>uw::ZonedTime</name>
    <message>
        <source>%1 does not exist in %2 because clocks jump forward; %3 is used instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 happens twice in %2 because clocks fall back; the first one, %3, is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>