<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>AccountDetails</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="81" />
      <source>Select an account in the list, or create one with Ctrl+N.</source>
      <translation>Wählen Sie links einen Kunden aus oder legen Sie mit Strg+N einen neuen an.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="88" />
      <source>Overview</source>
      <translation>Überblick</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="97" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="98" />
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="99" />
      <source>Stakeholders</source>
      <translation>Beziehungslandkarte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="100" />
      <source>Lifecycle</source>
      <translation>Lebenszyklus</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="101" />
      <source>Group</source>
      <translation>Gruppe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="296" />
      <source>Enter revenue, potential and margin, then run the selection funnel again.</source>
      <translation>Geben Sie Umsatz, Potenzial und Deckungsbeitrag ein und durchlaufen Sie dann den Auswahltrichter erneut.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="307" />
      <source>“{title}” was added to the annual plan.</source>
      <translation>„{title}“ steht jetzt im Jahresplan.</translation>
    </message>
  </context>
  <context>
    <name>AccountEditing</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="47" />
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="48" />
      <source>The changes to “{name}” cannot be saved: {reason}

Discard them?</source>
      <translation>Die Änderungen an „{name}“ können nicht gespeichert werden: {reason}

Verwerfen?</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="64" />
      <source>Change of status</source>
      <translation>Statuswechsel</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="66" />
      <source>Why does the status change to “{level}”? The reason goes into the status history.</source>
      <translation>Warum wechselt der Status zu „{level}“? Die Begründung kommt in die Statushistorie.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="77" />
      <source>Saved.</source>
      <translation>Gespeichert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="82" />
      <source>New account</source>
      <translation>Neuer Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="96" />
      <source>Delete account</source>
      <translation>Kunden löschen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="98" />
      <source>Delete “{name}”?

You can undo this with Ctrl+Z or restore the account from the trash.</source>
      <translation>„{name}“ löschen?

Sie können das mit Strg+Z rückgängig machen oder den Kunden aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="110" />
      <source>Deleted “{name}”.</source>
      <translation>„{name}“ gelöscht.</translation>
    </message>
  </context>
  <context>
    <name>AccountEditor</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editor.py" line="38" />
      <source>Create “{name}”</source>
      <translation>„{name}“ anlegen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editor.py" line="49" />
      <source>Edit “{name}”</source>
      <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editor.py" line="60" />
      <source>Delete “{name}”</source>
      <translation>„{name}“ löschen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editor.py" line="69" />
      <source>Restore “{name}”</source>
      <translation>„{name}“ wiederherstellen</translation>
    </message>
  </context>
  <context>
    <name>AccountForm</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="77" />
      <source>Only on this computer: never synced</source>
      <translation>Nur auf diesem Computer: wird nie synchronisiert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="84" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="86" />
      <source>Save the changes (Ctrl+S)</source>
      <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="87" />
      <source>Revert</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="88" />
      <source>Throw away the changes not saved yet</source>
      <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="148" />
      <source>Created {created} · last changed {updated}</source>
      <translation>Angelegt {created} · zuletzt geändert {updated}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="171" />
      <source>Group account of: {members}</source>
      <translation>Gruppenkunde von: {members}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="225" />
      <source>No account is called “{name}”.</source>
      <translation>Kein Kunde heißt „{name}“.</translation>
    </message>
  </context>
  <context>
    <name>AccountImportDialog</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="80" />
      <source>Import accounts from {file}</source>
      <translation>Kunden aus {file} importieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="90" />
      <source>&amp;Update the accounts that rows match</source>
      <translation>Gefundene Kunden &amp;aktualisieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="91" />
      <source>&amp;Leave matched accounts as they are</source>
      <translation>Gefundene Kunden &amp;unverändert lassen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="93" />
      <source>Import &amp;nothing while a row is refused</source>
      <translation>&amp;Nichts importieren, solange eine Zeile abgelehnt ist</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="99" />
      <source>&amp;Columns…</source>
      <translation>&amp;Spalten…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="117" />
      <source>{source}: {new} new, {update} to update, {same} unchanged, {refused} refused</source>
      <translation>{source}: {new} neu, {update} zu aktualisieren, {same} unverändert, {refused} abgelehnt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="128" />
      <source>All rows</source>
      <translation>Alle Zeilen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="146" />
      <source>The workbook's sheet to import</source>
      <translation>Das Tabellenblatt, das importiert wird</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="175" />
      <source>&amp;Import %Ln account(s)</source>
      <translation>
        <numerusform>%Ln Kunden &amp;importieren</numerusform>
        <numerusform>%Ln Kunden &amp;importieren</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="178" />
      <source>A row is refused: mend the file, or let the other rows be imported.</source>
      <translation>Eine Zeile ist abgelehnt: Korrigieren Sie die Datei oder lassen Sie die übrigen Zeilen importieren.</translation>
    </message>
  </context>
  <context>
    <name>AccountImporting</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="49" />
      <source>&amp;Import accounts…</source>
      <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="67" />
      <source>Import accounts</source>
      <translation>Kunden importieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="69" />
      <source>Account lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
      <translation>Kundenlisten (*.xlsx *.xlsm *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="83" />
      <source>Reading {file}…</source>
      <translation>{file} wird gelesen…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="111" />
      <source>Reading the rows again…</source>
      <translation>Die Zeilen werden neu gelesen…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="122" />
      <source>Import accounts from {file}</source>
      <translation>Kunden aus {file} importieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="130" />
      <source>{new} accounts created, {updated} updated.</source>
      <translation>{new} Kunden angelegt, {updated} aktualisiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="135" />
      <source>Importing from {file}…</source>
      <translation>Import aus {file}…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="150" />
      <source>The import is undone; its new accounts are in the Trash.</source>
      <translation>Der Import ist rückgängig gemacht; seine neuen Kunden liegen im Papierkorb.</translation>
    </message>
  </context>
  <context>
    <name>AccountList</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_list.py" line="110" />
      <source>No account matches “{text}”.</source>
      <translation>Kein Kunde passt zu „{text}“.</translation>
    </message>
  </context>
  <context>
    <name>AccountsPage</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/accounts_page.py" line="46" />
      <source>Search accounts (Ctrl+F)</source>
      <translation>Kunden suchen (Strg+F)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/accounts_page.py" line="63" />
      <source>Scorecard saved as {path}.</source>
      <translation>Scorecard gespeichert unter {path}.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/accounts_page.py" line="83" />
      <source>&amp;New account</source>
      <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/accounts_page.py" line="86" />
      <source>&amp;Delete account…</source>
      <translation>Kunden &amp;löschen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/accounts_page.py" line="91" />
      <source>Prepare &amp;visit…</source>
      <translation>&amp;Besuch vorbereiten …</translation>
    </message>
  </context>
  <context>
    <name>ActionsModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="103" />
      <source>Action</source>
      <translation>Maßnahme</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="104" />
      <source>Owner</source>
      <translation>Betreuer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="105" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="106" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="107" />
      <source>For goal</source>
      <translation>Für Ziel</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="108" />
      <source>Contact</source>
      <translation>Ansprechpartner</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="147" />
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
  </context>
  <context>
    <name>AnnualPlanPage</name>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="56" />
      <source>Plan for </source>
      <translation>Plan für </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="87" />
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="141" />
      <source>Add goal</source>
      <translation>Ziel hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="93" />
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="146" />
      <source>Remove goal</source>
      <translation>Ziel entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="95" />
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="166" />
      <source>Add action</source>
      <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="97" />
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="172" />
      <source>Remove action</source>
      <translation>Maßnahme entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="102" />
      <source>Goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="103" />
      <source>Actions</source>
      <translation>Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="139" />
      <source>New goal</source>
      <translation>Neues Ziel</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="149" />
      <source>Edit goal</source>
      <translation>Ziel bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="165" />
      <source>New action</source>
      <translation>Neue Maßnahme</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="176" />
      <source>Edit action</source>
      <translation>Maßnahme bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>BackupCommands</name>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="33" />
      <source>&amp;Back up…</source>
      <translation>&amp;Sichern…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="35" />
      <source>&amp;Restore from backup…</source>
      <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="43" />
      <source>kamdesk-backup-{when}.sqlite3</source>
      <translation>kamdesk-sicherung-{when}.sqlite3</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="49" />
      <source>Back up the store</source>
      <translation>Datenbestand sichern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="51" />
      <source>kamdesk backups (*.sqlite3)</source>
      <translation>kamdesk-Sicherungen (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="58" />
      <source>The store was backed up to {path}.</source>
      <translation>Der Datenbestand wurde in {path} gesichert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="62" />
      <source>Backing up…</source>
      <translation>Wird gesichert…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="80" />
      <source>The store is now the backup {backup}. The store as it was is kept as {before} (File › Restore from backup… lists it).</source>
      <translation>Der Datenbestand ist jetzt die Sicherung {backup}. Der bisherige Stand ist als {before} aufbewahrt (Datei › Aus Sicherung wiederherstellen… führt ihn auf).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="87" />
      <source>Restoring…</source>
      <translation>Wird wiederhergestellt…</translation>
    </message>
  </context>
  <context>
    <name>BackupListModel</name>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="29" />
      <source>Taken</source>
      <translation>Erstellt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="29" />
      <source>Why</source>
      <translation>Anlass</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="29" />
      <source>File</source>
      <translation>Datei</translation>
    </message>
  </context>
  <context>
    <name>CandidatesModel</name>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="29" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="30" />
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="31" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="32" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="33" />
      <source>Potential</source>
      <translation>Potenzial</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="34" />
      <source>Owner</source>
      <translation>Betreuer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="55" />
      <source>From {source}</source>
      <translation>Aus {source}</translation>
    </message>
  </context>
  <context>
    <name>CatalogueDialog</name>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="64" />
      <source>Scorecard criteria</source>
      <translation>Scorecard-Kriterien</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="83" />
      <source>Saving re-scores every account. Key-account levels change only at their review or by hand.</source>
      <translation>Speichern bewertet alle Kunden neu. Key-Account-Stufen ändern sich nur bei ihrer Überprüfung oder von Hand.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="100" />
      <source>Add yes/no criterion</source>
      <translation>Ja/Nein-Kriterium hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="102" />
      <source>Remove criterion</source>
      <translation>Kriterium entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="112" />
      <source>Criteria</source>
      <translation>Kriterien</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="114" />
      <source>Levels</source>
      <translation>Stufen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="120" />
      <source>Gate 1 needs strategic points:</source>
      <translation>Stufe 1 verlangt strategische Punkte:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="121" />
      <source>Gate 2 needs points from figures:</source>
      <translation>Stufe 2 verlangt Punkte aus Zahlen:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="123" />
      <source>A dropped key account stays an A customer from a revenue of:</source>
      <translation>Ein zurückgestufter Key Account bleibt A-Kunde ab einem Umsatz von:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="126" />
      <source>Gates</source>
      <translation>Stufen des Trichters</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="129" />
      <source>New criterion</source>
      <translation>Neues Kriterium</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="159" />
      <source>Re-scoring every account…</source>
      <translation>Alle Kunden werden neu bewertet …</translation>
    </message>
  </context>
  <context>
    <name>ColumnMappingDialog</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="90" />
      <source>What the columns mean</source>
      <translation>Was die Spalten bedeuten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="105" />
      <source>Say what each column holds; one column must hold the account's name. kamdesk remembers this for lists with the same columns.</source>
      <translation>Geben Sie an, was jede Spalte enthält; eine Spalte muss den Namen des Kunden enthalten. kamdesk merkt sich das für Listen mit denselben Spalten.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="114" />
      <source>&amp;Preview</source>
      <translation>&amp;Vorschau</translation>
    </message>
  </context>
  <context>
    <name>ColumnMappingModel</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="42" />
      <source>Column of the file</source>
      <translation>Spalte der Datei</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="42" />
      <source>Example</source>
      <translation>Beispiel</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="42" />
      <source>Imported as</source>
      <translation>Importiert als</translation>
    </message>
  </context>
  <context>
    <name>ComplaintDialog</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="28" />
      <source>New complaint</source>
      <translation>Neue Beschwerde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="32" />
      <source>What the customer complains about</source>
      <translation>Worüber sich der Kunde beschwert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="40" />
      <source>Who on our side deals with it</source>
      <translation>Wer sich bei uns darum kümmert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="47" />
      <source>&amp;Received on:</source>
      <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="48" />
      <source>&amp;Topic:</source>
      <translation>&amp;Thema:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="49" />
      <source>&amp;Severity:</source>
      <translation>&amp;Schwere:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="50" />
      <source>S&amp;tatus:</source>
      <translation>S&amp;tatus:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="51" />
      <source>Resolved &amp;on:</source>
      <translation>Erledigt a&amp;m:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="52" />
      <source>&amp;Owner:</source>
      <translation>&amp;Verantwortlich:</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsModel</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="74" />
      <source>Received</source>
      <translation>Eingegangen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="75" />
      <source>Topic</source>
      <translation>Thema</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="76" />
      <source>Severity</source>
      <translation>Schwere</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="77" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="78" />
      <source>Resolved</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="79" />
      <source>Days</source>
      <translation>Tage</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="80" />
      <source>Owner</source>
      <translation>Betreuer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="95" />
      <source>Days to resolution</source>
      <translation>Tage bis zur Erledigung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="97" />
      <source>Days open so far</source>
      <translation>Bisher offen (Tage)</translation>
    </message>
  </context>
  <context>
    <name>ComplaintsPage</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="34" />
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="89" />
      <source>Remove complaint</source>
      <translation>Beschwerde entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="40" />
      <source>&amp;Log complaint…</source>
      <translation>Beschwerde &amp;erfassen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="42" />
      <source>&amp;Edit…</source>
      <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="44" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="65" />
      <source>%Ln open</source>
      <translation>
        <numerusform>%Ln offen</numerusform>
        <numerusform>%Ln offen</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="68" />
      <source>resolved in {days} days on average</source>
      <translation>im Schnitt in {days} Tagen erledigt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="75" />
      <source>No complaints logged. Log one as soon as the customer complains.</source>
      <translation>Keine Beschwerden erfasst. Erfassen Sie eine, sobald sich der Kunde beschwert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="98" />
      <source>Log complaint</source>
      <translation>Beschwerde erfassen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="98" />
      <source>Edit complaint</source>
      <translation>Beschwerde bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="217" />
      <source>Sync conflicts</source>
      <translation>Sync-Konflikte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="223" />
      <source>You and a colleague changed the same thing at once. The bold value is kept for now; the other one is set aside here. Keep one, or open the account and type what is right.</source>
      <translation>Sie und ein Kollege haben dasselbe gleichzeitig geändert. Der fett gedruckte Wert gilt vorerst, der andere ist hier beiseitegelegt. Behalten Sie einen, oder öffnen Sie den Kunden und tragen Sie das Richtige ein.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="230" />
      <source>No conflicts. Everything you and your team changed was merged.</source>
      <translation>Keine Konflikte. Alles, was Sie und Ihr Team geändert haben, wurde zusammengeführt.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="232" />
      <source>Keep &amp;mine</source>
      <translation>&amp;Meinen Wert behalten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="233" />
      <source>Keep &amp;theirs</source>
      <translation>Wert aus dem &amp;Team behalten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="234" />
      <source>&amp;Open account</source>
      <translation>Kunden ö&amp;ffnen</translation>
    </message>
  </context>
  <context>
    <name>ConsentPage</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="228" />
      <source>Gate 3: the customer's consent</source>
      <translation>Stufe 3: Zustimmung des Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="231" />
      <source>Key-account care is offered for something in return. Record what the customer agreed to.</source>
      <translation>Key-Account-Betreuung gibt es gegen eine Gegenleistung. Halten Sie fest, was der Kunde zugesagt hat.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="235" />
      <source>The customer accepts key-account care</source>
      <translation>Der Kunde nimmt die Key-Account-Betreuung an</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="236" />
      <source>The customer declines (becomes a Großkunde)</source>
      <translation>Der Kunde lehnt ab (wird Großkunde)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="247" />
      <source>Details (optional)</source>
      <translation>Einzelheiten (optional)</translation>
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="59" />
      <source>New contact</source>
      <translation>Neuer Kontakt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="74" />
      <source>Not rated</source>
      <translation>Nicht bewertet</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="78" />
      <source>Met on</source>
      <translation>Getroffen am</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="85" />
      <source>As the account</source>
      <translation>Wie beim Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="86" />
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="105" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="106" />
      <source>&amp;Unit:</source>
      <translation>&amp;Bereich:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="107" />
      <source>&amp;Function:</source>
      <translation>&amp;Funktion:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="108" />
      <source>&amp;Level:</source>
      <translation>&amp;Ebene:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="109" />
      <source>&amp;Buying role:</source>
      <translation>&amp;Rolle im Buying Center:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="110" />
      <source>&amp;Attitude:</source>
      <translation>&amp;Haltung zu uns:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="111" />
      <source>Relationship &amp;quality:</source>
      <translation>Beziehungs&amp;qualität:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="112" />
      <source>Last contact:</source>
      <translation>Letzter Kontakt:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="113" />
      <source>Contact &amp;interval:</source>
      <translation>Kontakt&amp;intervall:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="114" />
      <source>&amp;Email:</source>
      <translation>&amp;E-Mail:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="115" />
      <source>&amp;Phone:</source>
      <translation>&amp;Telefon:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="116" />
      <source>Looked after by:</source>
      <translation>Betreut von:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="118" />
      <source>Learned in the jour fixe:</source>
      <translation>Aus dem Jour fixe:</translation>
    </message>
  </context>
  <context>
    <name>ContactExport</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_export.py" line="30" />
      <source>vCard (phones, Outlook, Apple, Google)</source>
      <translation>vCard (Telefone, Outlook, Apple, Google)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_export.py" line="31" />
      <source>Outlook CSV</source>
      <translation>Outlook-CSV</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_export.py" line="33" />
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_export.py" line="34" />
      <source>Export contacts</source>
      <translation>Kontakte exportieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_export.py" line="45" />
      <source>Exporting to {file}…</source>
      <translation>Export nach {file}…</translation>
    </message>
  </context>
  <context>
    <name>ContactImportDialog</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="90" />
      <source>Import contacts from {file}</source>
      <translation>Kontakte aus {file} importieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="102" />
      <source>The level comes from each title; correct it where it is wrong. Contacts marked in the last column are already there.</source>
      <translation>Die Ebene ergibt sich aus dem Titel; korrigieren Sie sie, wo sie nicht stimmt. Kontakte mit einem Eintrag in der letzten Spalte gibt es schon.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="107" />
      <source>&amp;Merge duplicates (the file's details update them)</source>
      <translation>Duplikate &amp;zusammenführen (die Angaben der Datei aktualisieren sie)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="108" />
      <source>&amp;Skip duplicates</source>
      <translation>Duplikate &amp;überspringen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="119" />
      <source>&amp;Import</source>
      <translation>&amp;Importieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="142" />
      <source>These cannot be imported; the others can:</source>
      <translation>Diese können nicht importiert werden, die übrigen schon:</translation>
    </message>
  </context>
  <context>
    <name>ContactImporting</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_importing.py" line="38" />
      <location filename="../../kamdesk/ui/stakeholders/contact_importing.py" line="72" />
      <source>Import contacts</source>
      <translation>Kontakte importieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_importing.py" line="40" />
      <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
      <translation>Kontakte (*.vcf *.vcard *.csv);;Alle Dateien (*)</translation>
    </message>
  </context>
  <context>
    <name>ContactsModel</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="38" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="39" />
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="40" />
      <source>Function</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="41" />
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="42" />
      <source>Buying role</source>
      <translation>Buying-Center-Rolle</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="43" />
      <source>Attitude</source>
      <translation>Haltung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="44" />
      <source>Quality</source>
      <translation>Qualität</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="45" />
      <source>Last contact</source>
      <translation>Letzter Kontakt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="46" />
      <source>Counterparts</source>
      <translation>Betreuer bei uns</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="65" />
      <source>The match analysis has a finding for this contact.</source>
      <translation>Die Abgleichsanalyse hat einen Befund zu diesem Kontakt.</translation>
    </message>
  </context>
  <context>
    <name>CriteriaModel</name>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="30" />
      <source>Criterion</source>
      <translation>Kriterium</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="31" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="32" />
      <source>Points (yes) or bands (from: points; …)</source>
      <translation>Punkte (ja) oder Staffel (ab: Punkte; …)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="51" />
      <source>yes / no</source>
      <translation>ja / nein</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="52" />
      <source>count</source>
      <translation>Anzahl</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="53" />
      <source>key figure</source>
      <translation>Kennzahl</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../kamdesk/ui/widgets/date_edit.py" line="45" />
      <source>Choose from the calendar</source>
      <translation>Im Kalender wählen</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <location filename="../../kamdesk/ui/shell/empty_state.py" line="11" />
      <source>No accounts yet</source>
      <translation>Noch keine Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/empty_state.py" line="15" />
      <source>Create your first account, import your list of accounts (Excel or CSV, from Salesforce, HubSpot, Dynamics or your own), or load demo data to look around: a few hundred European customers with their people and figures.</source>
      <translation>Legen Sie Ihren ersten Kunden an, importieren Sie Ihre Kundenliste (Excel oder CSV, aus Salesforce, HubSpot, Dynamics oder Ihre eigene) oder laden Sie Demodaten zum Umsehen: einige hundert europäische Kunden mit ihren Ansprechpartnern und Zahlen.</translation>
    </message>
  </context>
  <context>
    <name>EncryptionChoice</name>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="36" />
      <source>Encrypt the shared file with a team passphrase</source>
      <translation>Die gemeinsame Datei mit einem Team-Passwort verschlüsseln</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="37" />
      <source>Change passphrase…</source>
      <translation>Passwort ändern…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="41" />
      <source>New team passphrase (at least %Ln characters)</source>
      <translation>
        <numerusform>Neues Team-Passwort (mindestens %Ln Zeichen)</numerusform>
        <numerusform>Neues Team-Passwort (mindestens %Ln Zeichen)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="43" />
      <source>The same again</source>
      <translation>Noch einmal dasselbe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="65" />
      <source>Looking at the file…</source>
      <translation>Die Datei wird geprüft …</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="97" />
      <source>A team passphrase needs at least %Ln characters; a short sentence is best.</source>
      <translation>
        <numerusform>Ein Team-Passwort braucht mindestens %Ln Zeichen; am besten ein kurzer Satz.</numerusform>
        <numerusform>Ein Team-Passwort braucht mindestens %Ln Zeichen; am besten ein kurzer Satz.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="102" />
      <source>The two passphrases differ; please type them again.</source>
      <translation>Die beiden Passwörter stimmen nicht überein; bitte geben Sie sie noch einmal ein.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="134" />
      <source>Unencrypted, the file can be read by anyone who can open its folder, the cloud provider included.</source>
      <translation>Unverschlüsselt kann die Datei jeder lesen, der ihren Ordner öffnen kann, auch der Cloud-Anbieter.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="139" />
      <source>Colleagues are asked for the new passphrase at their next sync; tell it to them in person or by phone, not in an e-mail.</source>
      <translation>Ihre Kolleginnen und Kollegen werden beim nächsten Synchronisieren nach dem neuen Passwort gefragt; sagen Sie es ihnen persönlich oder am Telefon, nicht per E-Mail.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="143" />
      <source>Every colleague types the passphrase once; kamdesk keeps it in the system's keyring. Without it nobody can open the file, kamdesk included.</source>
      <translation>Jede Kollegin und jeder Kollege gibt das Passwort einmal ein; kamdesk bewahrt es im Schlüsselbund des Systems auf. Ohne das Passwort kann niemand die Datei öffnen, auch kamdesk nicht.</translation>
    </message>
  </context>
  <context>
    <name>ExportCommands</name>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="38" />
      <source>Export the account &amp;list…</source>
      <translation>Kunden&amp;liste exportieren…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="40" />
      <source>Export all cont&amp;acts…</source>
      <translation>Alle &amp;Kontakte exportieren…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="42" />
      <source>E&amp;xport all penetration plans…</source>
      <translation>Alle &amp;Durchdringungspläne exportieren…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="49" />
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="66" />
      <source>Excel workbook</source>
      <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="49" />
      <source>CSV file</source>
      <translation>CSV-Datei</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="50" />
      <source>Export the account list</source>
      <translation>Kundenliste exportieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="50" />
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="57" />
      <source>Accounts</source>
      <translation>Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="68" />
      <source>Export all penetration plans</source>
      <translation>Alle Durchdringungspläne exportieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="68" />
      <source>Penetration plans</source>
      <translation>Durchdringungspläne</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="81" />
      <source>Exporting to {file}…</source>
      <translation>Export nach {file}…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="88" />
      <source>Exported to {path}.</source>
      <translation>Exportiert nach {path}.</translation>
    </message>
  </context>
  <context>
    <name>FiguresPage</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="166" />
      <source>Gate 2: hard figures</source>
      <translation>Stufe 2: harte Zahlen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="167" />
      <source>Revenue, potential and margin from the account's key figures.</source>
      <translation>Umsatz, Potenzial und Deckungsbeitrag aus den Kennzahlen des Kunden.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="173" />
      <source>Enter key figures…</source>
      <translation>Kennzahlen eingeben…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="175" />
      <source>Closes the funnel (your answers are kept) and opens the key figures.</source>
      <translation>Schließt den Auswahltrichter (Ihre Antworten bleiben erhalten) und öffnet die Kennzahlen.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="196" />
      <source>{criterion}: %Ln point(s)</source>
      <translation>
        <numerusform>{criterion}: %Ln Punkt</numerusform>
        <numerusform>{criterion}: %Ln Punkte</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="203" />
      <source>no key-account level</source>
      <translation>keine Key-Account-Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="206" />
      <source>{hard} points from figures (the gate needs {minimum}); {total} points in all: {reached}.</source>
      <translation>{hard} Punkte aus Zahlen (die Stufe verlangt {minimum}); {total} Punkte insgesamt: {reached}.</translation>
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="105" />
      <source>Finding and suggested fix</source>
      <translation>Befund und Vorschlag</translation>
    </message>
  </context>
  <context>
    <name>FunnelOverviewDialog</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_overview_dialog.py" line="26" />
      <source>Selection funnel</source>
      <translation>Auswahltrichter</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_overview_dialog.py" line="30" />
      <source>Not yet assessed (A, B and C customers)</source>
      <translation>Noch nicht bewertet (A-, B- und C-Kunden)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_overview_dialog.py" line="32" />
      <source>Stopped at gate 1: strategic criteria</source>
      <translation>Ausgeschieden in Stufe 1: strategische Kriterien</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_overview_dialog.py" line="36" />
      <source>Stopped at gate 2: hard figures</source>
      <translation>Ausgeschieden in Stufe 2: harte Zahlen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_overview_dialog.py" line="39" />
      <source>Declined at gate 3: Großkunde</source>
      <translation>Abgelehnt in Stufe 3: Großkunde</translation>
    </message>
  </context>
  <context>
    <name>FunnelWizard</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="63" />
      <source>Selection funnel: {name}</source>
      <translation>Auswahltrichter: {name}</translation>
    </message>
  </context>
  <context>
    <name>GettingStartedDialog</name>
    <message>
      <location filename="../../kamdesk/ui/shell/help_dialogs.py" line="54" />
      <source>Getting started</source>
      <translation>Erste Schritte</translation>
    </message>
  </context>
  <context>
    <name>GlanceModel</name>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="67" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="68" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="69" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="70" />
      <source>Warnings</source>
      <translation>Warnungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="71" />
      <source>Coverage</source>
      <translation>Abdeckung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="72" />
      <source>Score</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="73" />
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="74" />
      <source>This week</source>
      <translation>Diese Woche</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="89" />
      <source>Warning signals propose the move to “endangered”.</source>
      <translation>Warnsignale schlagen den Wechsel zu „Gefährdung“ vor.</translation>
    </message>
  </context>
  <context>
    <name>GoalsModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="41" />
      <source>Goal</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="41" />
      <source>Target</source>
      <translation>Soll</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="41" />
      <source>Actual</source>
      <translation>Ist</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="41" />
      <source>Reached</source>
      <translation>Erreicht</translation>
    </message>
  </context>
  <context>
    <name>GroupField</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/group_field.py" line="22" />
      <source>No group – type the name of the group account</source>
      <translation>Keine Gruppe – Namen des Gruppenkunden eingeben</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/group_field.py" line="24" />
      <source>The Konzern this company belongs to; its page rolls up its members</source>
      <translation>Der Konzern, zu dem diese Gesellschaft gehört; seine Seite fasst die Mitglieder zusammen</translation>
    </message>
  </context>
  <context>
    <name>GroupPage</name>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="48" />
      <source>Open the &amp;group account</source>
      <translation>&amp;Gruppenkunden öffnen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="65" />
      <source>Stakeholders of the whole group</source>
      <translation>Beziehungslandkarte der ganzen Gruppe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="69" />
      <source>Members</source>
      <translation>Mitglieder</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="70" />
      <source>The group's figures, summed per year</source>
      <translation>Kennzahlen der Gruppe, je Jahr summiert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="121" />
      <source>no key-account level</source>
      <translation>keine Key-Account-Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="123" />
      <source>Latest year {year}: revenue {revenue}, contribution margin {margin}, potential {potential}; open potential in the members' plans {open}. As a whole the group scores {points} points: {reached}.</source>
      <translation>Letztes Jahr {year}: Umsatz {revenue}, Deckungsbeitrag {margin}, Potenzial {potential}; offenes Potenzial in den Plänen der Mitglieder {open}. Als Ganzes erreicht die Gruppe {points} Punkte: {reached}.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="64" />
      <source>Penetration plan of the whole group, by member</source>
      <translation>Durchdringungsplan der ganzen Gruppe, nach Mitglied</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/groups/group_page.py" line="103" />
      <source>{group} and its %Ln member(s)</source>
      <translation>
        <numerusform>{group} und sein Mitglied</numerusform>
        <numerusform>{group} und seine %Ln Mitglieder</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/groups/group_page.py" line="107" />
      <source>A member of {group}, which has %Ln member(s)</source>
      <translation>
        <numerusform>Mitglied von {group} (%Ln Mitglied)</numerusform>
        <numerusform>Mitglied von {group} (%Ln Mitglieder)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GroupStakeholders</name>
    <message>
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="29" />
      <source>Whose stakeholders</source>
      <translation>Wessen Kontakte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="37" />
      <source>&amp;Show:</source>
      <translation>&amp;Zeigen:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="55" />
      <source>The whole group</source>
      <translation>Die ganze Gruppe</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="73" />
      <source>%Ln contact(s)</source>
      <translation>
        <numerusform>%Ln Kontakt</numerusform>
        <numerusform>%Ln Kontakte</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="75" />
      <source>%Ln finding(s) of the match analysis</source>
      <translation>
        <numerusform>%Ln Befund der Abgleichsanalyse</numerusform>
        <numerusform>%Ln Befunde der Abgleichsanalyse</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="77" />
      <source>No contacts yet: add them on each member's Stakeholders tab.</source>
      <translation>Noch keine Kontakte: Legen Sie sie in der Beziehungslandkarte jedes Mitglieds an.</translation>
    </message>
  </context>
  <context>
    <name>GroupYearsModel</name>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="73" />
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="74" />
      <source>Revenue</source>
      <translation>Umsatz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="75" />
      <source>Contribution margin</source>
      <translation>Deckungsbeitrag</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="76" />
      <source>Potential</source>
      <translation>Potenzial</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="77" />
      <source>Without figures</source>
      <translation>Ohne Kennzahlen</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../kamdesk/ui/shell/help_dialogs.py" line="17" />
      <source>&lt;h2&gt;Getting started with kamdesk&lt;/h2&gt;&lt;p&gt;kamdesk keeps your key accounts on this computer, offline, and shares them with your team when you sync.&lt;/p&gt;&lt;h3&gt;1. Bring your accounts in&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File › Import accounts…&lt;/b&gt; reads an Excel or CSV list: an export of Salesforce, HubSpot or Dynamics 365, or your own list. kamdesk shows every row before anything is written; a second import updates instead of duplicating. Ctrl+Z takes an import back.&lt;/p&gt;&lt;h3&gt;2. Decide who is a key account&lt;/h3&gt;&lt;p&gt;Open an account and its &lt;b&gt;Status&lt;/b&gt; page: answer the scorecard's criteria; the score proposes the status, and the status expires unless it is reviewed. &lt;b&gt;File › Selection funnel overview…&lt;/b&gt; shows where your candidates stand. The &lt;b&gt;Portfolio&lt;/b&gt; (Ctrl+4) places every account by value and potential; its list of candidates starts the funnel for one.&lt;/p&gt;&lt;h3&gt;3. Plan&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Plan&lt;/b&gt; page holds the key figures by year, the contribution margin, the annual plan and the penetration plan (which offerings each unit of the customer buys, and where the potential lies).&lt;/p&gt;&lt;h3&gt;4. Know the people&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Stakeholders&lt;/b&gt; page places the customer's people by hierarchy level beside your own team, and says who has no counterpart. Import them from vCard or Outlook, export them to your phone.&lt;/p&gt;&lt;h3&gt;5. Every day&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Home&lt;/b&gt; (Ctrl+1) shows what needs you: reminders that are due, accounts at risk, reviews. Before a visit, &lt;b&gt;Prepare visit…&lt;/b&gt; writes a briefing to take along. &lt;b&gt;Sync&lt;/b&gt; (F9) exchanges changes with your team.&lt;/p&gt;&lt;h3&gt;6. Nothing is lost&lt;/h3&gt;&lt;p&gt;kamdesk backs your store up every day; &lt;b&gt;File › Back up…&lt;/b&gt; makes a copy whenever you like, and &lt;b&gt;File › Restore from backup…&lt;/b&gt; brings one back.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Erste Schritte mit kamdesk&lt;/h2&gt;&lt;p&gt;kamdesk hält Ihre Key Accounts auf diesem Rechner, auch offline, und teilt sie beim Synchronisieren mit Ihrem Team.&lt;/p&gt;&lt;h3&gt;1. Kunden übernehmen&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Datei › Kunden importieren…&lt;/b&gt; liest eine Excel- oder CSV-Liste: einen Export aus Salesforce, HubSpot oder Dynamics 365 oder Ihre eigene Liste. kamdesk zeigt jede Zeile, bevor etwas geschrieben wird; ein zweiter Import aktualisiert, statt zu verdoppeln. Strg+Z nimmt einen Import zurück.&lt;/p&gt;&lt;h3&gt;2. Entscheiden, wer Key Account ist&lt;/h3&gt;&lt;p&gt;Öffnen Sie einen Kunden und seine Seite &lt;b&gt;Status&lt;/b&gt;: Beantworten Sie die Kriterien der Scorecard; die Punktzahl schlägt den Status vor, und der Status läuft ab, wenn er nicht überprüft wird. &lt;b&gt;Datei › Überblick Auswahltrichter …&lt;/b&gt; zeigt, wo Ihre Kandidaten stehen. Das &lt;b&gt;Portfolio&lt;/b&gt; (Strg+4) ordnet jeden Kunden nach Wert und Potenzial ein; aus seiner Kandidatenliste starten Sie den Trichter für einen.&lt;/p&gt;&lt;h3&gt;3. Planen&lt;/h3&gt;&lt;p&gt;Die Seite &lt;b&gt;Plan&lt;/b&gt; enthält die Kennzahlen je Jahr, den Deckungsbeitrag, den Jahresplan und den Durchdringungsplan (welche Angebote jede Einheit des Kunden bezieht und wo das Potenzial liegt).&lt;/p&gt;&lt;h3&gt;4. Die Menschen kennen&lt;/h3&gt;&lt;p&gt;Die &lt;b&gt;Beziehungslandkarte&lt;/b&gt; ordnet die Menschen des Kunden nach Hierarchieebene neben Ihrem eigenen Team an und zeigt, wem ein Gegenüber fehlt. Importieren Sie Kontakte aus vCard oder Outlook, exportieren Sie sie auf Ihr Telefon.&lt;/p&gt;&lt;h3&gt;5. Jeden Tag&lt;/h3&gt;&lt;p&gt;Die &lt;b&gt;Übersicht&lt;/b&gt; (Strg+1) zeigt, was Sie braucht: fällige Erinnerungen, gefährdete Kunden, Überprüfungen. Vor einem Besuch schreibt &lt;b&gt;Besuch vorbereiten …&lt;/b&gt; ein Briefing zum Mitnehmen. &lt;b&gt;Synchronisieren&lt;/b&gt; (F9) tauscht Änderungen mit Ihrem Team aus.&lt;/p&gt;&lt;h3&gt;6. Nichts geht verloren&lt;/h3&gt;&lt;p&gt;kamdesk sichert Ihren Datenbestand jeden Tag; &lt;b&gt;Datei › Sichern…&lt;/b&gt; legt jederzeit eine Kopie an, und &lt;b&gt;Datei › Aus Sicherung wiederherstellen…&lt;/b&gt; holt eine zurück.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="30" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="30" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="30" />
      <source>To</source>
      <translation>Nach</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="30" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="30" />
      <source>By</source>
      <translation>Durch</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../kamdesk/ui/home/home_page.py" line="36" />
      <source>Your key accounts, accounts in danger and accounts with something due this week appear here. Give an account a key-account status, or load demo data.</source>
      <translation>Hier erscheinen Ihre Key Accounts, gefährdete Kunden und Kunden, bei denen diese Woche etwas fällig ist. Geben Sie einem Kunden einen Key-Account-Status oder laden Sie Demodaten.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/home_page.py" line="55" />
      <source>%Ln account(s) need your attention</source>
      <translation>
        <numerusform>%Ln Kunde braucht Ihre Aufmerksamkeit</numerusform>
        <numerusform>%Ln Kunden brauchen Ihre Aufmerksamkeit</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/home_page.py" line="57" />
      <source>All your accounts are in good shape</source>
      <translation>Alle Ihre Kunden sind in gutem Zustand</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/home_page.py" line="63" />
      <source>Showing the %Ln most urgent of {all} accounts.</source>
      <translation>
        <numerusform>Gezeigt wird der dringendste von {all} Kunden.</numerusform>
        <numerusform>Gezeigt werden die %Ln dringendsten von {all} Kunden.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewModel</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="38" />
      <source>Row</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="39" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="40" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="41" />
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="42" />
      <source>Details</source>
      <translation>Einzelheiten</translation>
    </message>
  </context>
  <context>
    <name>ImportRowsModel</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="43" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="44" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="45" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="46" />
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="47" />
      <source>Already there</source>
      <translation>Schon vorhanden</translation>
    </message>
  </context>
  <context>
    <name>JourFixePage</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="125" />
      <source>every </source>
      <translation>alle </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="126" />
      <source> weeks</source>
      <translation> Wochen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="130" />
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="187" />
      <source>Set up jour fixe</source>
      <translation>Jour fixe einrichten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="132" />
      <source>Held today</source>
      <translation>Heute abgehalten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="133" />
      <source>Moves the next date one interval on</source>
      <translation>Verschiebt den nächsten Termin um ein Intervall</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="135" />
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="136" />
      <source>End jour fixe</source>
      <translation>Jour fixe beenden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="141" />
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="224" />
      <source>Add note</source>
      <translation>Notiz hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="143" />
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="230" />
      <source>Remove note</source>
      <translation>Notiz entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="176" />
      <source>No recurring jour fixe for this account.</source>
      <translation>Für diesen Kunden gibt es keinen regelmäßigen Jour fixe.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="178" />
      <source>Jour fixe</source>
      <translation>Jour fixe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="191" />
      <source>Jour fixe held</source>
      <translation>Jour fixe abgehalten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="198" />
      <source>Change jour fixe</source>
      <translation>Jour fixe ändern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="224" />
      <source>Edit note</source>
      <translation>Notiz bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>KeyFiguresModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="89" />
      <source>Contribution margin II of the cost lines below</source>
      <translation>Deckungsbeitrag II aus der Kostenrechnung unten</translation>
    </message>
  </context>
  <context>
    <name>KeyFiguresPage</name>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="118" />
      <source>Revenue, potential and contribution margin feed the scorecard's hard figures.</source>
      <translation>Umsatz, Potenzial und Deckungsbeitrag speisen die harten Zahlen der Scorecard.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="127" />
      <source>Add year</source>
      <translation>Jahr hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="129" />
      <source>Remove year</source>
      <translation>Jahr entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="146" />
      <source>Customer contribution margin</source>
      <translation>Kundenbezogene Deckungsbeitragsrechnung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="148" />
      <source>Key figures</source>
      <translation>Kennzahlen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="199" />
      <source>{year}: enter the revenue and the costs to see whether serving this customer pays.</source>
      <translation>{year}: Geben Sie Umsatz und Kosten ein, um zu sehen, ob sich die Betreuung dieses Kunden rechnet.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="203" />
      <source>{year}: serving this customer does not pay. Contribution margin II is {db2} after {cost} for care and visits.</source>
      <translation>{year}: Die Betreuung dieses Kunden rechnet sich nicht. Der Deckungsbeitrag II beträgt {db2} nach {cost} für Betreuung und Besuche.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="207" />
      <source>{year}: care and visits cost {cost}; contribution margin II stays at {db2}.</source>
      <translation>{year}: Betreuung und Besuche kosten {cost}; der Deckungsbeitrag II bleibt bei {db2}.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="213" />
      <source>Add year {year}</source>
      <translation>Jahr {year} hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="229" />
      <source>Remove year {year}</source>
      <translation>Jahr {year} entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="232" />
      <source>Edit key figures {year}</source>
      <translation>Kennzahlen {year} bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="258" />
      <source>Edit contribution margin {year}</source>
      <translation>Deckungsbeitrag {year} bearbeiten</translation>
    </message>
  </context>
  <context>
    <name>LevelsModel</name>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="101" />
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="102" />
      <source>Points needed</source>
      <translation>Nötige Punkte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="103" />
      <source>Review after (months)</source>
      <translation>Überprüfung nach (Monaten)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="104" />
      <source>Benefits (separated by ;)</source>
      <translation>Leistungen (durch ; getrennt)</translation>
    </message>
  </context>
  <context>
    <name>LifecyclePage</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="59" />
      <source>Change &amp;phase…</source>
      <translation>&amp;Phase wechseln …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="61" />
      <source>The customer is talking to &amp;competitors</source>
      <translation>Der Kunde spricht mit &amp;Wettbewerbern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="68" />
      <source>&amp;Add to plan</source>
      <translation>In den Plan &amp;übernehmen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="75" />
      <source>Playbook</source>
      <translation>Empfehlungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="76" />
      <source>History</source>
      <translation>Historie</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="77" />
      <source>Complaints</source>
      <translation>Beschwerden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="80" />
      <source>Visits</source>
      <translation>Besuche</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="100" />
      <source>Move to “endangered”</source>
      <translation>Zu „Gefährdung“ wechseln</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="102" />
      <source>Dismiss</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="116" />
      <source>What helps in this phase. Add an action to the annual plan with its due date.</source>
      <translation>Was in dieser Phase hilft. Übernehmen Sie eine Maßnahme mit Fälligkeit in den Jahresplan.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="163" />
      <source>Warning signals say this relationship is in danger:</source>
      <translation>Warnsignale zeigen, dass diese Kundenbeziehung gefährdet ist:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="165" />
      <source>Warning signals:</source>
      <translation>Warnsignale:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="197" />
      <source>Move to “{phase}”</source>
      <translation>Wechsel zu „{phase}“</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="212" />
      <source>Dismiss warning</source>
      <translation>Warnung verwerfen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="225" />
      <source>Talking to competitors</source>
      <translation>Spricht mit Wettbewerbern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="242" />
      <source>Add to plan</source>
      <translation>In den Plan übernehmen</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="56" />
      <source>Opening your accounts…</source>
      <translation>Ihre Kunden werden geöffnet …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="240" />
      <source>Main</source>
      <translation>Hauptleiste</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="251" />
      <source>Who are you? Give your name for the histories…</source>
      <translation>Wer sind Sie? Ihren Namen für die Historien angeben …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="281" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="282" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="283" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="284" />
      <source>&amp;Team</source>
      <translation>&amp;Team</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="285" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="56" />
      <source>Loading accounts…</source>
      <translation>Kunden werden geladen …</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/shell/main_window.py" line="314" />
      <source>%Ln account(s)</source>
      <translation>
        <numerusform>%Ln Kunde</numerusform>
        <numerusform>%Ln Kunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/shell/main_window.py" line="317" />
      <source>%Ln of {total} accounts</source>
      <translation>
        <numerusform>%Ln von {total} Kunden</numerusform>
        <numerusform>%Ln von {total} Kunden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="346" />
      <source>kamdesk was started again: this window already holds your store.</source>
      <translation>kamdesk wurde noch einmal gestartet: Dieses Fenster hat Ihren Datenbestand bereits geöffnet.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/shell/main_window.py" line="370" />
      <source>%Ln reminder(s) overdue – see Reminders (Ctrl+3).</source>
      <translation>
        <numerusform>%Ln Wiedervorlage überfällig – siehe Wiedervorlage (Strg+3).</numerusform>
        <numerusform>%Ln Wiedervorlagen überfällig – siehe Wiedervorlage (Strg+3).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MarginChart</name>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_chart.py" line="18" />
      <source>Revenue</source>
      <translation>Umsatz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_chart.py" line="19" />
      <source>Contribution margin II</source>
      <translation>Deckungsbeitrag II</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_chart.py" line="20" />
      <source>Cost of care</source>
      <translation>Betreuungskosten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_chart.py" line="56" />
      <source>thousand €</source>
      <translation>Tausend €</translation>
    </message>
  </context>
  <context>
    <name>MarginModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="48" />
      <source>Revenue</source>
      <translation>Umsatz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="49" />
      <source>− Sales deductions (discounts, bonuses)</source>
      <translation>− Erlösschmälerungen (Rabatte, Boni)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="50" />
      <source>= Net revenue</source>
      <translation>= Nettoerlös</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="51" />
      <source>− Variable product costs</source>
      <translation>− Variable Produktkosten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="52" />
      <source>= Contribution margin I</source>
      <translation>= Deckungsbeitrag I</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="53" />
      <source>− Service</source>
      <translation>− Service</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="54" />
      <source>− Logistics</source>
      <translation>− Logistik</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="55" />
      <source>− Key-account care</source>
      <translation>− Key-Account-Betreuung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="56" />
      <source>− Visits</source>
      <translation>− Besuche</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="57" />
      <source>= Contribution margin II</source>
      <translation>= Deckungsbeitrag II</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="58" />
      <source>− Project costs</source>
      <translation>− Projektkosten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="59" />
      <source>= Contribution margin III</source>
      <translation>= Deckungsbeitrag III</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="100" />
      <source>n/a</source>
      <translation>k. A.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="119" />
      <source>Typed in the key figures. Enter the cost lines to compute it from them.</source>
      <translation>In den Kennzahlen eingetragen. Geben Sie die Kostenzeilen ein, um ihn daraus zu berechnen.</translation>
    </message>
  </context>
  <context>
    <name>MembersModel</name>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="26" />
      <source>Member</source>
      <translation>Mitglied</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="27" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="28" />
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="29" />
      <source>Revenue</source>
      <translation>Umsatz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="30" />
      <source>Contribution margin</source>
      <translation>Deckungsbeitrag</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="31" />
      <source>Potential</source>
      <translation>Potenzial</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="32" />
      <source>Open potential (plan)</source>
      <translation>Offenes Potenzial (Plan)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="52" />
      <source>{name} (group account)</source>
      <translation>{name} (Gruppenkunde)</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="72" />
      <source>Jour-fixe note</source>
      <translation>Jour-fixe-Notiz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="90" />
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="91" />
      <source>&amp;Section:</source>
      <translation>&amp;Abschnitt:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="92" />
      <source>&amp;Note:</source>
      <translation>&amp;Notiz:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="93" />
      <source>&amp;Concerns:</source>
      <translation>&amp;Betrifft:</translation>
    </message>
  </context>
  <context>
    <name>NotesModel</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="50" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="50" />
      <source>Section</source>
      <translation>Abschnitt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="50" />
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="50" />
      <source>Concerns</source>
      <translation>Betrifft</translation>
    </message>
  </context>
  <context>
    <name>OfferingsDialog</name>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="77" />
      <source>Offerings</source>
      <translation>Angebote</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="82" />
      <source>Edit offering</source>
      <translation>Angebot bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="92" />
      <source>The product lines and services you sell: the columns of every account's penetration plan. Removing one hides its column; undo brings it back.</source>
      <translation>Die Produktlinien und Dienstleistungen, die Sie verkaufen: die Spalten im Durchdringungsplan jedes Kunden. Entfernen blendet die Spalte aus; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="100" />
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="134" />
      <source>Add offering</source>
      <translation>Angebot hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="101" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="102" />
      <source>Move up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="103" />
      <source>Move down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="129" />
      <source>New offering</source>
      <translation>Neues Angebot</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="131" />
      <source>New offering {number}</source>
      <translation>Neues Angebot {number}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="145" />
      <source>Remove offering</source>
      <translation>Angebot entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="159" />
      <source>Move offering</source>
      <translation>Angebot verschieben</translation>
    </message>
  </context>
  <context>
    <name>OfferingsModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="40" />
      <source>Offering</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="40" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="189" />
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="193" />
      <source>Team passphrase</source>
      <translation>Team-Passwort</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="172" />
      <source>&amp;Sync</source>
      <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="190" />
      <source>Passphrase:</source>
      <translation>Passwort:</translation>
    </message>
  </context>
  <context>
    <name>PenetrationModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="175" />
      <source>Including the unit's sub-units</source>
      <translation>Einschließlich der untergeordneten Einheiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="205" />
      <source>Revenue</source>
      <translation>Umsatz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="205" />
      <source>Potential</source>
      <translation>Potenzial</translation>
    </message>
  </context>
  <context>
    <name>PenetrationPage</name>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="63" />
      <source>Edit cell</source>
      <translation>Zelle bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="105" />
      <source>New unit, e.g. “Augsburg plant” – Enter adds it</source>
      <translation>Neue Einheit, z. B. „Werk Augsburg“ – Eingabetaste fügt sie hinzu</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="117" />
      <source>Add unit</source>
      <translation>Einheit hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="118" />
      <source>Add below selected</source>
      <translation>Unter der gewählten einfügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="119" />
      <source>Rename…</source>
      <translation>Umbenennen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="120" />
      <source>Remove unit</source>
      <translation>Einheit entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="139" />
      <source>Offerings…</source>
      <translation>Angebote …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="140" />
      <source>Import from Excel…</source>
      <translation>Aus Excel importieren …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="141" />
      <source>Export to Excel…</source>
      <translation>Nach Excel exportieren …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="145" />
      <source>Type in a cell: an amount is our revenue; “p 5000” a potential, “c Name” a competitor, “n” not relevant. Delete clears; Ctrl+C and Ctrl+V work with Excel.</source>
      <translation>In eine Zelle tippen: ein Betrag ist unser Umsatz; „p 5000“ ein Potenzial, „wett Name“ ein Wettbewerber, „n“ nicht relevant. Entf leert; Strg+C und Strg+V funktionieren mit Excel.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="160" />
      <source>White space by potential</source>
      <translation>Weiße Flecken nach Potenzial</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="194" />
      <source>No offerings yet. Click “Offerings…” and add the product lines and services you sell: they become the plan's columns, for every account.</source>
      <translation>Noch keine Angebote. Klicken Sie auf „Angebote …“ und legen Sie die Produktlinien und Dienstleistungen an, die Sie verkaufen: Sie werden die Spalten des Plans, für jeden Kunden.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="201" />
      <source>No units yet. Type the customer's sites, countries, divisions or departments in the field above and press Enter: they become the rows.</source>
      <translation>Noch keine Einheiten. Tippen Sie die Standorte, Länder, Bereiche oder Abteilungen des Kunden oben ins Feld und drücken Sie die Eingabetaste: Sie werden die Zeilen.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="213" />
      <source>%Ln filled cell(s) of the pasted block lie beyond the plan's units and offerings and were not pasted.</source>
      <translation>
        <numerusform>%Ln gefüllte Zelle des eingefügten Blocks liegt jenseits der Einheiten und Angebote des Plans und wurde nicht eingefügt.</numerusform>
        <numerusform>%Ln gefüllte Zellen des eingefügten Blocks liegen jenseits der Einheiten und Angebote des Plans und wurden nicht eingefügt.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="260" />
      <source>New unit</source>
      <translation>Neue Einheit</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="263" />
      <source>Add unit “{name}”</source>
      <translation>Einheit „{name}“ hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="275" />
      <source>Rename unit</source>
      <translation>Einheit umbenennen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="275" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="280" />
      <source>Rename unit “{name}”</source>
      <translation>Einheit „{name}“ umbenennen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="291" />
      <source>Remove unit “{name}”</source>
      <translation>Einheit „{name}“ entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="343" />
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="21" />
      <source>Import penetration plan</source>
      <translation>Durchdringungsplan importieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="26" />
      <source>Excel (*.xlsx);;Older Excel and OpenDocument (*.xls *.ods)</source>
      <translation>Excel (*.xlsx);;Älteres Excel und OpenDocument (*.xls *.ods)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="34" />
      <source>The workbook has no sheet for “{account}”. Replace this account's plan with the sheet “{sheet}”?</source>
      <translation>Die Arbeitsmappe hat kein Blatt für „{account}“. Den Plan dieses Kunden durch das Blatt „{sheet}“ ersetzen?</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="49" />
      <source>Excel (*.xlsx)</source>
      <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="350" />
      <source>Imported {units} units from {file}. Ctrl+Z takes the import back.</source>
      <translation>{units} Einheiten aus {file} importiert. Strg+Z nimmt den Import zurück.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="44" />
      <source>{account} – penetration plan.xlsx</source>
      <translation>{account} – Durchdringungsplan.xlsx</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="47" />
      <source>Export penetration plan</source>
      <translation>Durchdringungsplan exportieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="367" />
      <source>Exported to {path}.</source>
      <translation>Exportiert nach {path}.</translation>
    </message>
  </context>
  <context>
    <name>PenetrationView</name>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_view.py" line="75" />
      <source>Clear cells</source>
      <translation>Zellen leeren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_view.py" line="110" />
      <source>Paste cells</source>
      <translation>Zellen einfügen</translation>
    </message>
  </context>
  <context>
    <name>PhaseDialog</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/phase_dialog.py" line="33" />
      <source>Change phase</source>
      <translation>Phase wechseln</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/phase_dialog.py" line="39" />
      <source>Why? The reason goes into the history.</source>
      <translation>Warum? Der Grund kommt in den Verlauf.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/phase_dialog.py" line="51" />
      <source>Now:</source>
      <translation>Jetzt:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/phase_dialog.py" line="52" />
      <source>&amp;New phase:</source>
      <translation>&amp;Neue Phase:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/phase_dialog.py" line="53" />
      <source>&amp;Reason:</source>
      <translation>&amp;Grund:</translation>
    </message>
  </context>
  <context>
    <name>PlanPages</name>
    <message>
      <location filename="../../kamdesk/ui/plan/plan_pages.py" line="35" />
      <source>Penetration plan</source>
      <translation>Durchdringungsplan</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/plan_pages.py" line="36" />
      <source>Key figures and margin</source>
      <translation>Kennzahlen und Deckungsbeitrag</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/plan_pages.py" line="37" />
      <source>Annual plan</source>
      <translation>Jahresplan</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/plan_pages.py" line="38" />
      <source>Joint projects</source>
      <translation>Wertschöpfungsprojekte</translation>
    </message>
  </context>
  <context>
    <name>PlaybookModel</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="50" />
      <source>Recommended action</source>
      <translation>Empfohlene Maßnahme</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="50" />
      <source>Due in</source>
      <translation>Fällig in</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="58" />
      <source>%Ln day(s)</source>
      <translation>
        <numerusform>%Ln Tag</numerusform>
        <numerusform>%Ln Tage</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Plural</name>
    <message numerus="yes">
      <location filename="../../kamdesk/cli/reminder_commands.py" line="52" />
      <source>%n reminder(s) written to {path}.</source>
      <translation>
        <numerusform>%n Wiedervorlage in {path} geschrieben.</numerusform>
        <numerusform>%n Wiedervorlagen in {path} geschrieben.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/cli/store_commands.py" line="43" />
      <source>Loaded %n demo account(s).</source>
      <translation>
        <numerusform>%n Demokunde geladen.</numerusform>
        <numerusform>%n Demokunden geladen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="90" />
      <source>{contact} ({level}) is looked after by {member}, %n level(s) off.</source>
      <translation>
        <numerusform>{contact} ({level}) wird von {member} betreut, %n Ebene daneben.</numerusform>
        <numerusform>{contact} ({level}) wird von {member} betreut, %n Ebenen daneben.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="103" />
      <source>{contact} was last met %n day(s) ago.</source>
      <translation>
        <numerusform>{contact} wurde zuletzt vor %n Tag getroffen.</numerusform>
        <numerusform>{contact} wurde zuletzt vor %n Tagen getroffen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="108" />
      <source>{member} looks after %n contact(s), more than the limit.</source>
      <translation>
        <numerusform>{member} betreut %n Kontakt, mehr als die Grenze.</numerusform>
        <numerusform>{member} betreut %n Kontakte, mehr als die Grenze.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/review_notice.py" line="43" />
      <location filename="../../kamdesk/ui/status/review_notice.py" line="76" />
      <source>… and %Ln more.</source>
      <translation>
        <numerusform>… und %Ln weiterer.</numerusform>
        <numerusform>… und %Ln weitere.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/review_notice.py" line="45" />
      <source>%Ln key-account status(es) reached the review date.</source>
      <translation>
        <numerusform>%Ln Key-Account-Status hat den Überprüfungstermin erreicht.</numerusform>
        <numerusform>%Ln Key-Account-Status haben den Überprüfungstermin erreicht.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/review_notice.py" line="47" />
      <source>%Ln dropped to a lower level.</source>
      <translation>
        <numerusform>%Ln fiel auf eine niedrigere Stufe.</numerusform>
        <numerusform>%Ln fielen auf eine niedrigere Stufe.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/review_notice.py" line="80" />
      <source>A colleague's sync changed %Ln key-account status(es).</source>
      <translation>
        <numerusform>Die Synchronisation eines Kollegen hat %Ln Key-Account-Status geändert.</numerusform>
        <numerusform>Die Synchronisation eines Kollegen hat %Ln Key-Account-Status geändert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/sync_words.py" line="101" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n Tag</numerusform>
        <numerusform>%n Tage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/sync_words.py" line="103" />
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n Stunde</numerusform>
        <numerusform>%n Stunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/import_words.py" line="90" />
      <source>%n row(s) cannot be imported, and you asked for all or nothing. Nothing was imported.</source>
      <translation>
        <numerusform>%n Zeile kann nicht importiert werden, und Sie wollten alles oder nichts. Es wurde nichts importiert.</numerusform>
        <numerusform>%n Zeilen können nicht importiert werden, und Sie wollten alles oder nichts. Es wurde nichts importiert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/cli/server_commands.py" line="58" />
      <source>%n row(s) of the team moved onto {server}.</source>
      <translation>
        <numerusform>%n Zeile des Teams auf {server} übertragen.</numerusform>
        <numerusform>%n Zeilen des Teams auf {server} übertragen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/cli/server_commands.py" line="69" />
      <source>%n write(s) so far</source>
      <translation>
        <numerusform>bisher %n Schreibvorgang</numerusform>
        <numerusform>bisher %n Schreibvorgänge</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PortfolioChart</name>
    <message>
      <location filename="../../kamdesk/ui/portfolio/chart_drawing.py" line="163" />
      <source>{amount} k</source>
      <translation>{amount} Tsd.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/chart_drawing.py" line="171" />
      <source>{amount} M</source>
      <translation>{amount} Mio.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_chart.py" line="223" />
      <source>Value: {amount}</source>
      <translation>Wert: {amount}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_chart.py" line="224" />
      <source>Potential: {amount}</source>
      <translation>Potenzial: {amount}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_chart.py" line="225" />
      <source>Contribution margin: {amount}</source>
      <translation>Deckungsbeitrag: {amount}</translation>
    </message>
  </context>
  <context>
    <name>PortfolioGlance</name>
    <message>
      <location filename="../../kamdesk/ui/home/portfolio_glance.py" line="39" />
      <source>Portfolio {year}: {fields} – &lt;a href='portfolio'&gt;open&lt;/a&gt;</source>
      <translation>Portfolio {year}: {fields} – &lt;a href='portfolio'&gt;öffnen&lt;/a&gt;</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/portfolio_glance.py" line="50" />
      <source>Nobody moved to another field since last year.</source>
      <translation>Seit dem Vorjahr hat niemand das Feld gewechselt.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/portfolio_glance.py" line="52" />
      <source>%Ln from {old} to {new}</source>
      <translation>
        <numerusform>%Ln von {old} zu {new}</numerusform>
        <numerusform>%Ln von {old} zu {new}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/portfolio_glance.py" line="58" />
      <source>%Ln account(s) moved since last year: {moves}.</source>
      <translation>
        <numerusform>%Ln Kunde hat seit dem Vorjahr das Feld gewechselt: {moves}.</numerusform>
        <numerusform>%Ln Kunden haben seit dem Vorjahr das Feld gewechselt: {moves}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/portfolio_glance.py" line="68" />
      <source>%Ln key account(s) in {year}: revenue {revenue}{revenue_trend}, contribution margin {margin}{margin_trend}, potential {potential}{potential_trend}.</source>
      <translation>
        <numerusform>%Ln Key Account {year}: Umsatz {revenue}{revenue_trend}, Deckungsbeitrag {margin}{margin_trend}, Potenzial {potential}{potential_trend}.</numerusform>
        <numerusform>%Ln Key Accounts {year}: Umsatz {revenue}{revenue_trend}, Deckungsbeitrag {margin}{margin_trend}, Potenzial {potential}{potential_trend}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PortfolioPage</name>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="59" />
      <source>What “value today” means: last year's revenue or margin</source>
      <translation>Was „Wert heute“ heißt: Umsatz oder Deckungsbeitrag des Vorjahrs</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="65" />
      <source>&amp;Medians</source>
      <translation>&amp;Mediane</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="66" />
      <source>Put both lines back on the medians of the figures</source>
      <translation>Beide Linien zurück auf die Mediane der Kennzahlen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="68" />
      <source>Show &amp;all</source>
      <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="69" />
      <source>Zoom out to every account (0)</source>
      <translation>Herauszoomen auf alle Kunden (0)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="71" />
      <source>E&amp;xport chart…</source>
      <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="78" />
      <source>Start selection &amp;funnel…</source>
      <translation>Auswahl&amp;trichter starten…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="93" />
      <source>Value:</source>
      <translation>Wert:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="95" />
      <source>Owner</source>
      <translation>Betreuer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="95" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="95" />
      <source>Industry</source>
      <translation>Branche</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="95" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="107" />
      <source>Candidates for the funnel</source>
      <translation>Kandidaten für den Trichter</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="108" />
      <source>Not placed</source>
      <translation>Nicht eingeordnet</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="130" />
      <source>The portfolio places each account by its value last year and its potential. Enter key figures (revenue, margin, potential) on an account's Plan tab, or load demo data.</source>
      <translation>Das Portfolio ordnet jeden Kunden nach seinem Wert im Vorjahr und seinem Potenzial ein. Erfassen Sie Kennzahlen (Umsatz, Deckungsbeitrag, Potenzial) im Reiter Plan eines Kunden, oder laden Sie Demodaten.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="192" />
      <source>All owners</source>
      <translation>Alle Betreuer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="192" />
      <source>All countries</source>
      <translation>Alle Länder</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="192" />
      <source>All industries</source>
      <translation>Alle Branchen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="196" />
      <source>Key accounts</source>
      <translation>Key Accounts</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="197" />
      <source>All levels</source>
      <translation>Alle Stufen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="211" />
      <source>Value today: {basis} {year}</source>
      <translation>Wert heute: {basis} {year}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="212" />
      <source>Potential</source>
      <translation>Potenzial</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="220" />
      <source>Not placed ({count})</source>
      <translation>Nicht eingeordnet ({count})</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="228" />
      <source>Lines at {value} value and {potential} potential ({how}).</source>
      <translation>Linien bei {value} Wert und {potential} Potenzial ({how}).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="231" />
      <source>your choice</source>
      <translation>Ihre Wahl</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="231" />
      <source>the medians</source>
      <translation>die Mediane</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="288" />
      <source>Export portfolio chart</source>
      <translation>Portfolio-Diagramm exportieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="289" />
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="306" />
      <source>Portfolio</source>
      <translation>Portfolio</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="291" />
      <source>PNG image</source>
      <translation>PNG-Bild</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="292" />
      <source>SVG drawing</source>
      <translation>SVG-Zeichnung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="293" />
      <source>PDF document</source>
      <translation>PDF-Dokument</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="310" />
      <source>The chart was saved as {path}.</source>
      <translation>Das Diagramm wurde als {path} gespeichert.</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="36" />
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="38" />
      <source>As the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="44" />
      <source>Shown in the histories, and to colleagues who sync</source>
      <translation>Steht in den Historien und bei Kollegen, die synchronisieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="48" />
      <source>Shown to colleagues in the sync log</source>
      <translation>Wird Kollegen im Sync-Protokoll angezeigt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="56" />
      <source> days ahead</source>
      <translation> Tage voraus</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="58" />
      <source>What Export to calendar holds: overdue reminders and those due this soon</source>
      <translation>Was „In den Kalender exportieren“ enthält: überfällige und in diesem Zeitraum fällige Erinnerungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="63" />
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="64" />
      <source>No daily backup</source>
      <translation>Keine tägliche Sicherung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="66" />
      <source>kamdesk backs your store up once a day and keeps these backups this long</source>
      <translation>kamdesk sichert Ihren Datenbestand einmal am Tag und bewahrt diese Sicherungen so lange auf</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="68" />
      <source>The language changes at the next start.</source>
      <translation>Die Sprache wechselt beim nächsten Start.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="76" />
      <source>Your &amp;name:</source>
      <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="77" />
      <source>Your &amp;initials:</source>
      <translation>Ihre &amp;Initialen:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="78" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="79" />
      <source>&amp;Calendar export:</source>
      <translation>&amp;Kalenderexport:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="80" />
      <source>&amp;Daily backups kept:</source>
      <translation>&amp;Tägliche Sicherungen aufbewahren:</translation>
    </message>
  </context>
  <context>
    <name>ProjectsModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="32" />
      <source>Project</source>
      <translation>Projekt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="33" />
      <source>Area</source>
      <translation>Bereich</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="34" />
      <source>Benefit for the customer</source>
      <translation>Nutzen für den Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="35" />
      <source>Benefit for us</source>
      <translation>Nutzen für uns</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="36" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>ProjectsPage</name>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="78" />
      <source>Edit project</source>
      <translation>Projekt bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="91" />
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="116" />
      <source>Add project</source>
      <translation>Projekt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="93" />
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="121" />
      <source>Remove project</source>
      <translation>Projekt entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="115" />
      <source>New project</source>
      <translation>Neues Projekt</translation>
    </message>
  </context>
  <context>
    <name>RemindersModel</name>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="29" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="29" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="29" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="29" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="49" />
      <source>Snoozed; first due on {date}</source>
      <translation>Zurückgestellt; ursprünglich fällig am {date}</translation>
    </message>
  </context>
  <context>
    <name>RemindersPage</name>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="77" />
      <source>&amp;Done</source>
      <translation>&amp;Erledigt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="78" />
      <source>&amp;Snooze…</source>
      <translation>&amp;Zurückstellen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="79" />
      <source>&amp;Open account</source>
      <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="81" />
      <source>Export to &amp;calendar…</source>
      <translation>In den &amp;Kalender exportieren …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="90" />
      <source>Nothing is due. Status reviews, plan actions, jour fixes, contacts to meet and complaints open too long appear here when their day comes.</source>
      <translation>Nichts ist fällig. Statusüberprüfungen, Maßnahmen, Jours fixes, fällige Kontakte und zu lange offene Beschwerden erscheinen hier, wenn ihr Tag kommt.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="139" />
      <source>Done: {what}</source>
      <translation>Erledigt: {what}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="151" />
      <source>Snooze: {what}</source>
      <translation>Zurückgestellt: {what}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="169" />
      <source>kamdesk reminders.ics</source>
      <translation>kamdesk Wiedervorlage.ics</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="171" />
      <source>Export to calendar</source>
      <translation>In den Kalender exportieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="171" />
      <source>iCalendar (*.ics)</source>
      <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="181" />
      <source>Exporting to the calendar…</source>
      <translation>Export in den Kalender läuft …</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="185" />
      <source>%Ln reminder(s) exported to {path}.</source>
      <translation>
        <numerusform>%Ln Wiedervorlage nach {path} exportiert.</numerusform>
        <numerusform>%Ln Wiedervorlagen nach {path} exportiert.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="63" />
      <source>Visit report of {date}</source>
      <translation>Besuchsbericht vom {date}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="67" />
      <source>What was agreed, what the customer said, what happens next</source>
      <translation>Was vereinbart wurde, was der Kunde sagte, wie es weitergeht</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="52" />
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="97" />
      <source>Restore from a backup</source>
      <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="60" />
      <source>The store becomes the backup you choose; the store as it is now is backed up first. After the next sync, what your team changed since is here again.</source>
      <translation>Der Datenbestand wird zur gewählten Sicherung; der jetzige Stand wird vorher gesichert. Nach dem nächsten Abgleich ist wieder da, was Ihr Team seitdem geändert hat.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="65" />
      <source>No backups yet. kamdesk makes one each day you work with it.</source>
      <translation>Noch keine Sicherungen. kamdesk legt an jedem Tag, an dem Sie damit arbeiten, eine an.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="73" />
      <source>&amp;Restore</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="77" />
      <source>&amp;Other file…</source>
      <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="99" />
      <source>kamdesk backups (*.sqlite3);;All files (*)</source>
      <translation>kamdesk-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="287" />
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="297" />
      <source>{outcome}: {level}.</source>
      <translation>{outcome}: {level}.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="301" />
      <source>“{finish}” records the outcome with today's date.</source>
      <translation>„{finish}“ hält das Ergebnis mit heutigem Datum fest.</translation>
    </message>
  </context>
  <context>
    <name>ReviewNotice</name>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="25" />
      <source>{name}: {old} → {new} ({score} points)</source>
      <translation>{name}: {old} → {new} ({score} Punkte)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="31" />
      <source>{name}: still {level} ({score} points), please confirm</source>
      <translation>{name}: weiterhin {level} ({score} Punkte), bitte bestätigen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="51" />
      <source>Status reviews</source>
      <translation>Statusüberprüfungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="59" />
      <source>Show in Reminders</source>
      <translation>In der Wiedervorlage zeigen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="68" />
      <source>{name}: {old} → {new}</source>
      <translation>{name}: {old} → {new}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="79" />
      <source>Status changes from the team</source>
      <translation>Statusänderungen aus dem Team</translation>
    </message>
  </context>
  <context>
    <name>SameNameModel</name>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="21" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="21" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="21" />
      <source>Owner</source>
      <translation>Betreuer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="21" />
      <source>Industry</source>
      <translation>Branche</translation>
    </message>
  </context>
  <context>
    <name>SameNames</name>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="46" />
      <source>These accounts share a name: a colleague and you each created one. Open one and rename it, or delete the one you do not need; the next sync tells the team.</source>
      <translation>Diese Kunden tragen denselben Namen: Sie und ein Kollege haben je einen angelegt. Öffnen Sie einen und benennen Sie ihn um oder löschen Sie den, den Sie nicht brauchen; die nächste Synchronisation teilt es dem Team mit.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="51" />
      <source>Open to &amp;rename</source>
      <translation>Zum &amp;Umbenennen öffnen</translation>
    </message>
  </context>
  <context>
    <name>ScorecardModel</name>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="25" />
      <source>Criterion</source>
      <translation>Kriterium</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="25" />
      <source>Answer</source>
      <translation>Antwort</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="25" />
      <source>Points</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="25" />
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="73" />
      <source>From the account's key figures</source>
      <translation>Aus den Kennzahlen des Kunden</translation>
    </message>
  </context>
  <context>
    <name>ServerPasswordDialog</name>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="127" />
      <source>Team server</source>
      <translation>Team-Server</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="133" />
      <source>Remember the password on this computer</source>
      <translation>Passwort auf diesem Computer merken</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="128" />
      <source>Password:</source>
      <translation>Passwort:</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../kamdesk/ui/shell/help_dialogs.py" line="100" />
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsModel</name>
    <message>
      <location filename="../../kamdesk/ui/shell/help_dialogs.py" line="71" />
      <source>Command</source>
      <translation>Befehl</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/help_dialogs.py" line="71" />
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
  </context>
  <context>
    <name>SignalRulesDialog</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/signal_rules_dialog.py" line="25" />
      <source>Warning signals</source>
      <translation>Warnsignale</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/signal_rules_dialog.py" line="28" />
      <source>A signal fires when its value reaches the threshold. Signals propose moving an account in acquisition or retention to “endangered”.</source>
      <translation>Ein Signal schlägt an, wenn sein Wert die Schwelle erreicht. Signale schlagen vor, einen Kunden in Akquise oder Bindung auf „Gefährdung“ zu setzen.</translation>
    </message>
  </context>
  <context>
    <name>SnoozeDialog</name>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="43" />
      <source>Snooze</source>
      <translation>Zurückstellen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="53" />
      <source>Remind me again &amp;on:</source>
      <translation>Wieder erinnern &amp;am:</translation>
    </message>
  </context>
  <context>
    <name>StakeholderScene</name>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="164" />
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="165" />
      <source>Our team</source>
      <translation>Unser Team</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="194" />
      <source>no link on this level</source>
      <translation>kein Kontakt auf dieser Ebene</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="259" />
      <source>Counterpart on another level</source>
      <translation>Gegenüber auf einer anderen Ebene</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="268" />
      <source>No counterpart</source>
      <translation>Kein Gegenüber</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="270" />
      <source>Not met for too long</source>
      <translation>Zu lange nicht getroffen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="275" />
      <source>More contacts than the limit</source>
      <translation>Mehr Kontakte als die Grenze</translation>
    </message>
  </context>
  <context>
    <name>StakeholdersPage</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="84" />
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="341" />
      <source>Apply suggestion</source>
      <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="108" />
      <source> days</source>
      <translation> Tage</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="109" />
      <source>How often the important people should be met</source>
      <translation>Wie oft die wichtigen Personen getroffen werden sollten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="113" />
      <source>Map</source>
      <translation>Landkarte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="114" />
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="115" />
      <source>Jour fixe</source>
      <translation>Jour fixe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="119" />
      <source>No contacts yet. Add the customer's people with “Add contact”, or import the vCards or CSV file your mail program exports.</source>
      <translation>Noch keine Kontakte. Erfassen Sie die Personen des Kunden mit „Kontakt hinzufügen“ oder importieren Sie die vCards oder die CSV-Datei, die Ihr Mailprogramm exportiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="131" />
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="276" />
      <source>Add contact</source>
      <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="133" />
      <source>Add a contact (Ctrl+Shift+N)</source>
      <translation>Kontakt hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="137" />
      <source>Import contacts…</source>
      <translation>Kontakte importieren …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="138" />
      <source>Export contacts…</source>
      <translation>Kontakte exportieren…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="139" />
      <source>Our team…</source>
      <translation>Unser Team …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="140" />
      <source>Export map…</source>
      <translation>Landkarte exportieren …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="148" />
      <source>Contact interval:</source>
      <translation>Kontaktintervall:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="156" />
      <source>Findings</source>
      <translation>Befunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="161" />
      <source>Drag a colleague onto a contact to assign them. Click a contact to edit it. Ctrl+wheel zooms, Ctrl+0 fits.</source>
      <translation>Ziehen Sie eine Kollegin oder einen Kollegen auf einen Kontakt, um sie zuzuordnen. Ein Klick auf einen Kontakt öffnet ihn. Strg+Mausrad zoomt, Strg+0 passt ein.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="183" />
      <source>Filter contacts</source>
      <translation>Kontakte filtern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="186" />
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="291" />
      <source>Remove contact</source>
      <translation>Kontakt entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="224" />
      <source>Coverage: {coverage}</source>
      <translation>Abdeckung: {coverage}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="230" />
      <source>Share of decision makers, influencers and purchasers with a counterpart on their level</source>
      <translation>Anteil der Entscheider, Beeinflusser und Einkäufer mit einem Gegenüber auf ihrer Ebene</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="276" />
      <source>Edit contact</source>
      <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="299" />
      <source>Assign counterpart</source>
      <translation>Gegenüber zuordnen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="364" />
      <source>Change contact interval</source>
      <translation>Kontaktintervall ändern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/map_export.py" line="18" />
      <source>{account} – stakeholder map.png</source>
      <translation>{account} – Beziehungslandkarte.png</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/map_export.py" line="22" />
      <source>Export stakeholder map</source>
      <translation>Beziehungslandkarte exportieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/map_export.py" line="24" />
      <source>PNG image (*.png);;SVG drawing (*.svg)</source>
      <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
  </context>
  <context>
    <name>StatusHistoryModel</name>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="97" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="98" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="99" />
      <source>To</source>
      <translation>Nach</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="100" />
      <source>Score</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="101" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="102" />
      <source>By</source>
      <translation>Durch</translation>
    </message>
  </context>
  <context>
    <name>StatusPage</name>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="70" />
      <source>The review date has passed and the account still reaches its level. Confirm it to start the next period.</source>
      <translation>Der Überprüfungstermin ist verstrichen, und der Kunde erreicht seinen Status weiterhin. Bestätigen Sie ihn, um den nächsten Zeitraum zu beginnen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="75" />
      <source>Confirm review</source>
      <translation>Überprüfung bestätigen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="96" />
      <source>Scorecard</source>
      <translation>Scorecard</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="100" />
      <source>Export scorecard for the customer…</source>
      <translation>Scorecard für den Kunden exportieren …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="102" />
      <source>PDF or HTML with criteria, points, thresholds and benefits; no internal notes</source>
      <translation>PDF oder HTML mit Kriterien, Punkten, Schwellen und Leistungen; ohne interne Notizen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="105" />
      <source>Selection funnel…</source>
      <translation>Auswahltrichter …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="107" />
      <source>Strategic criteria, hard figures and the customer's consent, gate by gate</source>
      <translation>Strategische Kriterien, harte Zahlen und die Zustimmung des Kunden, Stufe für Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="116" />
      <source>History</source>
      <translation>Historie</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="171" />
      <source>Export scorecard</source>
      <translation>Scorecard exportieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="173" />
      <source>PDF document (*.pdf);;Web page (*.html)</source>
      <translation>PDF-Dokument (*.pdf);;Webseite (*.html)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="201" />
      <source>Granted on {granted} · review due on {due}</source>
      <translation>Vergeben am {granted} · Überprüfung fällig am {due}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="207" />
      <source>Since {granted}</source>
      <translation>Seit {granted}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="210" />
      <source>No key-account status granted</source>
      <translation>Kein Key-Account-Status vergeben</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="214" />
      <source>reaches {level}</source>
      <translation>erreicht {level}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="216" />
      <source>reaches no key-account level</source>
      <translation>erreicht keine Key-Account-Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="219" />
      <source>{gap} more for {level}</source>
      <translation>{gap} fehlen für {level}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="223" />
      <source>the top level</source>
      <translation>die höchste Stufe</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/status_page.py" line="230" />
      <source>&lt;br&gt;Scored as a group: the hard figures are this account's and its %Ln member(s)' summed.</source>
      <translation>
        <numerusform>&lt;br&gt;Als Gruppe bewertet: Die harten Kennzahlen sind die dieses Kunden und seines Mitglieds zusammen.</numerusform>
        <numerusform>&lt;br&gt;Als Gruppe bewertet: Die harten Kennzahlen sind die dieses Kunden und seiner %Ln Mitglieder zusammen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="239" />
      <source>&lt;b&gt;{total} points&lt;/b&gt;: {reached}; {gap}.&lt;br&gt;Thresholds: {thresholds}</source>
      <translation>&lt;b&gt;{total} Punkte&lt;/b&gt;: {reached}; {gap}.&lt;br&gt;Schwellen: {thresholds}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="247" />
      <source>Benefits at this level: {benefits}</source>
      <translation>Leistungen auf dieser Stufe: {benefits}</translation>
    </message>
  </context>
  <context>
    <name>StoreCommands</name>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="38" />
      <source>Load &amp;demo data</source>
      <translation>&amp;Demodaten laden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="40" />
      <source>Re&amp;move demo data…</source>
      <translation>Demodaten &amp;entfernen…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="41" />
      <source>&amp;Trash…</source>
      <translation>&amp;Papierkorb …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="43" />
      <source>Selection &amp;funnel overview…</source>
      <translation>Überblick &amp;Auswahltrichter …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="44" />
      <source>Scorecard &amp;criteria…</source>
      <translation>Scorecard-&amp;Kriterien …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="46" />
      <source>&amp;Warning signals…</source>
      <translation>&amp;Warnsignale …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="49" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="52" />
      <source>&amp;About kamdesk</source>
      <translation>Ü&amp;ber kamdesk</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="80" />
      <source>Loading demo data…</source>
      <translation>Demodaten werden geladen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="91" />
      <source>This store holds no demo data.</source>
      <translation>Dieser Datenbestand enthält keine Demodaten.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="94" />
      <source>Remove the %Ln demo customer(s) and everything recorded on them? Your own accounts stay; Ctrl+Z brings the demo back.</source>
      <translation>
        <numerusform>Den Demokunden und alles zu ihm Erfasste entfernen? Ihre eigenen Kunden bleiben; Strg+Z holt die Demo zurück.</numerusform>
        <numerusform>Die %Ln Demokunden und alles zu ihnen Erfasste entfernen? Ihre eigenen Kunden bleiben; Strg+Z holt die Demo zurück.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="99" />
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="109" />
      <source>Remove demo data</source>
      <translation>Demodaten entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="157" />
      <source>About kamdesk</source>
      <translation>Über kamdesk</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="159" />
      <source>&lt;h3&gt;kamdesk {version}&lt;/h3&gt;&lt;p&gt;The key account manager's desktop workbench.&lt;/p&gt;&lt;p&gt;Your store: {path}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;kamdesk {version}&lt;/h3&gt;&lt;p&gt;Die Werkbank des Key Account Managers.&lt;/p&gt;&lt;p&gt;Ihr Datenbestand: {path}&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>StoreOpening</name>
    <message>
      <location filename="../../kamdesk/ui/shell/store_opening.py" line="102" />
      <source>Today's backup could not be written: {reason}</source>
      <translation>Die heutige Sicherung konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_opening.py" line="109" />
      <source>The store was upgraded; a backup was saved as {path}.</source>
      <translation>Der Datenbestand wurde aktualisiert; eine Sicherung liegt unter {path}.</translation>
    </message>
  </context>
  <context>
    <name>StoreRecovery</name>
    <message>
      <location filename="../../kamdesk/ui/shell/store_recovery.py" line="26" />
      <source>The store {path} is damaged and was left as it is. Open the latest backup, made {when}, instead? The damaged file is kept beside it.</source>
      <translation>Der Datenbestand {path} ist beschädigt und blieb, wie er ist. Stattdessen die neueste Sicherung vom {when} öffnen? Die beschädigte Datei bleibt daneben erhalten.</translation>
    </message>
  </context>
  <context>
    <name>StoreSwitching</name>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="21" />
      <source>New empty &amp;store…</source>
      <translation>Neuer leerer &amp;Datenbestand…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="23" />
      <source>&amp;Open store…</source>
      <translation>Datenbestand ö&amp;ffnen…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="30" />
      <source>Folder for the new store</source>
      <translation>Ordner für den neuen Datenbestand</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="36" />
      <source>New empty store</source>
      <translation>Neuer leerer Datenbestand</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="37" />
      <source>{folder} holds a store already; it opens in its own window.</source>
      <translation>{folder} enthält bereits einen Datenbestand; er öffnet sich in einem eigenen Fenster.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="44" />
      <source>Folder of the store to open</source>
      <translation>Ordner des Datenbestands, der geöffnet wird</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="50" />
      <source>Open store</source>
      <translation>Datenbestand öffnen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="51" />
      <source>{folder} holds no kamdesk store. Make an empty one there?</source>
      <translation>{folder} enthält keinen kamdesk-Datenbestand. Dort einen leeren anlegen?</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="65" />
      <source>This window holds that store.</source>
      <translation>Dieses Fenster enthält diesen Datenbestand bereits.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="70" />
      <source>{folder} opens in a window of its own.</source>
      <translation>{folder} öffnet sich in einem eigenen Fenster.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="74" />
      <source>kamdesk could not be started for {folder}.</source>
      <translation>kamdesk konnte für {folder} nicht gestartet werden.</translation>
    </message>
  </context>
  <context>
    <name>StrategicPage</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="116" />
      <source>Gate 1: strategic criteria</source>
      <translation>Stufe 1: strategische Kriterien</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="117" />
      <source>Is the customer strategically important to us?</source>
      <translation>Ist der Kunde für uns strategisch bedeutend?</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="152" />
      <source>{points} strategic points; the gate needs {minimum}.</source>
      <translation>{points} strategische Punkte; die Stufe verlangt {minimum}.</translation>
    </message>
  </context>
  <context>
    <name>SyncLogDialog</name>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="289" />
      <source>Sync log</source>
      <translation>Sync-Protokoll</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="294" />
      <source>No sync yet. Choose a shared file and press Sync (F9).</source>
      <translation>Noch nicht synchronisiert. Wählen Sie eine gemeinsame Datei und drücken Sie Synchronisieren (F9).</translation>
    </message>
  </context>
  <context>
    <name>SyncSettingsDialog</name>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="60" />
      <source>Sync settings</source>
      <translation>Sync-Einstellungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="71" />
      <source>A file on the network drive or in a cloud folder</source>
      <translation>Eine Datei auf dem Netzlaufwerk oder in einem Cloud-Ordner</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="77" />
      <source>Choose…</source>
      <translation>Auswählen…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="82" />
      <source>Sync automatically at start and at close</source>
      <translation>Automatisch beim Start und beim Beenden synchronisieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="87" />
      <source>never in between</source>
      <translation>nie dazwischen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="88" />
      <source> min</source>
      <translation> Min.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="94" />
      <source>Everyone in the team chooses the same file. Each of you keeps working on your own store, offline; syncing merges your changes with the team's. Private notes never leave this computer.</source>
      <translation>Alle im Team wählen dieselbe Datei. Jeder arbeitet weiter offline mit dem eigenen Datenbestand; das Synchronisieren führt Ihre Änderungen mit denen des Teams zusammen. Private Notizen verlassen diesen Computer nie.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="104" />
      <source>Shared file:</source>
      <translation>Gemeinsame Datei:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="110" />
      <source>&amp;Shared file</source>
      <translation>&amp;Gemeinsame Datei</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="111" />
      <source>Team se&amp;rver (PostgreSQL)</source>
      <translation>Team-Se&amp;rver (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="116" />
      <source>The team syncs through:</source>
      <translation>Das Team synchronisiert über:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="120" />
      <source>When to sync</source>
      <translation>Wann synchronisiert wird</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="123" />
      <source>Also every:</source>
      <translation>Außerdem alle:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="105" />
      <source>Encryption:</source>
      <translation>Verschlüsselung:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="144" />
      <source>Shared file</source>
      <translation>Gemeinsame Datei</translation>
    </message>
  </context>
  <context>
    <name>TeamDialog</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="81" />
      <source>Our team</source>
      <translation>Unser Team</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="86" />
      <source>Edit team member</source>
      <translation>Teammitglied bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="94" />
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="129" />
      <source>Add team member</source>
      <translation>Teammitglied hinzufügen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="97" />
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="136" />
      <source>Remove team member</source>
      <translation>Teammitglied entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="103" />
      <source>A colleague who looks after more contacts at one account is overloaded.</source>
      <translation>Wer bei einem Kunden mehr Kontakte betreut, ist überlastet.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="112" />
      <source>At most this many contacts per colleague and account:</source>
      <translation>Höchstens so viele Kontakte je Kollege und Kunde:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="128" />
      <source>New team member</source>
      <translation>Neues Teammitglied</translation>
    </message>
  </context>
  <context>
    <name>TeamModel</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="43" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="43" />
      <source>Function</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="43" />
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="43" />
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
  </context>
  <context>
    <name>TeamServerForm</name>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="42" />
      <source>e.g. kamdesk.example.com</source>
      <translation>z. B. kamdesk.firma.de</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="48" />
      <source>your login on the server</source>
      <translation>Ihre Anmeldung am Server</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="52" />
      <source>kept in the keyring</source>
      <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="52" />
      <source>as your IT department gave it</source>
      <translation>wie von Ihrer IT-Abteilung erhalten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="54" />
      <source>Remember the password on this computer</source>
      <translation>Passwort auf diesem Computer merken</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="56" />
      <source>Encrypted connection (TLS)</source>
      <translation>Verschlüsselte Verbindung (TLS)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="61" />
      <source>Test connection</source>
      <translation>Verbindung testen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="65" />
      <source>Port:</source>
      <translation>Port:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="69" />
      <source>Server:</source>
      <translation>Server:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="70" />
      <source>Database:</source>
      <translation>Datenbank:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="71" />
      <source>User:</source>
      <translation>Benutzer:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="72" />
      <source>Password:</source>
      <translation>Passwort:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="78" />
      <source>Everyone in the team enters the same server, each with their own login. Each of you keeps working on your own store, offline; syncing merges your changes with the team's. Private notes never leave this computer.</source>
      <translation>Alle im Team geben denselben Server an, jede und jeder mit der eigenen Anmeldung. Sie arbeiten weiter in Ihrem eigenen Datenbestand, auch offline; beim Synchronisieren werden Ihre Änderungen mit denen des Teams zusammengeführt. Private Notizen verlassen diesen Computer nie.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="100" />
      <source>Enter the server and the database first.</source>
      <translation>Geben Sie zuerst den Server und die Datenbank an.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="103" />
      <source>Connecting…</source>
      <translation>Verbindung wird aufgebaut …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="109" />
      <source>Connected: the team server is ready.</source>
      <translation>Verbunden: Der Team-Server ist bereit.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="118" />
      <source>The connection could not be tested.</source>
      <translation>Die Verbindung konnte nicht getestet werden.</translation>
    </message>
  </context>
  <context>
    <name>TeamSync</name>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="66" />
      <source>S&amp;ync</source>
      <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="69" />
      <source>Merge your changes with the team's shared file (F9)</source>
      <translation>Ihre Änderungen mit der gemeinsamen Datei des Teams zusammenführen (F9)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="71" />
      <source>Sync &amp;settings…</source>
      <translation>Sync-&amp;Einstellungen…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="75" />
      <source>&amp;Conflicts…</source>
      <translation>&amp;Konflikte…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="82" />
      <source>Sync &amp;log…</source>
      <translation>Sync-&amp;Protokoll…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="131" />
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="156" />
      <source>Syncing…</source>
      <translation>Synchronisiere…</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="152" />
      <source>Merging…</source>
      <translation>Wird abgeglichen…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="153" />
      <source>Sending %Ln row(s)…</source>
      <translation>
        <numerusform>%Ln Zeile wird gesendet…</numerusform>
        <numerusform>%Ln Zeilen werden gesendet…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="154" />
      <source>Receiving %Ln row(s)…</source>
      <translation>
        <numerusform>%Ln Zeile wird übernommen…</numerusform>
        <numerusform>%Ln Zeilen werden übernommen…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="191" />
      <source>Sync needs the team passphrase (F9)</source>
      <translation>Synchronisieren braucht das Team-Passwort (F9)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="232" />
      <source>Not synced yet</source>
      <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="295" />
      <source>Sync settings</source>
      <translation>Sync-Einstellungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="297" />
      <source>This computer has no keyring to keep the password in: kamdesk keeps it until it is closed.</source>
      <translation>Dieser Computer hat keinen Schlüsselbund für das Passwort: kamdesk behält es, bis es geschlossen wird.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="356" />
      <source>Changes made at once by you and a colleague, or accounts sharing a name</source>
      <translation>Gleichzeitige Änderungen von Ihnen und einem Kollegen oder Kunden mit demselben Namen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="187" />
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="237" />
      <source>Sync refused at {time}</source>
      <translation>Synchronisieren um {time} abgelehnt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="151" />
      <source>Reading the team's changes…</source>
      <translation>Änderungen des Teams werden gelesen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="240" />
      <source>Synced at {time} · {came} in, {out} out</source>
      <translation>Synchronisiert um {time} · {came} herein, {out} hinaus</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="322" />
      <source>Keep my value</source>
      <translation>Meinen Wert behalten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="322" />
      <source>Keep their value</source>
      <translation>Ihren Wert behalten</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="354" />
      <source>%Ln conflict(s)</source>
      <translation>
        <numerusform>%Ln Konflikt</numerusform>
        <numerusform>%Ln Konflikte</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/trash_dialog.py" line="28" />
      <source>Trash</source>
      <translation>Papierkorb</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/trash_dialog.py" line="40" />
      <source>The trash is empty.</source>
      <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/trash_dialog.py" line="46" />
      <source>&amp;Restore</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
  </context>
  <context>
    <name>UnexpectedErrorDialog</name>
    <message>
      <location filename="../../kamdesk/ui/shell/error_report.py" line="29" />
      <source>kamdesk</source>
      <translation>kamdesk</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/error_report.py" line="39" />
      <source>kamdesk ran into an unexpected problem. What was saved is safe; the last step may not have been carried out. Please try it once more.</source>
      <translation>In kamdesk ist ein unerwartetes Problem aufgetreten. Was gespeichert war, ist sicher; der letzte Schritt wurde vielleicht nicht ausgeführt. Bitte versuchen Sie ihn noch einmal.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/error_report.py" line="44" />
      <source>The log file is {path}.</source>
      <translation>Die Protokolldatei ist {path}.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/error_report.py" line="50" />
      <source>&amp;Copy details</source>
      <translation>Details &amp;kopieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/error_report.py" line="61" />
      <source>Copied</source>
      <translation>Kopiert</translation>
    </message>
  </context>
  <context>
    <name>UnplacedModel</name>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="76" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="76" />
      <source>What is missing</source>
      <translation>Was fehlt</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="48" />
      <source>Prepare visit – {account}</source>
      <translation>Besuch vorbereiten – {account}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="56" />
      <source>e.g. annual review, offer for the new plant</source>
      <translation>z. B. Jahresgespräch, Angebot für das neue Werk</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="67" />
      <source>Visit &amp;on:</source>
      <translation>Besuch &amp;am:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="68" />
      <source>&amp;Purpose:</source>
      <translation>&amp;Anlass:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="69" />
      <source>Their people:</source>
      <translation>Beim Kunden:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="70" />
      <source>Our people:</source>
      <translation>Von uns:</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="71" />
      <source>Pre&amp;view…</source>
      <translation>&amp;Vorschau …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="73" />
      <source>&amp;Print…</source>
      <translation>&amp;Drucken …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="75" />
      <source>&amp;Export…</source>
      <translation>&amp;Exportieren …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="121" />
      <source>{account} – visit {date}</source>
      <translation>{account} – Besuch {date}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="126" />
      <source>Export briefing</source>
      <translation>Besuchsvorbereitung exportieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="128" />
      <source>PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
      <translation>PDF-Dokument (*.pdf);;Webseite (*.html);;Markdown (*.md)</translation>
    </message>
  </context>
  <context>
    <name>VisitPlanning</name>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_planning.py" line="45" />
      <source>Briefing saved as {path}.</source>
      <translation>Besuchsvorbereitung gespeichert als {path}.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_planning.py" line="64" />
      <source>Plan visit</source>
      <translation>Besuch planen</translation>
    </message>
  </context>
  <context>
    <name>VisitsModel</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="40" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="40" />
      <source>Purpose</source>
      <translation>Anlass</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="40" />
      <source>Attending</source>
      <translation>Teilnehmer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="40" />
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
  </context>
  <context>
    <name>VisitsPage</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="99" />
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="169" />
      <source>Remove visit</source>
      <translation>Besuch entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="104" />
      <source>&amp;Write report…</source>
      <translation>Bericht &amp;schreiben …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="106" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="112" />
      <source>Plan a visit with “Prepare visit” (Ctrl+B).</source>
      <translation>Einen Besuch planen Sie mit „Besuch vorbereiten“ (Strg+B).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="116" />
      <source>No visits yet. “Prepare visit” (Ctrl+B) plans one and writes its briefing; afterwards its report goes here.</source>
      <translation>Noch keine Besuche. „Besuch vorbereiten“ (Strg+B) plant einen und erstellt die Vorbereitung; danach kommt hier der Bericht hinein.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="156" />
      <source>Write visit report</source>
      <translation>Besuchsbericht schreiben</translation>
    </message>
  </context>
  <context>
    <name>WhiteSpaceModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="246" />
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="246" />
      <source>Offering</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="246" />
      <source>Potential</source>
      <translation>Potenzial</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="18" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="21" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="26" />
      <source>&amp;Find…</source>
      <translation>&amp;Suchen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="31" />
      <source>&amp;Home</source>
      <translation>&amp;Übersicht</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="32" />
      <source>&amp;Accounts</source>
      <translation>&amp;Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="33" />
      <source>&amp;Reminders</source>
      <translation>&amp;Wiedervorlage</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="34" />
      <source>&amp;Portfolio</source>
      <translation>&amp;Portfolio</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="39" />
      <source>&amp;Getting started</source>
      <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="42" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="47" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
  </context>
  <context>
    <name>Workbench</name>
    <message>
      <location filename="../../kamdesk/ui/shell/workbench.py" line="49" />
      <source>Home</source>
      <translation>Übersicht</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/workbench.py" line="50" />
      <source>Accounts</source>
      <translation>Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/workbench.py" line="52" />
      <source>Portfolio</source>
      <translation>Portfolio</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/workbench.py" line="105" />
      <source>Reminders ({count})</source>
      <translation>Wiedervorlage ({count})</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/workbench.py" line="107" />
      <source>Reminders</source>
      <translation>Wiedervorlage</translation>
    </message>
  </context>
  <context>
    <name>briefing</name>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="64" />
      <source>Notes from the visit</source>
      <translation>Notizen zum Besuch</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="67" />
      <source>Visit on {date}</source>
      <translation>Besuch am {date}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="71" />
      <source>Visit briefing: {account}</source>
      <translation>Besuchsvorbereitung: {account}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="80" />
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="82" />
      <location filename="../../kamdesk/documents/briefing.py" line="189" />
      <location filename="../../kamdesk/documents/briefing.py" line="210" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="85" />
      <source>Review date</source>
      <translation>Überprüfungstermin</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="86" />
      <source>Lifecycle phase</source>
      <translation>Lebenszyklusphase</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="87" />
      <source>Coverage of the buying centre</source>
      <translation>Abdeckung des Buying Centers</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="88" />
      <source>Score</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="91" />
      <source>From our side</source>
      <translation>Von unserer Seite</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="92" />
      <source>Where the account stands</source>
      <translation>Wo der Kunde steht</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="106" />
      <source>Revenue</source>
      <translation>Umsatz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="108" />
      <source>Contribution margin (DB II)</source>
      <translation>Deckungsbeitrag (DB II)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="112" />
      <location filename="../../kamdesk/documents/briefing.py" line="221" />
      <source>Potential</source>
      <translation>Potenzial</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="113" />
      <source>Satisfaction (1–5)</source>
      <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="115" />
      <source>Trend</source>
      <translation>Trend</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="117" />
      <source>Key figures</source>
      <translation>Kennzahlen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="129" />
      <source>The people in the room</source>
      <translation>Die Gesprächspartner</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="135" />
      <source>nobody</source>
      <translation>niemand</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="137" />
      <source>nobody of ours on their level</source>
      <translation>niemand von uns auf ihrer Ebene</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="138" />
      <source>never</source>
      <translation>nie</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="140" />
      <source>due again</source>
      <translation>wieder fällig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="142" />
      <source>Contact</source>
      <translation>Ansprechpartner</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="144" />
      <source>Unit and function</source>
      <translation>Bereich und Funktion</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="147" />
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="149" />
      <source>Role and attitude</source>
      <translation>Rolle und Haltung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="153" />
      <source>Relationship quality</source>
      <translation>Beziehungsqualität</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="156" />
      <source>Last contact</source>
      <translation>Letzter Kontakt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="157" />
      <source>Looked after by</source>
      <translation>Betreut von</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="163" />
      <source>Learned in the jour fixe</source>
      <translation>Aus dem Jour fixe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="168" />
      <source>The map is in the PDF and HTML versions of this briefing.</source>
      <translation>Die Landkarte steht in der PDF- und HTML-Fassung dieser Besuchsvorbereitung.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="171" />
      <source>Stakeholder map</source>
      <translation>Beziehungslandkarte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="186" />
      <source>Open action</source>
      <translation>Offene Maßnahme</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="187" />
      <source>Owner</source>
      <translation>Betreuer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="188" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="205" />
      <source>Open complaint</source>
      <translation>Offene Beschwerde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="206" />
      <source>Received</source>
      <translation>Eingegangen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="207" />
      <source>Days open</source>
      <translation>Tage offen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="208" />
      <source>Severity</source>
      <translation>Schwere</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="211" />
      <source>What is open</source>
      <translation>Was offen ist</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="219" />
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="220" />
      <source>Offering</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="223" />
      <source>White space</source>
      <translation>Weiße Flecken</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="234" />
      <source>fulfilled</source>
      <translation>erfüllt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="234" />
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="239" />
      <source>Counter-performance</source>
      <translation>Gegenleistung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="240" />
      <source>Details</source>
      <translation>Einzelheiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="241" />
      <source>Agreed on</source>
      <translation>Vereinbart am</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="242" />
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="245" />
      <source>What the customer agreed to give</source>
      <translation>Vereinbarte Gegenleistungen des Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="253" />
      <source>Talking points</source>
      <translation>Gesprächspunkte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="260" />
      <source>Address the complaint “{topic}” (open for {days} days).</source>
      <translation>Die Beschwerde „{topic}“ ansprechen (seit {days} Tagen offen).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="265" />
      <source>Warning: {signal}.</source>
      <translation>Warnung: {signal}.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="269" />
      <source>{name} was last met {days} days ago: renew the contact.</source>
      <translation>{name} zuletzt vor {days} Tagen getroffen: Kontakt auffrischen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="273" />
      <source>The key-account status is reviewed in {days} days.</source>
      <translation>Der Key-Account-Status wird in {days} Tagen überprüft.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="277" />
      <source>Offer {what} (potential {amount}).</source>
      <translation>{what} anbieten (Potenzial {amount}).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="287" />
      <source>Jour fixe</source>
      <translation>Jour fixe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="293" />
      <source>Latest activities and jour-fixe notes</source>
      <translation>Letzte Aktivitäten und Jour-fixe-Notizen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="302" />
      <source>No customer contacts chosen for the visit.</source>
      <translation>Keine Gesprächspartner des Kunden für den Besuch gewählt.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="304" />
      <source>No key figures on record.</source>
      <translation>Keine Kennzahlen erfasst.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="306" />
      <source>No white space in the penetration plan.</source>
      <translation>Kein White Space im Durchdringungsplan.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="308" />
      <source>No open actions in the annual plan.</source>
      <translation>Keine offenen Maßnahmen im Jahresplan.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="310" />
      <source>Not yet on record</source>
      <translation>Noch nicht erfasst</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="316" />
      <source>Visit briefing · {account} · {date}</source>
      <translation>Besuchsvorbereitung · {account} · {date}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="322" />
      <source>Page {page} of {pages}</source>
      <translation>Seite {page} von {pages}</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="38" />
      <source>--accounts takes a number from 1 to 50000.</source>
      <translation>--accounts erwartet eine Zahl von 1 bis 50000.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="49" />
      <source>The store was backed up to {path}.</source>
      <translation>Der Datenbestand wurde in {path} gesichert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="56" />
      <source>The store is now the backup {backup}; it was backed up first to {before}.</source>
      <translation>Der Datenbestand ist jetzt die Sicherung {backup}; der bisherige Stand wurde vorher in {before} gesichert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="77" />
      <source>The store {path} is healthy (schema {revision}).</source>
      <translation>Der Datenbestand {path} ist in Ordnung (Schema {revision}).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="86" />
      <source>The store {path} has schema {revision}; this kamdesk expects {head}.</source>
      <translation>Der Datenbestand {path} hat Schema {revision}; dieses kamdesk erwartet {head}.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="35" />
      <source>No key-account status is due for review.</source>
      <translation>Kein Key-Account-Status ist zur Überprüfung fällig.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="39" />
      <source>Review due</source>
      <translation>Überprüfung fällig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="47" />
      <location filename="../../kamdesk/cli/status_commands.py" line="40" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="48" />
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="49" />
      <source>Potential</source>
      <translation>Potenzial</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="74" />
      <source>the medians</source>
      <translation>die Mediane</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="76" />
      <source>chosen</source>
      <translation>gewählt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="78" />
      <source>{basis} {year}: value from {value}, potential from {potential} ({how})</source>
      <translation>{basis} {year}: Wert ab {value}, Potenzial ab {potential} ({how})</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="41" />
      <source>After review</source>
      <translation>Nach Überprüfung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="42" />
      <source>Score</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="68" />
      <source>drops to {level}</source>
      <translation>fällt auf {level}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="71" />
      <source>still qualifies: to confirm</source>
      <translation>qualifiziert sich weiter: zu bestätigen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/scorecard_command.py" line="29" />
      <source>The file must end in .pdf or .html.</source>
      <translation>Die Datei muss auf .pdf oder .html enden.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/plan_commands.py" line="34" />
      <source>The file must end in .xlsx.</source>
      <translation>Die Datei muss auf .xlsx enden.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/plan_commands.py" line="47" />
      <source>Imported {units} units and {cells} filled cells into {account}.</source>
      <translation>{units} Einheiten und {cells} gefüllte Zellen in {account} importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="107" />
      <source>Row</source>
      <translation>Zeile</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="109" />
      <location filename="../../kamdesk/cli/contact_commands.py" line="88" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="110" />
      <source>Details</source>
      <translation>Einzelheiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="115" />
      <source>{new} new, {updated} updated, {refused} refused.</source>
      <translation>{new} neu, {updated} aktualisiert, {refused} abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="120" />
      <source>Nothing was written (a dry run); add --yes to import.</source>
      <translation>Nichts wurde geschrieben (Probelauf); mit --yes wird importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="122" />
      <source>Refused rows were not imported.</source>
      <translation>Abgelehnte Zeilen wurden nicht importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="89" />
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="90" />
      <source>Function</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="91" />
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="92" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="93" />
      <source>Last contact</source>
      <translation>Letzter Kontakt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="94" />
      <source>Counterparts</source>
      <translation>Betreuer bei uns</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="139" />
      <source>no important contacts</source>
      <translation>keine wichtigen Kontakte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="143" />
      <source>Coverage: {coverage}</source>
      <translation>Abdeckung: {coverage}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="175" />
      <source>Imported {imported}, skipped {skipped} duplicates, refused {refused}.</source>
      <translation>{imported} importiert, {skipped} Duplikate übersprungen, {refused} abgelehnt.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="179" />
      <source>Would import {imported}, skip {skipped} duplicates, refuse {refused}. Nothing was written; add --yes to import.</source>
      <translation>Würde {imported} importieren, {skipped} Duplikate überspringen, {refused} ablehnen. Nichts wurde geschrieben; mit --yes importieren.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/reminder_commands.py" line="75" />
      <source>Nothing is due.</source>
      <translation>Nichts ist fällig.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/reminder_commands.py" line="77" />
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/reminder_commands.py" line="77" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="45" />
      <location filename="../../kamdesk/cli/reminder_commands.py" line="77" />
      <location filename="../../kamdesk/cli/sync_commands.py" line="154" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="108" />
      <location filename="../../kamdesk/cli/reminder_commands.py" line="78" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/briefing_command.py" line="38" />
      <source>The file must end in .pdf, .html or .md.</source>
      <translation>Die Datei muss auf .pdf, .html oder .md enden.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="94" />
      <source>Give the new passphrase in {variable}, or run this at a terminal.</source>
      <translation>Geben Sie das neue Passwort in {variable} an oder rufen Sie den Befehl in einem Terminal auf.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="102" />
      <source>The shared file is encrypted with the new passphrase.</source>
      <translation>Die gemeinsame Datei ist mit dem neuen Passwort verschlüsselt.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="109" />
      <source>The shared file is no longer encrypted.</source>
      <translation>Die gemeinsame Datei ist nicht mehr verschlüsselt.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="121" />
      <source>Team passphrase: </source>
      <translation>Team-Passwort: </translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="130" />
      <source>New team passphrase: </source>
      <translation>Neues Team-Passwort: </translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="131" />
      <source>The same again: </source>
      <translation>Noch einmal dasselbe: </translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="133" />
      <source>The two did not match; please type them again.</source>
      <translation>Die beiden stimmen nicht überein; bitte noch einmal eingeben.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="138" />
      <source>Synced: {out} out, {came} in, {conflicts} conflict(s).</source>
      <translation>Synchronisiert: {out} hinaus, {came} herein, {conflicts} Konflikt(e).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="150" />
      <source>No conflicts.</source>
      <translation>Keine Konflikte.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="153" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="46" />
      <location filename="../../kamdesk/cli/sync_commands.py" line="155" />
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="156" />
      <source>Mine</source>
      <translation>Bei mir</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="157" />
      <source>Theirs</source>
      <translation>Aus dem Team</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="172" />
      <source>Conflict resolved.</source>
      <translation>Konflikt gelöst.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/export_commands.py" line="42" />
      <source>Accounts</source>
      <translation>Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/export_commands.py" line="60" />
      <source>Wrote {count} to {path}.</source>
      <translation>{count} in {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/server_commands.py" line="71" />
      <source>The team server {server} is ready: team {team}, {writes}.</source>
      <translation>Der Team-Server {server} ist bereit: Team {team}, {writes}.</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="17" />
      <source>Street</source>
      <translation>Straße</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="18" />
      <source>Postcode</source>
      <translation>PLZ</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="19" />
      <source>City</source>
      <translation>Ort</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="20" />
      <source>Contact person</source>
      <translation>Ansprechpartner</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="21" />
      <source>Contact's e-mail</source>
      <translation>E-Mail des Ansprechpartners</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="22" />
      <source>Contact's phone</source>
      <translation>Telefon des Ansprechpartners</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="28" />
      <source>(not imported)</source>
      <translation>(nicht importiert)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="35" />
      <source>Salesforce export</source>
      <translation>Salesforce-Export</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="36" />
      <source>HubSpot companies export</source>
      <translation>HubSpot-Unternehmensexport</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="37" />
      <source>Dynamics 365 accounts export</source>
      <translation>Dynamics-365-Firmenexport</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="38" />
      <source>German account list</source>
      <translation>Deutsche Kundenliste</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="39" />
      <source>Account list</source>
      <translation>Kundenliste</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="40" />
      <source>Account list with your column mapping</source>
      <translation>Kundenliste mit Ihrer Spaltenzuordnung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="46" />
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="47" />
      <source>Update</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="48" />
      <source>Unchanged</source>
      <translation>Unverändert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="49" />
      <source>Refused</source>
      <translation>Abgelehnt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="56" />
      <source>the name is empty</source>
      <translation>der Name fehlt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="57" />
      <source>the text is too long</source>
      <translation>der Text ist zu lang</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="58" />
      <source>“{detail}” is no amount</source>
      <translation>„{detail}“ ist kein Betrag</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="59" />
      <source>“{detail}” is not a valid value here</source>
      <translation>„{detail}“ ist hier kein gültiger Wert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="60" />
      <source>the same account as row {detail}</source>
      <translation>derselbe Kunde wie Zeile {detail}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="61" />
      <source>an account of this name exists in {detail}; rename one of them</source>
      <translation>ein Kunde dieses Namens existiert in {detail}; benennen Sie einen um</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="66" />
      <source>Column “{column}”: {reason}</source>
      <translation>Spalte „{column}“: {reason}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="78" />
      <source>Changes: {fields}</source>
      <translation>Ändert: {fields}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="95" />
      <source>The file cannot be read ({detail}). Nothing was imported.</source>
      <translation>Die Datei kann nicht gelesen werden ({detail}). Nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="98" />
      <source>The file is larger than any account list kamdesk imports (64 MB, 100,000 rows, 300 columns). Nothing was imported.</source>
      <translation>Die Datei ist größer als jede Kundenliste, die kamdesk importiert (64 MB, 100.000 Zeilen, 300 Spalten). Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="103" />
      <source>The file is neither a CSV file nor an Excel workbook (.xlsx) that can be read. Nothing was imported.</source>
      <translation>Die Datei ist weder eine CSV-Datei noch eine lesbare Excel-Arbeitsmappe (.xlsx). Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="108" />
      <source>kamdesk reads Excel workbooks (.xlsx) and CSV files. Save the file as .xlsx in Excel or LibreOffice and import that.</source>
      <translation>kamdesk liest Excel-Arbeitsmappen (.xlsx) und CSV-Dateien. Speichern Sie die Datei in Excel oder LibreOffice als .xlsx und importieren Sie diese.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="113" />
      <source>The file holds no accounts below its header row. Nothing was imported.</source>
      <translation>Die Datei enthält unter der Kopfzeile keine Kunden. Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="116" />
      <source>Row {detail} breaks the CSV format (a quote left open, a field beyond 100,000 characters or a control character). Nothing was imported.</source>
      <translation>Zeile {detail} verletzt das CSV-Format (ein offenes Anführungszeichen, ein Feld über 100.000 Zeichen oder ein Steuerzeichen). Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="121" />
      <source>No column of the file says the account's name. Say what the columns mean (a mapping), then import again.</source>
      <translation>Keine Spalte der Datei nennt den Namen des Kunden. Legen Sie fest, was die Spalten bedeuten (eine Zuordnung), und importieren Sie erneut.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="126" />
      <source>The workbook has no sheet “{detail}”. Nothing was imported.</source>
      <translation>Die Arbeitsmappe hat kein Blatt „{detail}“. Es wurde nichts importiert.</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="19" />
      <source>C customer</source>
      <translation>C-Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="20" />
      <source>B customer</source>
      <translation>B-Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="21" />
      <source>A customer</source>
      <translation>A-Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="22" />
      <source>Large customer</source>
      <translation>Großkunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="23" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="24" />
      <source>Key Account</source>
      <translation>Key Account</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="25" />
      <source>Strategic Key Account</source>
      <translation>Strategic Key Account</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="26" />
      <source>Corporate Key Account</source>
      <translation>Corporate Key Account</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="32" />
      <source>National</source>
      <translation>National</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="33" />
      <source>Regional</source>
      <translation>Regional</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="34" />
      <source>Global</source>
      <translation>Global</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="40" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="41" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="42" />
      <source>C</source>
      <translation>C</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="48" />
      <source>Executive board / managing director</source>
      <translation>Geschäftsführung / Vorstand</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="49" />
      <source>Division head</source>
      <translation>Bereichsleitung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="50" />
      <source>Department head</source>
      <translation>Abteilungsleitung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="51" />
      <source>Team lead</source>
      <translation>Teamleitung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="52" />
      <source>Specialist / clerk</source>
      <translation>Fachkraft / Sachbearbeitung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="53" />
      <source>Assistant / secretariat</source>
      <translation>Assistenz / Sekretariat</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="59" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="60" />
      <source>Industry</source>
      <translation>Branche</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="61" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="62" />
      <source>Address</source>
      <translation>Anschrift</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="63" />
      <source>Customer number</source>
      <translation>Kundennummer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="64" />
      <source>VAT ID</source>
      <translation>USt-IdNr.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="65" />
      <source>Segment</source>
      <translation>Segment</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="66" />
      <location filename="../../kamdesk/i18n/labels.py" line="98" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="67" />
      <source>Scope</source>
      <translation>Reichweite</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="68" />
      <source>Owner</source>
      <translation>Betreuer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="69" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="70" />
      <source>Private notes</source>
      <translation>Private Notizen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="71" />
      <location filename="../../kamdesk/i18n/labels.py" line="72" />
      <source>Group</source>
      <translation>Gruppe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="73" />
      <source>Portfolio</source>
      <translation>Portfolio</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="74" />
      <location filename="../../kamdesk/i18n/labels.py" line="174" />
      <source>Revenue</source>
      <translation>Umsatz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="75" />
      <source>Score</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="76" />
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="79" />
      <location filename="../../kamdesk/i18n/labels.py" line="176" />
      <source>Share of wallet (%)</source>
      <translation>Lieferanteil (%)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="80" />
      <source>Satisfaction (1–5)</source>
      <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="81" />
      <source>Amount</source>
      <translation>Betrag</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="82" />
      <source>Competitor</source>
      <translation>Wettbewerber</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="83" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="84" />
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="85" />
      <source>Function</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="86" />
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="87" />
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="88" />
      <source>Relationship quality (1–5)</source>
      <translation>Beziehungsqualität (1–5)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="89" />
      <source>Contact interval (days)</source>
      <translation>Kontaktintervall (Tage)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="90" />
      <source>Interval (weeks)</source>
      <translation>Intervall (Wochen)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="91" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="92" />
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="93" />
      <source>Topic</source>
      <translation>Thema</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="94" />
      <source>Severity</source>
      <translation>Schwere</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="95" />
      <source>Received</source>
      <translation>Eingegangen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="96" />
      <source>Resolved</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="97" />
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="99" />
      <source>Open complaints at once</source>
      <translation>Offene Beschwerden gleichzeitig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="100" />
      <source>Complaint open longer than (days)</source>
      <translation>Beschwerde offen länger als (Tage)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="101" />
      <source>Satisfaction drop (points)</source>
      <translation>Rückgang der Zufriedenheit (Punkte)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="102" />
      <source>Revenue drop (%)</source>
      <translation>Umsatzrückgang (%)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="103" />
      <source>No contact for (days)</source>
      <translation>Kein Kontakt seit (Tagen)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="112" />
      <source>Lighthouse / reference customer</source>
      <translation>Leuchtturm-/Referenzkunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="113" />
      <source>Opinion leader in its industry</source>
      <translation>Meinungsführer der Branche</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="114" />
      <source>Complex relationship</source>
      <translation>Komplexe Geschäftsbeziehung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="115" />
      <source>Number of countries</source>
      <translation>Anzahl Länder</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="116" />
      <source>Number of sites</source>
      <translation>Anzahl Standorte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="117" />
      <source>Revenue (average of the last three years)</source>
      <translation>Umsatz (Durchschnitt der letzten drei Jahre)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="177" />
      <source>Strategic goal</source>
      <translation>Strategisches Ziel</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="183" />
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="184" />
      <source>In progress</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="185" />
      <location filename="../../kamdesk/i18n/labels.py" line="205" />
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="186" />
      <source>Cancelled</source>
      <translation>Abgebrochen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="192" />
      <source>Logistics</source>
      <translation>Logistik</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="193" />
      <source>IT</source>
      <translation>IT</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="194" />
      <source>Research and development</source>
      <translation>Forschung und Entwicklung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="195" />
      <source>Administration</source>
      <translation>Verwaltung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="196" />
      <source>Production</source>
      <translation>Produktion</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="202" />
      <source>Idea</source>
      <translation>Idee</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="203" />
      <source>Planned</source>
      <translation>Geplant</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="204" />
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="206" />
      <source>Dropped</source>
      <translation>Verworfen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="213" />
      <source>the disk is full</source>
      <translation>das Laufwerk ist voll</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="214" />
      <source>you have no permission there</source>
      <translation>Sie haben dort keine Berechtigung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="215" />
      <source>the drive is read-only</source>
      <translation>das Laufwerk ist schreibgeschützt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="216" />
      <source>a folder stands where the file should be</source>
      <translation>an ihrer Stelle steht ein Ordner</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="217" />
      <source>the disk or the network failed</source>
      <translation>das Laufwerk oder das Netzwerk hat versagt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="219" />
      <source>the system refused it</source>
      <translation>das System hat es verweigert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="224" />
      <source>Before an upgrade of kamdesk</source>
      <translation>Vor einem Update von kamdesk</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="225" />
      <source>Daily</source>
      <translation>Täglich</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="226" />
      <source>Made by you</source>
      <translation>Von Ihnen angelegt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="227" />
      <source>Before a restore</source>
      <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="78" />
      <location filename="../../kamdesk/i18n/labels.py" line="118" />
      <source>Potential</source>
      <translation>Potenzial</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="77" />
      <location filename="../../kamdesk/i18n/labels.py" line="119" />
      <location filename="../../kamdesk/i18n/labels.py" line="175" />
      <source>Contribution margin</source>
      <translation>Deckungsbeitrag</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="125" />
      <source>Dedicated contact person</source>
      <translation>Fester Ansprechpartner</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="126" />
      <source>Answer within 24 hours</source>
      <translation>Antwort innerhalb von 24 Stunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="127" />
      <source>Answer within 4 hours</source>
      <translation>Antwort innerhalb von 4 Stunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="128" />
      <source>Joint annual planning workshop</source>
      <translation>Gemeinsamer Jahresplanungsworkshop</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="129" />
      <source>Executive sponsor on our board</source>
      <translation>Sponsor aus unserer Geschäftsleitung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="136" />
      <source>Automatic review: points below the level</source>
      <translation>Automatische Überprüfung: Punkte unter der Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="137" />
      <source>Review confirmed</source>
      <translation>Überprüfung bestätigt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="138" />
      <source>Selection funnel</source>
      <translation>Auswahltrichter</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="139" />
      <source>Change undone</source>
      <translation>Änderung rückgängig gemacht</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="146" />
      <source>Access to further countries</source>
      <translation>Zugang zu weiteren Ländern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="147" />
      <source>Access to further sites</source>
      <translation>Zugang zu weiteren Standorten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="148" />
      <source>Access to further contacts</source>
      <translation>Zugang zu weiteren Ansprechpartnern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="149" />
      <source>Commitment to a joint strategy</source>
      <translation>Bekenntnis zu einer gemeinsamen Strategie</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="150" />
      <source>Joint marketing projects</source>
      <translation>Gemeinsame Marketingprojekte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="151" />
      <source>Joint development workshops</source>
      <translation>Gemeinsame Entwicklungsworkshops</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="154" />
      <source>Something else</source>
      <translation>Etwas anderes</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="161" />
      <source>Key-account care agreed</source>
      <translation>Key-Account-Betreuung vereinbart</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="162" />
      <source>Declined by the customer: Großkunde</source>
      <translation>Vom Kunden abgelehnt: Großkunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="163" />
      <source>Not qualified: too few strategic points (gate 1)</source>
      <translation>Nicht qualifiziert: zu wenige strategische Punkte (Stufe 1)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="166" />
      <source>Not qualified: hard figures below the minimum (gate 2)</source>
      <translation>Nicht qualifiziert: harte Zahlen unter dem Minimum (Stufe 2)</translation>
    </message>
  </context>
  <context>
    <name>lifecycle</name>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="19" />
      <source>Acquisition</source>
      <translation>Anbahnung/Akquise</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="20" />
      <source>Penetration and retention</source>
      <translation>Durchdringung/Bindung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="21" />
      <source>Endangered</source>
      <translation>Gefährdung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="22" />
      <source>Securing and recovery</source>
      <translation>Sicherung/Rückgewinnung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="23" />
      <source>Dissolution</source>
      <translation>Auflösung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="24" />
      <source>Revitalisation</source>
      <translation>Revitalisierung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="30" />
      <source>Low</source>
      <translation>Gering</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="31" />
      <source>Medium</source>
      <translation>Mittel</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="32" />
      <source>High</source>
      <translation>Hoch</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="33" />
      <source>Critical</source>
      <translation>Kritisch</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="39" />
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="40" />
      <source>In progress</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="41" />
      <source>Resolved</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="47" />
      <source>Ask existing customers for a referral</source>
      <translation>Bestehende Kunden um eine Empfehlung bitten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="48" />
      <source>Look at our offer from the customer's side</source>
      <translation>Unser Angebot aus Sicht des Kunden prüfen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="49" />
      <source>Win a first, small order to prove ourselves</source>
      <translation>Einen ersten kleinen Auftrag gewinnen und uns beweisen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="50" />
      <source>Offer further product lines (cross-selling)</source>
      <translation>Weitere Produktlinien anbieten (Cross-Selling)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="51" />
      <source>Check that every promise made was kept</source>
      <translation>Prüfen, ob jedes Versprechen gehalten wurde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="52" />
      <source>Keep up constant communication</source>
      <translation>Ständig im Gespräch bleiben</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="53" />
      <source>Arrange a meeting at management level</source>
      <translation>Ein Gespräch auf Geschäftsleitungsebene vereinbaren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="54" />
      <source>Clear all open complaints</source>
      <translation>Alle offenen Beschwerden klären</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="55" />
      <source>Find out what the competition offers</source>
      <translation>Herausfinden, was der Wettbewerb anbietet</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="56" />
      <source>Find out why the customer wants to leave</source>
      <translation>Herausfinden, warum der Kunde gehen will</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="57" />
      <source>React to every complaint within a day</source>
      <translation>Auf jede Beschwerde binnen eines Tages reagieren</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="58" />
      <source>Make a targeted offer</source>
      <translation>Ein gezieltes Angebot machen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="59" />
      <source>Wind down open orders in an orderly way</source>
      <translation>Offene Aufträge geordnet abwickeln</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="60" />
      <source>Write down what we learned</source>
      <translation>Festhalten, was wir gelernt haben</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="61" />
      <source>Find out what has changed at the customer</source>
      <translation>Herausfinden, was sich beim Kunden geändert hat</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="62" />
      <source>Make an offer for a new start</source>
      <translation>Ein Angebot für einen Neuanfang machen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="74" />
      <source>{value} open complaints (warning from {threshold})</source>
      <translation>{value} offene Beschwerden (Warnung ab {threshold})</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="77" />
      <source>A complaint has been open for {value} days (warning from {threshold})</source>
      <translation>Eine Beschwerde ist seit {value} Tagen offen (Warnung ab {threshold})</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="80" />
      <source>Satisfaction fell by {value} points (warning from {threshold})</source>
      <translation>Zufriedenheit um {value} Punkte gesunken (Warnung ab {threshold})</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="83" />
      <source>Revenue fell by {value} % (warning from {threshold} %)</source>
      <translation>Umsatz um {value} % gesunken (Warnung ab {threshold} %)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="86" />
      <source>No contact with a decision maker, influencer or purchaser for {value} days (warning from {threshold})</source>
      <translation>Seit {value} Tagen kein Kontakt zu Entscheider, Beeinflusser oder Einkäufer (Warnung ab {threshold})</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="91" />
      <source>The customer is talking to competitors</source>
      <translation>Der Kunde spricht mit Wettbewerbern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="100" />
      <source>Overdue</source>
      <translation>Überfällig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="101" />
      <source>This week</source>
      <translation>Diese Woche</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="102" />
      <source>Later</source>
      <translation>Später</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="108" />
      <source>Status review</source>
      <translation>Statusüberprüfung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="109" />
      <source>Complaint open too long</source>
      <translation>Beschwerde zu lange offen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="110" />
      <source>Action</source>
      <translation>Maßnahme</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="111" />
      <source>Jour fixe</source>
      <translation>Jour fixe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="112" />
      <source>Visit</source>
      <translation>Besuch</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="113" />
      <source>Contact due</source>
      <translation>Kontakt fällig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="125" />
      <source>{what} – {account}</source>
      <translation>{what} – {account}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/calendar.py" line="25" />
      <source>Account: {account}
Due on {date}</source>
      <translation>Kunde: {account}
Fällig am {date}</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="56" />
      <source>{field} must not be empty.</source>
      <translation>{field} darf nicht leer sein.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="58" />
      <source>{field} is longer than {limit} characters.</source>
      <translation>{field} ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="62" />
      <source>There is no field called “{field}”.</source>
      <translation>Es gibt kein Feld „{field}“.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="66" />
      <source>A change of {field} needs a reason for the history.</source>
      <translation>Eine Änderung von {field} braucht einen Grund für den Verlauf.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="70" />
      <source>{field} has a value that is not allowed.</source>
      <translation>{field} hat einen unzulässigen Wert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="74" />
      <source>Groups have one level: a group account cannot belong to a group, and a member of a group cannot have members of its own.</source>
      <translation>Gruppen haben eine Ebene: Ein Gruppenkunde kann keiner Gruppe angehören, und ein Mitglied einer Gruppe kann keine eigenen Mitglieder haben.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="84" />
      <source>The store {path} was written by a newer version of kamdesk (schema {revision}). It was left untouched; please update kamdesk.</source>
      <translation>Der Datenbestand {path} stammt von einer neueren kamdesk-Version (Schema {revision}). Er wurde nicht verändert; bitte aktualisieren Sie kamdesk.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="90" />
      <source>The file {path} is damaged or is no kamdesk store; it was left as it is.</source>
      <translation>Die Datei {path} ist beschädigt oder kein kamdesk-Datenbestand; sie blieb, wie sie ist.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="94" />
      <source>There is no kamdesk store at {path}.</source>
      <translation>Unter {path} gibt es keinen kamdesk-Datenbestand.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="97" />
      <source>The store {path} could not be opened.</source>
      <translation>Der Datenbestand {path} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="102" />
      <source>The store {path} is busy: another program (a second kamdesk, a backup) is writing to it. Nothing was changed; please try again in a moment.</source>
      <translation>Der Datenbestand {path} ist gerade belegt: Ein anderes Programm (ein zweites kamdesk, eine Sicherung) schreibt hinein. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="107" />
      <source>The store {path} is read-only here. Nothing was changed.</source>
      <translation>Der Datenbestand {path} ist hier schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="110" />
      <source>The disk holding the store {path} is full. Nothing was changed; free some space and try again.</source>
      <translation>Das Laufwerk des Datenbestands {path} ist voll. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="115" />
      <source>The store {path} cannot be opened: the folder is missing or not accessible.</source>
      <translation>Der Datenbestand {path} lässt sich nicht öffnen: Der Ordner fehlt oder ist nicht zugänglich.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="119" />
      <source>The disk failed to read or write the store {path}. Nothing was changed.</source>
      <translation>Das Laufwerk konnte den Datenbestand {path} nicht lesen oder schreiben. Es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="129" />
      <source>Two criteria have the same key.</source>
      <translation>Zwei Kriterien haben denselben Schlüssel.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="130" />
      <source>The bands must start ever higher and give ever more points.</source>
      <translation>Die Staffeln müssen immer höher beginnen und immer mehr Punkte geben.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="133" />
      <source>Bands are written as “from: points; from: points”, e.g. “2: 5; 5: 10”.</source>
      <translation>Staffeln schreibt man „ab: Punkte; ab: Punkte“, z. B. „2: 5; 5: 10“.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="136" />
      <source>Only key-figure criteria name a key figure.</source>
      <translation>Nur Kennzahl-Kriterien nennen eine Kennzahl.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="137" />
      <source>Every key-account level needs a rule.</source>
      <translation>Jede Key-Account-Stufe braucht eine Regel.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="138" />
      <source>Each level must need more points than the level below it.</source>
      <translation>Jede Stufe muss mehr Punkte verlangen als die Stufe darunter.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="141" />
      <source>A status is reviewed after 1 to 24 months, never later.</source>
      <translation>Ein Status wird nach 1 bis 24 Monaten überprüft, nie später.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="144" />
      <source>The catalogue cannot be read.</source>
      <translation>Der Kriterienkatalog ist nicht lesbar.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="149" />
      <source>“{text}” is not an amount.</source>
      <translation>„{text}“ ist kein Betrag.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="153" />
      <source>“{text}” can mean {whole} or {head}{point}{tail}. Type {whole} for the first, {head}{point}{tail}0 for the second.</source>
      <translation>„{text}“ kann {whole} oder {head}{point}{tail} bedeuten. Tippen Sie {whole} für das eine, {head}{point}{tail}0 für das andere.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="161" />
      <source>“{text}” says no state. Type an amount (our revenue), or “Ours”, “Competitor”, “Potential” or “Not relevant”, followed by an amount or a name.</source>
      <translation>„{text}“ nennt keinen Zustand. Tippen Sie einen Betrag (unser Umsatz) oder „Wir“, „Wettbewerb“, „Potenzial“ oder „Nicht relevant“, gefolgt von einem Betrag oder einem Namen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="167" />
      <source>Cell {cell}: {problem}</source>
      <translation>Zelle {cell}: {problem}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="175" />
      <source>{path} is not an Excel workbook (.xlsx) that can be read. Nothing was imported.</source>
      <translation>{path} ist keine lesbare Excel-Arbeitsmappe (.xlsx). Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="179" />
      <source>kamdesk reads Excel workbooks (.xlsx). Open {path} in Excel or LibreOffice, save it as an Excel workbook (.xlsx), and import that file. Nothing was imported.</source>
      <translation>kamdesk liest Excel-Arbeitsmappen (.xlsx). Öffnen Sie {path} in Excel oder LibreOffice, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und importieren Sie diese Datei. Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="184" />
      <source>{path} holds more than a penetration plan can (at most {rows} rows and {columns} columns). Nothing was imported.</source>
      <translation>{path} enthält mehr, als ein Durchdringungsplan fassen kann (höchstens {rows} Zeilen und {columns} Spalten). Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="197" />
      <source>The sheet is empty; units belong in column A, offerings in row 1.</source>
      <translation>Das Blatt ist leer; Einheiten gehören in Spalte A, Angebote in Zeile 1.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="200" />
      <source>a name is missing or longer than 120 characters.</source>
      <translation>Ein Name fehlt oder ist länger als 120 Zeichen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="203" />
      <source>the offering “{text}” appears twice.</source>
      <translation>Das Angebot „{text}“ kommt zweimal vor.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="206" />
      <source>the level “{text}” must be a whole number from 1 to one more than the unit above.</source>
      <translation>Die Ebene „{text}“ muss eine ganze Zahl von 1 bis eins mehr als die der Einheit darüber sein.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="210" />
      <source>“{text}” is no kind of unit (site, country, division, department).</source>
      <translation>„{text}“ ist keine Art von Einheit (Standort, Land, Bereich, Abteilung).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="213" />
      <source>the amount {text} is negative.</source>
      <translation>Der Betrag {text} ist negativ.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="215" />
      <source>Cell {cell}: {problem} Nothing was imported.</source>
      <translation>Zelle {cell}: {problem} Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="222" />
      <source>The file holds neither vCards nor a contact list exported from Outlook or Google Contacts. Nothing was imported.</source>
      <translation>Die Datei enthält weder vCards noch eine aus Outlook oder Google Kontakte exportierte Kontaktliste. Nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="227" />
      <source>The file holds no contacts. Nothing was imported.</source>
      <translation>Die Datei enthält keine Kontakte. Nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="230" />
      <source>The file cannot be read ({detail}). Nothing was imported.</source>
      <translation>Die Datei kann nicht gelesen werden ({detail}). Nichts wurde importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="233" />
      <source>The file is larger than 64 MB, more than any address book holds. Nothing was imported.</source>
      <translation>Die Datei ist größer als 64 MB, mehr als jedes Adressbuch enthält. Es wurde nichts importiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="242" />
      <source>kamdesk is already open with the store {path}; its window was brought to the front.</source>
      <translation>kamdesk ist mit dem Datenbestand {path} bereits geöffnet; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="250" />
      <source>kamdesk ran into an unexpected problem; nothing more was changed. The log file {path} says where it happened.</source>
      <translation>In kamdesk ist ein unerwartetes Problem aufgetreten; es wurde nichts weiter geändert. Die Protokolldatei {path} sagt, wo es geschah.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="261" />
      <source>An account named “{name}” already exists.</source>
      <translation>Ein Kunde namens „{name}“ existiert bereits.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="265" />
      <source>There is no account “{reference}”.</source>
      <translation>Es gibt keinen Kunden „{reference}“.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="269" />
      <source>Several accounts are named “{name}”; name one by its id (kamdesk accounts list shows the ids), or rename one of them.</source>
      <translation>Mehrere Kunden heißen „{name}“; nennen Sie einen über seine ID (kamdesk accounts list zeigt die IDs) oder benennen Sie einen davon um.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="275" />
      <source>The account has no contact “{name}”.</source>
      <translation>Der Kunde hat keinen Kontakt „{name}“.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="279" />
      <source>{path} could not be written ({detail}).</source>
      <translation>{path} konnte nicht geschrieben werden ({detail}).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="288" />
      <source>“{text}” is too early; choose {earliest} or later.</source>
      <translation>„{text}“ ist zu früh; wählen Sie den {earliest} oder später.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="291" />
      <source>“{text}” is no date. Type it day first, as {example}.</source>
      <translation>„{text}“ ist kein Datum. Tippen Sie es mit dem Tag zuerst, etwa {example}.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="301" />
      <source>The catalogue already has an offering “{name}”.</source>
      <translation>Den Katalog gibt es schon mit einem Angebot „{name}“.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="305" />
      <source>Demo data can only be loaded into an empty store.</source>
      <translation>Demodaten lassen sich nur in einen leeren Datenbestand laden.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="314" />
      <source>Something went wrong: {detail}</source>
      <translation>Etwas ist schiefgegangen: {detail}</translation>
    </message>
  </context>
  <context>
    <name>penetration</name>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="24" />
      <source>Product line</source>
      <translation>Produktlinie</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="25" />
      <source>Service</source>
      <translation>Dienstleistung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="31" />
      <source>We supply this unit with this offering; the amount is our revenue.</source>
      <translation>Wir beliefern diese Einheit mit diesem Angebot; der Betrag ist unser Umsatz.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="34" />
      <source>A competitor supplies it; write the competitor's name after the word.</source>
      <translation>Ein Wettbewerber liefert; schreiben Sie seinen Namen hinter das Wort.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="37" />
      <source>Nobody supplies it yet: white space; the amount is its estimated value.</source>
      <translation>Noch liefert niemand: ein weißer Fleck; der Betrag ist sein geschätzter Wert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="40" />
      <source>The unit has no need for this offering.</source>
      <translation>Die Einheit braucht dieses Angebot nicht.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="41" />
      <source>An empty cell: not known yet.</source>
      <translation>Eine leere Zelle: noch nicht bekannt.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="48" />
      <source>Unit</source>
      <translation>Einheit</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="49" />
      <source>Outline level</source>
      <translation>Ebene</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="50" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="51" />
      <source>Revenue</source>
      <translation>Umsatz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="52" />
      <source>Potential</source>
      <translation>Potenzial</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="53" />
      <source>Legend</source>
      <translation>Legende</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="56" />
      <source>A number alone is our revenue. Amounts may be written 12000, 12.000 or 12,000.50.</source>
      <translation>Eine Zahl allein ist unser Umsatz. Beträge dürfen als 12000, 12.000 oder 12.000,50 geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="60" />
      <source>Level 1 is a top-level unit; level 2 belongs to the nearest level-1 unit above it, and so on.</source>
      <translation>Ebene 1 ist eine oberste Einheit; Ebene 2 gehört zur nächsten Einheit der Ebene 1 darüber, und so weiter.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="65" />
      <source>Rows and columns whose heading starts with Σ are sums; they are not imported.</source>
      <translation>Zeilen und Spalten, deren Überschrift mit Σ beginnt, sind Summen; sie werden nicht importiert.</translation>
    </message>
  </context>
  <context>
    <name>portfolio</name>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="14" />
      <source>Top customer</source>
      <translation>Topkunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="15" />
      <source>Base customer</source>
      <translation>Basiskunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="16" />
      <source>Development customer</source>
      <translation>Entwicklungskunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="17" />
      <source>Carried customer</source>
      <translation>Mitnahmekunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="24" />
      <source>Top customers</source>
      <translation>Topkunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="25" />
      <source>Base customers</source>
      <translation>Basiskunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="26" />
      <source>Development customers</source>
      <translation>Entwicklungskunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="27" />
      <source>Carried customers</source>
      <translation>Mitnahmekunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="33" />
      <source>High value today and high potential: the first candidates.</source>
      <translation>Hoher Wert heute und hohes Potenzial: die ersten Kandidaten.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="36" />
      <source>High value today, little potential left: keep and defend.</source>
      <translation>Hoher Wert heute, wenig Potenzial übrig: halten und verteidigen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="39" />
      <source>Little value today, high potential: worth developing.</source>
      <translation>Wenig Wert heute, hohes Potenzial: lohnt die Entwicklung.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="42" />
      <source>Little value and little potential: served along the way, without key-account care.</source>
      <translation>Wenig Wert und wenig Potenzial: nebenbei betreut, ohne Key-Account-Betreuung.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="51" />
      <source>Revenue</source>
      <translation>Umsatz</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="52" />
      <source>Contribution margin</source>
      <translation>Deckungsbeitrag</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="58" />
      <source>{basis} {year} missing</source>
      <translation>{basis} {year} fehlt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="59" />
      <source>potential {year} missing</source>
      <translation>Potenzial {year} fehlt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="60" />
      <source>{basis} and potential {year} missing</source>
      <translation>{basis} und Potenzial {year} fehlen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="66" />
      <source>the key figures</source>
      <translation>den Kennzahlen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="67" />
      <source>the penetration plan</source>
      <translation>dem Durchdringungsplan</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="76" />
      <source>Portfolio: not placed ({lacks}).</source>
      <translation>Portfolio: nicht eingeordnet ({lacks}).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="81" />
      <source>Portfolio: {field} (value {value}, potential {potential} from {source}).</source>
      <translation>Portfolio: {field} (Wert {value}, Potenzial {potential} aus {source}).</translation>
    </message>
  </context>
  <context>
    <name>scorecard</name>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="36" />
      <source>yes: {points}</source>
      <translation>ja: {points}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="40" />
      <source>from {minimum}: {points}</source>
      <translation>ab {minimum}: {points}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="51" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="51" />
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="56" />
      <source>from {minimum}</source>
      <translation>ab {minimum}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="86" />
      <source>Scorecard</source>
      <translation>Scorecard</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="87" />
      <source>Key-account scorecard as of {date}</source>
      <translation>Key-Account-Scorecard, Stand {date}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="90" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="91" />
      <source>granted on {granted}, next review on {due}</source>
      <translation>vergeben am {granted}, nächste Überprüfung am {due}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="95" />
      <source>Criteria</source>
      <translation>Kriterien</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="96" />
      <source>Criterion</source>
      <translation>Kriterium</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="97" />
      <source>Points for</source>
      <translation>Punkte für</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="98" />
      <source>Your account</source>
      <translation>Ihr Wert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="99" />
      <source>Points</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="100" />
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="101" />
      <source>Total</source>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="102" />
      <source>Levels and what they offer</source>
      <translation>Stufen und ihre Leistungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="103" />
      <source>Level</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="104" />
      <source>Points needed</source>
      <translation>Benötigte Punkte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="105" />
      <source>Reviewed after (months)</source>
      <translation>Überprüfung nach (Monaten)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="106" />
      <source>Benefits</source>
      <translation>Leistungen</translation>
    </message>
  </context>
  <context>
    <name>stakeholders</name>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="22" />
      <source>Decision maker</source>
      <translation>Entscheider</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="23" />
      <source>Influencer</source>
      <translation>Beeinflusser</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="24" />
      <source>Purchaser</source>
      <translation>Einkäufer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="25" />
      <source>Gatekeeper</source>
      <translation>Gatekeeper</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="26" />
      <source>User</source>
      <translation>Anwender</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="27" />
      <source>No role</source>
      <translation>Keine Rolle</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="33" />
      <source>Supporter</source>
      <translation>Befürworter</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="34" />
      <source>Neutral</source>
      <translation>Neutral</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="35" />
      <source>Critic</source>
      <translation>Kritiker</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="36" />
      <source>Unknown</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="42" />
      <source>Needs</source>
      <translation>Bedarfe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="43" />
      <source>Satisfaction</source>
      <translation>Zufriedenheit</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="44" />
      <source>Future ideas</source>
      <translation>Zukunftsideen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="45" />
      <source>Developments</source>
      <translation>Entwicklungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="59" />
      <source>no name</source>
      <translation>kein Name</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="60" />
      <source>the card cannot be read</source>
      <translation>die Karte ist nicht lesbar</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="61" />
      <source>a field is too long</source>
      <translation>ein Feld ist zu lang</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="62" />
      <source>a company's or group's card</source>
      <translation>die Karte einer Firma oder Gruppe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="63" />
      <source>imported without a line that cannot be read</source>
      <translation>ohne eine unlesbare Zeile importiert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="67" />
      <source>Card {position} ({detail}): {problem}</source>
      <translation>Karte {position} ({detail}): {problem}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="79" />
      <source>{contact} has no counterpart in our team.</source>
      <translation>{contact} hat kein Gegenüber in unserem Team.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="83" />
      <source>{contact} ({level}) is looked after by {member}: assistant and manager do not match.</source>
      <translation>{contact} ({level}) wird von {member} betreut: Assistenz und Führungskraft passen nicht zusammen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="95" />
      <source>Nobody in our team has contact on the level “{level}”.</source>
      <translation>Niemand in unserem Team hat Kontakt auf der Ebene „{level}“.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="99" />
      <source>{contact}: no contact on record.</source>
      <translation>{contact}: kein Kontakt verzeichnet.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="118" />
      <source>Arrange a meeting.</source>
      <translation>Einen Termin vereinbaren.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="119" />
      <source>{member} should arrange a meeting.</source>
      <translation>{member} sollte einen Termin vereinbaren.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="123" />
      <source>Nobody in the team is on this level.</source>
      <translation>Niemand im Team ist auf dieser Ebene.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="126" />
      <source>Hand contacts over to {member}.</source>
      <translation>Kontakte an {member} abgeben.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="127" />
      <source>Suggested: {member}.</source>
      <translation>Vorschlag: {member}.</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="35" />
      <source>The shared file {path} is damaged and was left as it is. Nothing was synced. The last good copy is {backup}.</source>
      <translation>Die gemeinsame Datei {path} ist beschädigt und wurde unverändert gelassen. Es wurde nichts synchronisiert. Die letzte gute Kopie ist {backup}.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="40" />
      <source>The shared file {path} is damaged and was left as it is. Nothing was synced.</source>
      <translation>Die gemeinsame Datei {path} ist beschädigt und wurde unverändert gelassen. Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="44" />
      <source>The shared file {path} was written by a newer version of kamdesk. Nothing was synced; please update kamdesk.</source>
      <translation>Die gemeinsame Datei {path} wurde von einer neueren kamdesk-Version geschrieben. Es wurde nichts synchronisiert; bitte aktualisieren Sie kamdesk.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="50" />
      <source>The shared file {path} belongs to another team. Nothing was synced. To join that team, choose the file again in the sync settings.</source>
      <translation>Die gemeinsame Datei {path} gehört einem anderen Team. Es wurde nichts synchronisiert. Um diesem Team beizutreten, wählen Sie die Datei in den Sync-Einstellungen erneut.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="56" />
      <source>The shared file {path} is encrypted. Enter the team passphrase to sync; nothing was synced.</source>
      <translation>Die gemeinsame Datei {path} ist verschlüsselt. Geben Sie das Team-Passwort ein, um zu synchronisieren; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="62" />
      <source>The passphrase does not open the shared file {path}. It may have been mistyped, or a colleague changed it; nothing was synced.</source>
      <translation>Das Passwort öffnet die gemeinsame Datei {path} nicht. Vielleicht wurde es vertippt, oder jemand im Team hat es geändert; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="68" />
      <source>A team passphrase needs at least {count} characters; a short sentence is best. The shared file was left as it is.</source>
      <translation>Ein Team-Passwort braucht mindestens {count} Zeichen; am besten ein kurzer Satz. Die gemeinsame Datei blieb, wie sie war.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="75" />
      <source>{who} is syncing right now. Please try again in a minute.</source>
      <translation>{who} synchronisiert gerade. Bitte versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="78" />
      <source>The shared file kept changing while syncing. Please try again.</source>
      <translation>Die gemeinsame Datei hat sich während des Synchronisierens ständig geändert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="80" />
      <source>{path} cannot be found. Is the network drive or cloud folder connected? Nothing was synced. If the team's file was deleted, choose it again in the sync settings to start it anew.</source>
      <translation>{path} ist nicht zu finden. Ist das Netzlaufwerk oder der Cloud-Ordner verbunden? Es wurde nichts synchronisiert. Wurde die Datei des Teams gelöscht, wählen Sie sie in den Sync-Einstellungen erneut, um sie neu anzulegen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="87" />
      <source>The shared file {path} could not be written: {problem}. It and your data are as they were; please try again.</source>
      <translation>Die gemeinsame Datei {path} konnte nicht geschrieben werden: {problem}. Sie und Ihre Daten sind wie zuvor; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="93" />
      <source>The shared file {path} could not be read: {problem}. Nothing was synced.</source>
      <translation>Die gemeinsame Datei {path} konnte nicht gelesen werden: {problem}. Es wurde nichts synchronisiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="97" />
      <source>No shared file is chosen yet (Team › Sync settings…).</source>
      <translation>Es ist noch keine gemeinsame Datei gewählt (Team › Sync-Einstellungen…).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="105" />
      <source>This computer's clock is {ahead} ahead of the file server's. Nothing was synced; set the date, time and time zone right, then sync again.</source>
      <translation>Die Uhr dieses Computers geht gegenüber dem Dateiserver {ahead} vor. Es wurde nichts synchronisiert; stellen Sie Datum, Uhrzeit und Zeitzone richtig und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="110" />
      <source>The shared file {path} cannot be used right now ({detail}).</source>
      <translation>Die gemeinsame Datei {path} kann gerade nicht verwendet werden ({detail}).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="116" />
      <source>There is no open conflict “{reference}”.</source>
      <translation>Es gibt keinen offenen Konflikt „{reference}“.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="123" />
      <source>Accounts</source>
      <translation>Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="124" />
      <source>Contacts</source>
      <translation>Kontakte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="125" />
      <source>Activities and visits</source>
      <translation>Aktivitäten und Besuche</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="126" />
      <source>Key figures</source>
      <translation>Kennzahlen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="127" />
      <source>Plan actions</source>
      <translation>Maßnahmen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="128" />
      <source>Plan goals</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="129" />
      <source>Complaints</source>
      <translation>Beschwerden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="130" />
      <source>Team members</source>
      <translation>Teammitglieder</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="131" />
      <source>Penetration plan</source>
      <translation>Durchdringungsplan</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="133" />
      <source>Other entries</source>
      <translation>Weitere Einträge</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="139" />
      <source>{table} · deleted</source>
      <translation>{table} · gelöscht</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="141" />
      <source>Key-account status</source>
      <translation>Key-Account-Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="149" />
      <source>deleted</source>
      <translation>gelöscht</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="151" />
      <source>(empty)</source>
      <translation>(leer)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="157" />
      <source>the shared file is damaged</source>
      <translation>die gemeinsame Datei ist beschädigt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="158" />
      <source>written by a newer kamdesk</source>
      <translation>von einer neueren kamdesk-Version geschrieben</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="159" />
      <source>another team's file</source>
      <translation>Datei eines anderen Teams</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="160" />
      <source>a colleague was syncing</source>
      <translation>ein Kollege hat gerade synchronisiert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="161" />
      <source>the team passphrase was needed</source>
      <translation>das Team-Passwort fehlte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="162" />
      <source>the team passphrase did not fit</source>
      <translation>das Team-Passwort passte nicht</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="163" />
      <source>the shared file was not found</source>
      <translation>die gemeinsame Datei wurde nicht gefunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="164" />
      <source>no shared file chosen</source>
      <translation>keine gemeinsame Datei gewählt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="165" />
      <source>a computer's clock is wrong</source>
      <translation>die Uhr eines Computers geht falsch</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="166" />
      <source>this computer's clock is ahead</source>
      <translation>die Uhr dieses Computers geht vor</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="167" />
      <source>the shared file could not be written</source>
      <translation>die gemeinsame Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="168" />
      <source>the shared file could not be read</source>
      <translation>die gemeinsame Datei war nicht lesbar</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="169" />
      <source>the team server could not be reached</source>
      <translation>der Team-Server war nicht erreichbar</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="170" />
      <source>the team server refused the login</source>
      <translation>der Team-Server hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="171" />
      <source>the team server is not set up</source>
      <translation>der Team-Server ist nicht eingerichtet</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="172" />
      <source>the team server is of a newer kamdesk</source>
      <translation>der Team-Server stammt von einem neueren kamdesk</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="173" />
      <source>another team's server</source>
      <translation>Server eines anderen Teams</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="174" />
      <source>colleagues were syncing</source>
      <translation>Kolleginnen und Kollegen haben synchronisiert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="175" />
      <source>the team server already holds a team</source>
      <translation>der Team-Server enthält bereits ein Team</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="176" />
      <source>the shared file could not be used</source>
      <translation>die gemeinsame Datei war nicht verwendbar</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="30" />
      <source>Account</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="31" />
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="32" />
      <source>Mine</source>
      <translation>Bei mir</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="33" />
      <source>Theirs</source>
      <translation>Aus dem Team</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="34" />
      <source>Theirs by</source>
      <translation>Geändert von</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="35" />
      <source>Original</source>
      <translation>Ursprünglich</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="51" />
      <source>Kept for now</source>
      <translation>Gilt vorerst</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="51" />
      <source>Set aside</source>
      <translation>Beiseitegelegt</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="75" />
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="76" />
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="77" />
      <source>Went out</source>
      <translation>Hinaus</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="78" />
      <source>Came in</source>
      <translation>Herein</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="79" />
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="80" />
      <source>Conflicts</source>
      <translation>Konflikte</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="103" />
      <source>Refused: {reason}</source>
      <translation>Abgelehnt: {reason}</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="106" />
      <source>Synced</source>
      <translation>Synchronisiert</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="23" />
      <source>The team server {server} cannot be reached. Is the network connected? Nothing was synced; your changes stay on this laptop and go out with the next sync.</source>
      <translation>Der Team-Server {server} ist nicht erreichbar. Besteht eine Netzwerkverbindung? Es wurde nichts synchronisiert; Ihre Änderungen bleiben auf diesem Laptop und gehen mit der nächsten Synchronisierung hinaus.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="29" />
      <source>The team server {server} refused the login. Check the user name and password, or ask your IT department for access; nothing was synced.</source>
      <translation>Der Team-Server {server} hat die Anmeldung abgelehnt. Prüfen Sie Benutzername und Passwort oder bitten Sie Ihre IT-Abteilung um Zugang; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="35" />
      <source>The team server {server} is not set up for this version of kamdesk. Your IT department sets it up with “kamdesk server init”; nothing was synced.</source>
      <translation>Der Team-Server {server} ist für diese Version von kamdesk nicht eingerichtet. Ihre IT-Abteilung richtet ihn mit „kamdesk server init“ ein; es wurde nichts synchronisiert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="41" />
      <source>The team server {server} was set up by a newer version of kamdesk. Nothing was synced; please update kamdesk.</source>
      <translation>Der Team-Server {server} wurde von einer neueren Version von kamdesk eingerichtet. Es wurde nichts synchronisiert; bitte aktualisieren Sie kamdesk.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="47" />
      <source>The team server {server} belongs to another team. Nothing was synced. To join that team, choose the server again in the sync settings.</source>
      <translation>Der Team-Server {server} gehört zu einem anderen Team. Es wurde nichts synchronisiert. Um diesem Team beizutreten, wählen Sie den Server in den Sync-Einstellungen erneut.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="53" />
      <source>The team server {server} already holds a team's data. A shared file is moved only onto a new team server; nothing was changed.</source>
      <translation>Der Team-Server {server} enthält bereits die Daten eines Teams. Eine gemeinsame Datei wird nur auf einen neuen Team-Server übertragen; es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="59" />
      <source>Colleagues kept syncing with the team server {server}. Nothing was lost; please sync again in a minute.</source>
      <translation>Kolleginnen und Kollegen haben ständig mit dem Team-Server {server} synchronisiert. Es ging nichts verloren; bitte synchronisieren Sie in einer Minute erneut.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="64" />
      <source>The team server {server} cannot be used right now ({detail}). Nothing was synced.</source>
      <translation>Der Team-Server {server} kann gerade nicht verwendet werden ({detail}). Es wurde nichts synchronisiert.</translation>
    </message>
  </context>
</TS>
