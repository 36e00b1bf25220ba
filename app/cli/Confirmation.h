#pragma once

#include <QString>

namespace leaselink::cli {

class CliOutput;

// Destructive commands ask on a terminal and insist on --yes otherwise, so a script never
// deletes by accident and an admin at a prompt is never surprised.
bool confirmDestructive(CliOutput &output, bool yesGiven, const QString &question);

} // namespace leaselink::cli
