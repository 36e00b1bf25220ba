#include "MessageRecorder.h"

namespace {
QStringList g_messages;
QtMessageHandler g_previous = nullptr;
} // namespace

MessageRecorder::MessageRecorder()
{
    g_messages.clear();
    m_previous = qInstallMessageHandler(&MessageRecorder::handle);
    g_previous = m_previous;
}

MessageRecorder::~MessageRecorder()
{
    qInstallMessageHandler(m_previous);
    g_previous = nullptr;
}

QStringList MessageRecorder::messages() const
{
    return g_messages;
}

bool MessageRecorder::anyContains(const QString &text) const
{
    for (const QString &message : g_messages) {
        if (message.contains(text)) {
            return true;
        }
    }
    return false;
}

void MessageRecorder::handle(QtMsgType type, const QMessageLogContext &context,
                             const QString &message)
{
    g_messages.append(message);
    if (g_previous) {
        g_previous(type, context, message);
    }
}
