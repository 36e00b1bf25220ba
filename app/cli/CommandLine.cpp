#include "CommandLine.h"

#include "CliOutput.h"
#include "ExitCode.h"

namespace leaselink::cli {

CommandLine::CommandLine(QString usage)
    : m_usage(std::move(usage))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          QStringLiteral("Show help for this command.")));
}

std::optional<QString> CommandLine::parse(const QStringList &args, int minPositional,
                                          int maxPositional)
{
    // QCommandLineParser expects the program name first.
    if (!m_parser.parse(QStringList{QStringLiteral("leaselink-cli")} + args))
        return m_parser.errorText() + QStringLiteral(" (usage: ") + m_usage + QLatin1Char(')');
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_helpRequested = true;
        return std::nullopt;
    }
    const auto count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return QStringLiteral("missing argument (usage: ") + m_usage + QLatin1Char(')');
    if (count > maxPositional) {
        return QStringLiteral("unexpected argument '") +
               m_parser.positionalArguments().value(maxPositional) + QStringLiteral("' (usage: ") +
               m_usage + QLatin1Char(')');
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
    QString text = QStringLiteral("Usage: leaselink-cli ") + m_usage + QLatin1Char('\n');
    // QCommandLineParser::helpText() starts with its own usage line; keep only the options.
    const QString generated = m_parser.helpText();
    const auto optionsAt = generated.indexOf(QStringLiteral("Options:"));
    if (optionsAt >= 0)
        text += QLatin1Char('\n') + generated.mid(optionsAt);
    return text;
}

} // namespace leaselink::cli
