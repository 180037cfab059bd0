#include "JsonStreamWriter.h"

#include <cmath>

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace atc {

namespace {

// Flushed to the device from this size on: few write() calls, a buffer that does not grow.
constexpr qsizetype kFlushAt = 64 * 1024;

} // namespace

JsonStreamWriter::JsonStreamWriter(QIODevice *device, Style style)
    : m_device(device), m_style(style)
{
    m_buffer.reserve(kFlushAt + 4096);
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

bool JsonStreamWriter::flush()
{
    if (!m_buffer.isEmpty()) {
        if (m_ok && (!m_device || m_device->write(m_buffer) != m_buffer.size()))
            m_ok = false;
        m_buffer.resize(0); // keeps the capacity (clear() would free it)
    }
    return m_ok;
}

void JsonStreamWriter::maybeFlush()
{
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void JsonStreamWriter::newline(int depth)
{
    m_buffer.append('\n');
    m_buffer.append(qsizetype(depth) * 4, ' ');
}

void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) { // the key wrote the separator
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Level &level = m_stack.last();
    Q_ASSERT_X(!level.object, "JsonStreamWriter", "a value inside an object needs a key");
    if (!level.empty)
        m_buffer.append(',');
    level.empty = false;
    if (m_style == Style::Indented)
        newline(int(m_stack.size()));
}

void JsonStreamWriter::afterValue()
{
    if (m_stack.isEmpty()) { // a complete top-level value
        if (m_style != Style::Compact)
            m_buffer.append('\n');
        flush();
        return;
    }
    maybeFlush();
}

void JsonStreamWriter::key(QStringView name)
{
    Q_ASSERT_X(!m_stack.isEmpty() && m_stack.last().object && !m_afterKey, "JsonStreamWriter",
               "a key outside an object");
    Level &level = m_stack.last();
    if (!level.empty)
        m_buffer.append(',');
    level.empty = false;
    if (m_style == Style::Indented)
        newline(int(m_stack.size()));
    appendString(&m_buffer, name);
    m_buffer.append(m_style == Style::Indented ? ": " : ":");
    m_afterKey = true;
}

void JsonStreamWriter::beginObject()
{
    beforeValue();
    m_buffer.append('{');
    m_stack.append(Level{true, true});
}

void JsonStreamWriter::beginArray()
{
    beforeValue();
    m_buffer.append('[');
    m_stack.append(Level{false, true});
}

void JsonStreamWriter::endObject()
{
    Q_ASSERT_X(!m_stack.isEmpty() && m_stack.last().object && !m_afterKey, "JsonStreamWriter",
               "endObject() without an open object");
    const Level level = m_stack.takeLast();
    if (m_style == Style::Indented && !level.empty)
        newline(int(m_stack.size()));
    m_buffer.append('}');
    afterValue();
}

void JsonStreamWriter::endArray()
{
    Q_ASSERT_X(!m_stack.isEmpty() && !m_stack.last().object, "JsonStreamWriter",
               "endArray() without an open array");
    const Level level = m_stack.takeLast();
    if (m_style == Style::Indented && !level.empty)
        newline(int(m_stack.size()));
    m_buffer.append(']');
    afterValue();
}

void JsonStreamWriter::value(QStringView text)
{
    beforeValue();
    appendString(&m_buffer, text);
    afterValue();
}

void JsonStreamWriter::value(bool on)
{
    beforeValue();
    m_buffer.append(on ? "true" : "false");
    afterValue();
}

void JsonStreamWriter::value(qint64 number)
{
    beforeValue();
    m_buffer.append(QByteArray::number(number));
    afterValue();
}

void JsonStreamWriter::value(double number)
{
    beforeValue();
    if (std::isfinite(number))
        m_buffer.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        m_buffer.append("null");
    afterValue();
}

void JsonStreamWriter::nullValue()
{
    beforeValue();
    m_buffer.append("null");
    afterValue();
}

void JsonStreamWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return nullValue();
    case QJsonValue::Bool:
        return value(json.toBool());
    case QJsonValue::Double: {
        const double d = json.toDouble();
        // Integers as integers (as QJsonDocument writes them), up to 2^53.
        if (std::abs(d) < 9007199254740992.0 && d == std::floor(d))
            return value(qint64(d));
        return value(d);
    }
    case QJsonValue::String:
        return value(json.toString());
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray a = json.toArray();
        for (const QJsonValue &v : a)
            value(v);
        return endArray();
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = json.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        return endObject();
    }
    }
}

void JsonStreamWriter::appendString(QByteArray *out, QStringView text)
{
    // Hot path (every field of hundreds of thousands of resources): the worst case is reserved
    // once (6 bytes per UTF-16 unit: \u00XX) and written through a pointer, no append() per
    // character.
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = out->size();
    out->resize(start + text.size() * 6 + 2);
    char *const begin = out->data();
    char *d = begin + start;
    *d++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *d++ = char(c);
                continue;
            }
            *d++ = '\\';
            switch (c) {
            case u'"':
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                break;
            case u'\n':
                *d++ = 'n';
                break;
            case u'\r':
                *d++ = 'r';
                break;
            case u'\t':
                *d++ = 't';
                break;
            case u'\b':
                *d++ = 'b';
                break;
            case u'\f':
                *d++ = 'f';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[c >> 4];
                *d++ = hex[c & 0xf];
            }
            continue;
        }
        char32_t cp = c;
        if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
            cp = QChar::surrogateToUcs4(c, *p++);
        else if (QChar::isSurrogate(c))
            cp = QChar::ReplacementCharacter; // a lone half: not representable in UTF-8
        if (cp < 0x800) {
            *d++ = char(0xc0 | (cp >> 6));
            *d++ = char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            *d++ = char(0xe0 | (cp >> 12));
            *d++ = char(0x80 | ((cp >> 6) & 0x3f));
            *d++ = char(0x80 | (cp & 0x3f));
        } else {
            *d++ = char(0xf0 | (cp >> 18));
            *d++ = char(0x80 | ((cp >> 12) & 0x3f));
            *d++ = char(0x80 | ((cp >> 6) & 0x3f));
            *d++ = char(0x80 | (cp & 0x3f));
        }
    }
    *d++ = '"';
    out->truncate(d - begin); // keeps the capacity
}

} // namespace atc
