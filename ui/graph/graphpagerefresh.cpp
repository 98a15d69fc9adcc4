#include "graphpage.h"

#include "changeassessor.h"

#include "enumkeys.h"
#include "graphpanels.h"
#include "graphscene.h"
#include "project.h"
#include "sitefilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QStringListModel>

#include <memory>
#include <set>

// The Graph page keeping up with the document: what to refresh after an edit, the assessor's
// compatibility check, the filters and what they leave on screen.
namespace uw {

bool GraphPage::changesTheGraph(const DocumentChange &change)
{
    // Nodes show what a system is and where; findings and the order read versions and the
    // edges. Notes, attributes, owners and everything about steps and people do not show here.
    constexpr FieldMask shownSystemFields = SystemField::Name | SystemField::Kind
                                            | SystemField::Environment | SystemField::Site
                                            | SystemField::CurrentVersion
                                            | SystemField::TargetVersion | SystemField::Criticality
                                            | SystemField::BusinessProcesses;
    return change.touches(EntityKind::System, shownSystemFields)
           || change.touches(EntityKind::Dependency)
           || change.touches(EntityKind::CompatibilityRule);
}

void GraphPage::refreshWhenShown()
{
    // A hidden page checks and draws nothing; it catches up when it is shown.
    if (isVisible())
        m_refreshTimer.start();
    else
        m_refreshPending = true;
}

bool GraphPage::hasCurrentReport() const
{
    return m_project && m_assessor->project() == m_project && m_assessor->hasCompatibility();
}

bool GraphPage::awaitingReport() const
{
    return m_project && !hasCurrentReport() && m_assessor->project() == m_project;
}

bool GraphPage::isStale() const
{
    return m_refreshPending || m_refreshTimer.isActive() || m_syncTimer.isActive()
           || !hasCurrentReport();
}

void GraphPage::refresh()
{
    startRefresh(true);
    if (m_syncTimer.isActive()) {
        m_syncTimer.stop();
        m_scene->syncPart(shownNow(), m_report, QDeadlineTimer(QDeadlineTimer::Forever));
        onSceneSynced();
    }
    if (m_panelsTimer.isActive()) {
        m_panelsTimer.stop();
        refreshPanels();
    }
}

void GraphPage::startRefresh(bool checkNow)
{
    m_refreshTimer.stop();
    m_refreshPending = false;
    // Unless asked to check now, the page draws when the assessor's check arrives instead of
    // checking the document a second time.
    if (!m_project)
        showReport({});
    else if (hasCurrentReport())
        showReport(m_assessor->compatibility());
    else if (checkNow || !awaitingReport())
        showReport(checkCompatibility(m_project->data()));
}

void GraphPage::onCompatibilityChecked()
{
    if (!hasCurrentReport())
        return;
    // A hidden page draws nothing; it catches up when it is shown.
    if (isVisible())
        startRefresh();
    else
        m_refreshPending = true;
}

void GraphPage::showReport(CompatibilityReport report)
{
    m_report = std::move(report);
    // Without a filter the scene shows the document itself: no copy of every system.
    m_filtered = isFiltered() ? shownData() : ProjectData();
    m_scene->restartSync();
    continueSync();
    // The panels take a turn of their own, so that neither holds up a repaint for long.
    m_panelsTimer.start();
    updateGenerateAction();
}

void GraphPage::refreshPanels()
{
    if (m_project) {
        m_findings->setFindings(m_project->data(), m_report);
        m_order->setReport(m_project->data(), m_report);
        refreshNames();
    } else {
        m_findings->setFindings({}, {});
        m_order->setReport({}, {});
        m_names->setStringList({});
    }
}

const ProjectData &GraphPage::shownNow() const
{
    static const ProjectData nothing;
    return isFiltered() ? m_filtered : m_project ? m_project->data() : nothing;
}

void GraphPage::continueSync()
{
    // A part fits between two repaints; the rest follows on the next turns of the event loop.
    constexpr int partMilliseconds = 6;
    if (m_scene->syncPart(shownNow(), m_report, QDeadlineTimer(partMilliseconds)))
        onSceneSynced();
    else
        m_syncTimer.start();
}

void GraphPage::onSceneSynced()
{
    // Impact follows the edited dependencies even when the selection stays the same.
    onSelectionChanged();
    // The layout's snapshot of the document takes a turn of its own.
    if (m_relayoutAfterSync)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_relayoutAfterSync)
                    relayout();
            },
            Qt::QueuedConnection);
    else if (m_project && m_scene->takeStructureChanged())
        m_relayoutTimer.start();
}

void GraphPage::refreshNames()
{
    QStringList names;
    names.reserve(qsizetype(m_project->data().systems.size()));
    for (const auto &[id, system] : m_project->data().systems)
        names.append(system.name);
    names.sort(Qt::CaseInsensitive);
    // Resetting the completer's model costs more than the comparison, and most edits keep names.
    if (names != m_names->stringList())
        m_names->setStringList(names);
}

void GraphPage::refreshFilterChoices()
{
    const ProjectData *data = m_project ? &m_project->data() : nullptr;
    refillSiteFilter(m_siteFilter, data);
    refillEnvironmentFilter(m_environmentFilter, data);
}

ProjectData GraphPage::shownData() const
{
    ProjectData shown;
    if (!m_project)
        return shown;
    const ProjectData &data = m_project->data();
    shown.change = data.change;
    const QString site = m_siteFilter->currentData().toString();
    const QString environment = m_environmentFilter->currentData().toString();
    const auto kind = enumFromKey<SystemKind>(m_kindFilter->currentData().toString());
    const std::set<Id> changing = m_onlyChanging->isChecked() ? changingSystemsAndNeighbours(data)
                                                              : std::set<Id>();
    for (const auto &[id, system] : data.systems) {
        if ((!site.isEmpty() && system.site != site)
            || (!environment.isEmpty() && system.environment != environment)
            || (kind && system.systemKind != *kind)
            || (m_onlyChanging->isChecked() && !changing.count(id)))
            continue;
        shown.systems.emplace(id, system);
    }
    for (const auto &[id, dependency] : data.dependencies) {
        if (shown.systems.count(dependency.dependentId)
            && shown.systems.count(dependency.dependencyId))
            shown.dependencies.emplace(id, dependency);
    }
    return shown;
}

void GraphPage::onFiltersChanged()
{
    startRefresh();
    relayout();
}

bool GraphPage::isFiltered() const
{
    return m_siteFilter->currentIndex() > 0 || m_environmentFilter->currentIndex() > 0
           || m_kindFilter->currentIndex() > 0 || m_onlyChanging->isChecked();
}

void GraphPage::clearFilters()
{
    for (QComboBox *box : {m_siteFilter, m_environmentFilter, m_kindFilter}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_onlyChanging);
    m_onlyChanging->setChecked(false);
}

} // namespace uw
