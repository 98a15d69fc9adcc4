#pragma once

#include "csvimport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace uw {

class Project;
class CsvPreviewModel;

/**
 * Imports a CMDB export after the user has seen what it will do: which column fills which
 * field, what each class or relationship type of the file becomes (and the user can change it),
 * which rows are imported, updated or skipped and why. Nothing touches the project until
 * Import is pressed, and then the whole import is one undo step.
 */
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(Project *project, ImportTarget target, const QByteArray &bytes,
                    const QString &sourceName, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    /** After a successful import: what was imported and what was skipped, counted by reason. */
    QString resultSummary() const { return m_resultSummary; }

private:
    QWidget *createMappingPane();
    QWidget *createPreviewPane();
    void updatePreview();
    void runImport();
    void showMessage(const QString &text, bool error);
    QList<int> currentMapping() const;
    /** Shows the words of the kind column with what they become, when they changed. */
    void refreshKindValues(const QList<KindValue> &values);
    void chooseKind(const QString &text, const QString &key);

    Project *m_project;
    ImportTarget m_target;
    QString m_sourceName;
    std::optional<CsvTable> m_table;
    QList<ImportField> m_fields;
    ImportPreview m_preview;
    QString m_resultSummary;

    QLabel *m_messageLabel = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QList<QComboBox *> m_columnCombos;
    /** What the user said the file's classes or relationship types mean. */
    ValueMapping m_values;
    QList<KindValue> m_shownKindValues;
    QTableWidget *m_kindTable = nullptr;
    QLabel *m_kindHeading = nullptr;
    QTableView *m_previewTable = nullptr;
    CsvPreviewModel *m_previewModel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    /** The file's columns that no field takes. */
    QLabel *m_unmappedLabel = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace uw
