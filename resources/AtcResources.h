#pragma once

/**
 * Registers the application's resources (:/icons/…). The .qrc is compiled into a static
 * library, whose objects the linker would drop unless something refers to them: this does.
 * Safe to call more than once.
 */
void atcInitResources();
