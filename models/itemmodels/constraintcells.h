#pragma once

#include "versionconstraint.h"

#include <QColor>
#include <QString>

namespace uw {

// How the tables that show whether a constraint holds draw a status: the dependencies and the
// compatibility rules alike.

/** ✓, ✗ or ?. */
QString constraintStatusSymbol(ConstraintStatus status);
/** Green, red or amber. */
QColor constraintStatusColor(ConstraintStatus status);

} // namespace uw
