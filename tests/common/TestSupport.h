#pragma once

#include <QByteArray>
#include <QString>

namespace atc::test {

/** Absolute path of a file under tests/data/azure (real Azure payloads, see SOURCES.md). */
QString fixturePath(const QString &relative);
/** Reads a whole file; fails the current test (ADD_FAILURE) when it cannot. */
QByteArray readFile(const QString &path);
/** Every file below `dir` whose name ends with `suffix`, sorted. */
QStringList filesBelow(const QString &dir, const QString &suffix);

} // namespace atc::test
