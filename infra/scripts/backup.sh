#!/usr/bin/env bash
# Backs up a Cero Papel installation into DIR: every table of its PostgreSQL database (binary COPY from
# one consistent snapshot) and every stored object its events refer to (verified by SHA-256), with a
# manifest. It runs the application's own backup command with the same configuration as the server:
# the environment of the prod profile (external PostgreSQL and MinIO: the server may keep running), or
# the embedded engines of the data directory (stop the server first: they belong to one process), whose
# development PKI, trusted-list cache and signature settings it copies too. It then re-reads the backup
# (--verify-backup) against the manifest's digest.
#
#   infra/scripts/backup.sh /backups/ceropapel-$(date +%F) [--ceropapel.data-dir=./data ...]
set -euo pipefail
dir=${1:?usage: backup.sh DIR [application options]}
shift
jar=${CEROPAPEL_JAR:-"$(dirname "$0")/../target/ceropapel-exec.jar"}
if [ -e "$dir/manifest.properties" ]; then
  echo "backup.sh: $dir already holds a backup" >&2
  exit 2
fi
java -jar "$jar" --server.port=0 --backup="$dir" "$@"
exec java -jar "$jar" --verify-backup="$dir"
