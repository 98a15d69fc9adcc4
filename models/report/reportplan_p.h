#pragma once

// The plan report's content, composed in two files: reportplan.cpp (cover, summary, scope,
// compatibility, graph) and reportplanrunbook.cpp (schedule, rollback, conflicts, readiness,
// people and communication).

#include "compatibility.h"
#include "plananalysis.h"
#include "report.h"
#include "reportsupport.h"
#include "verdict.h"

namespace uw::planreport {

using Tone = ReportWriter::Tone;

struct ReadinessItem
{
    QString item;
    Tone tone = Tone::Neutral;
    QString detail;
};

/** Everything a plan report shows, computed once for all layout passes. */
class PlanReport
{
public:
    PlanReport(const ProjectData &data, const PlanAnalysis &analysis, const Verdict &verdict,
               const CompatibilityReport &compatibility, const ReportFigures &figures,
               const ReportOptions &options);

    void compose(ReportWriter &writer) const;

private:
    QString time(const QDateTime &utc) const { return report::timeText(utc, m_zone, m_locale); }
    QString stepTitle(Id id) const;
    QString systemName(Id id) const;
    bool plannable() const { return m_verdict.hasWindow && m_verdict.scheduleValid; }
    QString approvalStatus() const;
    QString fitSentence(Tone *tone) const;
    void computeReadiness();

    void coverPage(ReportWriter &writer) const;
    void reasons(ReportWriter &writer, const QList<VerdictReason> &reasons, Tone tone,
                 int limit) const;
    void summary(ReportWriter &writer) const;
    void scope(ReportWriter &writer) const;
    void compatibility(ReportWriter &writer) const;
    void graph(ReportWriter &writer) const;
    void schedule(ReportWriter &writer) const;
    void rollback(ReportWriter &writer) const;
    void conflicts(ReportWriter &writer) const;
    void readiness(ReportWriter &writer) const;
    void people(ReportWriter &writer) const;

    const ProjectData &m_data;
    const PlanAnalysis &m_analysis;
    const Verdict &m_verdict;
    const CompatibilityReport &m_compatibility;
    ReportFigures m_figures;
    QLocale m_locale;
    QString m_zone;
    QList<ReadinessItem> m_readiness;
};

} // namespace uw::planreport
