# Installation and the Debian package. `cmake --install BUILD` installs the application;
# `cpack -G DEB` in the build folder (after a build) writes city2city-facilitator_VERSION_ARCH.deb.
# The files themselves and their install rules are in packaging/.
include(GNUInstallDirs)

set(C2C_PACKAGE_NAME city2city-facilitator)
# Directories that installing creates get 0755 whatever the umask (lintian checks them).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
add_subdirectory(packaging)

set(C2C_PACKAGE_MAINTAINER "City2City Facilitator maintainers <maintainers@users.noreply.r-seed-2aeb2937.example>"
    CACHE STRING "The Maintainer of the .deb: a name and an e-mail address")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${C2C_PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "City2City Facilitator contributors")
set(CPACK_PACKAGE_CONTACT "${C2C_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "plan, run and follow up the city pairings of UTM City2City")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # keep in step with packaging/debian/changelog
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The extended description, after the summary line above (CPack indents it for the control file).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
City2City Facilitator is the desktop application of the facilitators of UTM
City2City, the Urban Transitions Mission's peer-learning programme that pairs
cities from different countries and time zones to solve climate challenges
together. It works offline, over one local SQLite database file (.c2c).

It keeps the programme's themes, pairings, cities and people; plans each
pairing's cycle of sessions at times inside every city's working hours; builds
session agendas from templates and a method library; records minutes, typed
entries and action items as they are typed; assesses each city's pilot on a
readiness rubric; and exports minutes and progress reports as PDF, calendars
as iCalendar files, and cities and people as CSV.

The command-line tool city2city-cli works on the same database with the same
rules.]=])

# dpkg-shlibdeps finds the libraries the executables link. What Qt loads at run time it cannot
# see: the SQLite driver of Qt SQL (a plugin) and the IANA time zones that QTimeZone reads.
# The X11 and offscreen platform plugins, printing and image formats come with libqt6gui6 and
# libqt6printsupport6, found through the links; Wayland needs qt6-wayland (else XWayland).
find_program(C2C_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(C2C_DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    message(WARNING "dpkg-shlibdeps not found (apt install dpkg-dev): the .deb would lack its library dependencies")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, tzdata")
# Qt's own translations (standard dialogs and buttons in Spanish and Portuguese), loaded when present.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

include(CPack)
