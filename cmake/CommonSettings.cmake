# One INTERFACE target carries the language level, warnings and strict Qt defines for every
# target of the project, so that no target can quietly build with weaker settings.
add_library(atc_common INTERFACE)
target_compile_features(atc_common INTERFACE cxx_std_17)
target_compile_definitions(atc_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_MESSAGELOGCONTEXT)
target_compile_options(atc_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)

option(ATC_WERROR "Treat warnings as errors (CI)" OFF)
if(ATC_WERROR)
    target_compile_options(atc_common INTERFACE -Werror)
endif()

option(ENABLE_ASAN "Build with AddressSanitizer" OFF)
option(ENABLE_UBSAN "Build with UndefinedBehaviorSanitizer" OFF)
if(ENABLE_ASAN)
    target_compile_options(atc_common INTERFACE -fsanitize=address -fno-omit-frame-pointer)
    target_link_options(atc_common INTERFACE -fsanitize=address)
endif()
if(ENABLE_UBSAN)
    target_compile_options(atc_common INTERFACE -fsanitize=undefined -fno-sanitize-recover=undefined)
    target_link_options(atc_common INTERFACE -fsanitize=undefined)
endif()
