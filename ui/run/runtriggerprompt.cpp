#include "runtriggerprompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace uw {

RunTriggerPrompt::RunTriggerPrompt(const RollbackTrigger &trigger, QWidget *parent)
    : QFrame(parent)
    , m_trigger(trigger)
{
    setObjectName(QStringLiteral("triggerPrompt"));
    setStyleSheet(QStringLiteral("QFrame#triggerPrompt { background: #b71c1c; border-radius: 6px; "
                                 "} QLabel { color: white; }"));
    QString heading = tr("ROLLBACK TRIGGER: the run will end after the window");
    if (trigger.kind == TriggerKind::CriticalStepFailed)
        heading = tr("ROLLBACK TRIGGER: a critical step failed");
    else if (trigger.kind == TriggerKind::PointOfNoReturnReached)
        heading = tr("ROLLBACK TRIGGER: the point of no return is reached");
    else if (trigger.kind == TriggerKind::MetricThresholdBreached)
        heading = tr("ROLLBACK TRIGGER: a metric left its safe range");
    auto *title = new QLabel(heading, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *text = new QLabel(trigger.message + QLatin1Char('\n')
                                + tr("Decide now: roll back, or continue with a reason that goes "
                                     "into the record."),
                            this);
    text->setWordWrap(true);

    auto *rollBack = new QPushButton(tr("Roll Back…"), this);
    rollBack->setObjectName(QStringLiteral("rollBack"));
    auto *carryOn = new QPushButton(tr("Continue…"), this);
    carryOn->setObjectName(QStringLiteral("continue"));
    for (QPushButton *button : {rollBack, carryOn}) {
        button->setMinimumSize(150, 42);
        button->setCursor(Qt::PointingHandCursor);
    }
    rollBack->setStyleSheet(QStringLiteral("QPushButton { background: white; color: #b71c1c; "
                                           "font-weight: 700; font-size: 12pt; border: none; "
                                           "border-radius: 5px; }"));
    carryOn->setStyleSheet(QStringLiteral("QPushButton { background: transparent; color: white; "
                                          "font-weight: 700; font-size: 12pt; border: 2px solid "
                                          "white; border-radius: 5px; }"));
    connect(rollBack, &QPushButton::clicked, this, [this] { emit answered(m_trigger, true); });
    connect(carryOn, &QPushButton::clicked, this, [this] { emit answered(m_trigger, false); });

    auto *texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(texts, 1);
    layout->addWidget(rollBack);
    layout->addWidget(carryOn);
}

} // namespace uw
