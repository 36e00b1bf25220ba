#pragma once

#include <QLoggingCategory>

namespace leaselink {

// Network logging categories. Every line that can carry a URL, header or body goes through
// Redactor first; categories only decide what is shown.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcTls)
Q_DECLARE_LOGGING_CATEGORY(lcPsu)
Q_DECLARE_LOGGING_CATEGORY(lcNetBox)

} // namespace leaselink
