#pragma once

#include "entities.h"

class QComboBox;

namespace uw {

/**
 * Refills a site filter (item 0 is "all sites") with the sites of data's systems, sorted,
 * keeping the chosen site when it still exists. Sends no signals. False when nothing changed.
 */
bool refillSiteFilter(QComboBox *filter, const ProjectData *data);

} // namespace uw
