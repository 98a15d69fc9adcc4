#pragma once

#include <QFrame>

class QLabel;

namespace uw {

class Project;
class TrustStore;

/**
 * Shows everything project runs or reaches beyond this computer (commands, HTTP checks, metric
 * commands, Prometheus servers and where their tokens come from) and records that person
 * trusts it when they agree. Returns whether trust was recorded; says why when it could not be.
 */
bool reviewAndTrust(QWidget *parent, const Project &project, const TrustStore &trust,
                    const QString &person);

/** The amber line a page shows while what its project runs or reaches waits for trust. */
class TrustBanner : public QFrame
{
    Q_OBJECT

public:
    explicit TrustBanner(QWidget *parent = nullptr);

    /** Shows itself when project runs or reaches anything that trust has not yet covered. */
    void refresh(const Project *project, const TrustStore &trust);

signals:
    void reviewRequested();

private:
    QLabel *m_text;
};

} // namespace uw
