/* db_internal.h: what the files of db/ share, and nothing outside uses. */
#ifndef MW_DB_INTERNAL_H
#define MW_DB_INTERNAL_H

#include <sqlite3.h>

#define DB_CACHE_MAX	32

struct db {
	sqlite3	*h;
	char	*path;
	int	 readonly;
	struct {
		const char	*sql;
		sqlite3_stmt	*st;
	}	 cache[DB_CACHE_MAX];	/* statements the crawler repeats */
	int	 ncache;
};

sqlite3_stmt	*db_prepare(struct db *, const char *, char **);
int		 db_fail(struct db *, char **, const char *);
int		 db_exec(struct db *, const char *, char **);
void		 db_bind_text(sqlite3_stmt *, int, const char *);
char		*db_column_strdup(sqlite3_stmt *, int);
sqlite3_stmt	*db_cached(struct db *, const char *, char **);
void		 db_done(sqlite3_stmt *);

#endif
