#include "ArgQuery.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace atc::emulator {

namespace {

/** Splits at `separator` outside quotes and brackets. */
QStringList splitTopLevel(const QString &text, QChar separator)
{
    QStringList parts;
    QString current;
    int depth = 0;
    QChar quote;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            current.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'(' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u']') {
            --depth;
        } else if (c == separator && depth == 0) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current.append(c);
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

QSet<QString> quotedValues(const QString &list)
{
    QSet<QString> values;
    static const QRegularExpression quoted(u"['\"]([^'\"]*)['\"]"_s);
    auto it = quoted.globalMatch(list);
    while (it.hasNext())
        values.insert(it.next().captured(1).toLower());
    return values;
}

/** Parses `name = expr` or `expr` into a column. */
ArgQuery::Column parseColumn(const QString &text)
{
    ArgQuery::Column column;
    QString expr = text.trimmed();
    static const QRegularExpression assignment(u"^([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)\\s*(.+)$"_s);
    const auto m = assignment.match(expr);
    if (m.hasMatch()) {
        column.name = m.captured(1);
        expr = m.captured(2).trimmed();
    }
    // Unwrap tostring(...) / tolower(...) / todynamic(...).
    static const QRegularExpression call(u"^(tostring|tolower|todynamic|tostring)\\s*\\((.*)\\)$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto cm = call.match(expr); cm.hasMatch(); cm = call.match(expr)) {
        if (cm.captured(1).compare(u"tolower"_s, Qt::CaseInsensitive) == 0)
            column.toLower = true;
        expr = cm.captured(2).trimmed();
    }
    // properties.a['b'].c  →  properties, a, b, c
    QString normalized = expr;
    static const QRegularExpression bracket(u"\\[\\s*['\"]([^'\"]+)['\"]\\s*\\]"_s);
    normalized.replace(bracket, u".\\1"_s);
    for (const QString &segment : normalized.split(u'.', Qt::SkipEmptyParts))
        column.path.append(segment.trimmed());
    if (column.path.isEmpty())
        column.path.append(column.name.isEmpty() ? u"_"_s : column.name);
    if (column.name.isEmpty())
        column.name = column.path.join(u'_');
    return column;
}

} // namespace

void ArgQuery::Column::resolveFast()
{
    const QString base = path.value(0);
    static const QList<QPair<QString, Fast>> names{
        {u"id"_s, Fast::Id},
        {u"name"_s, Fast::Name},
        {u"type"_s, Fast::Type},
        {u"location"_s, Fast::Location},
        {u"resourceGroup"_s, Fast::ResourceGroup},
        {u"subscriptionId"_s, Fast::SubscriptionId},
        {u"tenantId"_s, Fast::TenantId},
        {u"tags"_s, Fast::Tags},
        {u"properties"_s, Fast::Properties},
        {u"kind"_s, Fast::EmptyString},
        {u"managedBy"_s, Fast::EmptyString},
    };
    fast = Fast::Other;
    pathUtf8.clear();
    for (const QString &segment : std::as_const(path))
        pathUtf8.append(segment.toUtf8());
    for (const auto &n : names) {
        if (n.first == base)
            fast = n.second;
    }
}

bool ArgQuery::hasIdColumn() const
{
    if (!projected)
        return true;
    for (const Column &c : columns) {
        if (c.name == u"id"_s)
            return true;
    }
    return false;
}

ArgQuery ArgQuery::parse(const QString &query)
{
    ArgQuery q;
    QStringList stages = splitTopLevel(query, u'|');
    if (stages.isEmpty()) {
        q.table = Table::Unknown;
        return q;
    }
    static const QRegularExpression operatorStage(
        u"^(where|project|extend|limit|take|order|sort|top|summarize|distinct|join|mv-expand)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (operatorStage.match(stages.first()).hasMatch()) {
        q.tableName = u"Resources"_s;
    } else {
        q.tableName = stages.takeFirst().trimmed();
        const QString lower = q.tableName.toLower();
        if (lower == u"resources"_s)
            q.table = Table::Resources;
        else if (lower == u"resourcecontainers"_s)
            q.table = Table::ResourceContainers;
        else
            q.table = Table::Unknown;
    }

    static const QRegularExpression typeEq(u"\\btype\\s*(=~|==)\\s*(['\"][^'\"]*['\"])"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression typeIn(u"\\btype\\s+in~?\\s*\\(([^)]*)\\)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subEq(u"\\bsubscriptionId\\s*(=~|==)\\s*(['\"][^'\"]*['\"])"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression subIn(u"\\bsubscriptionId\\s+in~?\\s*\\(([^)]*)\\)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression limitRe(u"^(limit|take|top)\\s+(\\d+)"_s,
                                            QRegularExpression::CaseInsensitiveOption);

    for (const QString &stage : std::as_const(stages)) {
        const QString keyword = stage.section(u' ', 0, 0).toLower();
        const QString rest = stage.section(u' ', 1).trimmed();
        if (keyword == u"where"_s) {
            // Only conjunctions are understood; a disjunction is ignored (lenient).
            if (rest.contains(u" or "_s, Qt::CaseInsensitive))
                continue;
            if (auto m = typeEq.match(rest); m.hasMatch())
                q.typeFilters.append(quotedValues(m.captured(2)));
            if (auto m = typeIn.match(rest); m.hasMatch())
                q.typeFilters.append(quotedValues(m.captured(1)));
            if (auto m = subEq.match(rest); m.hasMatch())
                q.subscriptionFilters.append(quotedValues(m.captured(2)));
            if (auto m = subIn.match(rest); m.hasMatch())
                q.subscriptionFilters.append(quotedValues(m.captured(1)));
        } else if (keyword == u"project"_s) {
            QList<Column> columns;
            for (const QString &c : splitTopLevel(rest, u',')) {
                Column column = parseColumn(c);
                // A projected name that refers to an earlier extend takes its expression.
                if (column.path.size() == 1) {
                    for (const Column &e : std::as_const(q.extended)) {
                        if (e.name == column.path.first()) {
                            const QString name = column.name;
                            column = e;
                            column.name = name;
                        }
                    }
                }
                columns.append(column);
            }
            q.projected = true;
            q.columns = columns;
        } else if (keyword == u"extend"_s) {
            for (const QString &c : splitTopLevel(rest, u','))
                q.extended.append(parseColumn(c));
        } else if (auto m = limitRe.match(stage); m.hasMatch()) {
            const qint64 n = m.captured(2).toLongLong();
            q.limit = q.limit < 0 ? n : qMin(q.limit, n);
        }
    }
    return q;
}

} // namespace atc::emulator
