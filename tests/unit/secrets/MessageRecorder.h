#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// Records every log message while alive (and still forwards it), so tests can assert that no
// secret value ever reaches a log.
class MessageRecorder
{
public:
    MessageRecorder();
    ~MessageRecorder();
    MessageRecorder(const MessageRecorder &) = delete;
    MessageRecorder &operator=(const MessageRecorder &) = delete;

    QStringList messages() const;
    bool anyContains(const QString &text) const;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    QtMessageHandler m_previous;
};
