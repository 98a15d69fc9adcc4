#include "systempicker.h"

#include "enumkeys.h"
#include "project.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

#include <algorithm>
#include <vector>

namespace uw {

SystemPicker::SystemPicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(24);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    lineEdit()->setPlaceholderText(tr("Type part of a system name"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(this, &QComboBox::editTextChanged, this, &SystemPicker::onTextChanged);
}

void SystemPicker::setProject(const Project *project)
{
    {
        const QSignalBlocker blocker(this);
        clear();
        if (project) {
            std::vector<const System *> systems;
            for (const auto &entry : project->data().systems)
                systems.push_back(&entry.second);
            std::sort(systems.begin(), systems.end(), [](const System *a, const System *b) {
                return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
            });
            for (size_t i = 0; i < systems.size(); ++i) {
                const System *system = systems[i];
                // Twins (same name in staging and production) are told apart by where they run.
                const bool twin = (i > 0 && systems[i - 1]->name == system->name)
                                  || (i + 1 < systems.size()
                                      && systems[i + 1]->name == system->name);
                const QString text
                    = twin ? tr("%1 (%2, %3)").arg(system->name, system->environment, system->site)
                           : system->name;
                addItem(text, system->id);
            }
        }
        setCurrentIndex(-1);
        clearEditText();
    }
    onTextChanged();
}

QList<Id> SystemPicker::matches() const
{
    QList<Id> found;
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return found;
    for (int i = 0; i < count(); ++i) {
        if (itemText(i).contains(text, Qt::CaseInsensitive))
            found.append(itemData(i).toLongLong());
    }
    return found;
}

QString SystemPicker::problem(const QString &whenEmpty) const
{
    if (systemId())
        return {};
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return whenEmpty;
    const qsizetype count = matches().size();
    if (count == 0)
        return tr("No system matches \"%1\".").arg(text);
    return tr("%1 systems match \"%2\"; type more of the name.").arg(count).arg(text);
}

Id SystemPicker::systemId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int exact = findText(text, Qt::MatchFixedString);
    if (exact >= 0)
        return itemData(exact).toLongLong();
    const QList<Id> found = matches();
    return found.size() == 1 ? found.first() : 0;
}

void SystemPicker::setSystemId(Id id)
{
    const int index = findData(id);
    setCurrentIndex(index);
    if (index < 0)
        clearEditText();
    onTextChanged();
}

void SystemPicker::onTextChanged()
{
    const Id resolved = systemId();
    if (resolved == m_resolved)
        return;
    m_resolved = resolved;
    emit systemChanged(resolved);
}

} // namespace uw
