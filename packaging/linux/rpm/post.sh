# relaydesk-server: the data folder, and systemd told of the unit. Not enabled:
# add an agent first, then `systemctl enable --now relaydesk-server`.
[ -d /var/lib/relaydesk-server ] || install -d -m 0750 -o relaydesk -g relaydesk /var/lib/relaydesk-server
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
fi
exit 0
