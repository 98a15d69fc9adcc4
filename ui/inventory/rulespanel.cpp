#include "rulespanel.h"

#include "commands.h"
#include "project.h"
#include "rulesmodel.h"
#include "systemcolumnsdelegate.h"
#include "systempicker.h"
#include "versionconstraint.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace uw {
namespace {

/** Why text cannot be a range; empty when it reads (or may be empty and is). */
QString rangeProblem(const QString &text, bool required)
{
    if (text.trimmed().isEmpty())
        return required ? RulesPanel::tr("Say which versions it needs, e.g. >=16.") : QString();
    QString error;
    return VersionConstraint::parse(text.trimmed(), &error) ? QString() : error;
}

/** A new rule: both systems found by name, and ranges that read. */
class AddRuleDialog : public QDialog
{
public:
    AddRuleDialog(const Project *project, QWidget *parent)
        : QDialog(parent)
        , m_system(new SystemPicker(this))
        , m_when(new QLineEdit(this))
        , m_required(new SystemPicker(this))
        , m_range(new QLineEdit(this))
        , m_source(new QLineEdit(this))
        , m_summary(new QLabel(this))
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    {
        setObjectName(QStringLiteral("addRuleDialog"));
        setWindowTitle(RulesPanel::tr("Add Compatibility Rule"));
        m_system->setObjectName(QStringLiteral("ruleSystem"));
        m_when->setObjectName(QStringLiteral("ruleWhen"));
        m_required->setObjectName(QStringLiteral("ruleRequiredSystem"));
        m_range->setObjectName(QStringLiteral("ruleRange"));
        m_source->setObjectName(QStringLiteral("ruleSource"));
        m_system->setProject(project);
        m_required->setProject(project);
        m_when->setPlaceholderText(RulesPanel::tr("empty for any version, e.g. >=5.0"));
        m_range->setPlaceholderText(RulesPanel::tr("e.g. >=13 <16"));
        m_source->setPlaceholderText(RulesPanel::tr("e.g. vendor matrix, release notes 5.0"));
        m_summary->setWordWrap(true);
        m_buttons->button(QDialogButtonBox::Ok)->setText(RulesPanel::tr("Add"));
        auto *form = new QFormLayout;
        form->addRow(RulesPanel::tr("&System:"), m_system);
        form->addRow(RulesPanel::tr("&When it is at:"), m_when);
        form->addRow(RulesPanel::tr("It &needs:"), m_required);
        form->addRow(RulesPanel::tr("&At version:"), m_range);
        form->addRow(RulesPanel::tr("S&ource:"), m_source);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_summary);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        for (SystemPicker *picker : {m_system, m_required})
            connect(picker, &SystemPicker::editTextChanged, this, &AddRuleDialog::validate);
        for (QLineEdit *edit : {m_when, m_range})
            connect(edit, &QLineEdit::textChanged, this, &AddRuleDialog::validate);
        validate();
    }

    CompatibilityRule rule() const
    {
        CompatibilityRule result;
        result.systemId = m_system->systemId();
        result.whenVersion = m_when->text().trimmed();
        result.requiredSystemId = m_required->systemId();
        result.requiredRange = m_range->text().trimmed();
        result.source = m_source->text().trimmed();
        return result;
    }

private:
    void validate()
    {
        QStringList problems{m_system->problem(RulesPanel::tr("Choose the system the rule is "
                                                              "about.")),
                             m_required->problem(RulesPanel::tr("Choose the system it needs."))};
        if (const QString when = rangeProblem(m_when->text(), false); !when.isEmpty())
            problems.append(RulesPanel::tr("When: %1").arg(when));
        if (const QString range = rangeProblem(m_range->text(), true); !range.isEmpty())
            problems.append(RulesPanel::tr("Version: %1").arg(range));
        if (m_system->systemId() && m_system->systemId() == m_required->systemId())
            problems.append(RulesPanel::tr("A system cannot need itself."));
        problems.removeAll(QString());
        const CompatibilityRule shown = rule();
        m_summary->setText(problems.isEmpty()
                               ? RulesPanel::tr("When %1 is at %2, it needs %3 at %4.")
                                     .arg(m_system->currentText(),
                                          shown.whenVersion.isEmpty()
                                              ? RulesPanel::tr("any version")
                                              : shown.whenVersion,
                                          m_required->currentText(), shown.requiredRange)
                               : problems.join(QLatin1Char(' ')));
        m_summary->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    }

    SystemPicker *m_system;
    QLineEdit *m_when;
    SystemPicker *m_required;
    QLineEdit *m_range;
    QLineEdit *m_source;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace

RulesPanel::RulesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new RulesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add Rule…"), this))
    , m_delete(new QPushButton(tr("Delete Rule"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("rulesPanel"));
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_filter->setObjectName(QStringLiteral("rulesFilter"));
    m_add->setObjectName(QStringLiteral("addRule"));
    m_delete->setObjectName(QStringLiteral("deleteRule"));
    m_message->setObjectName(QStringLiteral("rulesMessage"));
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_delete->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_filter->setPlaceholderText(tr("Filter rules by system, version or source"));
    m_filter->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_message->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(
        new SystemColumnsDelegate([this] { return m_model->project(); },
                                  {RulesModel::SystemColumn, RulesModel::RequiredSystemColumn},
                                  [this](const QString &message) { showMessage(message); },
                                  m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RulesModel::SystemColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(RulesModel::SourceColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(font());
    for (const int column : {int(RulesModel::SystemColumn), int(RulesModel::RequiredSystemColumn)})
        m_table->setColumnWidth(column, metrics.horizontalAdvance(QStringLiteral("m")) * 18);
    for (const int column : {int(RulesModel::NowColumn), int(RulesModel::AfterUpgradeColumn)})
        m_table->setColumnWidth(column, metrics.horizontalAdvance(
                                            m_model->headerData(column, Qt::Horizontal).toString())
                                            + 36);

    auto *title = new QLabel(tr("Compatibility rules (vendor matrix)"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_add, &QPushButton::clicked, this, &RulesPanel::addRule);
    connect(m_delete, &QPushButton::clicked, this, &RulesPanel::deleteSelection);
    connect(m_model, &RulesModel::editFailed, this, &RulesPanel::showMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesPanel::updateActions);
    updateActions();
}

void RulesPanel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_model->setProject(project);
    if (m_project)
        connect(m_project, &Project::documentChanged, this, [this] { showMessage({}); });
    showMessage({});
    updateActions();
}

void RulesPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void RulesPanel::updateActions()
{
    const bool editable = m_project && !m_project->isReadOnly();
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && !selectedIds().isEmpty());
}

QList<Id> RulesPanel::selectedIds() const
{
    QList<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(IdRole).value<Id>());
    return ids;
}

void RulesPanel::addRule()
{
    if (!m_project || m_project->isReadOnly())
        return;
    auto *dialog = new AddRuleDialog(m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_project)
            return;
        CompatibilityRule rule = dialog->rule();
        rule.id = m_project->allocateId(EntityKind::CompatibilityRule);
        QString error;
        if (!edit::addEntities(*m_project, tr("Add compatibility rule"), {rule}, &error))
            showMessage(error);
    });
    dialog->open();
}

void RulesPanel::deleteSelection()
{
    const QList<Id> ids = selectedIds();
    if (!m_project || m_project->isReadOnly() || ids.isEmpty())
        return;
    QString error;
    if (!edit::removeEntities(*m_project,
                              tr("Delete %n compatibility rule(s)", nullptr, int(ids.size())),
                              EntityKind::CompatibilityRule, ids, &error))
        showMessage(error);
}

} // namespace uw
