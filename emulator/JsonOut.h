#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstring>

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

namespace detail {

inline const char *skipSpace(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    return p;
}

/** `p` at an opening quote; returns the position after the closing quote. */
inline const char *skipString(const char *p, const char *e)
{
    for (++p; p < e; ++p) {
        if (*p == '\\')
            ++p;
        else if (*p == '"')
            return p + 1;
    }
    return e;
}

inline const char *skipValue(const char *p, const char *e)
{
    p = skipSpace(p, e);
    if (p >= e)
        return e;
    if (*p == '"')
        return skipString(p, e);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < e) {
            const char c = *p;
            if (c == '"') {
                p = skipString(p, e);
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return p + 1;
            }
            ++p;
        }
        return e;
    }
    while (p < e && *p != ',' && *p != '}' && *p != ']')
        ++p;
    return p;
}

} // namespace detail

/**
 * The raw JSON text of the value at `path` (member names, or array indexes) inside the JSON
 * document `json`, or a null QByteArray when absent. A scanner, not a parser: Resource Graph
 * projections such as `ipAddress = properties.ipAddress` read one member of a stored blob per
 * row, and parsing thousands of blobs per page would dominate the page's cost.
 */
inline QByteArray findPath(const QByteArray &json, const QList<QByteArray> &path, int from = 0)
{
    const char *p = json.constData();
    const char *e = p + json.size();
    for (int i = from; i < path.size(); ++i) {
        p = detail::skipSpace(p, e);
        if (p >= e)
            return {};
        const QByteArray &want = path.at(i);
        if (*p == '{') {
            ++p;
            bool found = false;
            while (p < e) {
                p = detail::skipSpace(p, e);
                if (p >= e || *p != '"')
                    return {};
                const char *keyStart = p + 1;
                p = detail::skipString(p, e);
                const qsizetype keyLength = (p - 1) - keyStart;
                p = detail::skipSpace(p, e);
                if (p >= e || *p != ':')
                    return {};
                ++p;
                if (keyLength == want.size() &&
                    std::memcmp(keyStart, want.constData(), std::size_t(keyLength)) == 0) {
                    found = true;
                    break;
                }
                p = detail::skipSpace(detail::skipValue(p, e), e);
                if (p < e && *p == ',')
                    ++p;
                else
                    return {};
            }
            if (!found)
                return {};
        } else if (*p == '[') {
            bool ok = false;
            const int index = want.toInt(&ok);
            if (!ok || index < 0)
                return {};
            ++p;
            for (int n = 0; n < index; ++n) {
                p = detail::skipSpace(detail::skipValue(p, e), e);
                if (p < e && *p == ',')
                    ++p;
                else
                    return {};
            }
            p = detail::skipSpace(p, e);
            if (p >= e || *p == ']')
                return {};
        } else {
            return {};
        }
    }
    p = detail::skipSpace(p, e);
    const char *end = detail::skipValue(p, e);
    if (end <= p)
        return {};
    return QByteArray(p, end - p);
}

} // namespace atc::emulator::json
