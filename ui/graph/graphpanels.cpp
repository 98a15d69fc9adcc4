#include "graphpanels.h"

#include "graphitems.h"

#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace uw {
namespace {

enum Roles { SystemIdsRole = Qt::UserRole + 1 };

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

/** Refills a list after an edit without losing the reader's place in it. */
class KeepPlace
{
public:
    explicit KeepPlace(QListWidget *list)
        : m_list(list)
        , m_row(list->currentRow())
        , m_scroll(list->verticalScrollBar()->value())
    {
        m_list->clear();
    }
    ~KeepPlace()
    {
        if (m_row >= 0 && m_row < m_list->count())
            m_list->setCurrentRow(m_row, QItemSelectionModel::NoUpdate);
        m_list->verticalScrollBar()->setValue(m_scroll);
    }

private:
    QListWidget *m_list;
    int m_row;
    int m_scroll;
};

} // namespace

GraphFindingsPanel::GraphFindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_header(header(this))
    , m_list(list(QStringLiteral("graphFindings"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this, &GraphFindingsPanel::activate);
    connect(m_list, &QListWidget::itemActivated, this, &GraphFindingsPanel::activate);
}

void GraphFindingsPanel::setFindings(const QList<CompatibilityFinding> &findings)
{
    m_header->setText(findings.isEmpty() ? tr("Findings")
                                         : tr("Findings (%1)").arg(findings.size()));
    const KeepPlace keep(m_list);
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Every constraint holds now, after the change and "
                                            "at every step in between."),
                                         m_list);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    const QIcon violation = statusIcon(graphColours::violation);
    const QIcon unknown = statusIcon(graphColours::unknown);
    for (const CompatibilityFinding &finding : findings) {
        // The message is a whole sentence that already names the state and both systems.
        const bool violated = finding.status == ConstraintStatus::Violated;
        auto *item = new QListWidgetItem(violated ? violation : unknown, finding.message, m_list);
        item->setToolTip(violated ? tr("Violated: %1").arg(finding.constraint)
                                  : tr("Cannot be evaluated: %1").arg(finding.constraint));
        item->setData(SystemIdsRole,
                      QVariant::fromValue<QList<Id>>({finding.systemId, finding.requiredSystemId}));
    }
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
    const KeepPlace keep(m_list);
    const QIcon cycleIcon = statusIcon(graphColours::violation);
    for (const DependencyCycle &cycle : report.cycles) {
        QStringList names;
        for (Id id : cycle.path)
            names.append(systemName(data, id));
        auto *item = new QListWidgetItem(cycleIcon, tr("Cycle: %1").arg(names.join(tr(" → "))),
                                         m_list);
        item->setForeground(graphColours::violation);
        item->setToolTip(tr("Systems that depend on each other in a circle have no order in "
                            "which each one's dependencies come first; break the cycle or "
                            "upgrade them together."));
        item->setData(SystemIdsRole, QVariant::fromValue<QList<Id>>(cycle.path));
    }
    for (int i = 0; i < report.order.size(); ++i) {
        const UpgradeGroup &group = report.order.at(i);
        QStringList names;
        for (Id id : group.systemIds)
            names.append(systemName(data, id));
        QString text = tr("%1.  %2").arg(i + 1).arg(names.join(tr(", ")));
        if (!group.reason.isEmpty())
            text += QLatin1Char('\n') + group.reason;
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(group.reason);
        item->setData(SystemIdsRole, QVariant::fromValue<QList<Id>>(group.systemIds));
    }
    if (report.order.isEmpty() && report.cycles.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No system changes version: set target versions "
                                            "on the Systems page."),
                                         m_list);
        item->setFlags(Qt::NoItemFlags);
    }
}

void GraphOrderPanel::setGenerateEnabled(bool enabled, const QString &toolTip)
{
    m_generate->setEnabled(enabled);
    m_generate->setToolTip(toolTip);
}

} // namespace uw
