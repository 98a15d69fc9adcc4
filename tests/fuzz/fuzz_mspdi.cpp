// libFuzzer target: Microsoft Project XML as the import reads it.

#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return uw::fuzz::feedOnce(uw::fuzz::feedMspdi, data, size);
}
