# relaydesk-server: the service's user, before its files are installed.
getent group relaydesk >/dev/null || groupadd --system relaydesk
getent passwd relaydesk >/dev/null || \
    useradd --system --gid relaydesk --home-dir /var/lib/relaydesk-server --no-create-home \
        --shell /sbin/nologin --comment "Relaydesk server" relaydesk
exit 0
