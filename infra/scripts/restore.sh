#!/usr/bin/env bash
# Restores a backup made by backup.sh into a new installation: with the embedded engines a new or empty
# data directory (anything else is refused before it is touched), in production an empty database and
# bucket whose configuration trusts the backup's trust anchors and seal (named in its manifest). The
# backup is verified first; nothing else of the application runs during the restore (no sample data,
# first administrator, scheduled task or projection). The objects are stored, then every table is loaded
# in one transaction; the embedded development PKI, trusted-list cache and signature settings come back
# into the data directory. The Elasticsearch read models are rebuilt from the events at the next start.
# Exit status: 0 restored, 2 refused (nothing changed), 1 failed.
#
#   infra/scripts/restore.sh /backups/ceropapel-2026-11-26 --ceropapel.data-dir=./data-restored
set -euo pipefail
dir=${1:?usage: restore.sh DIR [application options]}
shift
jar=${CEROPAPEL_JAR:-"$(dirname "$0")/../target/ceropapel-exec.jar"}
if [ ! -e "$dir/manifest.properties" ]; then
  echo "restore.sh: $dir holds no backup (manifest.properties is missing)" >&2
  exit 2
fi
exec java -jar "$jar" --restore="$dir" "$@"
