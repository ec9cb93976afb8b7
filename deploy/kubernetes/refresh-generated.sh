#!/usr/bin/env bash
# Builds the five services (quarkus-kubernetes writes target/kubernetes/kubernetes.yml) and copies each generated
# manifest into the Kustomize base, where GeneratedManifestsTest holds it to the build. Commit the result.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
services=(gateway library-service finetune-service optimizer-service hardware-agent)
cd "$root"
./mvnw -B -q -o install -pl "$(IFS=,; echo "${services[*]}")" -am -DskipTests
for service in "${services[@]}"; do
    cp "$service/target/kubernetes/kubernetes.yml" "deploy/kubernetes/base/$service.yaml"
done
git status --short deploy/kubernetes/base
