#pragma once

#include "entities.h"

#include <QDate>
#include <QString>

#include <optional>

namespace uw {

/**
 * The bundled example project: an order platform moving to PostgreSQL 16 and release 5.0.
 * With a valid today, every time in it moves by whole weeks, in the sample's own zone, so that
 * its maintenance window is the first Saturday night on or after today: a newcomer sees a live
 * plan, not one in the past. Without, the times are those of the file (for fixed examples).
 */
std::optional<ProjectData> sampleProject(QString *error, QDate today = {});

} // namespace uw
