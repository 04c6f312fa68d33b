/* regex.h: the recognisers' patterns, compiled for speed. */
#ifndef MW_REGEX_H
#define MW_REGEX_H

#include <stddef.h>
#include <stdint.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

char		*regex_factor(const char *, uint32_t);
pcre2_code	*regex_compile(const char *, uint32_t, const char *, size_t);

#endif
