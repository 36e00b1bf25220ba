#include "TrayIcon.h"

#include <algorithm>

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace leaselink {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
{
    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_menu = new QMenu();
    m_toggle = m_menu->addAction(tr("&Hide Window"), this, &TrayIcon::toggleWindowRequested);
    m_menu->addAction(tr("Sync &All Servers…"), this, &TrayIcon::syncAllRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit LeaseLink"), this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT toggleWindowRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastShown)
            Q_EMIT notificationClicked(*m_lastShown);
    });
    setStatus(QString());
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no QObject parent (it is a top-level widget)
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setStatus(const QString &scheduleStatus)
{
    m_icon->setToolTip(scheduleStatus.isEmpty() ? tr("LeaseLink")
                                                : tr("LeaseLink — %1").arg(scheduleStatus));
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::setWindowVisible(bool visible)
{
    m_toggle->setText(visible ? tr("&Hide Window") : tr("&Show Window"));
}

void TrayIcon::notify(const QList<Notification> &notifications)
{
    if (notifications.isEmpty())
        return;
    // A certificate decision is the one a click can resolve: show it first.
    auto first = std::find_if(notifications.cbegin(), notifications.cend(), [](const auto &n) {
        return n.kind == Notification::Kind::CertificateProblem;
    });
    if (first == notifications.cend())
        first = notifications.cbegin();
    QString message = first->message;
    if (notifications.size() > 1)
        message += QLatin1Char('\n') + tr("and %n more: see the LeaseLink window", nullptr,
                                          int(notifications.size() - 1));
    m_lastShown = *first;
    m_icon->showMessage(first->title, message,
                        first->warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace leaselink
