# Included by the install script (resources/CMakeLists.txt, install(CODE)): installs the systemd
# user units, written from their templates with the full paths of this installation. At install
# time, because only then is the prefix final (`cmake --install --prefix`, /usr under cpack).
# In: ATC_UNIT_TEMPLATES (*.in), ATC_UNIT_WORK_DIR (build tree), ATC_UNIT_DIR, ATC_BINDIR,
# ATC_DOCDIR (as GNUInstallDirs gives them: relative to the prefix, or absolute).
foreach(kind BIN DOC)
    set(dir "${ATC_${kind}DIR}")
    if(NOT IS_ABSOLUTE "${dir}")
        set(dir "${CMAKE_INSTALL_PREFIX}/${dir}")
    endif()
    set(ATC_INSTALL_FULL_${kind}DIR "${dir}")
endforeach()
# One folder per destination: two installs at once (the install test, cpack) never share one.
string(MD5 key "$ENV{DESTDIR}|${CMAKE_INSTALL_PREFIX}")
set(work "${ATC_UNIT_WORK_DIR}/${key}")
set(units)
foreach(template IN LISTS ATC_UNIT_TEMPLATES)
    get_filename_component(unit "${template}" NAME_WLE)
    configure_file("${template}" "${work}/${unit}" @ONLY)
    list(APPEND units "${work}/${unit}")
endforeach()
set(dest "${ATC_UNIT_DIR}")
if(NOT IS_ABSOLUTE "${dest}")
    set(dest "${CMAKE_INSTALL_PREFIX}/${dest}")
endif()
# file(INSTALL) is what install(FILES) runs: DESTDIR, the install manifest and the messages.
file(INSTALL DESTINATION "${dest}" TYPE FILE FILES ${units})
