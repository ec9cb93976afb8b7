#!/usr/bin/env bash
# The services' base image, made on the build machine with no registry and no Docker engine: a Java 17 runtime
# jlinked from the JDK that runs the build, over a minimal root file system of Debian's libc6, libgcc-s1, libstdc++6
# and zlib1g (the files of those packages as dpkg installed them here: the JVM links nothing else), with a non-root
# user 185 and a writable /tmp. It is written once per JDK, package versions and this script into
# $XDG_CACHE_HOME/oeml/jre-base/<key>/ (else ~/.cache/oeml/...) as a docker-archive tarball, the form Jib reads from
# tar://, and linked to the path given as $1 (each service's target/jre-base.tar).
#
#   jre-base.sh <link to place> [<JAVA_HOME>]
set -euo pipefail

link="${1:?usage: jre-base.sh <link to place> [<JAVA_HOME>]}"
java_home="${2:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}"
# java.se and the jdk modules the services' libraries use (Netty, Kafka's SASL, JMX/OSHI, DNS, zipfs).
modules=java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.security.auth,jdk.security.jgss,jdk.naming.dns,jdk.management,jdk.zipfs,jdk.net,jdk.localedata
packages=(libc6 libgcc-s1 libstdc++6 zlib1g)
user_id=185

for tool in dpkg-query jlink tar gzip sha256sum flock; do
  command -v "$tool" >/dev/null || [[ -x "$java_home/bin/$tool" ]] \
    || { echo "jre-base.sh needs $tool (a Debian machine with a JDK 17 incl. jmods)" >&2; exit 1; }
done
jdk_version="$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$java_home/release")"
package_versions="$(dpkg-query -W -f='${Package}=${Version}\n' "${packages[@]}" | paste -sd' ')"
key="$(printf '%s\n' "$jdk_version" "$package_versions" "$modules" | cat - "$0" | sha256sum | cut -c1-12)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/oeml/jre-base/$jdk_version-$key"
tarball="$cache/jre-base.tar"

mkdir -p "$cache"
exec 9>"$cache/.lock"
flock 9
if [[ ! -s "$tarball" ]]; then
  echo "jre-base: building the base image (Java $jdk_version; $package_versions) into $cache" >&2
  work="$(mktemp -d "$cache/build.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  root="$work/rootfs"
  # Debian's merged /usr: /lib, /lib64 and /bin are links into /usr, so the packages' paths land where they do here.
  mkdir -p "$root"/usr/{bin,lib,lib64,sbin} "$root"/{etc,opt,tmp,deployments}
  for dir in bin lib lib64 sbin; do ln -s "usr/$dir" "$root/$dir"; done
  chmod 1777 "$root/tmp"
  for package in "${packages[@]}"; do
    dpkg-query -L "$package" | grep -Ev '^/usr/share/(doc|man|info|lintian|locale)/|^/\.$' | while read -r path; do
      if [[ -f "$path" || -L "$path" ]]; then mkdir -p "$root$(dirname "$path")" && cp -a "$path" "$root$path"; fi
    done
  done
  "$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$root/opt/java"
  # Debian's JDK links its CA store from /etc (ca-certificates-java): the image carries the file itself.
  if [[ -L "$root/opt/java/lib/security/cacerts" || ! -e "$root/opt/java/lib/security/cacerts" ]]; then
    rm -f "$root/opt/java/lib/security/cacerts"
    cp -L "$java_home/lib/security/cacerts" "$root/opt/java/lib/security/cacerts"
  fi
  printf 'root:x:0:0:root:/root:/usr/sbin/nologin\noeml:x:%s:0:oeml:/deployments:/usr/sbin/nologin\n' "$user_id" \
    > "$root/etc/passwd"
  printf 'root:x:0:\n' > "$root/etc/group"
  printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$root/etc/nsswitch.conf"
  chown "$user_id:0" "$root/deployments"
  chmod 775 "$root/deployments"

  archive="$work/archive"
  mkdir -p "$archive"
  tar --create --sort=name --numeric-owner --owner=0 --group=0 --mtime=@0 -C "$root" -f "$work/layer.tar" .
  diff_id="$(sha256sum "$work/layer.tar" | cut -d' ' -f1)"
  gzip -n -6 -c "$work/layer.tar" > "$archive/layer.tar.gz"
  cat > "$archive/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"$user_id","WorkingDir":"/deployments",
  "Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],
  "Labels":{"io.oeml.base-image":"oeml/jre-base:$jdk_version-$key: Java $jdk_version (jlink: $modules) over Debian's $package_versions"}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/kubernetes/images/jre-base.sh"}]}
JSON
  printf '[{"Config":"config.json","RepoTags":["oeml/jre-base:%s-%s"],"Layers":["layer.tar.gz"]}]\n' \
    "$jdk_version" "$key" > "$archive/manifest.json"
  tar --create --numeric-owner --owner=0 --group=0 --mtime=@0 -C "$archive" -f "$work/jre-base.tar" \
    manifest.json config.json layer.tar.gz
  mv -f "$work/jre-base.tar" "$tarball"
fi
mkdir -p "$(dirname "$link")"
ln -sfn "$tarball" "$link"
echo "jre-base: $link -> $tarball" >&2
