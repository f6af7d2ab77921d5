# dpacheck in a container: built with the Swift toolchain image, run on debian:bookworm-slim with
# only libyaml-0-2, libxlsxwriter4 and the binary (the Swift runtime is linked in with -static-stdlib).
#
#   docker build -t dpacheck:$(git rev-parse --short HEAD) .
#   docker run --rm -v "$PWD:/work" dpacheck:TAG check vendors --format sarif -o dpacheck.sarif
#
# scripts/docker-build-steps.sh runs the same build on a machine without docker and shows what the
# binary links against; docs/ci.md has the image size and how to use the image in CI.
ARG SWIFT_IMAGE=swift:6.3.1-bookworm

FROM ${SWIFT_IMAGE} AS build
RUN apt-get update -qq \
  && apt-get install -y -qq --no-install-recommends libyaml-dev libxlsxwriter-dev \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN swift build -c release -Xswiftc -static-stdlib --product dpacheck \
  && install -D -m 755 .build/release/dpacheck /out/dpacheck

FROM debian:bookworm-slim
RUN apt-get update -qq \
  && apt-get install -y -qq --no-install-recommends libyaml-0-2 libxlsxwriter4 \
  && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/dpacheck /usr/local/bin/dpacheck
WORKDIR /work
ENTRYPOINT ["dpacheck"]
CMD ["--help"]
