#!/usr/bin/env bash
# Builds the RadAssist installers with the JDK's jpackage:
#   installer/build.sh [app-image|deb|rpm|all|msi|dmg] [--no-maven]
# app-image (default) writes target/installer/RadAssist/, a folder that runs without a JDK;
# deb writes target/installer/radassist_VERSION_ARCH.deb; rpm needs rpmbuild and is skipped with
# a message when it is missing. --no-maven reuses target/radassist.jar (CI builds it in mvn verify).
# msi (Windows, in Git Bash, with WiX 3) and dmg (macOS) run only on their own systems, because
# jpackage builds for the system it runs on and Maven fetches that system's JavaFX natives.
set -euo pipefail
cd "$(dirname "$0")/.."

type=app-image
run_maven=1
for argument in "$@"; do
  case "$argument" in
    app-image | deb | rpm | all | msi | dmg) type=$argument ;;
    --no-maven) run_maven=0 ;;
    -h | --help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument '$argument': use app-image, deb, rpm, all, msi, dmg or --no-maven" >&2
      exit 2 ;;
  esac
done

for tool in jpackage jlink; do
  command -v "$tool" >/dev/null 2>&1 || { echo "build.sh: $tool not found: install a JDK 17 or later" >&2; exit 1; }
done

if [ "$run_maven" = 1 ]; then
  mvn -q -DskipTests package
fi
jar=target/radassist.jar
[ -f "$jar" ] || { echo "build.sh: $jar is missing: run without --no-maven" >&2; exit 1; }

# The version comes from the pom through the jar manifest. Package formats take only numbers
# (the .msi even requires them), so 0.1.0-SNAPSHOT becomes package version 0.1.0.
full_version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')
app_version=${full_version%%-*}
echo "RadAssist $full_version: package version $app_version"

out=target/installer
rm -rf "$out/input"
mkdir -p "$out/input"
# jpackage copies the whole input folder to lib/app: the jar, and the bundled samples with their
# licences, so the demo works offline from the installed app.
cp "$jar" "$out/input/"
cp -r assets/samples "$out/input/samples"
cp -r assets/licenses "$out/input/licenses"

# The modules that 'jdeps --print-module-deps' finds in the shaded jar: java.desktop, java.naming,
# java.scripting, java.security.jgss, java.sql, jdk.httpserver, jdk.jfr and jdk.unsupported.
# The others are used only at run time. jdk.crypto.ec does the TLS key exchange with Google's
# endpoints, jdk.charsets decodes DICOM character sets (ISO 2022 JIS, GB18030), jdk.localedata
# formats the Chinese interface, and java.logging and java.management serve logback.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.scripting,java.security.jgss
modules+=,java.sql,jdk.httpserver,jdk.jfr,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.localedata
# --generate-cds-archive adds the runtime's own class data sharing archive (lib/server/classes.jsa):
# it shortens every start, and the app image's archive of RadAssist's classes builds on it.
runtime=$out/runtime
runtime_key="$modules --generate-cds-archive"
if [ ! -f "$runtime/modules.txt" ] || [ "$(cat "$runtime/modules.txt")" != "$runtime_key" ]; then
  rm -rf "$runtime"
  jlink --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
    --compress=2 --generate-cds-archive --output "$runtime"
  echo "$runtime_key" > "$runtime/modules.txt"
fi

# Each system takes its own icon format; installer/DrawIcon.java draws all three.
case "$type" in
  msi) icon=assets/icons/radassist.ico ;;
  dmg) icon=assets/icons/radassist.icns ;;
  *) icon=assets/icons/radassist.png ;;
esac
common=(--name RadAssist --app-version "$app_version" --vendor "RadAssist"
  --description "Desktop radiology assistant: DICOM viewer with MedGemma findings"
  --input "$out/input" --main-jar radassist.jar --main-class org.radassist.app.Main
  --runtime-image "$runtime" --icon "$icon" --dest "$out")

image=$out/RadAssist

build_app_image() {
  rm -rf "$image"
  jpackage --type app-image "${common[@]}"
  archive_classes
  echo "App image: $image (launcher $image/bin/RadAssist)"
}

# AppCDS: starts the app image once on its bundled CT sample under a private Xvfb, with
# radassist.exitAfterFirstImage so that it closes itself after the first image, and lets the JVM
# write the classes it loaded to lib/app/radassist.jsa at exit. The launcher then maps that archive
# at every start. An archive fits one jar, one runtime and (in Java 17) one folder only, so the
# image's own launcher makes it after jpackage, and the installers, which install to another folder
# (/opt/radassist), do not carry it. The launcher reads JVM options only from its .cfg file (not from
# JDK_JAVA_OPTIONS), so the training run's options go there for that run. Without Xvfb the image
# works as before, only without the archive.
archive_classes() {
  local archive=$image/lib/app/radassist.jsa cfg=$image/lib/app/RadAssist.cfg training
  if ! command -v Xvfb >/dev/null; then
    echo "build.sh: Xvfb not found (apt-get install xvfb): the app image has no class data sharing archive"
    return 0
  fi
  training=$(mktemp -d)
  cp "$cfg" "$training/RadAssist.cfg"
  add_java_options "$cfg" '-XX:ArchiveClassesAtExit=$APPDIR/radassist.jsa' -Dradassist.exitAfterFirstImage=true \
    "-Dradassist.config.dir=$training/config" "-Dradassist.data.dir=$training/data"
  # -displayfd makes Xvfb choose a free display and write its number, so parallel builds do not collide.
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$training/display" >/dev/null 2>&1 &
  local xvfb_pid=$! started=$SECONDS status=0
  for _ in $(seq 1 100); do
    [ -s "$training/display" ] && break
    sleep 0.1
  done
  DISPLAY=":$(cat "$training/display")" timeout 180 "$image/bin/RadAssist" \
    "$image/lib/app/samples/chest-ct-nema-ct1.dcm" >"$training/run.log" 2>&1 || status=$?
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
  cp "$training/RadAssist.cfg" "$cfg"
  if [ "$status" != 0 ] || [ ! -s "$archive" ]; then
    echo "build.sh: the training run for the class data sharing archive failed (exit status $status):" >&2
    tail -20 "$training/run.log" >&2
    rm -rf "$training" "$archive"
    return 1
  fi
  rm -rf "$training"
  # -Xlog:cds*=off keeps the JVM's warning off standard output (where --format json goes) when the
  # image has moved: Java 17 then finds the jar at another path and starts without the archive.
  add_java_options "$cfg" '-XX:SharedArchiveFile=$APPDIR/radassist.jsa' '-Xlog:cds*=off'
  echo "Class data sharing archive: $archive ($(du -h "$archive" | cut -f1), training run $((SECONDS - started)) s)"
}

# Adds JVM options to a jpackage launcher's .cfg file; the launcher expands $APPDIR to lib/app.
add_java_options() {
  local cfg=$1 option lines=""
  shift
  for option in "$@"; do
    lines+="java-options=$option"$'\n'
  done
  awk -v lines="$lines" '{ print } /^\[JavaOptions\]$/ { printf "%s", lines }' "$cfg" > "$cfg.new"
  mv "$cfg.new" "$cfg"
}

# Shared libraries that JavaFX 21 (glass GTK 3, prism ES2 and software pipelines, Pango fonts)
# loads from its jars, found with ldd over JavaFX's native cache. jpackage adds the packages of the
# libraries the runtime links by itself (libasound2, libjpeg62-turbo, liblcms2-2, ... from a
# runtime jlink'd from Debian's OpenJDK) but cannot see inside the jar.
deb_deps="libgtk-3-0, libgl1, libxtst6, libxxf86vm1, libfontconfig1, fontconfig, xdg-utils"
rpm_deps="gtk3, mesa-libGL, libXtst, libXxf86vm, fontconfig, xdg-utils"

# The jar and the jlink'd modules are compressed already. On the 2-core build machine dpkg-deb's
# default xz made the .deb 6 % smaller than gzip (57.3 MB against 60.7 MB) for six times the CPU
# time (65 s against 10 s). Set DPKG_DEB_COMPRESSOR_TYPE=xz to choose xz anyway.
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}

build_linux_package() {
  local kind=$1 deps=$2
  rm -f "$out"/radassist*."$kind"
  # installer/linux overrides jpackage's desktop entry so that Exec passes the opened file (%f).
  jpackage --type "$kind" "${common[@]}" --resource-dir installer/linux --file-associations installer/linux/dicom.properties \
    --linux-shortcut --linux-menu-group "Graphics;MedicalSoftware;Science;" --linux-app-category science \
    --linux-package-deps "$deps"
}

case "$type" in
  app-image) build_app_image ;;
  deb)
    command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
      || { echo "build.sh: .deb needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg)" >&2; exit 1; }
    build_linux_package deb "$deb_deps" ;;
  rpm)
    if command -v rpmbuild >/dev/null; then build_linux_package rpm "$rpm_deps"
    else echo "build.sh: rpmbuild not found: skipping the .rpm (apt-get install rpm, or dnf install rpm-build)"; fi ;;
  msi)
    # --win-upgrade-uuid stays fixed across versions so that a new .msi replaces the old install.
    jpackage --type msi "${common[@]}" \
      --file-associations installer/windows/dicom.properties --win-menu --win-menu-group RadAssist \
      --win-shortcut --win-dir-chooser --win-upgrade-uuid 5f0c2c1e-8d0b-4c55-9a43-7f4b1b7d2e61 ;;
  dmg)
    jpackage --type dmg "${common[@]}" \
      --file-associations installer/macos/dicom.properties --mac-package-identifier org.radassist.RadAssist \
      --mac-package-name RadAssist ;;
  all)
    build_app_image
    "$0" deb --no-maven
    "$0" rpm --no-maven ;;
esac
