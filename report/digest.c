/*
 * digest.c: the daily digest, the one email a headteacher reads. For each
 * school: what was said since the last digest, with an excerpt, the source,
 * the link and why it was reported; then the sources that are failing. A
 * digest is produced even when nothing was found: a nil return proves the
 * monitoring ran.
 */
#include "autoconfig.h"

#include <stdlib.h>
#include <string.h>

#include "common/config.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "report/digest.h"

struct school_rows {
	struct buf	*out;
	const char	*tz;
	size_t		 n;
};

static void
local_time(time_t t, const char *tz, char *out, size_t len)
{
	struct tm	tm;

	if (mwtime_local(t, tz, &tm) != 0)
		gmtime_r(&t, &tm);
	strftime(out, len, "%a %d %b %Y %H:%M", &tm);
}

static int
add_mention(void *arg, const struct db_mention_row *r)
{
	struct school_rows	*sr = arg;
	char			 when[64];

	local_time(r->first_seen, sr->tz, when, sizeof when);
	sr->n++;
	buf_printf(sr->out, "  %zu. %s\n", sr->n,
	    r->title != NULL && *r->title != '\0' ? r->title : "(untitled)");
	buf_printf(sr->out, "     %s\n", r->url);
	buf_printf(sr->out, "     \"%s\"\n", r->excerpt);
	buf_printf(sr->out, "     seen %s via %s; matched \"%s\"\n\n", when,
	    r->source != NULL ? r->source : "?", r->alias);
	return (0);
}

struct source_rows {
	struct buf	*out;
	const char	*tz;
	size_t		 total;
	size_t		 failing;
};

static int
add_source(void *arg, const struct db_source *s)
{
	struct source_rows	*sr = arg;
	char			 when[64];

	sr->total++;
	if (s->failures == 0)
		return (0);
	sr->failing++;
	if (s->last_success != 0)
		local_time(s->last_success, sr->tz, when, sizeof when);
	else
		snprintf(when, sizeof when, "never");
	buf_printf(sr->out, "  - %s: %s (failing %lld time%s; last success "
	    "%s)\n", s->key, s->last_error != NULL ? s->last_error : "error",
	    s->failures, s->failures == 1 ? "" : "s", when);
	return (0);
}

/*
 * Write the plain-text digest for "opts" into "out". Return 0, or -1
 * with "*cause" set.
 */
int
digest_build(const struct config *cf, struct db *db,
    const struct digest_opts *opts, struct buf *out, char **cause)
{
	struct school_rows	 rows;
	struct source_rows	 srcs;
	char			 from[64], to[64];
	size_t			 i;

	local_time(opts->since, cf->timezone, from, sizeof from);
	local_time(opts->until, cf->timezone, to, sizeof to);
	buf_printf(out, "mentionwatch digest: %s\n",
	    opts->school != NULL ? config_school(cf, opts->school)->name :
	    cf->trust_name != NULL ? cf->trust_name : "all schools");
	buf_printf(out, "Mentions first seen from %s to %s (%s)\n\n", from,
	    to, cf->timezone);
	for (i = 0; i < cf->nschools; i++) {
		const struct school	*s = &cf->schools[i];
		long long		 n;

		if (opts->school != NULL && strcmp(opts->school, s->id) != 0)
			continue;
		n = db_mention_count(db, opts->since, s->id);
		buf_printf(out, "== %s ==\n", s->name);
		if (n == 0) {
			buf_adds(out, "  Nothing new was found. Monitoring "
			    "ran; this is a nil return.\n\n");
			continue;
		}
		buf_printf(out, "  %lld new mention%s\n\n", n,
		    n == 1 ? "" : "s");
		memset(&rows, 0, sizeof rows);
		rows.out = out;
		rows.tz = s->timezone;
		if (db_mention_list(db, opts->since, s->id, add_mention, &rows,
		    cause) != 0)
			return (-1);
	}
	memset(&srcs, 0, sizeof srcs);
	srcs.out = out;
	srcs.tz = cf->timezone;
	buf_adds(out, "== Sources ==\n");
	if (db_source_list(db, add_source, &srcs, cause) != 0)
		return (-1);
	buf_printf(out, "  %zu source%s watched, %zu failing.\n",
	    srcs.total, srcs.total == 1 ? "" : "s", srcs.failing);
	return (0);
}
