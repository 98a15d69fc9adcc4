#include "trustreview.h"

#include "dialogs.h"
#include "project.h"
#include "runsummary.h"
#include "trust.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace uw {

bool reviewAndTrust(QWidget *parent, const Project &project, const TrustStore &trust,
                    const QString &person)
{
    const QList<ReviewItem> items = commandsToReview(project.data());
    if (items.isEmpty())
        return false;
    const auto answer = Dialogs::instance()
                            .question(parent,
                                      TrustBanner::tr("Review what this project runs and reaches"),
                                      commandReviewText(items));
    if (answer != Dialogs::Answer::Yes)
        return false;
    QString error;
    if (!trust.trust(project.filePath(), project.data(), person, project.now(), &error)) {
        Dialogs::instance().warning(parent, TrustBanner::tr("Trust not recorded"), error);
        return false;
    }
    return true;
}

TrustBanner::TrustBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("trustBanner"));
    setStyleSheet(QStringLiteral("QFrame#trustBanner { background: #fff4ce; border: 1px solid "
                                 "#e0c96b; border-radius: 5px; }"));
    m_text->setWordWrap(true);
    m_text->setStyleSheet(QStringLiteral("color: #5c4400;"));
    m_text->setText(tr("<b>Not trusted on this computer yet.</b> This project's commands, HTTP "
                       "checks and metric queries do nothing until you review what they run "
                       "and reach, and trust them."));
    auto *review = new QPushButton(tr("Review…"), this);
    review->setObjectName(QStringLiteral("reviewCommands"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(review);
    connect(review, &QPushButton::clicked, this, &TrustBanner::reviewRequested);
    hide();
}

void TrustBanner::refresh(const Project *project, const TrustStore &trust)
{
    setVisible(project && !commandsToReview(project->data()).isEmpty()
               && !trust.isTrusted(project->filePath(), project->data()));
}

} // namespace uw
