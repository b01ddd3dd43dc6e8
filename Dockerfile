# gatehouse in a container image:
#   docker build -t gatehouse .
#   docker run --rm -p 4566:4566 -v gatehouse-data:/data gatehouse
# Settings are the GATEHOUSE_* variables of `gatehouse serve` (README, "Flags"), e.g.
#   docker run --rm -p 4566:4566 -e GATEHOUSE_MODE=strict -e GATEHOUSE_ADMIN_TOKEN=… gatehouse
# tests/python/test_container_image.py runs this file's final stage as written, without an
# engine: its user, variables, volume, port, health check and command.

FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --locked --release -p gatehouse \
 && strip target/release/gatehouse

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin gatehouse \
 && mkdir -p /data \
 && chown gatehouse /data
COPY --from=build /src/target/release/gatehouse /usr/local/bin/gatehouse
USER 10001
ENV GATEHOUSE_LISTEN=0.0.0.0:4566 \
    GATEHOUSE_DATA_DIR=/data \
    GATEHOUSE_ENDPOINT=http://127.0.0.1:4566
VOLUME /data
EXPOSE 4566
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 CMD ["gatehouse", "health"]
ENTRYPOINT ["gatehouse"]
CMD ["serve"]
