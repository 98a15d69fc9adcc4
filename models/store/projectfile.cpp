#include "projectfile.h"

#include <QCoreApplication>
#include <QFile>

namespace uw {
namespace {

/** Gives lupdate and the runtime one context for these messages. */
class ProjectFileText
{
    Q_DECLARE_TR_FUNCTIONS(uw::Project)
};

Result<std::unique_ptr<Project>> projectFrom(std::unique_ptr<Store> store)
{
    auto data = store->load();
    if (!data)
        return data.error();
    return std::make_unique<Project>(std::move(store), std::move(data.value()));
}

} // namespace

Result<std::unique_ptr<Project>> openProject(const QString &path, Store::Access access)
{
    auto store = Store::open(path, access);
    if (!store)
        return store.error();
    return projectFrom(std::move(store.value()));
}

Result<std::unique_ptr<Project>> createProject(const QString &path, const ProjectData &initial)
{
    auto store = Store::create(path);
    if (!store)
        return store.error();
    QString error;
    {
        auto transaction = store.value()->transaction(&error);
        AuditEntry created{0,
                           systemNow(),
                           operatingSystemUser(),
                           QStringLiteral("Project created"),
                           QString(),
                           {},
                           {}};
        if (!transaction || !store.value()->writeAll(initial, &error)
            || !store.value()->appendAudit(created, &error) || !transaction->commit(&error)) {
            transaction.reset();
            store.value().reset();
            QFile::remove(path);
            return Error{ErrorCode::InvalidData,
                         ProjectFileText::tr("The new project %1 could not be written: %2.")
                             .arg(path, error)};
        }
    }
    return projectFrom(std::move(store.value()));
}

} // namespace uw
