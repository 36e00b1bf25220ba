#pragma once

#include "Notifications.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace leaselink {

// LeaseLink's tray icon, where the platform has a system tray: the scheduled sync's state in the
// tooltip (next run / running / last result), a menu (Show/Hide window, Sync All, Quit) and the
// balloons Notifications decided on. It only shows and forwards; the window acts on its signals.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isAvailable();

    void setStatus(const QString &scheduleStatus);
    QString toolTip() const;
    // Shows the first notification as a balloon (one at a time: the platform replaces a shown
    // balloon); the others are summarised in it.
    void notify(const QList<Notification> &notifications);
    void setWindowVisible(bool visible);
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void toggleWindowRequested();
    void syncAllRequested();
    void quitRequested();
    // The balloon of this notification was clicked.
    void notificationClicked(const leaselink::Notification &notification);

private:
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_toggle = nullptr;
    std::optional<Notification> m_lastShown;
};

} // namespace leaselink
