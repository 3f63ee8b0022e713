#!/usr/bin/env bash
# Restores a backup made by backup.sh into an installation whose database holds no events yet (a new
# data directory, or an empty external database and bucket): the objects first, then every table in
# one transaction. The Elasticsearch read models are not in the backup: the next start rebuilds them
# from the events (follow it with GET /api/admin/read-models/rebuild or the projection lag metrics).
# Trust the root certificates of the signatures you restore (ceropapel.signature.trust-anchors) as
# the original installation did.
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
exec java -jar "$jar" --server.port=0 --ceropapel.sample-data=false --restore="$dir" "$@"
