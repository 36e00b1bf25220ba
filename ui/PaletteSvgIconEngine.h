#pragma once

#include <QByteArray>
#include <QIconEngine>
#include <QString>

class QColor;
class QPalette;

namespace leaselink {

// Draws a monochrome SVG (strokes and fills written as "currentColor") in the colours of the
// application palette at paint time: WindowText for the normal and active states, the disabled
// group's WindowText when disabled, HighlightedText when selected. So one drawing reads on a
// light and on a dark palette, follows a palette change without being rebuilt, and is rendered
// at the device pixel ratio it is asked for (never a scaled-up bitmap).
class PaletteSvgIconEngine : public QIconEngine
{
public:
    // svgPath: a file or Qt resource path (":/leaselink/icons/actions/add.svg").
    explicit PaletteSvgIconEngine(const QString &svgPath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    bool isNull() override;

    // The colour the drawing takes for a mode in a palette.
    static QColor colorFor(QIcon::Mode mode, const QPalette &palette);

private:
    QString m_path;
    QByteArray m_svg; // the file's bytes, read once; implicitly shared between clones
};

} // namespace leaselink
