#include "config/ConfigLog.h"

namespace leaselink {

Q_LOGGING_CATEGORY(lcConfig, "leaselink.config")

} // namespace leaselink
