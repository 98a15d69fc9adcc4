#include "graphpage.h"

#include "dialogs.h"
#include "graphpanels.h"
#include "project.h"
#include "stepgeneration.h"

// The Graph page's upgrade order panel: turning the order into runbook steps.
namespace uw {

void GraphPage::updateGenerateAction()
{
    if (!m_project)
        m_order->setGenerateEnabled(false, QString());
    else if (m_project->isReadOnly())
        m_order->setGenerateEnabled(false, tr("The project is open read-only."));
    else if (m_report.order.isEmpty())
        m_order->setGenerateEnabled(false, tr("No system changes version."));
    else
        m_order->setGenerateEnabled(true, tr("Adds prepare, backup, execute, verify and rollback "
                                             "steps for every system in this order, as one edit "
                                             "that one undo removes."));
}

void GraphPage::generateSteps()
{
    if (!m_project || m_project->isReadOnly())
        return;
    // The order must be the one of the document as it is now, not before the last edit.
    if (isStale())
        refresh();
    QString error;
    if (!generateUpgradeSteps(*m_project, m_report.order, &error))
        Dialogs::instance().warning(this, tr("Cannot generate runbook steps"), error);
}

} // namespace uw
