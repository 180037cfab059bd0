#!/bin/sh
# Regenerates the TEST-ONLY CA and the "localhost" server certificate used by the emulator's
# HTTPS tests. The private keys are committed on purpose: they protect nothing.
#   sh tests/data/tls/make-test-certs.sh      (writes ca.pem, ca.key, server.pem, server.key)
set -eu
cd "$(dirname "$0")"
DAYS=7300 # 20 years

openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days "$DAYS" \
    -keyout ca.key -out ca.pem \
    -subj "/O=Azure Tenant Connector tests/CN=ATC Test CA (not for production)" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign"

openssl req -newkey rsa:2048 -nodes -sha256 \
    -keyout server.key -out server.csr \
    -subj "/O=Azure Tenant Connector tests/CN=localhost"

cat > server.ext <<EXT
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1
EXT
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
    -days "$DAYS" -sha256 -extfile server.ext -out server.pem
# Qt reads PKCS#1 or PKCS#8 RSA keys; keep the server key as traditional PKCS#1 PEM.
openssl rsa -in server.key -out server.key -traditional 2>/dev/null
rm -f server.csr server.ext ca.srl
openssl verify -CAfile ca.pem server.pem
