#pragma once

#include "plananalysis.h"
#include "verdict.h"

#include <QWidget>

#include <map>

class QProgressBar;
class QToolButton;

namespace uw {

/**
 * The answers a lead looks for first, above the plan: planned finish, P80, the chance to fit,
 * the point of no return, the rollback duration and the conflicts, each coloured by whether it
 * is fine, and each a button that leads to what it names (see itemClicked).
 */
class PlanSummaryStrip : public QWidget
{
    Q_OBJECT

public:
    enum class Item { Verdict, Finish, P80, Fit, PointOfNoReturn, Rollback, Conflicts };

    explicit PlanSummaryStrip(QWidget *parent = nullptr);

    /** Shows analysis; times in its window's zone, else in fallbackZone. */
    void display(const PlanAnalysis &analysis, bool hasSteps, const QString &fallbackZone);
    /** Shows the go/no-go decision; its tooltip lists every blocker and risk. */
    void showVerdict(const Verdict &verdict);
    /** Shows or hides the simulation's progress bar, starting from nothing done. */
    void setSimulating(bool simulating);
    void setProgress(int done, int total);

signals:
    void itemClicked(uw::PlanSummaryStrip::Item item);

private:
    void set(Item item, const QString &value, const QString &colour, const QString &toolTip);

    std::map<Item, QToolButton *> m_buttons;
    std::map<Item, QString> m_captions;
    QProgressBar *m_progress = nullptr;
};

} // namespace uw
