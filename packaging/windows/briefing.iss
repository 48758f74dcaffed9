; Inno Setup script: the Windows installer of the bundle PyInstaller made.
; packaging/build.py runs it as
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\briefing-pack-assembler /DOutputDir=dist
;        /DOutputName=briefing-pack-assembler-0.1.0-windows-amd64-setup packaging\windows\briefing.iss
; It installs for the current user by default (no administrator needed; the dialog offers all
; users), adds a Start menu entry, opens .meeting files with the app, and puts the briefing
; command's folder on the user's PATH when asked.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=...
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\briefing-pack-assembler"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName "briefing-pack-assembler-" + AppVersion + "-windows-setup"
#endif
#define AppName "Briefing Pack Assembler"
#define AppExe "briefing-pack-assembler.exe"

[Setup]
AppId={{6C1B0D5E-6D8F-4B0A-9A55-2F7E3C4B8D11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
ChangesAssociations=yes
ChangesEnvironment=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the briefing command to PATH"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.meeting"; ValueType: string; ValueName: ""; ValueData: "BriefingPackAssembler.Meeting"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\BriefingPackAssembler.Meeting"; ValueType: string; ValueName: ""; ValueData: "Meeting file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\BriefingPackAssembler.Meeting\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\BriefingPackAssembler.Meeting\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
