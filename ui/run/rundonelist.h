#pragma once

#include "runstate.h"

#include <QTreeWidget>

namespace uw {

/**
 * The compact record of what a run has finished: every done or skipped step, and every failed
 * one the run gave up on, with its times against the plan and who finished it, oldest first.
 */
class RunDoneList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit RunDoneList(QWidget *parent = nullptr);

    /** Shows state's finished steps with times in zone; nullptr clears the list. */
    void refresh(const ProjectData &data, const RunState *state, const QString &zone);

signals:
    /** The person double-clicked a step to add a note to it. */
    void noteRequested(uw::Id stepId);
};

} // namespace uw
