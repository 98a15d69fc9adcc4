#pragma once

#include "report.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace uw {

class Project;

/**
 * File › Export Report: choose the plan report or a run's record and the paper size, look at
 * the pages as they will be printed, and save them as PDF. Drawing shows its progress page by
 * page and can be cancelled between pages.
 */
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Project *project, ReportKind kind, QWidget *parent = nullptr);

    int previewPageCount() const { return m_pageCount; }
    /** Renders the preview for the current choices now (the dialog does so once it shows). */
    void updatePreview();
    /** Writes the report to path; false when cancelled or failed (failures are shown). */
    bool saveTo(const QString &path);

private:
    void savePdf();
    ReportOptions options() const;
    ReportWriter::Progress progressOf(QProgressDialog &dialog) const;
    void clearPreview();

    Project *m_project;
    QComboBox *m_kind;
    QComboBox *m_run;
    QComboBox *m_pageSize;
    QScrollArea *m_scroll;
    QWidget *m_pages;
    QVBoxLayout *m_pagesLayout;
    QLabel *m_status;
    QPushButton *m_save;
    int m_pageCount = 0;
};

} // namespace uw
