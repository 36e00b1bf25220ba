// The action icons (issue 6): every IconName gives a non-null icon whose pixmaps at 16 and 32 px
// and at device pixel ratio 2 are drawn (not empty), in the palette's WindowText colour (dark on
// a light palette, light on a dark one), the disabled colour when disabled, and a widget showing
// one repaints in the new colour after the application palette changes. With an icon theme that
// has the icon, the theme's wins.
#include "Icons.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace leaselink;

namespace {

QPalette paletteWith(const QColor &window, const QColor &text, const QColor &disabledText)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xc0));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xee, 0x00));
    return palette;
}

const QPalette Light = paletteWith(Qt::white, Qt::black, QColor(0xc0, 0x20, 0x20));
const QPalette Dark = paletteWith(QColor(0x20, 0x20, 0x20), Qt::white, QColor(0x20, 0xa0, 0x20));

// The mean colour of a pixmap's drawn pixels (at least half opaque), and how many there are.
struct Ink
{
    int pixels = 0;
    QColor mean;
};

Ink inkOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 r = 0;
    qint64 g = 0;
    qint64 b = 0;
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 128)
                continue;
            ++ink.pixels;
            r += c.red();
            g += c.green();
            b += c.blue();
        }
    }
    if (ink.pixels > 0)
        ink.mean = QColor(int(r / ink.pixels), int(g / ink.pixels), int(b / ink.pixels));
    return ink;
}

QString nameOf(IconName name)
{
    return iconResourcePath(name).section(QLatin1Char('/'), -1);
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No icon theme at all (as on Windows): every icon is the bundled drawing.
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QStringLiteral("leaselink-test-no-theme"));
        QIcon::setFallbackThemeName(QStringLiteral("leaselink-test-no-theme"));
    }

    void cleanup() { QApplication::setPalette(Light); }

    void everyIconIsDrawnAtEverySize_data()
    {
        QTest::addColumn<IconName>("name");
        for (IconName name : allIconNames())
            QTest::newRow(qPrintable(nameOf(name))) << name;
    }

    void everyIconIsDrawnAtEverySize()
    {
        QFETCH(IconName, name);
        QVERIFY(QFile::exists(iconResourcePath(name)));
        QVERIFY(!iconThemeName(name).isEmpty());
        QApplication::setPalette(Light);
        const QIcon shown = icon(name);
        QVERIFY(!shown.isNull());
        for (int extent : {16, 32}) {
            const QPixmap pixmap = shown.pixmap(QSize(extent, extent), 1.0);
            QCOMPARE(pixmap.size(), QSize(extent, extent));
            const Ink ink = inkOf(pixmap);
            QVERIFY2(ink.pixels >= extent, qPrintable(QString::number(ink.pixels)));
        }
        // High DPI: drawn at the device size, not a 16 px bitmap scaled up.
        const QPixmap sharp = shown.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QCOMPARE(sharp.size(), QSize(32, 32));
        QVERIFY(inkOf(sharp).pixels >= 32);
        QVERIFY(inkOf(sharp).pixels > inkOf(shown.pixmap(QSize(16, 16), 1.0)).pixels);
    }

    void iconsFollowThePalette_data() { everyIconIsDrawnAtEverySize_data(); }

    void iconsFollowThePalette()
    {
        QFETCH(IconName, name);
        const QIcon shown = icon(name); // the same QIcon, before and after the change
        for (qreal ratio : {1.0, 2.0}) {
            for (int extent : {16, 32}) {
                QApplication::setPalette(Light);
                const Ink light = inkOf(shown.pixmap(QSize(extent, extent), ratio));
                QApplication::setPalette(Dark);
                const Ink dark = inkOf(shown.pixmap(QSize(extent, extent), ratio));
                QVERIFY2(light.mean.lightness() < 60,
                         qPrintable(light.mean.name() + QStringLiteral(" on light")));
                QVERIFY2(dark.mean.lightness() > 200,
                         qPrintable(dark.mean.name() + QStringLiteral(" on dark")));
            }
        }
        // Disabled: the disabled group's WindowText; selected: HighlightedText.
        const Ink disabled = inkOf(shown.pixmap(QSize(32, 32), 1.0, QIcon::Disabled));
        QVERIFY2(disabled.mean.green() > 120 && disabled.mean.red() < 80,
                 qPrintable(disabled.mean.name()));
        QApplication::setPalette(Light);
        const Ink lightDisabled = inkOf(shown.pixmap(QSize(32, 32), 1.0, QIcon::Disabled));
        QVERIFY2(lightDisabled.mean.red() > 150 && lightDisabled.mean.green() < 80,
                 qPrintable(lightDisabled.mean.name()));
        const Ink selected = inkOf(shown.pixmap(QSize(32, 32), 1.0, QIcon::Selected));
        QVERIFY2(selected.mean.red() > 200 && selected.mean.blue() < 80,
                 qPrintable(selected.mean.name()));
    }

    // A button painted before and after a switch to a dark palette shows the new colour without
    // being given its icon again.
    void widgetsRepaintInTheNewPalette()
    {
        QApplication::setPalette(Light);
        QToolButton button;
        button.setIcon(icon(IconName::Refresh));
        button.setIconSize(QSize(24, 24));
        button.setAutoRaise(true);
        button.resize(40, 40);
        button.show();
        QVERIFY(QTest::qWaitForWindowExposed(&button));
        const QImage before = button.grab().toImage();
        QApplication::setPalette(Dark);
        QCoreApplication::processEvents();
        const QImage after = button.grab().toImage();
        QVERIFY(before != after);
        // The icon's middle row has white ink now (the dark palette's WindowText).
        int bright = 0;
        for (int y = 0; y < after.height(); ++y) {
            for (int x = 0; x < after.width(); ++x)
                bright += QColor(after.pixel(x, y)).lightness() > 220 ? 1 : 0;
        }
        QVERIFY2(bright > 10, qPrintable(QString::number(bright)));
    }

    // A desktop icon theme that has the icon wins; the others stay bundled.
    void aThemeIconWins()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString theme = dir.filePath(QStringLiteral("testtheme"));
        QVERIFY(QDir().mkpath(theme + QStringLiteral("/16x16/actions")));
        QFile index(theme + QStringLiteral("/index.theme"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=testtheme\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nType=Fixed\n");
        index.close();
        QPixmap red(16, 16);
        red.fill(Qt::red);
        QVERIFY(red.save(theme + QStringLiteral("/16x16/actions/view-refresh.png")));

        QIcon::setThemeSearchPaths({dir.path()});
        QIcon::setThemeName(QStringLiteral("testtheme"));
        const QIcon themed = icon(IconName::Refresh);
        const QIcon bundled = icon(IconName::Add);
        // (A theme icon follows the theme: checked before the theme goes again.)
        const QString themedName = themed.name();
        const QColor themedInk = inkOf(themed.pixmap(QSize(16, 16), 1.0)).mean;
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QStringLiteral("leaselink-test-no-theme"));

        QCOMPARE(themedName, QStringLiteral("view-refresh"));
        QCOMPARE(themedInk, QColor(Qt::red));
        QVERIFY(bundled.name().isEmpty());
        QVERIFY(!bundled.isNull());
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
