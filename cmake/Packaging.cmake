# Packaging: a Debian package of what `cmake --install` installs (the executables from app/,
# the desktop entry, AppStream metainfo and icon from resources/). Include once from the
# top-level CMakeLists.txt, after the subdirectories:
#   include(cmake/Packaging.cmake)
# Build it with:  cmake --build <dir> --target package   (or: cd <dir> && cpack -G DEB)
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "azure-tenant-connector")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "Azure Tenant Connector maintainers")
set(CPACK_PACKAGE_CONTACT "maintainers@example.org")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Library dependencies from the binaries (dpkg-shlibdeps); the keychain needs a Secret
# Service provider at run time, which shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins loaded at run time, which shlibdeps cannot see either: the SQLite driver and the
# platform plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Connects a whole Azure tenant (Entra directory) to a local asset inventory.\n\
 A desktop application and a command-line tool (atc) that discover the tenant's\n\
 management groups and subscriptions, keep one connector per subscription up to\n\
 date and store the resources in an SQLite inventory. Includes a sandbox tenant.")

include(CPack)
