#!/usr/bin/env bash
# Fails when translations/*.ts are out of date with the sources of core/, ui/, app/ and emulator/sandbox/, or
# when any message in them is unfinished or empty. lupdate runs on temporary copies, so the
# tree is never modified. Refresh with: cmake --build <build dir> --target update_translations
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(qtpaths6 --query QT_INSTALL_BINS 2>/dev/null)/lupdate" \
        "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -x "$candidate" ]; then lupdate="$candidate"; break; fi
    done
fi
[ -n "$lupdate" ] || { echo "check-translations: lupdate (Qt 6) not found; set LUPDATE" >&2; exit 2; }

mapfile -t ts_files < <(ls translations/*.ts)
[ ${#ts_files[@]} -gt 0 ] || { echo "check-translations: no translations/*.ts" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
copies=()
for ts in "${ts_files[@]}"; do
    cp "$ts" "$tmp/"
    copies+=("$tmp/$(basename "$ts")")
done

# Same inputs and options as qt_add_translations in translations/CMakeLists.txt.
if ! "$lupdate" core ui app emulator/sandbox -I core -I ui -no-obsolete -locations none -ts "${copies[@]}" \
    >"$tmp/lupdate.log" 2>&1; then
    cat "$tmp/lupdate.log" >&2
    echo "check-translations: lupdate failed" >&2
    exit 2
fi

status=0
for ts in "${ts_files[@]}"; do
    copy="$tmp/$(basename "$ts")"
    if ! cmp -s "$ts" "$copy"; then
        echo "$ts is out of date with the sources (run the update_translations target):"
        diff -u "$ts" "$copy" | grep -E '^[-+] *<source>' | sed 's/^/    /' | head -n 40 || true
        status=1
    fi
    # Unfinished or empty messages in the refreshed copy (new strings show up there too).
    missing="$(awk '
        function unxml(s) {
            gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s)
            gsub(/&apos;/, "\047", s); gsub(/&amp;/, "\\&", s); return s
        }
        /<name>/ { ctx = $0; sub(/.*<name>/, "", ctx); sub(/<\/name>.*/, "", ctx) }
        /<message/ { src = ""; insrc = 0; bad = 0 }
        /<source>/ { insrc = 1; src = "" }
        insrc { line = $0; sub(/.*<source>/, "", line); sub(/<\/source>.*/, "", line)
                src = (src == "" ? line : src "\\n" line) }
        /<\/source>/ { insrc = 0 }
        /<translation[^>]*type="(unfinished|vanished|obsolete)"/ { bad = 1 }
        /<translation[^>]*><\/translation>/ || /<translation[^>]*\/>/ { bad = 1 }
        /<numerusform><\/numerusform>/ || /<numerusform\/>/ { bad = 1 }
        /<\/message>/ { if (bad) { n++; printf "    [%s] %s\n", ctx, unxml(src) } }
        END { exit n > 0 }' "$copy")" || {
        echo "$ts has untranslated or empty messages:"
        echo "$missing"
        status=1
    }
done

if [ "$status" -eq 0 ]; then
    echo "translations: ${#ts_files[@]} files complete and up to date"
fi
exit "$status"
