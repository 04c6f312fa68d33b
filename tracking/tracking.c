/*
 * tracking.c: the one hook the crawler calls after storing a document's
 * findings. It opens or updates the document's case when a finding is at
 * or above the case severity, and queues the immediate alerts when one is
 * at or above the alert severity; the alerts are sent by report_tick()
 * at the end of the same crawl cycle. It runs inside the crawler's
 * transaction, so a case and its alerts are stored with the findings
 * that caused them, or not at all.
 */
#include "autoconfig.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyze.h"
#include "common/config.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "db/db.h"
#include "report/alert.h"
#include "tracking/case.h"
#include "tracking/deadline.h"
#include "tracking/tracking.h"

struct top {
	enum severity	max;
};

static int
top_severity(void *arg, const struct db_finding_row *f)
{
	struct top	*t = arg;
	enum severity	 s;

	if (severity_parse(f->severity, &s) == 0 && s > t->max)
		t->max = s;
	return (0);
}

static int
track(const struct config *cf, struct db *db, long long doc, time_t now)
{
	struct top	 t;
	enum severity	 alert = SEV_HIGH;
	long long	 id;
	int		 opened;
	char		*cause = NULL;

	if (case_open(cf, db, doc, now, &id, &opened, &cause) != 0) {
		log_warnx("tracking: document %lld: %s", doc, cause);
		free(cause);
		return (-1);
	}
	if (id == 0)
		return (0);
	if (opened)
		log_info("tracking: case %lld opened for document %lld", id,
		    doc);
	if (cf->alert_severity != NULL)
		severity_parse(cf->alert_severity, &alert);
	t.max = SEV_NONE;
	if (db_case_findings(db, doc, 0, NULL, top_severity, &t,
	    &cause) != 0) {
		log_warnx("tracking: document %lld: %s", doc, cause);
		free(cause);
		return (-1);
	}
	if (t.max < alert || t.max == SEV_NONE)
		return (0);
	if (alert_queue(cf, db, id, now, &cause) != 0) {
		log_warnx("tracking: case %lld: %s", id, cause);
		free(cause);
		return (-1);
	}
	return (0);
}

/*
 * Track document "doc" after its findings were stored at "now": open or
 * update its case and queue its alerts, all or nothing, inside the
 * caller's transaction. Return 0, or -1 after logging why (the document
 * itself stays stored either way).
 */
int
tracking_document(const struct config *cf, struct db *db, long long doc,
    time_t now)
{
	int	r;

	if (db_case_begin(db) != 0) {
		log_warnx("tracking: document %lld: cannot start a savepoint",
		    doc);
		return (-1);
	}
	r = track(cf, db, doc, now);
	db_case_end(db, r == 0);
	return (r);
}

struct sweep {
	long long	*docs;
	size_t		 n;
};

static int
collect_doc(void *arg, long long doc)
{
	struct sweep	*s = arg;

	s->docs = xreallocarray(s->docs, s->n + 1, sizeof *s->docs);
	s->docs[s->n++] = doc;
	return (0);
}

/*
 * Track every document with findings from the last day but no case:
 * findings stored while tracking was not called (an older mentionwatch,
 * an import, a crash between the two). Each document in its own
 * transaction. Return 0 or -1 with "*cause".
 */
int
tracking_sweep(const struct config *cf, struct db *db, time_t now,
    char **cause)
{
	struct sweep	s;
	size_t		i;

	memset(&s, 0, sizeof s);
	if (db_case_untracked(db, now - 86400, collect_doc, &s,
	    cause) != 0)
		return (-1);
	for (i = 0; i < s.n; i++) {
		if (db_begin(db) != 0)
			break;
		if (tracking_document(cf, db, s.docs[i], now) == 0)
			db_commit(db);
		else
			db_rollback(db);
	}
	free(s.docs);
	return (0);
}

/*
 * Check what config_load cannot: each school's deadline policy (working
 * days and hours, closures, its holiday calendar file) and the digest
 * time. Append each problem to "errors" as "file:line: message"; return
 * 0 if there were none, else -1.
 */
int
tracking_check(const struct config *cf, struct strlist *errors)
{
	struct deadline_policy	 p;
	char			*cause = NULL, *line;
	size_t			 i, before = errors->n;
	int			 h, m, n = 0;

	for (i = 0; i < cf->nschools; i++) {
		const struct school	*s = &cf->schools[i];

		if (deadline_policy_init(&p, s, cf->timezone, &cause) != 0) {
			xasprintf(&line, "%s:%d: %s", cf->path, s->line,
			    cause);
			strlist_add(errors, line);
			free(line);
			free(cause);
			cause = NULL;
			continue;
		}
		deadline_policy_clear(&p);
	}
	if (cf->digest_time == NULL || sscanf(cf->digest_time, "%d:%d%n", &h,
	    &m, &n) != 2 || cf->digest_time[n] != '\0' || h < 0 || h > 23 ||
	    m < 0 || m > 59) {
		xasprintf(&line, "%s: [mail] digest_time: \"%s\" is not HH:MM "
		    "(such as 07:30)", cf->path, cf->digest_time != NULL ?
		    cf->digest_time : "");
		strlist_add(errors, line);
		free(line);
	}
	return (errors->n == before ? 0 : -1);
}
