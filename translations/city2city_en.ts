<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CitiesPage</name>
    <message numerus="yes">
        <source>Cities: %n</source>
        <translation>
            <numerusform>Cities: %n</numerusform>
            <numerusform>Cities: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CityStore</name>
    <message numerus="yes">
        <source>People who belong to this city: %n. Change or delete them first.</source>
        <translation>
            <numerusform>People who belong to this city: %n. Change or delete them first.</numerusform>
            <numerusform>People who belong to this city: %n. Change or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleTimeline</name>
    <message numerus="yes">
        <source>%1: %2 of %n session(s) held or scheduled</source>
        <translation>
            <numerusform>%1: %2 of %n session held or scheduled</numerusform>
            <numerusform>%1: %2 of %n sessions held or scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n without a time (not shown)</source>
        <translation>
            <numerusform>; %n without a time (not shown)</numerusform>
            <numerusform>; %n without a time (not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <source>%n row(s) refer to records that do not exist.</source>
        <translation>
            <numerusform>%n row refers to a record that does not exist.</numerusform>
            <numerusform>%n rows refer to records that do not exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Foreign key check:  %n row(s) refer to missing records</source>
        <translation>
            <numerusform>Foreign key check:  %n row refers to a missing record</numerusform>
            <numerusform>Foreign key check:  %n rows refer to missing records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryActions</name>
    <message numerus="yes">
        <source>Imported %Ln city(ies) from %1; Edit ▸ Undo takes them out again.</source>
        <translation>
            <numerusform>Imported %Ln city from %1; Edit ▸ Undo takes it out again.</numerusform>
            <numerusform>Imported %Ln cities from %1; Edit ▸ Undo takes them out again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln person(s) from %1; Edit ▸ Undo takes them out again.</source>
        <translation>
            <numerusform>Imported %Ln person from %1; Edit ▸ Undo takes it out again.</numerusform>
            <numerusform>Imported %Ln people from %1; Edit ▸ Undo takes them out again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln city(ies) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln city to %1.</numerusform>
            <numerusform>Wrote %Ln cities to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln person(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln person to %1.</numerusform>
            <numerusform>Wrote %Ln people to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message numerus="yes">
        <source>%n value(s) where the first line names %1 columns.</source>
        <translation>
            <numerusform>%n value where the first line names %1 columns.</numerusform>
            <numerusform>%n values where the first line names %1 columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>Import %n cities</source>
        <translation>
            <numerusform>Import %n city</numerusform>
            <numerusform>Import %n cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n people</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) ready, %1 with problems. Correct them in the file and import it again: nothing is imported while a row has a problem.</source>
        <translation>
            <numerusform>%Ln row ready, %1 with problems. Correct them in the file and import it again: nothing is imported while a row has a problem.</numerusform>
            <numerusform>%Ln rows ready, %1 with problems. Correct them in the file and import it again: nothing is imported while a row has a problem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) ready to import.</source>
        <translation>
            <numerusform>%Ln row ready to import.</numerusform>
            <numerusform>%Ln rows ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln city(ies)…</source>
        <translation>
            <numerusform>Importing %Ln city…</numerusform>
            <numerusform>Importing %Ln cities…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln person(s)…</source>
        <translation>
            <numerusform>Importing %Ln person…</numerusform>
            <numerusform>Importing %Ln people…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln pairing(s)</source>
        <translation>
            <numerusform>%Ln pairing</numerusform>
            <numerusform>%Ln pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln city(ies)</source>
        <translation>
            <numerusform>%Ln city</numerusform>
            <numerusform>%Ln cities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln country</numerusform>
            <numerusform>%Ln countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln theme</numerusform>
            <numerusform>%Ln themes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesDocument</name>
    <message numerus="yes">
        <source>%1 of %n people present.</source>
        <translation>
            <numerusform>%1 of %n person present.</numerusform>
            <numerusform>%1 of %n people present.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingDetailWidget</name>
    <message numerus="yes">
        <source>Cycle: %1 of %n session(s) held or scheduled (%2 planned)%3</source>
        <translation>
            <numerusform>Cycle: %1 of %n session held or scheduled (%2 planned)%3</numerusform>
            <numerusform>Cycle: %1 of %n sessions held or scheduled (%2 planned)%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingStore</name>
    <message numerus="yes">
        <source>Sessions in this pairing, with their minutes: %n. The pairing was not deleted; set its status to cancelled instead.</source>
        <translation>
            <numerusform>Sessions in this pairing, with their minutes: %n. The pairing was not deleted; set its status to cancelled instead.</numerusform>
            <numerusform>Sessions in this pairing, with their minutes: %n. The pairing was not deleted; set its status to cancelled instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pilots in this pairing: %n. The pairing was not deleted.</source>
        <translation>
            <numerusform>Pilots in this pairing: %n. The pairing was not deleted.</numerusform>
            <numerusform>Pilots in this pairing: %n. The pairing was not deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairingsPage</name>
    <message numerus="yes">
        <source>Pairings: %n</source>
        <translation>
            <numerusform>Pairings: %n</numerusform>
            <numerusform>Pairings: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pairings: %1 of %n</source>
        <translation>
            <numerusform>Pairings: %1 of %n</numerusform>
            <numerusform>Pairings: %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>People: %n</source>
        <translation>
            <numerusform>People: %n</numerusform>
            <numerusform>People: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message numerus="yes">
        <source>Pairings led by this person: %n. Choose another lead facilitator for them first.</source>
        <translation>
            <numerusform>Pairings led by this person: %n. Choose another lead facilitator for them first.</numerusform>
            <numerusform>Pairings led by this person: %n. Choose another lead facilitator for them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agenda blocks owned by this person: %n. Choose another owner for them first.</source>
        <translation>
            <numerusform>Agenda blocks owned by this person: %n. Choose another owner for them first.</numerusform>
            <numerusform>Agenda blocks owned by this person: %n. Choose another owner for them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCycleDialog</name>
    <message numerus="yes">
        <source>The pairing already has %n session(s); these follow them.</source>
        <translation>
            <numerusform>The pairing already has %n session; these follow it.</numerusform>
            <numerusform>The pairing already has %n sessions; these follow them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeCharts</name>
    <message numerus="yes">
        <source>%1 (top %2 of %n pairings)</source>
        <translation>
            <numerusform>%1 (top %2 of %n pairing)</numerusform>
            <numerusform>%1 (top %2 of %n pairings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message numerus="yes">
        <source>Planned %n session(s). Undo removes them together.</source>
        <translation>
            <numerusform>Planned %n session. Undo removes it.</numerusform>
            <numerusform>Planned %n sessions. Undo removes them together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n PDF file to %1.</numerusform>
            <numerusform>Wrote %n PDF files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Cancelled after %n file.</numerusform>
            <numerusform>Cancelled after %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n session to %1.</numerusform>
            <numerusform>Wrote %n sessions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotFinder</name>
    <message numerus="yes">
        <source>Search at most %n day(s) at a time.</source>
        <translation>
            <numerusform>Search at most %n day at a time.</numerusform>
            <numerusform>Search at most %n days at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message numerus="yes">
        <source>%1 — %2, %n block(s), %3 min%4</source>
        <translation>
            <numerusform>%1 — %2, %n block, %3 min%4</numerusform>
            <numerusform>%1 — %2, %n blocks, %3 min%4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>Pairings in the programme have 2 to 4 cities; this one has %n.</source>
        <translation>
            <numerusform>Pairings in the programme have 2 to 4 cities; this one has %n.</numerusform>
            <numerusform>Pairings in the programme have 2 to 4 cities; this one has %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
