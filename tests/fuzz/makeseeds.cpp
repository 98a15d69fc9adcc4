// Writes project files for the project file fuzzer to start from: one empty, one holding the
// bundled sample. Made by the current build, so the seeds have the current schema; the frozen
// version 1 file comes from tests/data/v1 (scripts/fuzz.sh).

#include "projectfile.h"
#include "sample.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <fmt/format.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        fmt::print(stderr, "usage: {} FOLDER\n", argv[0]);
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    QString error;
    const auto sample = uw::sampleProject(&error);
    if (!sample) {
        fmt::print(stderr, "{}\n", error.toStdString());
        return 1;
    }
    const std::pair<QString, uw::ProjectData> seeds[] = {
        {QStringLiteral("empty.sqlite"), uw::ProjectData{}},
        {QStringLiteral("sample.sqlite"), *sample},
    };
    for (const auto &[name, data] : seeds) {
        const QString path = folder.filePath(name);
        QFile::remove(path);
        auto project = uw::createProject(path, data);
        if (!project) {
            fmt::print(stderr, "{}\n", project.error().message.toStdString());
            return 1;
        }
    }
    return 0;
}
