// The step details panel's two directions: fields to the document (connectFields) and the
// document to the fields (refresh and its parts). See stepdetailspanel.cpp for the layout.

#include "stepdetailspanel.h"

#include "commandvariables.h"
#include "enumkeys.h"
#include "metriccheck.h"
#include "planedits.h"
#include "project.h"
#include "stepchecks.h"
#include "systempicker.h"
#include "textcommit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>

#include <algorithm>

namespace uw {
namespace {

/** The automation page of each kind, in the order the panel adds them. */
int automationPage(StepKind kind)
{
    switch (kind) {
    case StepKind::Manual:
        return 0;
    case StepKind::Command:
        return 1;
    case StepKind::HttpCheck:
        return 2;
    case StepKind::MetricCheck:
        return 3;
    case StepKind::Gate:
        break;
    }
    return 4;
}

using Choices = QList<std::pair<QString, Id>>;

Choices comboChoices(const QComboBox *combo)
{
    Choices choices;
    for (int index = 0; index < combo->count(); ++index)
        choices.append({combo->itemText(index), combo->itemData(index).value<Id>()});
    return choices;
}

/** Fills combo with choices unless it has them already, then selects current. */
void showChoices(QComboBox *combo, const Choices &choices, Id current, bool mixed)
{
    const QSignalBlocker blocker(combo);
    if (comboChoices(combo) != choices) {
        combo->clear();
        for (const auto &[text, id] : choices)
            combo->addItem(text, QVariant::fromValue(id));
    }
    combo->setCurrentIndex(mixed ? -1 : combo->findData(QVariant::fromValue(current)));
}

Choices peopleWithRole(const ProjectData &data, int role, Id current)
{
    Choices choices;
    for (const auto &[id, person] : data.people) {
        if (person.roles & role)
            choices.append({person.name, id});
        else if (id == current)
            choices.append({StepDetailsPanel::tr("%1 (without this role)").arg(person.name), id});
    }
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    choices.prepend({StepDetailsPanel::tr("(nobody)"), 0});
    return choices;
}

void showText(QLineEdit *field, const TextCommit *typing, const QString &text)
{
    if (!typing->isPending() && field->text() != text) {
        field->setText(text);
        field->setCursorPosition(0);
    }
}

void showValue(QSpinBox *box, int value)
{
    const QSignalBlocker blocker(box);
    box->setValue(value);
}

QList<Id> itemIds(const QListWidget *list, bool checkedOnly)
{
    QList<Id> ids;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (!checkedOnly || item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).value<Id>());
    }
    return ids;
}

} // namespace

void StepDetailsPanel::connectFields()
{
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        const auto kind = StepKind(m_kind->itemData(index).toInt());
        change(tr("kind"), MergeId::None, [kind](Step &step) { step.stepKind = kind; });
    });
    choosePerson(m_owner, tr("executor"), &Step::ownerId);
    choosePerson(m_verifier, tr("verifier"), &Step::verifierId);
    choosePerson(m_approver, tr("approver"), &Step::approverId);

    connect(m_addSystem, &QToolButton::clicked, this, [this] {
        const Id system = m_systemPicker->systemId();
        if (!system)
            return;
        change(tr("systems"), MergeId::None, [system](Step &step) {
            if (!step.systemIds.contains(system))
                step.systemIds.append(system);
        });
        m_systemPicker->setSystemId(0);
    });
    connect(m_removeSystem, &QToolButton::clicked, this, [this] {
        QList<Id> removed;
        for (const QListWidgetItem *item : m_systems->selectedItems())
            removed.append(item->data(Qt::UserRole).value<Id>());
        change(tr("systems"), MergeId::None, [&removed](Step &step) {
            step.systemIds.removeIf([&removed](Id id) { return removed.contains(id); });
        });
    });
    connect(m_undoes, &QListWidget::itemChanged, this, [this] {
        const QList<Id> undone = itemIds(m_undoes, true);
        change(tr("what it undoes"), MergeId::None,
               [&undone](Step &step) { step.undoesStepIds = undone; });
    });

    const auto text = [this](auto *field, const QString &name,
                             std::function<void(Step &, const QString &)> apply,
                             QLabel *problem = nullptr,
                             std::function<QString(const Step &)> check = {}) {
        m_typing.append(new TextCommit(field, [=, this](const QString &typed) {
            change(
                name, MergeId::StepText, [&](Step &step) { apply(step, typed); }, problem, check);
        }));
    };
    text(m_instructions, tr("instructions"),
         [](Step &step, const QString &typed) { step.instructions = typed; });
    text(m_command, tr("command"),
         [](Step &step, const QString &typed) { step.command.command = typed.trimmed(); });
    text(
        m_outputPattern, tr("output pattern"),
        [](Step &step, const QString &typed) { step.command.outputPattern = typed; },
        m_commandProblem,
        [](const Step &step) {
            return patternProblem(step.command.outputPattern, tr("output pattern"));
        });
    text(
        m_httpUrl, tr("address"),
        [](Step &step, const QString &typed) { step.http.url = typed.trimmed(); }, m_httpProblem,
        [](const Step &step) {
            return step.http.url.isEmpty() ? QString() : httpAddressProblem(step.http.url);
        });
    text(
        m_bodyPattern, tr("body pattern"),
        [](Step &step, const QString &typed) { step.http.bodyPattern = typed; }, m_httpProblem,
        [](const Step &step) { return patternProblem(step.http.bodyPattern, tr("body pattern")); });
    text(
        m_condition, tr("condition"),
        [](Step &step, const QString &typed) { step.metricCheck.condition = typed.trimmed(); },
        m_metricProblem,
        [](const Step &step) {
            QString problem;
            if (!step.metricCheck.condition.isEmpty())
                parseMetricCondition(step.metricCheck.condition, &problem);
            return problem;
        });

    const auto number = [this](QSpinBox *box, const QString &name,
                               std::function<void(Step &, int)> apply) {
        connect(box, &QSpinBox::valueChanged, this, [=, this](int value) {
            change(name, MergeId::None, [&](Step &step) { apply(step, value); });
        });
    };
    number(m_exitCode, tr("expected exit code"),
           [](Step &step, int value) { step.command.expectedExitCode = value; });
    number(m_commandTimeout, tr("timeout"),
           [](Step &step, int value) { step.command.timeoutSeconds = value; });
    number(m_httpStatus, tr("expected status"),
           [](Step &step, int value) { step.http.expectedStatus = value; });
    number(m_httpTimeout, tr("timeout"),
           [](Step &step, int value) { step.http.timeoutSeconds = value; });
    connect(m_httpMethod, &QComboBox::activated, this, [this](int index) {
        const QString method = m_httpMethod->itemData(index).toString();
        change(tr("method"), MergeId::None, [&method](Step &step) { step.http.method = method; });
    });
    text(
        m_variables, tr("variables"),
        [](Step &step, const QString &typed) {
            step.command.environmentVariables = typed.split(QRegularExpression(
                                                                QStringLiteral("[\\s,;]+")),
                                                            Qt::SkipEmptyParts);
        },
        m_commandProblem,
        [](const Step &step) {
            return environmentVariablesProblem(step.command.environmentVariables);
        });
    text(m_rollbackLoss, tr("what a rollback loses"),
         [](Step &step, const QString &typed) { step.rollbackLoss = typed.trimmed(); });
    connect(m_verifyTls, &QCheckBox::clicked, this, [this](bool checked) {
        change(tr("certificate check"), MergeId::None,
               [checked](Step &step) { step.http.verifyTls = checked; });
    });
    connect(m_reversible, &QCheckBox::clicked, this, [this](bool checked) {
        change(tr("reversibility"), MergeId::None,
               [checked](Step &step) { step.reversible = checked; });
    });
    connect(m_criticality, &QComboBox::activated, this, [this](int index) {
        const auto criticality = StepCriticality(m_criticality->itemData(index).toInt());
        change(tr("criticality"), MergeId::None,
               [criticality](Step &step) { step.criticality = criticality; });
    });
    connect(m_metric, &QComboBox::activated, this, [this](int index) {
        const Id metric = m_metric->itemData(index).value<Id>();
        change(tr("metric"), MergeId::None,
               [metric](Step &step) { step.metricCheck.metricId = metric; });
    });
}

void StepDetailsPanel::choosePerson(QComboBox *combo, const QString &field, Id Step::*member)
{
    connect(combo, &QComboBox::activated, this, [this, combo, field, member](int index) {
        const Id person = combo->itemData(index).value<Id>();
        const bool changed = change(
            field, MergeId::None, [person, member](Step &step) { step.*member = person; },
            m_peopleProblem,
            [this](const Step &step) { return dutyConflict(m_project->data(), step); });
        if (!changed)
            refresh();
    });
}

void StepDetailsPanel::refresh()
{
    const QScopedValueRollback guard(m_refreshing, true);
    const QList<const Step *> shown = steps();
    static const Step none;
    const Step &first = shown.isEmpty() ? none : *shown.first();
    const bool single = shown.size() == 1;
    if (shown.isEmpty())
        m_heading->setText(tr("Select a step to see and change all of its fields."));
    else if (single)
        m_heading->setText(tr("%1 \u2014 %2").arg(first.title, enumDisplayName(first.phase)));
    else
        m_heading->setText(tr("%n steps selected: a change here applies to all of them", nullptr,
                              int(shown.size())));
    m_fields->setEnabled(!shown.isEmpty() && m_project && !m_project->isReadOnly());

    const bool mixedKinds = std::any_of(shown.begin(), shown.end(), [&first](const Step *step) {
        return step->stepKind != first.stepKind;
    });
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(mixedKinds ? -1 : m_kind->findData(int(first.stepKind)));
    }
    m_automation->setCurrentIndex(automationPage(first.stepKind));
    m_automation->setEnabled(single);
    m_instructions->setEnabled(single);
    if (!m_typing[0]->isPending() && m_instructions->toPlainText() != first.instructions) {
        const QSignalBlocker blocker(m_instructions);
        m_instructions->setPlainText(first.instructions);
    }
    refreshPeople(shown);
    refreshSystems(first, single);
    refreshAutomation(first);
    refreshUndoes(first);
    refreshRisk(shown);
    m_undoesBox->setVisible(single && first.phase == Phase::Rollback);
}

void StepDetailsPanel::refreshPeople(const QList<const Step *> &steps)
{
    const ProjectData empty;
    const ProjectData &data = m_project ? m_project->data() : empty;
    const auto show = [&](QComboBox *combo, int role, Id Step::*member) {
        const Id current = steps.isEmpty() ? 0 : steps.first()->*member;
        const bool mixed = std::any_of(steps.begin(), steps.end(),
                                       [&](const Step *step) { return step->*member != current; });
        showChoices(combo, peopleWithRole(data, role, current), current, mixed);
    };
    show(m_owner, RoleExecutor, &Step::ownerId);
    show(m_verifier, RoleVerifier, &Step::verifierId);
    show(m_approver, RoleApprover, &Step::approverId);
}

void StepDetailsPanel::refreshSystems(const Step &first, bool single)
{
    // With several steps, the systems all of them touch.
    QList<Id> shared = first.systemIds;
    if (!single) {
        for (const Step *step : steps())
            shared.removeIf([step](Id id) { return !step->systemIds.contains(id); });
    }
    if (itemIds(m_systems, false) == shared)
        return;
    m_systems->clear();
    for (const Id id : shared) {
        const System *system = m_project ? m_project->find<System>(id) : nullptr;
        auto *item = new QListWidgetItem(system ? system->name : tr("system %1").arg(id), m_systems);
        item->setData(Qt::UserRole, QVariant::fromValue(id));
    }
}

void StepDetailsPanel::refreshAutomation(const Step &step)
{
    showText(m_command, m_typing[1], step.command.command);
    showValue(m_exitCode, step.command.expectedExitCode);
    showValue(m_commandTimeout, step.command.timeoutSeconds);
    showText(m_outputPattern, m_typing[2], step.command.outputPattern);
    if (!m_typing[6]->isPending()
        && m_variables->text().split(u' ', Qt::SkipEmptyParts) != step.command.environmentVariables)
        m_variables->setText(step.command.environmentVariables.join(u' '));
    QStringList sources;
    if (m_project) {
        for (const CommandVariable &variable : commandVariables(m_project->data(), step))
            sources.append(describeSource(variable));
    }
    m_variableSources->setText(sources.join(u'\n'));
    m_variableSources->setVisible(!sources.isEmpty());
    {
        const QSignalBlocker blocker(m_httpMethod);
        m_httpMethod->setCurrentIndex(m_httpMethod->findData(step.http.method.toUpper()));
    }
    showText(m_httpUrl, m_typing[3], step.http.url);
    showValue(m_httpStatus, step.http.expectedStatus);
    showText(m_bodyPattern, m_typing[4], step.http.bodyPattern);
    showValue(m_httpTimeout, step.http.timeoutSeconds);
    {
        const QSignalBlocker blocker(m_verifyTls);
        m_verifyTls->setChecked(step.http.verifyTls);
    }
    Choices metrics;
    if (m_project) {
        for (const auto &[id, metric] : m_project->data().metrics)
            metrics.append({metric.name, id});
    }
    metrics.prepend({tr("(choose a metric)"), 0});
    showChoices(m_metric, metrics, step.metricCheck.metricId, false);
    showText(m_condition, m_typing[5], step.metricCheck.condition);
}

void StepDetailsPanel::refreshRisk(const QList<const Step *> &steps)
{
    const Step *first = steps.value(0);
    const auto all = [&steps](auto same) {
        return std::all_of(steps.begin(), steps.end(), same);
    };
    {
        const QSignalBlocker blocker(m_criticality);
        const bool shared = first && all([first](const Step *step) {
                                return step->criticality == first->criticality;
                            });
        m_criticality->setCurrentIndex(shared ? m_criticality->findData(int(first->criticality))
                                              : -1);
    }
    {
        const QSignalBlocker blocker(m_reversible);
        const bool shared = first && all([first](const Step *step) {
                                return step->reversible == first->reversible;
                            });
        m_reversible->setTristate(!shared);
        m_reversible->setCheckState(!shared             ? Qt::PartiallyChecked
                                    : first->reversible ? Qt::Checked
                                                        : Qt::Unchecked);
    }
    m_rollbackLoss->setEnabled(steps.size() == 1);
    showText(m_rollbackLoss, m_typing[7], first ? first->rollbackLoss : QString());
}

void StepDetailsPanel::refreshUndoes(const Step &step)
{
    if (!m_project || step.phase != Phase::Rollback)
        return;
    const ProjectData &data = m_project->data();
    const QList<Id> execute = plan::stepsInPhase(data, Phase::Execute);
    const QSignalBlocker blocker(m_undoes);
    if (itemIds(m_undoes, false) != execute) {
        m_undoes->clear();
        for (const Id id : execute) {
            auto *item = new QListWidgetItem(data.steps.at(id).title, m_undoes);
            item->setData(Qt::UserRole, QVariant::fromValue(id));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
    }
    for (int row = 0; row < m_undoes->count(); ++row) {
        QListWidgetItem *item = m_undoes->item(row);
        const bool undone = step.undoesStepIds.contains(item->data(Qt::UserRole).value<Id>());
        item->setCheckState(undone ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace uw
