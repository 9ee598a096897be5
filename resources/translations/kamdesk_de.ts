<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
  <context>
    <name>AccountEditor</name>
    <message>
      <location filename="../../kamdesk/ui/account_editor.py" line="66" />
      <source>Create “{name}”</source>
      <translation>„{name}“ anlegen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_editor.py" line="77" />
      <source>Edit “{name}”</source>
      <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_editor.py" line="88" />
      <source>Delete “{name}”</source>
      <translation>„{name}“ löschen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_editor.py" line="97" />
      <source>Restore “{name}”</source>
      <translation>„{name}“ wiederherstellen</translation>
    </message>
  </context>
  <context>
    <name>AccountForm</name>
    <message>
      <location filename="../../kamdesk/ui/account_form.py" line="63" />
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_form.py" line="65" />
      <source>Save the changes (Ctrl+S)</source>
      <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_form.py" line="66" />
      <source>Revert</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_form.py" line="67" />
      <source>Throw away the changes not saved yet</source>
      <translation>Noch nicht gespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/account_form.py" line="122" />
      <source>Created {created} · last changed {updated}</source>
      <translation>Angelegt {created} · zuletzt geändert {updated}</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <location filename="../../kamdesk/ui/empty_state.py" line="11" />
      <source>No accounts yet</source>
      <translation>Noch keine Kunden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/empty_state.py" line="15" />
      <source>Create your first account, or load demo data to look around: a few hundred European customers with their people and figures.</source>
      <translation>Legen Sie Ihren ersten Kunden an oder laden Sie Demodaten, um sich umzusehen: einige hundert europäische Kunden mit Ansprechpartnern und Kennzahlen.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="78" />
      <source>Opening your accounts…</source>
      <translation>Ihre Kunden werden geöffnet …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="129" />
      <source>&amp;New account</source>
      <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="133" />
      <source>&amp;Delete account…</source>
      <translation>Kunden &amp;löschen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="137" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="140" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="145" />
      <source>&amp;Find…</source>
      <translation>&amp;Suchen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="147" />
      <source>&amp;Trash…</source>
      <translation>&amp;Papierkorb …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="149" />
      <source>Load &amp;demo data</source>
      <translation>&amp;Demodaten laden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="152" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="155" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="157" />
      <source>&amp;About kamdesk</source>
      <translation>Ü&amp;ber kamdesk</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="162" />
      <source>Search accounts (Ctrl+F)</source>
      <translation>Kunden suchen (Strg+F)</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="191" />
      <source>Select an account in the list, or create one with Ctrl+N.</source>
      <translation>Wählen Sie links einen Kunden aus oder legen Sie mit Strg+N einen neuen an.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="199" />
      <source>Overview</source>
      <translation>Überblick</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="213" />
      <source>Main</source>
      <translation>Hauptleiste</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="231" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="241" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="249" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="264" />
      <source>Loading accounts…</source>
      <translation>Kunden werden geladen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="282" />
      <source>No account matches “{text}”.</source>
      <translation>Kein Kunde passt zu „{text}“.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/main_window.py" line="285" />
      <source>%n account(s)</source>
      <translation>
        <numerusform>%n Kunde</numerusform>
        <numerusform>%n Kunden</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/ui/main_window.py" line="288" />
      <source>%n of {total} accounts</source>
      <translation>
        <numerusform>%n von {total} Kunden</numerusform>
        <numerusform>%n von {total} Kunden</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="342" />
      <source>Unsaved changes</source>
      <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="343" />
      <source>The changes to “{name}” cannot be saved: {reason}

Discard them?</source>
      <translation>Die Änderungen an „{name}“ können nicht gespeichert werden: {reason}

Verwerfen?</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="359" />
      <source>Saved.</source>
      <translation>Gespeichert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="366" />
      <source>New account</source>
      <translation>Neuer Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="381" />
      <source>Delete account</source>
      <translation>Kunden löschen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="383" />
      <source>Delete “{name}”?

You can undo this with Ctrl+Z or restore the account from the trash.</source>
      <translation>„{name}“ löschen?

Sie können das mit Strg+Z rückgängig machen oder den Kunden aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="399" />
      <source>Deleted “{name}”.</source>
      <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="430" />
      <source>Loading demo data…</source>
      <translation>Demodaten werden geladen …</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="463" />
      <source>kamdesk</source>
      <translation>kamdesk</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="468" />
      <source>About kamdesk</source>
      <translation>Über kamdesk</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="470" />
      <source>&lt;h3&gt;kamdesk {version}&lt;/h3&gt;&lt;p&gt;The key account manager's desktop workbench.&lt;/p&gt;&lt;p&gt;Your store: {path}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;kamdesk {version}&lt;/h3&gt;&lt;p&gt;Die Werkbank des Key Account Managers.&lt;/p&gt;&lt;p&gt;Ihr Datenbestand: {path}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/main_window.py" line="479" />
      <source>The store was upgraded; a backup was saved as {path}.</source>
      <translation>Der Datenbestand wurde aktualisiert; eine Sicherung liegt unter {path}.</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="29" />
      <source>Preferences</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="31" />
      <source>As the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="35" />
      <source>The language changes at the next start.</source>
      <translation>Die Sprache wechselt beim nächsten Start.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="43" />
      <source>&amp;Language:</source>
      <translation>&amp;Sprache:</translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="57" />
      <source>Trash</source>
      <translation>Papierkorb</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="69" />
      <source>The trash is empty.</source>
      <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/ui/dialogs.py" line="75" />
      <source>&amp;Restore</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="27" />
      <source>--accounts takes a number from 1 to 50000.</source>
      <translation>--accounts erwartet eine Zahl von 1 bis 50000.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../kamdesk/cli/store_commands.py" line="30" />
      <source>Loaded %n demo account(s).</source>
      <translation>
        <numerusform>%n Demokunde geladen.</numerusform>
        <numerusform>%n Demokunden geladen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="48" />
      <source>The store {path} is healthy (schema {revision}).</source>
      <translation>Der Datenbestand {path} ist in Ordnung (Schema {revision}).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/cli/store_commands.py" line="57" />
      <source>The store {path} has schema {revision}; this kamdesk expects {head}.</source>
      <translation>Der Datenbestand {path} hat Schema {revision}; dieses kamdesk erwartet {head}.</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="12" />
      <source>C customer</source>
      <translation>C-Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="13" />
      <source>B customer</source>
      <translation>B-Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="14" />
      <source>A customer</source>
      <translation>A-Kunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="15" />
      <source>Large customer</source>
      <translation>Großkunde</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="16" />
      <source>Account</source>
      <translation>Account</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="17" />
      <source>Key Account</source>
      <translation>Key Account</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="18" />
      <source>Strategic Key Account</source>
      <translation>Strategic Key Account</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="19" />
      <source>Corporate Key Account</source>
      <translation>Corporate Key Account</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="25" />
      <source>National</source>
      <translation>National</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="26" />
      <source>Regional</source>
      <translation>Regional</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="27" />
      <source>Global</source>
      <translation>Global</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="33" />
      <source>A</source>
      <translation>A</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="34" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="35" />
      <source>C</source>
      <translation>C</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="41" />
      <source>Executive board / managing director</source>
      <translation>Geschäftsführung / Vorstand</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="42" />
      <source>Division head</source>
      <translation>Bereichsleitung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="43" />
      <source>Department head</source>
      <translation>Abteilungsleitung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="44" />
      <source>Team lead</source>
      <translation>Teamleitung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="45" />
      <source>Specialist / clerk</source>
      <translation>Fachkraft / Sachbearbeitung</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="46" />
      <source>Assistant / secretariat</source>
      <translation>Assistenz / Sekretariat</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="52" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="53" />
      <source>Industry</source>
      <translation>Branche</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="54" />
      <source>Country</source>
      <translation>Land</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="55" />
      <source>Address</source>
      <translation>Anschrift</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="56" />
      <source>Segment</source>
      <translation>Segment</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="57" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="58" />
      <source>Scope</source>
      <translation>Reichweite</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="59" />
      <source>Owner</source>
      <translation>Betreuer</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="60" />
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/labels.py" line="61" />
      <source>Revenue</source>
      <translation>Umsatz</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="28" />
      <source>{field} must not be empty.</source>
      <translation>{field} darf nicht leer sein.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="30" />
      <source>{field} is longer than {limit} characters.</source>
      <translation>{field} ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="34" />
      <source>There is no field called “{field}”.</source>
      <translation>Es gibt kein Feld „{field}“.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="38" />
      <source>{field} has a value that is not allowed.</source>
      <translation>{field} hat einen unzulässigen Wert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="46" />
      <source>The store {path} was written by a newer version of kamdesk (schema {revision}). It was left untouched; please update kamdesk.</source>
      <translation>Der Datenbestand {path} stammt von einer neueren kamdesk-Version (Schema {revision}). Er wurde nicht verändert; bitte aktualisieren Sie kamdesk.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="52" />
      <source>The file {path} is not a readable kamdesk store ({detail}).</source>
      <translation>Die Datei {path} ist kein lesbarer kamdesk-Datenbestand ({detail}).</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="56" />
      <source>There is no kamdesk store at {path}.</source>
      <translation>Unter {path} gibt es keinen kamdesk-Datenbestand.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="58" />
      <source>The store {path} cannot be used right now ({detail}). Nothing was changed.</source>
      <translation>Der Datenbestand {path} ist gerade nicht nutzbar ({detail}). Es wurde nichts geändert.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="61" />
      <source>The store {path} could not be opened.</source>
      <translation>Der Datenbestand {path} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="68" />
      <source>An account named “{name}” already exists.</source>
      <translation>Ein Kunde namens „{name}“ existiert bereits.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="72" />
      <source>There is no account “{reference}”.</source>
      <translation>Es gibt keinen Kunden „{reference}“.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="76" />
      <source>Demo data can only be loaded into an empty store.</source>
      <translation>Demodaten lassen sich nur in einen leeren Datenbestand laden.</translation>
    </message>
    <message>
      <location filename="../../kamdesk/i18n/messages.py" line="79" />
      <source>Something went wrong: {detail}</source>
      <translation>Etwas ist schiefgegangen: {detail}</translation>
    </message>
  </context>
</TS>