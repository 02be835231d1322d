# The handbook's pages and the screenshots they show, relative to docs/: embedded in the desk
# (ui/CMakeLists.txt) and installed under /usr/share/doc/paragraf (packaging/).
set(PARAGRAF_HANDBOOK_PAGES handbok/handbok-sv.html handbok/handbok-en.html)
set(PARAGRAF_HANDBOOK_IMAGES
    frister-sv.png granskning-sv.png motions-and-votes-en.png nytt-sammantrade-sv.png
    protokoll-1.png screenshot-en.png screenshot-sv.png underskrift-sv.png upprop-en.png
    uppgifter-sv.png yrkanden-1366x768-sv.png)
