#include "reportdialog.h"

#include "dialogs.h"
#include "enumkeys.h"
#include "project.h"
#include "reportcanvas.h"
#include "reportexport.h"
#include "zonedtime.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace uw {

ReportDialog::ReportDialog(Project *project, ReportKind kind, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_kind(new QComboBox(this))
    , m_run(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_scroll(new QScrollArea(this))
    , m_pages(new QWidget)
    , m_pagesLayout(new QVBoxLayout(m_pages))
    , m_status(new QLabel(this))
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const auto changed = [this] {
        m_run->setEnabled(m_kind->currentData().toInt() == int(ReportKind::Run));
        updatePreview();
    };
    m_run->setEnabled(kind == ReportKind::Run);
    connect(m_kind, &QComboBox::currentIndexChanged, this, changed);
    connect(m_run, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePreview);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePreview);
    QTimer::singleShot(0, this, &ReportDialog::updatePreview);
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

ReportWriter::Progress ReportDialog::progressOf(QProgressDialog &dialog) const
{
    return [&dialog](int page, int pageCount) {
        dialog.setMaximum(std::max(page, pageCount));
        dialog.setValue(page - 1);
        dialog.setLabelText(tr("Drawing page %1 of %2…").arg(page).arg(pageCount));
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
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
    const ReportOptions chosen = options();
    QProgressDialog progress(tr("Preparing the report…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    ReportSource source(*m_project, chosen);
    if (!source.problem().isEmpty()) {
        m_status->setText(source.problem());
        m_save->setEnabled(false);
        return;
    }
    ImageReportCanvas canvas(QPageSize(chosen.pageSize), reportDpi());
    QString error;
    if (!source.render(canvas, progressOf(progress), &error)) {
        m_status->setText(error);
        m_save->setEnabled(false);
        return;
    }
    for (const QImage &page : canvas.pages()) {
        auto *label = new QLabel(m_pages);
        label->setPixmap(QPixmap::fromImage(page));
        label->setStyleSheet(QStringLiteral("background: white;"));
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
    m_pageCount = int(canvas.pages().size());
    m_status->setText(tr("%n page(s)", nullptr, m_pageCount));
    m_save->setEnabled(true);
}

bool ReportDialog::saveTo(const QString &path)
{
    QProgressDialog progress(tr("Preparing the report…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QString error;
    if (!writeReportPdf(*m_project, options(), path, progressOf(progress), &error)) {
        if (!progress.wasCanceled())
            Dialogs::instance().warning(this, tr("Cannot export report"),
                                        tr("%1 could not be written: %2")
                                            .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
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
