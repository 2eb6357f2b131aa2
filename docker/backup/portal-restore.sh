#!/usr/bin/env bash
# Restores a backup made by portal-backup.sh into a MariaDB server (a new, empty one): the database is created
# anew. Run where the backup's private key is (the GnuPG keyring of the restore machine); see docs/operations.md
# ("Restoring"), which also says what must follow before the portal opens again (erasures since the backup).
#
#   portal-restore.sh BACKUP_FILE
#
# PORTAL_DB_DEFAULTS   a MariaDB client option file (mode 600) with [client] host, port, user, password of the server
#                      to restore into
# MARIADB              the mariadb client to use (default: the one on the PATH)
set -euo pipefail

file=${1:?usage: portal-restore.sh BACKUP_FILE}
defaults=${PORTAL_DB_DEFAULTS:?set PORTAL_DB_DEFAULTS to a MariaDB client option file}
client=${MARIADB:-mariadb}

if [[ -f "$file.sha256" ]]; then
    (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256")
fi
gpg --batch --no-tty --quiet --decrypt "$file" | gunzip | "$client" --defaults-extra-file="$defaults"
echo "portal-restore: restored $file"
