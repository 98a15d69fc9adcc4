#pragma once

#include "entities.h"

class QComboBox;

namespace uw {

// Filters whose choices are what the project's systems hold: item 0 is "all", the rest are the
// values in use, sorted. Refilling keeps the chosen value when it still exists and sends no
// signals; it returns false when nothing changed.

bool refillSiteFilter(QComboBox *filter, const ProjectData *data);
bool refillEnvironmentFilter(QComboBox *filter, const ProjectData *data);

} // namespace uw
