#include "dependenciespage.h"

#include "commands.h"
#include "csvexport.h"
#include "dependenciesmodel.h"
#include "enumkeys.h"
#include "project.h"
#include "rulespanel.h"
#include "systemcolumnsdelegate.h"
#include "systempicker.h"
#include "versionconstraint.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace uw {
namespace {

void fillKinds(QComboBox *combo)
{
    for (const QString &key : enumKeys<DependencyKind>())
        combo->addItem(enumDisplayName(*enumFromKey<DependencyKind>(key)), key);
}

/** Edits the two system columns with the pickers of the add dialog, and the kind by name. */
class DependencyDelegate : public SystemColumnsDelegate
{
public:
    DependencyDelegate(DependenciesModel *model, std::function<void(const QString &)> report,
                       QObject *parent)
        : SystemColumnsDelegate([model] { return model->project(); },
                                {DependenciesModel::DependentColumn,
                                 DependenciesModel::DependencyColumn},
                                std::move(report), parent)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != DependenciesModel::KindColumn)
            return SystemColumnsDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        fillKinds(combo);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        else
            SystemColumnsDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentData());
        else
            SystemColumnsDelegate::setModelData(editor, model, index);
    }
};

/** A new dependency: both systems found by name, and a constraint that must read. */
class AddDependencyDialog : public QDialog
{
public:
    AddDependencyDialog(const Project *project, QWidget *parent)
        : QDialog(parent)
        , m_dependent(new SystemPicker(this))
        , m_dependency(new SystemPicker(this))
        , m_kind(new QComboBox(this))
        , m_constraint(new QLineEdit(this))
        , m_constraintStatus(new QLabel(this))
        , m_mixed(new QCheckBox(DependenciesPage::tr("Keeps working while only one side is "
                                                     "upgraded"),
                                this))
        , m_summary(new QLabel(this))
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    {
        setObjectName(QStringLiteral("addDependencyDialog"));
        setWindowTitle(DependenciesPage::tr("Add Dependency"));
        m_dependent->setObjectName(QStringLiteral("dependentPicker"));
        m_dependency->setObjectName(QStringLiteral("dependencyPicker"));
        m_kind->setObjectName(QStringLiteral("dependencyKind"));
        m_constraint->setObjectName(QStringLiteral("dependencyConstraint"));
        m_constraintStatus->setObjectName(QStringLiteral("dependencyConstraintStatus"));
        m_summary->setObjectName(QStringLiteral("addDependencySummary"));
        m_dependent->setProject(project);
        m_dependency->setProject(project);
        fillKinds(m_kind);
        m_constraint->setPlaceholderText(DependenciesPage::tr("e.g. >=13 <16, ^5.0 or 2.x"));
        m_constraintStatus->setWordWrap(true);
        m_summary->setWordWrap(true);
        m_buttons->button(QDialogButtonBox::Ok)->setText(DependenciesPage::tr("Add"));

        auto *form = new QFormLayout;
        form->addRow(DependenciesPage::tr("&System:"), m_dependent);
        form->addRow(DependenciesPage::tr("&Depends on:"), m_dependency);
        form->addRow(DependenciesPage::tr("&Kind:"), m_kind);
        form->addRow(DependenciesPage::tr("&Version needed:"), m_constraint);
        form->addRow(QString(), m_constraintStatus);
        form->addRow(QString(), m_mixed);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_summary);
        layout->addWidget(m_buttons);

        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_dependent, &SystemPicker::editTextChanged, this, &AddDependencyDialog::validate);
        connect(m_dependency, &SystemPicker::editTextChanged, this, &AddDependencyDialog::validate);
        connect(m_constraint, &QLineEdit::textChanged, this, &AddDependencyDialog::validate);
        validate();
    }

    Dependency dependency() const
    {
        Dependency result;
        result.dependentId = m_dependent->systemId();
        result.dependencyId = m_dependency->systemId();
        result.dependencyKind = *enumFromKey<DependencyKind>(m_kind->currentData().toString());
        result.constraint = m_constraint->text().trimmed();
        result.mixedVersionsTolerated = m_mixed->isChecked();
        return result;
    }

private:
    void validate()
    {
        QString error;
        const QString text = m_constraint->text().trimmed();
        const auto parsed = text.isEmpty() ? std::nullopt : VersionConstraint::parse(text, &error);
        const bool constraintOk = text.isEmpty() || parsed.has_value();
        if (text.isEmpty())
            m_constraintStatus->setText(DependenciesPage::tr("Any version will do."));
        else if (parsed)
            m_constraintStatus->setText(
                DependenciesPage::tr("✓ reads as %1").arg(parsed->toString()));
        else
            m_constraintStatus->setText(DependenciesPage::tr("✗ %1").arg(error));
        m_constraintStatus->setStyleSheet(constraintOk ? QString()
                                                       : QStringLiteral("color: #c62828;"));

        QStringList problems;
        problems << m_dependent->problem(DependenciesPage::tr("Choose the system that needs "
                                                              "another."))
                 << m_dependency->problem(DependenciesPage::tr("Choose the system it depends on."));
        const Id dependent = m_dependent->systemId();
        const Id dependency = m_dependency->systemId();
        if (dependent && dependent == dependency)
            problems << DependenciesPage::tr("A system cannot depend on itself.");
        problems.removeAll(QString());
        // Typing "etl" is quick but blind: say which systems the words were read as.
        const auto name = [](const SystemPicker *picker, Id id) {
            return picker->itemText(picker->findData(id));
        };
        m_summary->setText(problems.isEmpty() ? DependenciesPage::tr("%1 will depend on %2.")
                                                    .arg(name(m_dependent, dependent),
                                                         name(m_dependency, dependency))
                                              : problems.join(QLatin1Char(' ')));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty() && constraintOk);
    }

    SystemPicker *m_dependent;
    SystemPicker *m_dependency;
    QComboBox *m_kind;
    QLineEdit *m_constraint;
    QLabel *m_constraintStatus;
    QCheckBox *m_mixed;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace

DependenciesPage::DependenciesPage(QWidget *parent)
    : Page(parent)
    , m_model(new DependenciesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_message(new QLabel(this))
    , m_rules(new RulesPanel(this))
{
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_delete->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_filter->setObjectName(QStringLiteral("dependenciesFilter"));
    m_filter->setPlaceholderText(tr("Filter by system, kind or constraint"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("dependenciesTable"));
    m_add->setObjectName(QStringLiteral("addDependency"));
    m_delete->setObjectName(QStringLiteral("deleteDependency"));
    m_message->setObjectName(QStringLiteral("dependenciesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(FilterTextRole);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new DependencyDelegate(
        m_model, [this](const QString &message) { showMessage(message); }, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DependenciesModel::DependentColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(DependenciesModel::DependentColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DependenciesModel::DependencyColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(font());
    m_table->setColumnWidth(DependenciesModel::KindColumn,
                            metrics.horizontalAdvance(tr("Authentication")) + 32);
    m_table->setColumnWidth(DependenciesModel::ConstraintColumn,
                            metrics.horizontalAdvance(QStringLiteral(">=13.0 <16.0 || ^17.0")) + 24);
    for (int column :
         {int(DependenciesModel::MixedVersionsColumn), int(DependenciesModel::NowColumn),
          int(DependenciesModel::AfterUpgradeColumn)}) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, metrics.horizontalAdvance(title) + 36);
    }

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_delete);
    auto *dependencies = new QWidget(this);
    auto *dependenciesLayout = new QVBoxLayout(dependencies);
    dependenciesLayout->setContentsMargins(0, 0, 0, 0);
    dependenciesLayout->addLayout(bar);
    dependenciesLayout->addWidget(m_table, 1);
    dependenciesLayout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(dependencies);
    split->addWidget(m_rules);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &DependenciesPage::applyFilter);
    connect(m_add, &QPushButton::clicked, this, &DependenciesPage::addDependency);
    connect(m_delete, &QPushButton::clicked, this, &DependenciesPage::deleteSelection);
    connect(m_model, &DependenciesModel::editFailed, this, &DependenciesPage::showMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DependenciesPage::updateActions);
    updateActions();
}

void DependenciesPage::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_model->setProject(project);
    m_rules->setProject(project);
    if (m_project) {
        // A successful edit makes an earlier refusal message stale.
        connect(m_project, &Project::documentChanged, this, [this] { showMessage({}); });
    }
    showMessage({});
    updateActions();
}

void DependenciesPage::applyFilter(const QString &text)
{
    // Every word must occur somewhere in the row, in any order: "pg replica" finds
    // "PostgreSQL replica" needing "pgBackRest".
    QString pattern;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
    m_proxy->setFilterRegularExpression(
        QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                        | QRegularExpression::DotMatchesEverythingOption));
}

void DependenciesPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void DependenciesPage::updateActions()
{
    const bool editable = m_project && !m_project->isReadOnly();
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && !selectedIds().isEmpty());
    emit editActionsChanged();
}

QList<Id> DependenciesPage::selectedIds() const
{
    QList<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool DependenciesPage::canCopy() const
{
    return m_project && !selectedIds().isEmpty();
}

void DependenciesPage::copy()
{
    if (canCopy())
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(dependenciesCsv(m_project->data(), selectedIds())));
}

bool DependenciesPage::canDelete() const
{
    return m_project && !m_project->isReadOnly() && !selectedIds().isEmpty();
}

void DependenciesPage::deleteSelection()
{
    if (!canDelete())
        return;
    const QList<Id> ids = selectedIds();
    QString error;
    if (!edit::removeEntities(*m_project, tr("Delete %n dependency(ies)", nullptr, int(ids.size())),
                              EntityKind::Dependency, ids, &error)) {
        showMessage(error);
    }
}

QByteArray DependenciesPage::exportCsv() const
{
    return m_project ? dependenciesCsv(m_project->data()) : QByteArray();
}

void DependenciesPage::selectDependency(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DependenciesPage::addDependency()
{
    if (!m_project || m_project->isReadOnly())
        return;
    auto *dialog = new AddDependencyDialog(m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_project)
            return;
        Dependency dependency = dialog->dependency();
        dependency.id = m_project->allocateId(EntityKind::Dependency);
        QString error;
        if (!edit::addEntities(*m_project, tr("Add dependency"), {dependency}, &error)) {
            showMessage(error);
            return;
        }
        selectDependency(dependency.id);
    });
    // Window-modal and not blocking, so that the rest of the program (and tests) keep running.
    dialog->open();
}

} // namespace uw
