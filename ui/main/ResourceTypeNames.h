#pragma once

#include <QCoreApplication>
#include <QString>

namespace atc {

/**
 * Words for common Azure resource types: "Microsoft.Compute/virtualMachines" → "Virtual
 * machine". Types are matched case-insensitively, as Azure does; an unknown type has no
 * friendly name and is shown as it is.
 */
class ResourceTypeNames
{
    Q_DECLARE_TR_FUNCTIONS(atc::ResourceTypeNames)
public:
    /** The translated name, or empty for a type not in the table. */
    static QString friendlyName(const QString &type);
    /** "Virtual machine (Microsoft.Compute/virtualMachines)"; the raw type when unknown. */
    static QString describe(const QString &type);
};

} // namespace atc
