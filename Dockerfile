# The assistant in a container: Node 20, the project's own dependencies only.
# Plans are mounted at /app/plans; files and the SQLite database (if used) live in /app/data.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    DATABASE_URL=file:/app/data/cchc.db \
    STORAGE_DIR=/app/data/files \
    PLANS_DIR=/app/plans \
    MALLOC_ARENA_MAX=2
COPY --from=build /app /app
RUN mkdir -p /app/data /app/plans && chown -R node:node /app/data
USER node
EXPOSE 8080 8081
# The compiled build with the memory settings of `npm start` (see README, "Performance").
CMD ["node", "--max-semi-space-size=4", "--max-old-space-size=512", "dist/main.js"]
