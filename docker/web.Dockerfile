# The Village web client, built once and served by nginx, which also forwards /graphql
# (HTTP and WebSocket) and /health to the API. Build from the repository root:
#   docker build -f docker/web.Dockerfile -t village-web .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false npx nx run web:build --outputStyle=static

FROM nginx:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/web /usr/share/nginx/html
EXPOSE 8080
