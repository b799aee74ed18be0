# syntax=docker/dockerfile:1
# The one academy image: every role (`serve --services=…`, `operator`, `migrate`, `shards …`) is
# an argument to the same entry point. Built with `make image`.

# 1. Everything, to build the web app (Vite and its plugins are dev dependencies).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN if npm run | grep -q '^  build:web$'; then npm run build:web; fi

# 2. Production dependencies only.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. The runtime: sources run through tsx (no compile step), as non-root, on a read-only root
#    filesystem (the constructs mount an emptyDir at /tmp; tsx's compile cache is off, so nothing
#    else is written).
FROM node:20-bookworm-slim
ENV NODE_ENV=production TSX_DISABLE_CACHE=1 DATA_DIR=/tmp/academy
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/bin ./bin
COPY --from=build /app/services ./services
COPY --from=build /app/operator ./operator
COPY --from=build /app/crds ./crds
COPY --from=build /app/web ./web
# The same uid/gid as the constructs' RUN_AS_USER (operator/constructs/service-workload.ts).
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["node", "bin/academy.js"]
CMD ["serve"]
