#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace leaselink {

// Every action icon the desktop uses. Each has a bundled SVG (resources/icons/actions/) so the
// app has icons on Windows and on desktops without an icon theme.
enum class IconName
{
    Refresh,
    Sync,
    Preview,
    Find,
    Copy,
    ExportCsv,
    Add,
    Edit,
    Delete,
    Certificate,
    Maintenance, // pause
    Resume,
    Import,
    TestConnection,
    OpenInBrowser,
    Lock, // built-in, cannot be edited
    Warning,
    Columns
};

QList<IconName> allIconNames();

// The icon for an action: the platform icon theme's own when it has one (the desktop's look),
// otherwise the bundled drawing in the current palette's colours (see bundledIcon()).
QIcon icon(IconName name);

// The bundled SVG drawn with the palette's WindowText colour (the disabled colour when disabled,
// HighlightedText when selected) at any size and device pixel ratio; it follows a palette change
// (light/dark) on the next paint.
QIcon bundledIcon(IconName name);

// The freedesktop icon-theme name tried first ("view-refresh").
QString iconThemeName(IconName name);
// The bundled drawing (":/leaselink/icons/actions/refresh.svg").
QString iconResourcePath(IconName name);

} // namespace leaselink
