; Coprod Desktop for Windows: a per-user installer (no administrator rights needed).
;
; Built by packaging/windows/build_installer.sh with NSIS's makensis (Debian's `nsis` package, or
; NSIS on Windows) from the one-folder app PyInstaller made on Windows (dist/coprod):
;   makensis -DVERSION=0.1.0 -DDIST=dist/coprod -DOUT=dist/coprod-desktop-0.1.0-windows-setup.exe
;
; It puts the app in %LOCALAPPDATA%\Programs\Coprod Desktop, adds a Start menu entry, opens
; .coprod files with the app (for this user: HKCU\Software\Classes), and lists itself in
; Settings > Apps for this user. The uninstaller removes all of that and leaves the user's
; programmes and settings alone.

Target amd64-unicode  ; a 64-bit installer for the 64-bit app (and for 64-bit-only Wine)
!ifndef VERSION
  !error "Pass -DVERSION=x.y.z"
!endif
!ifndef DIST
  !error "Pass -DDIST=path/to/dist/coprod"
!endif
!ifndef OUT
  !define OUT "coprod-desktop-${VERSION}-windows-setup.exe"
!endif

!define NAME "Coprod Desktop"
!define EXE "Coprod Desktop.exe"
!define PROGID "Coprod.Programme"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CoprodDesktop"

Name "${NAME}"
OutFile "${OUT}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${NAME}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${NAME} installer"
VIAddVersionKey "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!define MUI_ICON "../icons/coprod.ico"  ; makensis works in the script's folder
!define MUI_UNICON "../icons/coprod.ico"  ; makensis works in the script's folder
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_LICENSE "../../LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"  ; Debian's NSIS has no British English catalogue

Section "Install"
  SetShellVarContext current
  ; A new version replaces the old app folder completely (never the user's files: they live
  ; elsewhere).
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "Software\Classes\.coprod" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Coprod programme"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Coprod Desktop team"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${EXE}",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

  ; Tell Explorer the file types changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${NAME}.lnk"
  ; .coprod goes back to nothing only if it still opens with this app.
  ReadRegStr $0 HKCU "Software\Classes\.coprod" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.coprod"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\coprod.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
