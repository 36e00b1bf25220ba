#pragma once

#include <QLoggingCategory>

namespace leaselink {

// leaselink.secrets logs keys and outcomes only, never a secret value.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace leaselink
