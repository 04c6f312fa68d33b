# contrib/: the example trust, the demo web, set-up scripts.
EXTRA_DIST += \
	contrib/build.sh contrib/demo.sh contrib/deps-debian.sh contrib/test.sh \
	contrib/examples/kestrel/mentionwatch.conf \
	contrib/examples/kestrel/roster.csv \
	contrib/demo-web
EXTRA_DIST += contrib/systemd/mentionwatch.service contrib/bench/ours.sh

# The harm model's weights are learnt at build time from the labelled
# sets in the tree (contrib/harm-model/dev.jsonl, a copy of the shared
# development set, and tests/eval-*.jsonl; eval-heldout-a.jsonl is the
# union of two others) by contrib/harm-model/train.py, which writes
# analyzers/harm_model_table.c (about 50 s, with fixed seeds: the same
# sets give the same table). The features program it reads them through
# is built without weights: what the model reads does not depend on them.
# `make harm-model` learns them again; score the result with `make eval`.
EXTRA_PROGRAMS += contrib/harm-model/features
contrib_harm_model_features_SOURCES = contrib/harm-model/features.c \
	contrib/harm-model/empty_table.c
contrib_harm_model_features_LDADD = libmentionwatch.a $(MW_EXT_LIBS)
EXTRA_DIST += contrib/harm-model/train.py contrib/harm-model/dev.jsonl \
	$(HARM_MODEL_SETS)
CLEANFILES += contrib/harm-model/features$(EXEEXT)
HARM_MODEL_SETS = $(top_srcdir)/contrib/harm-model/dev.jsonl \
	$(filter-out %/eval-heldout-a.jsonl, \
	$(wildcard $(top_srcdir)/tests/eval-*.jsonl))
nodist_libharmmodel_a_SOURCES = analyzers/harm_model_table.c
DISTCLEANFILES = analyzers/harm_model_table.c
analyzers/harm_model_table.c: $(HARM_MODEL_SETS) \
    $(top_srcdir)/contrib/harm-model/train.py \
    contrib/harm-model/features$(EXEEXT)
	@$(MKDIR_P) analyzers
	@echo "  LEARN    $@ (the harm model, about a minute)"
	@$(PYTHON3) $(top_srcdir)/contrib/harm-model/train.py \
	    ./contrib/harm-model/features$(EXEEXT) $(EVAL_CONF) $@.tmp \
	    $(HARM_MODEL_SETS) >/dev/null
	@mv $@.tmp $@
harm-model:
	rm -f analyzers/harm_model_table.c
	$(MAKE) $(AM_MAKEFLAGS) analyzers/harm_model_table.c
