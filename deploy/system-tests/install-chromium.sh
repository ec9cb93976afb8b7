#!/usr/bin/env bash
# The browser of the dashboard's end-to-end test (DashboardInChromiumIT): Debian's chromium and chromium-driver,
# installed with apt-get when either is missing, so Selenium finds both at the paths below and downloads nothing.
# Idempotent: when both are there it only prints their versions. .ci/run calls it before `./mvnw verify`.
#   deploy/system-tests/install-chromium.sh
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

packages=()
# fonts-liberation is only recommended, and the others it would bring (avahi, cups) are not wanted; without a font
# the screenshots show boxes
[[ -x "$CHROMIUM" ]] || packages+=(chromium fonts-liberation)
[[ -x "$CHROMEDRIVER" ]] || packages+=(chromium-driver)
if (( ${#packages[@]} )); then
  if [[ "$(id -u)" -eq 0 ]]; then
    sudo=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "missing: ${packages[*]}; install as root: apt-get update && apt-get install -y --reinstall ${packages[*]}" >&2
    exit 1
  fi
  echo "installing ${packages[*]} from Debian"
  "${sudo[@]}" apt-get update -q
  # --reinstall: a package can be installed while its file is gone; installing it "again" would then do nothing
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --reinstall --no-install-recommends "${packages[@]}"
fi

# Both come from the same Debian source package, so their versions agree; a chromedriver of another major refuses
# the browser at the first session, which this names earlier.
browser="$("$CHROMIUM" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9.]+' | head -1)"
driver="$("$CHROMEDRIVER" --version | grep -oE '[0-9]+\.[0-9.]+' | head -1)"
if [[ "${browser%%.*}" != "${driver%%.*}" ]]; then
  echo "chromium $browser and chromedriver $driver differ in major version; reinstall both: apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "chromium $browser and chromedriver $driver at $CHROMIUM, $CHROMEDRIVER"
