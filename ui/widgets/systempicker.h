#pragma once

#include "entities.h"

#include <QComboBox>

namespace uw {

class Project;

/**
 * Chooses a system by typing any part of its name, because inventories hold hundreds of systems
 * and people remember "the replica", not where it sorts. Used by dialogs and by table editors,
 * so that picking a system works the same everywhere.
 */
class SystemPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit SystemPicker(QWidget *parent = nullptr);

    /** Offers the systems of project, sorted by name; nullptr offers none. */
    void setProject(const Project *project);

    /**
     * The system the text names: an exact name (ignoring case) or else the only system whose
     * name contains the text; 0 when nothing or more than one system matches.
     */
    Id systemId() const;
    void setSystemId(Id id);
    /** Systems whose name contains the text, for "3 systems match" hints. */
    QList<Id> matches() const;
    /**
     * Why the text names no system ("No system matches …", "3 systems match …"), or whenEmpty
     * when nothing is typed; empty when it names one.
     */
    QString problem(const QString &whenEmpty) const;

signals:
    /** The resolved system changed while the user typed or picked; 0 when none is resolved. */
    void systemChanged(uw::Id id);

private:
    void onTextChanged();

    Id m_resolved = 0;
};

} // namespace uw
