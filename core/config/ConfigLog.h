#pragma once

#include <QLoggingCategory>

namespace leaselink {

// leaselink.config: settings changes and configuration-file problems. Never token values.
Q_DECLARE_LOGGING_CATEGORY(lcConfig)

} // namespace leaselink
