#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

class QIODevice;
class QJsonValue;

namespace atc {

/**
 * Writes JSON to a device as it goes, so that a document of any size costs a small buffer, not
 * the whole document in memory (QJsonDocument builds it all first: ~6 KB per discovered resource).
 * The caller states the structure (beginObject/key/value/endObject …); the writer adds commas,
 * escaping and — Indented — the layout of QJsonDocument::Indented. Lines style is NDJSON: every
 * top-level value is written compactly on a line of its own.
 *
 * Strings are written as UTF-8; `"`, `\` and every control character below U+0020 are escaped
 * (\n \r \t \b \f, else \u00XX); a lone surrogate becomes U+FFFD, so the output is always valid
 * UTF-8 and valid JSON. A non-finite double is written as null (JSON has no NaN).
 */
class JsonStreamWriter
{
public:
    enum class Style
    {
        Compact,
        Indented, ///< QJsonDocument::Indented's layout (4 spaces)
        Lines,    ///< NDJSON: one compact top-level value per line
    };

    /** `device` must be open for writing and outlive the writer. */
    explicit JsonStreamWriter(QIODevice *device, Style style = Style::Compact);
    /** Flushes what is buffered. */
    ~JsonStreamWriter();

    JsonStreamWriter(const JsonStreamWriter &) = delete;
    JsonStreamWriter &operator=(const JsonStreamWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /** The name of the next member; only inside an object. */
    void key(QStringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(bool on);
    void value(int number) { value(qint64(number)); }
    void value(qint64 number);
    void value(double number);
    void value(const QJsonValue &json); ///< any QJsonValue, nested objects and arrays included
    void nullValue();

    /** key(name) followed by value(v). */
    template <typename T> void member(QStringView name, const T &v)
    {
        key(name);
        value(v);
    }

    /** Hands the buffer to the device. False once any write failed (a closed pipe, a full disk). */
    bool flush();
    bool ok() const { return m_ok; }
    /** Open objects and arrays; 0 when every top-level value is complete. */
    int depth() const { return int(m_stack.size()); }

    /** `text` as a JSON string literal (quotes included), appended to `out`. */
    static void appendString(QByteArray *out, QStringView text);

private:
    void beforeValue();
    void afterValue();
    void newline(int depth);
    void maybeFlush();

    struct Level
    {
        bool object = false;
        bool empty = true;
    };

    QIODevice *m_device;
    Style m_style;
    QByteArray m_buffer;
    QList<Level> m_stack;
    bool m_afterKey = false;
    bool m_ok = true;
};

} // namespace atc
