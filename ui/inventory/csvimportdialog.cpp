#include "csvimportdialog.h"

#include "enumkeys.h"
#include "project.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace uw {
namespace {

/** Colours that read on the light default palette and stay calm: status, not alarm. */
const QColor importColor(0x2e, 0x7d, 0x32);
const QColor warningColor(0xb2, 0x6a, 0x00);
const QColor skipColor(0xc6, 0x28, 0x28);
const QColor skipCellBackground(0xfd, 0xec, 0xea);
const QColor warningCellBackground(0xff, 0xf4, 0xe0);

} // namespace

/** The file's rows beside what the import makes of them; the table itself never changes. */
class CsvPreviewModel : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(uw::CsvImportDialog)

public:
    enum Column { StatusColumn, LineColumn, ProblemColumn, FirstFileColumn };

    CsvPreviewModel(const CsvTable &table, QObject *parent)
        : QAbstractTableModel(parent)
        , m_table(table)
        , m_rows(table.rows.size())
    {
        for (qsizetype row = 0; row < table.lines.size(); ++row)
            m_rowOfLine.insert(table.lines.at(row), int(row));
    }

    void setPreview(const ImportPreview &preview, const QList<ImportField> &fields,
                    const QList<int> &mapping)
    {
        m_rows.fill(RowState());
        for (const SystemUpdate &update : preview.updates) {
            const int row = m_rowOfLine.value(update.line, -1);
            if (row < 0)
                continue;
            m_rows[row].status = Status::Update;
            m_rows[row].details = update.differences;
        }
        for (const ImportProblem &problem : preview.problems) {
            const int row = m_rowOfLine.value(problem.line, -1);
            if (row < 0)
                continue;
            RowState &state = m_rows[row];
            state.details.append(problem.detail);
            if (problem.skipsRow)
                state.status = Status::Skipped;
            else if (state.status == Status::Import || state.status == Status::Update)
                state.status = Status::Warning;
            for (qsizetype field = 0; field < fields.size(); ++field) {
                if (fields.at(field).key == problem.field && mapping.value(field, -1) >= 0)
                    (problem.skipsRow ? state.skipColumns : state.warnColumns)
                        .insert(mapping.at(field));
            }
        }
        // The shape never changes, only the verdicts: keep the user's column widths.
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_table.rows.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : FirstFileColumn + int(m_table.header.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::ToolTipRole && section == StatusColumn)
            return tr("✓ imported, ↻ updates a system of the project, ⚠ imported with a "
                      "warning, ✗ skipped");
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case StatusColumn:
            return QString();
        case LineColumn:
            return tr("Line");
        case ProblemColumn:
            return tr("Problem");
        default:
            return m_table.header.value(section - FirstFileColumn);
        }
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const RowState &state = m_rows.at(index.row());
        const int column = index.column() - FirstFileColumn;
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case StatusColumn:
                return statusSymbol(state.status);
            case LineColumn:
                return m_table.lines.value(index.row());
            case ProblemColumn:
                return state.details.join(QLatin1String("; "));
            default:
                return m_table.rows.at(index.row()).value(column).simplified();
            }
        case Qt::ToolTipRole:
            return toolTip(index.row(), column);
        case Qt::ForegroundRole:
            if (index.column() == StatusColumn)
                return statusColor(state.status);
            if (index.column() == ProblemColumn)
                return state.status == Status::Skipped  ? skipColor
                       : state.status == Status::Update ? importColor
                                                        : warningColor;
            if (state.status == Status::Skipped)
                return QGuiApplication::palette().color(QPalette::PlaceholderText);
            return {};
        case Qt::BackgroundRole:
            if (state.skipColumns.contains(column))
                return skipCellBackground;
            if (state.warnColumns.contains(column))
                return warningCellBackground;
            return {};
        case Qt::TextAlignmentRole:
            if (index.column() == StatusColumn)
                return int(Qt::AlignCenter);
            if (index.column() == LineColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::AccessibleTextRole:
            if (index.column() == StatusColumn)
                return statusWord(state.status);
            return {};
        default:
            return {};
        }
    }

private:
    enum class Status { Import, Update, Warning, Skipped };

    struct RowState
    {
        Status status = Status::Import;
        QStringList details;
        QSet<int> skipColumns;
        QSet<int> warnColumns;
    };

    static QString statusSymbol(Status status)
    {
        switch (status) {
        case Status::Import:
            return QStringLiteral("✓");
        case Status::Update:
            return QStringLiteral("↻");
        case Status::Warning:
            return QStringLiteral("⚠");
        case Status::Skipped:
            return QStringLiteral("✗");
        }
        Q_UNREACHABLE();
        return QString();
    }

    static QString statusWord(Status status)
    {
        switch (status) {
        case Status::Import:
            return tr("Will be imported");
        case Status::Update:
            return tr("Will update the system of this name");
        case Status::Warning:
            return tr("Will be imported, with a warning");
        case Status::Skipped:
            return tr("Skipped");
        }
        Q_UNREACHABLE();
        return QString();
    }

    static QColor statusColor(Status status)
    {
        switch (status) {
        case Status::Import:
        case Status::Update:
            return importColor;
        case Status::Warning:
            return warningColor;
        case Status::Skipped:
            return skipColor;
        }
        Q_UNREACHABLE();
        return QColor();
    }

    QString toolTip(int row, int column) const
    {
        const RowState &state = m_rows.at(row);
        QStringList lines{statusWord(state.status)};
        lines += state.details;
        if (column >= 0) {
            const QString value = m_table.rows.at(row).value(column);
            if (value.contains(u'\n') || value.size() > 40)
                lines.prepend(value);
        }
        return lines.join(u'\n');
    }

    const CsvTable &m_table;
    QList<RowState> m_rows;
    QHash<int, int> m_rowOfLine;
};

CsvImportDialog::CsvImportDialog(Project *project, ImportTarget target, const QByteArray &bytes,
                                 const QString &sourceName, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_target(target)
    , m_sourceName(sourceName)
    , m_fields(importFields(target))
{
    setWindowTitle(target == ImportTarget::Systems        ? tr("Import Systems from CSV")
                   : target == ImportTarget::Dependencies ? tr("Import Dependencies from CSV")
                                                          : tr("Import Compatibility Rules from "
                                                               "CSV"));
    resize(1100, 700);

    QString readError;
    m_table = readCsv(bytes, &readError);

    auto *title = new QLabel((target == ImportTarget::Systems ? tr("Import systems from <b>%1</b>")
                              : target == ImportTarget::Dependencies
                                  ? tr("Import dependencies from <b>%1</b>")
                                  : tr("Import compatibility rules from <b>%1</b>"))
                                 .arg(sourceName.toHtmlEscaped()),
                             this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    auto *hint = new QLabel(tr("Choose which column of the file fills each field; the rows on "
                               "the right show what the import will do. Nothing changes "
                               "until you press Import, and Undo takes the whole import back."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createMappingPane());
    splitter->addWidget(createPreviewPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 770});
    splitter->setChildrenCollapsible(false);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    // Import is deliberately not connected to accept(): the dialog closes only once the
    // project has taken the rows.
    connect(m_importButton, &QPushButton::clicked, this, &CsvImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_unmappedLabel = new QLabel(this);
    m_unmappedLabel->setObjectName(QStringLiteral("unmappedColumnsLabel"));
    m_unmappedLabel->setTextFormat(Qt::PlainText);
    m_unmappedLabel->setWordWrap(true);
    auto *labels = new QVBoxLayout;
    labels->addWidget(m_summaryLabel);
    labels->addWidget(m_unmappedLabel);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(labels, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    if (!m_table) {
        showMessage(tr("%1 cannot be imported: %2").arg(sourceName, readError), true);
        splitter->setEnabled(false);
        m_summaryLabel->setText(tr("Nothing can be imported from this file."));
        m_importButton->setEnabled(false);
        return;
    }
    if (m_project->isReadOnly()) {
        showMessage(tr("The project is open read-only (%1), so nothing can be imported. The "
                       "preview shows what an import would do.")
                        .arg(m_project->storeInfo().readOnlyReason),
                    false);
    }
    updatePreview();
}

CsvImportDialog::~CsvImportDialog() = default;

QWidget *CsvImportDialog::createMappingPane()
{
    auto *pane = new QWidget(this);
    auto *heading = new QLabel(tr("<b>Fields</b>"), pane);
    m_mappingTable = new QTableWidget(int(m_fields.size()), 2, pane);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setFocusPolicy(Qt::NoFocus);
    m_mappingTable->setAlternatingRowColors(true);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    const QStringList header = m_table ? m_table->header : QStringList();
    const QList<int> mapping = autoMapColumns(m_target, header);
    for (qsizetype field = 0; field < m_fields.size(); ++field) {
        const ImportField &spec = m_fields.at(field);
        auto *label = new QTableWidgetItem(spec.required ? tr("%1 (required)").arg(spec.label)
                                                         : spec.label);
        label->setToolTip(tr("Column \"%1\" in exported files").arg(spec.key));
        if (spec.required) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_mappingTable->setItem(int(field), 0, label);

        auto *combo = new QComboBox(m_mappingTable);
        combo->addItem(tr("(not imported)"), -1);
        for (qsizetype column = 0; column < header.size(); ++column) {
            const QString name = header.at(column).isEmpty()
                                     ? tr("column %1 (no name)").arg(column + 1)
                                     : header.at(column);
            combo->addItem(name, int(column));
        }
        combo->setCurrentIndex(combo->findData(mapping.value(field, -1)));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updatePreview);
        m_mappingTable->setCellWidget(int(field), 1, combo);
        m_columnCombos.append(combo);
    }
    const int rowHeight = m_columnCombos.isEmpty() ? 0
                                                   : m_columnCombos.first()->sizeHint().height();
    m_mappingTable->verticalHeader()->setDefaultSectionSize(rowHeight + 6);

    m_kindHeading = new QLabel(m_target == ImportTarget::Dependencies
                                   ? tr("<b>Relationship types</b>")
                                   : tr("<b>Classes</b>"),
                               pane);
    m_kindHeading->setToolTip(tr("What each word of the kind column becomes. A word the program "
                                 "does not know comes in as Other until you choose."));
    m_kindTable = new QTableWidget(0, 2, pane);
    m_kindTable->setObjectName(QStringLiteral("kindTable"));
    m_kindTable->setHorizontalHeaderLabels({tr("In the file"), tr("Becomes")});
    m_kindTable->verticalHeader()->hide();
    m_kindTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_kindTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kindTable->setFocusPolicy(Qt::NoFocus);
    m_kindTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_kindTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_kindTable->verticalHeader()->setDefaultSectionSize(rowHeight + 6);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_mappingTable, 3);
    layout->addWidget(m_kindHeading);
    layout->addWidget(m_kindTable, 2);
    return pane;
}

void CsvImportDialog::refreshKindValues(const QList<KindValue> &values)
{
    const bool shown = !values.isEmpty();
    m_kindHeading->setVisible(shown);
    m_kindTable->setVisible(shown);
    const auto sameWords = [&] {
        if (values.size() != m_shownKindValues.size())
            return false;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (values.at(i).text != m_shownKindValues.at(i).text
                || values.at(i).key != m_shownKindValues.at(i).key)
                return false;
        }
        return true;
    };
    if (sameWords())
        return;
    m_shownKindValues = values;
    const QStringList keys = m_target == ImportTarget::Dependencies ? enumKeys<DependencyKind>()
                                                                    : enumKeys<SystemKind>();
    m_kindTable->setRowCount(int(values.size()));
    for (qsizetype row = 0; row < values.size(); ++row) {
        const KindValue &value = values.at(row);
        auto *word = new QTableWidgetItem(value.rows == 1
                                              ? tr("%1 (1 row)").arg(value.text)
                                              : tr("%1 (%2 rows)").arg(value.text).arg(value.rows));
        if (!value.known)
            word->setForeground(warningColor);
        word->setToolTip(value.known ? QString()
                                     : tr("Not a word the program knows: it comes in as Other "
                                          "unless you choose."));
        m_kindTable->setItem(int(row), 0, word);
        auto *combo = new QComboBox(m_kindTable);
        for (const QString &key : keys) {
            combo->addItem(m_target == ImportTarget::Dependencies
                               ? enumDisplayName(*enumFromKey<DependencyKind>(key))
                               : enumDisplayName(*enumFromKey<SystemKind>(key)),
                           key);
        }
        combo->setCurrentIndex(combo->findData(value.key));
        const QString text = value.text;
        connect(combo, &QComboBox::activated, this,
                [this, combo, text] { chooseKind(text, combo->currentData().toString()); });
        m_kindTable->setCellWidget(int(row), 1, combo);
    }
}

void CsvImportDialog::chooseKind(const QString &text, const QString &key)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (m_target == ImportTarget::Dependencies)
        m_values.relationships[folded] = *enumFromKey<DependencyKind>(key);
    else
        m_values.kinds[folded] = *enumFromKey<SystemKind>(key);
    updatePreview();
}

QWidget *CsvImportDialog::createPreviewPane()
{
    auto *pane = new QWidget(this);
    auto *heading = new QLabel(tr("<b>Rows</b>"), pane);
    m_previewTable = new QTableView(pane);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->setTextElideMode(Qt::ElideRight);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewTable->horizontalHeader()->setHighlightSections(false);
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height()
                                                            + 8);
    if (m_table) {
        m_previewModel = new CsvPreviewModel(*m_table, this);
        m_previewTable->setModel(m_previewModel);
        QHeaderView *columns = m_previewTable->horizontalHeader();
        m_previewTable->resizeColumnsToContents();
        const int charWidth = m_previewTable->fontMetrics().averageCharWidth();
        columns->setSectionResizeMode(CsvPreviewModel::StatusColumn, QHeaderView::Fixed);
        columns->resizeSection(CsvPreviewModel::StatusColumn, charWidth * 4);
        columns->resizeSection(CsvPreviewModel::ProblemColumn, charWidth * 44);
        for (int column = CsvPreviewModel::FirstFileColumn; column < m_previewModel->columnCount();
             ++column) {
            columns->resizeSection(column, std::clamp(columns->sectionSize(column), charWidth * 8,
                                                      charWidth * 28));
        }
    }

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_previewTable);
    return pane;
}

QList<int> CsvImportDialog::currentMapping() const
{
    QList<int> mapping;
    for (const QComboBox *combo : m_columnCombos)
        mapping.append(combo->currentData().toInt());
    return mapping;
}

void CsvImportDialog::updatePreview()
{
    if (!m_table)
        return;
    const QList<int> mapping = currentMapping();
    m_preview = previewImport(m_project->data(), m_target, *m_table, mapping, m_values);
    refreshKindValues(kindValues(m_target, *m_table, mapping, m_values));
    m_previewModel->setPreview(m_preview, m_fields, mapping);

    const int total = m_preview.totalRows;
    const int importing = int(m_preview.entities.size() + m_preview.updates.size());
    QSet<int> warned;
    for (const ImportProblem &problem : m_preview.problems) {
        if (!problem.skipsRow)
            warned.insert(problem.line);
    }
    for (const ImportProblem &problem : m_preview.problems) {
        if (problem.skipsRow)
            warned.remove(problem.line);
    }
    const char *text = nullptr;
    if (warned.isEmpty()) {
        text = total == 1 ? QT_TRANSLATE_N_NOOP("uw::CsvImportDialog",
                                                "%1 of %n row will be imported; %2 skipped")
                          : QT_TRANSLATE_N_NOOP("uw::CsvImportDialog",
                                                "%1 of %n rows will be imported; %2 skipped");
    } else {
        text = total == 1
                   ? QT_TRANSLATE_N_NOOP("uw::CsvImportDialog",
                                         "%1 of %n row will be imported (%3 with warnings); %2 "
                                         "skipped")
                   : QT_TRANSLATE_N_NOOP("uw::CsvImportDialog",
                                         "%1 of %n rows will be imported (%3 with warnings); %2 "
                                         "skipped");
    }
    QString summary = tr(text, nullptr, total).arg(importing).arg(m_preview.skippedRows);
    if (!warned.isEmpty())
        summary = summary.arg(warned.size());
    if (!m_preview.updates.isEmpty())
        summary += m_preview.updates.size() == 1
                       ? tr(". One of them updates a system the project has")
                       : tr(". %n of them update systems the project has", nullptr,
                            int(m_preview.updates.size()));
    if (total == 0)
        summary = tr("The file has a header but no rows.");
    m_summaryLabel->setText(summary);
    const QStringList unmapped = unmappedColumns(m_table->header, mapping);
    m_unmappedLabel->setText((unmapped.size() == 1 ? tr("Not imported: the column %1")
                                                   : tr("Not imported: the columns %1"))
                                 .arg(unmapped.join(QStringLiteral(", "))));
    m_unmappedLabel->setVisible(!unmapped.isEmpty());
    m_importButton->setEnabled(importing > 0 && !m_project->isReadOnly());
}

void CsvImportDialog::runImport()
{
    if (!m_table || m_project->isReadOnly())
        return;
    QString error;
    if (!applyImport(*m_project, m_preview, m_sourceName, &error)) {
        showMessage(error, true);
        // A changed project makes the preview stale: show what an import would do now.
        updatePreview();
        return;
    }
    m_resultSummary = importSummary(m_preview, m_sourceName);
    accept();
}

void CsvImportDialog::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid "
                               "#f3c1bd; border-radius: 4px; padding: 8px; }")
              : QStringLiteral("QLabel { background: #fff4e0; color: #6d4200; border: 1px solid "
                               "#f0d29c; border-radius: 4px; padding: 8px; }"));
    m_messageLabel->show();
}

} // namespace uw
