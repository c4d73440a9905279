#!/usr/bin/env python3
"""Add a concept block to a lexicon file when it is missing, then its terms: add-concept.py FILE CONCEPT TERM..."""
import subprocess, sys, os

path, concept, terms = sys.argv[1], sys.argv[2], sys.argv[3:]
text = open(path, encoding="utf-8").read()
if f"\n  {concept}:\n" not in text:
    text = text.rstrip("\n") + f"\n  {concept}:\n"
    open(path, "w", encoding="utf-8").write(text)
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, "add-terms.py"), path, concept, *terms], check=True)
