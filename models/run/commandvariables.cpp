#include "commandvariables.h"

#include <QCoreApplication>

namespace uw {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(uw::CommandVariables)
};

} // namespace

QList<CommandVariable> commandVariables(const ProjectData &data, const Step &step)
{
    QList<CommandVariable> variables;
    for (const QString &name : step.command.environmentVariables) {
        CommandVariable &variable = variables.emplace_back();
        variable.name = name;
        for (const Id systemId : step.systemIds) {
            const auto system = data.systems.find(systemId);
            if (system == data.systems.end())
                continue;
            for (const ConfigurationItem &item : system->second.configurationItems) {
                if (item.name == name) {
                    variable.item = item;
                    variable.systemName = system->second.name;
                    break;
                }
            }
            if (variable.item)
                break;
        }
    }
    return variables;
}

QString describeSource(const CommandVariable &variable)
{
    if (!variable.item)
        return Tr::tr("%1 from this computer's environment").arg(variable.name);
    switch (variable.item->source) {
    case ConfigValueSource::Plain:
        return Tr::tr("%1 = \u201c%2\u201d (%3)")
            .arg(variable.name, variable.item->value, variable.systemName);
    case ConfigValueSource::EnvironmentVariable:
        return Tr::tr("%1 from the environment variable %2 (secret of %3)")
            .arg(variable.name, variable.item->value, variable.systemName);
    case ConfigValueSource::Keychain:
        return Tr::tr("%1 from the keychain entry \u201c%2\u201d (secret of %3)")
            .arg(variable.name, variable.item->value, variable.systemName);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<QString> valueWithoutKeychain(const CommandVariable &variable,
                                            const QProcessEnvironment &environment)
{
    QString variableName = variable.name;
    if (variable.item) {
        if (variable.item->source == ConfigValueSource::Plain)
            return variable.item->value;
        if (variable.item->source == ConfigValueSource::Keychain)
            return std::nullopt;
        variableName = variable.item->value;
    }
    if (!environment.contains(variableName))
        return std::nullopt;
    return environment.value(variableName);
}

QString missingValueMessage(const CommandVariable &variable, const QString &reason)
{
    if (!variable.item)
        return Tr::tr("The command needs the variable %1, which no system of the step sets as a "
                      "configuration item and this computer's environment does not have.")
            .arg(variable.name);
    if (variable.item->source == ConfigValueSource::Keychain)
        return Tr::tr("The command needs %1, the secret of %2 kept in the keychain entry "
                      "\u201c%3\u201d, and the keychain did not give it: %4")
            .arg(variable.name, variable.systemName, variable.item->value, reason);
    return Tr::tr("The command needs %1, the secret of %2 kept in the environment variable %3, "
                  "which is not set on this computer.")
        .arg(variable.name, variable.systemName, variable.item->value);
}

} // namespace uw
