#include "CliApp.h"
#include "Language.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("LeaseLink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEASELINK_VERSION));
    leaselink::i18n::installTranslators(app, QLocale::system());

    // The command runs as a coroutine on the event loop; its result becomes the exit code.
    QTimer::singleShot(0, &app, [&app] {
        QCoro::connect(leaselink::cli::CliApp::run(QCoreApplication::arguments()), &app,
                       [](int code) { QCoreApplication::exit(code); });
    });
    return app.exec();
}
