# docs/: manual pages. mentionwatch.conf(5) is generated from the one
# table of configuration keys, so it cannot drift from the code.
dist_man_MANS += docs/mentionwatch.1
nodist_man_MANS = docs/mentionwatch.conf.5
CLEANFILES += docs/mentionwatch.conf.5
EXTRA_DIST += docs/mentionwatch.conf.5.head

docs/mentionwatch.conf.5: mentionwatch$(EXEEXT) $(srcdir)/docs/mentionwatch.conf.5.head
	$(AM_V_GEN)$(MKDIR_P) docs && \
	{ cat $(srcdir)/docs/mentionwatch.conf.5.head && \
	  ./mentionwatch$(EXEEXT) config keys --man; } > $@.tmp && mv $@.tmp $@
EXTRA_DIST += docs/evidence-chain.md
EXTRA_DIST += docs/crawler.md
