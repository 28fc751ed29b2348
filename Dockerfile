# The procura reference server as a container image: documentation of a deployment, NOT run
# by this repository's tests (there is no Docker where they run). Read it, adapt it, build and
# try it where Docker is: `docker build -t procura-server .` (server/README.md, "From nothing
# to a server on PostgreSQL behind TLS").
#
# Two stages: `build` has the development tools (TypeScript, Vite) and writes dist/ with
# `npm run build` (dist/server: the server as JavaScript with its migrations); the final stage
# has only the run-time dependencies (`npm ci --omit=dev`), pg for PostgreSQL, the built files
# and runs as the unprivileged `node` user (uid 1000).

FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    PROCURA_DEMO=0
WORKDIR /app
COPY package.json package-lock.json ./
# pg is an optional peer dependency (only for DATABASE_URL): installed here, as a site would.
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm install --no-save --omit=dev --no-audit --no-fund pg@^8.11.0 \
 && npm cache clean --force
COPY --from=build /src/dist ./dist
COPY --from=build /src/bin ./bin
COPY --from=build /src/openapi.yaml ./openapi.yaml
# The proof key and the seal are mounted at run time (compose.yaml: ./secrets → /run/procura),
# never baked into the image, never in the database or its backups.
USER node
EXPOSE 8080
# Readiness: database reachable, migrations applied, proof key and seal loaded (GET /api/ready).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "bin/procura-server.js"]
