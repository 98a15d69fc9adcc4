#include "changepage.h"
#include "noticedialog.h"
#include "projectfile.h"
#include "scripteddialogs.h"
#include "testutil.h"
#include "zonedtime.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace uw;

namespace {

template<class T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

QString previewOf(QWidget *dialog)
{
    return child<QPlainTextEdit>(dialog, "noticePreview")->toPlainText();
}

} // namespace

/**
 * The Notices dialog fills each kind of notice from the document, lets the user reword it with
 * a live preview and keeps that wording in the project as one undoable edit; the notice leaves
 * as clipboard text, an e-mail draft or the window as a calendar event.
 */
class TestNoticeDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewFollowsKindAndWindowInTheReadersZone();
    void delayedNoticeNamesTheNewEnd();
    void editedWordingIsSavedAsOneUndoStep();
    void closingSavesUnsavedWording();
    void placeholderClickInsertsAndUnknownOnesAreWarned();
    void copyPutsTheTextOnTheClipboard();
    void saveEmlWritesAParseableMessage();
    void saveCalendarWritesTheChosenWindow();
    void savedFilesAreStampedByTheProjectClock();
    void changePageButtonOpensTheDialog();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    test::ScriptedDialogs m_dialogs;
};

void TestNoticeDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    ProjectData data = test::richProject();
    data.change.timeZone = QStringLiteral("America/New_York");
    auto project = createProject(m_dir->filePath(QStringLiteral("notices.uwb")), data);
    QVERIFY(project);
    m_project = std::move(project.value());
    m_dialogs = {};
    Dialogs::setInstance(&m_dialogs);
}

void TestNoticeDialog::cleanup()
{
    Dialogs::setInstance(nullptr);
    m_project.reset();
    m_dir.reset();
}

void TestNoticeDialog::previewFollowsKindAndWindowInTheReadersZone()
{
    NoticeDialog dialog(m_project.get());
    QCOMPARE(dialog.kind(), NoticeKind::Before);
    const QString start = formatInZone(test::utc(2026, 12, 5, 21),
                                       QStringLiteral("America/New_York"));
    QVERIFY2(start.contains(QStringLiteral("16:00")), qPrintable(start));
    QString preview = previewOf(&dialog);
    QVERIFY2(preview.startsWith(QStringLiteral("To: dana@example.org\nSubject: Planned "
                                               "maintenance: Move orders to PostgreSQL 16, ")
                                + start),
             qPrintable(preview));
    QVERIFY(preview.contains(QStringLiteral("(America/New_York)")));
    QVERIFY(!child<QDateTimeEdit>(&dialog, "noticeNewEnd")->isVisibleTo(&dialog));

    auto *kind = child<QComboBox>(&dialog, "noticeKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("rolled_back")));
    QCOMPARE(dialog.kind(), NoticeKind::RolledBack);
    QCOMPARE(child<QLineEdit>(&dialog, "noticeSubject")->text(),
             defaultNoticeTemplate(NoticeKind::RolledBack).subject);
    preview = previewOf(&dialog);
    QVERIFY2(preview.contains(QStringLiteral("previous state (PostgreSQL 13.14)")),
             qPrintable(preview));
}

void TestNoticeDialog::delayedNoticeNamesTheNewEnd()
{
    NoticeDialog dialog(m_project.get());
    dialog.setKind(NoticeKind::Delayed);
    auto *newEnd = child<QDateTimeEdit>(&dialog, "noticeNewEnd");
    QVERIFY(newEnd->isVisibleTo(&dialog));
    // Wall-clock time in New York: 23:30 EST is 04:30 UTC the next day.
    newEnd->setDateTime(QDateTime(QDate(2026, 12, 5), QTime(23, 30), Qt::UTC));
    const QString expected = formatInZone(test::utc(2026, 12, 6, 4, 30),
                                          QStringLiteral("America/New_York"));
    QVERIFY2(previewOf(&dialog).contains(QStringLiteral("finish by ") + expected),
             qPrintable(previewOf(&dialog)));
}

void TestNoticeDialog::editedWordingIsSavedAsOneUndoStep()
{
    NoticeDialog dialog(m_project.get());
    dialog.setKind(NoticeKind::Done);
    auto *subject = child<QLineEdit>(&dialog, "noticeSubject");
    auto *body = child<QPlainTextEdit>(&dialog, "noticeBody");
    auto *save = child<QPushButton>(&dialog, "noticeSaveWording");
    QVERIFY(!save->isEnabled());
    subject->setText(QStringLiteral("Fertig: {change}"));
    body->setPlainText(QStringLiteral("Alles erledigt. Fragen an {contact}.\n"));
    QVERIFY(save->isEnabled());
    QVERIFY(previewOf(&dialog).contains(QStringLiteral("Subject: Fertig: Move orders to "
                                                       "PostgreSQL 16\n\nAlles erledigt. Fragen "
                                                       "an Casey Change (+49 69 0000).")));
    // Switching kinds keeps the edit made to the other one.
    dialog.setKind(NoticeKind::Start);
    dialog.setKind(NoticeKind::Done);
    QCOMPARE(subject->text(), QStringLiteral("Fertig: {change}"));

    const int undoSteps = m_project->undoStack()->count();
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_project->undoStack()->count(), undoSteps + 1);
    const NoticeTemplate saved{QStringLiteral("Fertig: {change}"),
                               QStringLiteral("Alles erledigt. Fragen an {contact}.\n")};
    QCOMPARE(m_project->change().noticeTemplates.size(), size_t(1));
    QCOMPARE(noticeTemplateFor(m_project->change(), NoticeKind::Done), saved);
    QVERIFY(!dialog.hasUnsavedWording());

    m_project->undoStack()->undo();
    QVERIFY(m_project->change().noticeTemplates.empty());
    QCOMPARE(noticeTemplateFor(m_project->change(), NoticeKind::Done),
             defaultNoticeTemplate(NoticeKind::Done));
    m_project->undoStack()->redo();

    // Reset brings the default back; saving that drops the project's own wording again.
    QTest::mouseClick(child<QPushButton>(&dialog, "noticeReset"), Qt::LeftButton);
    QCOMPARE(subject->text(), defaultNoticeTemplate(NoticeKind::Done).subject);
    QVERIFY(dialog.saveWording());
    QVERIFY(m_project->change().noticeTemplates.empty());
}

void TestNoticeDialog::closingSavesUnsavedWording()
{
    const int undoSteps = m_project->undoStack()->count();
    {
        NoticeDialog dialog(m_project.get());
        child<QLineEdit>(&dialog, "noticeSubject")->setText(QStringLiteral("Soon: {change}"));
        dialog.reject();
    }
    QCOMPARE(m_project->undoStack()->count(), undoSteps + 1);
    QCOMPARE(noticeTemplateFor(m_project->change(), NoticeKind::Before).subject,
             QStringLiteral("Soon: {change}"));
    {
        NoticeDialog unchanged(m_project.get());
        unchanged.reject();
    }
    QCOMPARE(m_project->undoStack()->count(), undoSteps + 1);
}

void TestNoticeDialog::placeholderClickInsertsAndUnknownOnesAreWarned()
{
    NoticeDialog dialog(m_project.get());
    dialog.show();
    auto *body = child<QPlainTextEdit>(&dialog, "noticeBody");
    auto *unknown = child<QLabel>(&dialog, "noticeUnknownPlaceholders");
    QVERIFY(!unknown->isVisibleTo(&dialog));
    body->setPlainText(QStringLiteral("Ends at "));
    body->moveCursor(QTextCursor::End);
    auto *placeholders = child<QListWidget>(&dialog, "noticePlaceholders");
    const auto items = placeholders->findItems(QStringLiteral("{window_end}"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QTest::mouseClick(placeholders->viewport(), Qt::LeftButton, {},
                      placeholders->visualItemRect(items.first()).center());
    QCOMPARE(body->toPlainText(), QStringLiteral("Ends at {window_end}"));

    body->setPlainText(QStringLiteral("{change} {mood}"));
    QVERIFY(unknown->isVisibleTo(&dialog));
    QVERIFY2(unknown->text().contains(QStringLiteral("{mood}")), qPrintable(unknown->text()));
    QVERIFY(previewOf(&dialog).endsWith(QStringLiteral("Move orders to PostgreSQL 16 {mood}")));
    dialog.resetToDefault();
    QVERIFY(!dialog.hasUnsavedWording());
}

void TestNoticeDialog::copyPutsTheTextOnTheClipboard()
{
    NoticeDialog dialog(m_project.get());
    dialog.setKind(NoticeKind::Start);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "noticeCopy"), Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, noticeAsText(dialog.currentNotice()));
    QVERIFY(text.startsWith(QStringLiteral("Subject: Work in progress: Move orders to PostgreSQL "
                                           "16\n\n")));
}

void TestNoticeDialog::saveEmlWritesAParseableMessage()
{
    NoticeDialog dialog(m_project.get());
    m_dialogs.nextFile = m_dir->filePath(QStringLiteral("before"));
    QTest::mouseClick(child<QPushButton>(&dialog, "noticeSaveEml"), Qt::LeftButton);
    QCOMPARE(m_dialogs.warnings, QStringList());
    const QByteArray eml = test::fileBytes(m_dir->filePath(QStringLiteral("before.eml")));
    const qsizetype split = eml.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    const QByteArray head = eml.left(split);
    QVERIFY(head.contains("\r\nTo: dana@example.org\r\n"));
    QVERIFY(head.contains("Content-Type: text/plain; charset=UTF-8"));
    QVERIFY(head.contains("\r\nSubject: =?UTF-8?B?"));
    QVERIFY(eml.mid(split + 4).startsWith("Hello,\r\n\r\nwe are planning the following change: "
                                          "Move orders to PostgreSQL 16"));

    m_dialogs.nextFile = m_dir->filePath(QStringLiteral("missing/dir/notice.eml"));
    dialog.saveAsEml();
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.first().contains(QStringLiteral("notice.eml")),
             qPrintable(m_dialogs.warnings.first()));
}

void TestNoticeDialog::saveCalendarWritesTheChosenWindow()
{
    NoticeDialog dialog(m_project.get());
    m_dialogs.nextFile = m_dir->filePath(QStringLiteral("window.ics"));
    QTest::mouseClick(child<QPushButton>(&dialog, "noticeSaveCalendar"), Qt::LeftButton);
    const QByteArray ics = test::fileBytes(m_dialogs.nextFile);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
    QVERIFY(ics.contains("SUMMARY:"));
    QVERIFY(ics.contains("Saturday night"));
}

void TestNoticeDialog::savedFilesAreStampedByTheProjectClock()
{
    m_project->setClock(fixedClock(QDateTime(QDate(2031, 3, 4), QTime(5, 6, 7), QTimeZone::utc())));
    NoticeDialog dialog(m_project.get());
    m_dialogs.nextFile = m_dir->filePath(QStringLiteral("stamped.eml"));
    QTest::mouseClick(child<QPushButton>(&dialog, "noticeSaveEml"), Qt::LeftButton);
    QVERIFY(test::fileBytes(m_dialogs.nextFile)
                .contains("\r\nDate: Tue, 04 Mar 2031 05:06:07 +0000\r\n"));
    m_dialogs.nextFile = m_dir->filePath(QStringLiteral("stamped.ics"));
    QTest::mouseClick(child<QPushButton>(&dialog, "noticeSaveCalendar"), Qt::LeftButton);
    QVERIFY(test::fileBytes(m_dialogs.nextFile).contains("\r\nDTSTAMP:20310304T050607Z\r\n"));
}

void TestNoticeDialog::changePageButtonOpensTheDialog()
{
    ChangePage page;
    page.setProject(m_project.get());
    QString openedPreview;
    QTimer::singleShot(0, this, [&openedPreview] {
        if (auto *dialog = qobject_cast<NoticeDialog *>(QApplication::activeModalWidget())) {
            openedPreview = previewOf(dialog);
            dialog->reject();
        }
    });
    QTest::mouseClick(child<QPushButton>(&page, "changeNotices"), Qt::LeftButton);
    QVERIFY2(openedPreview.contains(QStringLiteral("Planned maintenance: Move orders to "
                                                   "PostgreSQL 16")),
             qPrintable(openedPreview));
}

QTEST_MAIN(TestNoticeDialog)
#include "tst_noticedialog.moc"
