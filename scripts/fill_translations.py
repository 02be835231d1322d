#!/usr/bin/env python3
"""Fills paragraf_sv.ts from sv_translations.py after lupdate has added new messages.

Usage: scripts/fill_translations.py translations/paragraf_sv.ts
Prints every message still without a translation and exits 1 if there is one.
"""
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from sv_translations import T  # noqa: E402

path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
missing = []


def fill_context(match):
    context = html.unescape(match.group(1))

    def fill_message(message):
        body = message.group(0)
        source = html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
        swedish = T.get((context, source))
        if swedish is None:
            if 'type="unfinished"' in body or "<translation></translation>" in body:
                missing.append(f"{context}: {source!r}")
            return body
        escaped = html.escape(swedish, quote=True).replace("&#x27;", "&apos;")
        return re.sub(r"<translation[^>]*>.*?</translation>", lambda _: f"<translation>{escaped}</translation>", body, flags=re.S)

    return re.sub(r"<message>.*?</message>", fill_message, match.group(0), flags=re.S)


text = re.sub(r"<context>\s*<name>(.*?)</name>.*?</context>", fill_context, text, flags=re.S)
path.write_text(text, encoding="utf-8")
for line in missing:
    print("untranslated:", line)
sys.exit(1 if missing else 0)
