#pragma once

#include <QString>
#include <QTextStream>

#include <cstdio>

namespace leaselink::cli {

// Where a command writes: results to stdout, diagnostics and progress to stderr. Nothing written
// here may contain a secret; commands print only names, hosts and outcomes.
class CliOutput
{
public:
    CliOutput()
        : m_out(stdout)
        , m_err(stderr)
    {}
    // Captures both streams in strings (--demo's setup runs commands whose output is not wanted).
    CliOutput(QString *out, QString *err)
        : m_out(out)
        , m_err(err)
    {}

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void line(const QString &text) { m_out << text << '\n'; }
    void error(const QString &text) { m_err << "leaselink-cli: " << text << Qt::endl; }

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace leaselink::cli
