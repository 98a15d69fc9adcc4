#include "changepage.h"

#include "commands.h"
#include "enumkeys.h"
#include "noticedialog.h"
#include "project.h"
#include "textcommit.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QVBoxLayout>

namespace uw {

namespace {

template<class E>
void fillEnumCombo(QComboBox *combo)
{
    for (const QString &key : enumKeys<E>())
        combo->addItem(enumDisplayName(*enumFromKey<E>(key)), key);
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    // Re-setting identical text would move the cursor of the user who is typing.
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

ChangePage::ChangePage(QWidget *parent)
    : Page(parent)
    , m_title(new QLineEdit(this))
    , m_purpose(new QPlainTextEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
    , m_scope(new QLabel(this))
    , m_notices(new QPushButton(tr("Notices…"), this))
{
    m_title->setObjectName(QStringLiteral("changeTitle"));
    m_title->setPlaceholderText(tr("e.g. Move the order platform to PostgreSQL 16"));
    m_purpose->setObjectName(QStringLiteral("changePurpose"));
    m_purpose->setPlaceholderText(
        tr("Why this change, in plain words: what it fixes or enables, and for whom."));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setMaximumHeight(140);
    m_from->setObjectName(QStringLiteral("changeFrom"));
    m_from->setPlaceholderText(tr("What runs today"));
    m_to->setObjectName(QStringLiteral("changeTo"));
    m_to->setPlaceholderText(tr("What will run afterwards"));

    m_reason = createEnumCombo(QStringLiteral("changeReason"), &Change::reason, tr("reason"));
    m_urgency = createEnumCombo(QStringLiteral("changeUrgency"), &Change::urgency, tr("urgency"));
    m_risk = createEnumCombo(QStringLiteral("changeRisk"), &Change::risk, tr("risk"));
    m_rollout = createEnumCombo(QStringLiteral("changeRollout"), &Change::rollout,
                                tr("rollout strategy"));

    m_timeZone->setObjectName(QStringLiteral("changeTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(zone));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setToolTip(tr("Times in plans, notices and reports are shown in this zone."));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_scope->setObjectName(QStringLiteral("changeScope"));
    m_scope->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Purpose"), m_purpose);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Urgency"), m_urgency);
    form->addRow(tr("Risk"), m_risk);
    form->addRow(tr("Rollout strategy"), m_rollout);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Time zone"), m_timeZone);

    auto *content = new QWidget;
    content->setMaximumWidth(820);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(32, 24, 32, 24);
    auto *heading = new QLabel(tr("The change"), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    contentLayout->addWidget(heading);
    contentLayout->addWidget(m_scope);
    contentLayout->addSpacing(12);
    contentLayout->addLayout(form);
    contentLayout->addSpacing(12);
    m_notices->setObjectName(QStringLiteral("changeNotices"));
    m_notices->setToolTip(tr("Announce the change to the people it affects: before, at the "
                             "start, when done, when delayed or rolled back."));
    auto *noticesRow = new QHBoxLayout;
    noticesRow->addWidget(m_notices);
    noticesRow->addStretch();
    contentLayout->addLayout(noticesRow);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_typing = {
        new TextCommit(m_title,
                       [this](const QString &text) {
                           commitText(tr("Edit change title"), &Change::title, text);
                       }),
        new TextCommit(m_purpose,
                       [this](const QString &text) {
                           commitText(tr("Edit change purpose"), &Change::purpose, text);
                       }),
        new TextCommit(m_from,
                       [this](const QString &text) {
                           commitText(tr("Edit change summary"), &Change::fromSummary, text);
                       }),
        new TextCommit(m_to,
                       [this](const QString &text) {
                           commitText(tr("Edit change summary"), &Change::toSummary, text);
                       }),
    };
    connect(m_notices, &QPushButton::clicked, this, [this] {
        if (!m_project)
            return;
        NoticeDialog dialog(m_project, this);
        dialog.exec();
    });
    connect(m_timeZone, &QComboBox::activated, this, [this](int index) {
        const QString zone = m_timeZone->itemText(index);
        if (!m_project || zone == m_project->change().timeZone)
            return;
        Change change = m_project->change();
        change.timeZone = zone;
        commit(tr("Change time zone to %1").arg(zone), change, false);
    });
    setProject(nullptr);
}

template<class E>
QComboBox *ChangePage::createEnumCombo(const QString &objectName, E Change::*field,
                                       const QString &fieldName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    fillEnumCombo<E>(combo);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::activated, this, [this, combo, field, fieldName](int index) {
        const auto value = enumFromKey<E>(combo->itemData(index).toString());
        if (!m_project || !value || m_project->change().*field == *value)
            return;
        Change change = m_project->change();
        change.*field = *value;
        commit(setFieldText(fieldName, enumDisplayName(*value)), change, false);
    });
    return combo;
}

QString ChangePage::setFieldText(const QString &fieldName, const QString &value)
{
    // Outside the template member, where lupdate would not find the class's context.
    return tr("Set %1 to %2").arg(fieldName, value);
}

void ChangePage::commit(const QString &text, const Change &change, bool mergeWithTyping)
{
    if (!m_project)
        return;
    edit::updateEntity(*m_project, text, change,
                       mergeWithTyping ? MergeId::ChangeText : MergeId::None);
}

void ChangePage::commitText(const QString &text, QString Change::*field, const QString &value)
{
    if (!m_project)
        return;
    Change change = m_project->change();
    change.*field = value;
    commit(text, change, true);
}

ChangePage::~ChangePage()
{
    // Fields lose focus while the widget tree is torn down; nothing may commit from then on.
    qDeleteAll(m_typing);
}

void ChangePage::setProject(Project *project)
{
    // Typing in progress belongs to the project it was typed for.
    for (TextCommit *typing : std::as_const(m_typing))
        typing->flush();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::documentChanged, this, [this](const DocumentChange &change) {
            if (changesWhatIsShown(change))
                refresh();
        });
    }
    const bool editable = m_project && !m_project->isReadOnly();
    for (QWidget *field : std::initializer_list<QWidget *>{m_title, m_from, m_to})
        static_cast<QLineEdit *>(field)->setReadOnly(!editable);
    m_purpose->setReadOnly(!editable);
    for (QComboBox *combo : {m_reason, m_urgency, m_risk, m_rollout, m_timeZone})
        combo->setEnabled(editable);
    setEnabled(m_project);
    refresh();
    emit editActionsChanged();
}

bool ChangePage::changesWhatIsShown(const DocumentChange &change)
{
    if (change.touches(EntityKind::Change))
        return true;
    // The scope line counts entities: only additions and removals change it.
    return std::any_of(change.items.begin(), change.items.end(), [](const auto &item) {
        return item.operation != DocumentChange::Operation::Modified;
    });
}

void ChangePage::refresh()
{
    if (!m_project) {
        m_scope->clear();
        return;
    }
    const ProjectData &data = m_project->data();
    const Change &change = data.change;
    // A field still being typed in keeps its text until it is committed.
    if (!m_typing[0]->isPending())
        setTextIfDifferent(m_title, change.title);
    if (!m_typing[1]->isPending() && m_purpose->toPlainText() != change.purpose) {
        const QSignalBlocker blocker(m_purpose);
        m_purpose->setPlainText(change.purpose);
    }
    if (!m_typing[2]->isPending())
        setTextIfDifferent(m_from, change.fromSummary);
    if (!m_typing[3]->isPending())
        setTextIfDifferent(m_to, change.toSummary);
    m_reason->setCurrentIndex(m_reason->findData(enumKey(change.reason)));
    m_urgency->setCurrentIndex(m_urgency->findData(enumKey(change.urgency)));
    m_risk->setCurrentIndex(m_risk->findData(enumKey(change.risk)));
    m_rollout->setCurrentIndex(m_rollout->findData(enumKey(change.rollout)));
    m_timeZone->setCurrentText(change.timeZone);
    m_scope->setText(tr("%n system(s)", nullptr, int(data.systems.size())) + QStringLiteral(" · ")
                     + tr("%n dependency(ies)", nullptr, int(data.dependencies.size()))
                     + QStringLiteral(" · ") + tr("%n step(s)", nullptr, int(data.steps.size()))
                     + QStringLiteral(" · ") + tr("%n person(s)", nullptr, int(data.people.size()))
                     + QStringLiteral(" · ")
                     + tr("%n window(s)", nullptr, int(data.windows.size())));
}

} // namespace uw
