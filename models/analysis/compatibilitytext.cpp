#include "compatibility.h"

#include <QCoreApplication>

// Sentences about compatibility that several screens and reports show, written once.
namespace uw {

QString describeCycle(const ProjectData &data, const DependencyCycle &cycle)
{
    QStringList names;
    for (Id id : cycle.path) {
        const auto system = data.systems.find(id);
        names.append(system == data.systems.end()
                         ? QCoreApplication::translate("uw::Compatibility", "system %1").arg(id)
                         : system->second.name);
    }
    return QCoreApplication::translate("uw::Compatibility",
                                       "The systems depend on each other in a circle, so no "
                                       "upgrade order exists: %1.")
        .arg(names.join(QStringLiteral(" → ")));
}

} // namespace uw
