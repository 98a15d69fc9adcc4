#pragma once

#include "plananalysis.h"
#include "report.h"

#include <QDialog>
#include <QThreadPool>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace uw {

class PlanAnalyzer;
class Project;

/**
 * File › Export Report: choose the plan report or a run's record and the paper size, look at
 * the pages as they will be printed, and save them as PDF. Preparing (analysis, simulation,
 * graph layout) and drawing run in a worker thread, with progress and Cancel in the dialog; the
 * window stays responsive and a cancelled export writes nothing.
 */
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * analyzer is the window's plan analysis (the Plan page's), reused when it is complete for
     * the document as it is: idle, with schedule and simulation, on the document's own choices.
     * A page not shown yet has no analysis; then, as without an analyzer, the dialog analyses
     * once in its worker and reuses that for every choice.
     */
    ReportDialog(Project *project, ReportKind kind, const PlanAnalyzer *analyzer = nullptr,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    int previewPageCount() const { return m_pageCount; }
    /** Starts preparing the preview for the current choices (the dialog does so once shown). */
    void updatePreview();
    /** Starts writing the report to path; saveFinished() follows. */
    void saveTo(const QString &path);
    /** True while a preview or a save is being prepared or drawn. */
    bool isBusy() const { return m_job != nullptr; }
    /** Stops what is being prepared or drawn; a cancelled save leaves no file. */
    void cancel();
    /** Whether the last preparation reused an analysis rather than running one. */
    bool reusedAnalysis() const { return m_reusedAnalysis; }

signals:
    void previewReady();
    /** Written is false when the save was cancelled or failed (failures are shown). */
    void saveFinished(bool written);

private:
    struct Job;
    struct Result;

    void savePdf();
    ReportOptions options() const;
    void start(const QString &savePath);
    void finish(const std::shared_ptr<Job> &job, const Result &result);
    void showProgress(const QString &text, int done, int total);
    void setBusy(bool busy);
    void clearPreview();

    Project *m_project;
    const PlanAnalyzer *m_analyzer;
    /** The analysis with its simulation, once had: every choice of the dialog reuses it. */
    std::optional<PlanAnalysis> m_analysis;
    bool m_reusedAnalysis = false;
    bool m_started = false;
    QComboBox *m_kind;
    QComboBox *m_run;
    QComboBox *m_pageSize;
    QScrollArea *m_scroll;
    QWidget *m_pages;
    QVBoxLayout *m_pagesLayout;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_save;
    int m_pageCount = 0;
    /** Why the chosen report cannot be made (no run yet); Save stays off while set. */
    QString m_problem;
    std::shared_ptr<Job> m_job;
    /** Declared last so it is destroyed, and waited for, before the state its tasks touch. */
    QThreadPool m_pool;
};

} // namespace uw
