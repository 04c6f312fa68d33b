# docs/: manual pages.
dist_man_MANS += docs/mentionwatch.1
