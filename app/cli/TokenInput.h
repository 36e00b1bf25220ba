#pragma once

#include "domain/Error.h"

#include <QString>

namespace leaselink::cli {

// How the CLI obtains a token: never from a plain argument (the process list would show it), but
// from a named environment variable or, on a terminal, from a prompt with echo switched off.
class TokenInput
{
public:
    // The trimmed value of the variable; an error names the variable (never a value) when it is
    // unset or blank.
    static Expected<QString> fromEnvironment(const QString &variable);
    // True when standard input is an interactive terminal, so a prompt can be shown.
    static bool canPrompt();
    // Prints the prompt on stderr, reads one line from the terminal without echo.
    static Expected<QString> prompt(const QString &question);
};

} // namespace leaselink::cli
