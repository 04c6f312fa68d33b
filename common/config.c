/*
 * config.c: the configuration file. One INI file (read with inih) holds a
 * [mentionwatch] section, [crawler], [analysis], [mail], one [trust], a
 * [school ID] per school and a [source ID] per source. Every key is a row
 * of config_keys[] below (section, name, type, bounds, default, help, and
 * where it is stored), which drives loading, checking, the defaults and the
 * documentation (`mentionwatch config keys`). An error names the file, the
 * line and the key, and suggests the nearest known key.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <ini.h>

#include "common/config.h"
#include "common/mwtime.h"
#include "common/xmalloc.h"

enum section {
	SEC_MAIN,
	SEC_CRAWLER,
	SEC_ANALYSIS,
	SEC_MAIL,
	SEC_TRUST,
	SEC_SCHOOL,
	SEC_SOURCE,
};

static const char *section_names[] = {
	"mentionwatch", "crawler", "analysis", "mail", "trust", "school",
	"source",
};

enum type {
	T_STR,		/* any text */
	T_INT,		/* whole number within bounds */
	T_BOOL,		/* yes/no, true/false, on/off, 1/0 */
	T_DURATION,	/* "90s", "15m", "24h", "7d"; bounds in seconds */
	T_LIST,		/* repeatable: each line adds one item */
	T_EMAIL,
	T_URL,
	T_ZONE,		/* tz database name */
	T_ENUM,		/* one of the words in "choices" */
};

struct config_key {
	enum section	 section;
	const char	*name;
	enum type	 type;
	long long	 min;
	long long	 max;
	const char	*def;
	const char	*choices;
	const char	*help;
	size_t		 offset;
};

#define M(f)	offsetof(struct config, f)
#define S(f)	offsetof(struct school, f)
#define R(f)	offsetof(struct source, f)
#define KIB	1024LL
#define MIB	(1024LL * 1024)

static const struct config_key config_keys[] = {
	{ SEC_MAIN, "database", T_STR, 0, 0, CONFIG_DEFAULT_DB, NULL,
	  "SQLite database file (created mode 0600 by init)", M(database) },
	{ SEC_MAIN, "evidence_dir", T_STR, 0, 0, NULL, NULL,
	  "where captured bodies are kept (default: evidence/ beside the "
	  "database)", M(evidence_dir) },
	{ SEC_MAIN, "key_dir", T_STR, 0, 0, NULL, NULL,
	  "where the install's signing and hashing keys are kept (default: "
	  "keys/ beside the database)", M(key_dir) },
	{ SEC_MAIN, "timezone", T_ZONE, 0, 0, "Europe/London", NULL,
	  "time zone for dates people read, and for schools that set none",
	  M(timezone) },
	{ SEC_MAIN, "contact_url", T_URL, 0, 0, NULL, NULL,
	  "operator's web page, named in the User-Agent (required to crawl)",
	  M(contact_url) },
	{ SEC_MAIN, "operator_email", T_EMAIL, 0, 0, NULL, NULL,
	  "operator's address, sent as the From: header (required to crawl)",
	  M(operator_email) },
	{ SEC_MAIN, "retention", T_DURATION, 86400, 3650LL * 86400, "30d",
	  NULL, "how long captures of documents with no mention are kept",
	  M(retention) },
	{ SEC_MAIN, "capture", T_BOOL, 0, 0, "yes", NULL,
	  "capture every response as evidence before it is parsed (hashed, "
	  "chained, signed)", M(capture) },
	{ SEC_MAIN, "recapture_interval", T_DURATION, 600, 30LL * 86400, "6h",
	  NULL, "how often the page of an open case is fetched again to "
	  "record a change or its removal", M(recapture_interval) },
	{ SEC_MAIN, "tsa_url", T_URL, 0, 0, NULL, NULL,
	  "an RFC 3161 time-stamping authority asked to time-stamp each "
	  "signed checkpoint of the evidence log (optional)", M(tsa_url) },

	{ SEC_CRAWLER, "workers", T_INT, 0, 64, "0", NULL,
	  "parser threads (0: one per core)", M(workers) },
	{ SEC_CRAWLER, "max_connections", T_INT, 1, 1000, "64", NULL,
	  "transfers at once, all hosts together", M(max_connections) },
	{ SEC_CRAWLER, "host_connections", T_INT, 1, 32, "4", NULL,
	  "transfers at once to one host", M(host_connections) },
	{ SEC_CRAWLER, "host_gap", T_INT, 0, 600000, "0", NULL,
	  "least milliseconds between two requests to one host",
	  M(host_gap_ms) },
	{ SEC_CRAWLER, "interval", T_DURATION, 60, 30LL * 86400, "1h", NULL,
	  "default time between two polls of a source", M(interval) },
	{ SEC_CRAWLER, "min_interval", T_DURATION, 60, 30LL * 86400, "15m",
	  NULL, "a source is never polled more often than this",
	  M(min_interval) },
	{ SEC_CRAWLER, "max_interval", T_DURATION, 60, 30LL * 86400, "1d",
	  NULL, "a source that rarely changes is still polled this often",
	  M(max_interval) },
	{ SEC_CRAWLER, "connect_timeout", T_DURATION, 1, 300, "10s", NULL,
	  "give up connecting after this long", M(connect_timeout) },
	{ SEC_CRAWLER, "timeout", T_DURATION, 1, 3600, "60s", NULL,
	  "give up a whole transfer after this long", M(timeout) },
	{ SEC_CRAWLER, "max_body", T_INT, 1 * KIB, 1024 * MIB, "10485760",
	  NULL, "largest response body in bytes, after decompression",
	  M(max_body) },
	{ SEC_CRAWLER, "max_redirects", T_INT, 0, 20, "5", NULL,
	  "redirects followed at most", M(max_redirects) },
	{ SEC_CRAWLER, "crawl_delay_cap", T_DURATION, 0, 3600, "60s", NULL,
	  "largest robots.txt Crawl-delay honoured", M(crawl_delay_cap) },
	{ SEC_CRAWLER, "ca_file", T_STR, 0, 0, NULL, NULL,
	  "extra CA certificates (PEM) to trust", M(ca_file) },
	{ SEC_CRAWLER, "connect_to", T_STR, 0, 0, NULL, NULL,
	  "send requests for HOST:PORT elsewhere, as curl --connect-to "
	  "(HOST:PORT:ADDR:PORT; empty HOST or PORT matches any; several "
	  "separated by commas); for tests "
	  "and the offline demo", M(connect_to) },
	{ SEC_CRAWLER, "refuse_private", T_BOOL, 0, 0, "yes", NULL,
	  "refuse private and loopback addresses for links found by "
	  "following", M(refuse_private) },
	{ SEC_CRAWLER, "keep_bodies", T_BOOL, 0, 0, "no", NULL,
	  "keep every response body as received (compressed if it came "
	  "so) in the database's bodies table; for benchmarks and "
	  "debugging", M(keep_bodies) },

	{ SEC_ANALYSIS, "case_severity", T_ENUM, 0, 0, "medium",
	  "low medium high", "findings at or above this open a case",
	  M(case_severity) },
	{ SEC_ANALYSIS, "alert_severity", T_ENUM, 0, 0, "high",
	  "low medium high", "findings at or above this alert the "
	  "safeguarding lead and the head at once", M(alert_severity) },
	{ SEC_ANALYSIS, "harm_threshold", T_INT, 1, 100, "50", NULL,
	  "least score (percent) of a harmful passage that is flagged",
	  M(harm_threshold) },
	{ SEC_ANALYSIS, "harm_model_threshold", T_INT, 1, 100, "60", NULL,
	  "least score (percent) of the harm model that flags a passage "
	  "the rules did not (100: never)", M(harm_model_threshold) },
	{ SEC_ANALYSIS, "harm_model_keep", T_INT, 0, 100, "10", NULL,
	  "a rule's flag the harm model scores below this (percent) is "
	  "shown as criticism, not flagged (0: never)",
	  M(harm_model_keep) },
	{ SEC_ANALYSIS, "pupil_threshold", T_INT, 1, 100, "50", NULL,
	  "least score (percent) of a recognised pupil name that is flagged",
	  M(pupil_threshold) },

	{ SEC_MAIL, "smtp_url", T_URL, 0, 0, NULL, NULL,
	  "mail server, smtp://host:587 (STARTTLS) or smtps://host:465",
	  M(smtp_url) },
	{ SEC_MAIL, "from", T_EMAIL, 0, 0, NULL, NULL,
	  "sender address of digests and alerts", M(mail_from) },
	{ SEC_MAIL, "credentials", T_STR, 0, 0, NULL, NULL,
	  "file (mode 0600) holding \"user:password\" for SMTP AUTH",
	  M(smtp_credentials) },
	{ SEC_MAIL, "digest_time", T_STR, 0, 0, "07:30", NULL,
	  "local time (HH:MM) the daily digest is sent", M(digest_time) },
	{ SEC_MAIL, "reminder_before", T_DURATION, 0, 7 * 86400, "4h", NULL,
	  "remind the case owner this long before a deadline",
	  M(reminder_before) },

	{ SEC_TRUST, "name", T_STR, 0, 0, NULL, NULL,
	  "the trust's name", M(trust_name) },
	{ SEC_TRUST, "alias", T_LIST, 0, 0, NULL, NULL,
	  "another name of the trust (repeat the key for each)",
	  M(trust_aliases) },
	{ SEC_TRUST, "office_email", T_EMAIL, 0, 0, NULL, NULL,
	  "trust office address for the roll-up digest", M(trust_email) },
	{ SEC_TRUST, "staff", T_LIST, 0, 0, NULL, NULL,
	  "\"Title First Surname | role\" of a trust officer (repeatable)",
	  M(trust_staff_lines) },

	{ SEC_SCHOOL, "name", T_STR, 0, 0, NULL, NULL,
	  "the school's full name (required)", S(name) },
	{ SEC_SCHOOL, "alias", T_LIST, 0, 0, NULL, NULL,
	  "another name, short name, hashtag or handle (repeatable)",
	  S(aliases) },
	{ SEC_SCHOOL, "context", T_LIST, 0, 0, NULL, NULL,
	  "a word or place that shows this school is meant (repeatable)",
	  S(context) },
	{ SEC_SCHOOL, "street", T_LIST, 0, 0, NULL, NULL,
	  "the street the school stands on: \"the school on Vale Road\" "
	  "names it (repeatable)", S(streets) },
	{ SEC_SCHOOL, "namesake", T_LIST, 0, 0, NULL, NULL,
	  "something else with the school's name, not the school "
	  "(repeatable)", S(namesakes) },
	{ SEC_SCHOOL, "staff", T_LIST, 0, 0, NULL, NULL,
	  "\"Title First Surname | role\" of a member of staff (repeatable)",
	  S(staff_lines) },
	{ SEC_SCHOOL, "search", T_LIST, 0, 0, NULL, NULL,
	  "a search feed to expand with the school's names (repeatable)",
	  S(searches) },
	{ SEC_SCHOOL, "roster", T_STR, 0, 0, NULL, NULL,
	  "pupil roster CSV as the MIS exports it, for `roster import`",
	  S(roster) },
	{ SEC_SCHOOL, "head_email", T_EMAIL, 0, 0, NULL, NULL,
	  "headteacher: daily digest and escalations", S(head_email) },
	{ SEC_SCHOOL, "safeguarding_email", T_EMAIL, 0, 0, NULL, NULL,
	  "designated safeguarding lead: immediate alerts", S(dsl_email) },
	{ SEC_SCHOOL, "comms_email", T_EMAIL, 0, 0, NULL, NULL,
	  "communications staff: reminders", S(comms_email) },
	{ SEC_SCHOOL, "timezone", T_ZONE, 0, 0, NULL, NULL,
	  "the school's time zone (default: [mentionwatch] timezone)",
	  S(timezone) },
	{ SEC_SCHOOL, "holidays", T_ENUM, 0, 0, "england-and-wales",
	  "england-and-wales scotland northern-ireland none",
	  "bank holiday calendar", S(holidays) },
	{ SEC_SCHOOL, "closure", T_LIST, 0, 0, NULL, NULL,
	  "a closed date or range, YYYY-MM-DD[..YYYY-MM-DD] (repeatable)",
	  S(closures) },
	{ SEC_SCHOOL, "working_days", T_STR, 0, 0, "mon-fri", NULL,
	  "working days, e.g. mon-fri", S(working_days) },
	{ SEC_SCHOOL, "working_hours", T_STR, 0, 0, "08:00-17:00", NULL,
	  "working hours, HH:MM-HH:MM", S(working_hours) },
	{ SEC_SCHOOL, "response_time", T_DURATION, 3600, 30LL * 86400, "24h",
	  NULL, "a case is due this long after the mention was first seen",
	  S(response_time) },
	{ SEC_SCHOOL, "safeguarding_time", T_DURATION, 600, 30LL * 86400,
	  "4h", NULL, "shorter clock for safeguarding cases, any day",
	  S(safeguarding_time) },

	{ SEC_SOURCE, "url", T_URL, 0, 0, NULL, NULL,
	  "http(s) address of the feed or page (required)", R(url) },
	{ SEC_SOURCE, "type", T_ENUM, 0, 0, "feed", "feed page",
	  "feed (RSS, Atom, JSON Feed) or page (HTML)", R(type) },
	{ SEC_SOURCE, "school", T_STR, 0, 0, NULL, NULL,
	  "limit matching to this school id (default: every school)",
	  R(school) },
	{ SEC_SOURCE, "interval", T_DURATION, 60, 30LL * 86400, NULL, NULL,
	  "time between polls (default: [crawler] interval)", R(interval) },
	{ SEC_SOURCE, "follow_depth", T_INT, 0, 5, "0", NULL,
	  "follow links from a page this many steps, within its site",
	  R(follow_depth) },
	{ SEC_SOURCE, "follow_pattern", T_STR, 0, 0, NULL, NULL,
	  "only follow links whose URL contains this text",
	  R(follow_pattern) },
	{ SEC_SOURCE, "tls_verify", T_BOOL, 0, 0, "yes", NULL,
	  "verify the TLS certificate; \"no\" is logged at every fetch",
	  R(tls_verify) },
};
#define NKEYS (sizeof config_keys / sizeof config_keys[0])

/*
 * The strings of [source] sections (id, URL, type, ...) are kept one after
 * another in chunks: a trust may list thousands of sources, and a string
 * of its own costs each one a malloc header and rounding, a third of what
 * a source takes. They are freed with the configuration.
 */
#define POOL_CHUNK	(64 * 1024)

struct cfpool {
	struct cfpool	*next;
	size_t		 size;		/* bytes after the header */
	size_t		 used;
};

static char *
pool_strdup(struct config *cf, const char *s)
{
	struct cfpool	*p = cf->pool;
	size_t		 n = strlen(s) + 1, size;
	char		*d;

	if (p == NULL || p->size - p->used < n) {
		size = n > POOL_CHUNK / 4 ? n : POOL_CHUNK;
		p = xmalloc(sizeof *p + size);
		p->size = size;
		p->used = 0;
		if (size == n && cf->pool != NULL) {
			/* A long string: behind the chunk being filled. */
			p->next = cf->pool->next;
			cf->pool->next = p;
		} else {
			p->next = cf->pool;
			cf->pool = p;
		}
	}
	d = (char *)(p + 1) + p->used;
	p->used += n;
	memcpy(d, s, n);
	return (d);
}

static void
pool_free(struct cfpool *p)
{
	struct cfpool	*next;

	for (; p != NULL; p = next) {
		next = p->next;
		free(p);
	}
}

struct load_state {
	struct config	*cf;
	struct strlist	*errors;
	const char	*file;
	int		 line;		/* counted by the reader */
	FILE		*fp;
	enum section	 sec;
	int		 sec_valid;
	void		*target;	/* struct config, school or source */
	char		 seen[NKEYS];	/* keys set in the current section */
};

static void
cf_error(struct load_state *st, const char *fmt, ...) MW_PRINTF(2, 3);

static void
cf_error(struct load_state *st, const char *fmt, ...)
{
	va_list	 ap;
	char	*msg, *line;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		fatalx("out of memory");
	va_end(ap);
	xasprintf(&line, "%s:%d: %s", st->file, st->line, msg);
	strlist_add(st->errors, line);
	free(line);
	free(msg);
}

/* Return the known key nearest to "name", preferring section "sec";
 * its section goes to "*where". Return NULL if none is near. */
static const char *
nearest_key(enum section sec, const char *name, enum section *where)
{
	const char	*best = NULL;
	size_t		 i, d, bestd = 4;

	for (i = 0; i < NKEYS; i++) {
		d = str_edit_distance(name, config_keys[i].name);
		if (config_keys[i].section != sec)
			d++;	/* the same section wins a tie */
		if (d < bestd) {
			bestd = d;
			best = config_keys[i].name;
			*where = config_keys[i].section;
		}
	}
	return (best);
}

static int
parse_bool(const char *v, int *out)
{
	if (strcasecmp(v, "yes") == 0 || strcasecmp(v, "true") == 0 ||
	    strcasecmp(v, "on") == 0 || strcmp(v, "1") == 0)
		*out = 1;
	else if (strcasecmp(v, "no") == 0 || strcasecmp(v, "false") == 0 ||
	    strcasecmp(v, "off") == 0 || strcmp(v, "0") == 0)
		*out = 0;
	else
		return (-1);
	return (0);
}

static int
valid_email(const char *v)
{
	const char	*at = strchr(v, '@');
	const char	*p;

	if (at == NULL || at == v || strchr(at + 1, '@') != NULL ||
	    strchr(at + 1, '.') == NULL)
		return (0);
	for (p = v; *p != '\0'; p++) {
		if ((unsigned char)*p <= ' ' || *p == '<' || *p == '>' ||
		    *p == ',' || *p == ';' || *p == '"')
			return (0);
	}
	return (1);
}

static int
valid_url(const char *v)
{
	const char	*p;

	if (!str_casestartswith(v, "http://") &&
	    !str_casestartswith(v, "https://") &&
	    !str_casestartswith(v, "smtp://") &&
	    !str_casestartswith(v, "smtps://"))
		return (0);
	for (p = v; *p != '\0'; p++) {
		if ((unsigned char)*p <= ' ')
			return (0);
	}
	return (strstr(v, "://")[3] != '\0');
}

static int
in_choices(const char *choices, const char *v)
{
	const char	*p = choices;
	size_t		 n = strlen(v);

	while (*p != '\0') {
		if (strncasecmp(p, v, n) == 0 && (p[n] == ' ' || p[n] == '\0'))
			return (1);
		p = strchr(p, ' ');
		if (p == NULL)
			break;
		p++;
	}
	return (0);
}

/* Store "value" for key "k" in "target"; return 0 or -1 with an error. */
static int
set_value(struct load_state *st, const struct config_key *k, void *target,
    const char *value)
{
	char		*field = (char *)target + k->offset;
	long long	 n;
	char		*end;
	int		 b;

	switch (k->type) {
	case T_INT:
		errno = 0;
		n = strtoll(value, &end, 10);
		if (errno != 0 || end == value || *end != '\0') {
			cf_error(st, "%s: \"%s\" is not a whole number",
			    k->name, value);
			return (-1);
		}
		if (n < k->min || n > k->max) {
			cf_error(st, "%s: %lld is out of range (%lld to %lld)",
			    k->name, n, k->min, k->max);
			return (-1);
		}
		*(long long *)field = n;
		break;
	case T_DURATION:
		if (mwtime_parse_duration(value, &n) != 0) {
			cf_error(st, "%s: \"%s\" is not a duration (such as "
			    "90s, 15m, 24h, 7d)", k->name, value);
			return (-1);
		}
		if (n < k->min || n > k->max) {
			cf_error(st, "%s: %s is out of range (%llds to %llds)",
			    k->name, value, k->min, k->max);
			return (-1);
		}
		*(long long *)field = n;
		break;
	case T_BOOL:
		if (parse_bool(value, &b) != 0) {
			cf_error(st, "%s: \"%s\" is not yes or no", k->name,
			    value);
			return (-1);
		}
		*(int *)field = b;
		break;
	case T_LIST:
		strlist_add((struct strlist *)field, value);
		break;
	case T_EMAIL:
		if (!valid_email(value)) {
			cf_error(st, "%s: \"%s\" is not an email address",
			    k->name, value);
			return (-1);
		}
		goto string;
	case T_URL:
		if (!valid_url(value)) {
			cf_error(st, "%s: \"%s\" is not an http(s) URL",
			    k->name, value);
			return (-1);
		}
		goto string;
	case T_ZONE:
		if (!mwtime_zone_valid(value)) {
			cf_error(st, "%s: unknown time zone \"%s\" (such as "
			    "Europe/London)", k->name, value);
			return (-1);
		}
		goto string;
	case T_ENUM:
		if (!in_choices(k->choices, value)) {
			cf_error(st, "%s: \"%s\" is not one of: %s", k->name,
			    value, k->choices);
			return (-1);
		}
		goto string;
	case T_STR:
	string:
		if (k->section == SEC_SOURCE) {
			/* The string replaced stays in the pool. */
			*(char **)field = pool_strdup(st->cf, value);
			break;
		}
		free(*(char **)field);
		*(char **)field = xstrdup(value);
		break;
	}
	return (0);
}

static void
set_defaults(struct config *cf, enum section sec, void *target)
{
	struct load_state	st;
	struct strlist		errors = { NULL, 0 };
	size_t			i;

	memset(&st, 0, sizeof st);
	st.cf = cf;
	st.errors = &errors;
	st.file = "(defaults)";
	for (i = 0; i < NKEYS; i++) {
		if (config_keys[i].section == sec && config_keys[i].def != NULL)
			set_value(&st, &config_keys[i], target,
			    config_keys[i].def);
	}
	if (errors.n != 0)
		fatalx("config: bad default: %s", errors.v[0]);
}

static int
valid_id(const char *id)
{
	const char	*p;

	if (*id == '\0' || strlen(id) > 64)
		return (0);
	for (p = id; *p != '\0'; p++) {
		if (!isalnum((unsigned char)*p) && *p != '-' && *p != '_' &&
		    *p != '.')
			return (0);
	}
	return (1);
}

/* Begin section "name"; return 0 or -1 after recording an error. */
static int
begin_section(struct load_state *st, const char *name)
{
	struct config	*cf = st->cf;
	char		 word[32];
	const char	*id;
	size_t		 i, n;

	memset(st->seen, 0, sizeof st->seen);
	st->sec_valid = 0;
	n = strcspn(name, " \t");
	id = name + n;
	while (*id == ' ' || *id == '\t')
		id++;
	snprintf(word, sizeof word, "%.*s", (int)n, name);
	for (i = 0; i < sizeof section_names / sizeof section_names[0]; i++) {
		if (strcasecmp(word, section_names[i]) == 0)
			break;
	}
	if (i == sizeof section_names / sizeof section_names[0]) {
		cf_error(st, "unknown section [%s] (sections: mentionwatch, "
		    "crawler, analysis, mail, trust, school ID, source ID)",
		    name);
		return (-1);
	}
	st->sec = (enum section)i;
	if (st->sec == SEC_SCHOOL || st->sec == SEC_SOURCE) {
		if (!valid_id(id)) {
			cf_error(st, "[%s]: needs an id of letters, digits and "
			    "- _ . (such as [%s my-school])", name, word);
			return (-1);
		}
	} else if (*id != '\0') {
		cf_error(st, "[%s]: this section takes no id", name);
		return (-1);
	}
	if (st->sec == SEC_SCHOOL) {
		struct school	*s;

		for (i = 0; i < cf->nschools; i++) {
			if (strcmp(cf->schools[i].id, id) == 0) {
				cf_error(st, "school \"%s\" is defined twice "
				    "(first at line %d)", id,
				    cf->schools[i].line);
				return (-1);
			}
		}
		cf->schools = xreallocarray(cf->schools, cf->nschools + 1,
		    sizeof *cf->schools);
		s = &cf->schools[cf->nschools++];
		memset(s, 0, sizeof *s);
		s->id = xstrdup(id);
		s->line = st->line;
		set_defaults(cf, SEC_SCHOOL, s);
		st->target = s;
	} else if (st->sec == SEC_SOURCE) {
		struct source	*r;

		/* Twice-defined sources are found in check_whole, by
		 * sorting: a trust may list thousands. */
		cf->sources = xreallocarray(cf->sources, cf->nsources + 1,
		    sizeof *cf->sources);
		r = &cf->sources[cf->nsources++];
		memset(r, 0, sizeof *r);
		r->id = pool_strdup(cf, id);
		r->line = st->line;
		r->interval = -1;
		set_defaults(cf, SEC_SOURCE, r);
		st->target = r;
	} else
		st->target = cf;
	st->sec_valid = 1;
	return (0);
}

static int
on_entry(void *user, const char *section, const char *name,
    const char *value)
{
	struct load_state	*st = user;
	const struct config_key	*k = NULL;
	const char		*near;
	enum section		 where = SEC_MAIN;
	size_t			 i;

	if (name == NULL)
		return (1);	/* sections are begun by reader() */
	if (*section == '\0') {
		cf_error(st, "\"%s\" comes before any [section]", name);
		return (1);
	}
	if (!st->sec_valid)
		return (1);		/* the section was already reported */
	for (i = 0; i < NKEYS; i++) {
		if (config_keys[i].section == st->sec &&
		    strcasecmp(config_keys[i].name, name) == 0) {
			k = &config_keys[i];
			break;
		}
	}
	if (k == NULL) {
		near = nearest_key(st->sec, name, &where);
		if (near != NULL && where == st->sec)
			cf_error(st, "unknown key \"%s\" in [%s] (did you mean "
			    "\"%s\"?)", name, section, near);
		else if (near != NULL)
			cf_error(st, "unknown key \"%s\" in [%s] (did you mean "
			    "\"%s\" in [%s]?)", name, section, near,
			    section_names[where]);
		else
			cf_error(st, "unknown key \"%s\" in [%s] (see "
			    "`mentionwatch config keys`)", name, section);
		return (1);
	}
	if (k->type != T_LIST && st->seen[i]) {
		cf_error(st, "%s is set twice in [%s]", k->name, section);
		return (1);
	}
	st->seen[i] = 1;
	if (*value == '\0' && k->type != T_STR) {
		cf_error(st, "%s: needs a value", k->name);
		return (1);
	}
	set_value(st, k, st->target, value);
	return (1);
}

/* If "line" is a [section] header, begin that section. */
static void
begin_if_section(struct load_state *st, const char *line)
{
	const char	*p = line, *end;
	char		 name[256];

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p != '[')
		return;
	end = strchr(p, ']');
	if (end == NULL || (size_t)(end - p - 1) >= sizeof name) {
		cf_error(st, "a section header needs a closing ]");
		st->sec_valid = 0;
		return;
	}
	memcpy(name, p + 1, (size_t)(end - p - 1));
	name[end - p - 1] = '\0';
	begin_section(st, str_trim(name));
}

/* Read one line for inih, counting lines so that errors can name them. */
static char *
reader(char *str, int num, void *stream)
{
	struct load_state	*st = stream;
	char			*r;
	size_t			 n;

	r = fgets(str, num, st->fp);
	if (r == NULL)
		return (NULL);
	n = strlen(str);
	if (n > 0 && str[n - 1] == '\n') {
		st->line++;
		begin_if_section(st, str);
	}
	else if (feof(st->fp)) {
		st->line++;
		begin_if_section(st, str);
	}
	else {
		int	c;

		/* Too long for inih: report it, skip the rest. */
		st->line++;
		cf_error(st, "line is longer than %d characters", num - 2);
		while ((c = fgetc(st->fp)) != EOF && c != '\n')
			;
		str[0] = '\0';
	}
	return (r);
}

/* Return a new configuration holding every default. */
struct config *
config_new(void)
{
	struct config	*cf;

	cf = xcalloc(1, sizeof *cf);
	set_defaults(cf, SEC_MAIN, cf);
	set_defaults(cf, SEC_CRAWLER, cf);
	set_defaults(cf, SEC_ANALYSIS, cf);
	set_defaults(cf, SEC_MAIL, cf);
	set_defaults(cf, SEC_TRUST, cf);
	cf->dir = xstrdup(".");
	return (cf);
}

/* Parse "Mrs Joanna Pettifer | Headteacher" into "st"; return 0 or -1. */
int
config_staff_parse(const char *line, struct staff *st)
{
	static const char *titles[] = {
		"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
		"sir", "dame", "rev", "revd", "father", "canon",
	};
	struct strlist	 words = { NULL, 0 };
	char		*copy, *bar, *name, *w;
	size_t		 i, first = 0;

	memset(st, 0, sizeof *st);
	copy = xstrdup(line);
	bar = strchr(copy, '|');
	if (bar != NULL)
		*bar++ = '\0';
	name = str_trim(copy);
	str_split_list(name, ' ', &words);
	if (words.n == 0) {
		free(copy);
		return (-1);
	}
	st->title = xstrdup("");
	w = words.v[0];
	for (i = 0; i < sizeof titles / sizeof titles[0]; i++) {
		size_t	len = strlen(w);

		if (len > 0 && w[len - 1] == '.')
			len--;
		if (strlen(titles[i]) == len &&
		    strncasecmp(w, titles[i], len) == 0) {
			free(st->title);
			st->title = xstrndup(w, len);
			first = 1;
			break;
		}
	}
	if (words.n - first < 1) {
		config_staff_free(st);
		strlist_free(&words);
		free(copy);
		return (-1);
	}
	st->surname = xstrdup(words.v[words.n - 1]);
	st->first = words.n - first >= 2 ? xstrdup(words.v[first]) :
	    xstrdup("");
	st->role = xstrdup(bar != NULL ? str_trim(bar) : "");
	strlist_free(&words);
	free(copy);
	return (0);
}

/* Free the strings of "st". */
void
config_staff_free(struct staff *st)
{
	free(st->title);
	free(st->first);
	free(st->surname);
	free(st->role);
	memset(st, 0, sizeof *st);
}

static void
parse_staff(struct load_state *st, struct strlist *lines,
    struct staff **out, size_t *nout)
{
	size_t	i;

	*out = xcalloc(lines->n + 1, sizeof **out);
	*nout = 0;
	for (i = 0; i < lines->n; i++) {
		if (config_staff_parse(lines->v[i], &(*out)[*nout]) != 0) {
			cf_error(st, "staff: \"%s\" is not \"Title First "
			    "Surname | role\"", lines->v[i]);
			continue;
		}
		(*nout)++;
	}
}

/* Apply "-o section.key=value" overrides of the global sections. */
static void
apply_overrides(struct load_state *st, const struct strlist *ov)
{
	char	*copy, *dot, *eq;
	size_t	 i;

	st->file = "-o";
	for (i = 0; i < ov->n; i++) {
		st->line = (int)i + 1;
		copy = xstrdup(ov->v[i]);
		dot = strchr(copy, '.');
		eq = strchr(copy, '=');
		if (dot == NULL || eq == NULL || dot > eq) {
			cf_error(st, "\"%s\" is not section.key=value", copy);
			free(copy);
			continue;
		}
		*dot = '\0';
		*eq = '\0';
		if (begin_section(st, str_trim(copy)) == 0) {
			if (st->sec == SEC_SCHOOL || st->sec == SEC_SOURCE)
				cf_error(st, "-o sets keys of [mentionwatch], "
				    "[crawler], [analysis], [mail] or [trust]");
			else
				on_entry(st, copy, str_trim(dot + 1),
				    str_trim(eq + 1));
		}
		free(copy);
	}
}

static int
cmp_source_id(const void *a, const void *b)
{
	const struct source	*const *x = a, *const *y = b;
	int			 r = strcmp((*x)->id, (*y)->id);

	return (r != 0 ? r : (*x)->line - (*y)->line);
}

/* Report every source defined twice, at its second definition. */
static void
check_duplicate_sources(struct load_state *st)
{
	struct config	 *cf = st->cf;
	struct source	**v;
	size_t		  i;

	if (cf->nsources < 2)
		return;
	v = xreallocarray(NULL, cf->nsources, sizeof *v);
	for (i = 0; i < cf->nsources; i++)
		v[i] = &cf->sources[i];
	qsort(v, cf->nsources, sizeof *v, cmp_source_id);
	for (i = 1; i < cf->nsources; i++) {
		if (strcmp(v[i - 1]->id, v[i]->id) != 0)
			continue;
		st->line = v[i]->line;
		cf_error(st, "source \"%s\" is defined twice (first at line "
		    "%d)", v[i]->id, v[i - 1]->line);
	}
	free(v);
}

/* Check what no single key can: required keys and references. */
static void
check_whole(struct load_state *st)
{
	struct config	*cf = st->cf;
	size_t		 i;

	st->file = cf->path;	/* not "-o": these were in the file */
	check_duplicate_sources(st);

	st->line = 0;
	for (i = 0; i < cf->nschools; i++) {
		struct school	*s = &cf->schools[i];

		st->line = s->line;
		if (s->name == NULL || *s->name == '\0')
			cf_error(st, "[school %s]: name is required", s->id);
		if (s->timezone == NULL)
			s->timezone = xstrdup(cf->timezone);
		parse_staff(st, &s->staff_lines, &s->staff, &s->nstaff);
	}
	for (i = 0; i < cf->nsources; i++) {
		struct source	*r = &cf->sources[i];

		st->line = r->line;
		if (r->url == NULL)
			cf_error(st, "[source %s]: url is required", r->id);
		if (r->interval < 0)
			r->interval = cf->interval;
		if (r->school != NULL && config_school(cf, r->school) == NULL)
			cf_error(st, "[source %s]: school \"%s\" is not "
			    "defined in a [school %s] section", r->id,
			    r->school, r->school);
	}
	st->line = 0;
	parse_staff(st, &cf->trust_staff_lines, &cf->trust_staff,
	    &cf->ntrust_staff);
	if (cf->min_interval > cf->max_interval)
		cf_error(st, "[crawler]: min_interval is longer than "
		    "max_interval");
}

/*
 * Load the configuration at "path" into "*out". Every problem found is
 * appended to "errors" as "file:line: message"; return 0 if there were
 * none, else -1 (and "*out" is NULL).
 */
int
config_load(const char *path, const struct strlist *overrides,
    struct config **out, struct strlist *errors)
{
	struct load_state	 st;
	struct config		*cf;
	char			*copy;
	size_t			 before = errors->n;
	int			 r;

	*out = NULL;
	memset(&st, 0, sizeof st);
	st.errors = errors;
	st.file = path;
	st.fp = fopen(path, "r");
	if (st.fp == NULL) {
		char	*msg;

		xasprintf(&msg, "%s: %s%s", path, strerror(errno),
		    errno == ENOENT ? " (create one with `mentionwatch init`, "
		    "or name one with -c FILE)" : "");
		strlist_add(errors, msg);
		free(msg);
		return (-1);
	}
	cf = config_new();
	st.cf = cf;
	cf->path = xstrdup(path);
	copy = xstrdup(path);
	free(cf->dir);
	cf->dir = xstrdup(dirname(copy));
	free(copy);
	r = ini_parse_stream(reader, &st, on_entry, &st);
	fclose(st.fp);
	if (r > 0 && errors->n == before)
		cf_error(&st, "not a \"key = value\" line or a [section]");
	if (overrides != NULL)
		apply_overrides(&st, overrides);
	check_whole(&st);
	if (errors->n != before) {
		config_free(cf);
		return (-1);
	}
	*out = cf;
	return (0);
}

/* Return the path given by $MENTIONWATCH_CONFIG, else the default. */
const char *
config_default_path(void)
{
	const char	*env = getenv("MENTIONWATCH_CONFIG");

	if (env != NULL && *env != '\0')
		return (env);
	return (CONFIG_DEFAULT_PATH);
}

/* Return the school with id "id", or NULL. */
struct school *
config_school(const struct config *cf, const char *id)
{
	size_t	i;

	for (i = 0; i < cf->nschools; i++) {
		if (strcmp(cf->schools[i].id, id) == 0)
			return (&cf->schools[i]);
	}
	return (NULL);
}

/* Return "path" made absolute against the configuration's folder. */
char *
config_resolve_path(const struct config *cf, const char *path)
{
	char	*out;

	if (path[0] == '/')
		return (xstrdup(path));
	xasprintf(&out, "%s/%s", cf->dir, path);
	return (out);
}

static void
free_fields(enum section sec, void *target)
{
	size_t	i;

	for (i = 0; i < NKEYS; i++) {
		const struct config_key	*k = &config_keys[i];
		char			*field = (char *)target + k->offset;

		if (k->section != sec)
			continue;
		switch (k->type) {
		case T_LIST:
			strlist_free((struct strlist *)field);
			break;
		case T_STR:
		case T_EMAIL:
		case T_URL:
		case T_ZONE:
		case T_ENUM:
			free(*(char **)field);
			*(char **)field = NULL;
			break;
		default:
			break;
		}
	}
}

/* Free "cf" and everything it holds. */
void
config_free(struct config *cf)
{
	size_t	i, j;

	if (cf == NULL)
		return;
	for (i = 0; i < cf->nschools; i++) {
		struct school	*s = &cf->schools[i];

		free_fields(SEC_SCHOOL, s);
		for (j = 0; j < s->nstaff; j++)
			config_staff_free(&s->staff[j]);
		free(s->staff);
		free(s->id);
	}
	free(cf->schools);
	/* The sources' strings are in the pool. */
	free(cf->sources);
	pool_free(cf->pool);
	for (j = 0; j < cf->ntrust_staff; j++)
		config_staff_free(&cf->trust_staff[j]);
	free(cf->trust_staff);
	free_fields(SEC_MAIN, cf);
	free_fields(SEC_CRAWLER, cf);
	free_fields(SEC_ANALYSIS, cf);
	free_fields(SEC_MAIL, cf);
	free_fields(SEC_TRUST, cf);
	free(cf->path);
	free(cf->dir);
	free(cf);
}

static const char *
type_name(const struct config_key *k)
{
	switch (k->type) {
	case T_STR:
		return ("text");
	case T_INT:
		return ("number");
	case T_BOOL:
		return ("yes/no");
	case T_DURATION:
		return ("duration");
	case T_LIST:
		return ("text, repeatable");
	case T_EMAIL:
		return ("email");
	case T_URL:
		return ("URL");
	case T_ZONE:
		return ("time zone");
	case T_ENUM:
		return (k->choices);
	}
	return ("?");
}

/* Print every key with its type, default and help; "man" gives roff. */
void
config_describe(FILE *fp, int man)
{
	size_t	i;
	int	last = -1;

	for (i = 0; i < NKEYS; i++) {
		const struct config_key	*k = &config_keys[i];
		const char		*sec = section_names[k->section];

		if ((int)k->section != last) {
			last = k->section;
			if (man)
				fprintf(fp, ".SS [%s%s]\n", sec,
				    k->section == SEC_SCHOOL ||
				    k->section == SEC_SOURCE ? " ID" : "");
			else
				fprintf(fp, "%s[%s%s]\n", i ? "\n" : "", sec,
				    k->section == SEC_SCHOOL ||
				    k->section == SEC_SOURCE ? " ID" : "");
		}
		if (man) {
			fprintf(fp, ".TP\n.B %s\n(%s%s%s)\n%s.\n", k->name,
			    type_name(k), k->def ? "; default " : "",
			    k->def ? k->def : "", k->help);
		} else {
			fprintf(fp, "  %-18s %s\n  %-18s (%s%s%s)\n", k->name,
			    k->help, "", type_name(k),
			    k->def ? "; default " : "", k->def ? k->def : "");
		}
	}
}
