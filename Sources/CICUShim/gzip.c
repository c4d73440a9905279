#include "CICUShim.h"

#include <zlib.h>

RGGzipFile *rg_gz_open(const char *path) { return (RGGzipFile *)gzopen(path, "rb"); }

RGGzipFile *rg_gz_dopen(int32_t descriptor) { return (RGGzipFile *)gzdopen(descriptor, "rb"); }

int32_t rg_gz_read(RGGzipFile *file, uint8_t *buffer, int32_t capacity) {
    int count = gzread((gzFile)file, buffer, (unsigned)capacity);
    if (count < 0) return -1;
    if (count == 0) {
        int error = 0;
        gzerror((gzFile)file, &error);
        if (error != Z_OK && error != Z_STREAM_END) return -1;
    }
    return count;
}

const char *rg_gz_error(RGGzipFile *file) {
    int error = 0;
    const char *message = gzerror((gzFile)file, &error);
    return message ? message : "";
}

void rg_gz_close(RGGzipFile *file) {
    if (file != NULL) gzclose((gzFile)file);
}
