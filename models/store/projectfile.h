#pragma once

#include "project.h"
#include "store.h"

namespace uw {

/** Opens the project file at path; a refused file is left byte-for-byte as it was. */
Result<std::unique_ptr<Project>> openProject(const QString &path,
                                             Store::Access access = Store::Access::ReadWrite);
/** Creates path (which must not exist) holding initial, in one transaction. */
Result<std::unique_ptr<Project>> createProject(const QString &path, const ProjectData &initial = {});

} // namespace uw
