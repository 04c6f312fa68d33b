/*
 * regex.c: the recognisers' patterns, compiled for speed.
 *
 * The lexicons are long alternations of words ("\b(?:author|striker|
 * ...)"). PCRE2 tries the branches of an alternation one by one at each
 * place a match could start, so a list of two hundred words costs two
 * hundred comparisons at every word of a page. Rewriting the list so
 * that words sharing a first letter share a branch ("a(?:uthor|rtist)|
 * s(?:triker|inger)") matches exactly the same text, in the same order
 * of preference, at a fraction of the cost.
 *
 * Branches share a first plain character or "\b". A branch is moved
 * ahead of others only past branches that start with another plain
 * character, and never if it opens a capturing group: the numbers of the
 * groups, and which branch wins where two could match, are kept.
 */

#include <ctype.h>
#include <string.h>

#include "analyzers/regex.h"
#include "common/buf.h"
#include "common/log.h"
#include "common/xmalloc.h"

static void	factor_into(struct buf *, const char *, size_t, int);
static size_t	merge_into(struct buf *, char **, size_t, int);

/* Return the length of the character class opening at s[0] == '[', up
 * to and including its ']' (all of s[0..n) if it does not close). */
static size_t
class_len(const char *s, size_t n)
{
	size_t	j = 1;

	/* a ']' first in a class is a character */
	if (j < n && s[j] == '^')
		j++;
	if (j < n && s[j] == ']')
		j++;
	while (j < n && s[j] != ']') {
		if (s[j] == '\\')
			j++;
		j++;
	}
	return (j < n ? j + 1 : n);
}

/* Return the length of the group opening at s[0] == '(', up to and
 * including its ')', or 0 if it does not close before s[n]. */
static size_t
group_len(const char *s, size_t n)
{
	size_t	i, depth = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '\\') {
			i++;
			continue;
		}
		if (s[i] == '[')
			i += class_len(s + i, n - i) - 1;
		else if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth == 0)
			return (i + 1);
	}
	return (0);
}

/* Return the length of the first token of branch s that branches may
 * share: a plain character or "\b", with no quantifier after it; 0 if
 * it has none. */
static size_t
token_len(const char *s)
{
	size_t	n;

	if (s[0] == '\\' && s[1] == 'b')
		n = 2;
	else if (isalnum((unsigned char)s[0]) || (s[0] != '\0' &&
	    strchr(" '-,&@/:;!\"%_<>=~#", s[0]) != NULL))
		n = 1;
	else
		return (0);
	if (s[n] == '?' || s[n] == '*' || s[n] == '+' || s[n] == '{')
		return (0);
	return (n);
}

/* Return 1 if branch s opens a capturing group, whose number depends on
 * the branches before it; "nocap": a bare "(" captures nothing. */
static int
captures(const char *s, int nocap)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\') {
			if (*++s == '\0')
				break;
			continue;
		}
		if (*s != '(')
			continue;
		if (s[1] != '?' ? !nocap : (s[2] == '<' && s[3] != '=' &&
		    s[3] != '!') || s[2] == 'P' || s[2] == '\'')
			return (1);
	}
	return (0);
}

/* Copy the branch s[0..n) to b, factoring the alternations inside its
 * non-capturing groups ("nocap": bare groups capture nothing). */
static void
branch_into(struct buf *b, const char *s, size_t n, int nocap)
{
	size_t	i, g;

	for (i = 0; i < n; i++) {
		if (s[i] == '\\') {
			buf_add(b, s + i, i + 1 < n ? 2 : 1);
			i++;
			continue;
		}
		if (s[i] == '[') {
			g = class_len(s + i, n - i);
			buf_add(b, s + i, g);
			i += g - 1;
			continue;
		}
		if (s[i] == '(' && i + 2 < n && s[i + 1] == '?' &&
		    s[i + 2] == ':' && (g = group_len(s + i, n - i)) > 0) {
			buf_add(b, "(?:", 3);
			factor_into(b, s + i + 3, g - 4, nocap);
			buf_add(b, ")", 1);
			i += g - 1;
			continue;
		}
		if (s[i] == '(' && nocap && i + 1 < n && s[i + 1] != '?' &&
		    (g = group_len(s + i, n - i)) > 0) {
			buf_add(b, "(", 1);
			factor_into(b, s + i + 1, g - 2, nocap);
			buf_add(b, ")", 1);
			i += g - 1;
			continue;
		}
		buf_add(b, s + i, 1);
	}
}

/* Split the alternation s[0..n) at its own '|' into branches, each
 * already rewritten by branch_into. */
static size_t
split_branches(const char *s, size_t n, char ***out, int nocap)
{
	char		**v = NULL;
	size_t		  nv = 0, i, start = 0, g;
	struct buf	  b;

	for (i = 0; i <= n; i++) {
		if (i < n && s[i] == '\\') {
			if (i + 1 < n)
				i++;	/* (a last "\\" ends its branch) */
			continue;
		}
		if (i < n && s[i] == '[') {
			i += class_len(s + i, n - i) - 1;
			continue;
		}
		if (i < n && s[i] == '(' && (g = group_len(s + i, n - i)) > 0) {
			i += g - 1;
			continue;
		}
		if (i < n && s[i] != '|')
			continue;
		buf_init(&b, 0);
		branch_into(&b, s + start, i - start, nocap);
		v = xreallocarray(v, nv + 1, sizeof *v);
		v[nv++] = buf_detach(&b);
		start = i + 1;
	}
	*out = v;
	return (nv);
}

/*
 * Write the branches v[0..n) as one alternation, branches that start
 * with the same token sharing one ("\bfoo|\bbar" as "\b(?:foo|bar)").
 * A branch is only moved ahead of others that cannot match where it
 * does (they start with another plain character), and only if it opens
 * no capturing group; so the same text matches, by the same branch.
 * Return the number of branches written.
 */
static size_t
merge_into(struct buf *b, char **v, size_t n, int nocap)
{
	size_t	 i, j, m, t, out = 0;
	char	*used, **rest;
	int	 skipped, blocked;

	used = xcalloc(n + 1, 1);
	rest = xreallocarray(NULL, n + 1, sizeof *rest);
	for (i = 0; i < n; i++) {
		if (used[i])
			continue;
		if (out++ > 0)
			buf_add(b, "|", 1);
		used[i] = 1;
		if ((t = token_len(v[i])) == 0) {
			buf_add(b, v[i], strlen(v[i]));
			continue;
		}
		m = 0;
		rest[m++] = v[i] + t;
		skipped = blocked = 0;
		for (j = i + 1; j < n && !blocked; j++) {
			size_t	tj;

			if (used[j])
				continue;
			tj = token_len(v[j]);
			if (tj == t && strncmp(v[j], v[i], t) == 0 &&
			    (!skipped || !captures(v[j], nocap))) {
				used[j] = 1;
				rest[m++] = v[j] + t;
				continue;
			}
			/* v[j] stays where it is: a later branch may pass
			 * it only if the two cannot match at one place */
			skipped = 1;
			if (t != 1 || tj != 1 || v[j][0] == v[i][0])
				blocked = 1;
		}
		if (m == 1) {
			buf_add(b, v[i], strlen(v[i]));
			continue;
		}
		buf_add(b, v[i], t);
		{
			struct buf	 sub;
			char		*s;
			size_t		 k;

			/* one branch left needs no group around it */
			buf_init(&sub, 0);
			k = merge_into(&sub, rest, m, nocap);
			s = buf_detach(&sub);
			if (k > 1)
				buf_add(b, "(?:", 3);
			buf_add(b, s, strlen(s));
			if (k > 1)
				buf_add(b, ")", 1);
			free(s);
		}
	}
	free(used);
	free(rest);
	return (out);
}

/* Write the alternation s[0..n), factored, to b. */
static void
factor_into(struct buf *b, const char *s, size_t n, int nocap)
{
	char	**v;
	size_t	  nv, i;

	nv = split_branches(s, n, &v, nocap);
	merge_into(b, v, nv, nocap);
	for (i = 0; i < nv; i++)
		free(v[i]);
	free(v);
}

/* Return 1 if pattern "s" sets, inside itself, an option that changes
 * what a branch's first character matches or what captures ("(?i)",
 * "(?x:", "(?n)"). */
static int
has_flags(const char *s)
{
	for (; (s = strstr(s, "(?")) != NULL; s += 2) {
		const char	*p = s + 2;

		while (*p == '-' || *p == '^' || isalpha((unsigned char)*p))
			p++;
		if (p > s + 2 && (*p == ')' || *p == ':') &&
		    (memchr(s + 2, 'i', p - s - 2) != NULL ||
		    memchr(s + 2, 'x', p - s - 2) != NULL ||
		    memchr(s + 2, 'n', p - s - 2) != NULL))
			return (1);
	}
	return (0);
}

char *
regex_factor(const char *src, uint32_t options)
{
	struct buf	b;

	buf_init(&b, 0);
	factor_into(&b, src, strlen(src),
	    (options & PCRE2_NO_AUTO_CAPTURE) != 0);
	return (buf_detach(&b));
}

/*
 * Compile pattern "src" with "options", factored, and JIT it; exit with a
 * message naming recogniser "i" of "what" if it does not compile (saying
 * where, as written). Where letters of two cases or white space may match
 * alike (caseless or extended patterns), branches that start with
 * different characters may match at one place, so such a pattern is not
 * factored.
 */
pcre2_code *
regex_compile(const char *src, uint32_t options, const char *what,
    size_t i)
{
	pcre2_code	*re;
	char		*f = NULL;
	int		 err;
	PCRE2_SIZE	 off;

	if ((options & (PCRE2_CASELESS | PCRE2_EXTENDED |
	    PCRE2_EXTENDED_MORE)) == 0 && !has_flags(src))
		f = regex_factor(src, options);
	re = pcre2_compile((PCRE2_SPTR)(f != NULL ? f : src),
	    PCRE2_ZERO_TERMINATED, options, &err, &off, NULL);
	free(f);
	if (re == NULL) {
		/* as written, to say where it is wrong */
		re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
		    options, &err, &off, NULL);
		if (re == NULL)
			fatalx("%s: recogniser %zu does not compile at %zu",
			    what, i, (size_t)off);
		fatalx("%s: recogniser %zu does not compile once factored",
		    what, i);
	}
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return (re);
}
