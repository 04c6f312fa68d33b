/* log.h: one-line logging to stderr in the foreground, syslog as a service. */
#ifndef MW_LOG_H
#define MW_LOG_H

#include <stdarg.h>

#define MW_PRINTF(a, b) __attribute__((format(printf, a, b)))

void	log_init(const char *, int, int);
void	log_set_verbose(int);
int	log_get_verbose(void);
void	log_warn(const char *, ...) MW_PRINTF(1, 2);
void	log_warnx(const char *, ...) MW_PRINTF(1, 2);
void	log_info(const char *, ...) MW_PRINTF(1, 2);
void	log_debug(const char *, ...) MW_PRINTF(1, 2);
void	fatal(const char *, ...) MW_PRINTF(1, 2) __attribute__((noreturn));
void	fatalx(const char *, ...) MW_PRINTF(1, 2) __attribute__((noreturn));

#endif
