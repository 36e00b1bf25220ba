#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace leaselink::lab {

// Builds compact JSON text with keys in the order they are written. The simulators need this
// because QJsonObject sorts keys, while PowerShell's ConvertTo-Json (and Django REST framework)
// keep declaration order, and clients and recordings are compared against that order. Writing
// straight into one buffer also keeps 100k-item pages cheap.
class JsonWriter
{
public:
    // PowerShell 5.1 escapes < > & ' as \u003c \u003e \u0026 \u0027; NetBox does not.
    enum class Escaping
    {
        Standard,
        PowerShell
    };

    explicit JsonWriter(Escaping escaping = Escaping::Standard);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QStringView name);

    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &value(const char *latin1) { return value(QString::fromLatin1(latin1)); }
    // Without these, u"text" literals would silently pick the bool overload.
    JsonWriter &value(const char16_t *text) { return value(QStringView(text)); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // A string, or null when the text is null (QString()).
    JsonWriter &nullableValue(const QString &text);
    // Splices already-serialised JSON in as one value.
    JsonWriter &rawValue(const QByteArray &json);

    QByteArray take();
    const QByteArray &buffer() const { return m_buffer; }

private:
    void separate();
    void writeString(QStringView text);

    Escaping m_escaping;
    QByteArray m_buffer;
    bool m_needComma = false;
};

} // namespace leaselink::lab
