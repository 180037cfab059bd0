# Generates a gzipped man page from a program's --help/--version with help2man; run at build
# time by app/CMakeLists.txt:
#   cmake -DPROGRAM=<exe> -DHELP2MAN=<help2man> -DINCLUDE=<file.h2m> -DNAME=<one line>
#         -DOUTPUT=<page.1.gz> [-DCOMMANDS=ON] [-DKEEP_STDERR=ON] -P ManPage.cmake
# KEEP_STDERR=ON: help2man reads stderr too (--no-discard-stderr), for a program that writes its
# help there; off for the desktop, whose stderr may carry Qt's warnings.
# COMMANDS=ON (atc): a COMMANDS section with `PROGRAM help <verb>` for every verb that
# `PROGRAM --help` lists under "Commands:", so the page holds every option, not only the verbs.
# The page is generated from the built program, never written by hand: it cannot go stale.
cmake_minimum_required(VERSION 3.25)

foreach(var PROGRAM HELP2MAN INCLUDE NAME OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake: ${var} is not set")
    endif()
endforeach()

get_filename_component(page "${OUTPUT}" NAME_WLE) # atc.1
get_filename_component(workdir "${OUTPUT}" DIRECTORY)
set(includes --include "${INCLUDE}")

if(COMMANDS)
    execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} --help failed (${rc})")
    endif()
    # The verbs: the indented first words of the lines after "Commands:", up to a blank line.
    string(REGEX MATCH "Commands:\n(([ ]+[^\n]*\n)+)" block "${help}")
    string(REGEX MATCHALL "\n  [a-z][a-z-]*" verbs "\n${CMAKE_MATCH_1}")
    set(section "[COMMANDS]\n")
    foreach(verb IN LISTS verbs)
        string(STRIP "${verb}" verb)
        execute_process(COMMAND "${PROGRAM}" help ${verb} OUTPUT_VARIABLE text RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "${PROGRAM} help ${verb} failed (${rc})")
        endif()
        # roff: backslashes escaped; a line starting with . or ' would be a request.
        string(REPLACE "\\" "\\e" text "${text}")
        string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
        # The ellipsis as a roff glyph: "..." on an ASCII terminal instead of "???".
        string(REPLACE "…" "\\[u2026]" text "${text}")
        string(APPEND section ".SS \"${verb}\"\n.nf\n${text}.fi\n")
    endforeach()
    if(verbs STREQUAL "")
        message(FATAL_ERROR "${PROGRAM} --help lists no commands")
    endif()
    file(WRITE "${workdir}/${page}.commands.h2m" "${section}")
    # First: help2man places sections it does not know (COMMANDS, EXIT STATUS) in the order
    # the include files name them, and the verbs belong right after the description.
    list(PREPEND includes --include "${workdir}/${page}.commands.h2m")
endif()

set(stderr_option)
if(KEEP_STDERR)
    set(stderr_option --no-discard-stderr)
endif()
execute_process(
    COMMAND "${HELP2MAN}" ${stderr_option} --no-info --name "${NAME}" ${includes}
            --output "${workdir}/${page}" "${PROGRAM}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed for ${PROGRAM} (${rc})")
endif()

# Debian installs man pages gzipped; -n keeps the name and time out of the header, so the
# package is reproducible.
find_program(GZIP gzip REQUIRED)
execute_process(COMMAND "${GZIP}" -9nf "${workdir}/${page}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip failed (${rc})")
endif()
