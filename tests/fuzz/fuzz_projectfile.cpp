// libFuzzer target: project files (SQLite) opened read-only.

#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return uw::fuzz::feedOnce(uw::fuzz::feedProjectFile, data, size);
}
