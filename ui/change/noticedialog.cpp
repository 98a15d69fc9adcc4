#include "noticedialog.h"

#include "commands.h"
#include "dialogs.h"
#include "icalendar.h"
#include "plananalysis.h"
#include "project.h"
#include "zonedtime.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace uw {
namespace {

QString kindName(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Before:
        break;
    case NoticeKind::Start:
        return NoticeDialog::tr("Work starts");
    case NoticeKind::Done:
        return NoticeDialog::tr("Work done");
    case NoticeKind::Delayed:
        return NoticeDialog::tr("Delayed");
    case NoticeKind::RolledBack:
        return NoticeDialog::tr("Rolled back");
    }
    return NoticeDialog::tr("Before the window");
}

QString withSuffix(const QString &path, const QString &suffix)
{
    return path.endsWith(suffix, Qt::CaseInsensitive) ? path : path + suffix;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

} // namespace

NoticeDialog::NoticeDialog(Project *project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_kind(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_newEndLabel(new QLabel(this))
    , m_newEnd(new QDateTimeEdit(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_placeholders(new QListWidget(this))
    , m_unknown(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Notices"));
    const Change &change = m_project->change();
    for (const NoticeKind kind : allNoticeKinds()) {
        m_kind->addItem(kindName(kind), noticeKindKey(kind));
        m_wording[kind] = noticeTemplateFor(change, kind);
    }
    m_kind->setObjectName(QStringLiteral("noticeKind"));
    m_window->setObjectName(QStringLiteral("noticeWindow"));
    m_newEnd->setObjectName(QStringLiteral("noticeNewEnd"));
    m_newEnd->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_newEnd->setTimeSpec(Qt::UTC);
    // Without a zone editor in Qt 6.4 the label says in which zone the time is read.
    m_newEndLabel->setText(tr("Expected new end (%1)").arg(zoneOrUtc(change.timeZone)));
    m_subject->setObjectName(QStringLiteral("noticeSubject"));
    m_body->setObjectName(QStringLiteral("noticeBody"));
    m_body->setTabChangesFocus(true);
    m_lastEditor = m_body;
    m_placeholders->setObjectName(QStringLiteral("noticePlaceholders"));
    m_placeholders->setToolTip(tr("Click a placeholder to insert it where the cursor is."));
    for (const QString &name : noticePlaceholders())
        m_placeholders->addItem(QLatin1Char('{') + name + QLatin1Char('}'));
    m_placeholders->setMaximumWidth(190);
    m_unknown->setObjectName(QStringLiteral("noticeUnknownPlaceholders"));
    m_unknown->setWordWrap(true);
    m_unknown->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_preview->setReadOnly(true);

    auto *choice = new QFormLayout;
    choice->addRow(tr("Notice"), m_kind);
    choice->addRow(tr("Window"), m_window);
    choice->addRow(m_newEndLabel, m_newEnd);

    auto *placeholderColumn = new QVBoxLayout;
    placeholderColumn->addWidget(new QLabel(tr("Placeholders"), this));
    placeholderColumn->addWidget(m_placeholders);
    auto *editorColumn = new QVBoxLayout;
    auto *wordingForm = new QFormLayout;
    wordingForm->addRow(tr("Subject"), m_subject);
    editorColumn->addLayout(wordingForm);
    editorColumn->addWidget(m_body, 1);
    editorColumn->addWidget(m_unknown);
    auto *editorRow = new QHBoxLayout;
    editorRow->addLayout(editorColumn, 1);
    editorRow->addLayout(placeholderColumn);
    auto *editor = new QWidget(this);
    editor->setLayout(editorRow);
    editorRow->setContentsMargins(0, 0, 0, 0);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview"), previewBox));
    previewLayout->addWidget(m_preview);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(editor);
    splitter->addWidget(previewBox);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy as Text"), QDialogButtonBox::ActionRole);
    auto *saveEml = buttons->addButton(tr("Save as .eml…"), QDialogButtonBox::ActionRole);
    m_saveCalendar = buttons->addButton(tr("Save Calendar (.ics)…"), QDialogButtonBox::ActionRole);
    auto *reset = buttons->addButton(tr("Reset to Default"), QDialogButtonBox::ResetRole);
    m_saveWording = buttons->addButton(tr("Save Wording"), QDialogButtonBox::ApplyRole);
    copy->setObjectName(QStringLiteral("noticeCopy"));
    saveEml->setObjectName(QStringLiteral("noticeSaveEml"));
    m_saveCalendar->setObjectName(QStringLiteral("noticeSaveCalendar"));
    reset->setObjectName(QStringLiteral("noticeReset"));
    m_saveWording->setObjectName(QStringLiteral("noticeSaveWording"));
    for (QPushButton *button : {copy, saveEml, m_saveCalendar, reset, m_saveWording})
        button->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    const bool editable = !m_project->isReadOnly();
    m_subject->setReadOnly(!editable);
    m_body->setReadOnly(!editable);
    m_placeholders->setEnabled(editable);
    reset->setEnabled(editable);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoticeDialog::showKind);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        if (const Window *window = chosenWindow(); window && window->endUtc.isValid())
            m_newEnd->setDateTime(wallClockValue(window->endUtc.addSecs(3600),
                                                 zoneOrUtc(m_project->change().timeZone)));
        m_saveCalendar->setEnabled(chosenWindow());
        updatePreview();
    });
    connect(m_newEnd, &QDateTimeEdit::dateTimeChanged, this, &NoticeDialog::updatePreview);
    connect(m_subject, &QLineEdit::textChanged, this, &NoticeDialog::takeEditorText);
    connect(m_body, &QPlainTextEdit::textChanged, this, &NoticeDialog::takeEditorText);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        // The list takes the focus when clicked, so remember where the user was writing.
        if (now == m_subject || now == m_body)
            m_lastEditor = now;
    });
    connect(m_placeholders, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { insertPlaceholder(item->text()); });
    connect(copy, &QPushButton::clicked, this, &NoticeDialog::copyAsText);
    connect(saveEml, &QPushButton::clicked, this, &NoticeDialog::saveAsEml);
    connect(m_saveCalendar, &QPushButton::clicked, this, &NoticeDialog::saveCalendar);
    connect(reset, &QPushButton::clicked, this, &NoticeDialog::resetToDefault);
    connect(m_saveWording, &QPushButton::clicked, this, &NoticeDialog::saveWording);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillWindows();
    showKind();
    resize(1000, 620);
}

NoticeKind NoticeDialog::kind() const
{
    return noticeKindFromKey(m_kind->currentData().toString()).value_or(NoticeKind::Before);
}

void NoticeDialog::setKind(NoticeKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(noticeKindKey(kind)));
}

void NoticeDialog::fillWindows()
{
    const ProjectData &data = m_project->data();
    const QString zone = zoneOrUtc(data.change.timeZone);
    const Window *preferred = planWindow(data, m_project->now());
    for (const auto &[id, window] : data.windows) {
        if (window.windowKind != WindowKind::Maintenance && &window != preferred)
            continue;
        const QString when = window.startUtc.isValid() ? formatInZone(window.startUtc, zone)
                                                       : tr("no time yet");
        m_window->addItem(tr("%1 (%2)").arg(window.name, when), window.id);
    }
    if (m_window->count() == 0)
        m_window->addItem(tr("No maintenance window"), Id(0));
    const int index = preferred ? m_window->findData(preferred->id) : 0;
    m_window->setCurrentIndex(std::max(index, 0));
    m_window->setEnabled(chosenWindow());
    m_saveCalendar->setEnabled(chosenWindow());
    if (const Window *window = chosenWindow(); window && window->endUtc.isValid())
        m_newEnd->setDateTime(wallClockValue(window->endUtc.addSecs(3600), zone));
}

void NoticeDialog::showKind()
{
    m_shownKind = kind();
    const NoticeTemplate &wording = m_wording[m_shownKind];
    {
        const QSignalBlocker subjectBlocker(m_subject);
        const QSignalBlocker bodyBlocker(m_body);
        m_subject->setText(wording.subject);
        m_body->setPlainText(wording.body);
    }
    const bool delayed = m_shownKind == NoticeKind::Delayed;
    m_newEndLabel->setVisible(delayed);
    m_newEnd->setVisible(delayed);
    updatePreview();
}

void NoticeDialog::takeEditorText()
{
    m_wording[m_shownKind] = {m_subject->text(), m_body->toPlainText()};
    updatePreview();
}

void NoticeDialog::insertPlaceholder(const QString &name)
{
    if (m_lastEditor == m_subject)
        m_subject->insert(name);
    else
        m_body->insertPlainText(name);
    m_lastEditor->setFocus();
}

void NoticeDialog::updatePreview()
{
    const QStringList unknown = unknownNoticePlaceholders(m_subject->text() + QLatin1Char('\n')
                                                          + m_body->toPlainText());
    m_unknown->setVisible(!unknown.isEmpty());
    if (!unknown.isEmpty()) {
        m_unknown->setText(
            tr("Unknown placeholders stay as written in the notice: %1")
                .arg(QLatin1Char('{') + unknown.join(QLatin1String("}, {")) + QLatin1Char('}')));
    }
    const Notice notice = currentNotice();
    QString preview;
    if (!notice.recipients.isEmpty())
        preview = tr("To: %1").arg(notice.recipients.join(QLatin1String(", "))) + QLatin1Char('\n');
    m_preview->setPlainText(preview + noticeAsText(notice));
    m_saveWording->setEnabled(!m_project->isReadOnly() && hasUnsavedWording());
}

const Window *NoticeDialog::chosenWindow() const
{
    const auto &windows = m_project->data().windows;
    const auto found = windows.find(m_window->currentData().value<Id>());
    return found == windows.end() ? nullptr : &found->second;
}

QDateTime NoticeDialog::expectedEndUtc() const
{
    if (kind() != NoticeKind::Delayed)
        return {};
    const QDateTime wallClock = m_newEnd->dateTime();
    return fromWallClock(wallClock.date(), wallClock.time(),
                         zoneOrUtc(m_project->change().timeZone));
}

Notice NoticeDialog::currentNotice() const
{
    return composeNotice(m_project->data(), {m_subject->text(), m_body->toPlainText()},
                         chosenWindow(), expectedEndUtc());
}

std::map<NoticeKind, NoticeTemplate> NoticeDialog::ownWording() const
{
    // Only wording that differs from the default is the project's own, so a later, better
    // default still reaches kinds the user never touched.
    std::map<NoticeKind, NoticeTemplate> own;
    for (const auto &[kind, wording] : m_wording) {
        if (wording != defaultNoticeTemplate(kind))
            own[kind] = wording;
    }
    return own;
}

bool NoticeDialog::hasUnsavedWording() const
{
    return ownWording() != m_project->change().noticeTemplates;
}

void NoticeDialog::copyAsText()
{
    QGuiApplication::clipboard()->setText(noticeAsText(currentNotice()));
}

void NoticeDialog::saveAsEml()
{
    const QString chosen = Dialogs::instance().saveFileName(this, tr("Save Notice as E-mail"),
                                                            tr("E-mail messages (*.eml)"));
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen, QStringLiteral(".eml"));
    QString error;
    if (!writeFile(path, noticeAsEml(currentNotice(), QString(), m_project->now()), &error)) {
        Dialogs::instance()
            .warning(this, tr("Save Notice as E-mail"),
                     tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

void NoticeDialog::saveCalendar()
{
    const Window *window = chosenWindow();
    if (!window)
        return;
    const QString chosen = Dialogs::instance().saveFileName(this, tr("Save Window as Calendar"),
                                                            tr("iCalendar files (*.ics)"));
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen, QStringLiteral(".ics"));
    const ICalendarExport calendar = windowsToICalendar(m_project->data(), {window->id},
                                                        m_project->now());
    if (!calendar.skippedWindows.isEmpty()) {
        Dialogs::instance().warning(this, tr("Save Window as Calendar"),
                                    tr("The window '%1' has no start or end yet, so there is no "
                                       "event to save.")
                                        .arg(window->name));
        return;
    }
    QString error;
    if (!writeFile(path, calendar.text, &error)) {
        Dialogs::instance()
            .warning(this, tr("Save Window as Calendar"),
                     tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
    }
}

void NoticeDialog::resetToDefault()
{
    const NoticeTemplate wording = defaultNoticeTemplate(kind());
    m_subject->setText(wording.subject);
    m_body->setPlainText(wording.body);
}

bool NoticeDialog::saveWording()
{
    if (m_project->isReadOnly() || !hasUnsavedWording())
        return true;
    Change change = m_project->change();
    change.noticeTemplates = ownWording();
    QString error;
    if (!edit::updateEntity(*m_project, tr("Edit notice wording"), change, MergeId::None, &error)) {
        Dialogs::instance().warning(this, tr("Save Wording"),
                                    tr("The wording could not be saved: %1").arg(error));
        return false;
    }
    m_saveWording->setEnabled(false);
    return true;
}

void NoticeDialog::done(int result)
{
    // A failed save keeps the dialog open, so the edited wording is not lost.
    if (!saveWording())
        return;
    QDialog::done(result);
}

} // namespace uw
