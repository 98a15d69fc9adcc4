#pragma once

#include "fuzzfeed.h"

#include <cstddef>
#include <cstdint>

namespace uw::fuzz {

/**
 * One libFuzzer iteration. The input is copied because the program reads files with
 * QFile::readAll(), whose bytes end in a terminator; a broken promise aborts, so that libFuzzer
 * keeps the input as a crash file.
 */
inline int feedOnce(Outcome (*feed)(const QByteArray &), const uint8_t *data, size_t size)
{
    const Outcome outcome = feed(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!outcome.broken.isEmpty())
        qFatal("%s", qPrintable(outcome.broken));
    return 0;
}

} // namespace uw::fuzz
