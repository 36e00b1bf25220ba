#include "Confirmation.h"
#include "CliText.h"

#include "CliOutput.h"
#include "TokenInput.h"

#include <iostream>
#include <string>

namespace leaselink::cli {

bool confirmDestructive(CliOutput &output, bool yesGiven, const QString &question)
{
    if (yesGiven)
        return true;
    if (!TokenInput::canPrompt()) {
        output.error(question + CliText::tr(" Refusing without --yes, because standard input "
                                            "is not a terminal."));
        return false;
    }
    output.err() << question << " [y/N] " << Qt::flush;
    std::string answer;
    std::getline(std::cin, answer);
    return answer == "y" || answer == "Y" || answer == "yes";
}

} // namespace leaselink::cli
