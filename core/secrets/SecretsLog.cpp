#include "secrets/SecretsLog.h"

namespace leaselink {

Q_LOGGING_CATEGORY(lcSecrets, "leaselink.secrets")

} // namespace leaselink
