#pragma once

#include "entities.h"
#include "version.h"

#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace uw {

/**
 * Filters and sorts a SystemsModel for the inventory table. Filtering runs on every keystroke
 * over thousands of rows, so the lowered filter text, keys and parsed versions of each source row
 * are cached and only recomputed for rows the source reports as changed.
 */
class SystemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SystemsFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    /** Rows must contain every whitespace-separated word, case-insensitively, in any column. */
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    void setKindFilter(std::optional<SystemKind> kind);
    /** An empty environment shows all environments. */
    void setEnvironmentFilter(const QString &environment);
    /** An empty site shows all sites. */
    void setSiteFilter(const QString &site);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct RowCache
    {
        bool valid = false;
        QString filterText; // lowered
        QString kindKey;
        QString environment;
        QString site;
        std::optional<Version> currentVersion;
        std::optional<Version> targetVersion;
    };

    const RowCache &cached(int sourceRow) const;
    void cacheRowsChanged(int first, int last);
    void cacheRowsInserted(int first, int last);
    void cacheRowsRemoved(int first, int last);
    void resetCache();

    QString m_filterText;
    QStringList m_words;
    QString m_kindKey;
    QString m_environment;
    QString m_site;
    mutable std::vector<RowCache> m_cache;
};

} // namespace uw
