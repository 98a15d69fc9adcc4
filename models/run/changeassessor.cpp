#include "changeassessor.h"

#include "entityfields.h"
#include "plananalysis.h"
#include "project.h"

#include <memory>

namespace uw {

ChangeAssessor::ChangeAssessor(QObject *parent)
    : QObject(parent)
    , m_analyzer(new PlanAnalyzer(this))
{
    m_pool.setMaxThreadCount(1);
    connect(m_analyzer, &PlanAnalyzer::scheduleChanged, this, &ChangeAssessor::reassess);
    connect(m_analyzer, &PlanAnalyzer::simulationChanged, this, &ChangeAssessor::reassess);
}

ChangeAssessor::~ChangeAssessor()
{
    ++m_generation;
    m_pool.waitForDone();
}

void ChangeAssessor::setProject(Project *project)
{
    if (project == m_project)
        return;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_analyzer->setProject(project);
    m_compatibility = {};
    updateTrust();
    if (m_project) {
        connect(m_project, &Project::documentChanged, this, &ChangeAssessor::onDocumentChanged);
        connect(m_project, &Project::historyAppended, this, &ChangeAssessor::reassess);
        connect(m_project, &Project::filePathChanged, this, [this] {
            updateTrust();
            reassess();
        });
        checkCompatibility();
    } else {
        ++m_generation;
    }
    reassess();
}

Project *ChangeAssessor::project() const
{
    return m_project;
}

void ChangeAssessor::setTrustStore(const TrustStore &trust)
{
    m_trust = trust;
    updateTrust();
    reassess();
}

bool ChangeAssessor::changesCompatibility(const DocumentChange &change)
{
    constexpr FieldMask checkedSystemFields = SystemField::Name | SystemField::CurrentVersion
                                              | SystemField::TargetVersion;
    return change.touches(EntityKind::System, checkedSystemFields)
           || change.touches(EntityKind::Dependency)
           || change.touches(EntityKind::CompatibilityRule);
}

void ChangeAssessor::onDocumentChanged(const DocumentChange &change)
{
    if (changesCompatibility(change))
        checkCompatibility();
    // What a project would run lives in its steps and metrics; trust reads a file, so it is
    // looked up again only when one of those changed.
    if (change.touches(EntityKind::Step) || change.touches(EntityKind::Metric))
        updateTrust();
    queueReassess();
}

void ChangeAssessor::queueReassess()
{
    // A burst of edits (an import, typing) is assessed once, after the edit call returns.
    if (m_verdictPending)
        return;
    m_verdictPending = true;
    QMetaObject::invokeMethod(this, &ChangeAssessor::reassess, Qt::QueuedConnection);
}

void ChangeAssessor::updateTrust()
{
    m_trusted = !m_project || m_trust.isTrusted(m_project->filePath(), m_project->data());
}

bool ChangeAssessor::isSettled() const
{
    return hasCompatibility() && !m_verdictPending && !m_analyzer->isBusy()
           && !m_analyzer->isRefreshQueued();
}

bool ChangeAssessor::hasCompatibility() const
{
    return m_project && m_compatibilityChecked;
}

void ChangeAssessor::checkCompatibility()
{
    m_compatibilityChecked = false;
    const quint64 generation = ++m_generation;
    auto snapshot = std::make_shared<const ProjectData>(compatibilityInputs(m_project->data()));
    m_pool.start([this, generation, snapshot] {
        if (generation != m_generation)
            return;
        auto report = std::make_shared<CompatibilityReport>(uw::checkCompatibility(*snapshot));
        QMetaObject::invokeMethod(
            this,
            [this, generation, report] {
                if (generation != m_generation)
                    return;
                m_compatibility = std::move(*report);
                m_compatibilityChecked = true;
                // The pages redraw from the report first; the verdict follows in a turn of its
                // own, so that neither holds the window for the sum of both.
                queueReassess();
                emit compatibilityChanged();
            },
            Qt::QueuedConnection);
    });
}

void ChangeAssessor::reassess()
{
    m_verdictPending = false;
    if (!m_project) {
        m_verdict = {};
    } else {
        const ProjectData &data = m_project->data();
        m_verdict = assessChange(data, m_analyzer->analysis(), m_compatibility,
                                 {m_project->now(), m_trusted});
    }
    emit verdictChanged();
}

} // namespace uw
