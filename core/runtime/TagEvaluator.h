#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include "azure/AzureTypes.h"
#include "model/ConnectorProfile.h"

namespace atc {

/**
 * Which asset tags an Azure resource gets: the profile's generic asset tags, plus the tag of
 * every rule that matches. All comparisons are case-insensitive; Regex is unanchored. A rule
 * with an invalid regular expression never matches. Built once per run (regexes compiled once).
 */
class TagEvaluator
{
public:
    explicit TagEvaluator(const ConnectorProfile &profile);

    /** Sorted, unique tag ids. `subscriptionName` is the subscription's display name. */
    QStringList tagsFor(const AzureResource &resource, const QString &subscriptionName) const;

    /** One rule against one resource (exposed for tests and the wizard's preview). */
    static bool ruleMatches(const TagRule &rule, const AzureResource &resource,
                            const QString &subscriptionName);

private:
    struct CompiledRule
    {
        TagRule rule;
        QRegularExpression regex;
    };
    static bool matchValue(const CompiledRule &rule, const QString &value);
    static bool matches(const CompiledRule &rule, const AzureResource &resource,
                        const QString &subscriptionName);

    QStringList m_assetTags;
    QList<CompiledRule> m_rules;
};

} // namespace atc
