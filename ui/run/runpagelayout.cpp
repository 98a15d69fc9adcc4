// The Run page's widgets and how they are laid out; runpage.cpp keeps them up to date.
#include "runpage.h"

#include "trustreview.h"

#include "metricsstrip.h"
#include "rundonelist.h"
#include "runheader.h"
#include "runsession.h"
#include "runtimeline.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace uw {
namespace {

QPushButton *toolButton(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(34);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

QLabel *sectionCaption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #37474f; font-weight: 700; font-size: 11pt; "
                                        "padding-top: 6px;"));
    return label;
}

} // namespace

RunPage::RunPage(QWidget *parent)
    : Page(parent)
    , m_header(new RunHeader(this))
    , m_clockTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createToolBar());
    layout->addWidget(m_header);
    m_metrics = new MetricsStrip(this);
    m_metrics->setVisible(false);
    layout->addWidget(m_metrics);
    connect(m_metrics, &MetricsStrip::metricActivated, this, &RunPage::metricActivated);
    layout->addWidget(createBanners());
    layout->addWidget(createBody(), 1);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QShortcut(keys, this, slot);
        action->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
        if (const RunStepCard *current = card(m_currentStep))
            if (const auto action = current->primaryAction())
                act(m_currentStep, *action);
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
             [this] { actOnCurrent(RunStepCard::Action::Fail); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
             [this] { actOnCurrent(RunStepCard::Action::Skip); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
             [this] { actOnCurrent(RunStepCard::Action::Note); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); });

    connect(m_clockTimer, &QTimer::timeout, this, &RunPage::refreshClock);
    m_clockTimer->start(1000);
    refreshAll();
}

QWidget *RunPage::createToolBar()
{
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("runToolBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(8);
    auto *personLabel = new QLabel(tr("Acting as:"), bar);
    m_person = new QComboBox(bar);
    m_person->setObjectName(QStringLiteral("actingPerson"));
    m_person->setEditable(true);
    m_person->setMinimumWidth(160);
    m_person->setToolTip(tr("Every event of the run is recorded under this name; gates accept "
                            "only their approver."));
    personLabel->setBuddy(m_person);
    m_startRehearsal = toolButton(QStringLiteral("startRehearsal"), tr("Start &Rehearsal"), bar);
    m_startProduction = toolButton(QStringLiteral("startProduction"), tr("Start &Production Run…"),
                                   bar);
    m_runNote = toolButton(QStringLiteral("runNote"), tr("Note on Run…"), bar);
    m_rollback = toolButton(QStringLiteral("switchToRollback"), tr("Switch to Rollback…"), bar);
    m_endRun = toolButton(QStringLiteral("endRun"), tr("&End Run…"), bar);
    m_rollback->setStyleSheet(QStringLiteral("QPushButton { color: #b71c1c; font-weight: 700; } "
                                             "QPushButton:disabled { color: #90a4ae; }"));
    layout->addWidget(personLabel);
    layout->addWidget(m_person);
    layout->addSpacing(16);
    layout->addWidget(m_startRehearsal);
    layout->addWidget(m_startProduction);
    layout->addStretch(1);
    layout->addWidget(m_runNote);
    layout->addWidget(m_rollback);
    layout->addWidget(m_endRun);
    connect(m_startRehearsal, &QPushButton::clicked, this, [this] { startRun(RunKind::Rehearsal); });
    connect(m_startProduction, &QPushButton::clicked, this,
            [this] { startRun(RunKind::Production); });
    connect(m_runNote, &QPushButton::clicked, this, &RunPage::addRunNote);
    connect(m_rollback, &QPushButton::clicked, this, &RunPage::switchToRollback);
    connect(m_endRun, &QPushButton::clicked, this, &RunPage::endRun);
    return bar;
}

QWidget *RunPage::createBanners()
{
    auto *banners = new QWidget(this);
    auto *layout = new QVBoxLayout(banners);
    layout->setContentsMargins(16, 8, 16, 0);
    layout->setSpacing(8);

    m_trustBanner = new TrustBanner(banners);
    connect(m_trustBanner, &TrustBanner::reviewRequested, this, &RunPage::reviewCommands);

    m_triggers = new QFrame(banners);
    m_triggers->setObjectName(QStringLiteral("triggers"));
    m_triggerLayout = new QVBoxLayout(m_triggers);
    m_triggerLayout->setContentsMargins(0, 0, 0, 0);
    m_triggerLayout->setSpacing(6);

    m_summary = new QFrame(banners);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setStyleSheet(QStringLiteral("QFrame#runSummary { background: #eef3f8; border: 1px "
                                            "solid #b0c4d8; border-radius: 5px; }"));
    m_summaryText = new QLabel(m_summary);
    m_summaryText->setObjectName(QStringLiteral("summaryText"));
    m_summaryText->setWordWrap(true);
    m_summaryText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_calibrate = toolButton(QStringLiteral("calibrate"),
                             tr("Update Estimates from This Rehearsal…"), m_summary);
    auto *summaryLayout = new QVBoxLayout(m_summary);
    summaryLayout->addWidget(m_summaryText);
    summaryLayout->addWidget(m_calibrate, 0, Qt::AlignLeft);
    connect(m_calibrate, &QPushButton::clicked, this, &RunPage::offerCalibration);

    layout->addWidget(m_trustBanner);
    layout->addWidget(m_triggers);
    layout->addWidget(m_summary);
    return banners;
}

QWidget *RunPage::createBody()
{
    auto *cards = new QWidget(this);
    cards->setObjectName(QStringLiteral("runCards"));
    m_cardLayout = new QVBoxLayout(cards);
    m_cardLayout->setContentsMargins(16, 8, 16, 8);
    m_cardLayout->setSpacing(10);
    m_readyCaption = sectionCaption(cards);
    m_runningCaption = sectionCaption(cards);
    m_waiting = new QLabel(cards);
    m_waiting->setObjectName(QStringLiteral("waiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setStyleSheet(QStringLiteral("color: #455a64; font-size: 11pt;"));
    m_cardLayout->addStretch(1);
    auto *cardScroll = new QScrollArea(this);
    cardScroll->setWidget(cards);
    cardScroll->setWidgetResizable(true);
    cardScroll->setFrameShape(QFrame::NoFrame);
    cardScroll->setMinimumWidth(480);

    m_doneList = new RunDoneList(this);
    connect(m_doneList, &RunDoneList::noteRequested, this, &RunPage::addStepNote);

    m_timeline = new RunTimeline(this);
    auto *timelineScroll = new QScrollArea(this);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);
    auto *legend = new QLabel(tr("<span style='color:#b0bec5'>&#9632;</span> planned &nbsp; "
                                 "<span style='color:#2e7d32'>&#9632;</span> done &nbsp; "
                                 "<span style='color:#00897b'>&#9632;</span> running &nbsp; "
                                 "<span style='color:#c62828'>&#9632;</span> failed &nbsp; "
                                 "<span style='color:#648fc8'>&#9633;</span> projected &nbsp; "
                                 "drift: <span style='color:#c62828'>+late</span> / "
                                 "<span style='color:#2e7d32'>−early</span>"),
                              this);
    legend->setContentsMargins(16, 4, 16, 4);
    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addWidget(legend);
    timelineLayout->addWidget(timelineScroll, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(cardScroll);
    top->addWidget(m_doneList);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({620, 420});
    top->setChildrenCollapsible(false);
    auto *body = new QSplitter(Qt::Vertical, this);
    body->setObjectName(QStringLiteral("runSplitter"));
    body->addWidget(top);
    body->addWidget(timelineBox);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);
    body->setSizes({560, 340});
    body->setChildrenCollapsible(false);
    return body;
}

QString RunPage::title() const
{
    return tr("Run");
}

QIcon RunPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/run.svg"));
}

} // namespace uw
