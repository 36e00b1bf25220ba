#include "NetLogging.h"

namespace leaselink {

Q_LOGGING_CATEGORY(lcNet, "leaselink.net")
Q_LOGGING_CATEGORY(lcTls, "leaselink.net.tls")
Q_LOGGING_CATEGORY(lcPsu, "leaselink.psu")
Q_LOGGING_CATEGORY(lcNetBox, "leaselink.netbox")

} // namespace leaselink
