/* mail.h: composing and sending mail with libcurl's SMTP and MIME API. */
#ifndef MW_MAIL_H
#define MW_MAIL_H

#include <time.h>

#include "common/buf.h"

struct config;
struct db;
struct db_mail;

/* The parts of a message as composed, before it is queued. */
struct mail_parts {
	const char	*kind;		/* digest alert reminder escalation */
	char		*dkey;
	const char	*school;	/* school key or NULL */
	long long	 case_id;
	char		*to;		/* comma separated addresses */
	char		*subject;	/* UTF-8; cleaned when queued */
	char		*text;		/* text/plain part */
	char		*html;		/* text/html part */
	char		*chain_head;
};

struct mail_result {
	int		 sent;
	int		 failed;
};

char	*mail_clean_header(const char *, size_t);
char	*mail_encode_header(const char *);
char	*mail_date(time_t, char *, size_t);
char	*mail_message_id(const struct config *, const char *, time_t);
int	 mail_queue(const struct config *, struct db *, struct mail_parts *,
	    time_t, int *, char **);
void	 mail_parts_clear(struct mail_parts *);
int	 mail_unpack(const char *, char **, char **);
int	 mail_render(const struct config *, const struct db_mail *,
	    struct buf *, char **);
int	 mail_render_parts(const struct config *, const struct mail_parts *,
	    time_t, struct buf *, char **);
int	 mail_send(const struct config *, const struct db_mail *, char **);
int	 mail_flush(const struct config *, struct db *, time_t, const char *,
	    struct mail_result *, char **);
int	 mail_credentials(const char *, char **, char **, char **);
time_t	 mail_backoff(int);

#endif
