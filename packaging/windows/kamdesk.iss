; kamdesk for Windows: a per-user install (no administrator rights), a Start menu entry, and
; the team file's type, so that opening a .kamdesk file offers it in the sync settings.
; Built by packaging/build.py: iscc /DVersion=X /DBundle=DIR /OOUT kamdesk.iss
#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
AppId={{5B8E2F61-4C1D-4E9A-9A34-6B0F2C7D1E55}
AppName=kamdesk
AppVersion={#Version}
AppPublisher=The kamdesk authors
DefaultDirName={localappdata}\Programs\kamdesk
DefaultGroupName=kamdesk
PrivilegesRequired=lowest
OutputBaseFilename=kamdesk-{#Version}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
UninstallDisplayIcon={app}\kamdesk.exe

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\kamdesk"; Filename: "{app}\kamdesk.exe"
Name: "{userdesktop}\kamdesk"; Filename: "{app}\kamdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
Root: HKCU; Subkey: "Software\Classes\.kamdesk"; ValueType: string; ValueData: "kamdesk.TeamFile"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\kamdesk.TeamFile"; ValueType: string; ValueData: "kamdesk team file"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\kamdesk.TeamFile\DefaultIcon"; ValueType: string; ValueData: "{app}\kamdesk.exe,0"
Root: HKCU; Subkey: "Software\Classes\kamdesk.TeamFile\shell\open\command"; ValueType: string; ValueData: """{app}\kamdesk.exe"" --team-file ""%1"""

[Run]
Filename: "{app}\kamdesk.exe"; Description: "{cm:LaunchProgram,kamdesk}"; Flags: nowait postinstall skipifsilent
