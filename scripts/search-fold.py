#!/usr/bin/env python3
# Writes the folding of search (docs/search.md) as the SQL of migration 16 spells it:
#   scripts/search-fold.py sqlite   the file's expression (nested replace over lower)
#   scripts/search-fold.py pg       the server's translate()
#   scripts/search-fold.py c        the two strings of core/text/SearchText.cpp
# The three must agree; SearchTest checks it on both engines by what is found.
# The one folding table (Swedish: å ä ö are letters of their own; other accents go).
PAIRS = [("ÅÄÖ", "åäö"), ("Ææ", "ää"), ("Øø", "öö"),
 ("ÉÈÊËéèêë", "eeeeeeee"), ("ÁÀÂÃáàâã", "aaaaaaaa"), ("ÍÌÎÏíìîï", "iiiiiiii"),
 ("ÓÒÔÕóòôõ", "oooooooo"), ("ÚÙÛÜúùûü", "uuuuuuuu"), ("ÝýÿŸ", "yyyy"),
 ("ÇçČčĆć", "cccccc"), ("ÑñŃń", "nnnn"), ("ŠšŚś", "ssss"), ("ŽžŹźŻż", "zzzzzz"), ("Łł", "ll")]
src = "".join(a for a, _ in PAIRS); dst = "".join(b for _, b in PAIRS)
assert len(src) == len(dst)
import sys
if sys.argv[1] == "sqlite":
    # SQLite's parser takes about thirty nested calls: four generated columns, each folding
    # the one before it a part of the way.
    pairs = list(zip(src, dst))
    steps = [pairs[i:i + 21] for i in range(0, len(pairs), 21)]
    names = ["fold_%d" % (i + 1) for i in range(len(steps) - 1)] + ["folded"]
    before = "lower(text)"
    for name, step in zip(names, steps):
        e = before
        for a, b in step:
            e = f"replace({e}, '{a}', '{b}')"
        print(f"    {name} TEXT GENERATED ALWAYS AS ({e}) VIRTUAL,")
        before = name
elif sys.argv[1] == "pg":
    print("translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ" + src + "', 'abcdefghijklmnopqrstuvwxyz" + dst + "')")
else:
    print(src); print(dst)
