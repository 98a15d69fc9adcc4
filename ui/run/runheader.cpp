#include "runheader.h"

#include "plaintext.h"
#include "runprojection.h"
#include "runsession.h"
#include "verdictdisplay.h"
#include "zonedtime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace uw {
namespace {

const QString plain = QStringLiteral("#263238");
const QString muted = QStringLiteral("#607d8b");
const QString good = QStringLiteral("#2e7d32");
const QString warn = QStringLiteral("#b26a00");
const QString bad = QStringLiteral("#c62828");

/** The countdown turns amber, then red, this many minutes before the point of no return. */
constexpr double amberMinutes = 30;
constexpr double redMinutes = 10;

QString clockText(qint64 seconds)
{
    const qint64 whole = std::abs(seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(whole / 3600)
        .arg(whole / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString wallTime(const QDateTime &utc, const QString &zone)
{
    return QLocale().toString(toZone(utc, zone), QStringLiteral("HH:mm"));
}

} // namespace

RunHeader::RunHeader(QWidget *parent)
    : QFrame(parent)
    , m_badge(new QLabel(this))
    , m_name(new QLabel(this))
    , m_decision(new QLabel(this))
{
    setObjectName(QStringLiteral("runHeader"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QFrame#runHeader { background: #f4f6f8; border-bottom: 1px "
                                 "solid #cfd8dc; }"));
    m_badge->setObjectName(QStringLiteral("runBadge"));
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_name->setObjectName(QStringLiteral("runName"));
    m_name->setTextFormat(Qt::PlainText);
    m_decision->setTextFormat(Qt::PlainText);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);

    m_decision->setObjectName(QStringLiteral("runDecision"));
    m_decision->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_badge);
    top->addWidget(m_name, 1);
    top->addWidget(m_decision);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    m_clock = addTile(QStringLiteral("windowClock"), tr("Window clock"));
    m_elapsed = addTile(QStringLiteral("elapsed"), tr("Elapsed"));
    m_finish = addTile(QStringLiteral("projectedFinish"), tr("Projected finish"));
    m_pointOfNoReturn = addTile(QStringLiteral("pointOfNoReturn"), tr("Point of no return"));
    for (const Tile *tile : {&m_clock, &m_elapsed, &m_finish, &m_pointOfNoReturn})
        tiles->addWidget(tile->frame, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(tiles);
}

RunHeader::Tile RunHeader::addTile(const QString &objectName, const QString &caption)
{
    Tile tile;
    tile.frame = new QFrame(this);
    tile.frame->setObjectName(objectName);
    tile.frame->setAttribute(Qt::WA_StyledBackground);
    tile.caption = new QLabel(caption.toUpper(), tile.frame);
    tile.caption->setStyleSheet(QStringLiteral("color: %1; font-weight: 700;").arg(muted));
    tile.value = new QLabel(tile.frame);
    tile.value->setObjectName(objectName + QStringLiteral("Value"));
    QFont valueFont = tile.value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.1);
    valueFont.setBold(true);
    tile.value->setFont(valueFont);
    tile.detail = new QLabel(tile.frame);
    tile.detail->setObjectName(objectName + QStringLiteral("Detail"));
    tile.detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(tile.frame);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(tile.caption);
    layout->addWidget(tile.value);
    layout->addWidget(tile.detail);
    layout->addStretch(1);
    return tile;
}

void RunHeader::setTile(Tile &tile, const QString &value, const QString &detail,
                        const QString &colour)
{
    tile.value->setText(value);
    tile.detail->setText(detail);
    // The clock ticks every second; style sheets are costly and rarely change with it.
    if (tile.colour == colour)
        return;
    tile.colour = colour;
    tile.value->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    tile.detail->setStyleSheet(QStringLiteral("color: %1;").arg(colour == plain ? muted : colour));
    tile.frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { background: white; border: 1px solid %2; border-top: 4px "
                       "solid %3; border-radius: 5px; }")
            .arg(tile.frame->objectName(), QStringLiteral("#cfd8dc"),
                 colour == plain ? QStringLiteral("#90a4ae") : colour));
}

void RunHeader::refresh(const RunSession *session, const RunProjection *projection,
                        const QString &zone, const QDateTime &nowUtc)
{
    const QDateTime local = toZone(nowUtc, zone);
    setTile(m_clock, QLocale().toString(local, QStringLiteral("HH:mm:ss")),
            QStringLiteral("%1 · %2").arg(QLocale().toString(local, QStringLiteral("ddd d MMM")),
                                          zone),
            plain);
    if (!session) {
        m_badge->setText(tr("NO RUN"));
        m_badge->setStyleSheet(QStringLiteral("background: #90a4ae; color: white; font-weight: "
                                              "700; padding: 4px 10px; border-radius: 4px;"));
        m_name->setText(tr("No run is open. Start a rehearsal or the production run."));
        setTile(m_elapsed, QStringLiteral("–"), {}, plain);
        showDecision(true);
        showPlannedFigures();
        return;
    }

    const RunState &state = session->state();
    const Run &run = session->run();
    QString badge = run.runKind == RunKind::Production ? tr("PRODUCTION") : tr("REHEARSAL");
    QString badgeColour = run.runKind == RunKind::Production ? QStringLiteral("#6a1b9a")
                                                             : QStringLiteral("#1565c0");
    if (state.rollingBack) {
        badge = tr("ROLLING BACK");
        badgeColour = bad;
    }
    if (state.ended) {
        badge = tr("ENDED");
        badgeColour = QStringLiteral("#455a64");
    }
    m_badge->setText(badge);
    m_badge->setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: 700; "
                                          "padding: 4px 10px; border-radius: 4px;")
                               .arg(badgeColour));
    m_name->setText(run.name);
    // The decision was taken to start; once the run has ended it no longer guides anyone.
    showDecision(!state.ended);

    const QDateTime endOfRun = state.ended && run.endedAtUtc.isValid() ? run.endedAtUtc : nowUtc;
    setTile(m_elapsed, clockText(run.startedAtUtc.secsTo(endOfRun)),
            tr("since %1").arg(wallTime(run.startedAtUtc, zone)), plain);

    if (!projection || !projection->valid) {
        setTile(m_finish, tr("unknown"), projection ? projection->error : QString(), bad);
        setTile(m_pointOfNoReturn, QStringLiteral("–"), {}, plain);
        return;
    }
    if (state.ended) {
        setTile(m_finish, wallTime(endOfRun, zone), tr("the run has ended"), plain);
    } else if (projection->windowEndUtc.isValid()) {
        const qint64 spare = projection->finishUtc.secsTo(projection->windowEndUtc);
        const QString windowEnd = wallTime(projection->windowEndUtc, zone);
        setTile(m_finish, wallTime(projection->finishUtc, zone),
                spare >= 0
                    ? tr("window ends %1 · %2 to spare").arg(windowEnd, formatDuration(spare))
                    : tr("window ends %1 · %2 LATE").arg(windowEnd, formatDuration(-spare)),
                spare >= 0 ? good : bad);
    } else {
        setTile(m_finish, wallTime(projection->finishUtc, zone), tr("no window to fit in"), plain);
    }

    if (state.ended) {
        setTile(m_pointOfNoReturn, QStringLiteral("–"), {}, plain);
    } else if (state.rollingBack) {
        setTile(m_pointOfNoReturn, tr("rolling back"),
                tr("rollback finishes %1").arg(wallTime(projection->rollbackFinishUtc, zone)), bad);
    } else if (!projection->pointOfNoReturnUtc.isValid()) {
        setTile(m_pointOfNoReturn, QStringLiteral("–"), tr("no window end to count to"), plain);
    } else {
        const double minutes = projection->minutesToPointOfNoReturn;
        const QString at = wallTime(projection->pointOfNoReturnUtc, zone);
        const qint64 seconds = nowUtc.secsTo(projection->pointOfNoReturnUtc);
        if (minutes < 0)
            setTile(m_pointOfNoReturn, tr("passed"),
                    projection->executeWorkLeft
                        ? tr("at %1, %2 ago · rollback no longer fits").arg(at, clockText(seconds))
                        : tr("at %1 · execute work is finished").arg(at),
                    projection->executeWorkLeft ? bad : plain);
        else
            setTile(m_pointOfNoReturn, tr("in %1").arg(clockText(seconds)),
                    tr("at %1 · a rollback now takes %2")
                        .arg(at, formatMinutes(projection->rollbackMinutes)),
                    minutes <= redMinutes     ? bad
                    : minutes <= amberMinutes ? warn
                                              : good);
    }
}

void RunHeader::setVerdict(const Verdict *verdict)
{
    if (verdict)
        m_verdict = *verdict;
    else
        m_verdict.reset();
}

void RunHeader::showDecision(bool shown)
{
    const bool visible = shown && m_verdict;
    m_decision->setVisible(visible);
    if (!visible)
        return;
    m_decision->setText(VerdictDisplay::line(*m_verdict));
    m_decision->setToolTip(plainToolTip(VerdictDisplay::reasons(*m_verdict)));
    m_decision->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: 700; }")
                                  .arg(VerdictDisplay::colour(m_verdict->decision)));
}

void RunHeader::showPlannedFigures()
{
    if (!m_verdict || !m_verdict->scheduleValid) {
        setTile(m_finish, QStringLiteral("–"), {}, plain);
        setTile(m_pointOfNoReturn, QStringLiteral("–"), {}, plain);
        return;
    }
    const Verdict &verdict = *m_verdict;
    const auto local = [&verdict](const QDateTime &utc) {
        return formatShortInZone(utc, verdict.zone, QLocale());
    };
    const bool fits = !verdict.hasWindow || verdict.plannedFinishUtc <= verdict.window.endUtc;
    setTile(m_finish, local(verdict.plannedFinishUtc),
            verdict.hasWindow ? tr("planned · window ends %1").arg(local(verdict.window.endUtc))
                              : tr("planned · no window to fit in"),
            fits ? good : bad);
    if (verdict.pointOfNoReturnUtc.isValid())
        setTile(m_pointOfNoReturn, local(verdict.pointOfNoReturnUtc),
                tr("planned · a full rollback takes %1").arg(formatMinutes(verdict.rollbackMinutes)),
                plain);
    else
        setTile(m_pointOfNoReturn, QStringLiteral("–"), tr("no window end to count to"), plain);
}

} // namespace uw
