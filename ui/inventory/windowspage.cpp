#include "windowspage.h"

#include "commands.h"
#include "csvexport.h"
#include "dialogs.h"
#include "enumkeys.h"
#include "plananalysis.h"
#include "project.h"
#include "windowsmodel.h"
#include "zonedtime.h"

#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <vector>

namespace uw {
namespace {

/** A row whose zone is unknown is shown in UTC; edit it in UTC too, never in a guessed zone. */
QString editingZone(const QModelIndex &index)
{
    return zoneOrUtc(index.data(WindowsModel::DisplayZoneRole).toString());
}

QComboBox *createZoneCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        combo->addItem(QString::fromUtf8(zone), QString::fromUtf8(zone));
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return combo;
}

/** Start and end as wall-clock time in the row's zone; kind and zone from lists. */
class WindowDelegate : public QStyledItemDelegate
{
public:
    WindowDelegate(std::function<void(const QString &)> report, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_report(std::move(report))
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        switch (index.column()) {
        case WindowsModel::StartColumn:
        case WindowsModel::EndColumn: {
            auto *editor = new QDateTimeEdit(parent);
            // Qt::UTC only as a neutral spec: the value is the wall-clock reading in the zone.
            editor->setTimeSpec(Qt::UTC);
            editor->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
            editor->setCalendarPopup(true);
            return editor;
        }
        case WindowsModel::KindColumn: {
            auto *combo = new QComboBox(parent);
            for (const QString &key : enumKeys<WindowKind>())
                combo->addItem(enumDisplayName(*enumFromKey<WindowKind>(key)), key);
            return combo;
        }
        case WindowsModel::TimeZoneColumn:
            return createZoneCombo(parent);
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) {
            dateTime->setDateTime(
                wallClockValue(index.data(Qt::EditRole).toDateTime(), editingZone(index)));
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            if (combo->isEditable())
                combo->setCurrentText(index.data(Qt::EditRole).toString());
            else
                combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *dateTime = qobject_cast<QDateTimeEdit *>(editor)) {
            const QDateTime wall = dateTime->dateTime();
            const QString zone = editingZone(index);
            WallClockMatch match = WallClockMatch::Exact;
            const QDateTime utc = fromWallClock(wall.date(), wall.time(), zone, &match);
            if (model->setData(index, utc))
                m_report(wallClockNote(wall.date(), wall.time(), zone, match, utc));
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->isEditable() ? QVariant(combo->currentText().trimmed())
                                                      : combo->currentData());
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

private:
    std::function<void(const QString &)> m_report;
};

} // namespace

WindowsPage::WindowsPage(QWidget *parent)
    : Page(parent)
    , m_model(new WindowsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_displayZone(createZoneCombo(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_message(new QLabel(this))
    , m_systemsBox(new QGroupBox(tr("Affected systems"), this))
    , m_systemsFilter(new QLineEdit(this))
    , m_systems(new QListWidget(this))
{
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_delete->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_displayZone->setObjectName(QStringLiteral("displayZone"));
    m_displayZone->insertItem(0, tr("Each window's own zone"), QString());
    m_displayZone->setCurrentIndex(0);
    m_displayZone->setMinimumContentsLength(28);
    m_displayZone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_table->setObjectName(QStringLiteral("windowsTable"));
    m_add->setObjectName(QStringLiteral("addWindow"));
    m_delete->setObjectName(QStringLiteral("deleteWindow"));
    m_message->setObjectName(QStringLiteral("windowsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_systemsBox->setObjectName(QStringLiteral("windowSystemsEditor"));
    m_systemsFilter->setObjectName(QStringLiteral("windowSystemsFilter"));
    m_systemsFilter->setPlaceholderText(tr("Filter systems"));
    m_systemsFilter->setClearButtonEnabled(true);
    m_systems->setObjectName(QStringLiteral("windowSystems"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(
        new WindowDelegate([this](const QString &message) { showMessage(message); }, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WindowsModel::StartColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics(font());
    const auto fit = [this, &metrics](int column, const QString &sample) {
        m_table->setColumnWidth(column, metrics.horizontalAdvance(sample) + 20);
    };
    fit(WindowsModel::NameColumn, QStringLiteral("Saturday night maintenance"));
    fit(WindowsModel::KindColumn, tr("Maintenance window"));
    fit(WindowsModel::StartColumn, QStringLiteral("Wed 2026-12-05 22:00 CEST"));
    fit(WindowsModel::EndColumn, QStringLiteral("Wed 2026-12-05 22:00 CEST"));
    fit(WindowsModel::LengthColumn, QStringLiteral("17 d 8 h 30 min"));
    fit(WindowsModel::TimeZoneColumn, QStringLiteral("Europe/Berlin"));

    auto *bar = new QHBoxLayout;
    auto *zoneLabel = new QLabel(tr("Show &times in:"), this);
    zoneLabel->setBuddy(m_displayZone);
    bar->addWidget(zoneLabel);
    bar->addWidget(m_displayZone);
    bar->addStretch();
    bar->addWidget(m_add);
    bar->addWidget(m_delete);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_message);

    auto *boxLayout = new QVBoxLayout(m_systemsBox);
    boxLayout->addWidget(m_systemsFilter);
    boxLayout->addWidget(m_systems, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_systemsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({1000, metrics.horizontalAdvance(QLatin1Char('x')) * 34});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_displayZone, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setDisplayZone(m_displayZone->itemData(index).toString());
    });
    connect(m_add, &QPushButton::clicked, this, &WindowsPage::addWindow);
    connect(m_delete, &QPushButton::clicked, this, &WindowsPage::deleteSelection);
    connect(m_model, &WindowsModel::editFailed, this, &WindowsPage::showMessage);
    connect(m_systemsFilter, &QLineEdit::textChanged, this, &WindowsPage::filterSystems);
    connect(m_systems, &QListWidget::itemChanged, this, &WindowsPage::onSystemToggled);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        refreshSystems();
    });
    refreshSystems();
    updateActions();
}

void WindowsPage::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_model->setProject(project);
    if (m_project) {
        connect(m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
            // A successful edit makes an earlier refusal message stale.
            showMessage({});
            if (change.touches(EntityKind::System) || change.touches(EntityKind::Window))
                refreshSystems();
        });
    }
    showMessage({});
    refreshSystems();
    updateActions();
}

void WindowsPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void WindowsPage::updateActions()
{
    const bool editable = m_project && !m_project->isReadOnly();
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && !selectedIds().isEmpty());
    emit editActionsChanged();
}

QList<Id> WindowsPage::selectedIds() const
{
    QList<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

Id WindowsPage::currentWindowId() const
{
    const QList<Id> ids = selectedIds();
    return ids.size() == 1 && m_project && m_project->find<Window>(ids.first()) ? ids.first() : 0;
}

bool WindowsPage::canCopy() const
{
    return m_project && !selectedIds().isEmpty();
}

void WindowsPage::copy()
{
    if (canCopy())
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(windowsCsv(m_project->data(), selectedIds())));
}

bool WindowsPage::canDelete() const
{
    return m_project && !m_project->isReadOnly() && !selectedIds().isEmpty();
}

void WindowsPage::deleteSelection()
{
    if (!canDelete())
        return;
    const QList<Id> ids = selectedIds();
    QString error;
    if (!edit::removeEntities(*m_project, tr("Delete %n window(s)", nullptr, int(ids.size())),
                              EntityKind::Window, ids, &error)) {
        showMessage(error);
    }
}

QByteArray WindowsPage::exportCsv() const
{
    return m_project ? windowsCsv(m_project->data()) : QByteArray();
}

void WindowsPage::selectWindow(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

Window WindowsPage::defaultWindow() const
{
    // Saturday night is when most teams may take a system down; the first one still ahead.
    const QString zone = zoneOrUtc(m_project->change().timeZone);
    const QDateTime now = m_project->now();
    QDate saturday = toZone(now, zone).date();
    saturday = saturday.addDays((Qt::Saturday - saturday.dayOfWeek() + 7) % 7);
    if (fromWallClock(saturday, QTime(22, 0), zone) <= now)
        saturday = saturday.addDays(7);
    Window window;
    window.name = tr("Maintenance window");
    window.windowKind = WindowKind::Maintenance;
    window.timeZone = zone;
    window.startUtc = fromWallClock(saturday, QTime(22, 0), zone);
    window.endUtc = fromWallClock(saturday.addDays(1), QTime(4, 0), zone);
    return window;
}

void WindowsPage::addWindow()
{
    if (!m_project || m_project->isReadOnly())
        return;
    Window window = defaultWindow();
    window.id = m_project->allocateId(EntityKind::Window);
    QString error;
    if (!edit::addEntities(*m_project, tr("Add window"), {window}, &error)) {
        showMessage(error);
        return;
    }
    selectWindow(window.id);
    offerToPlanInto(window);
}

void WindowsPage::offerToPlanInto(const Window &window)
{
    const QDateTime now = m_project->now();
    const Window *planned = planWindow(m_project->data(), now);
    if (window.windowKind != WindowKind::Maintenance || hasEnded(window, now)
        || (planned && planned->id == window.id))
        return;
    const QString when = formatInZone(window.startUtc, window.timeZone);
    QString question;
    if (!planned)
        return;
    if (hasEnded(*planned, now))
        question = tr("The plan is in \"%1\", which is already over. Plan into the new window "
                      "\"%2\" (%3)?")
                       .arg(planned->name, window.name, when);
    else if (m_project->change().planWindowId == planned->id)
        question = tr("The plan is kept in \"%1\", as chosen on the Plan page. Plan into the new "
                      "window \"%2\" (%3) instead?")
                       .arg(planned->name, window.name, when);
    else
        question = tr("The plan uses the next window, \"%1\". Plan into the new window \"%2\" "
                      "(%3) instead?")
                       .arg(planned->name, window.name, when);
    if (Dialogs::instance().question(this, tr("Plan into the new window"), question)
        != Dialogs::Answer::Yes)
        return;
    Change change = m_project->change();
    change.planWindowId = window.id;
    QString error;
    if (!edit::updateEntity(*m_project, tr("Plan into %1").arg(window.name), change, MergeId::None,
                            &error))
        showMessage(error);
}

void WindowsPage::refreshSystems()
{
    const Id windowId = currentWindowId();
    const Window *window = windowId ? m_project->find<Window>(windowId) : nullptr;
    m_systemsBox->setEnabled(window && !m_project->isReadOnly());
    m_systemsBox->setTitle(window ? tr("Systems affected by %1").arg(window->name)
                                  : tr("Affected systems"));
    std::vector<const System *> systems;
    if (m_project) {
        for (const auto &entry : m_project->data().systems)
            systems.push_back(&entry.second);
    }
    std::sort(systems.begin(), systems.end(), [](const System *a, const System *b) {
        return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
    });
    m_fillingSystems = true;
    // Rebuild only when the systems themselves changed, so ticking one keeps the scroll position.
    bool same = m_systems->count() == int(systems.size());
    for (int i = 0; same && i < m_systems->count(); ++i) {
        const QListWidgetItem *item = m_systems->item(i);
        same = item->data(Qt::UserRole).toLongLong() == systems[size_t(i)]->id
               && item->text() == systems[size_t(i)]->name;
    }
    if (!same) {
        m_systems->clear();
        for (const System *system : systems) {
            auto *item = new QListWidgetItem(system->name, m_systems);
            item->setData(Qt::UserRole, system->id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
    }
    for (int i = 0; i < m_systems->count(); ++i) {
        QListWidgetItem *item = m_systems->item(i);
        const bool affected = window
                              && window->systemIds.contains(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(affected ? Qt::Checked : Qt::Unchecked);
    }
    m_fillingSystems = false;
    filterSystems();
}

void WindowsPage::filterSystems()
{
    const QString text = m_systemsFilter->text().trimmed();
    for (int i = 0; i < m_systems->count(); ++i) {
        QListWidgetItem *item = m_systems->item(i);
        item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
    }
}

void WindowsPage::onSystemToggled(QListWidgetItem *item)
{
    const Id windowId = currentWindowId();
    if (m_fillingSystems || !windowId)
        return;
    const Id systemId = item->data(Qt::UserRole).toLongLong();
    // Keep the order the lead chose and add the new system at the end.
    QList<Id> ids = m_project->find<Window>(windowId)->systemIds;
    if (item->checkState() == Qt::Checked && !ids.contains(systemId))
        ids.append(systemId);
    else if (item->checkState() == Qt::Unchecked)
        ids.removeAll(systemId);
    QVariantList value;
    for (const Id id : ids)
        value.append(id);
    const QModelIndex index = m_model->index(m_model->rowOf(windowId), WindowsModel::SystemsColumn);
    if (!m_model->setData(index, value))
        refreshSystems();
}

} // namespace uw
