#pragma once

// The fixture of the Run page's tests: the page on a project of its own, on a clock the test
// moves, with dialogs the test answers and helpers that click as a person would.

#include "project.h"
#include "runpage.h"
#include "runstepcard.h"
#include "scripteddialogs.h"

#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace uw::test {

class RunPageTest : public QObject
{
    Q_OBJECT

private slots:
    // Qt Test calls these around each test of a derived class, as it would its own.
    void init();
    void cleanup();

protected:
    void openProject(const ProjectData &data);
    void reopen();
    void click(Id stepId, RunStepCard::Action action);
    void clickNamed(const QString &objectName);
    QStringList events() const;
    QString stepState(Id stepId) const;
    /** Saves what the page shows when UW_RUNPAGE_SHOTS names a folder, for people to look at. */
    void saveShot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QDateTime m_now;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<RunPage> m_page;
};

} // namespace uw::test
