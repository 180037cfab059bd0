# Packaging: what `cmake --install` installs besides the programs (app/: executables, man
# pages; resources/: desktop entry, AppStream metainfo, icon, systemd user units) — the
# documentation and the licence — and the Debian package of all of it (CPack, DEB).
# Included once from the top-level CMakeLists.txt, after the subdirectories. docs/development.md,
# "Packaging and install".
#   cmake --install <dir> --prefix <tmp> --strip     # a trial install
#   cd <dir> && cpack -G DEB                         # azure-tenant-connector_<v>_<arch>.deb

# The documentation, with its screenshots, as Markdown: the desktop's Help shows the same pages
# from its resources (no path into the source tree is compiled into anything). The Debian
# copyright file (machine-readable, MIT = "Expat") beside it; LICENSE stays the source's copy.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/
    DESTINATION ${CMAKE_INSTALL_DOCDIR}
    FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "${ATC_PACKAGE_NAME}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Azure Tenant Connector developers")
set(CPACK_PACKAGE_CONTACT "The Azure Tenant Connector developers <maintainers@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The same homepage as the AppStream metainfo's <url type="homepage"> (tests/install checks).
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Install with DESTDIR: the install scripts see CMAKE_INSTALL_PREFIX=/usr, not the staging
# folder, so the generated systemd units say /usr/bin/atc.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Library dependencies from the binaries (dpkg-shlibdeps, from dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What shlibdeps cannot see, loaded at run time: the SVG plugins (the icon; libqt6svg6 holds
# imageformats/libqsvg.so and iconengines/libqsvgicon.so), the SQLite driver and the platform
# plugins. The keychain needs a Secret Service provider: recommended, not required (the CLI
# works with AZURE_CLIENT_SECRET).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Connects a whole Azure tenant (Entra directory) to a local asset inventory.\n\
 A desktop application and a command-line tool (atc) that discover the tenant's\n\
 management groups and subscriptions, keep one connector per subscription up to\n\
 date and store the resources in an SQLite inventory. Includes a sandbox tenant.")

include(CPack)
