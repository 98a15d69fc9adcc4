#pragma once

#include "compatibility.h"
#include "trust.h"
#include "verdict.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>

namespace uw {

class PlanAnalyzer;
class Project;
struct DocumentChange;

/**
 * Keeps the plan analysis and the verdict of an open project current, once for the whole
 * window: every page, the report preview and the run read this one instance. It follows its
 * analyzer's schedule and simulation, checks compatibility on a worker when systems,
 * dependencies or rules change, and reassesses (cheaply, on this thread) after every other
 * edit: approvals, risk, runs, trust.
 */
class ChangeAssessor : public QObject
{
    Q_OBJECT

public:
    explicit ChangeAssessor(QObject *parent = nullptr);
    ~ChangeAssessor() override;

    /** Analyses project (nothing when it is the one already analysed). */
    void setProject(Project *project);
    Project *project() const;
    PlanAnalyzer *analyzer() const { return m_analyzer; }
    void setTrustStore(const TrustStore &trust);
    const Verdict &verdict() const { return m_verdict; }
    /**
     * The verdict rests on the document as it is: a project is set, its compatibility has been
     * checked and the plan analysis (with its simulation) is not waiting or running. Until then
     * a surface that shows only the decision should wait rather than show a passing one.
     */
    bool isSettled() const;
    /** The compatibility of the project as it is: false while an edit's check is running. */
    bool hasCompatibility() const;
    const CompatibilityReport &compatibility() const { return m_compatibility; }
    /** Whether an edit can change what checkCompatibility() finds. */
    static bool changesCompatibility(const DocumentChange &change);

signals:
    void verdictChanged();
    /** A compatibility check of the current document has finished. */
    void compatibilityChanged();

private:
    void onDocumentChanged(const DocumentChange &change);
    void checkCompatibility();
    void updateTrust();
    void queueReassess();
    void reassess();

    PlanAnalyzer *m_analyzer;
    QPointer<Project> m_project;
    TrustStore m_trust;
    bool m_trusted = true;
    CompatibilityReport m_compatibility;
    bool m_compatibilityChecked = false;
    /** An edit or a new compatibility report waits for its reassessment. */
    bool m_verdictPending = false;
    Verdict m_verdict;
    std::atomic<quint64> m_generation = 0;
    /** Last member: destroyed first, it waits for a running check. */
    QThreadPool m_pool;
};

} // namespace uw
