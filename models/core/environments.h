#pragma once

#include "entities.h"

#include <QString>
#include <QStringList>

namespace uw {

/** Longer is not the name of an environment but a pasted paragraph: imports and edits refuse it. */
inline constexpr qsizetype longestEnvironmentName = 60;

/**
 * An environment as typed, in the spelling the project uses: trimmed, inner white space
 * collapsed, and a common name in any case or abbreviation ("prod", "PRD", "dr", "Disaster
 * recovery") spelt as commonly written ("Production", "DR"). Other names stay as typed; empty
 * when text is blank.
 */
QString environmentName(QStringView text);

/** The names people commonly give environments, offered before a project has its own. */
QStringList commonEnvironments();

/**
 * The environments a person can choose for a system: the project's own, in order of first
 * use, then the common ones it does not have yet.
 */
QStringList environmentChoices(const ProjectData &data);

} // namespace uw
