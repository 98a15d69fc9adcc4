#include "graphpanels.h"

#include "graphitems.h"
#include "plaintext.h"
#include "verdictdisplay.h"

#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace uw {
namespace {

enum Roles { SystemIdsRole = Qt::UserRole + 1, MarkRole };

/** A dot in the colour the graph uses for the status, so that rows and nodes read alike. */
QIcon statusIcon(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    return QIcon(pixmap);
}

QString systemName(const ProjectData &data, Id id)
{
    const auto it = data.systems.find(id);
    return it == data.systems.end() ? GraphOrderPanel::tr("(system %1)").arg(id) : it->second.name;
}

QLabel *header(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QListWidget *list(const QString &objectName, QWidget *parent)
{
    auto *widget = new QListWidget(parent);
    widget->setObjectName(objectName);
    widget->setWordWrap(true);
    widget->setTextElideMode(Qt::ElideNone);
    widget->setResizeMode(QListView::Adjust);
    widget->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    widget->setIconSize(QSize(16, 16));
    widget->setSpacing(2);
    // Wrapped rows are measured a batch at a time: thousands of findings never hold up a paint.
    widget->setLayoutMode(QListView::Batched);
    return widget;
}

/** One row of a panel's list, in a form that can be compared with the row already shown. */
struct PanelRow
{
    enum class Mark { None, Violation, Unknown, Cycle };
    Mark mark = Mark::None;
    QString text;
    QString toolTip;
    QList<Id> systems;
    bool enabled = true;
};

/** A row that explains an empty list: nothing to click. */
PanelRow noteRow(const QString &text)
{
    return {PanelRow::Mark::None, text, QString(), {}, false};
}

QIcon iconOf(PanelRow::Mark mark)
{
    static const QIcon violation = statusIcon(graphColours::violation);
    static const QIcon unknown = statusIcon(graphColours::unknown);
    switch (mark) {
    case PanelRow::Mark::Violation:
    case PanelRow::Mark::Cycle:
        return violation;
    case PanelRow::Mark::Unknown:
        return unknown;
    case PanelRow::Mark::None:
        break;
    }
    return {};
}

bool shows(const QListWidgetItem *item, const PanelRow &row)
{
    return item->text() == row.text && item->toolTip() == row.toolTip
           && item->data(MarkRole).toInt() == int(row.mark)
           && item->data(SystemIdsRole).value<QList<Id>>() == row.systems
           && item->flags().testFlag(Qt::ItemIsEnabled) == row.enabled;
}

/**
 * Updates a list in place after an edit: rows that did not change are not touched, so a big
 * project's edit costs only the rows it changed and the reader keeps their place.
 */
void showRows(QListWidget *list, const QList<PanelRow> &rows)
{
    while (list->count() > rows.size())
        delete list->takeItem(list->count() - 1);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PanelRow &row = rows.at(i);
        QListWidgetItem *item = list->item(int(i));
        if (!item)
            item = new QListWidgetItem(list);
        else if (shows(item, row))
            continue;
        item->setText(row.text);
        item->setToolTip(plainToolTip(row.toolTip));
        item->setIcon(iconOf(row.mark));
        item->setData(Qt::ForegroundRole, row.mark == PanelRow::Mark::Cycle
                                              ? QVariant(QBrush(graphColours::violation))
                                              : QVariant());
        item->setData(MarkRole, int(row.mark));
        item->setData(SystemIdsRole, QVariant::fromValue(row.systems));
        item->setFlags(row.enabled ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags);
    }
}

} // namespace

GraphFindingsPanel::GraphFindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(header(this))
    , m_decision(new QLabel(this))
    , m_list(list(QStringLiteral("graphFindings"), this))
{
    m_decision->setObjectName(QStringLiteral("graphDecision"));
    m_decision->setWordWrap(true);
    m_decision->setTextFormat(Qt::PlainText);
    m_decision->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_decision);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this, &GraphFindingsPanel::activate);
    connect(m_list, &QListWidget::itemActivated, this, &GraphFindingsPanel::activate);
}

void GraphFindingsPanel::setFindings(const ProjectData &data, const CompatibilityReport &report)
{
    const QList<CompatibilityFinding> &findings = report.findings;
    const qsizetype count = findings.size() + report.cycles.size();
    m_header->setText(count == 0 ? tr("Findings") : tr("Findings (%1)").arg(count));
    QList<PanelRow> rows;
    for (const DependencyCycle &cycle : report.cycles) {
        // Activating it centres on the first two systems of the circle.
        rows.append({PanelRow::Mark::Cycle, describeCycle(data, cycle),
                     tr("Break the cycle, or mark the systems to be upgraded together."),
                     cycle.path.mid(0, 2), true});
    }
    if (count == 0) {
        rows.append(noteRow(tr("Every constraint holds now, after the change and at every step "
                               "in between.")));
    }
    for (const CompatibilityFinding &finding : findings) {
        // The message is a whole sentence that already names the state and both systems.
        const bool violated = finding.status == ConstraintStatus::Violated;
        rows.append({violated ? PanelRow::Mark::Violation : PanelRow::Mark::Unknown,
                     finding.message,
                     violated ? tr("Violated: %1").arg(finding.constraint)
                              : tr("Cannot be evaluated: %1").arg(finding.constraint),
                     {finding.systemId, finding.requiredSystemId},
                     true});
    }
    showRows(m_list, rows);
}

void GraphFindingsPanel::showVerdict(const Verdict *shown)
{
    m_decision->setVisible(shown != nullptr);
    if (!shown)
        return;
    const Verdict &verdict = *shown;
    m_decision->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: 600; }")
                                  .arg(VerdictDisplay::colour(verdict.decision)));
    m_decision->setText(VerdictDisplay::line(verdict));
    m_decision->setToolTip(plainToolTip(VerdictDisplay::reasons(verdict)));
}

void GraphFindingsPanel::activate(QListWidgetItem *item)
{
    const auto ids = item->data(SystemIdsRole).value<QList<Id>>();
    if (ids.size() == 2)
        emit findingActivated(ids.at(0), ids.at(1));
}

GraphOrderPanel::GraphOrderPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(header(this))
    , m_list(list(QStringLiteral("graphOrderList"), this))
    , m_generate(new QPushButton(tr("Generate runbook steps"), this))
{
    setObjectName(QStringLiteral("graphOrder"));
    m_header->setText(tr("Upgrade order"));
    m_generate->setObjectName(QStringLiteral("generateSteps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_generate, 0, Qt::AlignRight);
    connect(m_generate, &QPushButton::clicked, this, &GraphOrderPanel::generateRequested);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const auto ids = item->data(SystemIdsRole).value<QList<Id>>();
        if (!ids.isEmpty())
            emit systemsActivated(ids);
    });
}

void GraphOrderPanel::setReport(const ProjectData &data, const CompatibilityReport &report)
{
    QList<PanelRow> rows;
    for (const DependencyCycle &cycle : report.cycles) {
        rows.append({PanelRow::Mark::Cycle, describeCycle(data, cycle),
                     tr("Systems that depend on each other in a circle have no order in which "
                        "each one's dependencies come first; break the cycle or upgrade them "
                        "together."),
                     cycle.path, true});
    }
    for (int i = 0; i < report.order.size(); ++i) {
        const UpgradeGroup &group = report.order.at(i);
        QStringList names;
        for (Id id : group.systemIds)
            names.append(systemName(data, id));
        QString text = tr("%1.  %2").arg(i + 1).arg(names.join(tr(", ")));
        if (!group.reason.isEmpty())
            text += QLatin1Char('\n') + group.reason;
        rows.append({PanelRow::Mark::None, text, group.reason, group.systemIds, true});
    }
    if (report.order.isEmpty() && report.cycles.isEmpty()) {
        rows.append(noteRow(tr("No system changes version: set target versions on the Systems "
                               "page.")));
    }
    showRows(m_list, rows);
}

void GraphOrderPanel::setGenerateEnabled(bool enabled, const QString &toolTip)
{
    m_generate->setEnabled(enabled);
    m_generate->setToolTip(toolTip);
}

} // namespace uw
