<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
  <context>
    <name>AccountEditor</name>
    <message>
      <location filename="../../kamdesk/ui/account_editor.py" line="66" />
      <source>Create “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_editor.py" line="77" />
      <source>Edit “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_editor.py" line="88" />
      <source>Delete “{name}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_editor.py" line="97" />
      <source>Restore “{name}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AccountForm</name>
    <message>
      <location filename="../../kamdesk/ui/account_form.py" line="63" />
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_form.py" line="65" />
      <source>Save the changes (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_form.py" line="66" />
      <source>Revert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_form.py" line="67" />
      <source>Throw away the changes not saved yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_form.py" line="122" />
      <source>Created {created} · last changed {updated}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <location filename="../../kamdesk/ui/empty_state.py" line="11" />
      <source>No accounts yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/empty_state.py" line="15" />
      <source>Create your first account, or load demo data to look around: a few hundred European customers with their people and figures.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="78" />
      <source>Opening your accounts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="129" />
      <source>&amp;New account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="133" />
      <source>&amp;Delete account…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="137" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="140" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="145" />
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="147" />
      <source>&amp;Trash…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="149" />
      <source>Load &amp;demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="152" />
      <source>&amp;Preferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="155" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="157" />
      <source>&amp;About kamdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="162" />
      <source>Search accounts (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="191" />
      <source>Select an account in the list, or create one with Ctrl+N.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="199" />
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="213" />
      <source>Main</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="231" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="241" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="249" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="264" />
      <source>Loading accounts…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="282" />
      <source>No account matches “{text}”.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/main_window.py" line="285" />
      <source>%n account(s)</source>
      <translation>
        <numerusform>%n account</numerusform>
        <numerusform>%n accounts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/main_window.py" line="288" />
      <source>%n of {total} accounts</source>
      <translation>
        <numerusform>%n of {total} accounts</numerusform>
        <numerusform>%n of {total} accounts</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="342" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="343" />
      <source>The changes to “{name}” cannot be saved: {reason}

Discard them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="359" />
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="366" />
      <source>New account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="381" />
      <source>Delete account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="383" />
      <source>Delete “{name}”?

You can undo this with Ctrl+Z or restore the account from the trash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="399" />
      <source>Deleted “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="430" />
      <source>Loading demo data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="463" />
      <source>kamdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="468" />
      <source>About kamdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="470" />
      <source>&lt;h3&gt;kamdesk {version}&lt;/h3&gt;&lt;p&gt;The key account manager's desktop workbench.&lt;/p&gt;&lt;p&gt;Your store: {path}&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="479" />
      <source>The store was upgraded; a backup was saved as {path}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="29" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="31" />
      <source>As the system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="35" />
      <source>The language changes at the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="43" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="57" />
      <source>Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="69" />
      <source>The trash is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="75" />
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="27" />
      <source>--accounts takes a number from 1 to 50000.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/cli/store_commands.py" line="30" />
      <source>Loaded %n demo account(s).</source>
      <translation>
        <numerusform>Loaded %n demo account.</numerusform>
        <numerusform>Loaded %n demo accounts.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="48" />
      <source>The store {path} is healthy (schema {revision}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="57" />
      <source>The store {path} has schema {revision}; this kamdesk expects {head}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="12" />
      <source>C customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="13" />
      <source>B customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="14" />
      <source>A customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="15" />
      <source>Large customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="16" />
      <source>Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="17" />
      <source>Key Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="18" />
      <source>Strategic Key Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="19" />
      <source>Corporate Key Account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="25" />
      <source>National</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="26" />
      <source>Regional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="27" />
      <source>Global</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="33" />
      <source>A</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="34" />
      <source>B</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="35" />
      <source>C</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="41" />
      <source>Executive board / managing director</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="42" />
      <source>Division head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="43" />
      <source>Department head</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="44" />
      <source>Team lead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="45" />
      <source>Specialist / clerk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="46" />
      <source>Assistant / secretariat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="52" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="53" />
      <source>Industry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="54" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="55" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="56" />
      <source>Segment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="57" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="58" />
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="59" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="60" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="61" />
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="28" />
      <source>{field} must not be empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="30" />
      <source>{field} is longer than {limit} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="34" />
      <source>There is no field called “{field}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="38" />
      <source>{field} has a value that is not allowed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="46" />
      <source>The store {path} was written by a newer version of kamdesk (schema {revision}). It was left untouched; please update kamdesk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="52" />
      <source>The file {path} is not a readable kamdesk store ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="56" />
      <source>There is no kamdesk store at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="58" />
      <source>The store {path} cannot be used right now ({detail}). Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="61" />
      <source>The store {path} could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="68" />
      <source>An account named “{name}” already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="72" />
      <source>There is no account “{reference}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="76" />
      <source>Demo data can only be loaded into an empty store.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="79" />
      <source>Something went wrong: {detail}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>