#include "sample.h"

#include "projectjson.h"

#include <QCoreApplication>
#include <QFile>

namespace uw {

std::optional<ProjectData> sampleProject(QString *error)
{
    QFile file(QStringLiteral(":/samples/order-platform.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("uw::Sample",
                                                 "The bundled sample project is missing.");
        return std::nullopt;
    }
    return readProjectJson(file.readAll(), error);
}

} // namespace uw
