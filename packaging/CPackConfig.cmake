# SPDX-License-Identifier: GPL-3.0-or-later
# .deb packages, one per program: switchboard (console), switchboard-relay, switchboard-sandbox.
if(SWITCHBOARD_BUILD_UI)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/switchboard.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT console)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/switchboard.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT console)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/packaging/systemd/switchboard-relay.service
        DESTINATION lib/systemd/system COMPONENT relay)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/relay.ini.example
        DESTINATION ${CMAKE_INSTALL_DATADIR}/switchboard COMPONENT relay)
install(DIRECTORY DESTINATION /etc/switchboard COMPONENT relay)

set(CPACK_PACKAGE_NAME switchboard)
set(CPACK_PACKAGE_VENDOR "Switchboard")
set(CPACK_PACKAGE_CONTACT "Switchboard team <team@switchboard.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
# Stripped binaries; each package's debug information (RelWithDebInfo's -g, most of its size)
# goes to <package>-dbgsym_<version>_<arch>.ddeb, under /usr/lib/debug/.build-id/ where gdb and
# debuginfod look it up by build id. CPack copies the debug sections out, then strips the binary
# itself (objcopy --strip-unneeded, plus a .gnu_debuglink); CPACK_STRIP_FILES stays off, since
# stripping at install time would leave nothing to copy out.
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)
set(CPACK_COMPONENTS_ALL relay sandbox)
if(SWITCHBOARD_BUILD_UI)
    list(APPEND CPACK_COMPONENTS_ALL console)
endif()
set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME switchboard)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION misc)
set(CPACK_COMPONENT_CONSOLE_DESCRIPTION "Switchboard desktop console for WhatsApp Business")
# What the console loads that shlibdeps cannot see: Qt's plugins (SQLite for the replica, SVG for
# the icons), WebEngine's helper process for the signup popup, a font with Hebrew glyphs and one
# with emoji (customers write them, staff react with them); WebP for customers' stickers. The
# session token needs a Secret Service on the desktop's D-Bus (GNOME Keyring, KeePassXC, …).
set(CPACK_DEBIAN_CONSOLE_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, libqt6webenginecore6-bin, fonts-dejavu-core | fonts-noto-core, fonts-noto-color-emoji, qt6-image-formats-plugins")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc, at-spi2-core")
set(CPACK_DEBIAN_RELAY_PACKAGE_NAME switchboard-relay)
set(CPACK_COMPONENT_RELAY_DESCRIPTION "Switchboard relay: WhatsApp webhooks, tenants and live sync")
set(CPACK_DEBIAN_RELAY_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, adduser")
set(CPACK_DEBIAN_RELAY_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/deb/postinst)
set(CPACK_DEBIAN_SANDBOX_PACKAGE_NAME switchboard-sandbox)
set(CPACK_COMPONENT_SANDBOX_DESCRIPTION "Switchboard sandbox: a local stand-in for Meta's APIs")
include(CPack)
