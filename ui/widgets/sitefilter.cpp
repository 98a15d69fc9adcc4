#include "sitefilter.h"

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>
#include <set>

namespace uw {
namespace {

bool refill(QComboBox *filter, const ProjectData *data, QString System::*field)
{
    std::set<QString> values;
    if (data) {
        for (const auto &[id, system] : data->systems) {
            if (!(system.*field).isEmpty())
                values.insert(system.*field);
        }
    }
    QStringList shown;
    for (int i = 1; i < filter->count(); ++i)
        shown.append(filter->itemText(i));
    if (shown == QStringList(values.begin(), values.end()))
        return false;
    const QSignalBlocker blocker(filter);
    const QString chosen = filter->currentData().toString();
    while (filter->count() > 1)
        filter->removeItem(1);
    for (const QString &value : values)
        filter->addItem(value, value);
    filter->setCurrentIndex(std::max(0, filter->findData(chosen)));
    return true;
}

} // namespace

bool refillSiteFilter(QComboBox *filter, const ProjectData *data)
{
    return refill(filter, data, &System::site);
}

bool refillEnvironmentFilter(QComboBox *filter, const ProjectData *data)
{
    return refill(filter, data, &System::environment);
}

} // namespace uw
