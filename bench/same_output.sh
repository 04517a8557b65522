#!/bin/sh
# Predictions on the tune split in the two configurations of record (`default`: rule tokens + NER;
# `stanza`: the all-neural reference), compared byte for byte with the ones written before a speed
# change (make those first with the same commands and --out build/dev/before-PROFILE.jsonl).
# Exit status 1 on any difference.
cd "$(dirname "$0")/.." || exit 2
PY=${PY:-python}
rc=0
for profile in default stanza; do
  "$PY" tools/devloop.py --profile "$profile" --split tune --out "build/dev/after-$profile.jsonl" >/dev/null || exit 2
  if cmp -s "build/dev/before-$profile.jsonl" "build/dev/after-$profile.jsonl"; then
    echo "$profile: identical"
  else
    echo "$profile: DIFFERENT"; rc=1
  fi
done
exit $rc
