#!/usr/bin/env python3
# Writes the folding of search (docs/search.md) as the SQL of migration 16 spells it:
#   scripts/search-fold.py sqlite   the file's expression of migration 16 (generated columns)
#   scripts/search-fold.py view TABLE COLUMN   migration 18's: a query of nested subqueries
#                                   giving id and the folded COLUMN of TABLE (for a view)
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
elif sys.argv[1] == "view":
    # The same steps as subqueries, so that no generated column of the table has to be
    # computed by SQLite's quick_check (migration 18).
    table, column = sys.argv[2], sys.argv[3]
    pairs = list(zip(src, dst))
    steps = [pairs[i:i + 21] for i in range(0, len(pairs), 21)]
    query = f"SELECT id, lower({column}) AS f0 FROM {table}"
    for number, step in enumerate(steps, start=1):
        e = f"f{number - 1}"
        for a, b in step:
            e = f"replace({e}, '{a}', '{b}')"
        name = "folded" if number == len(steps) else f"f{number}"
        query = f"SELECT id, {e} AS {name}\n    FROM ({query})"
    print(query)
elif sys.argv[1] == "pg":
    print("translate(t, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ" + src + "', 'abcdefghijklmnopqrstuvwxyz" + dst + "')")
else:
    print(src); print(dst)
