#include "CICUShim.h"

#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

static const UNormalizer2 *nfkc_cf(int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCCasefoldInstance(&status);
    *error = status;
    return U_SUCCESS(status) ? n : NULL;
}

const char *rg_icu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo version;
    u_getVersion(version);
    u_versionToString(version, text);
    return text;
}

const char *rg_error_name(int32_t error) { return u_errorName((UErrorCode)error); }

int32_t rg_nfkc_cf(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error) {
    const UNormalizer2 *n = nfkc_cf(error);
    if (n == NULL) return 0;
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &status);
    *error = status;
    return written;
}

int32_t rg_nfkc_cf_span_quick_check_yes(const uint16_t *src, int32_t length, int32_t *error) {
    const UNormalizer2 *n = nfkc_cf(error);
    if (n == NULL) return 0;
    UErrorCode status = U_ZERO_ERROR;
    int32_t end = unorm2_spanQuickCheckYes(n, (const UChar *)src, length, &status);
    *error = status;
    return end;
}

int32_t rg_nfkc_cf_has_boundary_before(uint32_t c) {
    int32_t error = 0;
    const UNormalizer2 *n = nfkc_cf(&error);
    return n != NULL && unorm2_hasBoundaryBefore(n, (UChar32)c);
}

int32_t rg_nfd(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFDInstance(&status);
    if (U_FAILURE(status)) { *error = status; return 0; }
    int32_t written = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &status);
    *error = status;
    return written;
}

int32_t rg_script(uint32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)c, &status);
    return U_SUCCESS(status) ? (int32_t)script : (int32_t)USCRIPT_UNKNOWN;
}

const char *rg_script_short_name(int32_t script) { return uscript_getShortName((UScriptCode)script); }

int32_t rg_digit_value(uint32_t c) { return u_charDigitValue((UChar32)c); }

RGSpoofChecker *rg_spoof_open(int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker *checker = uspoof_open(&status);
    *error = status;
    return (RGSpoofChecker *)checker;
}

void rg_spoof_close(RGSpoofChecker *checker) {
    if (checker != NULL) uspoof_close((USpoofChecker *)checker);
}

int32_t rg_spoof_skeleton(RGSpoofChecker *checker, const uint16_t *src, int32_t length, uint16_t *dest,
                          int32_t capacity, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = uspoof_getSkeleton((USpoofChecker *)checker, 0, (const UChar *)src, length, (UChar *)dest,
                                         capacity, &status);
    *error = status;
    return written;
}

RGWordBreaker *rg_word_breaker_open(const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    *error = status;
    return (RGWordBreaker *)iterator;
}

void rg_word_breaker_close(RGWordBreaker *breaker) {
    if (breaker != NULL) ubrk_close((UBreakIterator *)breaker);
}

void rg_word_breaker_set_text(RGWordBreaker *breaker, const uint16_t *text, int32_t length, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)breaker, (const UChar *)text, length, &status);
    *error = status;
}

int32_t rg_word_breaker_next(RGWordBreaker *breaker) {
    int32_t next = ubrk_next((UBreakIterator *)breaker);
    return next == UBRK_DONE ? -1 : next;
}

int32_t rg_word_breaker_status(RGWordBreaker *breaker) { return ubrk_getRuleStatus((UBreakIterator *)breaker); }
