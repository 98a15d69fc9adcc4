// Measures how responsive the UI thread stays while four command steps of a run stream output
// at once: a 5 ms timer on the UI thread records how late each of its ticks comes while the
// commands run, and how much output reached the session. Late ticks are what a user would feel
// as a stutter. Run: build/tests/bench/uw_bench_runstream [lines per command]
#include "projectfile.h"
#include "runsession.h"
#include "trust.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include <fmt/format.h>

#include <algorithm>
#include <vector>

using namespace uw;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int lines = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 200000;

    ProjectData data;
    data.change.title = QStringLiteral("Streaming benchmark");
    Person person;
    person.id = 1;
    person.name = QStringLiteral("Bench");
    person.roles = RoleExecutor | RoleApprover;
    data.people[1] = person;
    for (Id id = 1; id <= 4; ++id) {
        Step step;
        step.id = id;
        step.title = QStringLiteral("Stream %1").arg(id);
        step.stepKind = StepKind::Command;
        step.ownerId = 1;
        step.estimate = {1, 1, 1};
        step.position = int(id);
        step.command.command = QStringLiteral(
                                   "i=0; while [ $i -lt %1 ]; do echo \"line $i of step %2: "
                                   "some typical installer output\"; i=$((i+1)); done")
                                   .arg(lines)
                                   .arg(id);
        step.command.timeoutSeconds = 600;
        data.steps[id] = step;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stream.uwb"));
    auto project = createProject(path, data);
    if (!project) {
        fmt::print(stderr, "cannot create the project: {}\n", project.error().message.toStdString());
        return 1;
    }
    TrustStore trust(dir.filePath(QStringLiteral("trust.json")));
    QString error;
    if (!trust.trust(path, project.value()->data(), QStringLiteral("bench"), project.value()->now(),
                     &error)) {
        fmt::print(stderr, "cannot trust the commands: {}\n", error.toStdString());
        return 1;
    }
    auto session = RunSession::start(*project.value(), RunKind::Rehearsal,
                                     QStringLiteral("Streaming"), 0, QStringLiteral("Bench"));
    if (!session) {
        fmt::print(stderr, "cannot start the run: {}\n", session.error().message.toStdString());
        return 1;
    }
    session.value()->setTrustStore(trust);

    qint64 outputBytes = 0;
    int chunks = 0;
    QObject::connect(session.value().get(), &RunSession::outputReceived,
                     [&](Id, const QString &text, bool) {
                         outputBytes += text.size();
                         ++chunks;
                     });
    int finished = 0;
    QObject::connect(session.value().get(), &RunSession::stepChanged, [&](Id stepId) {
        const auto state = session.value()->state().steps.find(stepId);
        if (state != session.value()->state().steps.end()
            && (state->second.state == StepRunState::Done
                || state->second.state == StepRunState::Failed))
            ++finished;
        if (finished >= 4)
            app.quit();
    });

    std::vector<double> lateness;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        lateness.push_back(std::max(0.0, double(sinceTick.nsecsElapsed()) / 1e6 - 5));
        sinceTick.restart();
    });
    QElapsedTimer wall;
    wall.start();
    for (Id id = 1; id <= 4; ++id) {
        if (!session.value()->startStep(id, QStringLiteral("Bench"), {}, &error)) {
            fmt::print(stderr, "cannot start step {}: {}\n", id, error.toStdString());
            return 1;
        }
    }
    sinceTick.start();
    ticker.start();
    QTimer::singleShot(300000, &app, &QCoreApplication::quit);
    app.exec();
    const double seconds = double(wall.elapsed()) / 1000;
    std::sort(lateness.begin(), lateness.end());
    const auto at = [&](double share) {
        return lateness.empty() ? 0.0 : lateness[size_t(share * double(lateness.size() - 1))];
    };
    fmt::print("4 command steps x {} lines: {:.1f} s, {} finished, {:.1f} MB of output in {} "
               "chunks reached the session\n",
               lines, seconds, finished, double(outputBytes) * 2 / 1e6, chunks);
    fmt::print("UI thread 5 ms timer lateness: median {:.2f} ms, p95 {:.2f} ms, p99 {:.2f} ms, "
               "max {:.2f} ms over {} ticks\n",
               at(0.5), at(0.95), at(0.99), lateness.empty() ? 0.0 : lateness.back(),
               lateness.size());
    return 0;
}
