// Help → About: the version from project(VERSION), the licences of LeaseLink and of the libraries
// it uses (named as THIRD-PARTY-NOTICES.txt names them), the compiled-in icon, and that the main
// window's Help menu opens the dialog.
#include "AboutDialog.h"
#include "MainWindow.h"

#include "config/ConfigOverrides.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

using namespace leaselink;

namespace {
const QString iconPath =
    QStringLiteral(":/leaselink/resources/icons/io.github.leaselink.LeaseLink.svg");
}

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(QStringLiteral(LEASELINK_VERSION));
    }

    void showsTheProjectVersion()
    {
        AboutDialog dialog;
        const auto *version = dialog.findChild<QLabel *>(QStringLiteral("versionLabel"));
        QVERIFY(version);
        QVERIFY2(version->text().contains(QStringLiteral("LeaseLink " LEASELINK_VERSION)),
                 qPrintable(version->text()));
        QCOMPARE(AboutDialog::versionText(), QStringLiteral("LeaseLink " LEASELINK_VERSION));
    }

    void namesEveryLicence()
    {
        AboutDialog dialog;
        const auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY(summary);
        const QString text = summary->text();
        QVERIFY(text.contains(QStringLiteral("MIT License")));
        for (const QString &expected :
             {QStringLiteral("Qt 6"), QStringLiteral("LGPL-3.0-only"), QStringLiteral("QtKeychain"),
              QStringLiteral("BSD-3-Clause"), QStringLiteral("QCoro")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void licenceTabShowsTheInstalledTexts()
    {
        AboutDialog dialog;
        const auto *licences = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
        QVERIFY(licences);
        const QString text = licences->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("MIT License")));
        QVERIFY(text.contains(QStringLiteral("Permission is hereby granted")));
        QVERIFY(text.contains(QStringLiteral("LeaseLink third-party notices")));
        // The dialog's list and the notice the packages install must not drift apart.
        for (const AboutDialog::Component &component : AboutDialog::components()) {
            QVERIFY2(text.contains(component.name), qPrintable(component.name));
            QVERIFY2(component.url.startsWith(QStringLiteral("https://")),
                     qPrintable(component.url));
        }
    }

    void iconIsCompiledIn()
    {
        QVERIFY(QFile::exists(iconPath));
        const QPixmap pixmap = QIcon(iconPath).pixmap(64, 64);
        QVERIFY2(!pixmap.isNull(), "the SVG icon engine (qt6-svg) could not render the icon");
    }

    void helpMenuOpensTheDialog()
    {
        MainWindow window(nullptr, QStringLiteral("no cache in this test"), ConfigOverrides{});
        QAction *about = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction *action : menu->menu()->actions())
                    if (action->text().contains(QStringLiteral("About")))
                        about = action;
        QVERIFY(about);
        bool shown = false;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
                shown = true;
                dialog->reject();
            }
        });
        about->trigger();
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
