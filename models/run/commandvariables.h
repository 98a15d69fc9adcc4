#pragma once

#include "entities.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace uw {

/**
 * Where a run takes one variable a command step needs: a configuration item of a system the
 * step touches (the first such system that has an item of that name), or else this computer's
 * own environment.
 */
struct CommandVariable
{
    QString name;
    /** The item giving the value; nullopt when the value comes from the program's environment. */
    std::optional<ConfigurationItem> item;
    QString systemName;
    friend bool operator==(const CommandVariable &, const CommandVariable &) = default;
};

QList<CommandVariable> commandVariables(const ProjectData &data, const Step &step);

/** Where the value comes from, in words for the trust review ("keychain entry db-prod of db1"). */
QString describeSource(const CommandVariable &variable);

/**
 * The value of variable when it comes without the keychain: a plain item's value, or the
 * variable named by an item (or the variable itself) in environment. nullopt when that variable
 * is not set, or when the value is in the keychain.
 */
std::optional<QString> valueWithoutKeychain(const CommandVariable &variable,
                                            const QProcessEnvironment &environment);

/** Why variable has no value here, naming it and where it was looked for; reason says more. */
QString missingValueMessage(const CommandVariable &variable, const QString &reason = {});

} // namespace uw
