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

/** A clock that stays at now: work that must see one "now" throughout, and tests. */
inline Clock fixedClock(const QDateTime &now)
{
    return [now] {
        return now;
    };
}

} // namespace uw
