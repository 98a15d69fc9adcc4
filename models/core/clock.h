#pragma once

#include <QDateTime>

#include <functional>

namespace uw {

/** Source of "now" (UTC); injectable so that run timestamps and projections are testable. */
using Clock = std::function<QDateTime()>;

inline QDateTime systemNow()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace uw
