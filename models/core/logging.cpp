#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "uw.store")
Q_LOGGING_CATEGORY(lcProject, "uw.project")
