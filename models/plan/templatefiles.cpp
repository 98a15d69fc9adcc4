// Where runbook templates come from: the program's resources and the user's template folder.

#include "runbooktemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <functional>

namespace uw {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::RunbookTemplates)
};

/**
 * Every *.json template in directory, sorted by name; a file that cannot be read adds a line
 * (its name, as describe() puts it, and why) to problems, and the others still load.
 */
QList<RunbookTemplate> loadTemplates(const QDir &directory,
                                     const std::function<QString(const QFile &)> &describe,
                                     QStringList *problems, int *fileCount = nullptr)
{
    QList<RunbookTemplate> templates;
    const QStringList files = directory.entryList({QStringLiteral("*.json")}, QDir::Files,
                                                  QDir::Name);
    for (const QString &fileName : files) {
        QFile file(directory.filePath(fileName));
        QString problem;
        std::optional<RunbookTemplate> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = readTemplate(file.readAll(), &problem);
        else
            problem = file.errorString();
        if (loaded)
            templates.append(std::move(*loaded));
        else if (problems)
            problems->append(Tr::tr("%1: %2").arg(describe(file), problem));
    }
    std::sort(templates.begin(), templates.end(),
              [](const RunbookTemplate &a, const RunbookTemplate &b) {
                  return QString::localeAwareCompare(a.name, b.name) < 0;
              });
    if (fileCount)
        *fileCount = int(files.size());
    return templates;
}

} // namespace

QList<RunbookTemplate> builtInTemplates(QString *error)
{
    QStringList problems;
    int files = 0;
    QList<RunbookTemplate> templates = loadTemplates(
        QDir(QStringLiteral(":/templates")),
        [](const QFile &file) {
            return Tr::tr("Built-in template %1").arg(QFileInfo(file).fileName());
        },
        &problems, &files);
    if (files == 0)
        problems.append(Tr::tr("The built-in runbook templates are missing."));
    if (error)
        *error = problems.join(u'\n');
    return templates;
}

QString userTemplateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/templates");
}

QList<RunbookTemplate> userTemplates(QStringList *problems)
{
    return loadTemplates(
        QDir(userTemplateDirectory()),
        [](const QFile &file) { return QDir::toNativeSeparators(file.fileName()); }, problems);
}

QList<RunbookTemplate> availableTemplates(QStringList *problems)
{
    QString error;
    QList<RunbookTemplate> templates = builtInTemplates(&error);
    templates.append(userTemplates(problems));
    if (!error.isEmpty() && problems)
        problems->prepend(error);
    return templates;
}

} // namespace uw
