#!/bin/sh
# deploy.sh — build and ship the trail map site to the static host
set -e

BRANCH=$(git rev-parse --abbrev-ref HEAD)
if [ "$BRANCH" != "main" ]; then
  echo "refusing to deploy from $BRANCH" >&2
  exit 1
fi

npm ci
npm run test
npm run build

rsync -avz --delete dist/ deploy@static.trailmap.example:/var/www/trailmap/
ssh deploy@static.trailmap.example 'sudo systemctl reload nginx'
echo "deployed $(git rev-parse --short HEAD) at $(date)"
