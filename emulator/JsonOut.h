#pragma once

#include <QByteArray>
#include <QString>

namespace atc::emulator::json {

/** Appends `text` (UTF-8) escaped for a JSON string, without quotes; optionally with ASCII
 *  letters lower-cased. Hand-written because pages of 1000 resources must serialise in well
 *  under a millisecond. */
inline void appendEscaped(QByteArray &out, const QByteArray &text, bool toLower = false)
{
    const qsizetype start = out.size();
    const char *p = text.constData();
    const char *end = p + text.size();
    const char *run = p;
    for (; p < end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(esc, 6);
        }
        }
        run = p + 1;
    }
    out.append(run, end - run);
    if (toLower) {
        for (char *q = out.data() + start, *qe = out.data() + out.size(); q < qe; ++q) {
            if (*q >= 'A' && *q <= 'Z')
                *q = char(*q + ('a' - 'A'));
        }
    }
}

/** Appends `text` (UTF-8) as a JSON string literal. */
inline void appendString(QByteArray &out, const QByteArray &text)
{
    out.append('"');
    appendEscaped(out, text);
    out.append('"');
}

inline void appendString(QByteArray &out, const QString &text)
{
    appendString(out, text.toUtf8());
}

/** Appends `"key":` */
inline void appendKey(QByteArray &out, const char *key)
{
    out.append('"').append(key).append("\":");
}

/** Appends a compact JSON object, or {} when empty. */
inline void appendObject(QByteArray &out, const QByteArray &compactObject)
{
    if (compactObject.isEmpty())
        out.append("{}");
    else
        out.append(compactObject);
}

} // namespace atc::emulator::json
