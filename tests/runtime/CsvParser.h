#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace atc::test {

/** RFC 4180 CSV (CRLF rows; quoted fields with commas, doubled quotes and line breaks). */
inline bool parseCsv(const QString &text, QList<QStringList> *rows)
{
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty())
                return false; // a quote inside an unquoted field
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            field.clear();
            *rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return !quoted && field.isEmpty() && row.isEmpty();
}

} // namespace atc::test
