# Shared by scripts/setup.sh and scripts/test.sh: install what is missing
# from Debian, with one `apt-get update` at most, and configure and build.

# Packages needed to build the toolchain (README.md says why each is here).
GOCC_BUILD_PACKAGES="build-essential cmake ninja-build llvm-14-dev zlib1g-dev
libabsl-dev re2c libgtest-dev libgmp-dev libmpfr-dev libre2-dev"
# Packages only the tests need: gc as the oracle and its test data, gdb.
GOCC_TEST_PACKAGES="golang-go golang-1.19-src gdb python3 binutils"

# install_missing PKG... installs the packages that are not installed yet.
install_missing() {
	local missing=()
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	local sudo=()
	[ "$(id -u)" -ne 0 ] && sudo=(sudo)
	echo "installing: ${missing[*]}"
	"${sudo[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build DIR [cmake options...]
configure_and_build() {
	local dir=$1
	shift
	cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
	cmake --build "$dir"
}
