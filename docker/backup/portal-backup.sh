#!/usr/bin/env bash
# A consistent online backup of the portal's database, compressed and encrypted, and the end of old backups.
# See docs/operations.md ("Backups"); BackupRestoreIT runs this script against a portal under writes.
#
#   portal-backup.sh BACKUP_DIR
#
# PORTAL_DB_DEFAULTS        a MariaDB client option file (mode 600) with [client] host, port, user, password: the
#                           backup user needs SELECT, SHOW VIEW, TRIGGER, EVENT, LOCK TABLES on the portal database
# PORTAL_DB_NAME            the database (default: portal)
# PORTAL_BACKUP_RECIPIENT   the backup public key (an OpenPGP key file): only its private key, which is never on this
#                           machine, can read a backup
# PORTAL_BACKUP_KEEP_DAYS   backups older than this are deleted (default: 30; keep it below the erasure deadline)
# MARIADB_DUMP              the mariadb-dump to use (default: the one on the PATH)
#
# mariadb-dump --single-transaction reads every InnoDB table in one consistent snapshot without locking writers:
# the backup holds every transaction committed before it started and none of those still open, nothing half
# written. The triggers' DEFINER (the account that created them, which a fresh server may not have) is left out, so
# the backup restores into any server. The file is encrypted while it is written: no unencrypted copy touches the disk.
set -euo pipefail

dir=${1:?usage: portal-backup.sh BACKUP_DIR}
defaults=${PORTAL_DB_DEFAULTS:?set PORTAL_DB_DEFAULTS to a MariaDB client option file}
recipient=${PORTAL_BACKUP_RECIPIENT:?set PORTAL_BACKUP_RECIPIENT to the backup public key file}
database=${PORTAL_DB_NAME:-portal}
keep_days=${PORTAL_BACKUP_KEEP_DAYS:-30}
dump=${MARIADB_DUMP:-mariadb-dump}

mkdir -p "$dir"
umask 077
name="portal-$(date -u +%Y%m%dT%H%M%SZ).sql.gz.gpg"
part="$dir/$name.part"
trap 'rm -f "$part"' EXIT

"$dump" --defaults-extra-file="$defaults" --single-transaction --quick --routines --triggers --events --hex-blob \
        --default-character-set=utf8mb4 --databases "$database" \
    | sed -E 's/ DEFINER=`[^`]*`(@`[^`]*`)?//g' \
    | gzip -6 \
    | gpg --batch --no-tty --quiet --trust-model always --recipient-file "$recipient" --encrypt --output "$part"
mv "$part" "$dir/$name"
(cd "$dir" && sha256sum "$name" > "$name.sha256")
echo "portal-backup: $dir/$name ($(stat -c %s "$dir/$name") bytes)"

# backups live at most PORTAL_BACKUP_KEEP_DAYS days: an erased worker is gone from every backup by then
find "$dir" -maxdepth 1 -type f \( -name 'portal-*.sql.gz.gpg' -o -name 'portal-*.sql.gz.gpg.sha256' \) \
    -mtime "+$keep_days" -print -delete | sed 's/^/portal-backup: deleted (older than '"$keep_days"' days): /'
