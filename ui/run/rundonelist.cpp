#include "rundonelist.h"

#include "runrules.h"
#include "zonedtime.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace uw {
namespace {

enum Column {
    StepColumn,
    OutcomeColumn,
    StartedColumn,
    EndedColumn,
    TookColumn,
    PlannedColumn,
    ByColumn,
    ColumnCount
};

QString wallTime(const QDateTime &utc, const QString &zone)
{
    return utc.isValid() ? QLocale().toString(toZone(utc, zone), QStringLiteral("HH:mm"))
                         : QString();
}

bool isFinished(const StepProgress &progress)
{
    return progress.state == StepRunState::Done || progress.state == StepRunState::Skipped
           || (progress.state == StepRunState::Failed && !progress.active);
}

QColor outcomeColour(StepRunState state)
{
    switch (state) {
    case StepRunState::Done:
        return {0x2e, 0x7d, 0x32};
    case StepRunState::Failed:
        return {0xc6, 0x28, 0x28};
    default:
        return {0x54, 0x6e, 0x7a};
    }
}

} // namespace

RunDoneList::RunDoneList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("doneList"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setHeaderLabels({tr("Finished step"), tr("Outcome"), tr("Started"), tr("Ended"), tr("Took"),
                     tr("Planned"), tr("By")});
    header()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    for (int column = OutcomeColumn; column < ColumnCount; ++column)
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    setToolTip(tr("Double-click a step to add a note to it."));
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        emit noteRequested(item->data(StepColumn, Qt::UserRole).toLongLong());
    });
}

void RunDoneList::refresh(const ProjectData &data, const RunState *state, const QString &zone)
{
    clear();
    if (!state)
        return;
    QList<const StepProgress *> finished;
    for (const auto &[id, progress] : state->steps) {
        if (isFinished(progress) && data.steps.contains(id))
            finished.append(&progress);
    }
    std::sort(finished.begin(), finished.end(), [](const StepProgress *a, const StepProgress *b) {
        return a->endedAtUtc < b->endedAtUtc;
    });
    QList<QTreeWidgetItem *> items;
    for (const StepProgress *progress : std::as_const(finished)) {
        const Step &step = data.steps.at(progress->stepId);
        auto *item = new QTreeWidgetItem;
        item->setData(StepColumn, Qt::UserRole, progress->stepId);
        item->setText(StepColumn, QStringLiteral("#%1 %2").arg(step.id).arg(step.title));
        item->setText(OutcomeColumn, stepOutcomeName(*progress));
        item->setForeground(OutcomeColumn, outcomeColour(progress->state));
        const bool ran = progress->state != StepRunState::Skipped
                         && progress->startedAtUtc.isValid();
        item->setText(StartedColumn, ran ? wallTime(progress->startedAtUtc, zone) : QString());
        item->setText(EndedColumn, wallTime(progress->endedAtUtc, zone));
        const qint64 took = ran ? progress->startedAtUtc.secsTo(progress->endedAtUtc) : -1;
        item->setText(TookColumn, took >= 0 ? formatDuration(took) : QString());
        item->setText(PlannedColumn, formatMinutes(step.estimate.likely));
        if (took >= 0 && took > step.estimate.likely * 60 + 59)
            item->setForeground(TookColumn, outcomeColour(StepRunState::Failed));
        item->setText(ByColumn, progress->endedBy);
        QStringList details;
        if (!progress->lastNote.isEmpty())
            details.append(progress->lastNote);
        if (!progress->lastOutput.isEmpty())
            details.append(progress->lastOutput.trimmed());
        item->setToolTip(StepColumn, details.join(QStringLiteral("\n\n")));
        items.append(item);
    }
    addTopLevelItems(items);
    if (!items.isEmpty())
        scrollToItem(items.constLast());
}

} // namespace uw
