#!/usr/bin/env python3
"""Add terms to a concept of a lexicon file, keeping its layout: add-terms.py FILE CONCEPT TERM [TERM...]."""
import sys

path, concept, terms = sys.argv[1], sys.argv[2], sys.argv[3:]
lines = open(path, encoding="utf-8").read().split("\n")
header = f"  {concept}:"
try:
    at = lines.index(header)
except ValueError:
    sys.exit(f"{path}: no concept '{concept}'")
end = at + 1
existing = set()
while end < len(lines) and lines[end].startswith("    - "):
    existing.add(lines[end][6:].strip().strip('"'))
    end += 1
new = [t for t in terms if t not in existing]
lines[end:end] = [f'    - "{t}"' if any(c in t for c in ":#*@&!%?[]{}") else f"    - {t}" for t in new]
open(path, "w", encoding="utf-8").write("\n".join(lines))
print(f"{path}: {concept}: +{len(new)}")
