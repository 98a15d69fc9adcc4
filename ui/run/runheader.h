#pragma once

#include "verdict.h"

#include <QDateTime>
#include <QFrame>

#include <optional>

class QLabel;

namespace uw {

class RunSession;
struct RunProjection;

/**
 * The run page's answer to "may we go, are we on time, can we still roll back": the change's
 * decision, the window clock in the window's zone, time elapsed, projected finish against the
 * window end, and a countdown to the point of no return that turns amber, then red, as it
 * nears. Before a run the finish and the point of no return are the plan's, from the verdict.
 */
class RunHeader : public QFrame
{
    Q_OBJECT

public:
    explicit RunHeader(QWidget *parent = nullptr);

    /** Shows the session's state as of nowUtc, times in zone; nullptr shows "no run". */
    void refresh(const RunSession *session, const RunProjection *projection, const QString &zone,
                 const QDateTime &nowUtc);
    /** The change's verdict; nullptr while it is being assessed. Shown at the next refresh. */
    void setVerdict(const Verdict *verdict);

private:
    struct Tile
    {
        QFrame *frame = nullptr;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
        /** The colour its style sheets were set for: restyling only when it changes is cheap. */
        QString colour;
    };
    Tile addTile(const QString &objectName, const QString &caption);
    static void setTile(Tile &tile, const QString &value, const QString &detail,
                        const QString &colour);
    void showDecision(bool shown);
    void showPlannedFigures();

    QLabel *m_badge = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_decision = nullptr;
    std::optional<Verdict> m_verdict;
    Tile m_clock;
    Tile m_elapsed;
    Tile m_finish;
    Tile m_pointOfNoReturn;
};

} // namespace uw
