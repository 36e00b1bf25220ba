#include "Icons.h"

#include "PaletteSvgIconEngine.h"

namespace leaselink {

namespace {

struct IconEntry
{
    const char *themeName;
    const char *fileName;
};

IconEntry entry(IconName name)
{
    switch (name) {
    case IconName::Refresh:
        return {"view-refresh", "refresh"};
    case IconName::Sync:
        return {"folder-sync", "sync"};
    case IconName::Preview:
        return {"document-preview", "preview"};
    case IconName::Find:
        return {"edit-find", "find"};
    case IconName::Copy:
        return {"edit-copy", "copy"};
    case IconName::ExportCsv:
        return {"document-export", "export-csv"};
    case IconName::Add:
        return {"list-add", "add"};
    case IconName::Edit:
        return {"document-edit", "edit"};
    case IconName::Delete:
        return {"edit-delete", "delete"};
    case IconName::Certificate:
        return {"security-high", "certificate"};
    case IconName::Maintenance:
        return {"media-playback-pause", "maintenance"};
    case IconName::Resume:
        return {"media-playback-start", "resume"};
    case IconName::Import:
        return {"document-import", "import"};
    case IconName::TestConnection:
        return {"network-connect", "test-connection"};
    case IconName::OpenInBrowser:
        return {"internet-web-browser", "open-in-browser"};
    case IconName::Lock:
        return {"object-locked", "lock"};
    case IconName::Warning:
        return {"dialog-warning", "warning"};
    case IconName::Columns:
        return {"view-list-details", "columns"};
    }
    return {"", ""};
}

} // namespace

QList<IconName> allIconNames()
{
    return {IconName::Refresh, IconName::Sync,           IconName::Preview,       IconName::Find,
            IconName::Copy,    IconName::ExportCsv,      IconName::Add,           IconName::Edit,
            IconName::Delete,  IconName::Certificate,    IconName::Maintenance,   IconName::Resume,
            IconName::Import,  IconName::TestConnection, IconName::OpenInBrowser, IconName::Lock,
            IconName::Warning, IconName::Columns};
}

QString iconThemeName(IconName name)
{
    return QString::fromLatin1(entry(name).themeName);
}

QString iconResourcePath(IconName name)
{
    return QStringLiteral(":/leaselink/icons/actions/%1.svg")
        .arg(QString::fromLatin1(entry(name).fileName));
}

QIcon bundledIcon(IconName name)
{
    return QIcon(new PaletteSvgIconEngine(iconResourcePath(name)));
}

QIcon icon(IconName name)
{
    const QString themeName = iconThemeName(name);
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return bundledIcon(name);
}

} // namespace leaselink
