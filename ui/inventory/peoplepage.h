#pragma once

#include "entities.h"
#include "page.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace uw {

class PeopleModel;

/**
 * Who takes part in the change, which duties each may hold (approve, execute, verify, lead) and
 * when each can work. Availability is edited as wall-clock time in the change's time zone.
 */
class PeoplePage : public Page
{
    Q_OBJECT

public:
    explicit PeoplePage(QWidget *parent = nullptr);

    void setProject(Project *project) override;
    QString title() const override { return tr("People"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/people.svg")); }

    bool canCopy() const override;
    /** Puts the selected people on the clipboard as CSV. */
    void copy() override;
    bool canDelete() const override;
    /**
     * Deletes the selected people in one undoable step. When steps or approvals name them, asks
     * first and says which, because deleting clears those assignments.
     */
    void deleteSelection() override;
    bool canExportCsv() const override { return true; }
    QByteArray exportCsv() const override;

    /** Shows and selects a person, e.g. from a booking conflict. */
    void selectPerson(Id id);

private:
    void addPerson();
    QString referencesText(const QList<Id> &ids) const;
    void showMessage(const QString &message);
    void updateActions();
    QList<Id> selectedIds() const;
    Id currentPersonId() const;
    void scheduleAvailabilityRefresh();
    void refreshAvailability();
    void commitAvailability();
    void addPeriod();
    void removePeriod(int row);
    TimeInterval defaultPeriod() const;

    Project *m_project = nullptr;
    PeopleModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_message = nullptr;
    QGroupBox *m_availabilityBox = nullptr;
    QLabel *m_zoneNote = nullptr;
    QTableWidget *m_periods = nullptr;
    QPushButton *m_addPeriod = nullptr;
    /** What the period editors show, so a refresh that changes nothing leaves them alone. */
    Id m_shownPerson = 0;
    QString m_shownZone;
    QList<TimeInterval> m_shownPeriods;
    bool m_refreshPending = false;
    bool m_rebuilding = false;
};

} // namespace uw
