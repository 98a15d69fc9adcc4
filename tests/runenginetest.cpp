#include "runenginetest.h"

#include "projectfile.h"
#include "runfixture.h"
#include "runscript.h"
#include "testutil.h"

#include <QTest>

namespace uw::test {

void RunEngineTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("run.uwb"));
    auto project = createProject(m_path, runbookFixture());
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    m_project = std::move(project.value());
    m_now = utc(2026, 12, 5, 20, 0);
    m_project->setClock([this] { return m_now; });
    auto session = RunSession::start(*m_project, RunKind::Rehearsal, QStringLiteral("rehearsal"), 1,
                                     QStringLiteral("Ben"));
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
    m_session = std::move(session.value());
}

void RunEngineTest::cleanup()
{
    m_session.reset();
    m_project.reset();
    m_dir.reset();
}

void RunEngineTest::play(const QString &script)
{
    QString error;
    const int refused = playRunScript(*m_session, m_now, script, &error);
    QVERIFY2(refused < 0,
             qPrintable(QStringLiteral("action %1 refused: %2").arg(refused).arg(error)));
}

void RunEngineTest::reopen()
{
    const Id runId = m_session->runId();
    m_session.reset();
    m_project.reset();
    auto project = openProject(m_path);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    m_project = std::move(project.value());
    m_project->setClock([this] { return m_now; });
    auto session = RunSession::resume(*m_project, runId);
    QVERIFY(session);
    m_session = std::move(session.value());
}

} // namespace uw::test
