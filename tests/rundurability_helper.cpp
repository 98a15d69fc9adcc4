// Runs part of a run on a project file and then waits to be killed, for tst_rundurability.
//
//   uw_rundurability_helper PROJECT step   records a few steps, leaves one running, prints the
//                                          state it shows ("state" lines), then "ready", sleeps
//   uw_rundurability_helper PROJECT flood  records notes without pause, printing "committed ID"
//                                          each time recordRunEvent has returned

#include "projectfile.h"
#include "runscript.h"
#include "runsession.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace uw;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("error: %1\n").arg(message)), stderr);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3)
        return fail(QStringLiteral("usage: uw_rundurability_helper PROJECT step|flood"));
    auto project = openProject(arguments[1]);
    if (!project)
        return fail(project.error().message);
    auto session = RunSession::start(*project.value(), RunKind::Rehearsal,
                                     QStringLiteral("killed rehearsal"), 1, QStringLiteral("Ben"));
    if (!session)
        return fail(session.error().message);
    say(QStringLiteral("run %1").arg(session.value()->runId()));

    if (arguments[2] == QLatin1String("flood")) {
        for (int index = 0;; ++index) {
            QString error;
            if (!session.value()->addNote(1, QStringLiteral("Ben"),
                                          QStringLiteral("note %1").arg(index), &error))
                return fail(error);
            say(QStringLiteral("committed %1").arg(project.value()->data().runEvents.constLast().id));
        }
    }

    QDateTime clock = QDateTime::currentDateTimeUtc();
    QString error;
    const int refused = test::playRunScript(
        *session.value(), clock,
        QStringLiteral("start 1 Ben; finish 1 Ben; start 2 Ben; fail 2 Ben; start 2 Dee; "
                       "finish 2 Dee; go 3 Ada; start 4 Ben; note 4 Ben; skip 5 Ben"),
        &error);
    if (refused >= 0)
        return fail(error);
    for (const QString &line : test::dumpRunState(session.value()->state()).split(u'\n'))
        say(QStringLiteral("state ") + line);
    say(QStringLiteral("ready"));
    QThread::sleep(300);
    return 0;
}
