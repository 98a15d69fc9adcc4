// libFuzzer target: CSV files as the import reads them.

#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return uw::fuzz::feedOnce(uw::fuzz::feedCsv, data, size);
}
