#include "reportdialog.h"

#include "dialogs.h"
#include "enumkeys.h"
#include "project.h"
#include "reportcanvas.h"
#include "reportsource.h"
#include "zonedtime.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace uw {
namespace {

/** The window's analysis can stand in for the report's when it used the document's choices. */
bool usesDocumentChoices(const PlanAnalysisOptions &options)
{
    const PlanAnalysisOptions defaults;
    return options.windowId == 0 && options.reserveMinutes < 0 && !options.level
           && options.seed == defaults.seed && options.iterations == defaults.iterations;
}

} // namespace

/** One preparation in the worker; a newer one or cancel() makes its results go unseen. */
struct ReportDialog::Job
{
    std::atomic<bool> cancel{false};
};

struct ReportDialog::Result
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString savePath;
    QList<QImage> pages;
    std::optional<PlanAnalysis> analysis;
};

ReportDialog::ReportDialog(Project *project, ReportKind kind, const PlanAnalyzer *analyzer,
                           QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_analyzer(analyzer)
    , m_kind(new QComboBox(this))
    , m_run(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_scroll(new QScrollArea(this))
    , m_pages(new QWidget)
    , m_pagesLayout(new QVBoxLayout(m_pages))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_save(new QPushButton(tr("Save PDF…"), this))
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("reportDialog"));
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(reportKindName(ReportKind::Plan), int(ReportKind::Plan));
    m_kind->addItem(reportKindName(ReportKind::Run), int(ReportKind::Run));
    m_kind->setCurrentIndex(kind == ReportKind::Plan ? 0 : 1);

    m_run->setObjectName(QStringLiteral("reportRun"));
    const ProjectData &data = project->data();
    for (auto it = data.runs.rbegin(); it != data.runs.rend(); ++it) {
        const Run &run = it->second;
        m_run->addItem(tr("%1 (%2, %3)")
                           .arg(run.name, enumDisplayName(run.runKind),
                                formatInZone(run.startedAtUtc, zoneOrUtc(data.change.timeZone))),
                       run.id);
    }
    if (m_run->count() == 0)
        m_run->addItem(tr("No run recorded yet"), 0);

    m_pageSize->setObjectName(QStringLiteral("reportPageSize"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("R&un:"), m_run);
    form->addRow(tr("&Paper:"), m_pageSize);

    m_pagesLayout->setSpacing(16);
    m_pagesLayout->setAlignment(Qt::AlignHCenter);
    m_pages->setStyleSheet(QStringLiteral("background: #8a939e;"));
    m_scroll->setWidget(m_pages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumSize(640, 560);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save->setObjectName(QStringLiteral("reportSave"));
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::savePdf);

    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancel);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(buttons);

    const auto changed = [this] {
        m_run->setEnabled(m_kind->currentData().toInt() == int(ReportKind::Run));
        updatePreview();
    };
    m_run->setEnabled(kind == ReportKind::Run);
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_run, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePreview);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePreview);
    // Once the dialog shows, unless a caller has already asked for a preview or a save.
    QTimer::singleShot(0, this, [this] {
        if (!m_started)
            updatePreview();
    });
}

ReportDialog::~ReportDialog()
{
    // The worker posts to this dialog; it must have stopped before the members go.
    cancel();
    m_pool.waitForDone();
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.kind = ReportKind(m_kind->currentData().toInt());
    options.runId = options.kind == ReportKind::Run ? m_run->currentData().toLongLong() : 0;
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    options.clock = [project = m_project] {
        return project->now();
    };
    return options;
}

void ReportDialog::clearPreview()
{
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pageCount = 0;
}

void ReportDialog::updatePreview()
{
    clearPreview();
    start({});
}

void ReportDialog::saveTo(const QString &path)
{
    start(path);
}

void ReportDialog::cancel()
{
    if (!m_job)
        return;
    m_job->cancel = true;
    m_job.reset();
    setBusy(false);
    m_status->setText(tr("Cancelled."));
}

void ReportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_kind->setEnabled(!busy);
    m_pageSize->setEnabled(!busy);
    m_run->setEnabled(!busy && m_kind->currentData().toInt() == int(ReportKind::Run));
    m_save->setEnabled(!busy && m_problem.isEmpty());
}

void ReportDialog::showProgress(const QString &text, int done, int total)
{
    m_status->setText(text);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ReportDialog::start(const QString &savePath)
{
    if (m_job)
        m_job->cancel = true;
    auto job = std::make_shared<Job>();
    m_job = job;
    m_started = true;
    m_problem.clear();
    setBusy(true);
    showProgress(tr("Preparing the report…"), 0, 0);

    // Read here, not in the worker: only this thread may call into the project and the window.
    const PlanAnalysis *analysis = m_analysis ? &*m_analysis : nullptr;
    if (!analysis && m_analyzer && !m_analyzer->isBusy()
        && usesDocumentChoices(m_analyzer->options()) && m_analyzer->analysis().schedule.valid
        && m_analyzer->analysis().simulation.valid)
        analysis = &m_analyzer->analysis();
    m_reusedAnalysis = analysis != nullptr;
    auto request = std::make_shared<ReportRequest>(reportRequest(*m_project, options(), analysis));

    m_pool.start([this, job, request, savePath] {
        // Progress goes to the dialog through its event loop, and only while the job is current.
        const auto post = [this, job](std::function<void()> update) {
            QMetaObject::invokeMethod(
                this,
                [this, job, update = std::move(update)] {
                    if (job == m_job)
                        update();
                },
                Qt::QueuedConnection);
        };
        Result result;
        result.savePath = savePath;
        ReportSource source(std::move(*request));
        result.ok = source.prepare(
            &job->cancel,
            [&](ReportSource::Stage stage, int done, int total) {
                QString text;
                switch (stage) {
                case ReportSource::Stage::Analysis:
                    text = tr("Scheduling the plan…");
                    break;
                case ReportSource::Stage::Simulation:
                    text = tr("Simulating %1 runs of the plan…").arg(QLocale().toString(total));
                    break;
                case ReportSource::Stage::Layout:
                    text = tr("Laying out the dependency graph…");
                    total = 0;
                    break;
                }
                post([this, text, done, total] { showProgress(text, done, total); });
            },
            &result.error);
        if (result.ok) {
            result.analysis = source.analysis();
            const ReportWriter::Progress pages = [&](int page, int pageCount) {
                post([this, page, pageCount] {
                    showProgress(tr("Drawing page %1 of %2…").arg(page).arg(pageCount), page - 1,
                                 std::max(page, pageCount));
                });
                return !job->cancel;
            };
            if (savePath.isEmpty()) {
                const ReportOptions &chosen = source.options();
                ImageReportCanvas canvas(QPageSize(chosen.pageSize), chosen.dpi);
                result.ok = source.render(canvas, pages, &result.error);
                result.pages = canvas.pages();
            } else {
                result.ok = writeReportPdf(source, savePath, pages, &result.error);
            }
        }
        result.cancelled = job->cancel;
        QMetaObject::invokeMethod(
            this, [this, job, result] { finish(job, result); }, Qt::QueuedConnection);
    });
}

void ReportDialog::finish(const std::shared_ptr<Job> &job, const Result &result)
{
    const bool saving = !result.savePath.isEmpty();
    if (job != m_job) {
        // Cancelled or replaced: nothing of it is shown, but a save still gets its answer.
        if (saving)
            emit saveFinished(false);
        return;
    }
    m_job.reset();
    if (result.analysis && result.analysis->simulation.valid)
        m_analysis = result.analysis;
    if (!result.ok && !saving && !result.cancelled)
        m_problem = result.error;
    setBusy(false);
    if (saving) {
        if (result.ok) {
            m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(result.savePath)));
        } else {
            m_status->setText(result.error);
            Dialogs::instance().warning(this, tr("Cannot export report"),
                                        tr("%1 could not be written: %2")
                                            .arg(QDir::toNativeSeparators(result.savePath),
                                                 result.error));
        }
        emit saveFinished(result.ok);
        return;
    }
    if (!result.ok) {
        m_status->setText(result.error);
        return;
    }
    for (const QImage &page : result.pages) {
        auto *label = new QLabel(m_pages);
        label->setPixmap(QPixmap::fromImage(page));
        label->setStyleSheet(QStringLiteral("background: white;"));
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
    m_pageCount = int(result.pages.size());
    m_status->setText(tr("%n page(s)", nullptr, m_pageCount));
    emit previewReady();
}

void ReportDialog::savePdf()
{
    QString path = Dialogs::instance().saveFileName(this, tr("Export report"),
                                                    tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    saveTo(path);
}

} // namespace uw
