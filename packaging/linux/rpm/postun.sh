# relaydesk-server: after an upgrade a running server restarts on the new
# binary. An erase keeps /var/lib/relaydesk-server and the relaydesk user, as
# RPM packages do; remove them by hand if the data is no longer wanted.
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    if [ "$1" -ge 1 ]; then
        systemctl try-restart relaydesk-server.service >/dev/null 2>&1 || :
    fi
fi
exit 0
