/* decode.h: undoing a Content-Encoding, with a cap on what it makes. */
#ifndef MW_DECODE_H
#define MW_DECODE_H

#include <stddef.h>

#include "common/buf.h"

#define DECODE_ACCEPT	"gzip, deflate, br"	/* for Accept-Encoding */

enum decode_status {
	DECODE_OK = 0,
	DECODE_FULL = -1,	/* the output reached its cap: a bomb */
	DECODE_BAD = -2,	/* not valid data in that encoding */
};

struct decoder;

int		 decode_known(const char *);
struct decoder	*decode_new(const char *);
int		 decode_add(struct decoder *, const void *, size_t,
		    struct buf *);
int		 decode_ended(const struct decoder *);
void		 decode_free(struct decoder *);
int		 decode_buffer(const char *, const void *, size_t,
		    struct buf *);

#endif
