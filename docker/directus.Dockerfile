# syntax=docker/dockerfile:1
#
# The official Directus image plus this project's extensions and schema snapshot. The version is
# pinned to exactly the `directus` version in package.json (checked by scripts/docker-compose.test.ts):
# the extensions are built against it (`host: ^11.17.4`) and the snapshot comes from it.
#
# `app` is the image built from docker/app.Dockerfile (the compose service `worker`), passed in by
# docker-compose.yml as `additional_contexts: { app: service:worker }`. Built by hand instead:
#   docker build -f docker/app.Dockerfile -t vroegsignalering-app .
#   docker build -f docker/directus.Dockerfile --build-context app=docker-image://vroegsignalering-app .
FROM directus/directus:11.17.4

# Baked into the image (not a volume), so every Directus instance runs the same extensions.
COPY --from=app --chown=node:node /app/build/extensions /directus/extensions
COPY --chown=node:node snapshots/schema.postgres.yaml /directus/snapshots/schema.postgres.yaml
