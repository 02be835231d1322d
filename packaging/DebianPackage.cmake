# The Debian package (CPack's DEB generator). Dependencies are found by dpkg-shlibdeps from the
# programs' own libraries (Debian 12's Qt, SQLite, libical, libpq: nothing bundled); the Qt plugins
# that are loaded at run time and not linked are named by hand.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "paragraf")
set(CPACK_PACKAGE_VENDOR "Paragraf developers")
set(CPACK_PACKAGE_CONTACT "Paragraf developers <dev@paragraf.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "minutes and protocols for Swedish municipal bodies")
# The extended description; CPack puts the summary above it and indents every line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Paragraf is a desk for the secretary of a Swedish municipal or regional body
(a nämnd, a council, a cooperation group): who is present and who serves for
whom, paragraph after paragraph with presenter, text and decision, the
justering and its signatures, the notice board and the archive. The protocol
is saved as it is typed in one SQLite file, or kept on the organisation's
PostgreSQL server.

The package holds the desktop program paragraf and the command line
paragraf-cli.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PARAGRAF_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded by Qt at run time, so dpkg-shlibdeps cannot see them: the SQLite and PostgreSQL drivers
# of Qt SQL, and the fonts the documents are laid out with.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, qt6-translations-l10n, fonts-dejavu-core, fonts-liberation2")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xdg-utils")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Directories 0755 and files 0644 whatever the builder's umask (lintian checks them).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
    GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
