#!/bin/sh
# Makes a PC/SC stack with vsmartcard's virtual reader available: installs pcscd,
# vsmartcard-vpcd and OpenSC's tools (for OpenScIT) when missing (as root, via apt-get) and starts pcscd when it is not running.
# Idempotent: running it again changes nothing. Prints the path of libpcsclite.so.1.
set -eu

need_install=""
command -v pcscd >/dev/null 2>&1 || need_install="$need_install pcscd"
[ -e /usr/lib/pcsc/drivers/serial/libifdvpcd.so ] || need_install="$need_install vsmartcard-vpcd"
dpkg -s libpcsclite1 >/dev/null 2>&1 || need_install="$need_install libpcsclite1"
command -v pkcs11-tool >/dev/null 2>&1 || need_install="$need_install opensc"

if [ -n "$need_install" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "start-pcsc.sh: missing$need_install; run as root to install" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $need_install >/dev/null
fi

if ! pgrep -x pcscd >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "start-pcsc.sh: pcscd is not running; run as root to start it" >&2
        exit 1
    fi
    # --auto-exit would stop pcscd between test runs; keep it running in the background.
    /usr/sbin/pcscd
    tries=0
    while [ ! -S /run/pcscd/pcscd.comm ] && [ "$tries" -lt 50 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
fi

dpkg -L libpcsclite1 | grep '/libpcsclite\.so\.1$' | head -n 1
