#include "commands.h"
#include "plaintext.h"
#include "projectfile.h"
#include "systemsmodel.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace uw;

/** Text a received file carries is shown as typed: never run as HTML in a tooltip. */
class TestUntrustedText : public QObject
{
    Q_OBJECT

private slots:
    void plainTextStaysAsItIs();
    void textThatLooksLikeHtmlIsEscaped();
    void aSystemsTooltipShowsItsNameAsTyped();
};

void TestUntrustedText::plainTextStaysAsItIs()
{
    for (const QString &text : {QStringLiteral("db-01\nPostgreSQL 13 → 16"), QString()})
        QCOMPARE(plainToolTip(text), text);
}

void TestUntrustedText::textThatLooksLikeHtmlIsEscaped()
{
    const QString hostile = QStringLiteral(
        "<b>Approved</b><img src=\"http://host/x.png\">\nsecond");
    const QString shown = plainToolTip(hostile);
    QVERIFY(Qt::mightBeRichText(shown));
    // Rendered, the tooltip reads exactly the text: the tags are letters, not markup.
    QTextDocument document;
    document.setHtml(shown);
    QCOMPARE(document.toPlainText(), hostile);
}

void TestUntrustedText::aSystemsTooltipShowsItsNameAsTyped()
{
    QTemporaryDir dir;
    ProjectData data;
    System system;
    system.id = 1;
    system.name = QStringLiteral("<h1>All checks passed</h1>");
    system.businessProcesses = {QStringLiteral("<b>orders</b>")};
    data.systems.emplace(1, system);
    auto project = createProject(dir.filePath(QStringLiteral("p.uwb")), data);
    QVERIFY(project);
    SystemsModel model;
    model.setProject(project.value().get());
    const QModelIndex cell = model.index(0, SystemsModel::BusinessProcessesColumn);
    QTextDocument document;
    document.setHtml(model.data(cell, Qt::ToolTipRole).toString());
    QCOMPARE(document.toPlainText(), QStringLiteral("<b>orders</b>"));
}

QTEST_MAIN(TestUntrustedText)
#include "tst_untrustedtext.moc"
