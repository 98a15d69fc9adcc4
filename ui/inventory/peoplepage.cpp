#include "peoplepage.h"

#include "commands.h"
#include "csvexport.h"
#include "dialogs.h"
#include "peoplemodel.h"
#include "project.h"
#include "zonedtime.h"

#include <QClipboard>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace uw {
namespace {

enum PeriodColumn { PeriodStart, PeriodEnd, PeriodRemove, PeriodColumnCount };

QString listed(QStringList names)
{
    constexpr qsizetype shown = 3;
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    const qsizetype more = names.size() - shown;
    names.resize(shown);
    return PeoplePage::tr("%1 and %n more", nullptr, int(more)).arg(names.join(QStringLiteral(", ")));
}

} // namespace

PeoplePage::PeoplePage(QWidget *parent)
    : Page(parent)
    , m_model(new PeopleModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_message(new QLabel(this))
    , m_availabilityBox(new QGroupBox(this))
    , m_zoneNote(new QLabel(this))
    , m_periods(new QTableWidget(0, PeriodColumnCount, this))
    , m_addPeriod(new QPushButton(tr("Add period"), this))
{
    m_add->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_delete->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_add->setObjectName(QStringLiteral("addPerson"));
    m_delete->setObjectName(QStringLiteral("deletePerson"));
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_availabilityBox->setObjectName(QStringLiteral("availabilityEditor"));
    m_periods->setObjectName(QStringLiteral("availabilityPeriods"));
    m_addPeriod->setObjectName(QStringLiteral("addAvailability"));
    m_zoneNote->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PeopleModel::ContactColumn,
                                                      QHeaderView::Stretch);
    const QFontMetrics metrics(font());
    m_table->setColumnWidth(PeopleModel::NameColumn,
                            metrics.horizontalAdvance(QStringLiteral("Miriam Hoffmann")) + 32);
    for (int column = PeopleModel::ApproverColumn; column <= PeopleModel::LeadColumn; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, metrics.horizontalAdvance(title) + 36);
    }
    m_table->setColumnWidth(PeopleModel::AvailabilityColumn,
                            metrics.horizontalAdvance(
                                QStringLiteral("Wed 30 Dec 18:00 – Thu 31 Dec 06:00 (+9 more)"))
                                + 24);

    m_periods->setHorizontalHeaderLabels({tr("From"), tr("Until"), QString()});
    m_periods->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Cell widgets do not count for ResizeToContents, so size the button column by hand.
    m_periods->horizontalHeader()->setSectionResizeMode(PeriodRemove, QHeaderView::Fixed);
    m_periods->setColumnWidth(PeriodRemove, QPushButton(tr("Remove")).sizeHint().width());
    m_periods->verticalHeader()->hide();
    m_periods->setSelectionMode(QAbstractItemView::NoSelection);

    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_add);
    bar->addWidget(m_delete);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_message);

    auto *periodButtons = new QHBoxLayout;
    periodButtons->addWidget(m_addPeriod);
    periodButtons->addStretch();
    auto *boxLayout = new QVBoxLayout(m_availabilityBox);
    boxLayout->addWidget(m_zoneNote);
    boxLayout->addWidget(m_periods, 1);
    boxLayout->addLayout(periodButtons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_availabilityBox);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({1000, metrics.horizontalAdvance(QLatin1Char('x')) * 44});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_delete, &QPushButton::clicked, this, &PeoplePage::deleteSelection);
    connect(m_addPeriod, &QPushButton::clicked, this, &PeoplePage::addPeriod);
    connect(m_model, &PeopleModel::editFailed, this, &PeoplePage::showMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        refreshAvailability();
    });
    refreshAvailability();
    updateActions();
}

void PeoplePage::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_model->setProject(project);
    if (m_project) {
        connect(m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
            // A successful edit makes an earlier refusal message stale.
            showMessage({});
            if (change.touches(EntityKind::Person) || change.touches(EntityKind::Change))
                scheduleAvailabilityRefresh();
        });
    }
    showMessage({});
    refreshAvailability();
    updateActions();
}

void PeoplePage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PeoplePage::updateActions()
{
    const bool editable = m_project && !m_project->isReadOnly();
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && !selectedIds().isEmpty());
    m_addPeriod->setEnabled(editable && currentPersonId());
    emit editActionsChanged();
}

QList<Id> PeoplePage::selectedIds() const
{
    QList<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

Id PeoplePage::currentPersonId() const
{
    const QList<Id> ids = selectedIds();
    return ids.size() == 1 && m_project && m_project->find<Person>(ids.first()) ? ids.first() : 0;
}

bool PeoplePage::canCopy() const
{
    return m_project && !selectedIds().isEmpty();
}

void PeoplePage::copy()
{
    if (canCopy())
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(peopleCsv(m_project->data(), selectedIds())));
}

bool PeoplePage::canDelete() const
{
    return m_project && !m_project->isReadOnly() && !selectedIds().isEmpty();
}

QByteArray PeoplePage::exportCsv() const
{
    return m_project ? peopleCsv(m_project->data()) : QByteArray();
}

void PeoplePage::selectPerson(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void PeoplePage::addPerson()
{
    if (!m_project || m_project->isReadOnly())
        return;
    Person person;
    person.id = m_project->allocateId(EntityKind::Person);
    person.name = tr("New person");
    QString error;
    if (!edit::addEntities(*m_project, tr("Add person"), {person}, &error)) {
        showMessage(error);
        return;
    }
    selectPerson(person.id);
    // The placeholder name is meant to be replaced right away.
    m_table->edit(m_proxy->mapFromSource(m_model->index(m_model->rowOf(person.id), 0)));
}

QString PeoplePage::referencesText(const QList<Id> &ids) const
{
    QStringList lines;
    for (const Id id : ids) {
        QStringList steps;
        int approvals = 0;
        for (const EntityChange &change :
             edit::removalChanges(*m_project, EntityKind::Person, {id})) {
            if (!change.before)
                continue;
            if (const auto *step = std::get_if<Step>(&*change.before))
                steps.append(step->title);
            else if (std::holds_alternative<Approval>(*change.before))
                ++approvals;
        }
        if (steps.isEmpty() && approvals == 0)
            continue;
        const QString name = m_project->find<Person>(id)->name;
        QStringList parts;
        if (!steps.isEmpty()) {
            parts.append(
                tr("is named on %n step(s): %1", nullptr, int(steps.size())).arg(listed(steps)));
        }
        if (approvals > 0)
            parts.append(tr("has %n approval(s)", nullptr, approvals));
        lines.append(tr("%1 %2.").arg(name, parts.join(tr(" and "))));
    }
    return lines.join(QLatin1Char('\n'));
}

void PeoplePage::deleteSelection()
{
    if (!canDelete())
        return;
    const QList<Id> ids = selectedIds();
    const QString references = referencesText(ids);
    if (!references.isEmpty()) {
        const QString text = tr("%1\n\nDeleting clears these assignments and deletes the "
                                "approvals. Delete anyway?")
                                 .arg(references);
        if (Dialogs::instance().question(this, tr("Delete People"), text) != Dialogs::Answer::Yes)
            return;
    }
    QString error;
    if (!edit::removeEntities(*m_project, tr("Delete %n person(s)", nullptr, int(ids.size())),
                              EntityKind::Person, ids, &error)) {
        showMessage(error);
    }
}

void PeoplePage::scheduleAvailabilityRefresh()
{
    // Queued: the change may come from an editor of the period table, which must not be
    // destroyed inside its own signal.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, &PeoplePage::refreshAvailability, Qt::QueuedConnection);
}

void PeoplePage::refreshAvailability()
{
    m_refreshPending = false;
    const Id id = currentPersonId();
    const Person *person = id ? m_project->find<Person>(id) : nullptr;
    const QString zone = m_project ? zoneOrUtc(m_project->change().timeZone) : QString();
    m_availabilityBox->setEnabled(person != nullptr);
    m_availabilityBox->setTitle(person ? tr("Availability of %1").arg(person->name)
                                       : tr("Availability"));
    m_zoneNote->setText(person ? tr("Times in %1, the change's time zone. No periods means "
                                    "always available.")
                                     .arg(zone)
                               : tr("Select one person to edit when they can work."));
    const QList<TimeInterval> periods = person ? person->availability : QList<TimeInterval>();
    if (id == m_shownPerson && zone == m_shownZone && periods == m_shownPeriods)
        return;
    m_shownPerson = id;
    m_shownZone = zone;
    m_shownPeriods = periods;
    m_rebuilding = true;
    m_periods->setRowCount(0);
    m_periods->setRowCount(int(periods.size()));
    const bool editable = m_project && !m_project->isReadOnly();
    for (int row = 0; row < periods.size(); ++row) {
        for (const int column : {PeriodStart, PeriodEnd}) {
            auto *editor = new QDateTimeEdit(m_periods);
            editor->setObjectName(column == PeriodStart ? QStringLiteral("periodStart")
                                                        : QStringLiteral("periodEnd"));
            editor->setTimeSpec(Qt::UTC);
            editor->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
            editor->setCalendarPopup(true);
            editor->setReadOnly(!editable);
            const TimeInterval &period = periods.at(row);
            editor->setDateTime(
                wallClockValue(column == PeriodStart ? period.startUtc : period.endUtc, zone));
            connect(editor, &QDateTimeEdit::editingFinished, this, &PeoplePage::commitAvailability);
            m_periods->setCellWidget(row, column, editor);
        }
        auto *remove = new QPushButton(tr("Remove"), m_periods);
        remove->setObjectName(QStringLiteral("removePeriod"));
        remove->setEnabled(editable);
        connect(remove, &QPushButton::clicked, this, [this, row] { removePeriod(row); });
        m_periods->setCellWidget(row, PeriodRemove, remove);
    }
    m_rebuilding = false;
    updateActions();
}

void PeoplePage::commitAvailability()
{
    const Id id = currentPersonId();
    if (m_rebuilding || !id || m_project->isReadOnly())
        return;
    const QString zone = zoneOrUtc(m_project->change().timeZone);
    QList<TimeInterval> periods;
    QStringList notes;
    for (int row = 0; row < m_periods->rowCount(); ++row) {
        TimeInterval period;
        for (const int column : {PeriodStart, PeriodEnd}) {
            const auto *editor = qobject_cast<QDateTimeEdit *>(m_periods->cellWidget(row, column));
            if (!editor)
                return;
            const QDateTime wall = editor->dateTime();
            WallClockMatch match = WallClockMatch::Exact;
            const QDateTime utc = fromWallClock(wall.date(), wall.time(), zone, &match);
            notes.append(wallClockNote(wall.date(), wall.time(), zone, match, utc));
            if (column == PeriodStart)
                period.startUtc = utc;
            else
                period.endUtc = utc;
        }
        periods.append(period);
    }
    notes.removeAll(QString());
    if (m_model->setAvailability(id, periods))
        showMessage(notes.join(QLatin1Char('\n')));
    else
        scheduleAvailabilityRefresh();
}

TimeInterval PeoplePage::defaultPeriod() const
{
    // People mostly need to be available during the maintenance window, so offer its span.
    const Window *first = nullptr;
    for (const auto &[id, window] : m_project->data().windows) {
        if (window.windowKind == WindowKind::Maintenance
            && (!first || window.startUtc < first->startUtc)) {
            first = &window;
        }
    }
    if (first)
        return {first->startUtc, first->endUtc};
    const QString zone = zoneOrUtc(m_project->change().timeZone);
    const QDate tomorrow = toZone(m_project->now(), zone).date().addDays(1);
    return {fromWallClock(tomorrow, QTime(8, 0), zone), fromWallClock(tomorrow, QTime(16, 0), zone)};
}

void PeoplePage::addPeriod()
{
    const Id id = currentPersonId();
    if (!id || m_project->isReadOnly())
        return;
    QList<TimeInterval> periods = m_project->find<Person>(id)->availability;
    TimeInterval period = defaultPeriod();
    if (!period.startUtc.isValid() || !period.endUtc.isValid()) {
        const QDateTime now = m_project->now().toUTC();
        period = {now, now.addSecs(8 * 3600)};
    }
    // A second click should give a second period, not a duplicate of the first.
    while (periods.contains(period))
        period = {period.startUtc.addDays(1), period.endUtc.addDays(1)};
    periods.append(period);
    m_model->setAvailability(id, periods);
}

void PeoplePage::removePeriod(int row)
{
    const Id id = currentPersonId();
    if (!id || row < 0 || row >= m_shownPeriods.size() || m_project->isReadOnly())
        return;
    QList<TimeInterval> periods = m_shownPeriods;
    periods.removeAt(row);
    m_model->setAvailability(id, periods);
}

} // namespace uw
