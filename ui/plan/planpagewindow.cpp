#include "planpage.h"

#include "commands.h"
#include "project.h"
#include "zonedtime.h"

#include <QComboBox>
#include <QDoubleSpinBox>

// The Plan page's choice of the window to plan into and of the rollback reserve to keep.
namespace uw {

void PlanPage::updateWindowChoice()
{
    const QSignalBlocker windowBlocker(m_window);
    const QSignalBlocker reserveBlocker(m_reserve);
    m_window->clear();
    if (!m_project)
        return;
    const ProjectData &data = m_project->data();
    const QDateTime now = m_project->now();
    const Window *next = earliestMaintenanceWindow(data, now);
    m_window->addItem(!next                  ? tr("No maintenance window")
                      : hasEnded(*next, now) ? tr("Last, already over: %1").arg(next->name)
                                             : tr("Next: %1").arg(next->name),
                      Id(0));
    for (const auto &[id, window] : data.windows) {
        if (window.windowKind != WindowKind::Maintenance)
            continue;
        const QString start = formatInZone(window.startUtc, window.timeZone);
        m_window->addItem(hasEnded(window, now) ? tr("%1 (%2, over)").arg(window.name, start)
                                                : tr("%1 (%2)").arg(window.name, start),
                          id);
    }
    m_window->setCurrentIndex(std::max(0, m_window->findData(data.change.planWindowId)));
    m_reserve->setValue(data.change.rollbackReserveMinutes);
    const bool editable = !m_project->isReadOnly();
    m_window->setEnabled(editable);
    m_reserve->setEnabled(editable);
}

void PlanPage::chooseWindow(int comboIndex)
{
    if (!m_project)
        return;
    Change change = m_project->change();
    change.planWindowId = m_window->itemData(comboIndex).toLongLong();
    if (change == m_project->change())
        return;
    QString error;
    if (!edit::updateEntity(*m_project, tr("Plan into %1").arg(m_window->itemText(comboIndex)),
                            change, MergeId::None, &error))
        showRefusal(error);
}

void PlanPage::setReserve(double minutes)
{
    if (!m_project || m_project->isReadOnly())
        return;
    Change change = m_project->change();
    change.rollbackReserveMinutes = minutes;
    if (change == m_project->change())
        return;
    QString error;
    if (!edit::updateEntity(*m_project, tr("Set rollback reserve to %1 min").arg(minutes), change,
                            MergeId::None, &error))
        showRefusal(error);
}

} // namespace uw
