#include "mainwindow.h"

#include "dialogs.h"
#include "mspdi.h"
#include "planpage.h"
#include "project.h"
#include "projectjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// File › Import of whole plans: a runbook from Microsoft Project, a project from its JSON.
namespace uw {
namespace {

/** The file's bytes, or nullopt after telling the user why there are none. */
std::optional<QByteArray> readCapped(QWidget *parent, const QString &path, qint64 cap)
{
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = MainWindow::tr("%1 cannot be read: %2")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
    else if (file.size() > cap)
        problem = MainWindow::tr("%1 is larger than %2 MB, more than any plan needs; it was not "
                                 "read.")
                      .arg(QDir::toNativeSeparators(path))
                      .arg(cap / (1024 * 1024));
    if (!problem.isEmpty()) {
        Dialogs::instance().warning(parent, MainWindow::tr("Cannot import"), problem);
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

void MainWindow::importMspdi(const QString &path)
{
    if (!m_project || m_project->isReadOnly())
        return;
    const auto bytes = readCapped(this, path, MaxMspdiBytes);
    if (!bytes)
        return;
    const QString sourceName = QFileInfo(path).fileName();
    auto import = readMspdi(*bytes, m_project->data());
    if (!import) {
        Dialogs::instance().warning(this, tr("Cannot import"),
                                    tr("%1: %2").arg(sourceName, import.error().message));
        return;
    }
    // What would be added, and everything read differently or left out, before anything is.
    QStringList lines{
        tr("%1 holds %n task(s) to add to the runbook", nullptr, int(import->steps.size()))
            .arg(sourceName)
        + tr(", with %n link(s) between them.", nullptr, int(import->links.size()))};
    constexpr qsizetype shownProblems = 12;
    for (qsizetype i = 0; i < std::min(import->problems.size(), shownProblems); ++i) {
        const MspdiProblem &problem = import->problems.at(i);
        lines.append((problem.leftOut ? tr("Left out: %1") : tr("Note: %1")).arg(problem.message));
    }
    if (import->problems.size() > shownProblems)
        lines.append(tr("…and %n more, listed by the import command.", nullptr,
                        int(import->problems.size() - shownProblems)));
    lines.append(tr("Add them as one edit you can undo?"));
    if (Dialogs::instance().question(this, tr("Import runbook"), lines.join(QStringLiteral("\n\n")))
        != Dialogs::Answer::Yes)
        return;
    QString error;
    if (!applyMspdiImport(*m_project, import.value(), sourceName, &error)) {
        Dialogs::instance().warning(this, tr("Cannot import"), error);
        return;
    }
    showPage(page<PlanPage>());
    Dialogs::instance().information(this, tr("Import finished"),
                                    mspdiImportSummary(import.value(), sourceName));
}

bool MainWindow::importProjectJson(const QString &path, const QString &target)
{
    const auto bytes = readCapped(this, path, MaxProjectJsonBytes);
    if (!bytes)
        return false;
    QString error;
    const auto data = readProjectJson(*bytes, &error);
    if (!data) {
        Dialogs::instance().warning(this, tr("Cannot import"),
                                    tr("%1: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    return createAndOpen(target, *data, path);
}

} // namespace uw
