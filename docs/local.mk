# docs/: manual pages.
dist_man_MANS += docs/mentionwatch.1
EXTRA_DIST += docs/crawler.md
