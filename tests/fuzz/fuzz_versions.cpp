// libFuzzer target: version constraints and version strings.

#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return uw::fuzz::feedOnce(uw::fuzz::feedVersions, data, size);
}
