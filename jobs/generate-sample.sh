#!/usr/bin/env bash
# Writes the sample landing folder: jobs/generate-sample.sh --out DIR [--seed N] [--scale F]
# Builds the project first when classes are missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -d target/classes ]] || [[ -n "$(find src/main pom.xml -newer target/classes -type f -print -quit)" ]]; then
  mvn -q -B -DskipTests package
  touch target/classes
fi
if [[ ! -s target/classpath.txt ]]; then
  mvn -q -B dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/classpath.txt
fi

exec java -cp "target/classes:$(cat target/classpath.txt)" uk.steppingstones.sample.SampleGenerator "$@"
