#include "constraintcells.h"

namespace uw {

QString constraintStatusSymbol(ConstraintStatus status)
{
    switch (status) {
    case ConstraintStatus::Satisfied:
        return QStringLiteral("✓");
    case ConstraintStatus::Violated:
        return QStringLiteral("✗");
    case ConstraintStatus::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QColor constraintStatusColor(ConstraintStatus status)
{
    switch (status) {
    case ConstraintStatus::Satisfied:
        return QColor(0x2e, 0x7d, 0x32);
    case ConstraintStatus::Violated:
        return QColor(0xc6, 0x28, 0x28);
    case ConstraintStatus::Unknown:
        break;
    }
    return QColor(0xb2, 0x6a, 0x00);
}

} // namespace uw
