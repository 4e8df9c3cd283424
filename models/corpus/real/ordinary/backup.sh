#!/usr/bin/env bash
# nightly-backup.sh — rsync home dirs to the NAS and prune old snapshots.
set -euo pipefail

SRC="/home"
DEST="/mnt/nas/backups/$(hostname -s)"
KEEP_DAYS=14
STAMP="$(date +%Y-%m-%d)"
LOG="/var/log/nightly-backup.log"

mkdir -p "$DEST"
latest="$(ls -1d "$DEST"/20* 2>/dev/null | tail -n1 || true)"

echo "[$(date -Is)] starting backup to $DEST/$STAMP" >> "$LOG"
if [[ -n "$latest" ]]; then
  rsync -a --delete --link-dest="$latest" \
    --exclude '.cache/' --exclude 'Downloads/' \
    "$SRC/" "$DEST/$STAMP/" >> "$LOG" 2>&1
else
  rsync -a "$SRC/" "$DEST/$STAMP/" >> "$LOG" 2>&1
fi

find "$DEST" -maxdepth 1 -type d -name '20*' -mtime +"$KEEP_DAYS" -exec rm -rf {} +
echo "[$(date -Is)] done, $(du -sh "$DEST/$STAMP" | cut -f1) written" >> "$LOG"
