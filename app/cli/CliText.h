#pragma once

#include <QCoreApplication>

namespace leaselink::cli {

// The translation context of leaselink-cli's user texts: messages, warnings and help are written
// as CliText::tr("..."); option names, JSON keys and usage synopses stay untranslated.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(leaselink::cli::CliText)
};

} // namespace leaselink::cli
