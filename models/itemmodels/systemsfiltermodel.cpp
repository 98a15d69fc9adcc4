#include "systemsfiltermodel.h"

#include "entitytablemodel.h"
#include "enumkeys.h"
#include "systemsmodel.h"

#include <algorithm>

namespace uw {

SystemsFilterModel::SystemsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void SystemsFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (QAbstractItemModel *previous = this->sourceModel())
        disconnect(previous, nullptr, this, nullptr);
    resetCache();
    // Connected before the base class connects its own handlers, so the cache is up to date
    // when the base class re-filters changed or inserted rows.
    if (sourceModel) {
        connect(sourceModel, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    cacheRowsChanged(topLeft.row(), bottomRight.row());
                });
        connect(sourceModel, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) {
                    cacheRowsInserted(first, last);
                });
        connect(sourceModel, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { cacheRowsRemoved(first, last); });
        connect(sourceModel, &QAbstractItemModel::modelReset, this, &SystemsFilterModel::resetCache);
        connect(sourceModel, &QAbstractItemModel::layoutChanged, this,
                &SystemsFilterModel::resetCache);
        connect(sourceModel, &QAbstractItemModel::rowsMoved, this, &SystemsFilterModel::resetCache);
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void SystemsFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_words = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void SystemsFilterModel::setKindFilter(std::optional<SystemKind> kind)
{
    const QString key = kind ? enumKey(*kind) : QString();
    if (key == m_kindKey)
        return;
    m_kindKey = key;
    invalidateFilter();
}

void SystemsFilterModel::setEnvironmentFilter(const QString &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    invalidateFilter();
}

void SystemsFilterModel::setSiteFilter(const QString &site)
{
    if (site == m_site)
        return;
    m_site = site;
    invalidateFilter();
}

bool SystemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_words.isEmpty() && m_kindKey.isEmpty() && m_environment.isEmpty() && m_site.isEmpty())
        return true;
    const RowCache &row = cached(sourceRow);
    if (!m_kindKey.isEmpty() && row.kindKey != m_kindKey)
        return false;
    if (!m_environment.isEmpty() && row.environment != m_environment)
        return false;
    if (!m_site.isEmpty() && row.site != m_site)
        return false;
    for (const QString &word : m_words) {
        if (!row.filterText.contains(word))
            return false;
    }
    return true;
}

bool SystemsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (SystemsModel::isVersionColumn(left.column()) && left.column() == right.column()) {
        const bool current = left.column() == SystemsModel::CurrentVersionColumn;
        const RowCache &a = cached(left.row());
        const RowCache &b = cached(right.row());
        const auto &va = current ? a.currentVersion : a.targetVersion;
        const auto &vb = current ? b.currentVersion : b.targetVersion;
        if (va && vb)
            return compareVersions(*va, *vb) < 0;
        // Unreadable versions (empty, "latest") gather after all readable ones.
        if (va || vb)
            return va.has_value();
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
}

const SystemsFilterModel::RowCache &SystemsFilterModel::cached(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_cache.size() != size_t(source->rowCount()))
        m_cache.assign(size_t(source->rowCount()), {});
    RowCache &row = m_cache[size_t(sourceRow)];
    if (row.valid)
        return row;
    const auto text = [source, sourceRow](int column, int role) {
        return source->index(sourceRow, column).data(role).toString();
    };
    row.filterText = text(SystemsModel::NameColumn, FilterTextRole).toCaseFolded();
    row.kindKey = text(SystemsModel::KindColumn, Qt::EditRole);
    row.environment = text(SystemsModel::EnvironmentColumn, Qt::EditRole);
    row.site = text(SystemsModel::SiteColumn, Qt::EditRole);
    row.currentVersion = Version::parse(text(SystemsModel::CurrentVersionColumn, SortRole));
    row.targetVersion = Version::parse(text(SystemsModel::TargetVersionColumn, SortRole));
    row.valid = true;
    return row;
}

void SystemsFilterModel::cacheRowsChanged(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && size_t(row) < m_cache.size(); ++row)
        m_cache[size_t(row)].valid = false;
}

void SystemsFilterModel::cacheRowsInserted(int first, int last)
{
    if (size_t(first) > m_cache.size()) {
        m_cache.clear();
        return;
    }
    m_cache.insert(m_cache.begin() + first, size_t(last - first + 1), RowCache{});
}

void SystemsFilterModel::cacheRowsRemoved(int first, int last)
{
    if (size_t(last) >= m_cache.size()) {
        m_cache.clear();
        return;
    }
    m_cache.erase(m_cache.begin() + first, m_cache.begin() + last + 1);
}

void SystemsFilterModel::resetCache()
{
    m_cache.clear();
}

} // namespace uw
