#pragma once

// The fixture of the run engine's tests: a rehearsal of the run fixture, on a clock the test
// moves, that can be closed and reopened from its file.

#include "project.h"
#include "runsession.h"

#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace uw::test {

class RunEngineTest : public QObject
{
    Q_OBJECT

private slots:
    // Qt Test calls these around each test of a derived class, as it would its own.
    void init();
    void cleanup();

protected:
    /** Plays a run script (see runscript.h) at m_now; fails the test on a refused action. */
    void play(const QString &script);
    /** Closes the run and the project and resumes both from the file. */
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QDateTime m_now;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<RunSession> m_session;
};

} // namespace uw::test
