#pragma once

#include "runstate.h"

#include <QDateTime>
#include <QFrame>
#include <QMap>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace uw {

/** What the run page shows of one step that needs attention now. */
struct RunStepView
{
    Id stepId = 0;
    QString title;
    /** "Execute · Command · Ben", for the line under the title. */
    QString detail;
    QString instructions;
    StepRunState state = StepRunState::Ready;
    bool gate = false;
    /** No rollback can undo the step once started (Step::reversible). */
    bool irreversible = false;
    /** A command or HTTP check: the program runs it and decides done or failed itself. */
    bool automatic = false;
    /** This program runs the step's command or check right now. */
    bool live = false;
    int attempts = 0;
    QDateTime startedAtUtc;
    double plannedMinutes = 0;
    QString lastNote;
    QString lastOutput;
};

/**
 * One step as a card with big buttons: ready and failed steps offer Start (Retry) and Skip,
 * running ones Done and Failed (or Stop while a command runs), gates Go and No-go. The card only
 * asks; the run page decides and records.
 */
class RunStepCard : public QFrame
{
    Q_OBJECT

public:
    enum class Action { Start, Finish, Fail, Skip, Stop, Go, NoGo, Note };

    explicit RunStepCard(Id stepId, QWidget *parent = nullptr);

    Id stepId() const { return m_stepId; }
    void display(const RunStepView &view, const QDateTime &nowUtc);
    /** Refreshes the elapsed time against the plan; cheap, called every second. */
    void updateElapsed(const QDateTime &nowUtc);
    void appendOutput(const QString &text);
    /** The card keyboard shortcuts act on. */
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    /** The button of action when the card offers it now, else nullptr. */
    QPushButton *button(Action action) const;
    /** The action Ctrl+Return triggers: Start for a ready step, Done for a running one, Go for a
     * gate. */
    std::optional<Action> primaryAction() const;

signals:
    void actionRequested(uw::Id stepId, uw::RunStepCard::Action action);
    void activated(uw::Id stepId);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    QPushButton *addButton(Action action, const QString &objectName, const QString &colour);
    void updateStyle();

    Id m_stepId;
    RunStepView m_view;
    bool m_current = false;
    QLabel *m_state = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_instructions = nullptr;
    QLabel *m_elapsed = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_note = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QMap<Action, QPushButton *> m_buttons;
};

} // namespace uw
