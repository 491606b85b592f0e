#!/usr/bin/env bash
# UPX 4.2.4, the executable compressor `make dist` runs on the bundle's big libraries that are
# not on the path to the first frame (the spec's compress_bundle). Debian bookworm has no UPX
# package (upx-ucl was dropped from it) and trixie's binary needs a newer glibc, so we build
# it from the upstream source as Debian trixie distributes it (upx-ucl's orig tarball, which
# vendors UCL, zlib and LZMA): apt fetches it through the signed Sources index of a private,
# temporary apt configuration (the system's sources are not touched), and its SHA-256 is
# checked against the upstream release's here. Needs cmake, g++ and make
# (build_scripts/install_system_deps.sh). About half a minute on two cores.
#
#     bash build_scripts/build_upx.sh build/tools/upx
set -euo pipefail

out=${1:?usage: build_upx.sh OUTPUT_PATH}
version=4.2.4
orig=upx-ucl_${version}.orig.tar.xz
sha256=5ed6561607d27fb4ef346fc19f08a93696fa8fa127081e7a7114068306b8e1c4

for tool in apt-get cmake g++ make; do
  command -v "$tool" >/dev/null || { echo "build_upx: $tool is missing (make system-deps)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
  >"$work/sources.list"
apt_opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o "Dir::Etc::sourceparts=-"
          -o "Dir::State::Lists=$work/lists" -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")
apt-get "${apt_opts[@]}" update -qq
# Only the upstream tarball is needed (Debian's packaging files are not): a mirror that lacks
# the latter makes apt-get report a failure after fetching the former, hence the check below
# rather than its exit code.
(cd "$work" && apt-get "${apt_opts[@]}" source --download-only -qq "upx-ucl=${version}-1.1" \
  >/dev/null 2>&1 || true)
echo "$sha256  $work/$orig" | sha256sum --check --quiet - \
  || { echo "build_upx: $orig missing or not the upstream release" >&2; exit 1; }

tar -xJf "$work/$orig" -C "$work"
src="$work/upx-${version}-src"
cmake -S "$src" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DUPX_CONFIG_DISABLE_GITREV=ON \
  -DUPX_CONFIG_DISABLE_WERROR=ON >/dev/null
make -C "$work/build" -j"$(nproc)" upx >/dev/null
mkdir -p "$(dirname "$out")"
install -m 755 "$work/build/upx" "$out"
"$out" --version | head -1
