/*
 * report.c: one call that sends whatever is due: reminders and escalations
 * of cases, the daily digests, and every message waiting in the outbox
 * (immediate alerts queued by the crawl, retries of failed sends). The
 * crawler's service loop calls it after each cycle; `mentionwatch notify`
 * calls it once.
 */
#include "autoconfig.h"

#include <string.h>

#include "common/config.h"
#include "db/db.h"
#include "report/alert.h"
#include "report/digest.h"
#include "report/mail.h"
#include "report/report.h"
#include "tracking/tracking.h"

/*
 * Track findings no case covers yet, queue what is due at "now" and send
 * everything waiting. Counts go to "st". Return 0, or -1 with "*cause"
 * (a send that fails is not an error here: it is retried later and shows
 * in `mentionwatch status`).
 */
int
report_tick(const struct config *cf, struct db *db, time_t now,
    struct report_stats *st, char **cause)
{
	struct mail_result	res;
	int			n;

	memset(st, 0, sizeof *st);
	if (tracking_sweep(cf, db, now, cause) != 0)
		return (-1);
	if (alert_deadlines(cf, db, now, &n, cause) != 0)
		return (-1);
	st->queued += n;
	if (db_begin(db) != 0) {
		*cause = NULL;
		return (-1);
	}
	if (digest_queue_due(cf, db, now, &n, cause) != 0) {
		db_rollback(db);
		return (-1);
	}
	if (db_commit(db) != 0)
		return (-1);
	st->queued += n;
	if (mail_flush(cf, db, now, NULL, &res, cause) != 0)
		return (-1);
	st->sent = res.sent;
	st->failed = res.failed;
	return (0);
}
