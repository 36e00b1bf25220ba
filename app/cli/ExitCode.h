#pragma once

namespace leaselink::cli {

// Exit codes scripts (cron, systemd timers, Task Scheduler) can rely on. Documented in --help.
enum ExitCode : int
{
    Ok = 0,             // everything done
    PartialFailure = 1, // the command ran, some items failed (see output)
    Usage = 2,          // bad command line or invalid value; nothing was changed
    Unreachable = 3,    // a server or NetBox could not be reached or refused the credentials
    DataError = 4,      // the local data file could not be opened, is newer, or rejected the change
    Busy = 5,           // another LeaseLink process holds the server or data file
    SecretError = 6,    // the keychain is unavailable or refused the operation
    CertificateNotTrusted = 7, // unknown or changed certificate, or the fingerprint did not match
};

} // namespace leaselink::cli
