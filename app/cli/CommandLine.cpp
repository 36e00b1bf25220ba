#include "CommandLine.h"
#include "CliText.h"

#include "CliOutput.h"
#include "ExitCode.h"

namespace leaselink::cli {

CommandLine::CommandLine(QString usage)
    : m_usage(std::move(usage))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          CliText::tr("Show help for this command.")));
}

std::optional<QString> CommandLine::parse(const QStringList &args, int minPositional,
                                          int maxPositional)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{QStringLiteral("leaselink-cli")} + args))
        return CliText::tr("%1 (usage: %2)").arg(m_parser.errorText(), m_usage);
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_helpRequested = true;
        return std::nullopt;
    }
    const auto count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return CliText::tr("missing argument (usage: %1)").arg(m_usage);
    if (count > maxPositional) {
        return CliText::tr("unexpected argument '%1' (usage: %2)")
            .arg(m_parser.positionalArguments().value(maxPositional), m_usage);
    }
    return std::nullopt;
}

std::optional<int> CommandLine::parseOrStop(CliOutput &output, const QStringList &args,
                                            int minPositional, int maxPositional)
{
    if (auto problem = parse(args, minPositional, maxPositional)) {
        output.error(*problem);
        return ExitCode::Usage;
    }
    if (m_helpRequested) {
        output.out() << helpText();
        return ExitCode::Ok;
    }
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    QString text = CliText::tr("Usage: leaselink-cli %1").arg(m_usage) + QLatin1Char('\n');
    // QCommandLineParser::helpText() starts with its own usage line and a blank line; keep only
    // the options after it (its "Options:" heading is translated with Qt's own texts).
    const QString generated = m_parser.helpText();
    const auto optionsAt = generated.indexOf(QLatin1String("\n\n"));
    if (optionsAt >= 0)
        text += QLatin1Char('\n') + generated.mid(optionsAt + 2);
    return text;
}

} // namespace leaselink::cli
