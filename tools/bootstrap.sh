#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running kiosk or a tested build.
#
#   tools/bootstrap.sh run [KIOSK OPTIONS]   install what is missing, build, start the kiosk
#   tools/bootstrap.sh test                  install what is missing, build, run every test
#   tools/bootstrap.sh sanitize              the same tests built with AddressSanitizer and
#                                            UndefinedBehaviorSanitizer (in build-asan)
#   tools/bootstrap.sh fuzz [SECONDS]        the libFuzzer harnesses (clang, in build-fuzz), each
#                                            run SECONDS (default 60) on its corpus
#   tools/bootstrap.sh package               the Debian packages (exhibit-kiosk, exhibit-kiosk-data,
#                                            exhibit-studio) of the tested build, checked by lintian,
#                                            in build/packages; see kiosk-config/README.md
#
# Runs as root, or as a user with sudo (only apt-get needs it). Safe to rerun:
# packages already present are not reinstalled and the build is incremental.
# BUILD_DIR (default: build) and BUILD_TYPE (default: RelWithDebInfo) may be set.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$here/build}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"
mode="${1:-}"
shift || true

# What the kiosk needs to build and run (Debian 12 "bookworm" package names),
# including its gallery session: the cage compositor and Qt's Wayland plugin.
runtime_packages=(
    cmake ninja-build g++ python3 dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-multimedia-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 libsqlite3-dev
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qtquick-layouts qml6-module-qtquick-shapes
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
    libsndfile1-dev pkg-config
    qt6-speech-dev qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng
    speech-dispatcher-audio-plugins
    fonts-noto-core fonts-noto-cjk
    cage xwayland qt6-wayland
)
# What the tests need on top: Qt Quick Test, an audio server, SQLite's shell, clang-format, and the
# speech synthesis that regenerates the narration (to check it matches the committed files).
test_packages=(qml6-module-qttest pulseaudio sqlite3 xvfb xdotool clang-format prometheus
    festival festvox-us-slt-hts espeak-ng sox opus-tools)
# Debian's packaging tools.
package_packages=(debhelper lintian)
# libFuzzer comes with clang's runtime libraries.
fuzz_packages=(clang libclang-rt-14-dev)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "bootstrap: all $# packages already installed"
        return
    fi
    echo "bootstrap: installing ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

build() { # [EXTRA CMAKE OPTIONS]
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

# The tested build is the packaged one: both use Debian's hardening flags
# (stack protector, fortified functions, full RELRO, ...), as debian/rules asks.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
flags() { (cd "$here" && dpkg-buildflags --get "$1"); } # paths in them are relative to the source
release_build() {
    build -DCMAKE_CXX_FLAGS="$(flags CPPFLAGS) $(flags CXXFLAGS)" \
        -DCMAKE_EXE_LINKER_FLAGS="$(flags LDFLAGS)" -DCMAKE_SHARED_LINKER_FLAGS="$(flags LDFLAGS)"
}

# Qt Multimedia reaches audio outputs only through a running PulseAudio server.
# The speech server is started once here, to stay: left to the tests, two
# starting at once race to start it, and the loser has no voice.
start_audio() {
    if ! pactl info >/dev/null 2>&1; then
        pulseaudio --start --exit-idle-time=-1 2>/dev/null || true
        pulseaudio --check 2>/dev/null && echo "bootstrap: PulseAudio started" || echo "bootstrap: no PulseAudio server (audio tests may skip)"
    fi
    if ! pgrep -f '(^|/)speech-dispatcher( |$)' >/dev/null; then
        speech-dispatcher --run-daemon --timeout 0 2>/dev/null || echo "bootstrap: no speech server (speech tests will fail)"
    fi
}

case "$mode" in
run)
    # run --studio [DATABASE]: Exhibit Studio, the curators' editor, instead of the kiosk.
    program=exhibit-kiosk
    if [ "${1:-}" = "--studio" ]; then
        program=exhibit-studio
        shift
    fi
    install_missing "${runtime_packages[@]}"
    release_build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [[ " $* " != *" -platform "* ]]; then
        echo "bootstrap: no display found (DISPLAY or WAYLAND_DISPLAY); start it from a graphical session," >&2
        echo "           or add e.g. '-platform offscreen' to try it headless." >&2
        exit 2
    fi
    exec "$build_dir/$program" "$@"
    ;;
package)
    install_missing "${runtime_packages[@]}" "${package_packages[@]}"
    release_build
    cmake_version=$(sed -n 's/^project(ExhibitKiosk VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")
    version=$(cd "$here" && dpkg-parsechangelog -S Version)
    if [ "$cmake_version" != "$version" ]; then
        echo "bootstrap: debian/changelog says $version, CMakeLists.txt $cmake_version: make them agree" >&2
        exit 1
    fi
    # dpkg-buildpackage writes beside the source folder; the packages are moved into the build.
    (cd "$here" && EXHIBIT_PREBUILT="$build_dir" dpkg-buildpackage -b -us -uc --no-pre-clean)
    packages="$build_dir/packages"
    rm -rf "$packages" && mkdir -p "$packages"
    parent=$(dirname "$here")
    mv "$parent"/exhibit-*_"$version"_*.deb "$parent"/exhibit-kiosk_"$version"_*.{buildinfo,changes} "$packages"/
    rm -rf "$here"/debian/{.debhelper,tmp,files,debhelper-build-stamp} "$here"/debian/exhibit-*/ \
        "$here"/debian/*.substvars "$here"/debian/*.debhelper.log "$here"/debian/*.debhelper
    # Errors and warnings fail; what lintian only mentions (info) does not.
    lintian --fail-on error,warning --info "$packages"/exhibit-kiosk_"$version"_*.changes
    ls -l "$packages"
    ;;
test)
    install_missing "${runtime_packages[@]}" "${test_packages[@]}"
    release_build
    cmake --build "$build_dir" --target all_qmllint
    start_audio
    cd "$build_dir"
    # Two at a time, as the sanitizers' run: most tests wait on the interface,
    # on audio or on speech more than they compute.
    exec ctest --output-on-failure --timeout 600 --parallel 2
    ;;
sanitize)
    install_missing "${runtime_packages[@]}" "${test_packages[@]}"
    build_dir="${BUILD_DIR:-$here/build-asan}"
    build -DEXHIBIT_SANITIZE=address,undefined
    start_audio
    cd "$build_dir"
    # Every report goes to a file as well as failing its test, so that a test
    # run again (below) cannot hide one.
    reports="$build_dir/sanitizer-reports"
    rm -rf "$reports" && mkdir -p "$reports"
    # Leaks are found elsewhere: by the fuzzers (LeakSanitizer on each parser)
    # and the soaks (memory over thousands of visits). At exit, Qt Quick's image
    # reader thread leaves its pictures behind, which LeakSanitizer cannot tell
    # from ours without a full unwind of every allocation (8 times slower).
    # strstr unchecked: speech-dispatcher's client scans its list of a thousand
    # voices with it, which ASan's check makes quadratic (minutes, not milliseconds).
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=1:intercept_strstr=0:log_path=$reports/asan:log_exe_name=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan:log_exe_name=1"
    # Everything runs several times slower here: a test that misses a moment
    # of the interface runs once more; one that fails twice fails the run.
    # The tests labelled slow are left out: the soaks and the long end-to-end
    # runs drive the same code the unit and Qt Quick tests reach, for many
    # minutes each here (narration_assets_reproducible runs none of our C++).
    status=0
    ctest --output-on-failure --timeout 900 --parallel 2 --repeat until-pass:2 \
        --label-exclude slow || status=$?
    found=$(grep -l -E 'ERROR: AddressSanitizer|runtime error:' "$reports"/* 2>/dev/null || true)
    if [ -n "$found" ]; then
        echo "bootstrap: the sanitizers reported errors:" >&2
        cat $found >&2
        exit 1
    fi
    exit "$status"
    ;;
fuzz)
    seconds="${1:-60}"
    if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
        echo "bootstrap: fuzz: SECONDS '$seconds' is not a positive whole number" >&2
        exit 2
    fi
    install_missing "${runtime_packages[@]}" "${fuzz_packages[@]}"
    build_dir="${BUILD_DIR:-$here/build-fuzz}"
    build -DEXHIBIT_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DEXHIBIT_FUZZ_SECONDS="$seconds"
    cd "$build_dir"
    exec ctest --output-on-failure --parallel 2
    ;;
*)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
