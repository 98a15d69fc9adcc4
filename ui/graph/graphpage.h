#pragma once

#include "compatibility.h"
#include "page.h"
#include "project.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace uw {

struct Verdict;

class ChangeAssessor;
class GraphFindingsPanel;
class GraphLayouter;
class GraphOrderPanel;
class GraphScene;
class GraphView;
struct GraphLayout;

/**
 * The dependency graph: dependants above their dependencies, coloured by compatibility, with
 * the impact of the selected system, the findings and the suggested upgrade order beside it.
 * Compatibility comes from the window's assessor, the check behind the verdict, so the
 * colours, the findings and the decision never disagree and nothing is checked twice.
 * Layout runs in dot's own process; edits that keep the structure update the drawing in place
 * so that nothing moves under the reader's eyes.
 */
class GraphPage : public Page
{
    Q_OBJECT

public:
    /** assessor (shared with the rest of the window) must outlive the page. */
    explicit GraphPage(ChangeAssessor *assessor, QWidget *parent = nullptr);
    ~GraphPage() override;

    void setProject(Project *project) override;
    QString title() const override { return tr("Graph"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/graph.svg")); }

    /** A layout of the shown systems is on screen and no newer one is pending or running. */
    bool isLayoutReady() const;
    /** What depends on the selected systems, transitively (their impact). */
    QSet<Id> highlightedDependants() const { return m_dependants; }
    /** What the selected systems need, transitively. */
    QSet<Id> highlightedNeeds() const { return m_needs; }
    QList<Id> selectedSystems() const;

public slots:
    /** Selects and centres a system, clearing the filters that hide it. */
    void selectSystem(uw::Id id);
    /** Lays out the shown systems again now. */
    void relayout();
    /**
     * Shows the change's verdict (from the window's assessor) beside the findings; nullptr
     * while there is none to show yet.
     */
    void showVerdict(const uw::Verdict *verdict);

signals:
    /** A node was double-clicked: the window shows the system on the Systems page. */
    void systemActivated(uw::Id id);
    void layoutReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createCanvas();
    static bool changesTheGraph(const DocumentChange &change);
    void refreshWhenShown();
    /** The assessor has checked the document as it is now. */
    bool hasCurrentReport() const;
    /** The assessor is checking the document on its worker; the page draws when it is done. */
    bool awaitingReport() const;
    /** The document changed since the scene and the panels were last brought up to date. */
    bool isStale() const;
    /**
     * Brings the scene and the panels up to date now: with the assessor's report when it is
     * current, else (for actions that need the document as it is) with a check of its own.
     */
    void refresh();
    /**
     * As refresh(), but a large scene catches up in parts over the next turns of the loop, and
     * without a current report the page waits for the assessor's unless checkNow.
     */
    void startRefresh(bool checkNow = false);
    void onCompatibilityChecked();
    void showReport(CompatibilityReport report);
    /** What the scene shows: the document, or the part of it the filters let through. */
    const ProjectData &shownNow() const;
    void continueSync();
    void onSceneSynced();
    void refreshNames();
    /** The findings, the upgrade order and the names the search completes. */
    void refreshPanels();
    void refreshFilterChoices();
    ProjectData shownData() const;
    void onFiltersChanged();
    void clearFilters();
    bool isFiltered() const;
    void onLayoutFinished(std::shared_ptr<const GraphLayout> layout);
    void continueLayout();
    void onLayoutFailed(const QString &message);
    void endLayout();
    void onSelectionChanged();
    void updateSummary(const QList<Id> &selected);
    void reveal(const QList<Id> &ids);
    void focusSystems(const QList<Id> &ids);
    /** Fits the drawing, whose extent is all, or its changing part when all is too large. */
    void fitReadably(const QRectF &all);
    void search(const QString &text);
    void generateSteps();
    void updateGenerateAction();

    ChangeAssessor *m_assessor;
    QPointer<Project> m_project;
    GraphLayouter *m_layouter = nullptr;
    GraphScene *m_scene = nullptr;
    GraphView *m_view = nullptr;
    GraphFindingsPanel *m_findings = nullptr;
    GraphOrderPanel *m_order = nullptr;
    QLineEdit *m_search = nullptr;
    QStringListModel *m_names = nullptr;
    QComboBox *m_siteFilter = nullptr;
    QComboBox *m_environmentFilter = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QCheckBox *m_onlyChanging = nullptr;
    /** The next layout is the project's first: fit it so that names can be read. */
    bool m_firstFit = true;
    QToolButton *m_export = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    /** Coalesces a burst of edits (an import, an undo of many) into one redraw. */
    QTimer m_refreshTimer;
    /** Waits for structural edits to settle before the drawing moves. */
    QTimer m_relayoutTimer;
    /** Shows the busy indicator only for layouts slow enough to notice. */
    QTimer m_busyTimer;
    /** Brings on the next part of a scene sync, and of a layout being applied. */
    QTimer m_syncTimer;
    QTimer m_panelsTimer;
    QTimer m_layoutTimer;
    CompatibilityReport m_report;
    /** The shown part of the document while a filter is on; empty without one. */
    ProjectData m_filtered;
    std::shared_ptr<const GraphLayout> m_layoutBeingApplied;
    QSet<Id> m_dependants;
    QSet<Id> m_needs;
    /** A layout was asked for while the scene was still being built: it needs the node sizes. */
    bool m_relayoutAfterSync = false;
    bool m_layoutPending = false;
    bool m_layoutReady = false;
    bool m_refreshPending = false;
    QList<Id> m_pendingFocus;
};

} // namespace uw
