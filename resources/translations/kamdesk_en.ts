<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
  <context>
    <name>AccountDetails</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="81" />
      <source>Select an account in the list, or create one with Ctrl+N.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="88" />
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="97" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="98" />
      <source>Plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="99" />
      <source>Stakeholders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="100" />
      <source>Lifecycle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="101" />
      <source>Group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="296" />
      <source>Enter revenue, potential and margin, then run the selection funnel again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_details.py" line="307" />
      <source>“{title}” was added to the annual plan.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountEditing</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="47" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="48" />
      <source>The changes to “{name}” cannot be saved: {reason}

Discard them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="64" />
      <source>Change of status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="66" />
      <source>Why does the status change to “{level}”? The reason goes into the status history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="77" />
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="82" />
      <source>New account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="96" />
      <source>Delete account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="98" />
      <source>Delete “{name}”?

You can undo this with Ctrl+Z or restore the account from the trash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editing.py" line="110" />
      <source>Deleted “{name}”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountEditor</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editor.py" line="38" />
      <source>Create “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editor.py" line="49" />
      <source>Edit “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editor.py" line="60" />
      <source>Delete “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_editor.py" line="69" />
      <source>Restore “{name}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountForm</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="77" />
      <source>Only on this computer: never synced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="84" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="86" />
      <source>Save the changes (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="87" />
      <source>Revert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="88" />
      <source>Throw away the changes not saved yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="148" />
      <source>Created {created} · last changed {updated}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="171" />
      <source>Group account of: {members}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_form.py" line="225" />
      <source>No account is called “{name}”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountImportDialog</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="80" />
      <source>Import accounts from {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="90" />
      <source>&amp;Update the accounts that rows match</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="91" />
      <source>&amp;Leave matched accounts as they are</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="93" />
      <source>Import &amp;nothing while a row is refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="99" />
      <source>&amp;Columns…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="117" />
      <source>{source}: {new} new, {update} to update, {same} unchanged, {refused} refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="128" />
      <source>All rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="146" />
      <source>The workbook's sheet to import</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="175" />
      <source>&amp;Import %Ln account(s)</source>
      <translation>
        <numerusform>&amp;Import %Ln account</numerusform>
        <numerusform>&amp;Import %Ln accounts</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="178" />
      <source>A row is refused: mend the file, or let the other rows be imported.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountImporting</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="49" />
      <source>&amp;Import accounts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="67" />
      <source>Import accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="69" />
      <source>Account lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="83" />
      <source>Reading {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="111" />
      <source>Reading the rows again…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="122" />
      <source>Import accounts from {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="130" />
      <source>{new} accounts created, {updated} updated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="135" />
      <source>Importing from {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_importing.py" line="150" />
      <source>The import is undone; its new accounts are in the Trash.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountList</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_list.py" line="110" />
      <source>No account matches “{text}”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountsPage</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/accounts_page.py" line="46" />
      <source>Search accounts (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/accounts_page.py" line="63" />
      <source>Scorecard saved as {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/accounts_page.py" line="83" />
      <source>&amp;New account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/accounts_page.py" line="86" />
      <source>&amp;Delete account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/accounts_page.py" line="91" />
      <source>Prepare &amp;visit…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionsModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="103" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="104" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="105" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="106" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="107" />
      <source>For goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="108" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="147" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AnnualPlanPage</name>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="56" />
      <source>Plan for </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="87" />
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="141" />
      <source>Add goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="93" />
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="146" />
      <source>Remove goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="95" />
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="166" />
      <source>Add action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="97" />
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="172" />
      <source>Remove action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="102" />
      <source>Goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="103" />
      <source>Actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="139" />
      <source>New goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="149" />
      <source>Edit goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="165" />
      <source>New action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_page.py" line="176" />
      <source>Edit action</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupCommands</name>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="33" />
      <source>&amp;Back up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="35" />
      <source>&amp;Restore from backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="43" />
      <source>kamdesk-backup-{when}.sqlite3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="49" />
      <source>Back up the store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="51" />
      <source>kamdesk backups (*.sqlite3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="58" />
      <source>The store was backed up to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="62" />
      <source>Backing up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="80" />
      <source>The store is now the backup {backup}. The store as it was is kept as {before} (File › Restore from backup… lists it).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/backup_commands.py" line="87" />
      <source>Restoring…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupListModel</name>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="29" />
      <source>Taken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="29" />
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="29" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CandidatesModel</name>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="29" />
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="30" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="31" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="32" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="33" />
      <source>Potential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="34" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="55" />
      <source>From {source}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CatalogueDialog</name>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="64" />
      <source>Scorecard criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="83" />
      <source>Saving re-scores every account. Key-account levels change only at their review or by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="100" />
      <source>Add yes/no criterion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="102" />
      <source>Remove criterion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="112" />
      <source>Criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="114" />
      <source>Levels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="120" />
      <source>Gate 1 needs strategic points:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="121" />
      <source>Gate 2 needs points from figures:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="123" />
      <source>A dropped key account stays an A customer from a revenue of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="126" />
      <source>Gates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="129" />
      <source>New criterion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_dialog.py" line="159" />
      <source>Re-scoring every account…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ColumnMappingDialog</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="90" />
      <source>What the columns mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="105" />
      <source>Say what each column holds; one column must hold the account's name. kamdesk remembers this for lists with the same columns.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="114" />
      <source>&amp;Preview</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ColumnMappingModel</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="42" />
      <source>Column of the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="42" />
      <source>Example</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/column_mapping_dialog.py" line="42" />
      <source>Imported as</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComplaintDialog</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="28" />
      <source>New complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="32" />
      <source>What the customer complains about</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="40" />
      <source>Who on our side deals with it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="47" />
      <source>&amp;Received on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="48" />
      <source>&amp;Topic:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="49" />
      <source>&amp;Severity:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="50" />
      <source>S&amp;tatus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="51" />
      <source>Resolved &amp;on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaint_dialog.py" line="52" />
      <source>&amp;Owner:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComplaintsModel</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="74" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="75" />
      <source>Topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="76" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="77" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="78" />
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="79" />
      <source>Days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="80" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="95" />
      <source>Days to resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="97" />
      <source>Days open so far</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComplaintsPage</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="34" />
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="89" />
      <source>Remove complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="40" />
      <source>&amp;Log complaint…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="42" />
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="44" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="65" />
      <source>%Ln open</source>
      <translation>
        <numerusform>%Ln open</numerusform>
        <numerusform>%Ln open</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="68" />
      <source>resolved in {days} days on average</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="75" />
      <source>No complaints logged. Log one as soon as the customer complains.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="98" />
      <source>Log complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/complaints_page.py" line="98" />
      <source>Edit complaint</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConflictsDialog</name>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="217" />
      <source>Sync conflicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="223" />
      <source>You and a colleague changed the same thing at once. The bold value is kept for now; the other one is set aside here. Keep one, or open the account and type what is right.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="230" />
      <source>No conflicts. Everything you and your team changed was merged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="232" />
      <source>Keep &amp;mine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="233" />
      <source>Keep &amp;theirs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="234" />
      <source>&amp;Open account</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConsentPage</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="228" />
      <source>Gate 3: the customer's consent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="231" />
      <source>Key-account care is offered for something in return. Record what the customer agreed to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="235" />
      <source>The customer accepts key-account care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="236" />
      <source>The customer declines (becomes a Großkunde)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="247" />
      <source>Details (optional)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactDialog</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="59" />
      <source>New contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="74" />
      <source>Not rated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="78" />
      <source>Met on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="85" />
      <source>As the account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="86" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="105" />
      <source>&amp;Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="106" />
      <source>&amp;Unit:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="107" />
      <source>&amp;Function:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="108" />
      <source>&amp;Level:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="109" />
      <source>&amp;Buying role:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="110" />
      <source>&amp;Attitude:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="111" />
      <source>Relationship &amp;quality:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="112" />
      <source>Last contact:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="113" />
      <source>Contact &amp;interval:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="114" />
      <source>&amp;Email:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="115" />
      <source>&amp;Phone:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="116" />
      <source>Looked after by:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_dialog.py" line="118" />
      <source>Learned in the jour fixe:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactExport</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_export.py" line="30" />
      <source>vCard (phones, Outlook, Apple, Google)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_export.py" line="31" />
      <source>Outlook CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_export.py" line="33" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_export.py" line="34" />
      <source>Export contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_export.py" line="45" />
      <source>Exporting to {file}…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactImportDialog</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="90" />
      <source>Import contacts from {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="102" />
      <source>The level comes from each title; correct it where it is wrong. Contacts marked in the last column are already there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="107" />
      <source>&amp;Merge duplicates (the file's details update them)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="108" />
      <source>&amp;Skip duplicates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="119" />
      <source>&amp;Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="142" />
      <source>These cannot be imported; the others can:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactImporting</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_importing.py" line="38" />
      <location filename="../../kamdesk/ui/stakeholders/contact_importing.py" line="72" />
      <source>Import contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_importing.py" line="40" />
      <source>Contacts (*.vcf *.vcard *.csv);;All files (*)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactsModel</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="38" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="39" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="40" />
      <source>Function</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="41" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="42" />
      <source>Buying role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="43" />
      <source>Attitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="44" />
      <source>Quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="45" />
      <source>Last contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="46" />
      <source>Counterparts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="65" />
      <source>The match analysis has a finding for this contact.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CriteriaModel</name>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="30" />
      <source>Criterion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="31" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="32" />
      <source>Points (yes) or bands (from: points; …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="51" />
      <source>yes / no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="52" />
      <source>count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="53" />
      <source>key figure</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../kamdesk/ui/widgets/date_edit.py" line="45" />
      <source>Choose from the calendar</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <location filename="../../kamdesk/ui/shell/empty_state.py" line="11" />
      <source>No accounts yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/empty_state.py" line="15" />
      <source>Create your first account, import your list of accounts (Excel or CSV, from Salesforce, HubSpot, Dynamics or your own), or load demo data to look around: a few hundred European customers with their people and figures.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EncryptionChoice</name>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="36" />
      <source>Encrypt the shared file with a team passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="37" />
      <source>Change passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="41" />
      <source>New team passphrase (at least %Ln characters)</source>
      <translation>
        <numerusform>New team passphrase (at least %Ln character)</numerusform>
        <numerusform>New team passphrase (at least %Ln characters)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="43" />
      <source>The same again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="65" />
      <source>Looking at the file…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="97" />
      <source>A team passphrase needs at least %Ln characters; a short sentence is best.</source>
      <translation>
        <numerusform>A team passphrase needs at least %Ln character; a short sentence is best.</numerusform>
        <numerusform>A team passphrase needs at least %Ln characters; a short sentence is best.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="102" />
      <source>The two passphrases differ; please type them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="134" />
      <source>Unencrypted, the file can be read by anyone who can open its folder, the cloud provider included.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="139" />
      <source>Colleagues are asked for the new passphrase at their next sync; tell it to them in person or by phone, not in an e-mail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="143" />
      <source>Every colleague types the passphrase once; kamdesk keeps it in the system's keyring. Without it nobody can open the file, kamdesk included.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportCommands</name>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="38" />
      <source>Export the account &amp;list…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="40" />
      <source>Export all cont&amp;acts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="42" />
      <source>E&amp;xport all penetration plans…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="49" />
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="66" />
      <source>Excel workbook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="49" />
      <source>CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="50" />
      <source>Export the account list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="50" />
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="57" />
      <source>Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="68" />
      <source>Export all penetration plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="68" />
      <source>Penetration plans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="81" />
      <source>Exporting to {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/export_commands.py" line="88" />
      <source>Exported to {path}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FiguresPage</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="166" />
      <source>Gate 2: hard figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="167" />
      <source>Revenue, potential and margin from the account's key figures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="173" />
      <source>Enter key figures…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="175" />
      <source>Closes the funnel (your answers are kept) and opens the key figures.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="196" />
      <source>{criterion}: %Ln point(s)</source>
      <translation>
        <numerusform>{criterion}: %Ln point</numerusform>
        <numerusform>{criterion}: %Ln points</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="203" />
      <source>no key-account level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="206" />
      <source>{hard} points from figures (the gate needs {minimum}); {total} points in all: {reached}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholder_models.py" line="105" />
      <source>Finding and suggested fix</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FunnelOverviewDialog</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_overview_dialog.py" line="26" />
      <source>Selection funnel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_overview_dialog.py" line="30" />
      <source>Not yet assessed (A, B and C customers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_overview_dialog.py" line="32" />
      <source>Stopped at gate 1: strategic criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_overview_dialog.py" line="36" />
      <source>Stopped at gate 2: hard figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_overview_dialog.py" line="39" />
      <source>Declined at gate 3: Großkunde</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FunnelWizard</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="63" />
      <source>Selection funnel: {name}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GettingStartedDialog</name>
    <message>
      <location filename="../../kamdesk/ui/shell/help_dialogs.py" line="54" />
      <source>Getting started</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GlanceModel</name>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="67" />
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="68" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="69" />
      <source>Phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="70" />
      <source>Warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="71" />
      <source>Coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="72" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="73" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="74" />
      <source>This week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="89" />
      <source>Warning signals propose the move to “endangered”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GoalsModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="41" />
      <source>Goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="41" />
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="41" />
      <source>Actual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/annual_plan_models.py" line="41" />
      <source>Reached</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GroupField</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/group_field.py" line="22" />
      <source>No group – type the name of the group account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/group_field.py" line="24" />
      <source>The Konzern this company belongs to; its page rolls up its members</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GroupPage</name>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="48" />
      <source>Open the &amp;group account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="65" />
      <source>Stakeholders of the whole group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="69" />
      <source>Members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="70" />
      <source>The group's figures, summed per year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="121" />
      <source>no key-account level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="123" />
      <source>Latest year {year}: revenue {revenue}, contribution margin {margin}, potential {potential}; open potential in the members' plans {open}. As a whole the group scores {points} points: {reached}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_page.py" line="64" />
      <source>Penetration plan of the whole group, by member</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/groups/group_page.py" line="103" />
      <source>{group} and its %Ln member(s)</source>
      <translation>
        <numerusform>{group} and its %Ln member</numerusform>
        <numerusform>{group} and its %Ln members</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/groups/group_page.py" line="107" />
      <source>A member of {group}, which has %Ln member(s)</source>
      <translation>
        <numerusform>A member of {group}, which has %Ln member</numerusform>
        <numerusform>A member of {group}, which has %Ln members</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>GroupStakeholders</name>
    <message>
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="29" />
      <source>Whose stakeholders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="37" />
      <source>&amp;Show:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="55" />
      <source>The whole group</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="73" />
      <source>%Ln contact(s)</source>
      <translation>
        <numerusform>%Ln contact</numerusform>
        <numerusform>%Ln contacts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="75" />
      <source>%Ln finding(s) of the match analysis</source>
      <translation>
        <numerusform>%Ln finding of the match analysis</numerusform>
        <numerusform>%Ln findings of the match analysis</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_stakeholders.py" line="77" />
      <source>No contacts yet: add them on each member's Stakeholders tab.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GroupYearsModel</name>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="73" />
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="74" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="75" />
      <source>Contribution margin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="76" />
      <source>Potential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="77" />
      <source>Without figures</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../kamdesk/ui/shell/help_dialogs.py" line="17" />
      <source>&lt;h2&gt;Getting started with kamdesk&lt;/h2&gt;&lt;p&gt;kamdesk keeps your key accounts on this computer, offline, and shares them with your team when you sync.&lt;/p&gt;&lt;h3&gt;1. Bring your accounts in&lt;/h3&gt;&lt;p&gt;&lt;b&gt;File › Import accounts…&lt;/b&gt; reads an Excel or CSV list: an export of Salesforce, HubSpot or Dynamics 365, or your own list. kamdesk shows every row before anything is written; a second import updates instead of duplicating. Ctrl+Z takes an import back.&lt;/p&gt;&lt;h3&gt;2. Decide who is a key account&lt;/h3&gt;&lt;p&gt;Open an account and its &lt;b&gt;Status&lt;/b&gt; page: answer the scorecard's criteria; the score proposes the status, and the status expires unless it is reviewed. &lt;b&gt;File › Selection funnel overview…&lt;/b&gt; shows where your candidates stand. The &lt;b&gt;Portfolio&lt;/b&gt; (Ctrl+4) places every account by value and potential; its list of candidates starts the funnel for one.&lt;/p&gt;&lt;h3&gt;3. Plan&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Plan&lt;/b&gt; page holds the key figures by year, the contribution margin, the annual plan and the penetration plan (which offerings each unit of the customer buys, and where the potential lies).&lt;/p&gt;&lt;h3&gt;4. Know the people&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Stakeholders&lt;/b&gt; page places the customer's people by hierarchy level beside your own team, and says who has no counterpart. Import them from vCard or Outlook, export them to your phone.&lt;/p&gt;&lt;h3&gt;5. Every day&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Home&lt;/b&gt; (Ctrl+1) shows what needs you: reminders that are due, accounts at risk, reviews. Before a visit, &lt;b&gt;Prepare visit…&lt;/b&gt; writes a briefing to take along. &lt;b&gt;Sync&lt;/b&gt; (F9) exchanges changes with your team.&lt;/p&gt;&lt;h3&gt;6. Nothing is lost&lt;/h3&gt;&lt;p&gt;kamdesk backs your store up every day; &lt;b&gt;File › Back up…&lt;/b&gt; makes a copy whenever you like, and &lt;b&gt;File › Restore from backup…&lt;/b&gt; brings one back.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="30" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="30" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="30" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="30" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="30" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <location filename="../../kamdesk/ui/home/home_page.py" line="36" />
      <source>Your key accounts, accounts in danger and accounts with something due this week appear here. Give an account a key-account status, or load demo data.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/home_page.py" line="55" />
      <source>%Ln account(s) need your attention</source>
      <translation>
        <numerusform>%Ln account needs your attention</numerusform>
        <numerusform>%Ln accounts need your attention</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/home_page.py" line="57" />
      <source>All your accounts are in good shape</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/home_page.py" line="63" />
      <source>Showing the %Ln most urgent of {all} accounts.</source>
      <translation>
        <numerusform>Showing the most urgent of {all} accounts.</numerusform>
        <numerusform>Showing the %Ln most urgent of {all} accounts.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewModel</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="38" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="39" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="40" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="41" />
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/account_import_dialog.py" line="42" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportRowsModel</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="43" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="44" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="45" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="46" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/contact_import_dialog.py" line="47" />
      <source>Already there</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>JourFixePage</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="125" />
      <source>every </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="126" />
      <source> weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="130" />
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="187" />
      <source>Set up jour fixe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="132" />
      <source>Held today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="133" />
      <source>Moves the next date one interval on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="135" />
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="136" />
      <source>End jour fixe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="141" />
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="224" />
      <source>Add note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="143" />
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="230" />
      <source>Remove note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="176" />
      <source>No recurring jour fixe for this account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="178" />
      <source>Jour fixe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="191" />
      <source>Jour fixe held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="198" />
      <source>Change jour fixe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="224" />
      <source>Edit note</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KeyFiguresModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="89" />
      <source>Contribution margin II of the cost lines below</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KeyFiguresPage</name>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="118" />
      <source>Revenue, potential and contribution margin feed the scorecard's hard figures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="127" />
      <source>Add year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="129" />
      <source>Remove year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="146" />
      <source>Customer contribution margin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="148" />
      <source>Key figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="199" />
      <source>{year}: enter the revenue and the costs to see whether serving this customer pays.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="203" />
      <source>{year}: serving this customer does not pay. Contribution margin II is {db2} after {cost} for care and visits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="207" />
      <source>{year}: care and visits cost {cost}; contribution margin II stays at {db2}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="213" />
      <source>Add year {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="229" />
      <source>Remove year {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="232" />
      <source>Edit key figures {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/key_figures_page.py" line="258" />
      <source>Edit contribution margin {year}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LevelsModel</name>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="101" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="102" />
      <source>Points needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="103" />
      <source>Review after (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/catalogue_models.py" line="104" />
      <source>Benefits (separated by ;)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LifecyclePage</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="59" />
      <source>Change &amp;phase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="61" />
      <source>The customer is talking to &amp;competitors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="68" />
      <source>&amp;Add to plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="75" />
      <source>Playbook</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="76" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="77" />
      <source>Complaints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="80" />
      <source>Visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="100" />
      <source>Move to “endangered”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="102" />
      <source>Dismiss</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="116" />
      <source>What helps in this phase. Add an action to the annual plan with its due date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="163" />
      <source>Warning signals say this relationship is in danger:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="165" />
      <source>Warning signals:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="197" />
      <source>Move to “{phase}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="212" />
      <source>Dismiss warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="225" />
      <source>Talking to competitors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_page.py" line="242" />
      <source>Add to plan</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="56" />
      <source>Opening your accounts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="240" />
      <source>Main</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="251" />
      <source>Who are you? Give your name for the histories…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="281" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="282" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="283" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="284" />
      <source>&amp;Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="285" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="56" />
      <source>Loading accounts…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/shell/main_window.py" line="314" />
      <source>%Ln account(s)</source>
      <translation>
        <numerusform>%Ln account</numerusform>
        <numerusform>%Ln accounts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/shell/main_window.py" line="317" />
      <source>%Ln of {total} accounts</source>
      <translation>
        <numerusform>%Ln of {total} accounts</numerusform>
        <numerusform>%Ln of {total} accounts</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/main_window.py" line="346" />
      <source>kamdesk was started again: this window already holds your store.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/shell/main_window.py" line="370" />
      <source>%Ln reminder(s) overdue – see Reminders (Ctrl+3).</source>
      <translation>
        <numerusform>%Ln reminder overdue – see Reminders (Ctrl+3).</numerusform>
        <numerusform>%Ln reminders overdue – see Reminders (Ctrl+3).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MarginChart</name>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_chart.py" line="18" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_chart.py" line="19" />
      <source>Contribution margin II</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_chart.py" line="20" />
      <source>Cost of care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_chart.py" line="56" />
      <source>thousand €</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MarginModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="48" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="49" />
      <source>− Sales deductions (discounts, bonuses)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="50" />
      <source>= Net revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="51" />
      <source>− Variable product costs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="52" />
      <source>= Contribution margin I</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="53" />
      <source>− Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="54" />
      <source>− Logistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="55" />
      <source>− Key-account care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="56" />
      <source>− Visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="57" />
      <source>= Contribution margin II</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="58" />
      <source>− Project costs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="59" />
      <source>= Contribution margin III</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="100" />
      <source>n/a</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/margin_model.py" line="119" />
      <source>Typed in the key figures. Enter the cost lines to compute it from them.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MembersModel</name>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="26" />
      <source>Member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="27" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="28" />
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="29" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="30" />
      <source>Contribution margin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="31" />
      <source>Potential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="32" />
      <source>Open potential (plan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/groups/group_models.py" line="52" />
      <source>{name} (group account)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="72" />
      <source>Jour-fixe note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="90" />
      <source>&amp;Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="91" />
      <source>&amp;Section:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="92" />
      <source>&amp;Note:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="93" />
      <source>&amp;Concerns:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NotesModel</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="50" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="50" />
      <source>Section</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="50" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/jour_fixe_page.py" line="50" />
      <source>Concerns</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OfferingsDialog</name>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="77" />
      <source>Offerings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="82" />
      <source>Edit offering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="92" />
      <source>The product lines and services you sell: the columns of every account's penetration plan. Removing one hides its column; undo brings it back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="100" />
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="134" />
      <source>Add offering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="101" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="102" />
      <source>Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="103" />
      <source>Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="129" />
      <source>New offering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="131" />
      <source>New offering {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="145" />
      <source>Remove offering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="159" />
      <source>Move offering</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OfferingsModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="40" />
      <source>Offering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/offerings_dialog.py" line="40" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="189" />
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="193" />
      <source>Team passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="172" />
      <source>&amp;Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/passphrase_dialogs.py" line="190" />
      <source>Passphrase:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PenetrationModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="175" />
      <source>Including the unit's sub-units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="205" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="205" />
      <source>Potential</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PenetrationPage</name>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="63" />
      <source>Edit cell</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="105" />
      <source>New unit, e.g. “Augsburg plant” – Enter adds it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="117" />
      <source>Add unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="118" />
      <source>Add below selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="119" />
      <source>Rename…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="120" />
      <source>Remove unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="139" />
      <source>Offerings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="140" />
      <source>Import from Excel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="141" />
      <source>Export to Excel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="145" />
      <source>Type in a cell: an amount is our revenue; “p 5000” a potential, “c Name” a competitor, “n” not relevant. Delete clears; Ctrl+C and Ctrl+V work with Excel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="160" />
      <source>White space by potential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="194" />
      <source>No offerings yet. Click “Offerings…” and add the product lines and services you sell: they become the plan's columns, for every account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="201" />
      <source>No units yet. Type the customer's sites, countries, divisions or departments in the field above and press Enter: they become the rows.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="213" />
      <source>%Ln filled cell(s) of the pasted block lie beyond the plan's units and offerings and were not pasted.</source>
      <translation>
        <numerusform>%Ln filled cell of the pasted block lie beyond the plan's units and offerings and were not pasted.</numerusform>
        <numerusform>%Ln filled cells of the pasted block lie beyond the plan's units and offerings and were not pasted.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="260" />
      <source>New unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="263" />
      <source>Add unit “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="275" />
      <source>Rename unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="275" />
      <source>Name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="280" />
      <source>Rename unit “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="291" />
      <source>Remove unit “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="343" />
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="21" />
      <source>Import penetration plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="26" />
      <source>Excel (*.xlsx);;Older Excel and OpenDocument (*.xls *.ods)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="34" />
      <source>The workbook has no sheet for “{account}”. Replace this account's plan with the sheet “{sheet}”?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="49" />
      <source>Excel (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="350" />
      <source>Imported {units} units from {file}. Ctrl+Z takes the import back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="44" />
      <source>{account} – penetration plan.xlsx</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_workbook.py" line="47" />
      <source>Export penetration plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_page.py" line="367" />
      <source>Exported to {path}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PenetrationView</name>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_view.py" line="75" />
      <source>Clear cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_view.py" line="110" />
      <source>Paste cells</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PhaseDialog</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/phase_dialog.py" line="33" />
      <source>Change phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/phase_dialog.py" line="39" />
      <source>Why? The reason goes into the history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/phase_dialog.py" line="51" />
      <source>Now:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/phase_dialog.py" line="52" />
      <source>&amp;New phase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/phase_dialog.py" line="53" />
      <source>&amp;Reason:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanPages</name>
    <message>
      <location filename="../../kamdesk/ui/plan/plan_pages.py" line="35" />
      <source>Penetration plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/plan_pages.py" line="36" />
      <source>Key figures and margin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/plan_pages.py" line="37" />
      <source>Annual plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/plan_pages.py" line="38" />
      <source>Joint projects</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlaybookModel</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="50" />
      <source>Recommended action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="50" />
      <source>Due in</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/lifecycle/lifecycle_models.py" line="58" />
      <source>%Ln day(s)</source>
      <translation>
        <numerusform>%Ln day</numerusform>
        <numerusform>%Ln days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Plural</name>
    <message numerus="yes">
      <location filename="../../kamdesk/cli/reminder_commands.py" line="52" />
      <source>%n reminder(s) written to {path}.</source>
      <translation>
        <numerusform>%n reminder written to {path}.</numerusform>
        <numerusform>%n reminders written to {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/cli/store_commands.py" line="43" />
      <source>Loaded %n demo account(s).</source>
      <translation>
        <numerusform>Loaded %n demo account.</numerusform>
        <numerusform>Loaded %n demo accounts.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="90" />
      <source>{contact} ({level}) is looked after by {member}, %n level(s) off.</source>
      <translation>
        <numerusform>{contact} ({level}) is looked after by {member}, %n level off.</numerusform>
        <numerusform>{contact} ({level}) is looked after by {member}, %n levels off.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="103" />
      <source>{contact} was last met %n day(s) ago.</source>
      <translation>
        <numerusform>{contact} was last met %n day ago.</numerusform>
        <numerusform>{contact} was last met %n days ago.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="108" />
      <source>{member} looks after %n contact(s), more than the limit.</source>
      <translation>
        <numerusform>{member} looks after %n contact, more than the limit.</numerusform>
        <numerusform>{member} looks after %n contacts, more than the limit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/review_notice.py" line="43" />
      <location filename="../../kamdesk/ui/status/review_notice.py" line="76" />
      <source>… and %Ln more.</source>
      <translation>
        <numerusform>… and %Ln more.</numerusform>
        <numerusform>… and %Ln more.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/review_notice.py" line="45" />
      <source>%Ln key-account status(es) reached the review date.</source>
      <translation>
        <numerusform>%Ln key-account status reached the review date.</numerusform>
        <numerusform>%Ln key-account statuses reached the review date.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/review_notice.py" line="47" />
      <source>%Ln dropped to a lower level.</source>
      <translation>
        <numerusform>%Ln dropped to a lower level.</numerusform>
        <numerusform>%Ln dropped to a lower level.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/review_notice.py" line="80" />
      <source>A colleague's sync changed %Ln key-account status(es).</source>
      <translation>
        <numerusform>A colleague's sync changed %Ln key-account status.</numerusform>
        <numerusform>A colleague's sync changed %Ln key-account statuses.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/sync_words.py" line="101" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/sync_words.py" line="103" />
      <source>%n hour(s)</source>
      <translation>
        <numerusform>%n hour</numerusform>
        <numerusform>%n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/i18n/import_words.py" line="90" />
      <source>%n row(s) cannot be imported, and you asked for all or nothing. Nothing was imported.</source>
      <translation>
        <numerusform>%n row cannot be imported, and you asked for all or nothing. Nothing was imported.</numerusform>
        <numerusform>%n rows cannot be imported, and you asked for all or nothing. Nothing was imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/cli/server_commands.py" line="58" />
      <source>%n row(s) of the team moved onto {server}.</source>
      <translation>
        <numerusform>%n row of the team moved onto {server}.</numerusform>
        <numerusform>%n rows of the team moved onto {server}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/cli/server_commands.py" line="69" />
      <source>%n write(s) so far</source>
      <translation>
        <numerusform>%n write so far</numerusform>
        <numerusform>%n writes so far</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PortfolioChart</name>
    <message>
      <location filename="../../kamdesk/ui/portfolio/chart_drawing.py" line="163" />
      <source>{amount} k</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/chart_drawing.py" line="171" />
      <source>{amount} M</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_chart.py" line="223" />
      <source>Value: {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_chart.py" line="224" />
      <source>Potential: {amount}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_chart.py" line="225" />
      <source>Contribution margin: {amount}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PortfolioGlance</name>
    <message>
      <location filename="../../kamdesk/ui/home/portfolio_glance.py" line="39" />
      <source>Portfolio {year}: {fields} – &lt;a href='portfolio'&gt;open&lt;/a&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/portfolio_glance.py" line="50" />
      <source>Nobody moved to another field since last year.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/portfolio_glance.py" line="52" />
      <source>%Ln from {old} to {new}</source>
      <translation>
        <numerusform>%Ln from {old} to {new}</numerusform>
        <numerusform>%Ln from {old} to {new}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/portfolio_glance.py" line="58" />
      <source>%Ln account(s) moved since last year: {moves}.</source>
      <translation>
        <numerusform>%Ln account moved since last year: {moves}.</numerusform>
        <numerusform>%Ln accounts moved since last year: {moves}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/portfolio_glance.py" line="68" />
      <source>%Ln key account(s) in {year}: revenue {revenue}{revenue_trend}, contribution margin {margin}{margin_trend}, potential {potential}{potential_trend}.</source>
      <translation>
        <numerusform>%Ln key account in {year}: revenue {revenue}{revenue_trend}, contribution margin {margin}{margin_trend}, potential {potential}{potential_trend}.</numerusform>
        <numerusform>%Ln key accounts in {year}: revenue {revenue}{revenue_trend}, contribution margin {margin}{margin_trend}, potential {potential}{potential_trend}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PortfolioPage</name>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="59" />
      <source>What “value today” means: last year's revenue or margin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="65" />
      <source>&amp;Medians</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="66" />
      <source>Put both lines back on the medians of the figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="68" />
      <source>Show &amp;all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="69" />
      <source>Zoom out to every account (0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="71" />
      <source>E&amp;xport chart…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="78" />
      <source>Start selection &amp;funnel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="93" />
      <source>Value:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="95" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="95" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="95" />
      <source>Industry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="95" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="107" />
      <source>Candidates for the funnel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="108" />
      <source>Not placed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="130" />
      <source>The portfolio places each account by its value last year and its potential. Enter key figures (revenue, margin, potential) on an account's Plan tab, or load demo data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="192" />
      <source>All owners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="192" />
      <source>All countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="192" />
      <source>All industries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="196" />
      <source>Key accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="197" />
      <source>All levels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="211" />
      <source>Value today: {basis} {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="212" />
      <source>Potential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="220" />
      <source>Not placed ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="228" />
      <source>Lines at {value} value and {potential} potential ({how}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="231" />
      <source>your choice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="231" />
      <source>the medians</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="288" />
      <source>Export portfolio chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="289" />
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="306" />
      <source>Portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="291" />
      <source>PNG image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="292" />
      <source>SVG drawing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="293" />
      <source>PDF document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/portfolio_page.py" line="310" />
      <source>The chart was saved as {path}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="36" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="38" />
      <source>As the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="44" />
      <source>Shown in the histories, and to colleagues who sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="48" />
      <source>Shown to colleagues in the sync log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="56" />
      <source> days ahead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="58" />
      <source>What Export to calendar holds: overdue reminders and those due this soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="63" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="64" />
      <source>No daily backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="66" />
      <source>kamdesk backs your store up once a day and keeps these backups this long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="68" />
      <source>The language changes at the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="76" />
      <source>Your &amp;name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="77" />
      <source>Your &amp;initials:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="78" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="79" />
      <source>&amp;Calendar export:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/preferences_dialog.py" line="80" />
      <source>&amp;Daily backups kept:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProjectsModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="32" />
      <source>Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="33" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="34" />
      <source>Benefit for the customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="35" />
      <source>Benefit for us</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="36" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProjectsPage</name>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="78" />
      <source>Edit project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="91" />
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="116" />
      <source>Add project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="93" />
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="121" />
      <source>Remove project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/projects_page.py" line="115" />
      <source>New project</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RemindersModel</name>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="29" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="29" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="29" />
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="29" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/attention_models.py" line="49" />
      <source>Snoozed; first due on {date}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RemindersPage</name>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="77" />
      <source>&amp;Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="78" />
      <source>&amp;Snooze…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="79" />
      <source>&amp;Open account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="81" />
      <source>Export to &amp;calendar…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="90" />
      <source>Nothing is due. Status reviews, plan actions, jour fixes, contacts to meet and complaints open too long appear here when their day comes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="139" />
      <source>Done: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="151" />
      <source>Snooze: {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="169" />
      <source>kamdesk reminders.ics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="171" />
      <source>Export to calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="171" />
      <source>iCalendar (*.ics)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="181" />
      <source>Exporting to the calendar…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="185" />
      <source>%Ln reminder(s) exported to {path}.</source>
      <translation>
        <numerusform>%Ln reminder exported to {path}.</numerusform>
        <numerusform>%Ln reminders exported to {path}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="63" />
      <source>Visit report of {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="67" />
      <source>What was agreed, what the customer said, what happens next</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="52" />
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="97" />
      <source>Restore from a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="60" />
      <source>The store becomes the backup you choose; the store as it is now is backed up first. After the next sync, what your team changed since is here again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="65" />
      <source>No backups yet. kamdesk makes one each day you work with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="73" />
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="77" />
      <source>&amp;Other file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/restore_dialog.py" line="99" />
      <source>kamdesk backups (*.sqlite3);;All files (*)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultPage</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="287" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="297" />
      <source>{outcome}: {level}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="301" />
      <source>“{finish}” records the outcome with today's date.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewNotice</name>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="25" />
      <source>{name}: {old} → {new} ({score} points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="31" />
      <source>{name}: still {level} ({score} points), please confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="51" />
      <source>Status reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="59" />
      <source>Show in Reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="68" />
      <source>{name}: {old} → {new}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/review_notice.py" line="79" />
      <source>Status changes from the team</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SameNameModel</name>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="21" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="21" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="21" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="21" />
      <source>Industry</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SameNames</name>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="46" />
      <source>These accounts share a name: a colleague and you each created one. Open one and rename it, or delete the one you do not need; the next sync tells the team.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/same_names.py" line="51" />
      <source>Open to &amp;rename</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ScorecardModel</name>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="25" />
      <source>Criterion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="25" />
      <source>Answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="25" />
      <source>Points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="25" />
      <source>Maximum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="73" />
      <source>From the account's key figures</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ServerPasswordDialog</name>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="127" />
      <source>Team server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="133" />
      <source>Remember the password on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="128" />
      <source>Password:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../kamdesk/ui/shell/help_dialogs.py" line="100" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ShortcutsModel</name>
    <message>
      <location filename="../../kamdesk/ui/shell/help_dialogs.py" line="71" />
      <source>Command</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/help_dialogs.py" line="71" />
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SignalRulesDialog</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/signal_rules_dialog.py" line="25" />
      <source>Warning signals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/signal_rules_dialog.py" line="28" />
      <source>A signal fires when its value reaches the threshold. Signals propose moving an account in acquisition or retention to “endangered”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SnoozeDialog</name>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="43" />
      <source>Snooze</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/home/reminders_page.py" line="53" />
      <source>Remind me again &amp;on:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StakeholderScene</name>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="164" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="165" />
      <source>Our team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="194" />
      <source>no link on this level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="259" />
      <source>Counterpart on another level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="268" />
      <source>No counterpart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="270" />
      <source>Not met for too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/stakeholder_map.py" line="275" />
      <source>More contacts than the limit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StakeholdersPage</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="84" />
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="341" />
      <source>Apply suggestion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="108" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="109" />
      <source>How often the important people should be met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="113" />
      <source>Map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="114" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="115" />
      <source>Jour fixe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="119" />
      <source>No contacts yet. Add the customer's people with “Add contact”, or import the vCards or CSV file your mail program exports.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="131" />
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="276" />
      <source>Add contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="133" />
      <source>Add a contact (Ctrl+Shift+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="137" />
      <source>Import contacts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="138" />
      <source>Export contacts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="139" />
      <source>Our team…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="140" />
      <source>Export map…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="148" />
      <source>Contact interval:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="156" />
      <source>Findings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="161" />
      <source>Drag a colleague onto a contact to assign them. Click a contact to edit it. Ctrl+wheel zooms, Ctrl+0 fits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="183" />
      <source>Filter contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="186" />
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="291" />
      <source>Remove contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="224" />
      <source>Coverage: {coverage}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="230" />
      <source>Share of decision makers, influencers and purchasers with a counterpart on their level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="276" />
      <source>Edit contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="299" />
      <source>Assign counterpart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/stakeholders_page.py" line="364" />
      <source>Change contact interval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/map_export.py" line="18" />
      <source>{account} – stakeholder map.png</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/map_export.py" line="22" />
      <source>Export stakeholder map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/map_export.py" line="24" />
      <source>PNG image (*.png);;SVG drawing (*.svg)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatusHistoryModel</name>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="97" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="98" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="99" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="100" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="101" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/scorecard_model.py" line="102" />
      <source>By</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StatusPage</name>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="70" />
      <source>The review date has passed and the account still reaches its level. Confirm it to start the next period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="75" />
      <source>Confirm review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="96" />
      <source>Scorecard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="100" />
      <source>Export scorecard for the customer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="102" />
      <source>PDF or HTML with criteria, points, thresholds and benefits; no internal notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="105" />
      <source>Selection funnel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="107" />
      <source>Strategic criteria, hard figures and the customer's consent, gate by gate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="116" />
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="171" />
      <source>Export scorecard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="173" />
      <source>PDF document (*.pdf);;Web page (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="201" />
      <source>Granted on {granted} · review due on {due}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="207" />
      <source>Since {granted}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="210" />
      <source>No key-account status granted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="214" />
      <source>reaches {level}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="216" />
      <source>reaches no key-account level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="219" />
      <source>{gap} more for {level}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="223" />
      <source>the top level</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/status/status_page.py" line="230" />
      <source>&lt;br&gt;Scored as a group: the hard figures are this account's and its %Ln member(s)' summed.</source>
      <translation>
        <numerusform>&lt;br&gt;Scored as a group: the hard figures are this account's and its member's summed.</numerusform>
        <numerusform>&lt;br&gt;Scored as a group: the hard figures are this account's and its %Ln members' summed.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="239" />
      <source>&lt;b&gt;{total} points&lt;/b&gt;: {reached}; {gap}.&lt;br&gt;Thresholds: {thresholds}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/status_page.py" line="247" />
      <source>Benefits at this level: {benefits}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreCommands</name>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="38" />
      <source>Load &amp;demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="40" />
      <source>Re&amp;move demo data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="41" />
      <source>&amp;Trash…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="43" />
      <source>Selection &amp;funnel overview…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="44" />
      <source>Scorecard &amp;criteria…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="46" />
      <source>&amp;Warning signals…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="49" />
      <source>&amp;Preferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="52" />
      <source>&amp;About kamdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="80" />
      <source>Loading demo data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="91" />
      <source>This store holds no demo data.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="94" />
      <source>Remove the %Ln demo customer(s) and everything recorded on them? Your own accounts stay; Ctrl+Z brings the demo back.</source>
      <translation>
        <numerusform>Remove the %Ln demo customer and everything recorded on them? Your own accounts stay; Ctrl+Z brings the demo back.</numerusform>
        <numerusform>Remove the %Ln demo customers and everything recorded on them? Your own accounts stay; Ctrl+Z brings the demo back.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="99" />
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="109" />
      <source>Remove demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="157" />
      <source>About kamdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/file_menu.py" line="159" />
      <source>&lt;h3&gt;kamdesk {version}&lt;/h3&gt;&lt;p&gt;The key account manager's desktop workbench.&lt;/p&gt;&lt;p&gt;Your store: {path}&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreOpening</name>
    <message>
      <location filename="../../kamdesk/ui/shell/store_opening.py" line="102" />
      <source>Today's backup could not be written: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_opening.py" line="109" />
      <source>The store was upgraded; a backup was saved as {path}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreRecovery</name>
    <message>
      <location filename="../../kamdesk/ui/shell/store_recovery.py" line="26" />
      <source>The store {path} is damaged and was left as it is. Open the latest backup, made {when}, instead? The damaged file is kept beside it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StoreSwitching</name>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="21" />
      <source>New empty &amp;store…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="23" />
      <source>&amp;Open store…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="30" />
      <source>Folder for the new store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="36" />
      <source>New empty store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="37" />
      <source>{folder} holds a store already; it opens in its own window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="44" />
      <source>Folder of the store to open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="50" />
      <source>Open store</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="51" />
      <source>{folder} holds no kamdesk store. Make an empty one there?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="65" />
      <source>This window holds that store.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="70" />
      <source>{folder} opens in a window of its own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/store_switching.py" line="74" />
      <source>kamdesk could not be started for {folder}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StrategicPage</name>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="116" />
      <source>Gate 1: strategic criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="117" />
      <source>Is the customer strategically important to us?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/status/funnel_wizard.py" line="152" />
      <source>{points} strategic points; the gate needs {minimum}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncLogDialog</name>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="289" />
      <source>Sync log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="294" />
      <source>No sync yet. Choose a shared file and press Sync (F9).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncSettingsDialog</name>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="60" />
      <source>Sync settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="71" />
      <source>A file on the network drive or in a cloud folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="77" />
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="82" />
      <source>Sync automatically at start and at close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="87" />
      <source>never in between</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="88" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="94" />
      <source>Everyone in the team chooses the same file. Each of you keeps working on your own store, offline; syncing merges your changes with the team's. Private notes never leave this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="104" />
      <source>Shared file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="110" />
      <source>&amp;Shared file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="111" />
      <source>Team se&amp;rver (PostgreSQL)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="116" />
      <source>The team syncs through:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="120" />
      <source>When to sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="123" />
      <source>Also every:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="105" />
      <source>Encryption:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_dialogs.py" line="144" />
      <source>Shared file</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamDialog</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="81" />
      <source>Our team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="86" />
      <source>Edit team member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="94" />
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="129" />
      <source>Add team member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="97" />
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="136" />
      <source>Remove team member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="103" />
      <source>A colleague who looks after more contacts at one account is overloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="112" />
      <source>At most this many contacts per colleague and account:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="128" />
      <source>New team member</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamModel</name>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="43" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="43" />
      <source>Function</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="43" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/stakeholders/team_dialog.py" line="43" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamServerForm</name>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="42" />
      <source>e.g. kamdesk.example.com</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="48" />
      <source>your login on the server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="52" />
      <source>kept in the keyring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="52" />
      <source>as your IT department gave it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="54" />
      <source>Remember the password on this computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="56" />
      <source>Encrypted connection (TLS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="61" />
      <source>Test connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="65" />
      <source>Port:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="69" />
      <source>Server:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="70" />
      <source>Database:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="71" />
      <source>User:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="72" />
      <source>Password:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="78" />
      <source>Everyone in the team enters the same server, each with their own login. Each of you keeps working on your own store, offline; syncing merges your changes with the team's. Private notes never leave this computer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="100" />
      <source>Enter the server and the database first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="103" />
      <source>Connecting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="109" />
      <source>Connected: the team server is ready.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/server_form.py" line="118" />
      <source>The connection could not be tested.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamSync</name>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="66" />
      <source>S&amp;ync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="69" />
      <source>Merge your changes with the team's shared file (F9)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="71" />
      <source>Sync &amp;settings…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="75" />
      <source>&amp;Conflicts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="82" />
      <source>Sync &amp;log…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="131" />
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="156" />
      <source>Syncing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="152" />
      <source>Merging…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="153" />
      <source>Sending %Ln row(s)…</source>
      <translation>
        <numerusform>Sending %Ln row…</numerusform>
        <numerusform>Sending %Ln rows…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="154" />
      <source>Receiving %Ln row(s)…</source>
      <translation>
        <numerusform>Receiving %Ln row…</numerusform>
        <numerusform>Receiving %Ln rows…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="191" />
      <source>Sync needs the team passphrase (F9)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="232" />
      <source>Not synced yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="295" />
      <source>Sync settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="297" />
      <source>This computer has no keyring to keep the password in: kamdesk keeps it until it is closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="356" />
      <source>Changes made at once by you and a colleague, or accounts sharing a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="187" />
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="237" />
      <source>Sync refused at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="151" />
      <source>Reading the team's changes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="240" />
      <source>Synced at {time} · {came} in, {out} out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="322" />
      <source>Keep my value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="322" />
      <source>Keep their value</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/sync/team_sync.py" line="354" />
      <source>%Ln conflict(s)</source>
      <translation>
        <numerusform>%Ln conflict</numerusform>
        <numerusform>%Ln conflicts</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../kamdesk/ui/accounts/trash_dialog.py" line="28" />
      <source>Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/trash_dialog.py" line="40" />
      <source>The trash is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/accounts/trash_dialog.py" line="46" />
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnexpectedErrorDialog</name>
    <message>
      <location filename="../../kamdesk/ui/shell/error_report.py" line="29" />
      <source>kamdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/error_report.py" line="39" />
      <source>kamdesk ran into an unexpected problem. What was saved is safe; the last step may not have been carried out. Please try it once more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/error_report.py" line="44" />
      <source>The log file is {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/error_report.py" line="50" />
      <source>&amp;Copy details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/error_report.py" line="61" />
      <source>Copied</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>UnplacedModel</name>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="76" />
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/portfolio/placement_models.py" line="76" />
      <source>What is missing</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="48" />
      <source>Prepare visit – {account}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="56" />
      <source>e.g. annual review, offer for the new plant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="67" />
      <source>Visit &amp;on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="68" />
      <source>&amp;Purpose:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="69" />
      <source>Their people:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="70" />
      <source>Our people:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="71" />
      <source>Pre&amp;view…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="73" />
      <source>&amp;Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="75" />
      <source>&amp;Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="121" />
      <source>{account} – visit {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="126" />
      <source>Export briefing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_dialog.py" line="128" />
      <source>PDF document (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VisitPlanning</name>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_planning.py" line="45" />
      <source>Briefing saved as {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/briefing/visit_planning.py" line="64" />
      <source>Plan visit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VisitsModel</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="40" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="40" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="40" />
      <source>Attending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="40" />
      <source>Report</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VisitsPage</name>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="99" />
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="169" />
      <source>Remove visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="104" />
      <source>&amp;Write report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="106" />
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="112" />
      <source>Plan a visit with “Prepare visit” (Ctrl+B).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="116" />
      <source>No visits yet. “Prepare visit” (Ctrl+B) plans one and writes its briefing; afterwards its report goes here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/lifecycle/visits_page.py" line="156" />
      <source>Write visit report</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WhiteSpaceModel</name>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="246" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="246" />
      <source>Offering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/plan/penetration_model.py" line="246" />
      <source>Potential</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="18" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="21" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="26" />
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="31" />
      <source>&amp;Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="32" />
      <source>&amp;Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="33" />
      <source>&amp;Reminders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="34" />
      <source>&amp;Portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="39" />
      <source>&amp;Getting started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="42" />
      <source>&amp;Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/window_menus.py" line="47" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Workbench</name>
    <message>
      <location filename="../../kamdesk/ui/shell/workbench.py" line="49" />
      <source>Home</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/workbench.py" line="50" />
      <source>Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/workbench.py" line="52" />
      <source>Portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/workbench.py" line="105" />
      <source>Reminders ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/shell/workbench.py" line="107" />
      <source>Reminders</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>briefing</name>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="64" />
      <source>Notes from the visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="67" />
      <source>Visit on {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="71" />
      <source>Visit briefing: {account}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="80" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="82" />
      <location filename="../../kamdesk/documents/briefing.py" line="189" />
      <location filename="../../kamdesk/documents/briefing.py" line="210" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="85" />
      <source>Review date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="86" />
      <source>Lifecycle phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="87" />
      <source>Coverage of the buying centre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="88" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="91" />
      <source>From our side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="92" />
      <source>Where the account stands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="106" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="108" />
      <source>Contribution margin (DB II)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="112" />
      <location filename="../../kamdesk/documents/briefing.py" line="221" />
      <source>Potential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="113" />
      <source>Satisfaction (1–5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="115" />
      <source>Trend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="117" />
      <source>Key figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="129" />
      <source>The people in the room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="135" />
      <source>nobody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="137" />
      <source>nobody of ours on their level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="138" />
      <source>never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="140" />
      <source>due again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="142" />
      <source>Contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="144" />
      <source>Unit and function</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="147" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="149" />
      <source>Role and attitude</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="153" />
      <source>Relationship quality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="156" />
      <source>Last contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="157" />
      <source>Looked after by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="163" />
      <source>Learned in the jour fixe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="168" />
      <source>The map is in the PDF and HTML versions of this briefing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="171" />
      <source>Stakeholder map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="186" />
      <source>Open action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="187" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="188" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="205" />
      <source>Open complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="206" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="207" />
      <source>Days open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="208" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="211" />
      <source>What is open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="219" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="220" />
      <source>Offering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="223" />
      <source>White space</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="234" />
      <source>fulfilled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="234" />
      <source>open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="239" />
      <source>Counter-performance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="240" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="241" />
      <source>Agreed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="242" />
      <source>State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="245" />
      <source>What the customer agreed to give</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="253" />
      <source>Talking points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="260" />
      <source>Address the complaint “{topic}” (open for {days} days).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="265" />
      <source>Warning: {signal}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="269" />
      <source>{name} was last met {days} days ago: renew the contact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="273" />
      <source>The key-account status is reviewed in {days} days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="277" />
      <source>Offer {what} (potential {amount}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="287" />
      <source>Jour fixe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="293" />
      <source>Latest activities and jour-fixe notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="302" />
      <source>No customer contacts chosen for the visit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="304" />
      <source>No key figures on record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="306" />
      <source>No white space in the penetration plan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="308" />
      <source>No open actions in the annual plan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="310" />
      <source>Not yet on record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="316" />
      <source>Visit briefing · {account} · {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/briefing.py" line="322" />
      <source>Page {page} of {pages}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="38" />
      <source>--accounts takes a number from 1 to 50000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="49" />
      <source>The store was backed up to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="56" />
      <source>The store is now the backup {backup}; it was backed up first to {before}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="77" />
      <source>The store {path} is healthy (schema {revision}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="86" />
      <source>The store {path} has schema {revision}; this kamdesk expects {head}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="35" />
      <source>No key-account status is due for review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="39" />
      <source>Review due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="47" />
      <location filename="../../kamdesk/cli/status_commands.py" line="40" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="48" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="49" />
      <source>Potential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="74" />
      <source>the medians</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="76" />
      <source>chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="78" />
      <source>{basis} {year}: value from {value}, potential from {potential} ({how})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="41" />
      <source>After review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="42" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="68" />
      <source>drops to {level}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/status_commands.py" line="71" />
      <source>still qualifies: to confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/scorecard_command.py" line="29" />
      <source>The file must end in .pdf or .html.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/plan_commands.py" line="34" />
      <source>The file must end in .xlsx.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/plan_commands.py" line="47" />
      <source>Imported {units} units and {cells} filled cells into {account}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="107" />
      <source>Row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="109" />
      <location filename="../../kamdesk/cli/contact_commands.py" line="88" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="110" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="115" />
      <source>{new} new, {updated} updated, {refused} refused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="120" />
      <source>Nothing was written (a dry run); add --yes to import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="122" />
      <source>Refused rows were not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="89" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="90" />
      <source>Function</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="91" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="92" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="93" />
      <source>Last contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="94" />
      <source>Counterparts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="139" />
      <source>no important contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="143" />
      <source>Coverage: {coverage}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="175" />
      <source>Imported {imported}, skipped {skipped} duplicates, refused {refused}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/contact_commands.py" line="179" />
      <source>Would import {imported}, skip {skipped} duplicates, refuse {refused}. Nothing was written; add --yes to import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/reminder_commands.py" line="75" />
      <source>Nothing is due.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/reminder_commands.py" line="77" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/reminder_commands.py" line="77" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="45" />
      <location filename="../../kamdesk/cli/reminder_commands.py" line="77" />
      <location filename="../../kamdesk/cli/sync_commands.py" line="154" />
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/account_import_command.py" line="108" />
      <location filename="../../kamdesk/cli/reminder_commands.py" line="78" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/briefing_command.py" line="38" />
      <source>The file must end in .pdf, .html or .md.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="94" />
      <source>Give the new passphrase in {variable}, or run this at a terminal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="102" />
      <source>The shared file is encrypted with the new passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="109" />
      <source>The shared file is no longer encrypted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="121" />
      <source>Team passphrase: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="130" />
      <source>New team passphrase: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="131" />
      <source>The same again: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="133" />
      <source>The two did not match; please type them again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="138" />
      <source>Synced: {out} out, {came} in, {conflicts} conflict(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="150" />
      <source>No conflicts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="153" />
      <source>ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/portfolio_command.py" line="46" />
      <location filename="../../kamdesk/cli/sync_commands.py" line="155" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="156" />
      <source>Mine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="157" />
      <source>Theirs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/sync_commands.py" line="172" />
      <source>Conflict resolved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/export_commands.py" line="42" />
      <source>Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/export_commands.py" line="60" />
      <source>Wrote {count} to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/server_commands.py" line="71" />
      <source>The team server {server} is ready: team {team}, {writes}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="17" />
      <source>Street</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="18" />
      <source>Postcode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="19" />
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="20" />
      <source>Contact person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="21" />
      <source>Contact's e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="22" />
      <source>Contact's phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="28" />
      <source>(not imported)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="35" />
      <source>Salesforce export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="36" />
      <source>HubSpot companies export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="37" />
      <source>Dynamics 365 accounts export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="38" />
      <source>German account list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="39" />
      <source>Account list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="40" />
      <source>Account list with your column mapping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="46" />
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="47" />
      <source>Update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="48" />
      <source>Unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="49" />
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="56" />
      <source>the name is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="57" />
      <source>the text is too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="58" />
      <source>“{detail}” is no amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="59" />
      <source>“{detail}” is not a valid value here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="60" />
      <source>the same account as row {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="61" />
      <source>an account of this name exists in {detail}; rename one of them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="66" />
      <source>Column “{column}”: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="78" />
      <source>Changes: {fields}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="95" />
      <source>The file cannot be read ({detail}). Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="98" />
      <source>The file is larger than any account list kamdesk imports (64 MB, 100,000 rows, 300 columns). Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="103" />
      <source>The file is neither a CSV file nor an Excel workbook (.xlsx) that can be read. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="108" />
      <source>kamdesk reads Excel workbooks (.xlsx) and CSV files. Save the file as .xlsx in Excel or LibreOffice and import that.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="113" />
      <source>The file holds no accounts below its header row. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="116" />
      <source>Row {detail} breaks the CSV format (a quote left open, a field beyond 100,000 characters or a control character). Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="121" />
      <source>No column of the file says the account's name. Say what the columns mean (a mapping), then import again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/import_words.py" line="126" />
      <source>The workbook has no sheet “{detail}”. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="19" />
      <source>C customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="20" />
      <source>B customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="21" />
      <source>A customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="22" />
      <source>Large customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="23" />
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="24" />
      <source>Key Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="25" />
      <source>Strategic Key Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="26" />
      <source>Corporate Key Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="32" />
      <source>National</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="33" />
      <source>Regional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="34" />
      <source>Global</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="40" />
      <source>A</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="41" />
      <source>B</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="42" />
      <source>C</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="48" />
      <source>Executive board / managing director</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="49" />
      <source>Division head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="50" />
      <source>Department head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="51" />
      <source>Team lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="52" />
      <source>Specialist / clerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="53" />
      <source>Assistant / secretariat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="59" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="60" />
      <source>Industry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="61" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="62" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="63" />
      <source>Customer number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="64" />
      <source>VAT ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="65" />
      <source>Segment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="66" />
      <location filename="../../kamdesk/i18n/labels.py" line="98" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="67" />
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="68" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="69" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="70" />
      <source>Private notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="71" />
      <location filename="../../kamdesk/i18n/labels.py" line="72" />
      <source>Group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="73" />
      <source>Portfolio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="74" />
      <location filename="../../kamdesk/i18n/labels.py" line="174" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="75" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="76" />
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="79" />
      <location filename="../../kamdesk/i18n/labels.py" line="176" />
      <source>Share of wallet (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="80" />
      <source>Satisfaction (1–5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="81" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="82" />
      <source>Competitor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="83" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="84" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="85" />
      <source>Function</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="86" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="87" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="88" />
      <source>Relationship quality (1–5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="89" />
      <source>Contact interval (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="90" />
      <source>Interval (weeks)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="91" />
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="92" />
      <source>Phase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="93" />
      <source>Topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="94" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="95" />
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="96" />
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="97" />
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="99" />
      <source>Open complaints at once</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="100" />
      <source>Complaint open longer than (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="101" />
      <source>Satisfaction drop (points)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="102" />
      <source>Revenue drop (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="103" />
      <source>No contact for (days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="112" />
      <source>Lighthouse / reference customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="113" />
      <source>Opinion leader in its industry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="114" />
      <source>Complex relationship</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="115" />
      <source>Number of countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="116" />
      <source>Number of sites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="117" />
      <source>Revenue (average of the last three years)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="177" />
      <source>Strategic goal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="183" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="184" />
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="185" />
      <location filename="../../kamdesk/i18n/labels.py" line="205" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="186" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="192" />
      <source>Logistics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="193" />
      <source>IT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="194" />
      <source>Research and development</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="195" />
      <source>Administration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="196" />
      <source>Production</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="202" />
      <source>Idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="203" />
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="204" />
      <source>Running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="206" />
      <source>Dropped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="213" />
      <source>the disk is full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="214" />
      <source>you have no permission there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="215" />
      <source>the drive is read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="216" />
      <source>a folder stands where the file should be</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="217" />
      <source>the disk or the network failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="219" />
      <source>the system refused it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="224" />
      <source>Before an upgrade of kamdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="225" />
      <source>Daily</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="226" />
      <source>Made by you</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="227" />
      <source>Before a restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="78" />
      <location filename="../../kamdesk/i18n/labels.py" line="118" />
      <source>Potential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="77" />
      <location filename="../../kamdesk/i18n/labels.py" line="119" />
      <location filename="../../kamdesk/i18n/labels.py" line="175" />
      <source>Contribution margin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="125" />
      <source>Dedicated contact person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="126" />
      <source>Answer within 24 hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="127" />
      <source>Answer within 4 hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="128" />
      <source>Joint annual planning workshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="129" />
      <source>Executive sponsor on our board</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="136" />
      <source>Automatic review: points below the level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="137" />
      <source>Review confirmed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="138" />
      <source>Selection funnel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="139" />
      <source>Change undone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="146" />
      <source>Access to further countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="147" />
      <source>Access to further sites</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="148" />
      <source>Access to further contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="149" />
      <source>Commitment to a joint strategy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="150" />
      <source>Joint marketing projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="151" />
      <source>Joint development workshops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="154" />
      <source>Something else</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="161" />
      <source>Key-account care agreed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="162" />
      <source>Declined by the customer: Großkunde</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="163" />
      <source>Not qualified: too few strategic points (gate 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="166" />
      <source>Not qualified: hard figures below the minimum (gate 2)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>lifecycle</name>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="19" />
      <source>Acquisition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="20" />
      <source>Penetration and retention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="21" />
      <source>Endangered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="22" />
      <source>Securing and recovery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="23" />
      <source>Dissolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="24" />
      <source>Revitalisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="30" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="31" />
      <source>Medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="32" />
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="33" />
      <source>Critical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="39" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="40" />
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="41" />
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="47" />
      <source>Ask existing customers for a referral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="48" />
      <source>Look at our offer from the customer's side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="49" />
      <source>Win a first, small order to prove ourselves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="50" />
      <source>Offer further product lines (cross-selling)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="51" />
      <source>Check that every promise made was kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="52" />
      <source>Keep up constant communication</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="53" />
      <source>Arrange a meeting at management level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="54" />
      <source>Clear all open complaints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="55" />
      <source>Find out what the competition offers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="56" />
      <source>Find out why the customer wants to leave</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="57" />
      <source>React to every complaint within a day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="58" />
      <source>Make a targeted offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="59" />
      <source>Wind down open orders in an orderly way</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="60" />
      <source>Write down what we learned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="61" />
      <source>Find out what has changed at the customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="62" />
      <source>Make an offer for a new start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="74" />
      <source>{value} open complaints (warning from {threshold})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="77" />
      <source>A complaint has been open for {value} days (warning from {threshold})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="80" />
      <source>Satisfaction fell by {value} points (warning from {threshold})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="83" />
      <source>Revenue fell by {value} % (warning from {threshold} %)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="86" />
      <source>No contact with a decision maker, influencer or purchaser for {value} days (warning from {threshold})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="91" />
      <source>The customer is talking to competitors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="100" />
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="101" />
      <source>This week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="102" />
      <source>Later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="108" />
      <source>Status review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="109" />
      <source>Complaint open too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="110" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="111" />
      <source>Jour fixe</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="112" />
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="113" />
      <source>Contact due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/lifecycle_words.py" line="125" />
      <source>{what} – {account}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/calendar.py" line="25" />
      <source>Account: {account}
Due on {date}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="56" />
      <source>{field} must not be empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="58" />
      <source>{field} is longer than {limit} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="62" />
      <source>There is no field called “{field}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="66" />
      <source>A change of {field} needs a reason for the history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="70" />
      <source>{field} has a value that is not allowed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="74" />
      <source>Groups have one level: a group account cannot belong to a group, and a member of a group cannot have members of its own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="84" />
      <source>The store {path} was written by a newer version of kamdesk (schema {revision}). It was left untouched; please update kamdesk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="90" />
      <source>The file {path} is damaged or is no kamdesk store; it was left as it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="94" />
      <source>There is no kamdesk store at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="97" />
      <source>The store {path} could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="102" />
      <source>The store {path} is busy: another program (a second kamdesk, a backup) is writing to it. Nothing was changed; please try again in a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="107" />
      <source>The store {path} is read-only here. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="110" />
      <source>The disk holding the store {path} is full. Nothing was changed; free some space and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="115" />
      <source>The store {path} cannot be opened: the folder is missing or not accessible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="119" />
      <source>The disk failed to read or write the store {path}. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="129" />
      <source>Two criteria have the same key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="130" />
      <source>The bands must start ever higher and give ever more points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="133" />
      <source>Bands are written as “from: points; from: points”, e.g. “2: 5; 5: 10”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="136" />
      <source>Only key-figure criteria name a key figure.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="137" />
      <source>Every key-account level needs a rule.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="138" />
      <source>Each level must need more points than the level below it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="141" />
      <source>A status is reviewed after 1 to 24 months, never later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="144" />
      <source>The catalogue cannot be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="149" />
      <source>“{text}” is not an amount.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="153" />
      <source>“{text}” can mean {whole} or {head}{point}{tail}. Type {whole} for the first, {head}{point}{tail}0 for the second.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="161" />
      <source>“{text}” says no state. Type an amount (our revenue), or “Ours”, “Competitor”, “Potential” or “Not relevant”, followed by an amount or a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="167" />
      <source>Cell {cell}: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="175" />
      <source>{path} is not an Excel workbook (.xlsx) that can be read. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="179" />
      <source>kamdesk reads Excel workbooks (.xlsx). Open {path} in Excel or LibreOffice, save it as an Excel workbook (.xlsx), and import that file. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="184" />
      <source>{path} holds more than a penetration plan can (at most {rows} rows and {columns} columns). Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="197" />
      <source>The sheet is empty; units belong in column A, offerings in row 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="200" />
      <source>a name is missing or longer than 120 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="203" />
      <source>the offering “{text}” appears twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="206" />
      <source>the level “{text}” must be a whole number from 1 to one more than the unit above.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="210" />
      <source>“{text}” is no kind of unit (site, country, division, department).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="213" />
      <source>the amount {text} is negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="215" />
      <source>Cell {cell}: {problem} Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="222" />
      <source>The file holds neither vCards nor a contact list exported from Outlook or Google Contacts. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="227" />
      <source>The file holds no contacts. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="230" />
      <source>The file cannot be read ({detail}). Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="233" />
      <source>The file is larger than 64 MB, more than any address book holds. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="242" />
      <source>kamdesk is already open with the store {path}; its window was brought to the front.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="250" />
      <source>kamdesk ran into an unexpected problem; nothing more was changed. The log file {path} says where it happened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="261" />
      <source>An account named “{name}” already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="265" />
      <source>There is no account “{reference}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="269" />
      <source>Several accounts are named “{name}”; name one by its id (kamdesk accounts list shows the ids), or rename one of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="275" />
      <source>The account has no contact “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="279" />
      <source>{path} could not be written ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="288" />
      <source>“{text}” is too early; choose {earliest} or later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="291" />
      <source>“{text}” is no date. Type it day first, as {example}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="301" />
      <source>The catalogue already has an offering “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="305" />
      <source>Demo data can only be loaded into an empty store.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="314" />
      <source>Something went wrong: {detail}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>penetration</name>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="24" />
      <source>Product line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="25" />
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="31" />
      <source>We supply this unit with this offering; the amount is our revenue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="34" />
      <source>A competitor supplies it; write the competitor's name after the word.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="37" />
      <source>Nobody supplies it yet: white space; the amount is its estimated value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="40" />
      <source>The unit has no need for this offering.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="41" />
      <source>An empty cell: not known yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="48" />
      <source>Unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="49" />
      <source>Outline level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="50" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="51" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="52" />
      <source>Potential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="53" />
      <source>Legend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="56" />
      <source>A number alone is our revenue. Amounts may be written 12000, 12.000 or 12,000.50.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="60" />
      <source>Level 1 is a top-level unit; level 2 belongs to the nearest level-1 unit above it, and so on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/penetration_words.py" line="65" />
      <source>Rows and columns whose heading starts with Σ are sums; they are not imported.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>portfolio</name>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="14" />
      <source>Top customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="15" />
      <source>Base customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="16" />
      <source>Development customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="17" />
      <source>Carried customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="24" />
      <source>Top customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="25" />
      <source>Base customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="26" />
      <source>Development customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="27" />
      <source>Carried customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="33" />
      <source>High value today and high potential: the first candidates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="36" />
      <source>High value today, little potential left: keep and defend.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="39" />
      <source>Little value today, high potential: worth developing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="42" />
      <source>Little value and little potential: served along the way, without key-account care.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="51" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="52" />
      <source>Contribution margin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="58" />
      <source>{basis} {year} missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="59" />
      <source>potential {year} missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="60" />
      <source>{basis} and potential {year} missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="66" />
      <source>the key figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="67" />
      <source>the penetration plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="76" />
      <source>Portfolio: not placed ({lacks}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/portfolio_words.py" line="81" />
      <source>Portfolio: {field} (value {value}, potential {potential} from {source}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>scorecard</name>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="36" />
      <source>yes: {points}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="40" />
      <source>from {minimum}: {points}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="51" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="51" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="56" />
      <source>from {minimum}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="86" />
      <source>Scorecard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="87" />
      <source>Key-account scorecard as of {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="90" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="91" />
      <source>granted on {granted}, next review on {due}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="95" />
      <source>Criteria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="96" />
      <source>Criterion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="97" />
      <source>Points for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="98" />
      <source>Your account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="99" />
      <source>Points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="100" />
      <source>Maximum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="101" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="102" />
      <source>Levels and what they offer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="103" />
      <source>Level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="104" />
      <source>Points needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="105" />
      <source>Reviewed after (months)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/documents/scorecard.py" line="106" />
      <source>Benefits</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>stakeholders</name>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="22" />
      <source>Decision maker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="23" />
      <source>Influencer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="24" />
      <source>Purchaser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="25" />
      <source>Gatekeeper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="26" />
      <source>User</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="27" />
      <source>No role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="33" />
      <source>Supporter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="34" />
      <source>Neutral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="35" />
      <source>Critic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="36" />
      <source>Unknown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="42" />
      <source>Needs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="43" />
      <source>Satisfaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="44" />
      <source>Future ideas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="45" />
      <source>Developments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="59" />
      <source>no name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="60" />
      <source>the card cannot be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="61" />
      <source>a field is too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="62" />
      <source>a company's or group's card</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="63" />
      <source>imported without a line that cannot be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="67" />
      <source>Card {position} ({detail}): {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="79" />
      <source>{contact} has no counterpart in our team.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="83" />
      <source>{contact} ({level}) is looked after by {member}: assistant and manager do not match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="95" />
      <source>Nobody in our team has contact on the level “{level}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="99" />
      <source>{contact}: no contact on record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="118" />
      <source>Arrange a meeting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="119" />
      <source>{member} should arrange a meeting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="123" />
      <source>Nobody in the team is on this level.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="126" />
      <source>Hand contacts over to {member}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/stakeholder_words.py" line="127" />
      <source>Suggested: {member}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="35" />
      <source>The shared file {path} is damaged and was left as it is. Nothing was synced. The last good copy is {backup}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="40" />
      <source>The shared file {path} is damaged and was left as it is. Nothing was synced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="44" />
      <source>The shared file {path} was written by a newer version of kamdesk. Nothing was synced; please update kamdesk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="50" />
      <source>The shared file {path} belongs to another team. Nothing was synced. To join that team, choose the file again in the sync settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="56" />
      <source>The shared file {path} is encrypted. Enter the team passphrase to sync; nothing was synced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="62" />
      <source>The passphrase does not open the shared file {path}. It may have been mistyped, or a colleague changed it; nothing was synced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="68" />
      <source>A team passphrase needs at least {count} characters; a short sentence is best. The shared file was left as it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="75" />
      <source>{who} is syncing right now. Please try again in a minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="78" />
      <source>The shared file kept changing while syncing. Please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="80" />
      <source>{path} cannot be found. Is the network drive or cloud folder connected? Nothing was synced. If the team's file was deleted, choose it again in the sync settings to start it anew.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="87" />
      <source>The shared file {path} could not be written: {problem}. It and your data are as they were; please try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="93" />
      <source>The shared file {path} could not be read: {problem}. Nothing was synced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="97" />
      <source>No shared file is chosen yet (Team › Sync settings…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="105" />
      <source>This computer's clock is {ahead} ahead of the file server's. Nothing was synced; set the date, time and time zone right, then sync again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="110" />
      <source>The shared file {path} cannot be used right now ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="116" />
      <source>There is no open conflict “{reference}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="123" />
      <source>Accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="124" />
      <source>Contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="125" />
      <source>Activities and visits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="126" />
      <source>Key figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="127" />
      <source>Plan actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="128" />
      <source>Plan goals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="129" />
      <source>Complaints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="130" />
      <source>Team members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="131" />
      <source>Penetration plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="133" />
      <source>Other entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="139" />
      <source>{table} · deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="141" />
      <source>Key-account status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="149" />
      <source>deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="151" />
      <source>(empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="157" />
      <source>the shared file is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="158" />
      <source>written by a newer kamdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="159" />
      <source>another team's file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="160" />
      <source>a colleague was syncing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="161" />
      <source>the team passphrase was needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="162" />
      <source>the team passphrase did not fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="163" />
      <source>the shared file was not found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="164" />
      <source>no shared file chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="165" />
      <source>a computer's clock is wrong</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="166" />
      <source>this computer's clock is ahead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="167" />
      <source>the shared file could not be written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="168" />
      <source>the shared file could not be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="169" />
      <source>the team server could not be reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="170" />
      <source>the team server refused the login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="171" />
      <source>the team server is not set up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="172" />
      <source>the team server is of a newer kamdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="173" />
      <source>another team's server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="174" />
      <source>colleagues were syncing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="175" />
      <source>the team server already holds a team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/sync_words.py" line="176" />
      <source>the shared file could not be used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="30" />
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="31" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="32" />
      <source>Mine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="33" />
      <source>Theirs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="34" />
      <source>Theirs by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="35" />
      <source>Original</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="51" />
      <source>Kept for now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="51" />
      <source>Set aside</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="75" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="76" />
      <source>Result</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="77" />
      <source>Went out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="78" />
      <source>Came in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="79" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="80" />
      <source>Conflicts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="103" />
      <source>Refused: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/sync/sync_models.py" line="106" />
      <source>Synced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="23" />
      <source>The team server {server} cannot be reached. Is the network connected? Nothing was synced; your changes stay on this laptop and go out with the next sync.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="29" />
      <source>The team server {server} refused the login. Check the user name and password, or ask your IT department for access; nothing was synced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="35" />
      <source>The team server {server} is not set up for this version of kamdesk. Your IT department sets it up with “kamdesk server init”; nothing was synced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="41" />
      <source>The team server {server} was set up by a newer version of kamdesk. Nothing was synced; please update kamdesk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="47" />
      <source>The team server {server} belongs to another team. Nothing was synced. To join that team, choose the server again in the sync settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="53" />
      <source>The team server {server} already holds a team's data. A shared file is moved only onto a new team server; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="59" />
      <source>Colleagues kept syncing with the team server {server}. Nothing was lost; please sync again in a minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/server_words.py" line="64" />
      <source>The team server {server} cannot be used right now ({detail}). Nothing was synced.</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
