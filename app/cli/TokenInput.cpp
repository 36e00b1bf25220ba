#include "TokenInput.h"
#include "CliText.h"

#include <QProcessEnvironment>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace leaselink::cli {

namespace {

// Switches terminal echo off for its lifetime and restores it on every exit path.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_handle, &m_saved))
            m_active = SetConsoleMode(m_handle, m_saved & ~DWORD(ENABLE_ECHO_INPUT));
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios silent = m_saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_saved);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

Expected<QString> TokenInput::fromEnvironment(const QString &variable)
{
    if (variable.isEmpty())
        return fail(CliText::tr("--token-env needs the name of an environment variable"));
    const auto environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(variable))
        return fail(CliText::tr("environment variable %1 is not set").arg(variable));
    const QString token = environment.value(variable).trimmed();
    if (token.isEmpty())
        return fail(CliText::tr("environment variable %1 is empty").arg(variable));
    return token;
}

bool TokenInput::canPrompt()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

Expected<QString> TokenInput::prompt(const QString &question)
{
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    {
        EchoOff echoOff;
        if (!std::getline(std::cin, line))
            return fail(CliText::tr("no token entered (end of input)"));
    }
    std::fputs("\n", stderr);
    const QString token = QString::fromStdString(line).trimmed();
    if (token.isEmpty())
        return fail(CliText::tr("no token entered"));
    return token;
}

} // namespace leaselink::cli
