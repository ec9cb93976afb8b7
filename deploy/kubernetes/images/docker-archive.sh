#!/usr/bin/env bash
# Stands in for the `docker` command that Quarkus' Jib extension calls to hand a built image to a Docker engine.
# There is no engine on the build machines, so the image Jib streams to `docker load` is written as a docker-archive
# tarball to $OEML_IMAGE_TAR instead (what `docker save` writes; `docker load`, `podman load`, `skopeo copy
# docker-archive:...`, `kind load image-archive` and `ctr images import` read it). Jib asks `info` first for the
# platform to pick; nothing else is called.
set -euo pipefail
case "${1:-}" in
  info)
    arch="$(uname -m)"
    printf '{"OSType":"linux","Architecture":"%s"}\n' "$arch"
    ;;
  load)
    : "${OEML_IMAGE_TAR:?set quarkus.jib.docker-environment.OEML_IMAGE_TAR to the tarball to write}"
    mkdir -p "$(dirname "$OEML_IMAGE_TAR")"
    cat > "$OEML_IMAGE_TAR.partial"
    mv -f "$OEML_IMAGE_TAR.partial" "$OEML_IMAGE_TAR"
    echo "Wrote image tarball $OEML_IMAGE_TAR"
    ;;
  *)
    echo "docker-archive.sh stands in for 'docker info' and 'docker load' only, not 'docker $*'" >&2
    exit 1
    ;;
esac
