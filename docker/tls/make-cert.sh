#!/bin/sh
# HAProxy's certificate (docker/compose.yaml, service tls-init), in the volume HAProxy reads it from:
#  - a real certificate given with PORTAL_TLS_CERT (one PEM file: the certificate, its chain and the private key)
#    replaces whatever is there, at every start;
#  - otherwise a certificate made earlier is kept (a self-signed one is made again 30 days before it expires);
#  - otherwise, at the first start, a self-signed certificate for PORTAL_TLS_HOSTNAME (default localhost) is made.
# Browsers do not trust a self-signed certificate: they warn once, and they ignore the portal's HSTS header on such a
# connection. See docs/operations.md ("HTTPS").
set -eu

CERT_DIR=${CERT_DIR:-/certs}
IMPORT=${IMPORT:-/import/portal.pem}
NAME=${PORTAL_TLS_HOSTNAME:-localhost}
OWNER=${HAPROXY_OWNER:-99:99}  # the haproxy user of the official image
PEM="$CERT_DIR/portal.pem"

install_pem() {
    chown "$OWNER" "$1" 2>/dev/null || true
    chmod 600 "$1"
    mv "$1" "$PEM"
}

if [ -s "$IMPORT" ]; then
    if ! grep -q "BEGIN CERTIFICATE" "$IMPORT" || ! grep -q "PRIVATE KEY" "$IMPORT"; then
        echo "tls-init: $IMPORT must hold the certificate (with its chain) and its private key" >&2
        exit 1
    fi
    cp "$IMPORT" "$PEM.new"
    install_pem "$PEM.new"
    echo "tls-init: using the given certificate ($(openssl x509 -in "$PEM" -noout -subject -enddate | tr '\n' ' '))"
    exit 0
fi

if [ -s "$PEM" ]; then
    subject=$(openssl x509 -in "$PEM" -noout -subject -nameopt RFC2253)
    issuer=$(openssl x509 -in "$PEM" -noout -issuer -nameopt RFC2253)
    if [ "${subject#subject=}" != "${issuer#issuer=}" ] || openssl x509 -in "$PEM" -noout -checkend 2592000 >/dev/null
    then
        echo "tls-init: keeping the certificate in $PEM ($(openssl x509 -in "$PEM" -noout -enddate))"
        exit 0
    fi
    echo "tls-init: the self-signed certificate expires within 30 days: making a new one"
fi

names="DNS:localhost,IP:127.0.0.1"
[ "$NAME" = localhost ] || names="DNS:$NAME,$names"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 397 -subj "/CN=$NAME" \
    -addext "subjectAltName=$names" \
    -addext "extendedKeyUsage=serverAuth" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
mkdir -p "$CERT_DIR"
cat "$work/cert.pem" "$work/key.pem" > "$PEM.new"
install_pem "$PEM.new"
echo "tls-init: made a self-signed certificate for $NAME in $PEM, valid 397 days"
