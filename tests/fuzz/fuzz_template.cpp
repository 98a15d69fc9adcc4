// libFuzzer target: runbook template files.

#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return uw::fuzz::feedOnce(uw::fuzz::feedTemplate, data, size);
}
