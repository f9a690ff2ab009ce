#!/usr/bin/env bash
# Executes every notebook in this folder headless with the Java kernel, failing on the first cell error.
# Installs what is missing: the Debian packages (Jupyter, nbconvert, the WenQuanYi font for Chinese chart labels),
# the kernel (io.github.padreati:rapaio-jupyter-kernel from Maven Central), a class path folder (the project's
# test-scope closure plus XChart, minus JUnit, plus the project jar); builds a lake from data/sample if none exists.
# Everything it makes goes under notebooks/.build/ (git-ignored); executed notebooks land in notebooks/.build/out/.
#
#   notebooks/run-all.sh [NOTEBOOK.ipynb …]      (default: every notebooks/*.ipynb)
#   DISCLOSURE_LAKE=/path/to/lake notebooks/run-all.sh   (use an existing lake instead of notebooks/.build/lake)
set -euo pipefail

HERE="$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
BUILD="$HERE/.build"
KERNEL_VERSION=3.0.1
KERNEL_NAME=disclosure-lake-java
mkdir -p "$BUILD/out"

log() { echo "run-all: $*" >&2; }

# 1. Debian packages
missing=()
command -v jupyter-nbconvert >/dev/null || missing+=(jupyter-nbconvert python3-notebook jupyter-notebook)
python3 -c 'import nbclient, ipykernel' 2>/dev/null || missing+=(python3-nbclient python3-ipykernel)
command -v jupyter-kernelspec >/dev/null || missing+=(jupyter-client)
fc-list 2>/dev/null | grep -qi 'WenQuanYi Micro Hei' || missing+=(fonts-wqy-microhei)
if ((${#missing[@]})); then
  if [[ $(id -u) != 0 ]] && ! command -v sudo >/dev/null; then
    log "cannot install ${missing[*]}: not root and no sudo"
    exit 3
  fi
  SUDO=(); [[ $(id -u) == 0 ]] || SUDO=(sudo)
  log "installing ${missing[*]}"
  "${SUDO[@]}" apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q "${missing[@]}" >&2
fi

# 2. the project jar, the class path folder and the kernel jar
# the project's own classes (the unshaded jar, named after the build's app-jar.txt); lib/ holds Delta and the rest
project_jar() { [[ -f $ROOT/target/app-jar.txt ]] && echo "$ROOT/target/original-$(<"$ROOT/target/app-jar.txt")"; }
JAR="$(project_jar || true)"
if [[ -z $JAR || ! -f $JAR || -n "$(find "$ROOT/src" "$ROOT/pom.xml" -newer "$JAR" -print -quit)" ]]; then
  log "building the project jar"
  (cd "$ROOT" && mvn -B -q -DskipTests package) >&2
  JAR="$(project_jar)"
fi
if [[ ! -f $BUILD/lib/.done || "$ROOT/pom.xml" -nt "$BUILD/lib/.done" ]]; then
  log "copying the class path into $BUILD/lib"
  rm -rf "$BUILD/lib"
  (cd "$ROOT" && mvn -B -q -Pnotebooks dependency:copy-dependencies -DincludeScope=test \
    -DexcludeGroupIds=org.junit.jupiter,org.junit.platform,org.opentest4j,org.apiguardian \
    -DoutputDirectory="$BUILD/lib") >&2
  touch "$BUILD/lib/.done"
fi
KERNEL_JAR="$BUILD/kernel/rapaio-jupyter-kernel-$KERNEL_VERSION.jar"
if [[ ! -f $KERNEL_JAR ]]; then
  log "fetching rapaio-jupyter-kernel $KERNEL_VERSION"
  (cd "$ROOT" && mvn -B -q dependency:copy -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$KERNEL_VERSION" \
    -DoutputDirectory="$BUILD/kernel") >&2
fi

# 3. the kernel spec: Spark's JVM flags, quiet log4j, the class path folder; found through JUPYTER_PATH
opens="$(<"$ROOT/target/jvm-opens.txt")" # the pom's spark.java.opens, written by package
SPEC="$BUILD/jupyter/kernels/$KERNEL_NAME"
mkdir -p "$SPEC"
python3 - "$SPEC/kernel.json" "$KERNEL_JAR" "$ROOT/conf/log4j2.properties" "$BUILD/lib/*;$JAR" "$opens" <<'PY'
import json, sys
path, jar, log_conf, classpath, opens = sys.argv[1:]
json.dump({
    "argv": ["java", "-Xmx2g", *opens.split(), "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
             "-Dlog4j2.configurationFile=" + log_conf, "-jar", jar, "{connection_file}"],
    "display_name": "Java (disclosure-lake)",
    "language": "java",
    "interrupt_mode": "message",
    "env": {"RJK_CLASSPATH": classpath, "RJK_COMPILER_OPTIONS": "", "RJK_INIT_SCRIPT": "",
            "RJK_TIMEOUT_MILLIS": "-1", "RJK_MIMA_CACHE": "mima_cache", "SPARK_LOCAL_IP": "127.0.0.1"},
}, open(path, "w"), indent=2)
PY
export JUPYTER_PATH="$BUILD/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"

# 4. the lake the notebooks read
export DISCLOSURE_LAKE_HOME="$ROOT"
if [[ -z ${DISCLOSURE_LAKE:-} ]]; then
  export DISCLOSURE_LAKE="$BUILD/lake"
  if [[ ! -d $DISCLOSURE_LAKE/reports/_delta_log ]]; then
    log "building a lake from data/sample into $DISCLOSURE_LAKE"
    "$ROOT/bin/disclosure-lake" --master 'local[2]' run --input "$ROOT/data/sample" --lake "$DISCLOSURE_LAKE" >&2
  fi
fi

# 5. execute; about one kernel start in 4-8 hangs (more under load), so a start failure (only that) is retried
#    up to 5 times with a 90 s start timeout
notebooks=("$@")
((${#notebooks[@]})) || notebooks=("$HERE"/*.ipynb)
for nb in "${notebooks[@]}"; do
  name="$(basename "$nb")"
  for attempt in 1 2 3 4 5; do
    start=$(date +%s)
    if jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name="$KERNEL_NAME" \
      --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.startup_timeout=90 \
      --output-dir "$BUILD/out" "$nb" >"$BUILD/out/$name.log" 2>&1; then
      echo "notebook $name: ok in $(($(date +%s) - start)) s"
      break
    fi
    if ((attempt < 5)) && grep -q "Kernel didn't respond\|Kernel died before replying" "$BUILD/out/$name.log"; then
      log "$name: kernel did not start (attempt $attempt), retrying"
      continue
    fi
    tail -n 40 "$BUILD/out/$name.log" >&2
    echo "notebook $name: FAILED after $(($(date +%s) - start)) s (log: $BUILD/out/$name.log)"
    exit 1
  done
done
