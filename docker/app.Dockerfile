# Tværs API + web app (one image: the API serves the built React app at /).
# Build from the repository root:  docker build -f docker/app.Dockerfile -t tvaers .
FROM node:24.21.0-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/package.json
# The patches to dependencies, applied by npm ci (patches/README.md).
COPY patches patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Only the runtime dependencies, installed from the lock file on their own (no build tools carried over).
FROM node:24.21.0-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/package.json
COPY patches patches
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24.21.0-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/libs/domain/package.json ./libs/domain/package.json
COPY --from=build /app/libs/domain/dist ./libs/domain/dist
COPY --from=build /app/dist ./dist
# audit.zip ships the standalone verifiers and the specification of the hashed form.
COPY --from=build /app/tools/audit-verifier ./tools/audit-verifier
COPY --from=build /app/docs/audit-trail.md ./docs/audit-trail.md
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=6 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A 16 MB semi-space, as `npm start` (README, "Node's young generation").
CMD ["node", "--max-semi-space-size=16", "dist/api/apps/api/src/main.js"]
