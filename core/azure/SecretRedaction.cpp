#include "SecretRedaction.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace atc::redaction {

namespace {

QByteArray lowerHex(QByteArray encoded)
{
    for (qsizetype i = 0; i + 2 < encoded.size(); ++i) {
        if (encoded.at(i) == '%') {
            encoded[i + 1] = char(QChar::toLower(uint(uchar(encoded.at(i + 1)))));
            encoded[i + 2] = char(QChar::toLower(uint(uchar(encoded.at(i + 2)))));
            i += 2;
        }
    }
    return encoded;
}

/** Every spelling of `secret` worth looking for, longest first. */
QList<QByteArray> spellings(const QStringList &secrets)
{
    QList<QByteArray> out;
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        const QByteArray raw = secret.toUtf8();
        const QByteArray full = QUrl::toPercentEncoding(secret);
        QByteArray form = QUrl::toPercentEncoding(secret, " ");
        form.replace(' ', '+');
        QByteArray json = raw;
        json.replace('\\', "\\\\").replace('"', "\\\"").replace('/', "\\/");
        for (const QByteArray &s : {raw, full, lowerHex(full), form, lowerHex(form),
                                    QUrl::toPercentEncoding(secret, "!$&'()*+,;=:@/?"), json}) {
            if (!out.contains(s))
                out.append(s);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return out;
}

} // namespace

QByteArray apply(const QByteArray &body, const QStringList &secrets)
{
    QByteArray out = body;
    const QByteArray mask = QString::fromUtf16(Mask).toUtf8();
    for (const QByteArray &s : spellings(secrets))
        out.replace(s, mask);
    return out;
}

QString apply(const QString &text, const QStringList &secrets)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    for (const QByteArray &s : spellings(secrets))
        out.replace(QString::fromUtf8(s), QString::fromUtf16(Mask));
    return out;
}

} // namespace atc::redaction
