#pragma once

#include "entities.h"

namespace uw {

/**
 * Which fields of one entity an edit changed, one bit a field in the order of the struct, so
 * that a view or an analysis can ignore edits of fields it does not show.
 */
using FieldMask = quint32;
inline constexpr FieldMask allFields = ~FieldMask(0);

namespace ChangeField {
enum : FieldMask {
    Title = 1u << 0,
    Purpose = 1u << 1,
    Reason = 1u << 2,
    Urgency = 1u << 3,
    Risk = 1u << 4,
    Rollout = 1u << 5,
    FromSummary = 1u << 6,
    ToSummary = 1u << 7,
    TimeZone = 1u << 8,
    PlanWindow = 1u << 9,
    RollbackReserve = 1u << 10,
    NoticeTemplates = 1u << 11,
};
}

namespace SystemField {
enum : FieldMask {
    Name = 1u << 0,
    Kind = 1u << 1,
    Environment = 1u << 2,
    Site = 1u << 3,
    CurrentVersion = 1u << 4,
    TargetVersion = 1u << 5,
    Criticality = 1u << 6,
    Owner = 1u << 7,
    BusinessProcesses = 1u << 8,
    PeakUsage = 1u << 9,
    Attributes = 1u << 10,
    ConfigurationItems = 1u << 11,
    Notes = 1u << 12,
};
}

namespace DependencyField {
enum : FieldMask {
    Dependent = 1u << 0,
    DependsOn = 1u << 1,
    Kind = 1u << 2,
    Constraint = 1u << 3,
    MixedVersionsTolerated = 1u << 4,
    Note = 1u << 5,
};
}

namespace RuleField {
enum : FieldMask {
    System = 1u << 0,
    WhenVersion = 1u << 1,
    RequiredSystem = 1u << 2,
    RequiredRange = 1u << 3,
    Source = 1u << 4,
};
}

namespace PersonField {
enum : FieldMask {
    Name = 1u << 0,
    Roles = 1u << 1,
    Contact = 1u << 2,
    Availability = 1u << 3,
};
}

namespace ApprovalField {
enum : FieldMask {
    Person = 1u << 0,
    Decision = 1u << 1,
    DecidedAt = 1u << 2,
    Comment = 1u << 3,
};
}

namespace WindowField {
enum : FieldMask {
    Name = 1u << 0,
    Kind = 1u << 1,
    Start = 1u << 2,
    End = 1u << 3,
    TimeZone = 1u << 4,
    Systems = 1u << 5,
    Notes = 1u << 6,
};
}

namespace StepField {
enum : FieldMask {
    Title = 1u << 0,
    Instructions = 1u << 1,
    Phase = 1u << 2,
    Kind = 1u << 3,
    Systems = 1u << 4,
    Owner = 1u << 5,
    Verifier = 1u << 6,
    Estimate = 1u << 7,
    Enabled = 1u << 8,
    Position = 1u << 9,
    Command = 1u << 10,
    Http = 1u << 11,
    MetricCheck = 1u << 12,
    Approver = 1u << 13,
    Undoes = 1u << 14,
    Criticality = 1u << 15,
    Reversible = 1u << 16,
    RollbackLoss = 1u << 17,
};
}

namespace LinkField {
enum : FieldMask {
    Predecessor = 1u << 0,
    Successor = 1u << 1,
    Type = 1u << 2,
    Lag = 1u << 3,
};
}

namespace MetricField {
enum : FieldMask {
    Name = 1u << 0,
    Source = 1u << 1,
    Query = 1u << 2,
    ServerUrl = 1u << 3,
    TokenVariable = 1u << 4,
    TokenKeychainKey = 1u << 5,
    Unit = 1u << 6,
    Interval = 1u << 7,
    Retention = 1u << 8,
    Key = 1u << 9,
    Baseline = 1u << 10,
    Thresholds = 1u << 11,
};
}

namespace RecordField {
enum : FieldMask {
    Kind = 1u << 0,
    Title = 1u << 1,
    Text = 1u << 2,
    System = 1u << 3,
    CreatedAt = 1u << 4,
};
}

/**
 * The fields in which before and after differ; allFields when either does not exist (an
 * addition or a removal changes everything a view shows of the entity).
 */
FieldMask changedFields(const std::optional<AnyEntity> &before,
                        const std::optional<AnyEntity> &after);

/** The step fields the schedule depends on; editing a title or a command moves nothing. */
inline constexpr FieldMask scheduleStepFields = StepField::Phase | StepField::Systems
                                                | StepField::Owner | StepField::Estimate
                                                | StepField::Enabled | StepField::Position;

} // namespace uw
