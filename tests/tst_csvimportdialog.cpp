#include "csvimportdialog.h"
#include "projectfile.h"
#include "testutil.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uw;

/**
 * The import dialog shows what each row will become before anything changes, follows the
 * user's column choices, imports exactly the good rows with one click, and refuses files that
 * are not CSV and projects that cannot be written.
 */
class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewShowsEachRowsFateAndASummary();
    void changingAColumnChoiceUpdatesThePreview();
    void aClassNobodyKnowsIsChosenInTheDialog();
    void importButtonAddsExactlyTheGoodRows();
    void binaryFileShowsTheErrorAndCannotBeImported();
    void readOnlyProjectCannotImport();

private:
    QStringList statusColumn(const QTableView *table) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

namespace {

const QByteArray cmdbExport = "Name;Class;Version;Environment;Location;Owned by\r\n"
                              "web-1;VM;2.4.57;PRD;FRA1;Web team\r\n"
                              "db-primary;DB;13.4;PRD;FRA1;DBA\r\n"
                              "blade-7;Blade;1.0;PRD;FRA2;Ops\r\n"
                              "mq-1;MQ;latest;QA;FRA2;Ops\r\n"
                              ";VM;1.0;PRD;FRA1;Ops\r\n"
                              "web-1;VM;2.4.57;PRD;FRA1;Web team\r\n"
                              "cache-1;VM;7.0;PRD;FRA1;Ops\r\n";

template<class T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

QComboBox *columnCombo(QWidget *dialog, const QString &fieldLabel)
{
    auto *mapping = child<QTableWidget>(dialog, "mappingTable");
    for (int row = 0; row < mapping->rowCount(); ++row) {
        if (mapping->item(row, 0)->text().startsWith(fieldLabel))
            return qobject_cast<QComboBox *>(mapping->cellWidget(row, 1));
    }
    return nullptr;
}

} // namespace

void TestCsvImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = createProject(m_dir->filePath(QStringLiteral("dialog.uwb")), test::richProject());
    QVERIFY(project);
    m_project = std::move(project.value());
}

void TestCsvImportDialog::cleanup()
{
    m_project.reset();
}

QStringList TestCsvImportDialog::statusColumn(const QTableView *table) const
{
    QStringList statuses;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        statuses.append(table->model()->index(row, 0).data().toString());
    return statuses;
}

void TestCsvImportDialog::previewShowsEachRowsFateAndASummary()
{
    CsvImportDialog dialog(m_project.get(), ImportTarget::Systems, cmdbExport,
                           QStringLiteral("cmdb.csv"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *preview = child<QTableView>(&dialog, "previewTable");
    QCOMPARE(statusColumn(preview),
             (QStringList{QStringLiteral("✓"), QStringLiteral("↻"), QStringLiteral("⚠"),
                          QStringLiteral("⚠"), QStringLiteral("✗"), QStringLiteral("✗"),
                          QStringLiteral("✓")}));
    // A class nobody mapped is kept, as Other, and says so.
    const QModelIndex blade = preview->model()->index(2, 0);
    QCOMPARE(blade.siblingAtColumn(2).data().toString(),
             QStringLiteral("Kind: 'Blade' is not a known class; imported as Other"));
    QVERIFY(blade.data(Qt::ToolTipRole).toString().contains(QLatin1String("imported as Other")));
    // The system the project has is updated, and the row says what changes.
    QCOMPARE(preview->model()->index(1, 2).data().toString(),
             QStringLiteral("Environment: Staging → Production; Site: Frankfurt DC1 → FRA1; "
                            "Current version: 13.14 → 13.4; Owner: Dana DBA → DBA"));
    QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
             QStringLiteral("5 of 7 rows will be imported (2 with warnings); 2 skipped. One of "
                            "them updates a system the project has"));
    QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
}

void TestCsvImportDialog::changingAColumnChoiceUpdatesThePreview()
{
    CsvImportDialog dialog(m_project.get(), ImportTarget::Systems, cmdbExport,
                           QStringLiteral("cmdb.csv"));
    auto *preview = child<QTableView>(&dialog, "previewTable");
    QComboBox *kind = columnCombo(&dialog, QStringLiteral("Kind"));
    QVERIFY(kind);
    QCOMPARE(kind->currentText(), QStringLiteral("Class"));

    // Without the kind column, blade-7 becomes a plain server, without a warning.
    kind->setCurrentIndex(kind->findData(-1));
    QCOMPARE(statusColumn(preview).at(2), QStringLiteral("✓"));
    QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
             QStringLiteral("5 of 7 rows will be imported (1 with warnings); 2 skipped. One of "
                            "them updates a system the project has"));

    // Taking names from the owner column makes duplicates of every "Ops" row.
    QComboBox *name = columnCombo(&dialog, QStringLiteral("Name"));
    name->setCurrentIndex(name->findText(QStringLiteral("Owned by")));
    QCOMPARE(preview->model()->index(4, 2).data().toString(),
             QStringLiteral("Name: 'Ops' is a duplicate of line 4"));
}

void TestCsvImportDialog::aClassNobodyKnowsIsChosenInTheDialog()
{
    CsvImportDialog dialog(m_project.get(), ImportTarget::Systems, cmdbExport,
                           QStringLiteral("cmdb.csv"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kinds = child<QTableWidget>(&dialog, "kindTable");
    QVERIFY(kinds->isVisible());
    QStringList words;
    for (int row = 0; row < kinds->rowCount(); ++row)
        words.append(kinds->item(row, 0)->text());
    QCOMPARE(words, (QStringList{QStringLiteral("VM (4 rows)"), QStringLiteral("DB (1 row)"),
                                 QStringLiteral("Blade (1 row)"), QStringLiteral("MQ (1 row)")}));
    auto *blade = qobject_cast<QComboBox *>(kinds->cellWidget(2, 1));
    QCOMPARE(blade->currentData().toString(), QStringLiteral("other"));
    auto *preview = child<QTableView>(&dialog, "previewTable");
    QCOMPARE(statusColumn(preview).at(2), QStringLiteral("⚠"));

    blade->setCurrentIndex(blade->findData(QStringLiteral("server")));
    emit blade->activated(blade->currentIndex());
    QCOMPARE(statusColumn(preview).at(2), QStringLiteral("✓"));
    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
    bool imported = false;
    for (const auto &[id, system] : m_project->data().systems) {
        if (system.name == QLatin1String("blade-7")) {
            QCOMPARE(system.systemKind, SystemKind::Server);
            imported = true;
        }
    }
    QVERIFY(imported);
}

void TestCsvImportDialog::importButtonAddsExactlyTheGoodRows()
{
    const ProjectData before = m_project->data();
    CsvImportDialog dialog(m_project.get(), ImportTarget::Systems, cmdbExport,
                           QStringLiteral("cmdb.csv"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QStringList added;
    for (const auto &[id, system] : m_project->data().systems) {
        if (!before.systems.count(id))
            added.append(system.name);
    }
    QCOMPARE(added, (QStringList{QStringLiteral("web-1"), QStringLiteral("blade-7"),
                                 QStringLiteral("mq-1"), QStringLiteral("cache-1")}));
    QCOMPARE(m_project->undoStack()->count(), 1);
    QCOMPARE(m_project->undoStack()->undoText(),
             QStringLiteral("Import 4 systems and update 1 from cmdb.csv"));
    QCOMPARE(m_project->find<System>(1)->currentVersion, QStringLiteral("13.4"));
    QCOMPARE(dialog.resultSummary(),
             QStringLiteral("Imported 4 systems and updated 1 system from cmdb.csv. Skipped 2 "
                            "rows (required value missing: 1, duplicate in the file: 1). 2 rows "
                            "were imported with a warning (unreadable version: 1, imported as "
                            "Other: 1)."));
    m_project->undoStack()->undo();
    QCOMPARE(m_project->find<System>(1)->currentVersion, QStringLiteral("13.14"));
}

void TestCsvImportDialog::binaryFileShowsTheErrorAndCannotBeImported()
{
    CsvImportDialog dialog(m_project.get(), ImportTarget::Systems,
                           QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16),
                           QStringLiteral("diagram.png"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *message = child<QLabel>(&dialog, "messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("diagram.png")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QLatin1String("binary, not CSV")),
             qPrintable(message->text()));
    auto *import = child<QPushButton>(&dialog, "importButton");
    QVERIFY(!import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(m_project->undoStack()->count(), 0);
    QVERIFY(dialog.isVisible());
}

void TestCsvImportDialog::readOnlyProjectCannotImport()
{
    auto viewer = openProject(m_project->filePath(), Store::Access::ReadOnly);
    QVERIFY(viewer);
    CsvImportDialog dialog(viewer.value().get(), ImportTarget::Systems, cmdbExport,
                           QStringLiteral("cmdb.csv"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    auto *message = child<QLabel>(&dialog, "messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("read-only")), qPrintable(message->text()));
    QCOMPARE(statusColumn(child<QTableView>(&dialog, "previewTable")).size(), 7);
}

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
