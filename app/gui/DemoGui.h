#pragma once

#include "DemoWelcomeDialog.h"

#include <QCoroTask>
#include <QList>
#include <QString>

namespace leaselink {

class MainWindow;

namespace demo {
class DemoSession;
}

// The lab's services as the demo's welcome dialog lists them (name, URL, fingerprint).
QList<DemoWelcomeDialog::Service> demoWelcomeServices(const demo::DemoSession &session);

// LEASELINK_SCREENSHOTS_DIR with --demo (packaging/screenshots.sh): drives the demo the way an
// admin would — the welcome, the trust dialog for each certificate (ticked and trusted), Import
// from Server for every server, Sync All with Preview and Apply — and saves a PNG of each step
// and of the main views into dir. Returns false (after printing why) when a step failed.
QCoro::Task<bool> takeDemoScreenshots(MainWindow &window, demo::DemoSession &session, QString dir);

} // namespace leaselink
