#include "systemspage.h"

#include "commands.h"
#include "csvexport.h"
#include "csvimport.h"
#include "dialogs.h"
#include "enumkeys.h"
#include "project.h"
#include "sitefilter.h"
#include "systemdetailspanel.h"
#include "systemsdelegate.h"
#include "systemsfiltermodel.h"
#include "systemsmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace uw {

SystemsPage::SystemsPage(QWidget *parent)
    : Page(parent)
    , m_model(new SystemsModel(this))
    , m_proxy(new SystemsFilterModel(this))
    , m_emptyHint(new QLabel(this))
    , m_details(new SystemDetailsPanel(this))
{
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createToolbar());
    createTable();
    m_emptyHint->setObjectName(QStringLiteral("systemsEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    QFont hintFont = m_emptyHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.25);
    m_emptyHint->setFont(hintFont);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_emptyHint);
    layout->addWidget(m_stack, 1);

    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &SystemsPage::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SystemsPage::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &SystemsPage::updateState);
    }
    updateState();
}

SystemsPage::~SystemsPage() = default;

QHBoxLayout *SystemsPage::createToolbar()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("systemsFilter"));
    m_filter->setPlaceholderText(tr("Filter systems…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &SystemsFilterModel::setFilterText);

    const auto combo = [this](const QString &objectName, const QString &all) {
        auto *box = new QComboBox(this);
        box->setObjectName(objectName);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->addItem(all);
        return box;
    };
    m_kindFilter = combo(QStringLiteral("kindFilter"), tr("All kinds"));
    for (const QString &key : enumKeys<SystemKind>())
        m_kindFilter->addItem(enumDisplayName(*enumFromKey<SystemKind>(key)), key);
    m_environmentFilter = combo(QStringLiteral("environmentFilter"), tr("All environments"));
    m_siteFilter = combo(QStringLiteral("siteFilter"), tr("All sites"));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKindFilter(enumFromKey<SystemKind>(m_kindFilter->currentData().toString()));
    });
    connect(m_environmentFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setEnvironmentFilter(m_environmentFilter->currentData().toString());
    });
    connect(m_siteFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSiteFilter(m_siteFilter->currentData().toString()); });

    const auto button = [this](const QString &objectName, const QString &icon, const QString &text,
                               const QString &toolTip) {
        auto *result = new QPushButton(QIcon(icon), text, this);
        result->setObjectName(objectName);
        result->setToolTip(toolTip);
        return result;
    };
    m_add = button(QStringLiteral("addSystem"), QStringLiteral(":/icons/add.svg"), tr("&Add"),
                   tr("Add a system to the inventory"));
    m_duplicate = button(QStringLiteral("duplicateSystem"), QStringLiteral(":/icons/duplicate.svg"),
                         tr("D&uplicate"), tr("Copy the selected systems"));
    m_delete = button(QStringLiteral("deleteSystem"), QStringLiteral(":/icons/remove.svg"),
                      tr("&Delete"), tr("Delete the selected systems and their dependencies"));
    connect(m_add, &QPushButton::clicked, this, &SystemsPage::addSystem);
    connect(m_duplicate, &QPushButton::clicked, this, &SystemsPage::duplicateSelection);
    connect(m_delete, &QPushButton::clicked, this, &SystemsPage::deleteSelection);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("systemsCount"));
    auto *toolbar = new QHBoxLayout;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_filter, m_kindFilter,
                                                            m_environmentFilter, m_siteFilter})
        toolbar->addWidget(widget);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_count);
    toolbar->addStretch();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_add, m_duplicate, m_delete})
        toolbar->addWidget(widget);
    return toolbar;
}

void SystemsPage::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("systemsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new SystemsDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Double-click activates (shows the system elsewhere); typing, F2 or a second click edits.
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 3 / 2 + 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(SystemsModel::NameColumn, Qt::AscendingOrder);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SystemsPage::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SystemsPage::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit systemActivated(index.data(IdRole).toLongLong());
    });
}

void SystemsPage::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_model->setProject(project);
    m_details->setProject(project);
    if (m_project) {
        connect(m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
            if (change.touches(EntityKind::System))
                refreshFilterChoices();
        });
    }
    refreshFilterChoices();
    fitColumns();
    updateState();
    emit editActionsChanged();
}

void SystemsPage::fitColumns()
{
    // Sized to a sample of the content once per project; afterwards widths are the user's.
    const QFontMetrics metrics(m_table->font());
    const int iconRoom = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8;
    const int rows = std::min(m_proxy->rowCount(), 200);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < SystemsModel::BusinessProcessesColumn; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        // Room for the sort indicator beside the title.
        int width = header->fontMetrics().horizontalAdvance(title) + iconRoom + 16;
        for (int row = 0; row < rows; ++row) {
            const QString text = m_proxy->index(row, column).data().toString();
            width = std::max(width, metrics.horizontalAdvance(text) + iconRoom);
        }
        header->resizeSection(column, std::min(width, 30 * metrics.averageCharWidth()));
    }
}

bool SystemsPage::canCopy() const
{
    return m_project && m_table->selectionModel()->hasSelection();
}

void SystemsPage::copy()
{
    const QList<Id> ids = selectedIds();
    if (!m_project || ids.isEmpty())
        return;
    const QByteArray csv = systemsCsv(m_project->data(), ids);
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(csv));
    mime->setData(QStringLiteral("text/csv"), csv);
    QGuiApplication::clipboard()->setMimeData(mime);
}

bool SystemsPage::canPaste() const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return m_project && !m_project->isReadOnly() && mime && mime->hasText();
}

void SystemsPage::paste()
{
    if (!canPaste())
        return;
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    const QByteArray bytes = mime->hasFormat(QStringLiteral("text/csv"))
                                 ? mime->data(QStringLiteral("text/csv"))
                                 : mime->text().toUtf8();
    QString error;
    auto table = readCsv(bytes, &error);
    const QList<int> mapping = table ? autoMapColumns(ImportTarget::Systems, table->header)
                                     : QList<int>();
    // The name is the first import field; without it nothing can be pasted.
    const int nameColumn = mapping.value(0, -1);
    if (!table || nameColumn < 0) {
        showError(tr("The clipboard holds no systems to paste: %1")
                      .arg(error.isEmpty() ? tr("there is no column of system names") : error));
        return;
    }
    // Rows copied from this project come back as copies, as Duplicate makes them.
    std::set<QString> taken = systemNames();
    QStringList pastedNames;
    for (QStringList &row : table->rows) {
        if (nameColumn >= row.size())
            continue;
        if (taken.count(row[nameColumn]))
            row[nameColumn] = uniqueName(tr("%1 (copy)").arg(row[nameColumn]), taken);
        taken.insert(row[nameColumn]);
        pastedNames.append(row[nameColumn]);
    }
    const ImportPreview preview = previewImport(m_project->data(), ImportTarget::Systems, *table,
                                                mapping);
    if (preview.entities.isEmpty()) {
        showError(preview.problems.isEmpty() ? tr("The clipboard holds no systems to paste.")
                                             : preview.problems.first().message);
        return;
    }
    if (!applyImport(*m_project, preview, tr("the clipboard"), &error)) {
        showError(error);
        return;
    }
    QList<Id> pasted;
    for (const auto &[id, system] : m_project->data().systems) {
        if (pastedNames.contains(system.name))
            pasted.append(id);
    }
    selectSystems(pasted);
}

bool SystemsPage::canDelete() const
{
    return m_project && !m_project->isReadOnly() && m_table->selectionModel()->hasSelection();
}

void SystemsPage::deleteSelection()
{
    const QList<Id> ids = selectedIds();
    if (!canDelete() || ids.isEmpty())
        return;
    const QString question = m_model->removalQuestion(ids);
    if (!question.isEmpty()
        && Dialogs::instance().question(this, tr("Delete systems"), question)
               != Dialogs::Answer::Yes) {
        return;
    }
    const QString action = ids.size() == 1 ? tr("Delete system %1")
                                                 .arg(m_project->find<System>(ids.first())->name)
                                           : tr("Delete %n systems", nullptr, int(ids.size()));
    QString error;
    if (!edit::removeEntities(*m_project, action, EntityKind::System, ids, &error))
        showError(error);
}

QByteArray SystemsPage::exportCsv() const
{
    return m_project ? systemsCsv(m_project->data()) : QByteArray();
}

void SystemsPage::selectSystem(Id id)
{
    selectSystems({id});
}

void SystemsPage::selectSystems(const QList<Id> &ids)
{
    QList<QModelIndex> indexes;
    for (int pass = 0; pass < 2 && indexes.size() < ids.size(); ++pass) {
        if (pass == 1)
            clearFilters();
        indexes.clear();
        for (Id id : ids) {
            const QModelIndex source = m_model->index(m_model->rowOf(id), SystemsModel::NameColumn);
            if (const QModelIndex index = m_proxy->mapFromSource(source); index.isValid())
                indexes.append(index);
        }
    }
    if (indexes.isEmpty())
        return;
    QItemSelection selection;
    for (const QModelIndex &index : std::as_const(indexes))
        selection.select(index, index);
    QItemSelectionModel *selectionModel = m_table->selectionModel();
    selectionModel->setCurrentIndex(indexes.first(), QItemSelectionModel::NoUpdate);
    selectionModel->select(selection,
                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(indexes.first());
}

QList<Id> SystemsPage::selectedIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Id> ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(IdRole).toLongLong());
    return ids;
}

std::set<QString> SystemsPage::systemNames() const
{
    std::set<QString> names;
    for (const auto &[id, system] : m_project->data().systems)
        names.insert(system.name);
    return names;
}

QString SystemsPage::uniqueName(const QString &base, const std::set<QString> &taken)
{
    QString name = base;
    for (int n = 2; taken.count(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void SystemsPage::addSystem()
{
    if (!m_project || m_project->isReadOnly())
        return;
    System system;
    system.id = m_project->allocateId(EntityKind::System);
    system.name = uniqueName(tr("New system"), systemNames());
    QString error;
    if (!edit::addEntities(*m_project, tr("Add system %1").arg(system.name), {system}, &error)) {
        showError(error);
        return;
    }
    selectSystem(system.id);
    m_table->edit(m_table->currentIndex());
}

void SystemsPage::duplicateSelection()
{
    const QList<Id> ids = selectedIds();
    if (!m_project || m_project->isReadOnly() || ids.isEmpty())
        return;
    std::set<QString> taken = systemNames();
    QList<AnyEntity> copies;
    QList<Id> copyIds;
    for (Id id : ids) {
        System copy = *m_project->find<System>(id);
        copy.id = m_project->allocateId(EntityKind::System);
        copy.name = uniqueName(tr("%1 (copy)").arg(copy.name), taken);
        taken.insert(copy.name);
        copies.append(copy);
        copyIds.append(copy.id);
    }
    const QString action = ids.size() == 1 ? tr("Duplicate system %1")
                                                 .arg(m_project->find<System>(ids.first())->name)
                                           : tr("Duplicate %n systems", nullptr, int(ids.size()));
    QString error;
    if (!edit::addEntities(*m_project, action, copies, &error)) {
        showError(error);
        return;
    }
    selectSystems(copyIds);
}

void SystemsPage::onSelectionChanged()
{
    const QList<Id> ids = selectedIds();
    const Id current = m_table->currentIndex().data(IdRole).toLongLong();
    m_details->showSystem(ids.contains(current) ? current : ids.value(0));
    updateState();
    emit editActionsChanged();
}

void SystemsPage::refreshFilterChoices()
{
    const ProjectData *data = m_project ? &m_project->data() : nullptr;
    if (refillSiteFilter(m_siteFilter, data))
        m_proxy->setSiteFilter(m_siteFilter->currentData().toString());
    if (refillEnvironmentFilter(m_environmentFilter, data))
        m_proxy->setEnvironmentFilter(m_environmentFilter->currentData().toString());
}

void SystemsPage::clearFilters()
{
    m_filter->clear();
    m_kindFilter->setCurrentIndex(0);
    m_environmentFilter->setCurrentIndex(0);
    m_siteFilter->setCurrentIndex(0);
}

void SystemsPage::updateState()
{
    const bool open = m_project;
    const bool editable = open && !m_project->isReadOnly();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_add->setEnabled(editable);
    m_duplicate->setEnabled(editable && selected);
    m_delete->setEnabled(editable && selected);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_filter, m_kindFilter,
                                                            m_environmentFilter, m_siteFilter})
        widget->setEnabled(open);

    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    // Separate singular text so that English reads right without a translation file.
    const QString all = total == 1 ? tr("%n system", nullptr, total)
                                   : tr("%n systems", nullptr, total);
    m_count->setText(!open ? QString() : shown == total ? all : tr("%1 of %2").arg(shown).arg(all));
    m_emptyHint->setText(open ? tr("No systems yet — add one or import a CMDB export with "
                                   "File › Import.")
                              : tr("No project is open."));
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_emptyHint) : m_splitter);
}

void SystemsPage::showError(const QString &message)
{
    Dialogs::instance().warning(this, tr("Systems"), message);
}

} // namespace uw
