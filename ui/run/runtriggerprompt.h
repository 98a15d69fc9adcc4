#pragma once

#include "runstate.h"

#include <QFrame>

namespace uw {

/**
 * A rollback trigger as a prompt nobody can miss: what happened, and the two answers, roll
 * back or continue. The run page asks for the reason and records the answer.
 */
class RunTriggerPrompt : public QFrame
{
    Q_OBJECT

public:
    RunTriggerPrompt(const RollbackTrigger &trigger, QWidget *parent = nullptr);

    const RollbackTrigger &trigger() const { return m_trigger; }

signals:
    void answered(const uw::RollbackTrigger &trigger, bool rollback);

private:
    RollbackTrigger m_trigger;
};

} // namespace uw
