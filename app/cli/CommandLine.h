#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace leaselink::cli {

class CliOutput;

// A sub-command's command line: QCommandLineParser without its process()-and-exit behaviour, so
// every mistake becomes an exit code 2 with a sentence instead of a silent exit.
class CommandLine
{
public:
    // usage: e.g. "servers add NAME --hostname HOST [options]"
    explicit CommandLine(QString usage);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    // Parses args (without the program and command words). Returns an error sentence on failure,
    // including a wrong number of positional arguments.
    std::optional<QString> parse(const QStringList &args, int minPositional, int maxPositional);

    // parse() for a command: prints the error (exit code 2) or the help (exit code 0) and returns
    // the exit code when the command should stop there; nullopt when it should go on.
    std::optional<int> parseOrStop(CliOutput &output, const QStringList &args, int minPositional,
                                   int maxPositional);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool helpRequested() const { return m_helpRequested; }
    QString helpText() const;

private:
    QString m_usage;
    QCommandLineParser m_parser;
    bool m_helpRequested = false;
};

} // namespace leaselink::cli
