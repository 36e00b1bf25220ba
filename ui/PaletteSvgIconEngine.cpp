#include "PaletteSvgIconEngine.h"

#include <QColor>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace leaselink {

namespace {

QByteArray readSvg(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

PaletteSvgIconEngine::PaletteSvgIconEngine(const QString &svgPath)
    : m_path(svgPath)
    , m_svg(readSvg(svgPath))
{}

QColor PaletteSvgIconEngine::colorFor(QIcon::Mode mode, const QPalette &palette)
{
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

void PaletteSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                                 QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap drawn = pixmap((QSizeF(rect.size()) * scale).toSize(), mode, state);
    if (drawn.isNull())
        return;
    drawn.setDevicePixelRatio(scale);
    painter->drawPixmap(rect, drawn);
}

QSize PaletteSvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    // Scalable: every size is drawn exactly; a non-square request gets the largest square.
    const int side = qMin(size.width(), size.height());
    return QSize(side, side);
}

// QIcon asks for device pixels (a 16 px icon at ratio 2 is pixmap(32 × 32)) and sets the ratio
// on the result itself; QIconEngine's own scaledPixmap() asks here in device pixels too.
QPixmap PaletteSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    const QSize device = actualSize(size, mode, state);
    if (device.isEmpty() || m_svg.isEmpty())
        return {};
    const QColor color = colorFor(mode, QGuiApplication::palette());
    // The colour is part of the key: after a palette change the next paint draws afresh.
    const QString cacheKey = QStringLiteral("leaselink-icon:%1:%2x%3:%4")
                                 .arg(m_path)
                                 .arg(device.width())
                                 .arg(device.height())
                                 .arg(color.rgba(), 8, 16, QLatin1Char('0'));
    QPixmap drawn;
    if (QPixmapCache::find(cacheKey, &drawn))
        return drawn;
    QByteArray svg = m_svg;
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return {};
    QImage image(device, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        // Palettes give disabled text a translucent colour as often as a grey one.
        painter.setOpacity(color.alphaF());
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(device)));
    }
    drawn = QPixmap::fromImage(std::move(image));
    QPixmapCache::insert(cacheKey, drawn);
    return drawn;
}

QString PaletteSvgIconEngine::key() const
{
    return QStringLiteral("LeaseLinkPaletteSvg");
}

QIconEngine *PaletteSvgIconEngine::clone() const
{
    return new PaletteSvgIconEngine(*this);
}

bool PaletteSvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace leaselink
