#!/usr/bin/env bash
# Prepares WordPress core folders for offline tests (scripts/wp/server.js):
#   .cache/wordpress/6.1  Debian 12 "bookworm" wordpress 6.1.x + Twenty Twenty-Three
#   .cache/wordpress/6.8  Debian 13 "trixie"   wordpress 6.8.x + Twenty Twenty-Five
# Packages are fetched with `apt-get download` against a private sources list and
# private package lists under .cache/wordpress/apt/ (the system's apt state is never
# touched) and unpacked with `dpkg-deb -x`; nothing is installed system-wide and no
# root rights are needed. A version already prepared (marker file) is skipped.
#
# Usage: scripts/wp/core.sh [6.1] [6.8]   (both when no version is given)
#        FORCE=1 scripts/wp/core.sh       (prepare again)
set -euo pipefail

cd "$(dirname "$0")/../.."
CACHE="$PWD/.cache/wordpress"
MARKER=.hr-widgets-core

for tool in apt-get dpkg-deb realpath; do
  command -v "$tool" >/dev/null || {
    echo "core.sh: '$tool' not found; this script needs a Debian-based system (apt, dpkg)." >&2
    exit 1
  }
done

# Runs apt-get with every path pointing into the private folder $1.
private_apt() {
  local dir=$1
  shift
  local opts=(
    -o "Dir::Etc::sourcelist=$dir/sources.list"
    -o "Dir::Etc::sourceparts=$dir/sources.list.d"
    -o "Dir::State::Lists=$dir/lists"
    -o "Dir::Cache=$dir/cache"
    -o "Dir::Cache::Archives=$dir/archives"
    -o "Dir::Cache::pkgcache="
    -o "Dir::Cache::srcpkgcache="
  )
  # As root apt downloads as the user _apt, who may not be able to write here.
  if [ "$(id -u)" = 0 ]; then opts+=(-o "APT::Sandbox::User=root"); fi
  apt-get -q "${opts[@]}" "$@"
}

# Follows the symlink $2 (a path inside the unpacked tree $1) to a regular file,
# reading absolute targets inside $1 first (packages link to each other by
# absolute or relative paths), and prints that file's path.
resolve_in_root() {
  local root=$1 path=$2 target hops=0
  while [ -L "$path" ]; do
    hops=$((hops + 1))
    [ "$hops" -le 20 ] || { echo "core.sh: symlink loop at $2" >&2; return 1; }
    target=$(readlink "$path")
    if [[ "$target" == /* ]]; then
      if [ -e "$root$target" ] || [ -L "$root$target" ]; then path="$root$target"; else path="$target"; fi
    else
      path=$(realpath -ms "$(dirname "$path")/$target")
    fi
  done
  [ -f "$path" ] || { echo "core.sh: $2 points to $path, which is missing" >&2; return 1; }
  printf '%s\n' "$path"
}

# prepare VERSION CODENAME "SOURCES LINES" THEME PACKAGES...
prepare() {
  local version=$1 codename=$2 sources=$3 theme=$4
  shift 4
  local dest="$CACHE/$version"
  if [ -f "$dest/$MARKER" ] && [ -z "${FORCE:-}" ]; then
    echo "WordPress $version: ready ($(head -n 1 "$dest/$MARKER")), skipped."
    return
  fi
  local started=$SECONDS
  local apt="$CACHE/apt/$codename"
  mkdir -p "$apt/lists/partial" "$apt/archives/partial" "$apt/cache" "$apt/sources.list.d" "$apt/debs"
  printf '%s\n' "$sources" >"$apt/sources.list"

  echo "WordPress $version: updating private package lists for Debian $codename..."
  private_apt "$apt" update >"$apt/update.log" 2>&1 || {
    cat "$apt/update.log" >&2
    echo "core.sh: apt-get update failed for $codename (network? see above)." >&2
    exit 1
  }
  echo "WordPress $version: downloading $*..."
  (cd "$apt/debs" && rm -f ./*.deb && private_apt "$apt" download "$@" >"$apt/download.log" 2>&1) || {
    cat "$apt/download.log" >&2
    echo "core.sh: apt-get download failed for $codename." >&2
    exit 1
  }

  local work="$CACHE/.work-$version"
  rm -rf "$work"
  mkdir -p "$work/root"
  local deb
  for deb in "$apt/debs"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done

  local src="$work/root/usr/share/wordpress"
  [ -f "$src/wp-load.php" ] || { echo "core.sh: no wp-load.php in the wordpress package" >&2; exit 1; }
  [ -f "$src/wp-content/themes/$theme/theme.json" ] || { echo "core.sh: theme $theme missing" >&2; exit 1; }
  cp -a "$src" "$work/wordpress"

  # The package links shared libraries (getID3, underscore, lodash, cropper) and
  # the CA bundle in from other packages: replace every link with the real file.
  rm -f "$work/wordpress/.htaccess" "$work/wordpress/wp-config.php"
  local link rel real count=0
  while IFS= read -r -d '' link; do
    rel=${link#"$work/wordpress"}
    if [ "$rel" = /wp-includes/certificates/ca-bundle.crt ]; then
      real=/etc/ssl/certs/ca-certificates.crt
      if [ ! -f "$real" ]; then
        echo "core.sh: warning: $real missing (package ca-certificates); HTTPS from PHP will fail." >&2
        rm "$link" && : >"$link" && count=$((count + 1)) && continue
      fi
    else
      real=$(resolve_in_root "$work/root" "$src$rel")
    fi
    rm "$link"
    cp "$real" "$link"
    count=$((count + 1))
  done < <(find "$work/wordpress" -type l -print0)
  if find "$work/wordpress" -type l | grep -q .; then
    echo "core.sh: symlinks left in $work/wordpress" >&2
    exit 1
  fi

  local pkgversions
  pkgversions=$(for deb in "$apt/debs"/*.deb; do dpkg-deb -f "$deb" Package Version | sed 's/^[^:]*: //' | paste -sd' '; done)
  {
    echo "$(dpkg-deb -f "$apt/debs"/wordpress_*.deb Version) from Debian $codename"
    echo "$pkgversions"
    echo "symlinks replaced: $count"
  } >"$work/wordpress/$MARKER"

  rm -rf "$dest"
  mv "$work/wordpress" "$dest"
  rm -rf "$work"
  echo "WordPress $version: ready in $dest ($(head -n 1 "$dest/$MARKER"), $count symlinks replaced, $((SECONDS - started)) s)."
}

versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(6.1 6.8)
for v in "${versions[@]}"; do
  case "$v" in
    6.1)
      prepare 6.1 bookworm \
        "deb http://deb.debian.org/debian bookworm main
deb http://deb.debian.org/debian-security bookworm-security main" \
        twentytwentythree \
        wordpress wordpress-theme-twentytwentythree php-getid3 libjs-underscore libjs-cropper
      ;;
    6.8)
      prepare 6.8 trixie \
        "deb http://deb.debian.org/debian trixie main
deb http://deb.debian.org/debian-security trixie-security main" \
        twentytwentyfive \
        wordpress wordpress-theme-twentytwentyfive php-getid3 libjs-lodash libjs-underscore libjs-cropper
      ;;
    *)
      echo "core.sh: unknown version '$v' (known: 6.1 6.8)" >&2
      exit 1
      ;;
  esac
done
