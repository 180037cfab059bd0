#include "TagEvaluator.h"

#include <algorithm>

namespace atc {

TagEvaluator::TagEvaluator(const ConnectorProfile &profile) : m_assetTags(profile.assetTagIds)
{
    // Sorted and unique once, so that an asset no rule matches shares this list (no copy).
    std::sort(m_assetTags.begin(), m_assetTags.end());
    m_assetTags.erase(std::unique(m_assetTags.begin(), m_assetTags.end()), m_assetTags.end());
    m_assetTags.removeAll(QString());
    for (const TagRule &r : profile.tagRules) {
        CompiledRule c{r, {}};
        if (r.op == TagRuleOperator::Regex)
            c.regex = QRegularExpression(r.value, QRegularExpression::CaseInsensitiveOption);
        m_rules.append(c);
    }
}

bool TagEvaluator::matchValue(const CompiledRule &c, const QString &value)
{
    switch (c.rule.op) {
    case TagRuleOperator::Equals:
        return value.compare(c.rule.value, Qt::CaseInsensitive) == 0;
    case TagRuleOperator::Contains:
        return value.contains(c.rule.value, Qt::CaseInsensitive);
    case TagRuleOperator::StartsWith:
        return value.startsWith(c.rule.value, Qt::CaseInsensitive);
    case TagRuleOperator::Regex:
        return c.regex.isValid() && c.regex.match(value).hasMatch();
    }
    return false;
}

bool TagEvaluator::matches(const CompiledRule &c, const AzureResource &r,
                           const QString &subscriptionName)
{
    switch (c.rule.field) {
    case TagRuleField::ResourceType:
        return matchValue(c, r.type);
    case TagRuleField::Location:
        return matchValue(c, r.location);
    case TagRuleField::ResourceGroup:
        return matchValue(c, r.resourceGroup);
    case TagRuleField::Subscription:
        return matchValue(c, r.subscriptionId) ||
               (!subscriptionName.isEmpty() && matchValue(c, subscriptionName));
    case TagRuleField::Name:
        return matchValue(c, r.name);
    case TagRuleField::AzureTag:
        // Azure tag names are case-insensitive.
        for (auto it = r.tags.cbegin(); it != r.tags.cend(); ++it) {
            if (it.key().compare(c.rule.azureTagKey, Qt::CaseInsensitive) == 0 &&
                matchValue(c, it.value()))
                return true;
        }
        return false;
    }
    return false;
}

bool TagEvaluator::ruleMatches(const TagRule &rule, const AzureResource &resource,
                               const QString &subscriptionName)
{
    CompiledRule c{rule, {}};
    if (rule.op == TagRuleOperator::Regex)
        c.regex = QRegularExpression(rule.value, QRegularExpression::CaseInsensitiveOption);
    return matches(c, resource, subscriptionName);
}

QStringList TagEvaluator::tagsFor(const AzureResource &resource,
                                  const QString &subscriptionName) const
{
    QStringList tags = m_assetTags;
    bool matched = false;
    for (const CompiledRule &c : m_rules) {
        if (!c.rule.tagId.isEmpty() && matches(c, resource, subscriptionName)) {
            tags.append(c.rule.tagId);
            matched = true;
        }
    }
    if (!matched)
        return tags;
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    tags.removeAll(QString());
    return tags;
}

} // namespace atc
