/* A stand-in for Windows' own icuuc.dll, for the Wine check only (packaging/windows_check.sh).
 *
 * Qt 6.10+ for Windows links Qt6Core.dll against the ICU that Windows 10 (1903 and later) ships
 * as icuuc.dll, for text encodings other than UTF-8/16 and Latin-1. Wine 8.0 has no icuuc.dll, so
 * Qt6Core.dll would not load at all. This DLL exports the converter calls Qt imports and reports
 * that no ICU converter exists: Qt then treats those encodings as unavailable and keeps its
 * built-in UTF-8/UTF-16/Latin-1 codecs, which are all Coprod Desktop uses. It is never shipped.
 */
#include <stddef.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4

__declspec(dllexport) void *ucnv_open(const char *name, UErrorCode *err) {
    (void)name;
    if (err != NULL && *err <= 0) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
__declspec(dllexport) void ucnv_close(void *converter) { (void)converter; }
__declspec(dllexport) int ucnv_countAvailable(void) { return 0; }
__declspec(dllexport) const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
__declspec(dllexport) const char *ucnv_getStandardName(const char *name, const char *standard,
                                                       UErrorCode *err) {
    (void)name; (void)standard;
    if (err != NULL && *err <= 0) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

/* Qt only calls the rest on a converter ucnv_open returned, which never happens here. */
__declspec(dllexport) void ucnv_reset(void *c) { (void)c; }
__declspec(dllexport) signed char ucnv_getMaxCharSize(const void *c) { (void)c; return 1; }
__declspec(dllexport) const char *ucnv_getName(const void *c, UErrorCode *err) {
    (void)c;
    if (err != NULL && *err <= 0) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
__declspec(dllexport) void ucnv_getToUCallBack(void) {}
__declspec(dllexport) void ucnv_getFromUCallBack(void) {}
__declspec(dllexport) void ucnv_setToUCallBack(void) {}
__declspec(dllexport) void ucnv_setFromUCallBack(void) {}
__declspec(dllexport) void ucnv_cbToUWriteUChars(void) {}
__declspec(dllexport) void ucnv_cbFromUWriteUChars(void) {}
__declspec(dllexport) void ucnv_toUnicode(void) {}
__declspec(dllexport) void ucnv_fromUnicode(void) {}
__declspec(dllexport) int ucnv_toUCountPending(void) { return 0; }
__declspec(dllexport) int ucnv_fromUCountPending(void) { return 0; }
__declspec(dllexport) void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
__declspec(dllexport) void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
