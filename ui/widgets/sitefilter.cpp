#include "sitefilter.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>
#include <set>

namespace uw {

bool refillSiteFilter(QComboBox *filter, const ProjectData *data)
{
    std::set<QString> sites;
    if (data) {
        for (const auto &[id, system] : data->systems) {
            if (!system.site.isEmpty())
                sites.insert(system.site);
        }
    }
    QStringList shown;
    for (int i = 1; i < filter->count(); ++i)
        shown.append(filter->itemText(i));
    if (shown == QStringList(sites.begin(), sites.end()))
        return false;
    const QSignalBlocker blocker(filter);
    const QString chosen = filter->currentData().toString();
    while (filter->count() > 1)
        filter->removeItem(1);
    for (const QString &site : sites)
        filter->addItem(site, site);
    filter->setCurrentIndex(std::max(0, filter->findData(chosen)));
    return true;
}

} // namespace uw
