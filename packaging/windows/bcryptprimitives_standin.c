/* A stand-in for Windows' own bcryptprimitives.dll, for the Wine check only
 * (packaging/windows/wine_python.sh).
 *
 * Programs built with Rust 1.78 or later (here grimp's extension, which import-linter uses) take
 * their random numbers from ProcessPrng in bcryptprimitives.dll, present on Windows 10 and 11.
 * Wine 8.0 has no such DLL, so they fail to load. This one exports ProcessPrng and fills the
 * buffer from the system's random number generator through BCryptGenRandom, which Wine has.
 * It is never shipped.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) {
            return FALSE;
        }
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
