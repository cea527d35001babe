# relaydesk-server: on erase (not upgrade), stop and disable the service.
if [ "$1" -eq 0 ]; then
    if [ -d /run/systemd/system ]; then
        systemctl stop relaydesk-server.service >/dev/null 2>&1 || :
    fi
    if command -v systemctl >/dev/null 2>&1; then
        systemctl disable relaydesk-server.service >/dev/null 2>&1 || :
    fi
fi
exit 0
