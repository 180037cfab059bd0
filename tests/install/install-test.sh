#!/usr/bin/env bash
# Checks what the project installs (issue 14), on the real artefacts, in a temporary folder:
#   install-test.sh tree|deb --build DIR --source DIR --cmake CMAKE --cpack CPACK
#                   --version X.Y.Z --expect-man ON|OFF --mapped-source-paths 1|0
# tree: `cmake --install --strip` into a temporary prefix: both programs run from it, the docs
#       (with screenshots), the systemd user units naming <prefix>/bin/atc, the man page (and it
#       renders), the copyright file, the desktop entry and the metainfo validate, the homepage
#       is the package's, and no installed file holds the source tree's path.
# deb:  `cpack -G DEB` into a temporary folder; dpkg-deb -I/-c (Depends, Homepage, copyright);
#       the package is unpacked with dpkg-deb -x (never installed into this system) and its
#       programs run from there against the system's Qt; the same file checks on its content.
# Never touches the build's own files besides what an install writes into the build tree
# (the units' work folder), never the user's home: HOME and XDG_* point into the temp folder.
set -euo pipefail

mode=$1
shift
while [ $# -gt 0 ]; do
    case $1 in
    --build) build=$2 ;;
    --source) source=$2 ;;
    --cmake) cmake=$2 ;;
    --cpack) cpack=$2 ;;
    --version) version=$2 ;;
    --expect-man) expect_man=$2 ;;
    --mapped-source-paths) mapped=$2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift 2
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/config XDG_DATA_HOME=$tmp/home/data \
    XDG_CACHE_HOME=$tmp/home/cache XDG_RUNTIME_DIR=$tmp/home/run QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset LD_LIBRARY_PATH QT_PLUGIN_PATH

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }
need_tool() {
    command -v "$1" >/dev/null || {
        fail "$1 is missing (scripts/install-deps.sh installs it)"
        return 1
    }
}
# file_has FILE FIXED-STRING WHAT
file_has() {
    if [ -f "$1" ] && grep -qF -- "$2" "$1"; then pass "$3"; else fail "$3 ($1 lacks '$2')"; fi
}

# The checks on an installed tree. $1: the root the files are in; $2: the prefix the files
# name at run time (the same for `cmake --install --prefix`, /usr in the package).
check_tree() {
    local root=$1 prefix=$2
    local doc=$root/share/doc/azure-tenant-connector
    local units=$root/lib/systemd/user

    # Both programs run from the prefix and say their version.
    local out
    if out=$("$root/bin/atc" --version 2>&1) && [ "$out" = "atc $version" ]; then
        pass "bin/atc --version: $out"
    else
        fail "bin/atc --version: '$out'"
    fi
    if out=$("$root/bin/azure-tenant-connector" --version 2>&1) && [[ $out == *"$version"* ]]; then
        pass "bin/azure-tenant-connector --version: $out"
    else
        fail "bin/azure-tenant-connector --version: '$out'"
    fi

    # The documentation, with the screenshots the pages show, and the copyright file.
    for f in cli.md cli-runtime.md app-registration.md development.md screenshots/main-window.png \
        screenshots/wizard-2-tenant-details.png; do
        [ -s "$doc/$f" ] && pass "doc $f" || fail "doc $f is missing"
    done
    file_has "$doc/copyright" "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
        "copyright is machine-readable"
    file_has "$doc/copyright" "License: Expat" "copyright names the licence (MIT = Expat)"
    file_has "$doc/copyright" "Permission is hereby granted, free of charge" "copyright holds the licence text"
    file_has "$doc/copyright" "The Azure Tenant Connector developers" "copyright names the holder"

    # The systemd user units name the installed atc, and it exists.
    file_has "$units/atc.service" "ExecStart=$prefix/bin/atc run --due" "atc.service runs $prefix/bin/atc run --due"
    file_has "$units/atc-daemon.service" "ExecStart=$prefix/bin/atc daemon" "atc-daemon.service runs $prefix/bin/atc daemon"
    file_has "$units/atc.service" "file://$prefix/share/doc/azure-tenant-connector/cli-runtime.md" \
        "atc.service documents with the installed docs"
    file_has "$units/atc.timer" "OnUnitActiveSec=" "atc.timer"
    if grep -q "@" "$units"/*.service; then fail "a unit holds an unreplaced @VARIABLE@"; fi
    # systemd's own check (syntax, ExecStart executable, Documentation= man page), where the
    # units' paths exist: the tree install. Any warning counts.
    if [ "$root" = "$prefix" ] && [ "$expect_man" = ON ] && command -v systemd-analyze >/dev/null; then
        local verify
        if verify=$(MANPATH=$root/share/man systemd-analyze verify "$units/atc.service" \
            "$units/atc.timer" "$units/atc-daemon.service" 2>&1) && [ -z "$verify" ]; then
            pass "systemd-analyze verify"
        else
            fail "systemd-analyze verify: $verify"
        fi
    fi

    # The man pages, rendered by man when it is there.
    if [ "$expect_man" = ON ]; then
        local page=$root/share/man/man1/atc.1.gz
        if [ -s "$page" ]; then
            pass "man page atc.1.gz"
            if command -v man >/dev/null; then
                local text
                text=$(MANWIDTH=100 man -l "$page" 2>&1) || fail "man -l atc.1.gz failed: $text"
                for w in AZURE_TENANT_ID AZURE_CLIENT_SECRET ENVIRONMENT FILES COMMANDS "EXIT STATUS" \
                    "--due" "inventory" "atc $version"; do
                    [[ $text == *"$w"* ]] && pass "atc(1) shows '$w'" || fail "atc(1) lacks '$w'"
                done
            fi
        else
            fail "man page $page is missing"
        fi
        [ -s "$root/share/man/man1/azure-tenant-connector.1.gz" ] && pass "man page azure-tenant-connector.1.gz" \
            || fail "man page azure-tenant-connector.1.gz is missing"
    else
        echo "note: help2man was not found at configure time: no man page expected"
    fi

    # Desktop entry, metainfo (offline: CI has no internet) and the icon.
    local desktop=$root/share/applications/azure-tenant-connector.desktop
    local metainfo=$root/share/metainfo/org.example.AzureTenantConnector.metainfo.xml
    [ -s "$root/share/icons/hicolor/scalable/apps/azure-tenant-connector.svg" ] && pass "icon" || fail "icon is missing"
    if need_tool desktop-file-validate; then
        desktop-file-validate "$desktop" && pass "desktop-file-validate" || fail "desktop-file-validate $desktop"
    fi
    if need_tool appstreamcli; then
        appstreamcli validate --no-net "$metainfo" >"$tmp/appstream.log" 2>&1 && pass "appstreamcli validate --no-net" \
            || { cat "$tmp/appstream.log" >&2; fail "appstreamcli validate --no-net $metainfo"; }
    fi
    # The homepage of the metainfo is the package's (CPackConfig.cmake from the same configure).
    local homepage
    homepage=$(sed -n 's/^set(CPACK_PACKAGE_HOMEPAGE_URL "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
    [ -n "$homepage" ] || fail "no CPACK_PACKAGE_HOMEPAGE_URL in $build/CPackConfig.cmake"
    file_has "$metainfo" "<url type=\"homepage\">$homepage</url>" "metainfo homepage = package homepage ($homepage)"
    grep -q "<screenshot" "$metainfo" && pass "metainfo has screenshots" || fail "metainfo has no screenshots"

    # Nothing installed names the source tree (the build tree lies inside it in CI; either one
    # would be a path that does not exist on the user's machine): no file at all, and no
    # program names a folder of it (docs/, resources/: data read at run time). __FILE__ in the
    # programs (log context) is relative only with ATC_MAP_SOURCE_PATHS: then checked too.
    local hits f
    hits=
    while IFS= read -r f; do
        if [ "$(head -c 4 "$f")" = $'\x7fELF' ] && [ "$mapped" != 1 ]; then
            grep -qF --binary-files=text -e "$source/docs" -e "$source/resources" -e "$source/packaging" \
                -- "$f" && hits="$hits $f"
            [ "$root" = "$prefix" ] && echo "note: $(basename "$f") names $(grep -oaF -- "$source/" "$f" | wc -l) source file(s) through __FILE__ (ATC_MAP_SOURCE_PATHS is off)"
        else
            hits="$hits $f"
        fi
    done < <(grep -rlF --binary-files=text -- "$source" "$root" || true)
    [ -z "$hits" ] && pass "no installed file holds $source" || fail "files holding $source:$hits"
}

case $mode in
tree)
    prefix=$tmp/prefix
    "$cmake" --install "$build" --prefix "$prefix" --strip >"$tmp/install.log" 2>&1 \
        || { cat "$tmp/install.log" >&2; fail "cmake --install"; exit 1; }
    check_tree "$prefix" "$prefix"
    ;;
deb)
    need_tool dpkg-deb || exit 1
    need_tool dpkg-shlibdeps || exit 1
    (cd "$tmp" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg") >"$tmp/cpack.log" 2>&1 \
        || { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB"; exit 1; }
    deb=$(ls "$tmp"/pkg/azure-tenant-connector_*.deb 2>/dev/null | head -n1)
    [ -n "$deb" ] || { cat "$tmp/cpack.log" >&2; fail "cpack made no azure-tenant-connector_*.deb"; exit 1; }
    pass "package $(basename "$deb")"

    dpkg-deb -I "$deb" >"$tmp/info"
    file_has "$tmp/info" "Package: azure-tenant-connector" "Package"
    file_has "$tmp/info" "Version: $version" "Version"
    depends=$(sed -n 's/^ Depends: //p' "$tmp/info")
    echo "Depends: $depends"
    # Explicit (run-time plugins) and computed by dpkg-shlibdeps (linked libraries).
    for p in libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 libqt6widgets6 libc6; do
        [[ ", $depends," == *", $p"[\ ,]* ]] && pass "Depends on $p" || fail "Depends lacks $p"
    done
    homepage=$(sed -n 's/^set(CPACK_PACKAGE_HOMEPAGE_URL "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
    file_has "$tmp/info" "Homepage: $homepage" "Homepage"
    # Every dependency is a package this Debian knows (installed here: CI has them all).
    for p in $(echo "$depends" | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/ //g'); do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
            || fail "dependency $p is not installed here"
    done

    dpkg-deb -c "$deb" >"$tmp/contents"
    for f in ./usr/bin/atc ./usr/bin/azure-tenant-connector ./usr/share/doc/azure-tenant-connector/copyright \
        ./usr/lib/systemd/user/atc.service ./usr/share/applications/azure-tenant-connector.desktop; do
        grep -qE " $f\$" "$tmp/contents" && pass "holds $f" || fail "the package lacks $f"
    done
    if grep -qE " \./usr/local/| \./(tmp|home|work)/" "$tmp/contents"; then fail "files outside /usr"; fi

    # Unpacked, not installed: the programs run from it with the system's Qt.
    dpkg-deb -x "$deb" "$tmp/root"
    check_tree "$tmp/root/usr" /usr
    ;;
*)
    echo "mode: tree or deb" >&2
    exit 2
    ;;
esac

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"
