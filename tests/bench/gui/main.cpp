// leaselink-bench-gui: the GUI benchmarks that need widgets, run by leaselink-bench as a child
// process (offscreen) so the main benchmark binary stays free of Widgets.
//   gui-leases-L: the main window over an L cache (110k leases and reservations); open the
//   Leases view (load, sort, first paint), then type 10 search keystrokes, each measured until
//   the view shows the filtered rows. Prints one JSON line.
#include "LCache.h"
#include "MainWindow.h"

#include "config/ConfigOverrides.h"
#include "ListView.h"
#include "store/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace leaselink;

namespace {

// Until the widget has painted what it holds now.
void paint(QWidget *widget)
{
    widget->repaint();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QJsonObject out{{QStringLiteral("name"), QStringLiteral("gui-leases-L")},
                    {QStringLiteral("dataset"), QStringLiteral("L")}};
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite3")));
    if (!opened || !bench::LCache::fill(**opened).isEmpty()) {
        out.insert(QStringLiteral("error"), QStringLiteral("could not build the L cache"));
        std::puts(QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return 1;
    }
    MainWindow window(opened->get(), QString(), ConfigOverrides());
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    window.showView(MainWindow::LeasesView);
    ListView *leases = window.listOf(MainWindow::LeasesView);
    paint(leases->table());
    const double firstPaintMs = double(timer.nsecsElapsed()) / 1e6;
    const int rows = leases->proxy()->rowCount();

    // "host-42-1" typed key by key: each keystroke until the view shows its rows. The search box
    // waits 150 ms after the last key before filtering (so fast typing filters once); that
    // pause is deliberate and not counted here.
    const QString typed = QStringLiteral("host-42");
    QJsonArray keystrokes;
    double slowest = 0;
    QLineEdit *search = leases->searchBox();
    search->setFocus();
    const QString keys = typed + QStringLiteral("-1");
    for (const QChar c : keys) {
        timer.restart();
        QTest::keyClick(search, c.toLatin1());
        leases->applySearchNow();
        paint(leases->table());
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        slowest = qMax(slowest, ms);
        keystrokes.append(ms);
    }
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("first_paint_ms"), firstPaintMs);
    out.insert(QStringLiteral("keystroke_ms"), keystrokes);
    out.insert(QStringLiteral("slowest_keystroke_ms"), slowest);
    out.insert(QStringLiteral("rows_after_search"), leases->proxy()->rowCount());
    out.insert(QStringLiteral("target_first_paint_ms"), 300);
    out.insert(QStringLiteral("target_keystroke_ms"), 100);
    std::puts(QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return rows >= 100000 ? 0 : 1;
}
