# contrib/: the example trust, the demo web, set-up scripts.
EXTRA_DIST += \
	contrib/build.sh contrib/demo.sh contrib/deps-debian.sh contrib/test.sh \
	contrib/examples/kestrel/mentionwatch.conf \
	contrib/examples/kestrel/roster.csv \
	contrib/demo-web
EXTRA_DIST += contrib/systemd/mentionwatch.service contrib/bench/ours.sh

# `make harm-model`: learn the harm model's weights again from the
# labelled sets (the shared development set and tests/eval-*.jsonl; the
# set eval-heldout-a.jsonl is the union of two others) and rewrite
# analyzers/harm_model_table.c. Score the result with `make eval`.
EXTRA_PROGRAMS += contrib/harm-model/features
contrib_harm_model_features_SOURCES = contrib/harm-model/features.c
contrib_harm_model_features_LDADD = $(MW_LIBS)
EXTRA_DIST += contrib/harm-model/train.py
CLEANFILES += contrib/harm-model/features$(EXEEXT)
HARM_MODEL_SETS = $(EVAL_SET) $(filter-out %/eval-heldout-a.jsonl, \
	$(wildcard $(abs_top_srcdir)/tests/eval-*.jsonl))
harm-model: contrib/harm-model/features$(EXEEXT)
	$(PYTHON3) $(abs_top_srcdir)/contrib/harm-model/train.py \
	    ./contrib/harm-model/features$(EXEEXT) $(EVAL_CONF) \
	    $(abs_top_srcdir)/analyzers/harm_model_table.c $(HARM_MODEL_SETS)
.PHONY: harm-model
