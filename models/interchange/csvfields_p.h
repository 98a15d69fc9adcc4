#pragma once

#include "csvimport.h"

#include <span>

namespace uw::csvfields {

struct FieldSpec
{
    const char *key;
    /** Marked for translation in the context uw::CsvImport. */
    const char *label;
    bool required;
    /** Column names that mean this field, best first, separated by "|"; the key comes first. */
    const char *synonyms;
};

/** The fields an import into target fills, in the order the mapping table lists them. */
std::span<const FieldSpec> specsOf(ImportTarget target);

} // namespace uw::csvfields
