/*
 * features.c: print the features the harm model reads in each text of a
 * labelled set, for train.py. Each line of the set is {"id", "title",
 * "text", "url", ...}; each line out is the text's features, tab
 * separated, in the order read. The texts go through the analyzers as
 * `mentionwatch analyze --jsonl` sends them, so training sees exactly
 * what the model will.
 *
 * usage: features CONFIG < SET.jsonl
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "analyzers/analyze.h"
#include "common/config.h"
#include "common/buf.h"
#include "common/str.h"

static int	nfeat;

static void
feature(void *arg, const char *f, size_t s, size_t e)
{
	(void)arg;
	(void)s;
	(void)e;
	printf("%s%s", nfeat++ > 0 ? "\t" : "", f);
}

int
main(int argc, char **argv)
{
	struct config		*cf;
	struct strlist		 errors;
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	char			*line = NULL;
	size_t			 cap = 0, i, lineno = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: features CONFIG < SET.jsonl\n");
		return (2);
	}
	memset(&errors, 0, sizeof errors);
	if (config_load(argv[1], NULL, &cf, &errors) != 0) {
		for (i = 0; i < errors.n; i++)
			fprintf(stderr, "%s\n", errors.v[i]);
		return (1);
	}
	memset(&env, 0, sizeof env);
	env.cf = cf;
	env.harm_features = feature;
	ctx = analyze_new(&env);
	while (getline(&line, &cap, stdin) != -1) {
		json_t		*in;
		const char	*title = NULL, *text = NULL, *url = NULL;
		struct buf	 b;

		lineno++;
		in = json_loads(line, 0, NULL);
		if (in == NULL || json_unpack(in, "{s?s, s?s, s?s}", "title",
		    &title, "text", &text, "url", &url) != 0) {
			fprintf(stderr, "features: line %zu: not a text\n",
			    lineno);
			return (1);
		}
		buf_init(&b, 0);
		if (title != NULL && *title != '\0') {
			buf_adds(&b, title);
			buf_adds(&b, "\n\n");
		}
		buf_adds(&b, text != NULL ? text : "");
		nfeat = 0;
		analyze_document_url(ctx, buf_str(&b), b.len, url, &a);
		putchar('\n');
		analysis_clear(&a);
		buf_free(&b);
		json_decref(in);
	}
	free(line);
	analyze_free(ctx);
	config_free(cf);
	return (0);
}
