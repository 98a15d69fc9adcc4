#include "plansummarystrip.h"

#include "plaintext.h"
#include "verdictdisplay.h"

#include "zonedtime.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include <array>
#include <tuple>

namespace uw {
namespace {

const QString good = QStringLiteral("#2e7d32");
const QString bad = QStringLiteral("#c62828");
const QString warn = QStringLiteral("#a36a00");
const QString plain = QStringLiteral("#263238");

} // namespace

PlanSummaryStrip::PlanSummaryStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    // The object names let tests and style sheets find each item.
    const std::array<std::tuple<Item, const char *, QString>, 7> items{{
        {Item::Verdict, "summaryVerdict", tr("Decision")},
        {Item::Finish, "summaryFinish", tr("Planned finish")},
        {Item::P80, "summaryP80", tr("P80 finish")},
        {Item::Fit, "summaryFit", tr("Fits the window")},
        {Item::PointOfNoReturn, "summaryPointOfNoReturn", tr("Point of no return")},
        {Item::Rollback, "summaryRollback", tr("Rollback")},
        {Item::Conflicts, "summaryConflicts", tr("Conflicts")},
    }};
    for (const auto &[item, name, caption] : items) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QToolButton::clicked, this, [this, item] { emit itemClicked(item); });
        layout->addWidget(button);
        m_buttons[item] = button;
        m_captions[item] = caption;
    }
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("simulationProgress"));
    m_progress->setMaximumWidth(140);
    m_progress->setFormat(tr("Simulating %p%"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    layout->addStretch(1);
}

void PlanSummaryStrip::set(Item item, const QString &value, const QString &colour,
                           const QString &toolTip)
{
    QToolButton *button = m_buttons.at(item);
    button->setText(m_captions.at(item) + QLatin1Char('\n') + value);
    // Tooltips name windows, steps and systems from the project: shown as typed.
    button->setToolTip(plainToolTip(toolTip));
    button->setStyleSheet(QStringLiteral("QToolButton { color: %1; font-weight: 600; padding: 3px "
                                         "12px; border: 1px solid #d5dbe1; border-radius: 4px; "
                                         "background: white; } QToolButton:hover { border-color: "
                                         "#2f5d8a; }")
                              .arg(colour));
}

void PlanSummaryStrip::showVerdict(const Verdict &verdict)
{
    const qsizetype reasons = verdict.blockers.size() + verdict.risks.size();
    const QString value = reasons == 0 ? verdict.decisionText()
                                       : tr("%1 (%2)").arg(verdict.decisionText()).arg(reasons);
    set(Item::Verdict, value, VerdictDisplay::colour(verdict.decision),
        VerdictDisplay::reasons(verdict));
}

void PlanSummaryStrip::setSimulating(bool simulating)
{
    m_progress->setVisible(simulating);
    m_progress->setValue(0);
}

void PlanSummaryStrip::setProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void PlanSummaryStrip::display(const PlanAnalysis &analysis, bool hasSteps,
                               const QString &fallbackZone)
{
    const Schedule &schedule = analysis.schedule;
    const QString zone = analysis.hasWindow ? analysis.window.timeZone : fallbackZone;
    const auto local = [&](const QDateTime &utc) {
        return formatShortInZone(utc, zone, QLocale());
    };
    const QString dash = QStringLiteral("—");
    if (!schedule.valid || !hasSteps) {
        const QString hint = hasSteps
                                 ? QString()
                                 : tr("Add steps, or insert a template from the Runbook menu.");
        for (const Item item :
             {Item::Finish, Item::P80, Item::Fit, Item::PointOfNoReturn, Item::Rollback})
            set(item, dash, plain, hint);
    } else {
        const bool inWindow = !analysis.hasWindow || schedule.finishesInWindow();
        set(Item::Finish, local(schedule.finishUtc()), inWindow ? good : bad,
            inWindow ? tr("The last step ends inside the window.")
                     : tr("The last step ends after the window: %1 ends %2.")
                           .arg(analysis.window.name, local(analysis.window.endUtc)));
        const MonteCarloResult &simulation = analysis.simulation;
        if (simulation.valid) {
            const bool p80Fits = !analysis.hasWindow || simulation.p80Utc <= schedule.windowEndUtc;
            set(Item::P80, local(simulation.p80Utc), p80Fits ? good : warn,
                tr("Four in five simulated runs finish by then (P50 %1, P95 %2; %3 runs).")
                    .arg(local(simulation.p50Utc), local(simulation.p95Utc))
                    .arg(simulation.iterations));
            const double fit = simulation.fitProbability;
            set(Item::Fit, QStringLiteral("%1 %").arg(QLocale().toString(fit * 100, 'f', 0)),
                fit >= 0.9   ? good
                : fit >= 0.6 ? warn
                             : bad,
                tr("Share of simulated runs that finish inside the window and keep the "
                   "rollback reserve."));
        } else {
            set(Item::P80, tr("simulating…"), plain, {});
            set(Item::Fit, tr("simulating…"), plain, {});
        }
        if (analysis.hasWindow && schedule.lastExecuteStepId) {
            const bool past = schedule.pastPointOfNoReturn();
            set(Item::PointOfNoReturn, local(schedule.pointOfNoReturnUtc()), past ? bad : good,
                past ? tr("The last execute step ends after it: a rollback started then would "
                          "not finish %1 min before the window ends.")
                           .arg(schedule.reserveMinutes)
                     : tr("The latest moment from which a rollback still ends %1 min before the "
                          "window ends.")
                           .arg(schedule.reserveMinutes));
        } else {
            set(Item::PointOfNoReturn, dash, plain, tr("Needs a window and execute steps."));
        }
        set(Item::Rollback, formatMinutes(schedule.rollbackMinutes), plain,
            tr("Time to undo all execute work, on the rollback steps' critical path."));
    }
    const int conflicts = int(analysis.conflicts.size());
    set(Item::Conflicts, QString::number(conflicts), conflicts ? bad : good,
        conflicts ? tr("Click to go to the first one.") : tr("No conflicts."));
}

} // namespace uw
