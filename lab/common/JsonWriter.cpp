#include "JsonWriter.h"

namespace leaselink::lab {

JsonWriter::JsonWriter(Escaping escaping)
    : m_escaping(escaping)
{
    m_buffer.reserve(256);
}

void JsonWriter::separate()
{
    if (m_needComma)
        m_buffer.append(',');
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_buffer.append('{');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_buffer.append('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_buffer.append('[');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_buffer.append(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(QStringView name)
{
    separate();
    writeString(name);
    m_buffer.append(':');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    writeString(text);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_buffer.append(QByteArray::number(number));
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    // ConvertTo-Json and Python both print 25.0 as 25.0-ish; 'g' with enough digits keeps
    // round values short and fractions exact enough for percentages.
    QByteArray text = QByteArray::number(number, 'g', 15);
    if (!text.contains('.') && !text.contains('e'))
        text.append(".0");
    m_buffer.append(text);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_buffer.append(flag ? "true" : "false");
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_buffer.append("null");
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::nullableValue(const QString &text)
{
    return text.isNull() ? null() : value(text);
}

JsonWriter &JsonWriter::rawValue(const QByteArray &json)
{
    separate();
    m_buffer.append(json);
    m_needComma = true;
    return *this;
}

QByteArray JsonWriter::take()
{
    m_needComma = false;
    return std::exchange(m_buffer, {});
}

void JsonWriter::writeString(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const bool powerShell = m_escaping == Escaping::PowerShell;
    m_buffer.append('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool psEscape = powerShell && (c == u'<' || c == u'>' || c == u'&' || c == u'\'');
        if (c == u'"') {
            m_buffer.append("\\\"");
        } else if (c == u'\\') {
            m_buffer.append("\\\\");
        } else if (c == u'\n') {
            m_buffer.append("\\n");
        } else if (c == u'\r') {
            m_buffer.append("\\r");
        } else if (c == u'\t') {
            m_buffer.append("\\t");
        } else if (c < 0x20 || psEscape) {
            m_buffer.append("\\u00");
            m_buffer.append(hex[(c >> 4) & 0xF]);
            m_buffer.append(hex[c & 0xF]);
        } else if (c < 0x80) {
            m_buffer.append(char(c));
        } else {
            // Convert whole non-ASCII runs so surrogate pairs stay together.
            qsizetype end = i + 1;
            while (end < text.size() && text[end].unicode() >= 0x80)
                ++end;
            m_buffer.append(text.mid(i, end - i).toUtf8());
            i = end - 1;
        }
    }
    m_buffer.append('"');
}

} // namespace leaselink::lab
