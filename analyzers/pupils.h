/* pupils.h: recognising pupils named or identified in a text. */
#ifndef MW_PUPILS_H
#define MW_PUPILS_H

#include "analyzers/analyze.h"

#define PUPILS_TOKEN_LEN	65	/* hex HMAC-SHA-256 and a NUL */

extern const struct analyzer pupils_analyzer;

int	pupils_hint(const char *, size_t);
int	pupils_token(const unsigned char *, size_t, const char *,
	    const char *, char[PUPILS_TOKEN_LEN]);
char	*pupils_near(const unsigned char *, size_t, const char *,
	    const char *);

#endif
