#include "runpagetest.h"

#include "projectfile.h"
#include "testutil.h"
#include "trust.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace uw::test {

void RunPageTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("run.uwb"));
    m_now = utc(2026, 12, 5, 20, 0);
    m_dialogs = std::make_unique<ScriptedDialogs>();
    Dialogs::setInstance(m_dialogs.get());
}

void RunPageTest::cleanup()
{
    m_page.reset();
    m_project.reset();
    m_dir.reset();
    Dialogs::setInstance(nullptr);
    m_dialogs.reset();
}

void RunPageTest::openProject(const ProjectData &data)
{
    auto project = createProject(m_path, data);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    m_project = std::move(project.value());
    m_project->setClock([this] { return m_now; });
    m_page = std::make_unique<RunPage>();
    m_page->setTrustStore(TrustStore(m_dir->filePath(QStringLiteral("trust.json"))));
    m_page->setProject(m_project.get());
    m_page->resize(1280, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void RunPageTest::reopen()
{
    m_page->setProject(nullptr);
    m_project.reset();
    auto project = uw::openProject(m_path);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    m_project = std::move(project.value());
    m_project->setClock([this] { return m_now; });
    m_page->setProject(m_project.get());
}

void RunPageTest::click(Id stepId, RunStepCard::Action action)
{
    RunStepCard *card = m_page->card(stepId);
    QVERIFY2(card, qPrintable(QStringLiteral("step %1 has no card").arg(stepId)));
    QPushButton *button = card->button(action);
    QVERIFY2(button, qPrintable(QStringLiteral("the card of step %1 offers no %2 button")
                                    .arg(stepId)
                                    .arg(int(action))));
    QTest::mouseClick(button, Qt::LeftButton);
}

void RunPageTest::clickNamed(const QString &objectName)
{
    QPushButton *button = nullptr;
    for (QPushButton *candidate : m_page->findChildren<QPushButton *>(objectName)) {
        if (candidate->isVisible())
            button = candidate;
    }
    QVERIFY2(button, qPrintable(objectName + QStringLiteral(" is not shown")));
    QVERIFY2(button->isEnabled(), qPrintable(objectName + QStringLiteral(" is disabled")));
    QTest::mouseClick(button, Qt::LeftButton);
}

QStringList RunPageTest::events() const
{
    static const QStringList names{QStringLiteral("run-started"), QStringLiteral("run-ended"),
                                   QStringLiteral("start"),       QStringLiteral("done"),
                                   QStringLiteral("failed"),      QStringLiteral("skip"),
                                   QStringLiteral("note"),        QStringLiteral("decision")};
    QStringList lines;
    for (const RunEvent &event : m_project->data().runEvents) {
        QString line = QStringLiteral("%1 %2 %3")
                           .arg(names[int(event.type)])
                           .arg(event.stepId)
                           .arg(event.person);
        if (!event.decision.isEmpty())
            line += QStringLiteral(" [%1]").arg(event.decision);
        if (!event.note.isEmpty() && event.type != RunEventType::RunStarted
            && event.type != RunEventType::StepFailed)
            line += QStringLiteral(": %1").arg(event.note);
        lines.append(line);
    }
    return lines;
}

QString RunPageTest::stepState(Id stepId) const
{
    RunStepCard *card = m_page->card(stepId);
    if (!card)
        return QStringLiteral("no card");
    return card->findChild<QLabel *>(QStringLiteral("state"))->text();
}

void RunPageTest::saveShot(const QString &name)
{
    const QString folder = qEnvironmentVariable("UW_RUNPAGE_SHOTS");
    if (folder.isEmpty())
        return;
    // Pending layouts and repaints first, so the shot shows the settled page.
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_page->grab().save(QDir(folder).filePath(name)));
}

} // namespace uw::test
