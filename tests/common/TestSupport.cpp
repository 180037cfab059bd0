#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

namespace atc::test {

QString fixturePath(const QString &relative)
{
    return QDir(QStringLiteral(ATC_FIXTURES_DIR)).absoluteFilePath(relative);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString() << ": "
                      << f.errorString().toStdString();
        return {};
    }
    return f.readAll();
}

QStringList filesBelow(const QString &dir, const QString &suffix)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (p.endsWith(suffix))
            out << p;
    }
    out.sort();
    return out;
}

} // namespace atc::test
