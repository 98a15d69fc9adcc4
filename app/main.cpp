#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void installTranslators(QCoreApplication &app)
{
    // English is loaded first, under every other language, for its plural forms ("1 system",
    // "2 systems"): the source text has only one form.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/upgrade-workbench_en.qm")))
        QCoreApplication::installTranslator(english);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("upgrade-workbench"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("UpgradeWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("Upgrade Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UW_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Headless commands must work without a display, so they never create a QApplication.
    if (uw::cli::needsPainting(arguments)) {
        // Reports draw text, which needs a QGuiApplication for its fonts, but no widgets and no
        // screen: the offscreen platform works without a display whatever the environment
        // asks for, so a report also runs where DISPLAY names no reachable server.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        installTranslators(app);
        return uw::cli::run(arguments);
    }
    if (uw::cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslators(app);
        return uw::cli::run(arguments);
    }

    QApplication app(argc, argv);
    describeApplication();
    installTranslators(app);
    uw::MainWindow window;
    window.show();
    if (arguments.size() > 1)
        window.openFile(arguments.at(1));
    return app.exec();
}
