; Inno Setup script for the Edgewise Windows installer.
; Build on Windows after packaging/build (or the same PyInstaller command) has
; produced dist\edgewise\ there:
;   iscc packaging\windows\edgewise.iss      -> packaging\windows\Output\edgewise-setup-0.1.0.exe
; Sign the installer and edgewise.exe with your code-signing certificate
; (signtool, see packaging/README.md), or Windows SmartScreen warns users.

#define AppName "Edgewise"
#define AppVersion "0.1.0"
#define AppPublisher "Edgewise"

[Setup]
; Never change AppId: upgrades find the installed app by it.
AppId={{6EC01A93-662A-4A45-A887-EB28F36AD311}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputBaseFilename=edgewise-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Machine-wide install: the admin policy folder lives in ProgramData.
PrivilegesRequired=admin
SetupIconFile=edgewise.ico
UninstallDisplayIcon={app}\edgewise.exe
WizardStyle=modern

[Files]
Source: "..\..\dist\edgewise\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The admin policy folder (docs/admin.md). Permissions are reset in [Run] so
; only administrators can write it.
Name: "{commonappdata}\Edgewise\policies"; Flags: uninsneveruninstall

[Icons]
; edgewise-app.exe is the windowed launcher (no console); edgewise.exe is the
; command line (edgewise policy show, edgewise --self-test).
Name: "{group}\{#AppName}"; Filename: "{app}\edgewise-app.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\edgewise-app.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a &desktop shortcut"; Flags: unchecked

[Run]
; ProgramData lets ordinary users create files in new folders; a user must not
; be able to drop a policy or a trusted key there.
Filename: "{sys}\icacls.exe"; Parameters: """{commonappdata}\Edgewise\policies"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden
