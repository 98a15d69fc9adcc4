#pragma once

#include "baseline.h"
#include "page.h"
#include "runstate.h"
#include "runstepcard.h"
#include "trust.h"

#include <QDateTime>
#include <QPointer>

#include <map>
#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace uw {

class TrustBanner;

class MetricMonitor;
struct Verdict;
class MetricsStrip;

class RunDoneList;
class RunHeader;
class RunSession;
class RunTimeline;

/**
 * Run mode: the runbook as a live checklist for the night of the change. Ready steps come first
 * with big buttons, running steps show elapsed against planned time and live output, finished
 * steps a compact list with times; the header answers "are we on time, can we still roll back"
 * and rollback triggers raise a prompt nobody can miss. Everything a person does goes through
 * the RunSession, which writes it to the file before the page shows it; a run left open is
 * resumed when its project is opened again.
 */
class RunPage : public Page
{
    Q_OBJECT

public:
    explicit RunPage(QWidget *parent = nullptr);
    ~RunPage() override;

    void setProject(Project *project) override;
    QString title() const override;
    QIcon icon() const override;

    /** Where trust in a project's commands is recorded; TrustStore() by default. */
    void setTrustStore(const TrustStore &trust);
    RunSession *session() const { return m_session.get(); }
    /** The name every event is recorded under; the page asks for it before anything happens. */
    QString actingPerson() const;
    void setActingPerson(const QString &name);
    RunStepCard *card(Id stepId) const;
    RunTimeline *timeline() const { return m_timeline; }

    /** Starts a run after the confirmations it needs (production, trust). */
    bool startRun(RunKind kind);
    /** Ends the open run after a confirmation and shows its summary. */
    bool endRun();
    /**
     * Shows the key metrics of monitor in a strip under the header, and lets its breaches of
     * thresholds marked as rollback triggers raise a trigger in the open run.
     */
    void setMetricMonitor(MetricMonitor *monitor);
    /** Shows the change's verdict in the header; nullptr while it is being assessed. */
    void showVerdict(const uw::Verdict *verdict);
    /** Raises a rollback trigger for breach in the open run; false when none is going forward. */
    bool raiseMetricTrigger(const uw::Breach &breach);

signals:
    /** A key metric in the strip was clicked: the window shows its chart. */
    void metricActivated(uw::Id metricId);

private:
    QWidget *createToolBar();
    QWidget *createBanners();
    QWidget *createBody();
    void attachSession(std::unique_ptr<RunSession> session);
    void reviewCommands();
    void refreshAll();
    void refreshPlan();
    void refreshCards();
    void refreshDoneList();
    void refreshTimeline();
    void refreshTriggers();
    void refreshClock();
    void refreshControls();
    RunStepView viewOf(Id stepId) const;
    void act(Id stepId, RunStepCard::Action action);
    void actOnCurrent(RunStepCard::Action action);
    void moveCurrent(int delta);
    void setCurrentStep(Id stepId);
    void answerTrigger(const RollbackTrigger &trigger, bool rollback);
    void switchToRollback();
    /** question, then what a rollback now would not give back (rollbackConsequencesText). */
    QString withConsequences(const QString &question) const;
    void addRunNote();
    void addStepNote(Id stepId);
    void offerCalibration();
    QString zone() const;
    bool requirePerson();
    void report(const QString &title, const QString &error);

    Project *m_project = nullptr;
    std::unique_ptr<RunSession> m_session;
    TrustStore m_trust;
    QComboBox *m_person = nullptr;
    QPushButton *m_startRehearsal = nullptr;
    QPushButton *m_startProduction = nullptr;
    QPushButton *m_runNote = nullptr;
    QPushButton *m_rollback = nullptr;
    QPushButton *m_endRun = nullptr;
    RunHeader *m_header = nullptr;
    MetricsStrip *m_metrics = nullptr;
    QPointer<MetricMonitor> m_monitor;
    TrustBanner *m_trustBanner = nullptr;
    QFrame *m_triggers = nullptr;
    QVBoxLayout *m_triggerLayout = nullptr;
    QList<RollbackTrigger> m_shownTriggers;
    /** The reader expanded the collapsed prompts; and whether the shown ones are expanded. */
    bool m_showAllTriggers = false;
    bool m_shownAllTriggers = false;
    QFrame *m_summary = nullptr;
    QLabel *m_summaryText = nullptr;
    QPushButton *m_calibrate = nullptr;
    QVBoxLayout *m_cardLayout = nullptr;
    QLabel *m_readyCaption = nullptr;
    QLabel *m_runningCaption = nullptr;
    QLabel *m_waiting = nullptr;
    std::map<Id, RunStepCard *> m_cards;
    QList<Id> m_cardOrder;
    Id m_currentStep = 0;
    RunDoneList *m_doneList = nullptr;
    RunTimeline *m_timeline = nullptr;
    QTimer *m_clockTimer = nullptr;
    /** Planned start and finish per step, in UTC, anchored where this run began. */
    std::map<Id, std::pair<QDateTime, QDateTime>> m_planned;
};

} // namespace uw
