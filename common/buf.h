/* buf.h: growable byte buffers with a hard cap. */
#ifndef MW_BUF_H
#define MW_BUF_H

#include <stddef.h>

#include "common/log.h"

struct buf {
	char	*data;		/* always NUL-terminated when non-NULL */
	size_t	 len;
	size_t	 cap;
	size_t	 max;		/* hard cap on len; 0 means no cap */
};

void	 buf_init(struct buf *, size_t);
void	 buf_free(struct buf *);
void	 buf_reset(struct buf *);
int	 buf_add(struct buf *, const void *, size_t);
int	 buf_addc(struct buf *, char);
int	 buf_adds(struct buf *, const char *);
int	 buf_printf(struct buf *, const char *, ...) MW_PRINTF(2, 3);
char	*buf_detach(struct buf *);
const char *buf_str(const struct buf *);

#endif
