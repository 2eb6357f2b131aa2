#!/usr/bin/env bash
# The training start of docker/Dockerfile: the portal starts once, in the prod profile, on a throw-away MariaDB and
# with throw-away keys, and the JVM writes its AOT cache (/app/portal.aot) as it exits. MariaDB comes from Ubuntu's
# packages and leaves again before this script ends, so the image layer keeps only the cache.
set -euo pipefail

DB_DIR=/var/tmp/aot-training-db
cleanup() {
    if [[ -n "${db_pid:-}" ]]; then
        kill "$db_pid" 2>/dev/null || true
        wait "$db_pid" 2>/dev/null || true
    fi
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq --auto-remove 'mariadb-*' >/dev/null 2>&1 || true
    rm -rf "$DB_DIR" /var/lib/mysql /etc/mysql /var/lib/apt/lists/* /app/portal.aot.config
}
trap cleanup EXIT

apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mariadb-server >/dev/null
mkdir -p "$DB_DIR" /run/mysqld
mariadb-install-db --user=root --datadir="$DB_DIR" --auth-root-authentication-method=normal >/dev/null
# no grant tables: anyone on 127.0.0.1 may do anything, in a database that lives for one minute inside the build
mariadbd --user=root --datadir="$DB_DIR" --bind-address=127.0.0.1 --port=3306 --socket=/run/mysqld/training.sock \
    --skip-grant-tables --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci &
db_pid=$!
for _ in $(seq 1 60); do
    mariadb-admin --socket=/run/mysqld/training.sock ping >/dev/null 2>&1 && break
    sleep 1
done
mariadb --socket=/run/mysqld/training.sock \
    -e "CREATE DATABASE portal CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

key() { head -c 32 /dev/urandom | base64; }
SPRING_PROFILES_ACTIVE=prod \
SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:3306/portal \
SPRING_DATASOURCE_USERNAME=training SPRING_DATASOURCE_PASSWORD=training \
SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=2525 \
PORTAL_CRYPTO_IDENTITY_KEYS="training:$(key)" PORTAL_CRYPTO_BLIND_INDEX_KEY="$(key)" PORTAL_CRYPTO_COOKIE_KEY="$(key)" \
    java -XX:AOTCacheOutput=/app/portal.aot -Dspring.context.exit=onRefresh -jar /app/portal.jar
test -s /app/portal.aot
