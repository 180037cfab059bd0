#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace atc::redaction {

/** What a secret is replaced with in any text built from a server's answer. */
inline constexpr char16_t Mask[] = u"[redacted]";

/**
 * Replaces every known secret in `text`, also in the encodings a server may echo it in: as
 * sent in a form (percent-encoded, either hex case, '+' for space), with only the characters
 * outside the URL's reserved set encoded, and JSON-escaped. Empty secrets are ignored; the
 * longest secret is replaced first so that one secret inside another cannot leave a tail.
 */
QString apply(const QString &text, const QStringList &secrets);
/** The same for an undecoded body, before anything is parsed from it. */
QByteArray apply(const QByteArray &body, const QStringList &secrets);

} // namespace atc::redaction
