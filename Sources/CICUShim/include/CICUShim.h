// Unversioned wrappers over the system libicu (and zlib, for compressed exports), with plain C types only, so
// that Swift never sees the ICU headers (which clash with Foundation's bundled ICU) nor the version-suffixed
// symbol names. This is the project's only C.
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU error codes greater than zero are failures; this one means "grow the buffer and retry".
enum { RG_BUFFER_OVERFLOW = 15 };

/// The version of the linked ICU, e.g. "72.1".
const char *rg_icu_version(void);
/// ICU's name of an error code, e.g. "U_ILLEGAL_ARGUMENT_ERROR".
const char *rg_error_name(int32_t error);

// MARK: Normalization (NFKC_Casefold and NFD)
int32_t rg_nfkc_cf(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error);
int32_t rg_nfkc_cf_span_quick_check_yes(const uint16_t *src, int32_t length, int32_t *error);
int32_t rg_nfkc_cf_has_boundary_before(uint32_t c);
int32_t rg_nfd(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *error);

// MARK: Character properties
/// The ICU script code (UScriptCode) of a code point.
int32_t rg_script(uint32_t c);
/// The short name (ISO 15924) of a script code, e.g. "Latn".
const char *rg_script_short_name(int32_t script);
/// The decimal digit value of a code point of category Nd, or -1.
int32_t rg_digit_value(uint32_t c);

// MARK: Confusables (UTS #39)
typedef struct RGSpoofChecker RGSpoofChecker;
RGSpoofChecker *rg_spoof_open(int32_t *error);
void rg_spoof_close(RGSpoofChecker *checker);
int32_t rg_spoof_skeleton(RGSpoofChecker *checker, const uint16_t *src, int32_t length, uint16_t *dest,
                          int32_t capacity, int32_t *error);

// MARK: Word segmentation
typedef struct RGWordBreaker RGWordBreaker;
RGWordBreaker *rg_word_breaker_open(const char *locale, int32_t *error);
void rg_word_breaker_close(RGWordBreaker *breaker);
/// Sets the text to segment; the text must stay alive and unchanged while the breaker is used on it.
void rg_word_breaker_set_text(RGWordBreaker *breaker, const uint16_t *text, int32_t length, int32_t *error);
/// The next boundary (UTF-16 offset), or -1 at the end.
int32_t rg_word_breaker_next(RGWordBreaker *breaker);
/// The rule status of the segment ending at the last boundary returned: 0-99 none, 100-199 number,
/// 200-299 letter, 300-399 kana, 400-499 ideographic.
int32_t rg_word_breaker_status(RGWordBreaker *breaker);

// MARK: gzip (zlib), for reading compressed exports
typedef struct RGGzipFile RGGzipFile;
/// Opens a file for reading; plain (uncompressed) files are read as they are. NULL on failure (see errno).
RGGzipFile *rg_gz_open(const char *path);
/// Opens an already open file descriptor (e.g. 0 for standard input) for reading.
RGGzipFile *rg_gz_dopen(int32_t descriptor);
/// Reads up to `capacity` bytes; returns the count, 0 at the end, -1 on error (corrupt or truncated data).
int32_t rg_gz_read(RGGzipFile *file, uint8_t *buffer, int32_t capacity);
/// zlib's message for the last error.
const char *rg_gz_error(RGGzipFile *file);
void rg_gz_close(RGGzipFile *file);

#ifdef __cplusplus
}
#endif

#endif
