# Finds every third-party dependency the ecosystem's way. A missing one stops
# configure with the name of the package that provides it.

function(relaydesk_missing what debian fedora brew)
    message(FATAL_ERROR
        "Relaydesk needs ${what}, which was not found.\n"
        "  Debian/Ubuntu: apt-get install ${debian}\n"
        "  Fedora:        dnf install ${fedora}\n"
        "  macOS:         brew install ${brew}\n"
        "  Windows:       vcpkg install (manifest: vcpkg.json)\n"
        "Or run scripts/install-deps, which installs everything at once.")
endfunction()

# --- Qt 6 -------------------------------------------------------------------
set(RELAYDESK_QT_MIN 6.4)
# Each entry: Qt component|Debian package|Fedora package
set(_relaydesk_qt_components
    "Core|qt6-base-dev|qt6-qtbase-devel"
    "Gui|qt6-base-dev|qt6-qtbase-devel"
    "Widgets|qt6-base-dev|qt6-qtbase-devel"
    "Network|qt6-base-dev|qt6-qtbase-devel"
    "Sql|qt6-base-dev libqt6sql6-sqlite|qt6-qtbase-devel"
    "Concurrent|qt6-base-dev|qt6-qtbase-devel"
    "Test|qt6-base-dev|qt6-qtbase-devel"
    "WebSockets|qt6-websockets-dev|qt6-qtwebsockets-devel"
    "Multimedia|qt6-multimedia-dev|qt6-qtmultimedia-devel"
    "MultimediaWidgets|qt6-multimedia-dev|qt6-qtmultimedia-devel"
    "Svg|qt6-svg-dev|qt6-qtsvg-devel"
    "HttpServer|qt6-httpserver-dev|qt6-qthttpserver-devel"
    "LinguistTools|qt6-tools-dev qt6-l10n-tools|qt6-qttools-devel")
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    list(APPEND _relaydesk_qt_components "DBus|qt6-base-dev|qt6-qtbase-devel")
endif()

find_package(Qt6 ${RELAYDESK_QT_MIN} QUIET COMPONENTS Core)
if(NOT Qt6_FOUND)
    relaydesk_missing("Qt ${RELAYDESK_QT_MIN} or newer" "qt6-base-dev" "qt6-qtbase-devel" "qt@6")
endif()
set(RELAYDESK_QT_COMPONENTS "")
foreach(entry IN LISTS _relaydesk_qt_components)
    string(REPLACE "|" ";" fields "${entry}")
    list(GET fields 0 component)
    list(GET fields 1 debian)
    list(GET fields 2 fedora)
    find_package(Qt6 ${RELAYDESK_QT_MIN} QUIET COMPONENTS ${component})
    if(NOT Qt6${component}_FOUND)
        relaydesk_missing("the Qt 6 module ${component}" "${debian}" "${fedora}" "qt@6")
    endif()
    list(APPEND RELAYDESK_QT_COMPONENTS ${component})
endforeach()
message(STATUS "Qt ${Qt6_VERSION}: ${RELAYDESK_QT_COMPONENTS}")

# --- QtKeychain -------------------------------------------------------------
find_package(Qt6Keychain QUIET)
if(NOT Qt6Keychain_FOUND)
    relaydesk_missing("QtKeychain built for Qt 6" "qtkeychain-qt6-dev" "qtkeychain-qt6-devel" "qtkeychain")
endif()

# --- SQLCipher and libsodium through pkg-config ------------------------------
find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
    relaydesk_missing("pkg-config" "pkg-config" "pkgconf-pkg-config" "pkgconf")
endif()
pkg_check_modules(SQLCIPHER QUIET IMPORTED_TARGET sqlcipher)
if(NOT SQLCIPHER_FOUND)
    relaydesk_missing("SQLCipher" "libsqlcipher-dev" "sqlcipher-devel" "sqlcipher")
endif()
message(STATUS "SQLCipher ${SQLCIPHER_VERSION}")
pkg_check_modules(SODIUM QUIET IMPORTED_TARGET libsodium)
if(NOT SODIUM_FOUND)
    relaydesk_missing("libsodium" "libsodium-dev" "libsodium-devel" "libsodium")
endif()
message(STATUS "libsodium ${SODIUM_VERSION}")
