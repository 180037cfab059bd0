#include "AtcResources.h"

#include <QtCore/qglobal.h>

void atcInitResources()
{
    // Outside any namespace, as Q_INIT_RESOURCE requires.
    Q_INIT_RESOURCE(resources);
}
