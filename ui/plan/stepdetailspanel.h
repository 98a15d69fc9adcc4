#pragma once

#include "commands.h"
#include "entities.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace uw {

class Project;
class SystemPicker;
class TextCommit;

/**
 * Every field of the selected steps that the plan table has no column for: what kind of step it
 * is and what it runs or checks (with the variables a command needs), its instructions, who
 * executes, verifies and approves it, the systems it touches, whether its failure asks to roll
 * back, whether it can be undone and what a rollback loses and, for a rollback step, what it
 * undoes. With several steps selected the fields they can share (kind, people, systems,
 * criticality, reversibility) change all of them as one edit; fields that differ between them
 * show empty. Values the run could not use (a broken pattern, an address
 * that is not http, an executor verifying their own work) are refused at the field, with why.
 */
class StepDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepDetailsPanel(QWidget *parent = nullptr);
    ~StepDetailsPanel() override;

    void setProject(Project *project);
    void showSteps(const QList<Id> &stepIds);
    void refresh();

private:
    QWidget *createPeopleFields();
    QWidget *createSystemFields();
    QWidget *createCommandPage();
    QWidget *createHttpPage();
    QWidget *createMetricPage();
    QWidget *createRiskFields();
    void connectFields();
    void refreshPeople(const QList<const Step *> &steps);
    void refreshSystems(const Step &first, bool single);
    void refreshAutomation(const Step &step);
    void refreshUndoes(const Step &step);
    void refreshRisk(const QList<const Step *> &steps);

    QList<const Step *> steps() const;
    void flushTyping();
    /**
     * Applies apply to every shown step as one edit; refused (with problem shown at the field
     * in problemLabel) when check says why the changed step cannot be kept.
     */
    bool change(const QString &field, MergeId mergeId, const std::function<void(Step &)> &apply,
                QLabel *problemLabel = nullptr,
                const std::function<QString(const Step &)> &check = {});
    void choosePerson(QComboBox *combo, const QString &field, Id Step::*member);

    QPointer<Project> m_project;
    QList<Id> m_ids;
    bool m_refreshing = false;
    QList<TextCommit *> m_typing;
    QLabel *m_heading = nullptr;
    QWidget *m_fields = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_verifier = nullptr;
    QComboBox *m_approver = nullptr;
    QLabel *m_peopleProblem = nullptr;
    QListWidget *m_systems = nullptr;
    SystemPicker *m_systemPicker = nullptr;
    QToolButton *m_addSystem = nullptr;
    QToolButton *m_removeSystem = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QStackedWidget *m_automation = nullptr;
    QLineEdit *m_command = nullptr;
    QSpinBox *m_exitCode = nullptr;
    QSpinBox *m_commandTimeout = nullptr;
    QLineEdit *m_outputPattern = nullptr;
    QLineEdit *m_variables = nullptr;
    /** Where each variable the command needs will come from in a run. */
    QLabel *m_variableSources = nullptr;
    QLabel *m_commandProblem = nullptr;
    QComboBox *m_httpMethod = nullptr;
    QLineEdit *m_httpUrl = nullptr;
    QSpinBox *m_httpStatus = nullptr;
    QLineEdit *m_bodyPattern = nullptr;
    QSpinBox *m_httpTimeout = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QLabel *m_httpProblem = nullptr;
    QComboBox *m_metric = nullptr;
    QLineEdit *m_condition = nullptr;
    QLabel *m_metricProblem = nullptr;
    QComboBox *m_criticality = nullptr;
    QCheckBox *m_reversible = nullptr;
    QLineEdit *m_rollbackLoss = nullptr;
    QWidget *m_undoesBox = nullptr;
    QListWidget *m_undoes = nullptr;
};

} // namespace uw
