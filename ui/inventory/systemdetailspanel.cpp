#include "systemdetailspanel.h"

#include "dialogs.h"
#include "enumkeys.h"
#include "project.h"
#include "textcommit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace uw {
namespace {

/** Non-empty trimmed lines: how "one per line" text becomes a list and back. */
QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QLabel *fieldLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

/** Selected rows from the bottom up, so removing them one by one keeps the rest valid. */
QList<int> selectedRowsDescending(const QAbstractItemView *view)
{
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.rbegin(), rows.rend());
    return rows;
}

/** Starts editing a row just added through the document, once the refresh has shown it. */
void editLastRow(QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    const QModelIndex last = model->index(model->rowCount() - 1, 0);
    if (last.isValid()) {
        view->setCurrentIndex(last);
        view->edit(last);
    }
}

QToolButton *iconButton(const QString &icon, const QString &toolTip, const QString &objectName)
{
    auto *button = new QToolButton;
    button->setIcon(QIcon(icon));
    button->setToolTip(toolTip);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    return button;
}

} // namespace

SystemDetailsPanel::SystemDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_notes(new QPlainTextEdit)
    , m_peakUsage(new QLineEdit)
    , m_processes(new QPlainTextEdit)
    , m_attributes(new QTableWidget(0, 2))
    , m_items(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("systemDetails"));
    m_notes->setObjectName(QStringLiteral("systemNotes"));
    m_peakUsage->setObjectName(QStringLiteral("systemPeakUsage"));
    m_processes->setObjectName(QStringLiteral("systemProcesses"));
    m_attributes->setObjectName(QStringLiteral("systemAttributes"));
    m_items->setObjectName(QStringLiteral("systemConfigurationItems"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_processes->setPlaceholderText(tr("One process per line"));
    m_peakUsage->setPlaceholderText(tr("e.g. weekdays 09:00–18:00"));
    m_attributes->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->hide();
    m_attributes->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 2);
    m_attributes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Kept")});
    m_items->horizontalHeaderItem(1)->setToolTip(
        tr("For a secret, the name of the environment variable or keychain entry that holds it "
           "on the computer running the change: the secret itself never enters the file."));
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_items->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 3 / 2 + 6);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *addAttribute = iconButton(QStringLiteral(":/icons/add.svg"), tr("Add attribute"),
                                    QStringLiteral("addAttribute"));
    auto *removeAttribute = iconButton(QStringLiteral(":/icons/remove.svg"),
                                       tr("Remove selected attributes"),
                                       QStringLiteral("removeAttribute"));
    auto *addItem = iconButton(QStringLiteral(":/icons/add.svg"), tr("Add configuration item"),
                               QStringLiteral("addConfigurationItem"));
    auto *removeItem = iconButton(QStringLiteral(":/icons/remove.svg"),
                                  tr("Remove selected configuration items"),
                                  QStringLiteral("removeConfigurationItem"));
    m_buttons = {addAttribute, removeAttribute, addItem, removeItem};

    const auto column = [](std::initializer_list<QWidget *> widgets, QWidget *buttonA = nullptr,
                           QWidget *buttonB = nullptr) {
        auto *layout = new QVBoxLayout;
        for (QWidget *widget : widgets)
            layout->addWidget(widget);
        if (buttonA) {
            auto *buttons = new QHBoxLayout;
            buttons->addWidget(buttonA);
            buttons->addWidget(buttonB);
            buttons->addStretch();
            layout->addLayout(buttons);
        }
        return layout;
    };
    auto *peak = new QHBoxLayout;
    peak->addWidget(fieldLabel(tr("&Peak usage:"), m_peakUsage));
    peak->addWidget(m_peakUsage, 1);
    auto *fields = new QHBoxLayout;
    fields->addLayout(column({fieldLabel(tr("&Notes"), m_notes), m_notes}), 3);
    fields->addLayout(column({fieldLabel(tr("&Business processes"), m_processes), m_processes}), 2);
    fields->addLayout(column({fieldLabel(tr("A&ttributes"), m_attributes), m_attributes},
                             addAttribute, removeAttribute),
                      3);
    fields->addLayout(column({fieldLabel(tr("&Configuration items"), m_items), m_items}, addItem,
                             removeItem),
                      2);
    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(peak);
    fieldsLayout->addLayout(fields, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_fields, 1);

    const QString notes = tr("notes"), peakUsage = tr("peak usage"),
                  processes = tr("business processes"), attributes = tr("attributes"),
                  items = tr("configuration items");
    m_typing = {
        new TextCommit(m_notes,
                       [this, notes](const QString &text) {
                           change(notes, MergeId::SystemText,
                                  [&text](System &s) { s.notes = text; });
                       }),
        new TextCommit(m_peakUsage,
                       [this, peakUsage](const QString &text) {
                           change(peakUsage, MergeId::SystemText,
                                  [&text](System &s) { s.peakUsage = text; });
                       }),
        new TextCommit(m_processes,
                       [this, processes](const QString &text) {
                           change(processes, MergeId::SystemText,
                                  [&text](System &s) { s.businessProcesses = linesOf(text); });
                       }),
    };
    connect(m_attributes, &QTableWidget::itemChanged, this, [this, attributes] {
        change(attributes, MergeId::None, [this](System &s) { s.attributes = attributesInTable(); });
    });
    connect(m_items, &QTableWidget::itemChanged, this, [this, items] {
        change(items, MergeId::None, [this](System &s) { s.configurationItems = itemsInTable(); });
    });
    connect(addAttribute, &QToolButton::clicked, this, [this, attributes] {
        change(attributes, MergeId::None, [](System &s) { s.attributes.append(Attribute()); });
        editLastRow(m_attributes);
    });
    connect(removeAttribute, &QToolButton::clicked, this, [this, attributes] {
        const QList<int> rows = selectedRowsDescending(m_attributes);
        change(attributes, MergeId::None, [&rows](System &s) {
            for (int row : rows)
                s.attributes.removeAt(row);
        });
    });
    connect(addItem, &QToolButton::clicked, this, [this, items] {
        change(items, MergeId::None,
               [](System &s) { s.configurationItems.append(ConfigurationItem()); });
        editLastRow(m_items);
    });
    connect(removeItem, &QToolButton::clicked, this, [this, items] {
        const QList<int> rows = selectedRowsDescending(m_items);
        change(items, MergeId::None, [&rows](System &s) {
            for (int row : rows)
                s.configurationItems.removeAt(row);
        });
    });
    refresh();
}

SystemDetailsPanel::~SystemDetailsPanel()
{
    // Fields lose focus while the widget tree is torn down; nothing may commit from then on.
    qDeleteAll(m_typing);
}

void SystemDetailsPanel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    flushTyping();
    m_project = project;
    m_id = 0;
    if (m_project)
        connect(m_project, &Project::documentChanged, this, &SystemDetailsPanel::refresh);
    refresh();
}

void SystemDetailsPanel::showSystem(Id id)
{
    if (id == m_id)
        return;
    // What was typed belongs to the system it was typed for.
    flushTyping();
    m_id = id;
    refresh();
}

const System *SystemDetailsPanel::system() const
{
    return m_project ? m_project->find<System>(m_id) : nullptr;
}

void SystemDetailsPanel::refresh()
{
    const QScopedValueRollback guard(m_refreshing, true);
    const System *s = system();
    const System shown = s ? *s : System();
    m_fields->setEnabled(s != nullptr);
    m_heading->setText(s ? s->name : tr("Select a system to see its details."));
    // Only fields that differ are replaced, so a field being typed in keeps its cursor, and
    // one with typing not yet committed keeps its text.
    if (!m_typing[0]->isPending() && m_notes->toPlainText() != shown.notes) {
        const QSignalBlocker blocker(m_notes);
        m_notes->setPlainText(shown.notes);
    }
    if (!m_typing[1]->isPending() && m_peakUsage->text() != shown.peakUsage) {
        m_peakUsage->setText(shown.peakUsage);
        m_peakUsage->setCursorPosition(0);
    }
    if (!m_typing[2]->isPending()
        && linesOf(m_processes->toPlainText()) != shown.businessProcesses) {
        const QSignalBlocker blocker(m_processes);
        m_processes->setPlainText(shown.businessProcesses.join(QLatin1Char('\n')));
    }
    if (attributesInTable() != shown.attributes) {
        m_attributes->setRowCount(int(shown.attributes.size()));
        for (int row = 0; row < shown.attributes.size(); ++row) {
            m_attributes->setItem(row, 0, new QTableWidgetItem(shown.attributes.at(row).key));
            m_attributes->setItem(row, 1, new QTableWidgetItem(shown.attributes.at(row).value));
        }
    }
    const bool editable = m_project && !m_project->isReadOnly();
    if (itemsInTable() != shown.configurationItems
        || (m_items->rowCount() > 0 && m_items->cellWidget(0, 2)->isEnabled() != editable))
        showItems(shown.configurationItems);
    m_notes->setReadOnly(!editable);
    m_peakUsage->setReadOnly(!editable);
    m_processes->setReadOnly(!editable);
    const auto triggers = editable
                              ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed
                              : QAbstractItemView::NoEditTriggers;
    m_attributes->setEditTriggers(triggers);
    m_items->setEditTriggers(triggers);
    for (QToolButton *button : std::as_const(m_buttons))
        button->setEnabled(editable);
}

void SystemDetailsPanel::flushTyping()
{
    for (TextCommit *typing : std::as_const(m_typing))
        typing->flush();
}

void SystemDetailsPanel::change(const QString &field, MergeId mergeId,
                                const std::function<void(System &)> &apply)
{
    const System *s = system();
    if (!s || m_refreshing)
        return;
    System changed = *s;
    apply(changed);
    QString error;
    // An unchanged system pushes nothing, so re-reading a field never creates an undo step.
    if (!edit::updateEntity(*m_project, tr("Change %1 of %2").arg(field, s->name), changed, mergeId,
                            &error)) {
        Dialogs::instance().warning(this, tr("Systems"), error);
        refresh();
    }
}

QList<Attribute> SystemDetailsPanel::attributesInTable() const
{
    QList<Attribute> attributes;
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QTableWidgetItem *key = m_attributes->item(row, 0);
        const QTableWidgetItem *value = m_attributes->item(row, 1);
        attributes.append(
            Attribute{key ? key->text() : QString(), value ? value->text() : QString()});
    }
    return attributes;
}

QList<ConfigurationItem> SystemDetailsPanel::itemsInTable() const
{
    QList<ConfigurationItem> items;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        const QTableWidgetItem *name = m_items->item(row, 0);
        const QTableWidgetItem *value = m_items->item(row, 1);
        const auto *source = qobject_cast<const QComboBox *>(m_items->cellWidget(row, 2));
        items.append(
            {name ? name->text() : QString(), value ? value->text() : QString(),
             source ? ConfigValueSource(source->currentData().toInt()) : ConfigValueSource::Plain});
    }
    return items;
}

void SystemDetailsPanel::showItems(const QList<ConfigurationItem> &items)
{
    const QSignalBlocker blocker(m_items);
    const bool editable = m_project && !m_project->isReadOnly();
    m_items->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const ConfigurationItem &item = items.at(row);
        m_items->setItem(row, 0, new QTableWidgetItem(item.name));
        auto *value = new QTableWidgetItem(item.value);
        if (item.isSecret())
            value->setToolTip(item.source == ConfigValueSource::Keychain
                                  ? tr("The keychain entry that holds the secret")
                                  : tr("The environment variable that holds the secret"));
        m_items->setItem(row, 1, value);
        auto *source = new QComboBox;
        source->setObjectName(QStringLiteral("configurationItemSource"));
        for (const ConfigValueSource choice :
             {ConfigValueSource::Plain, ConfigValueSource::EnvironmentVariable,
              ConfigValueSource::Keychain})
            source->addItem(enumDisplayName(choice), int(choice));
        source->setCurrentIndex(source->findData(int(item.source)));
        source->setEnabled(editable);
        connect(source, &QComboBox::activated, this, [this] {
            change(tr("configuration items"), MergeId::None,
                   [this](System &s) { s.configurationItems = itemsInTable(); });
        });
        m_items->setCellWidget(row, 2, source);
    }
    m_items->resizeColumnToContents(2);
}

} // namespace uw
