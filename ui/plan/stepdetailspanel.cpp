#include "stepdetailspanel.h"

#include "dialogs.h"
#include "entityfields.h"
#include "enumkeys.h"
#include "project.h"
#include "systempicker.h"
#include "textcommit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace uw {
namespace {

const QList<StepKind> &stepKinds()
{
    static const QList<StepKind> kinds{StepKind::Manual, StepKind::Command, StepKind::HttpCheck,
                                       StepKind::MetricCheck, StepKind::Gate};
    return kinds;
}

QLabel *problemLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &problem)
{
    if (!label)
        return;
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

/** Fields that take the room there is, whatever the style's habit. */
QFormLayout *formLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QSpinBox *spinBox(const QString &objectName, int minimum, int maximum, const QString &suffix = {})
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    // One edit when the person is done, not one per digit typed.
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

StepDetailsPanel::StepDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_kind(new QComboBox)
    , m_instructions(new QPlainTextEdit)
    , m_automation(new QStackedWidget)
{
    setObjectName(QStringLiteral("stepDetails"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_kind->setObjectName(QStringLiteral("stepKind"));
    for (const StepKind kind : stepKinds())
        m_kind->addItem(enumDisplayName(kind), int(kind));
    m_instructions->setObjectName(QStringLiteral("stepInstructions"));
    m_instructions->setPlaceholderText(tr("What to do, where, and how to tell it worked"));

    auto *manual = new QLabel(tr("A person does this step and marks it done or failed."));
    auto *gate = new QLabel(tr("The approver decides go or no-go when the run reaches it."));
    for (QLabel *label : {manual, gate}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_automation->addWidget(manual);
    m_automation->addWidget(createCommandPage());
    m_automation->addWidget(createHttpPage());
    m_automation->addWidget(createMetricPage());
    m_automation->addWidget(gate);

    m_undoes = new QListWidget;
    m_undoes->setObjectName(QStringLiteral("stepUndoes"));
    auto *undoesBox = new QGroupBox(tr("Undoes"));
    undoesBox->setToolTip(tr("The execute steps this rollback step reverses; a rollback runs it "
                             "only when one of them was started."));
    (new QVBoxLayout(undoesBox))->addWidget(m_undoes);
    m_undoesBox = undoesBox;

    auto *kindRow = formLayout(nullptr);
    kindRow->addRow(tr("&Kind:"), m_kind);
    auto *automationColumn = new QVBoxLayout;
    automationColumn->addLayout(kindRow);
    automationColumn->addWidget(m_automation, 1);
    automationColumn->addWidget(createRiskFields());
    automationColumn->addWidget(m_undoesBox, 1);
    auto *instructionsColumn = new QVBoxLayout;
    auto *instructionsLabel = new QLabel(tr("&Instructions"));
    instructionsLabel->setBuddy(m_instructions);
    instructionsColumn->addWidget(instructionsLabel);
    instructionsColumn->addWidget(m_instructions, 1);

    auto *columns = new QHBoxLayout(m_fields);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *whoAndWhere = new QVBoxLayout;
    whoAndWhere->addWidget(createPeopleFields());
    whoAndWhere->addWidget(createSystemFields(), 1);
    columns->addLayout(automationColumn, 4);
    columns->addLayout(instructionsColumn, 4);
    columns->addLayout(whoAndWhere, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_fields, 1);
    connectFields();
    refresh();
}

StepDetailsPanel::~StepDetailsPanel()
{
    // Fields lose focus while the widget tree is torn down; nothing may commit from then on.
    qDeleteAll(m_typing);
}

QWidget *StepDetailsPanel::createPeopleFields()
{
    auto *box = new QWidget;
    auto *form = formLayout(box);
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("stepOwner"));
    m_verifier = new QComboBox;
    m_verifier->setObjectName(QStringLiteral("stepVerifier"));
    m_approver = new QComboBox;
    m_approver->setObjectName(QStringLiteral("stepApprover"));
    for (QComboBox *combo : {m_owner, m_verifier, m_approver}) {
        combo->setMinimumContentsLength(14);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_peopleProblem = problemLabel(QStringLiteral("stepPeopleProblem"));
    form->addRow(tr("E&xecutes:"), m_owner);
    form->addRow(tr("&Verifies:"), m_verifier);
    form->addRow(tr("A&pproves:"), m_approver);
    form->addRow(m_peopleProblem);
    return box;
}

QWidget *StepDetailsPanel::createSystemFields()
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_systems = new QListWidget;
    m_systems->setObjectName(QStringLiteral("stepSystems"));
    m_systems->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_systemPicker = new SystemPicker;
    m_systemPicker->setObjectName(QStringLiteral("stepSystemPicker"));
    m_addSystem = new QToolButton;
    m_addSystem->setObjectName(QStringLiteral("stepAddSystem"));
    m_addSystem->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_addSystem->setToolTip(tr("Add the system named on the left"));
    m_removeSystem = new QToolButton;
    m_removeSystem->setObjectName(QStringLiteral("stepRemoveSystem"));
    m_removeSystem->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_removeSystem->setToolTip(tr("Remove the selected systems from the step"));
    auto *label = new QLabel(tr("&Systems it touches"));
    label->setBuddy(m_systemPicker);
    auto *picking = new QHBoxLayout;
    picking->addWidget(m_systemPicker, 1);
    picking->addWidget(m_addSystem);
    picking->addWidget(m_removeSystem);
    column->addWidget(label);
    column->addWidget(m_systems, 1);
    column->addLayout(picking);
    return box;
}

QWidget *StepDetailsPanel::createCommandPage()
{
    auto *page = new QWidget;
    auto *form = formLayout(page);
    m_command = new QLineEdit;
    m_command->setObjectName(QStringLiteral("stepCommand"));
    m_command->setPlaceholderText(tr("e.g. /opt/scripts/upgrade.sh --check"));
    m_exitCode = spinBox(QStringLiteral("stepExitCode"), -255, 255);
    m_commandTimeout = spinBox(QStringLiteral("stepCommandTimeout"), 1, 24 * 3600, tr(" s"));
    m_outputPattern = new QLineEdit;
    m_outputPattern->setObjectName(QStringLiteral("stepOutputPattern"));
    m_outputPattern->setPlaceholderText(tr("optional: a line of output must match"));
    m_variables = new QLineEdit;
    m_variables->setObjectName(QStringLiteral("stepVariables"));
    m_variables->setPlaceholderText(tr("optional: e.g. PGHOST PGPASSWORD"));
    m_variables->setToolTip(tr("Variables the command needs. A run takes each from a "
                               "configuration item of that name of a system the step touches "
                               "(a secret from its environment variable or keychain entry), or "
                               "else from this computer's environment, and fails the step when "
                               "one has no value."));
    m_variableSources = new QLabel;
    m_variableSources->setObjectName(QStringLiteral("stepVariableSources"));
    m_variableSources->setWordWrap(true);
    m_variableSources->setTextFormat(Qt::PlainText);
    m_commandProblem = problemLabel(QStringLiteral("stepCommandProblem"));
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("Expected e&xit code:"), m_exitCode);
    form->addRow(tr("&Timeout:"), m_commandTimeout);
    form->addRow(tr("&Output pattern:"), m_outputPattern);
    form->addRow(tr("&Needs variables:"), m_variables);
    form->addRow(m_variableSources);
    form->addRow(m_commandProblem);
    return page;
}

QWidget *StepDetailsPanel::createHttpPage()
{
    auto *page = new QWidget;
    auto *form = formLayout(page);
    m_httpMethod = new QComboBox;
    m_httpMethod->setObjectName(QStringLiteral("stepHttpMethod"));
    for (const char *method : {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS"})
        m_httpMethod->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    m_httpUrl = new QLineEdit;
    m_httpUrl->setObjectName(QStringLiteral("stepHttpUrl"));
    m_httpUrl->setPlaceholderText(tr("https://shop.example.com/health"));
    m_httpStatus = spinBox(QStringLiteral("stepHttpStatus"), 100, 599);
    m_bodyPattern = new QLineEdit;
    m_bodyPattern->setObjectName(QStringLiteral("stepHttpBodyPattern"));
    m_bodyPattern->setPlaceholderText(tr("optional: the answer must match"));
    m_httpTimeout = spinBox(QStringLiteral("stepHttpTimeout"), 1, 3600, tr(" s"));
    m_verifyTls = new QCheckBox(tr("Check the server's &certificate"));
    m_verifyTls->setObjectName(QStringLiteral("stepHttpVerifyTls"));
    m_verifyTls->setToolTip(tr("Turn off only for a server whose certificate cannot be checked "
                               "from here; the check then passes despite certificate problems "
                               "and writes them at the top of its output."));
    m_httpProblem = problemLabel(QStringLiteral("stepHttpProblem"));
    auto *request = new QHBoxLayout;
    request->addWidget(m_httpMethod);
    request->addWidget(m_httpUrl, 1);
    form->addRow(tr("&Request:"), request);
    form->addRow(tr("Expected &status:"), m_httpStatus);
    form->addRow(tr("&Body pattern:"), m_bodyPattern);
    form->addRow(tr("&Timeout:"), m_httpTimeout);
    form->addRow(QString(), m_verifyTls);
    form->addRow(m_httpProblem);
    return page;
}

QWidget *StepDetailsPanel::createMetricPage()
{
    auto *page = new QWidget;
    auto *form = formLayout(page);
    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("stepMetric"));
    m_condition = new QLineEdit;
    m_condition->setObjectName(QStringLiteral("stepMetricCondition"));
    m_condition->setPlaceholderText(tr("e.g. < 2, >= 99.5 or <= 1.5x baseline"));
    m_metricProblem = problemLabel(QStringLiteral("stepMetricProblem"));
    auto *hint = new QLabel(tr("When the run reaches the step, every series of the metric must "
                               "meet the condition with a fresh reading."));
    hint->setWordWrap(true);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Condition:"), m_condition);
    form->addRow(m_metricProblem);
    form->addRow(hint);
    return page;
}

QWidget *StepDetailsPanel::createRiskFields()
{
    auto *box = new QWidget;
    auto *form = formLayout(box);
    m_criticality = new QComboBox;
    m_criticality->setObjectName(QStringLiteral("stepCriticality"));
    for (const StepCriticality criticality :
         {StepCriticality::ByPhase, StepCriticality::Critical, StepCriticality::NotCritical})
        m_criticality->addItem(enumDisplayName(criticality), int(criticality));
    m_criticality->setToolTip(tr("Whether a failure of this step asks the run to consider "
                                 "rolling back. By phase: execute and verify steps and steps "
                                 "touching a critical system do."));
    m_reversible = new QCheckBox(tr("A rollback can &undo it"));
    m_reversible->setObjectName(QStringLiteral("stepReversible"));
    m_reversible->setToolTip(tr("Clear for a step nothing can undo, such as a data migration "
                                "that rewrites files: the run asks before it starts."));
    m_rollbackLoss = new QLineEdit;
    m_rollbackLoss->setObjectName(QStringLiteral("stepRollbackLoss"));
    m_rollbackLoss->setPlaceholderText(tr("e.g. orders taken since the switch"));
    form->addRow(tr("On &failure:"), m_criticality);
    form->addRow(QString(), m_reversible);
    form->addRow(tr("A rollback &loses:"), m_rollbackLoss);
    return box;
}

void StepDetailsPanel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    flushTyping();
    m_project = project;
    m_ids.clear();
    m_systemPicker->setProject(project);
    if (m_project) {
        connect(m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
            // Refilling the picker costs a moment with thousands of systems: only for names.
            if (change.touches(EntityKind::System, SystemField::Name))
                m_systemPicker->setProject(m_project);
            refresh();
        });
    }
    refresh();
}

void StepDetailsPanel::showSteps(const QList<Id> &stepIds)
{
    if (stepIds == m_ids)
        return;
    // What was typed belongs to the step it was typed for.
    flushTyping();
    m_ids = stepIds;
    for (QLabel *label : {m_peopleProblem, m_commandProblem, m_httpProblem, m_metricProblem})
        showProblem(label, {});
    refresh();
}

QList<const Step *> StepDetailsPanel::steps() const
{
    QList<const Step *> found;
    for (const Id id : m_ids) {
        if (const Step *step = m_project ? m_project->find<Step>(id) : nullptr)
            found.append(step);
    }
    return found;
}

void StepDetailsPanel::flushTyping()
{
    for (TextCommit *typing : std::as_const(m_typing))
        typing->flush();
}

bool StepDetailsPanel::change(const QString &field, MergeId mergeId,
                              const std::function<void(Step &)> &apply, QLabel *problemLabel,
                              const std::function<QString(const Step &)> &check)
{
    const QList<const Step *> shown = steps();
    if (shown.isEmpty() || m_refreshing)
        return false;
    QList<AnyEntity> changed;
    for (const Step *step : shown) {
        Step edited = *step;
        apply(edited);
        if (const QString problem = check ? check(edited) : QString(); !problem.isEmpty()) {
            showProblem(problemLabel, problem);
            return false;
        }
        if (!(edited == *step))
            changed.append(edited);
    }
    showProblem(problemLabel, {});
    if (changed.isEmpty())
        return true;
    const QString text = shown.size() == 1
                             ? tr("Change %1 of %2").arg(field, shown.first()->title)
                             : tr("Change %1 of %n steps", nullptr, int(shown.size())).arg(field);
    QString error;
    if (!edit::updateEntities(*m_project, text, changed, mergeId, &error)) {
        Dialogs::instance().warning(this, tr("Plan"), error);
        refresh();
        return false;
    }
    return true;
}

} // namespace uw
