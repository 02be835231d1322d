#!/usr/bin/env python3
"""Fills a catalogue after lupdate has added new messages.

Usage: scripts/fill_translations.py translations/paragraf_sv.ts
       scripts/fill_translations.py translations/paragraf_en.ts
Swedish comes from sv_translations.py; a plural message ("%n row(s)") has a (singular, plural)
pair there. The English catalogue needs only its plural messages, made from the source text.
Prints every message still without a translation and exits 1 if there is one.
"""
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from sv_translations import T  # noqa: E402

path = Path(sys.argv[1])
english = path.name.endswith("_en.ts")
text = path.read_text(encoding="utf-8")
missing = []


def escape(value):
    return html.escape(value, quote=True).replace("&#x27;", "&apos;")


def translation_for(context, source, numerus):
    if english:
        if not numerus:
            return None
        return (source.replace("(s)", ""), source.replace("(s)", "s"))
    return T.get((context, source))


def fill_context(match):
    context = html.unescape(match.group(1))

    def fill_message(message):
        body = message.group(0)
        numerus = 'numerus="yes"' in body
        source = html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))
        value = translation_for(context, source, numerus)
        if value is None:
            if not english and ('type="unfinished"' in body or "<translation></translation>" in body):
                missing.append(f"{context}: {source!r}")
            return body
        if numerus:
            forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in value)
            replacement = f"<translation>{forms}</translation>"
        else:
            replacement = f"<translation>{escape(value)}</translation>"
        return re.sub(r"<translation[^>]*>.*?</translation>", lambda _: replacement, body, flags=re.S)

    return re.sub(r"<message( numerus=\"yes\")?>.*?</message>", fill_message, match.group(0), flags=re.S)


text = re.sub(r"<context>\s*<name>(.*?)</name>.*?</context>", fill_context, text, flags=re.S)
path.write_text(text, encoding="utf-8")
for line in missing:
    print("untranslated:", line)
sys.exit(1 if missing else 0)
