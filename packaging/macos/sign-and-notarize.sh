#!/usr/bin/env bash
# Sign, notarise and staple the macOS app, then wrap it in a signed, notarised DMG.
# Run on a Mac after packaging/build (which, on macOS, also writes dist/Edgewise.app).
#
#   IDENTITY="Developer ID Application: Acme Corp (TEAMID1234)" \
#   NOTARY_PROFILE=edgewise-notary \
#   packaging/macos/sign-and-notarize.sh
#
# NOTARY_PROFILE is a keychain profile created once with
#   xcrun notarytool store-credentials edgewise-notary --apple-id ... --team-id ...
# Output: dist/Edgewise-<version>.dmg, ready for Jamf, Intune or a download page.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
app="${APP:-$repo/dist/Edgewise.app}"
version="${VERSION:-$(sed -n 's/^version = "\(.*\)"/\1/p' "$repo/pyproject.toml" | head -n1)}"
dmg="$repo/dist/Edgewise-$version.dmg"
: "${IDENTITY:?set IDENTITY to your Developer ID Application certificate name}"
: "${NOTARY_PROFILE:?set NOTARY_PROFILE to a notarytool keychain profile}"
[[ -d "$app" ]] || { echo "no app at $app: run packaging/build on macOS first" >&2; exit 1; }

sign() {
    codesign --force --timestamp --options runtime \
        --entitlements "$here/entitlements.plist" --sign "$IDENTITY" "$@"
}

echo "== signing every library and executable inside, innermost first"
# codesign --deep is deprecated for distribution: sign each Mach-O file itself.
while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q "Mach-O"; then
        sign "$file"
    fi
done < <(find "$app/Contents" -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) -print0)
sign "$app"
codesign --verify --strict --verbose=2 "$app"

echo "== notarising the app"
zip="$(mktemp -d)/Edgewise.zip"
ditto -c -k --keepParent "$app" "$zip"
xcrun notarytool submit "$zip" --keychain-profile "$NOTARY_PROFILE" --wait
xcrun stapler staple "$app"

echo "== building, signing and notarising the disk image"
rm -f "$dmg"
hdiutil create -volname "Edgewise" -srcfolder "$app" -ov -format UDZO "$dmg"
codesign --force --timestamp --sign "$IDENTITY" "$dmg"
xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose "$dmg"
echo "== $dmg is signed, notarised and stapled"
