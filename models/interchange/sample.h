#pragma once

#include "entities.h"

#include <QString>

#include <optional>

namespace uw {

/** The bundled example project: an order platform moving to PostgreSQL 16 and release 5.0. */
std::optional<ProjectData> sampleProject(QString *error);

} // namespace uw
