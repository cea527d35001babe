# Linux: the app's desktop integration (.desktop file, AppStream metainfo,
# hicolor icons) and the server's system integration (systemd unit, its own
# user, a config file under /etc), packaged as relaydesk and relaydesk-server
# in .deb and .rpm. Included from packaging/Packaging.cmake.

set(_linux "${RELAYDESK_PACKAGING_DIR}/linux")
set(_out "${CMAKE_BINARY_DIR}/packaging/linux")

# --- Desktop file and AppStream metainfo, named for the app id ---------------
set(RELAYDESK_DESKTOP_FILE "${_out}/${RELAYDESK_APP_ID}.desktop")
set(RELAYDESK_METAINFO_FILE "${_out}/${RELAYDESK_APP_ID}.metainfo.xml")
configure_file("${_linux}/relaydesk.desktop.in" "${RELAYDESK_DESKTOP_FILE}" @ONLY)
configure_file("${_linux}/relaydesk.metainfo.xml.in" "${RELAYDESK_METAINFO_FILE}" @ONLY)
install(FILES "${RELAYDESK_DESKTOP_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT client)
install(FILES "${RELAYDESK_METAINFO_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT client)

# --- Icons: every hicolor size drawn from the one SVG at build time ----------
# OFF installs the scalable SVG only (the Flatpak build does, having no rsvg-convert).
option(RELAYDESK_PNG_ICONS "Install the app icon as PNG in every hicolor size, drawn with rsvg-convert" ON)
set(RELAYDESK_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/relaydesk.svg")
set(RELAYDESK_ICON_SIZES 16 22 24 32 48 64 128 256 512)
if(RELAYDESK_PNG_ICONS)
    find_program(RELAYDESK_RSVG_CONVERT rsvg-convert)
    if(NOT RELAYDESK_RSVG_CONVERT)
        relaydesk_missing("rsvg-convert (draws the app's PNG icons from its SVG)"
                          "librsvg2-bin" "librsvg2-tools" "librsvg")
    endif()
else()
    set(RELAYDESK_ICON_SIZES "")
endif()
set(_icons "")
foreach(size IN LISTS RELAYDESK_ICON_SIZES)
    set(png "${_out}/icons/${size}x${size}/${RELAYDESK_APP_ID}.png")
    add_custom_command(OUTPUT "${png}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${_out}/icons/${size}x${size}"
        COMMAND "${RELAYDESK_RSVG_CONVERT}" --width ${size} --height ${size} --format png
                --output "${png}" "${RELAYDESK_ICON_SVG}"
        DEPENDS "${RELAYDESK_ICON_SVG}"
        COMMENT "Drawing the ${size}x${size} app icon"
        VERBATIM)
    list(APPEND _icons "${png}")
    install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            COMPONENT client)
endforeach()
if(_icons)
    add_custom_target(relaydesk-icons ALL DEPENDS ${_icons})
endif()
install(FILES "${RELAYDESK_ICON_SVG}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${RELAYDESK_APP_ID}.svg" COMPONENT client)

# --- The server as a system service -------------------------------------------
# These go to fixed system paths, so only a package (a component install)
# takes them; `cmake --install` into a prefix leaves them out.
install(FILES "${_linux}/relaydesk-server.service"
        DESTINATION "lib/systemd/system" COMPONENT server EXCLUDE_FROM_ALL)
install(FILES "${_linux}/relaydesk-server.sysusers"
        DESTINATION "lib/sysusers.d" RENAME "relaydesk-server.conf" COMPONENT server EXCLUDE_FROM_ALL)
install(FILES "${_linux}/server.ini"
        DESTINATION "/etc/relaydesk-server" COMPONENT server EXCLUDE_FROM_ALL)

# --- CPack: .deb and .rpm, one package per component --------------------------
set(CPACK_GENERATOR "DEB;RPM")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_PROJECT_CONFIG_FILE "${RELAYDESK_PACKAGING_DIR}/CPackProjectConfig.cmake")

# Long descriptions, wrapped as Debian's control files want them.
string(JOIN "\n" _client_long
    "Customers write to a business on WhatsApp Business, Facebook Messenger"
    "or a web chat; Relaydesk puts those conversations in one window where"
    "the agent answers, lets an autopilot answer, keeps a lead record per"
    "customer, and browses and searches the whole history offline from an"
    "encrypted copy on their computer.")
string(JOIN "\n" _server_long
    "The backend the Relaydesk desktop app talks to: it receives customers'"
    "messages from the channels and relays them to the agents over one"
    "WebSocket link. It runs as the systemd service relaydesk-server under its"
    "own user, configured in /etc/relaydesk-server/server.ini, with its data"
    "in /var/lib/relaydesk-server. The service is not enabled on install.")

# Debian
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Stripped binaries, the debug symbols in relaydesk-dbgsym / relaydesk-server-dbgsym.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME "relaydesk")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION "Answer customers on WhatsApp, Messenger and web chat\n${_client_long}")
# What dpkg-shlibdeps cannot see: plugins and libraries Qt and QtKeychain load
# at run time. The window and notification icons are SVG (Qt's SVG icon engine
# in libqt6svg6); the keychain goes through libsecret to a Secret Service;
# voice notes and videos play through GStreamer; customers send WebP stickers
# (qt6-image-formats-plugins) and emoji.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS
    "libsecret-1-0, gnome-keyring | kwalletmanager, qt6-wayland, qt6-image-formats-plugins, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav, fonts-noto-color-emoji, fonts-lohit-deva, qt6-translations-l10n, hicolor-icon-theme")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "relaydesk-server")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "Relaydesk backend: relays customer conversations to agents\n${_server_long}")
# Qt's SQLite driver is a plugin; adduser makes the service's user; WebP and
# TIFF images get their thumbnails through Qt's image format plugins.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-image-formats-plugins, adduser")
# The channel adapters call the channels' HTTPS APIs.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "ca-certificates")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${_linux}/deb/conffiles" "${_linux}/deb/postinst" "${_linux}/deb/prerm" "${_linux}/deb/postrm")

# RPM (Fedora names). CPack writes no Recommends:, so the optional run-time
# pieces are Suggests (see CPackProjectConfig.cmake for why they need help).
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_RELEASE_DIST ON)
set(CPACK_RPM_PACKAGE_LICENSE "${RELAYDESK_LICENSE_SPDX}")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV OFF)
# Fixed paths (/etc, the systemd unit): not relocatable.
set(CPACK_PACKAGE_RELOCATABLE OFF)
set(CPACK_RPM_PACKAGE_RELOCATABLE OFF)
set(CPACK_RPM_CHANGELOG_FILE "${_linux}/rpm/changelog")
# Directories owned by the filesystem, systemd, hicolor-icon-theme and the like.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /etc /usr/lib/systemd /usr/lib/systemd/system /usr/lib/sysusers.d
    /usr/share/applications /usr/share/metainfo
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size IN LISTS RELAYDESK_ICON_SIZES)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

set(CPACK_RPM_CLIENT_PACKAGE_NAME "relaydesk")
set(CPACK_RPM_CLIENT_PACKAGE_SUMMARY "Answer customers on WhatsApp, Messenger and web chat")
set(CPACK_RPM_CLIENT_PACKAGE_DESCRIPTION "${_client_long}")
set(CPACK_RPM_CLIENT_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_CLIENT_PACKAGE_REQUIRES "qt6-qtsvg, hicolor-icon-theme")
set(CPACK_RPM_CLIENT_PACKAGE_SUGGESTS
    "libsecret, gnome-keyring, qt6-qtwayland, qt6-qtimageformats, gstreamer1-plugins-base, gstreamer1-plugins-good, google-noto-emoji-color-fonts, lohit-devanagari-fonts, qt6-qttranslations")

set(CPACK_RPM_SERVER_PACKAGE_NAME "relaydesk-server")
set(CPACK_RPM_SERVER_PACKAGE_SUMMARY "Relaydesk backend: relays customer conversations to agents")
set(CPACK_RPM_SERVER_PACKAGE_DESCRIPTION "${_server_long}")
set(CPACK_RPM_SERVER_PACKAGE_GROUP "System Environment/Daemons")
set(CPACK_RPM_SERVER_PACKAGE_REQUIRES "qt6-qtbase, qt6-qtimageformats")
set(CPACK_RPM_SERVER_PACKAGE_REQUIRES_PRE "shadow-utils")
set(CPACK_RPM_SERVER_USER_FILELIST "%config(noreplace) /etc/relaydesk-server/server.ini")
set(CPACK_RPM_SERVER_PRE_INSTALL_SCRIPT_FILE "${_linux}/rpm/pre.sh")
set(CPACK_RPM_SERVER_POST_INSTALL_SCRIPT_FILE "${_linux}/rpm/post.sh")
set(CPACK_RPM_SERVER_PRE_UNINSTALL_SCRIPT_FILE "${_linux}/rpm/preun.sh")
set(CPACK_RPM_SERVER_POST_UNINSTALL_SCRIPT_FILE "${_linux}/rpm/postun.sh")

# --- Checks, part of the test suite ------------------------------------------
# Registered in the builds packages are made from, not in the sanitizer
# build: its binaries need the sanitizer runtime and are never shipped.
if(RELAYDESK_BUILD_TESTS AND NOT RELAYDESK_SANITIZE)
    add_test(NAME packaging_desktop_file
        COMMAND sh "${_linux}/check-desktop-file.sh" "${RELAYDESK_DESKTOP_FILE}" "${RELAYDESK_APP_ID}")
    add_test(NAME packaging_metainfo
        COMMAND sh "${_linux}/check-metainfo.sh" "${RELAYDESK_METAINFO_FILE}" "${RELAYDESK_APP_ID}"
                "${PROJECT_VERSION}")
    add_test(NAME packaging_unit
        COMMAND sh "${_linux}/check-unit.sh" "${_linux}/relaydesk-server.service")
    set_tests_properties(packaging_desktop_file packaging_metainfo packaging_unit PROPERTIES
        LABELS packaging TIMEOUT 60)

    # Builds the .debs from this tree, installs them on this machine, runs both
    # programs from /usr/bin and purges them. Debian-family systems only: it
    # needs dpkg and root (CI has both).
    if(EXISTS /etc/debian_version)
        add_test(NAME packaging_install
            COMMAND bash "${_linux}/install-test.sh" "${CMAKE_BINARY_DIR}" "${PROJECT_VERSION}"
                    "${RELAYDESK_APP_ID}" "${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh"
                    "${CMAKE_CPACK_COMMAND}")
        # It changes what is installed on the machine: nothing else may do so meanwhile.
        set_tests_properties(packaging_install PROPERTIES
            LABELS packaging TIMEOUT 300 RESOURCE_LOCK system-packages)
    else()
        message(STATUS "packaging_install is not registered: it needs a Debian-family system (dpkg)")
    endif()
endif()
