/*
 * log.c: the one place messages leave the program. In the foreground each
 * message is one line on stderr prefixed with the program's name; as a
 * service (log_init with foreground 0) it goes to syslog. Messages never
 * carry secrets or pupil names: callers pass only what may be read by the
 * operator.
 */
#include "autoconfig.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "common/log.h"

static const char	*log_name = "mentionwatch";
static int		 log_foreground = 1;
static int		 log_verbose = 0;
static pthread_mutex_t	 log_lock = PTHREAD_MUTEX_INITIALIZER;

/* Start logging as "name", to stderr if "foreground", else to syslog. */
void
log_init(const char *name, int foreground, int verbose)
{
	log_name = name;
	log_foreground = foreground;
	log_verbose = verbose;
	if (!foreground)
		openlog(name, LOG_PID | LOG_NDELAY, LOG_DAEMON);
}

/* Change how much is logged: 0 warnings, 1 info, 2 debug. */
void
log_set_verbose(int verbose)
{
	log_verbose = verbose;
}

/* Return the current verbosity. */
int
log_get_verbose(void)
{
	return (log_verbose);
}

static void
log_vwrite(int pri, const char *fmt, va_list ap, const char *suffix)
{
	char	msg[2048];
	size_t	i;

	vsnprintf(msg, sizeof msg, fmt, ap);
	/* One line: a newline from a crawled string must not forge entries. */
	for (i = 0; msg[i] != '\0'; i++) {
		if ((unsigned char)msg[i] < 0x20 && msg[i] != '\t')
			msg[i] = ' ';
	}
	if (!log_foreground) {
		if (suffix != NULL)
			syslog(pri, "%s: %s", msg, suffix);
		else
			syslog(pri, "%s", msg);
		return;
	}
	pthread_mutex_lock(&log_lock);
	if (suffix != NULL)
		fprintf(stderr, "%s: %s: %s\n", log_name, msg, suffix);
	else
		fprintf(stderr, "%s: %s\n", log_name, msg);
	pthread_mutex_unlock(&log_lock);
}

/* Log a warning with strerror(errno) appended. */
void
log_warn(const char *fmt, ...)
{
	va_list	ap;
	int	saved = errno;

	va_start(ap, fmt);
	log_vwrite(LOG_WARNING, fmt, ap, strerror(saved));
	va_end(ap);
	errno = saved;
}

/* Log a warning. */
void
log_warnx(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	log_vwrite(LOG_WARNING, fmt, ap, NULL);
	va_end(ap);
}

/* Log progress worth knowing, when verbose. */
void
log_info(const char *fmt, ...)
{
	va_list	ap;

	if (log_verbose < 1 && log_foreground)
		return;
	va_start(ap, fmt);
	log_vwrite(LOG_INFO, fmt, ap, NULL);
	va_end(ap);
}

/* Log detail for debugging, when very verbose. */
void
log_debug(const char *fmt, ...)
{
	va_list	ap;

	if (log_verbose < 2)
		return;
	va_start(ap, fmt);
	log_vwrite(LOG_DEBUG, fmt, ap, NULL);
	va_end(ap);
}

/* Log an error with strerror(errno) and exit 1. */
void
fatal(const char *fmt, ...)
{
	va_list	ap;
	int	saved = errno;

	va_start(ap, fmt);
	log_vwrite(LOG_CRIT, fmt, ap, strerror(saved));
	va_end(ap);
	exit(1);
}

/* Log an error and exit 1. */
void
fatalx(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	log_vwrite(LOG_CRIT, fmt, ap, NULL);
	va_end(ap);
	exit(1);
}
