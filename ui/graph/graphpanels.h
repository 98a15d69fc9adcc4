#pragma once

#include "verdict.h"

#include "compatibility.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace uw {

/** The compatibility findings as a list; a row leads to the pair of systems in the graph. */
class GraphFindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GraphFindingsPanel(QWidget *parent = nullptr);

    /** The cycles first (no upgrade order exists while one does), then the findings. */
    void setFindings(const ProjectData &data, const CompatibilityReport &report);
    /**
     * The change's go/no-go above the findings, the one the Plan page and the report show;
     * nothing while verdict is nullptr.
     */
    void showVerdict(const Verdict *verdict);

signals:
    void findingActivated(uw::Id systemId, uw::Id requiredSystemId);

private:
    void activate(QListWidgetItem *item);

    QLabel *m_header = nullptr;
    QLabel *m_decision = nullptr;
    QListWidget *m_list = nullptr;
};

/**
 * The suggested upgrade order (dependencies first) with the cycles that prevent one, and the
 * action that turns the order into runbook steps.
 */
class GraphOrderPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GraphOrderPanel(QWidget *parent = nullptr);

    void setReport(const ProjectData &data, const CompatibilityReport &report);
    /** toolTip says why the action is not available, or what it does. */
    void setGenerateEnabled(bool enabled, const QString &toolTip);

signals:
    void systemsActivated(const QList<uw::Id> &ids);
    void generateRequested();

private:
    QLabel *m_header = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_generate = nullptr;
};

} // namespace uw
