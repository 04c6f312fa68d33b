/* harm_lex.h: the harm analyzer's lexicons by semantic field. */
#ifndef MW_HARM_LEX_H
#define MW_HARM_LEX_H

#include <stddef.h>

/* What an entry's words are evidence of (harm.c maps them to its cues). */
enum lex_field {
	LF_THREAT,	/* a threat in itself ("your days are numbered") */
	LF_VIOLENT,	/* a violent act: a threat when aimed and meant */
	LF_ALLEGE,	/* wrongdoing, mistreatment, a cover-up */
	LF_CRIME,	/* wrongdoing that is a crime */
	LF_ABUSE,	/* an insult for a person */
	LF_SCORN,	/* scorn that fits a thing as well as a person */
	LF_INTENT,	/* the speaker means it */
	LF_NEWS,	/* news of a charge, a trial, its outcome */
};

#define LEX_VICTIM	0x01	/* counts only with a victim after it */
#define LEX_FACT	0x02	/* a statement of fact: not after "if",
				   "I'll", "would" */
#define LEX_PASSIVE	0x04	/* its subject is the victim ("my son in
				   Year 2 was left alone"), not the doer */

struct harm_lex;

/* One hit: folded offsets "start" and "end" of the scanned text. */
struct lex_hit {
	size_t		 start;
	size_t		 end;
	enum lex_field	 field;
	double		 w;
	int		 flags;
	int		 id;	/* the entry's index */
};

struct harm_lex	*harm_lex_new(void);
void		 harm_lex_free(struct harm_lex *);
size_t		 harm_lex_size(const struct harm_lex *);
size_t		 harm_lex_scan(const struct harm_lex *, const char *,
		    size_t, size_t, size_t, struct lex_hit **, size_t *);
size_t		 harm_lex_victim(const char *, size_t, size_t);
int		 harm_lex_hypothetical(const char *, size_t, size_t);

#endif
