#include "runstepcard.h"

#include "runrules.h"
#include "zonedtime.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace uw {
namespace {

/** Output kept per card: enough to see what a command is doing, bounded for long runs. */
constexpr int maximumOutputBlocks = 2000;

QString stateColour(const RunStepView &view)
{
    switch (view.state) {
    case StepRunState::Running:
        return QStringLiteral("#00695c");
    case StepRunState::Interrupted:
        return QStringLiteral("#d84315");
    case StepRunState::Failed:
        return QStringLiteral("#c62828");
    case StepRunState::Done:
    case StepRunState::Skipped:
    case StepRunState::Pending:
        return QStringLiteral("#546e7a");
    case StepRunState::Ready:
        break;
    }
    return view.gate ? QStringLiteral("#a36a00") : QStringLiteral("#1565c0");
}

QString minutesText(double seconds)
{
    const qint64 whole = qint64(seconds);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunStepCard::RunStepCard(Id stepId, QWidget *parent)
    : QFrame(parent)
    , m_stepId(stepId)
    , m_state(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_instructions(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_note(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
{
    // A step's title, instructions and notes come from the file: shown as typed, never as HTML.
    for (QLabel *label : {m_title, m_detail, m_instructions, m_note})
        label->setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("step-%1").arg(stepId));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_StyledBackground);

    m_state->setObjectName(QStringLiteral("state"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_detail->setStyleSheet(QStringLiteral("color: #455a64;"));
    m_instructions->setWordWrap(true);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instructions->setStyleSheet(QStringLiteral("color: #263238;"));
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    QFont elapsedFont = m_elapsed->font();
    elapsedFont.setPointSizeF(elapsedFont.pointSizeF() * 1.2);
    elapsedFont.setBold(true);
    m_elapsed->setFont(elapsedFont);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(8);
    m_progress->setRange(0, 1000);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #37474f; font-style: italic;"));
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(maximumOutputBlocks);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setFixedHeight(120);
    m_output->setStyleSheet(
        QStringLiteral("QPlainTextEdit { background: #1e272c; color: #e8eef1; border: none; }"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_state, 0, Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    const QString blue = QStringLiteral("#1565c0");
    const QString green = QStringLiteral("#2e7d32");
    const QString red = QStringLiteral("#c62828");
    const QString grey = QStringLiteral("#546e7a");
    buttons->addWidget(addButton(Action::Start, QStringLiteral("start"), blue));
    buttons->addWidget(addButton(Action::Go, QStringLiteral("go"), green));
    buttons->addWidget(addButton(Action::Finish, QStringLiteral("done"), green));
    buttons->addWidget(addButton(Action::Fail, QStringLiteral("failed"), red));
    buttons->addWidget(addButton(Action::NoGo, QStringLiteral("nogo"), red));
    buttons->addWidget(addButton(Action::Stop, QStringLiteral("stop"), red));
    buttons->addWidget(addButton(Action::Skip, QStringLiteral("skip"), grey));
    buttons->addStretch(1);
    buttons->addWidget(addButton(Action::Note, QStringLiteral("note"), grey));
    m_buttons[Action::Go]->setText(tr("Go"));
    m_buttons[Action::NoGo]->setText(tr("No-go…"));
    m_buttons[Action::Finish]->setText(tr("Done"));
    m_buttons[Action::Fail]->setText(tr("Failed"));
    m_buttons[Action::Stop]->setText(tr("Stop"));
    m_buttons[Action::Skip]->setText(tr("Skip…"));
    m_buttons[Action::Note]->setText(tr("Note…"));
    m_buttons[Action::Start]->setToolTip(tr("Start this step (Ctrl+Return)"));
    m_buttons[Action::Go]->setToolTip(tr("Record the go decision (Ctrl+Return)"));
    m_buttons[Action::Finish]->setToolTip(tr("Mark this step done (Ctrl+Return)"));
    m_buttons[Action::Fail]->setToolTip(tr("Mark this step failed (Ctrl+Shift+F)"));
    m_buttons[Action::Skip]->setToolTip(tr("Skip this step, with a reason (Ctrl+Shift+K)"));
    m_buttons[Action::Note]->setToolTip(tr("Add a note to this step (Ctrl+Shift+N)"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 14, 12);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_detail);
    layout->addWidget(m_instructions);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_progress);
    layout->addWidget(m_note);
    layout->addWidget(m_output);
    layout->addSpacing(4);
    layout->addLayout(buttons);
    updateStyle();
}

QPushButton *RunStepCard::addButton(Action action, const QString &objectName, const QString &colour)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    button->setMinimumSize(112, 42);
    button->setCursor(Qt::PointingHandCursor);
    button->setFocusPolicy(Qt::TabFocus);
    const bool filled = action == Action::Start || action == Action::Finish || action == Action::Go
                        || action == Action::NoGo;
    button->setStyleSheet(
        filled ? QStringLiteral("QPushButton { background: %1; color: white; font-weight: 700; "
                                "font-size: 12pt; border: none; border-radius: 5px; padding: 0 "
                                "18px; } QPushButton:hover { background: %2; }")
                     .arg(colour, QColor::fromString(colour).darker(120).name())
               : QStringLiteral("QPushButton { background: white; color: %1; font-weight: 700; "
                                "font-size: 12pt; border: 2px solid %1; border-radius: 5px; "
                                "padding: 0 16px; } QPushButton:hover { background: #f1f4f6; }")
                     .arg(colour));
    connect(button, &QPushButton::clicked, this, [this, action] {
        emit activated(m_stepId);
        emit actionRequested(m_stepId, action);
    });
    m_buttons.insert(action, button);
    return button;
}

QPushButton *RunStepCard::button(Action action) const
{
    QPushButton *found = m_buttons.value(action);
    return found && !found->isHidden() ? found : nullptr;
}

std::optional<RunStepCard::Action> RunStepCard::primaryAction() const
{
    for (const Action action : {Action::Go, Action::Finish, Action::Start}) {
        if (button(action))
            return action;
    }
    return std::nullopt;
}

void RunStepCard::display(const RunStepView &view, const QDateTime &nowUtc)
{
    const bool outputChanged = view.lastOutput != m_view.lastOutput
                               || view.attempts != m_view.attempts;
    m_view = view;
    m_title->setText(QStringLiteral("#%1  %2").arg(view.stepId).arg(view.title));
    m_detail->setText(view.detail);
    m_instructions->setText(view.instructions);
    m_instructions->setVisible(!view.instructions.isEmpty());

    QString stateText = stepRunStateName(view.state);
    if (view.gate && view.state == StepRunState::Ready)
        stateText = tr("Decision needed");
    else if (view.gate && view.state == StepRunState::Failed)
        stateText = tr("No-go");
    else if (view.attempts > 1 && view.state == StepRunState::Running)
        stateText = tr("Running, attempt %1").arg(view.attempts);
    m_state->setText(stateText.toUpper());

    const bool running = view.state == StepRunState::Running;
    const bool interrupted = view.state == StepRunState::Interrupted;
    const bool failed = view.state == StepRunState::Failed;
    const bool ready = view.state == StepRunState::Ready;
    const bool automaticRunning = running && view.automatic && view.live;

    m_buttons[Action::Start]->setVisible(!view.gate && (ready || failed || interrupted));
    m_buttons[Action::Start]->setText(failed        ? tr("Retry")
                                      : interrupted ? tr("Restart")
                                                    : tr("Start"));
    m_buttons[Action::Go]->setVisible(view.gate && (ready || failed));
    m_buttons[Action::NoGo]->setVisible(view.gate && ready);
    m_buttons[Action::Finish]->setVisible(!view.gate && (running || interrupted)
                                          && !automaticRunning);
    m_buttons[Action::Fail]->setVisible(!view.gate && (running || interrupted) && !automaticRunning);
    m_buttons[Action::Stop]->setVisible(automaticRunning);
    m_buttons[Action::Skip]->setVisible(!view.gate && (ready || failed));

    QStringList notes;
    if (view.irreversible && (ready || failed))
        notes.append(tr("No rollback can undo this step once it has started."));
    if (interrupted)
        notes.append(tr("The program stopped while this step ran, so its outcome is unknown. "
                        "Check it, then mark it Done or Failed, or start it again."));
    if (automaticRunning)
        notes.append(tr("The command runs now and decides Done or Failed itself."));
    if (!view.lastNote.isEmpty())
        notes.append(tr("Last note: %1").arg(view.lastNote));
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());

    m_output->setVisible(view.automatic && (running || failed || !view.lastOutput.isEmpty()));
    if (outputChanged && !view.live)
        m_output->setPlainText(view.lastOutput);
    updateElapsed(nowUtc);
    updateStyle();
}

void RunStepCard::updateElapsed(const QDateTime &nowUtc)
{
    const bool timing = (m_view.state == StepRunState::Running
                         || m_view.state == StepRunState::Interrupted)
                        && m_view.startedAtUtc.isValid();
    m_elapsed->setVisible(timing || m_view.plannedMinutes > 0);
    m_progress->setVisible(timing && m_view.plannedMinutes > 0);
    const QString planned = tr("%n min planned", nullptr, qRound(m_view.plannedMinutes));
    if (!timing) {
        m_elapsed->setText(planned);
        m_elapsed->setStyleSheet(QStringLiteral("color: #455a64;"));
        return;
    }
    const double seconds = std::max<qint64>(0, m_view.startedAtUtc.secsTo(nowUtc));
    const double plannedSeconds = m_view.plannedMinutes * 60;
    const bool over = plannedSeconds > 0 && seconds > plannedSeconds;
    m_elapsed->setText(over ? tr("%1 elapsed of %2 — %3 over")
                                  .arg(minutesText(seconds), planned,
                                       formatDuration(qint64(seconds - plannedSeconds)))
                            : tr("%1 elapsed of %2").arg(minutesText(seconds), planned));
    m_elapsed->setStyleSheet(over ? QStringLiteral("color: #b71c1c;")
                                  : QStringLiteral("color: #00695c;"));
    if (plannedSeconds > 0)
        m_progress->setValue(int(std::min(1.0, seconds / plannedSeconds) * 1000));
    m_progress->setStyleSheet(
        QStringLiteral("QProgressBar { background: #e3e7eb; border: none; border-radius: 4px; } "
                       "QProgressBar::chunk { background: %1; border-radius: 4px; }")
            .arg(over ? QStringLiteral("#c62828") : QStringLiteral("#00897b")));
}

void RunStepCard::appendOutput(const QString &text)
{
    m_output->show();
    m_output->moveCursor(QTextCursor::End);
    m_output->insertPlainText(text);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void RunStepCard::setCurrent(bool current)
{
    m_current = current;
    updateStyle();
}

void RunStepCard::updateStyle()
{
    const QString colour = stateColour(m_view);
    setStyleSheet(
        QStringLiteral("QFrame#%1 { background: %2; border: %3px solid %4; "
                       "border-left: 8px solid %5; border-radius: 6px; }")
            .arg(objectName(), m_current ? QStringLiteral("#f5f9ff") : QStringLiteral("white"),
                 m_current ? QStringLiteral("2") : QStringLiteral("1"),
                 m_current ? QStringLiteral("#1565c0") : QStringLiteral("#cfd8dc"), colour));
    m_state->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: "
                                          "700; padding: 3px 10px; border-radius: 4px; }")
                               .arg(colour));
}

void RunStepCard::mousePressEvent(QMouseEvent *event)
{
    emit activated(m_stepId);
    QFrame::mousePressEvent(event);
}

} // namespace uw
