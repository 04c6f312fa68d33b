/*
 * pupils.c: the pupil analyzer. It recognises a pupil of the trust's
 * schools named or identified in a text:
 *
 * - roster: a full name on an imported roster. The roster holds only
 *   keyed hashes (HMAC-SHA-256 under the install's secret) of normalised
 *   names, so every pair of words of the text is hashed the same way and
 *   looked up. A roster name counts when the pupil's school is named or a
 *   child stands in context, and not when an adult does (a title, an age
 *   of 19 or more, "author", "striker"), when the year group or age
 *   disagrees with the roster, or when a namesake of the pupil's school is
 *   meant. Names that are ordinary words ("Rose Hill", "Summer Day")
 *   count only with a child right beside them.
 * - roster-first-name: a roster first name (or an initial and surname)
 *   with the pupil's year group, in a text that names the pupil's school.
 * - child-name: a full name not on the roster beside a child ("my son",
 *   "pupil", "(Year 8", ", 11,") in a text that names a school.
 * - first-name-detail: a first name with a year group, class or form
 *   ("Isla in Year 4", "Year 1 - Poppy", "little boy Marcus in
 *   Reception").
 * - contact: an address, phone number or email address near a child.
 *
 * Staff of the schools are never pupils. Findings carry "redact": the
 * quote names a pupil. No name is ever logged.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <jansson.h>
#include <openssl/evp.h>

#include "analyzers/analyze.h"
#include "analyzers/harm.h"
#include "analyzers/normalize.h"
#include "analyzers/pupils.h"
#include "analyzers/regex.h"
#include "common/config.h"
#include "common/hash.h"
#include "common/log.h"
#include "common/str.h"
#include "common/xmalloc.h"
#include "db/db.h"

struct rpupil {
	char	token[PUPILS_TOKEN_LEN];
	char	first[PUPILS_TOKEN_LEN];
	char	surname[PUPILS_TOKEN_LEN];
	int	school;		/* index in the configuration, or -1 */
	char	year[8];
	int	objection;
	int	ordinary;	/* the surname is an ordinary word */
};

enum re_id {
	RE_YEAR, RE_AGE, RE_REL, RE_CLASS, RE_ADULT, RE_PHONE, RE_EMAIL,
	RE_ADDRESS, RE_MEDICAL, RE_STREET, RE_NRE,
};

static const char *re_src[RE_NRE] = {
	/* year groups: "year 4", "y13", "yr 7", "reception", "in 7w" */
	"\\b(?:year|yr|y) ?(\\d{1,2})(?![\\d-])(?:'s|s)?\\b|\\b(reception)\\b|"
	"\\b(?:in|from|of|form|class|tutor group) (\\d{1,2})[a-z]\\b|"
	"\\((1[0-3]|[1-9])(?!st|nd|rd|th|am|pm)[a-z]{1,2}\\)",
	/* ages: ", 11,", "aged 6", "six-year-old", "turned 6" */
	"(?<![^ (,])(?<!year )(?<!yr )(?<!years )(\\d{1,3})(?:,| years old|"
	"-year-old| year old)|\\((\\d{1,2})\\)|"
	"\\baged (\\d{1,3})\\b|\\bturned (\\d{1,2})\\b|"
	"\\b(\\d{1,2})(?:st|nd|rd|th) birthday\\b|"
	"(?<='s | is )(\\d{1,2})(?= and\\b|[,.!;])|"
	"\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
	"thirteen|fourteen|fifteen|sixteen|seventeen)(?:-year-old|,)|"
	/* "Noah Fairweather, now 58 and a councillor" (the groups before
	 * keep their numbers: doc_refs_of reads the sixth) */
	"(?<=, )now (\\d{1,3})(?= and\\b|[,.;)])",
	/* a child by relation or role */
	"\\b(?:my|our|her|his|their) (?:little |eldest |youngest |oldest |"
	"middle |baby |gorgeous |beautiful |lovely |clever |brave |big )?"
	"(?:son|"
	"daughter|lad|boy|girl|grandson|granddaughter|child|kid|stepson|"
	"stepdaughter|nephew|niece|ds|dd)\\b|\\blittle (?:boy|girl|man)\\b|"
	"\\bpupil\\b|\\bstudent\\b|\\bnamed (?:locally )?as\\b|"
	/* an age group: "U12 Lions", "(U15 -55kg)", "under 9s",
	 * "Under-14 girls" */
	"\\bunder-?(?:[7-9]|1[0-8])'?s\\b|\\bunder (?:[7-9]|1[0-8])'?s\\b|"
	"\\bunder-(?:[7-9]|1[0-8])\\b|\\bu-?(?:[7-9]|1[0-8])(?:'?s)?\\b|"
	"\\bsixth former\\b|\\bschoolgirl\\b|\\bschoolboy\\b|"
	"\\b(?:girl|boy), \\d|\\bbirthday girl\\b|\\bbirthday boy\\b|"
	"\\bname (?:label|sticker|tag|tape)s?\\b|\\blabel (?:inside )?says\\b|\\bbelongs to\\b|"
	"\\b(?:his|her|their) names?(?:'s| is| are)\\b",
	/* a class of children */
	"\\bin (?:her|his|their|our|my|the same|my \\w+'s) class\\b|"
	"\\b(?:in|from) (?:mr|mrs|miss|ms|dr) \\w+(?:'s|')? class\\b|"
	"\\bclassmates?\\b|"
	"\\bplayground\\b|\\bnativity\\b|\\bschool play\\b|"
	"\\bshow and tell\\b|"
	/* an infant school's class by number: "Tilly Marchbank, Class 2" */
	"\\bclass \\d{1,2}(?!st|nd|rd|th)\\b|"
	/* a child, named beside the parent ("Isla, whose dad ...") */
	"\\bwhose (?:mum|mam|mom|dad|mother|father|parents)\\b",
	/* an adult */
	"\\b(?:author|striker|footballer|councillor|cllr|manager|"
	"firefighter|crew|postman|musician|singer|band|officer|storyteller|"
	"librarian|chef|vicar|mayor|director|chairman|chairwoman|"
	"founder|owner|landlord|"
	"treasurer|spokesperson|pensioner|volunteers?|dj|artist|mp|"
	"captain|candidate|former|retired|retirement|retiring|retires|"
	"adult|grandmother|grandfather|"
	"live music|florists?|salon|bakery|butchers?|plumbing|plumbers|"
	"builders|electricals?|photography|solicitors|estate agents?|ltd|"
	"limited|takeaway|presenter|forecast|reporter|journalist|"
	"correspondent|newsreader|broadcaster|restaurant|cafe|proprietor|"
	"ceo|entrepreneur|mortgages?|lettings|insurance|motors|broker|"
	"consultancy|accountants?|financial|plc|plastering|"
	"roofing|decorators|joinery|carpentry|removals|homes|"
	"properties|fully insured|free quotes|no job too small|darts|"
	"pub|pints?|beers?)\\b|"
	"& the\\b|\\band the team at\\b|"
	/* a parent, said beside the name: "(mum of three and quizmaster)",
	 * "our PTA chair Aisha" (not "proud mum of two", "her chair") */
	"(?:\\(|, )(?:a )?(?:mum|mom|mother|dad|father) of (?:one|two|three|"
	"four|five|six|\\d)\\b|\\b(?:our|pta) chair(?:man|woman|"
	"person)?\\b(?! of\\b)|"
	/* a spouse: "Oliver (the husband, not a kid)" */
	"\\(the (?:husband|hubby|wife)\\b|"
	/* a family firm: "Tyler & Sons" */
	"& (?:sons|daughters)\\b|\\b(?:she|he)'s your (?:woman|man|guy|"
	"girl)\\b|"
	/* a leaving year: an adult only if it is long past (adult_near) */
	"\\b(?:left|leaving|leavers?|finished|graduated|class of)\\b"
	"(?: [a-z'-]+){0,6}? (?:in )?((?:19|20)\\d\\d)\\b|"
	/* a working life: "hangs up his postbag today after 41 years" */
	"\\bhangs? up (?:his|her|their) \\w+|\\b(?:after|for|over) "
	"(?:\\d\\d|twenty|thirty|forty|fifty)(?:-odd)? years\\b|"
	/* a baby just born is no pupil */
	"\\bwelcome to the world\\b|\\bnewborn\\b|"
	"\\b\\d{1,2} ?lbs? \\d{1,2} ?oz\\b",
	/* contacts */
	"(?:\\+44 ?7\\d{3}|\\b07\\d{3}) ?\\d{3} ?\\d{3}\\b",
	"\\b[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}\\b",
	"\\b\\d{1,4}[a-z]? [a-z]+ (?:road|rd|lane|close|street|way|avenue|"
	"drive|crescent|gardens|place|grove|court|terrace|walk)\\b",
	/* medical or special needs detail, which picks a child out */
	"\\b(?:(?:nut |severe |food )?allerg(?:y|ies|ic)|epi-?pens?|"
	"anaphyla\\w+|diabet(?:es|ic)|asthma(?:tic)?|inhaler|epilep(?:sy|tic)|"
	"seizures?|ehcp|autis(?:m|tic)|adhd|dyslexi[ac]|dyspraxi[ac]|"
	"hearing aids?|wheelchair|cerebral palsy|down'?s syndrome|"
	"one-to-one (?:support|ta)|1:1 (?:support|ta)|leuka?emia|cancer|"
	"chemo(?:therapy)?|tumou?r|cystic fibrosis|sickle cell|"
	"heart (?:condition|surgery|defect)|coeliac|celiac|type 1|"
	"tourette'?s|spina bifida|cleft (?:lip|palate)|muscular dystrophy|"
	"selective mutism|global (?:developmental )?delay|"
	"(?:hearing|visually|visual) impair\\w*|send? support|"
	"special (?:educational )?needs|additional needs|"
	"learning (?:difficult\\w+|disabilit\\w+)|speech (?:and language|delay)|"
	"stammer|ocd|broken (?:arm|leg|wrist|ankle))\\b",
	/* the street a person lives on, which with a first name and the
	 * school picks a child out ("lives on Cowslip Close") */
	"(?:\\b(?:lives?|living|lived) (?:on|in|at|off|down|up|along|round) "
	"(?:the )?|"
	/* a house: "the lad at number 14 Vale Road" */
	"\\b(?:at|from) (?:number |no\\.? )?\\d{1,3}[a-z]? "
	"(?!(?:on|the|our|my|a|an|to|in|of|and|for|by)\\b))"
	"[a-z]+(?: [a-z]+)? (?:road|rd|lane|close|street|way|"
	"avenue|drive|crescent|gardens|place|grove|court|terrace|walk|"
	"estate|mews|rise|row|view|hill)\\b",
};

/* Words of a story, and of a review of one: a text with both reviews a
 * story, whose people are characters ("The storm chapters are genuinely
 * scary ... 4 stars"). */
static const char *story_words[] = {
	"novels", "chapters", "protagonist", "fictional", "paperback",
	"hardback", "audiobook", "storyline", "sequel", "narrator",
	"heroine", "prequel", "trilogy",
};
static const char *review_words[] = {
	"plot", "characters", "pageturner", "stars",
};

/* Capitalised words that are not names. */
static const char *not_names[] = {
	/* apps and brands a post names ("our Year 6 WhatsApp group") */
	"whatsapp", "facebook", "instagram", "tiktok", "snapchat",
	"youtube", "messenger", "twitter", "google", "gmail", "zoom",
	"teams", "iphone", "ipad", "xbox", "playstation", "fortnite",
	"roblox", "minecraft", "netflix", "amazon", "ebay", "vinted",
	"classdojo", "seesaw", "parentmail", "arbor", "bromcom",
	/* a share of a group ("Half of Reception were wilting") */
	"half", "most", "many", "few", "several", "quarter", "rest",
	"the", "a", "an", "and", "or", "but", "if", "so", "my", "our", "your",
	"his", "her", "their", "he", "she", "they", "we", "i", "you", "it",
	"this", "that", "these", "those", "there", "here", "who", "what",
	"when", "where", "why", "how", "which", "well", "thank", "thanks",
	"congratulations", "huge", "big", "massive", "so", "very", "proud",
	"happy", "sorry", "please", "hi", "hello", "dear", "love", "found",
	"lost", "reminder", "update", "news", "breaking", "live", "heads",
	"notice", "psa", "fyi",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs",
	"fri", "sat", "sun", "january", "february", "march", "april", "may",
	"june", "july", "august", "september", "october", "november",
	"december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "spring", "summer", "autumn", "winter",
	"christmas", "easter", "eid", "diwali", "halloween", "year",
	"years", "reception", "nursery", "class", "form", "forms", "school",
	"primary", "academy", "infants", "infant", "college", "sixth",
	"grammar", "comprehensive", "juniors", "junior", "academies",
	"geography", "history", "maths", "math", "english", "science",
	"french", "spanish", "german", "art", "music", "pe", "drama",
	"biology", "chemistry", "physics", "computing", "re", "psychology",
	"sociology", "bikeability", "phonics", "sats", "gcse", "gcses",
	"ofsted", "inset", "pta", "sen", "senco", "ehcp", "team", "squad",
	"trip", "day", "week", "term", "assembly", "star", "stars", "award",
	"prize", "winner", "winners", "champion", "champions", "mr", "mrs",
	"ms", "miss", "dr", "sir", "rev", "cllr", "head", "headteacher",
	"teacher", "deputy", "principal", "governor", "governors", "trust",
	"council", "police", "church", "park", "road", "lane", "street",
	"close", "way", "hall", "centre", "library", "club", "fc",
	"group", "page", "post", "photo", "photos", "video", "all", "any",
	"every", "some", "no", "not", "yes", "just", "also", "still", "only",
	"today", "tomorrow", "tonight", "yesterday", "morning", "afternoon",
	"evening", "night", "ds", "dd", "dc", "dh", "aibu", "yanbu", "tbh",
	"lol", "omg", "pls", "x", "xx", "xxx", "both", "each", "after",
	"before", "since", "until", "while", "with", "without", "for",
	"from", "to", "in", "on", "at", "by", "of", "about", "into", "onto",
	"is", "was", "are", "were", "be", "been", "has", "had", "have",
	"do", "does", "did", "can", "could", "will", "would", "should",
	"shall", "must", "might", "go", "get", "got", "went", "come", "came",
	"made", "make", "see", "saw", "look", "says", "said", "told", "new",
	"old", "good", "great", "best", "first", "last", "next", "little",
	"young", "boys", "girls", "kids", "children", "pupils", "students",
	"staff", "teachers", "dads", "mums",
	"parents", "mum", "dad", "nan", "grandad", "anyone", "someone",
	"everyone", "nobody", "whoever", "none", "one", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "out",
	"up", "down", "over", "under", "again", "once", "birthday", "party",
	"gold", "silver", "bronze", "maths", "cup", "final", "finals",
	"results", "result", "player", "match", "u15", "u16", "wessex",
	"county", "national", "regional", "king", "queen", "bbc", "radio",
	"st", "saint", "mount", "upper", "lower", "north", "south", "east",
	"mubarak", "merry", "shana", "tova", "hanukkah", "ramadan", "kareem",
	"west", "great", "old", "royal", "ask", "tell", "check", "call",
	"look", "read", "find", "contact", "email", "message", "text",
	"ring", "phone", "join", "meet", "watch", "share", "help", "send",
	"bring", "keep", "stop", "let", "try", "give", "take", "put",
	"note", "remember", "pictured", "left", "right", "centre",
	/* labels and headings: "Type 1", "Fixtures this week" */
	"type", "fixtures", "fixture", "results", "level", "stage",
	/* pronouns and words for a child or a friend, which a text in
	 * lower case puts where a name would stand ("that yr9 lad") */
	"them", "him", "me", "us", "lad", "lads", "boy", "girl", "kid",
	"child", "son", "daughter", "brother", "sister", "bro", "sis",
	"mate", "mates", "bruv", "fam", "babe", "hun",
	/* a role in a team or a class, which a text in lower case puts
	 * where a name would stand ("top scorer for the year 11s") */
	"top", "scorer", "scorers", "goalscorer", "goalkeeper", "keeper",
	"striker", "defender", "midfielder", "winger", "runner", "leader",
	"monitor", "prefect", "helper", "mvp", "reader", "speller",
	/* contractions, whose key loses the apostrophe ("I'm": "im") */
	"wales", "england", "scotland", "ireland", "britain", "uk",
	"europe", "london",
	"im", "ive", "id", "ill", "youre", "theyre", "dont", "cant", "wont",
	"didnt", "isnt", "its", "thats", "lets",
	/* a scraped page's buttons and labels ("16:22 · Like · Reply"),
	 * and a newsletter's headings ("Mock results", "Options evening") */
	"like", "reply", "replies", "comment", "comments", "report", "edit",
	"delete", "less", "view", "anon", "anonymous",
	"admin", "moderator", "similar", "related", "sponsored",
	"advertisement", "subscribe", "login", "sort", "newest", "oldest",
	"mock", "mocks", "options", "revision", "dates", "exams", "exam",
	"holidays", "lunch", "menu", "attendance", "homework",
	"home", "welcome", "classes", "key", "parent", "carer", "former",
	"current", "reviews", "review", "helpful",
	/* a part in a play ("I was Third Shepherd") */
	"second", "third", "fourth", "fifth",
};

static struct strset	 not_name_set, story_set, review_set;

static void	name_pairs(const struct config *, struct strlist *);
static void	place_words(const struct config *, struct strlist *);
static int	locative(const char *);
struct doc;
static int	not_a_child(const struct doc *, size_t);
static int	animal_named(const struct doc *, size_t, size_t);
static int	nameish(const struct doc *, size_t);
static int	opens_sentence(const struct doc *, size_t);
static int	number_after(const struct doc *, size_t);
struct ref;
static int	year_of_thing(const struct doc *, const struct ref *);
static int	determiner(const char *);
static int	in_words(const char *, const char *const *, size_t);
static int	thing_word(const char *);
static int	school_named(const struct analysis *, int);
static int	one_sentence(const struct doc *, size_t, size_t, size_t);

/* Compare two strings through pointers, for qsort and bsearch. */
static int
cmp_str(const void *a, const void *b)
{
	return (strcmp(*(const char *const *)a, *(const char *const *)b));
}

/* A near form of a roster name (pupils_near): its hash, kind, pupil. */
struct near {
	uint64_t	h;
	uint32_t	pupil;
	char		kind;
};

struct pupils {
	struct rpupil		*r;
	size_t			 nr;
	pcre2_code		*re[RE_NRE];
	pcre2_match_data	*md;
	pcre2_match_context	*mctx;
	pcre2_jit_stack		*jit;
	const struct config	*cf;
	unsigned char		 key[64];
	size_t			 keylen;
	struct analyze_thresholds th;
	size_t			*ix[3];		/* the roster by each token */
	struct near		*near;		/* the near forms, sorted */
	size_t			 nnear, capnear;
	struct strlist		 pairs;		/* word pairs of the schools'
						   names, sorted */
	struct strlist		 places;	/* words of the schools'
						   context places, sorted */
	EVP_MD			*sha256;	/* HMAC-SHA-256, keyed once */
	EVP_MD_CTX		*inner, *outer, *tmp;
};

/*
 * Write the keyed hash of the name "first" "surname" (surname may be
 * NULL: the first name alone; first may be NULL: the surname alone) into
 * "out": HMAC-SHA-256 under "key" of the normalised letters. Return 0, or
 * -1 if nothing of the name is left.
 */
int
pupils_token(const unsigned char *key, size_t keylen, const char *first,
    const char *surname, char out[PUPILS_TOKEN_LEN])
{
	char		 buf[512];
	size_t		 n = 0, i;
	const char	*parts[2];
	char		*norm;
	int		 k;

	parts[0] = first;
	parts[1] = surname;
	buf[0] = '\0';
	for (k = 0; k < 2; k++) {
		if (parts[k] == NULL)
			continue;
		norm = normalize_phrase(parts[k]);
		if (n > 0 && n + 1 < sizeof buf)
			buf[n++] = ' ';
		for (i = 0; norm[i] != '\0' && n + 1 < sizeof buf; i++) {
			unsigned char	c = (unsigned char)norm[i];

			if (isalnum(c) || c >= 0x80)
				buf[n++] = (char)c;
		}
		free(norm);
	}
	buf[n] = '\0';
	if (n == 0 || buf[n - 1] == ' ')
		return (-1);
	hash_hmac_hex(key, keylen, buf, n, out);
	return (0);
}

/*
 * The near forms of a name, kept beside its keyed hashes so that a name
 * written a little differently is still the pupil's: the surname or the
 * given name with one letter left out (so a letter missed, doubled,
 * changed or swapped in the text still meets it), and the name by its
 * initials ("A. Nakamura", "Freya L", "E M-C", "A.K."). Each is a kind
 * letter and the first 16 hex digits of the keyed hash of "first
 * surname" as the text's words spell them.
 */
#define NEAR_SURNAME	's'	/* the surname, one letter out */
#define NEAR_FIRST	'f'	/* the given name, one letter out */
#define NEAR_INITIAL	'i'	/* initial and surname */
#define NEAR_SURINIT	'n'	/* given name and surname's initials */
#define NEAR_INITIALS	'x'	/* both initials */
#define NEAR_MIN	5	/* letters a name needs to be read near */

/* Write to "buf" the letters of "part" as the text's words keep them:
 * normalised, letters and digits only. Return their length. */
static size_t
name_letters(const char *part, char *buf, size_t cap)
{
	char	*norm = normalize_phrase(part);
	size_t	 n = 0, i;

	for (i = 0; norm[i] != '\0' && n + 1 < cap; i++) {
		unsigned char	c = (unsigned char)norm[i];

		if (isalnum(c) || c >= 0x80)
			buf[n++] = (char)c;
	}
	buf[n] = '\0';
	free(norm);
	return (n);
}

/* Append near token "kind" of "a" "b" to "out" (at "*n" of "cap"). */
static void
near_add(const unsigned char *key, size_t keylen, int kind, const char *a,
    const char *b, char *out, size_t *n, size_t cap)
{
	char	buf[512], hex[PUPILS_TOKEN_LEN];
	int	l;

	l = snprintf(buf, sizeof buf, "%s %s", a, b);
	if (l < 0 || (size_t)l >= sizeof buf)
		return;
	hash_hmac_hex(key, keylen, buf, (size_t)l, hex);
	l = snprintf(out + *n, cap - *n, "%s%c%.16s", *n > 0 ? " " : "",
	    kind, hex);
	if (l > 0 && (size_t)l < cap - *n)
		*n += (size_t)l;
}

/* Write to "less" word "w" ("n" bytes) without its letter at "i", a
 * whole UTF-8 character; return that letter's length. Set "*again" if
 * it repeats the letter before: leaving out either gives one form. */
static size_t
cut_letter(const char *w, size_t n, size_t i, char *less, int *again)
{
	size_t	l;

	for (l = 1; i + l < n && ((unsigned char)w[i + l] & 0xc0) == 0x80;
	    l++)
		;
	*again = i > 0 && l == 1 && w[i] == w[i - 1];
	memcpy(less, w, i);
	memcpy(less + i, w + i + l, n - i - l + 1);
	return (l);
}

/* Write to "out" the first letter of "s", a whole UTF-8 character. */
static void
first_letter(const char *s, char *out, size_t outsz)
{
	size_t	l;

	for (l = 1; s[l] != '\0' && ((unsigned char)s[l] & 0xc0) == 0x80; l++)
		;
	if (l >= outsz)
		l = outsz - 1;
	memcpy(out, s, l);
	out[l] = '\0';
}

/* Write to "out" the initials of the parts of name "s" ("Ruby-Mae":
 * "rm"); return how many. */
static size_t
part_initials(const char *s, char *out, size_t outsz)
{
	const char	*q;
	size_t		 i = 0;

	for (q = s; *q != '\0' && i + 1 < outsz; q++) {
		if ((q == s || q[-1] == '-' || q[-1] == ' ') &&
		    isalpha((unsigned char)*q))
			out[i++] = (char)tolower((unsigned char)*q);
	}
	out[i] = '\0';
	return (i);
}

/* Append to "out" the near tokens of kind "kind" of "keep" with each
 * letter of "cut" left out in turn ("first" says which comes first). */
static void
near_cuts(const unsigned char *key, size_t keylen, int kind, const char *keep,
    const char *cut, int first, char *out, size_t *n, size_t cap)
{
	char	less[256];
	size_t	len = strlen(cut), i, l;
	int	again;

	if (len < NEAR_MIN || len >= sizeof less)
		return;
	for (i = 0; i < len; i += l) {
		l = cut_letter(cut, len, i, less, &again);
		if (again)
			continue;
		if (first)
			near_add(key, keylen, kind, less, keep, out, n, cap);
		else
			near_add(key, keylen, kind, keep, less, out, n, cap);
	}
}

/*
 * Return the near tokens of the name "first" "surname" under "key", a
 * string the caller frees (empty if the name has no letters).
 */
char *
pupils_near(const unsigned char *key, size_t keylen, const char *first,
    const char *surname)
{
	char		 f[256], sn[256], fi[8], si[8], sis[16], fis[16];
	size_t		 n = 0, cap;
	char		*out;

	/* a token for each letter of each name, and seven more, each a
	 * kind letter, 16 digits and a space */
	cap = (strlen(first) + strlen(surname) + 8) * 18 + 1;
	out = xmalloc(cap);
	out[0] = '\0';
	if (name_letters(first, f, sizeof f) == 0 ||
	    name_letters(surname, sn, sizeof sn) == 0)
		return (out);
	near_cuts(key, keylen, NEAR_SURNAME, f, sn, 0, out, &n, cap);
	near_cuts(key, keylen, NEAR_FIRST, sn, f, 1, out, &n, cap);
	/* the initials */
	first_letter(f, fi, sizeof fi);
	first_letter(sn, si, sizeof si);
	near_add(key, keylen, NEAR_INITIAL, fi, sn, out, &n, cap);
	near_add(key, keylen, NEAR_SURINIT, f, si, out, &n, cap);
	near_add(key, keylen, NEAR_INITIALS, fi, si, out, &n, cap);
	/* a double surname by the initials of its parts ("m-c") */
	if (part_initials(surname, sis, sizeof sis) > 1) {
		near_add(key, keylen, NEAR_SURINIT, f, sis, out, &n, cap);
		near_add(key, keylen, NEAR_INITIALS, fi, sis, out, &n, cap);
	}
	/* and a double given name ("R-M.W" for Ruby-Mae Whitlock) */
	if (part_initials(first, fis, sizeof fis) > 1) {
		near_add(key, keylen, NEAR_INITIALS, fis, si, out, &n, cap);
		if (sis[0] != '\0' && sis[1] != '\0')
			near_add(key, keylen, NEAR_INITIALS, fis, sis, out,
			    &n, cap);
	}
	return (out);
}

/* Key HMAC-SHA-256 once: the inner and outer digests after the padded
 * key, so that each name costs two short digests. */
static void
hmac_setup(struct pupils *p)
{
	unsigned char	ipad[64], opad[64];
	size_t		i;

	memset(ipad, 0x36, sizeof ipad);
	memset(opad, 0x5c, sizeof opad);
	for (i = 0; i < p->keylen && i < 64; i++) {
		ipad[i] ^= p->key[i];
		opad[i] ^= p->key[i];
	}
	p->sha256 = EVP_MD_fetch(NULL, "SHA256", NULL);
	p->inner = EVP_MD_CTX_new();
	p->outer = EVP_MD_CTX_new();
	p->tmp = EVP_MD_CTX_new();
	if (p->sha256 == NULL || p->inner == NULL || p->outer == NULL ||
	    p->tmp == NULL || EVP_DigestInit_ex(p->inner, p->sha256, NULL) != 1 ||
	    EVP_DigestUpdate(p->inner, ipad, 64) != 1 ||
	    EVP_DigestInit_ex(p->outer, p->sha256, NULL) != 1 ||
	    EVP_DigestUpdate(p->outer, opad, 64) != 1)
		fatalx("pupils: cannot set up HMAC-SHA-256");
	explicit_bzero(ipad, sizeof ipad);
	explicit_bzero(opad, sizeof opad);
}

/* The keyed hash of "first" "surname" as pupils_token makes it, with the
 * keyed digests of "p" (the key is at most 64 bytes). */
static int
fast_token(struct pupils *p, const char *first, const char *surname,
    char out[PUPILS_TOKEN_LEN])
{
	static const char	 hex[] = "0123456789abcdef";
	unsigned char		 md[32];
	unsigned int		 n;
	size_t			 i, l1, l2;
	char			 buf[256];

	if (p->keylen > 64)
		return (pupils_token(p->key, p->keylen, first, surname, out));
	/* words of the folded text: letters already, lower case */
	l1 = first != NULL ? strlen(first) : 0;
	l2 = surname != NULL ? strlen(surname) : 0;
	if (l1 + l2 + 2 > sizeof buf || l1 + l2 == 0)
		return (-1);
	n = 0;
	if (l1 > 0) {
		memcpy(buf, first, l1);
		n = (unsigned int)l1;
	}
	if (l1 > 0 && l2 > 0)
		buf[n++] = ' ';
	if (l2 > 0) {
		memcpy(buf + n, surname, l2);
		n += (unsigned int)l2;
	}
	if (EVP_MD_CTX_copy_ex(p->tmp, p->inner) != 1 ||
	    EVP_DigestUpdate(p->tmp, buf, n) != 1 ||
	    EVP_DigestFinal_ex(p->tmp, md, &n) != 1 ||
	    EVP_MD_CTX_copy_ex(p->tmp, p->outer) != 1 ||
	    EVP_DigestUpdate(p->tmp, md, 32) != 1 ||
	    EVP_DigestFinal_ex(p->tmp, md, &n) != 1)
		fatalx("pupils: HMAC-SHA-256 failed");
	for (i = 0; i < 32; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[64] = '\0';
	return (0);
}

/* Ordinary words that are also surnames: such a name needs a child beside
 * it to count. */
static const char *ordinary[] = {
	"hill", "field", "day", "bright", "grant", "green", "wood", "brown",
	"white", "black", "young", "king", "hall", "stone", "bell", "rich",
	"long", "little", "short", "park", "lane", "ford", "well", "marsh",
	"moss", "banks", "bank", "brook", "may", "rose", "page", "cook",
	"baker", "hope", "price", "law", "swift", "fox", "wolf", "lamb",
	"best", "hunt", "chase", "summer", "winter", "frost", "rain",
	"snow", "storm", "star", "sky", "hart", "north", "south", "west",
	"east", "street", "mills", "bridge", "church", "castle", "wells",
	"rivers", "lake", "dale", "heath", "moor", "bush", "berry", "sun",
	"love", "joy", "grace", "faith", "hunter", "rider", "archer",
	"bishop", "knight", "noble", "gold", "silver", "cross", "lord",
};

/* Short forms of given names, sorted by short form, and the names a
 * roster holds for them ("Olly Brennan" is Oliver Brennan): at most
 * three each. */
static const struct nick {
	const char	*nick;
	const char	*full[3];
} nicks[] = {
	{ "abby", { "abigail" } },
	{ "abi", { "abigail" } },
	{ "alex", { "alexander", "alexandra" } },
	{ "alfie", { "alfred" } },
	{ "ben", { "benjamin" } },
	{ "bex", { "rebecca" } },
	{ "charlie", { "charlotte", "charles" } },
	{ "dan", { "daniel" } },
	{ "danny", { "daniel" } },
	{ "ellie", { "eleanor", "elena", "ella" } },
	{ "em", { "emily", "emma" } },
	{ "freddie", { "frederick", "alfred" } },
	{ "freddy", { "frederick", "alfred" } },
	{ "gracie", { "grace" } },
	{ "harry", { "henry", "harrison", "harvey" } },
	{ "izzy", { "isabella", "isabel", "isobel" } },
	{ "jake", { "jacob" } },
	{ "jess", { "jessica" } },
	{ "josh", { "joshua" } },
	{ "kate", { "katherine", "catherine", "kathryn" } },
	{ "katie", { "katherine", "catherine", "kathryn" } },
	{ "lexi", { "alexis", "alexandra" } },
	{ "libby", { "elizabeth", "liberty" } },
	{ "liv", { "olivia" } },
	{ "livvy", { "olivia" } },
	{ "lizzie", { "elizabeth" } },
	{ "lottie", { "charlotte" } },
	{ "maddie", { "madison", "madeleine", "madeline" } },
	{ "matt", { "matthew" } },
	{ "max", { "maximilian", "maxwell" } },
	{ "millie", { "amelia", "emily", "camilla" } },
	{ "mo", { "muhammad", "mohammed", "mohammad" } },
	{ "nate", { "nathan", "nathaniel" } },
	{ "nico", { "nicholas", "nicolas" } },
	{ "ollie", { "oliver" } },
	{ "olly", { "oliver" } },
	{ "rosie", { "rose", "rosalind" } },
	{ "sam", { "samuel", "samantha" } },
	{ "seb", { "sebastian" } },
	{ "sophie", { "sophia" } },
	{ "theo", { "theodore" } },
	{ "tilly", { "matilda" } },
	{ "tom", { "thomas" } },
	{ "tommy", { "thomas" } },
	{ "will", { "william" } },
	{ "zac", { "zachary" } },
	{ "zach", { "zachary" } },
};

/*
 * Given names, sorted, that a short form may cut ("chlo" for "chloe",
 * "soph" for "sophie"): a public list of common names, never the
 * roster's. A short form is tried against each name it begins, hashed
 * with the surname after it, so the roster is reached through its keyed
 * hashes only.
 */
static const char *given_names[] = {
	"aaliyah", "aaron", "abdul", "abdullah", "abigail", "ada", "adam",
	"adrian", "ahmed", "aidan", "aiden", "aisha", "alana", "alba",
	"albert", "alexa", "alexander", "alexandra", "alexis", "alfie",
	"alfred", "ali", "alice", "alicia", "alisha", "amara", "amber",
	"amelia", "amelie", "amir", "amira", "amy", "ana", "anastasia",
	"andrew", "angel", "angela", "anna", "annabel", "annabelle",
	"anthony", "antonia", "archie", "aria", "ariana", "arthur", "arya",
	"asher", "ashton", "aurora", "austin", "ava", "ayesha", "barnaby",
	"beatrice", "bella", "benjamin", "bethany", "blake", "bonnie",
	"brandon", "brooke", "caleb", "callum", "cameron", "camilla",
	"caroline", "casey", "cassandra", "catherine", "cecilia", "charles",
	"charlie", "charlotte", "chloe", "christian", "christopher", "clara",
	"claudia", "connor", "cora", "courtney", "daisy", "daniel",
	"daniella", "darcey", "darcy", "david", "declan", "delilah",
	"dexter", "dominic", "dylan", "eden", "edith", "edward", "eleanor",
	"elena", "eliana", "elias", "elijah", "elizabeth", "ella", "ellie",
	"elliot", "elliott", "eloise", "elsie", "emilia", "emily", "emma",
	"erin", "esme", "esther", "ethan", "eva", "evelyn", "evie", "ezra",
	"faith", "felicity", "felix", "finlay", "finley", "florence",
	"francesca", "frankie", "freddie", "frederick", "freya", "gabriel",
	"gabriella", "genevieve", "george", "georgia", "georgina", "grace",
	"gracie", "hallie", "hannah", "harley", "harper", "harriet",
	"harrison", "harry", "harvey", "hayden", "hazel", "heidi", "helena",
	"henry", "holly", "hugo", "ibrahim", "imogen", "iris", "isaac",
	"isabel", "isabella", "isabelle", "isla", "isobel", "ivy", "jacob",
	"jake", "james", "jamie", "jasmine", "jayden", "jemima", "jenna",
	"jennifer", "jessica", "jonathan", "jordan", "joseph", "joshua",
	"jude", "julia", "juliet", "kacper", "katherine", "kathryn", "katie",
	"kayla", "keira", "kian", "kieran", "lacey", "layla", "leah", "leon",
	"leonardo", "lewis", "liam", "lilian", "lillian", "lily", "logan",
	"lola", "louis", "louisa", "louise", "luca", "lucas", "lucia",
	"lucy", "luke", "lydia", "maddison", "madeleine", "madeline",
	"madison", "maisie", "malachi", "margaret", "maria", "mariam",
	"marley", "martha", "mary", "matilda", "matthew", "maximilian",
	"maxwell", "maya", "megan", "mia", "michael", "michelle", "millie",
	"mohammed", "molly", "muhammad", "mustafa", "nancy", "natalia",
	"natalie", "nathan", "nathaniel", "nicholas", "nicola", "noah",
	"olive", "oliver", "olivia", "oscar", "paige", "patrick", "penelope",
	"phoebe", "poppy", "priya", "rachel", "rebecca", "reggie", "rhys",
	"riley", "robert", "rory", "rosalind", "rosie", "ruby", "rupert",
	"ryan", "samantha", "samuel", "sara", "sarah", "savannah",
	"scarlett", "sebastian", "serena", "sienna", "sofia", "sophia",
	"sophie", "stanley", "stella", "summer", "sydney", "tabitha",
	"teddy", "theo", "theodore", "thomas", "tilly", "tobias", "toby",
	"tyler", "valentina", "victoria", "violet", "william", "willow",
	"xavier", "yasmin", "zachary", "zara", "zoe",
};

/* Return 1 if "k" is one of the common given names. */
static int
given_name(const char *k)
{
	return (bsearch(&k, given_names, sizeof given_names /
	    sizeof given_names[0], sizeof given_names[0], cmp_str) != NULL);
}

/* Return the 64 bits that 16 hex digits "h" spell. */
static uint64_t
hex64(const char *h)
{
	uint64_t	v = 0;
	int		i, c;

	for (i = 0; i < 16; i++) {
		c = (unsigned char)h[i];
		v = v << 4 | (uint64_t)(c >= 'a' ? c - 'a' + 10 : c - '0');
	}
	return (v);
}

/* Keep the near forms "s" (pupils_near's string, may be NULL) of roster
 * pupil "k". */
static void
near_load(struct pupils *p, const char *s, size_t k)
{
	size_t	i;

	while (s != NULL && *s != '\0') {
		for (i = 1; i <= 16 && s[i] != '\0' &&
		    strchr("0123456789abcdef", s[i]) != NULL; i++)
			;
		if (i == 17 && strchr("sfinx", s[0]) != NULL) {
			if (p->nnear == p->capnear) {
				p->capnear = p->capnear ? p->capnear * 2 : 64;
				p->near = xreallocarray(p->near, p->capnear,
				    sizeof *p->near);
			}
			p->near[p->nnear].h = hex64(s + 1);
			p->near[p->nnear].kind = s[0];
			p->near[p->nnear].pupil = (uint32_t)k;
			p->nnear++;
		}
		s += i;
		while (*s != '\0' && *s != ' ')
			s++;
		while (*s == ' ')
			s++;
	}
}

/* Order near forms by hash, then kind. */
static int
near_cmp(const void *a, const void *b)
{
	const struct near	*x = a, *y = b;

	if (x->h != y->h)
		return (x->h < y->h ? -1 : 1);
	return (x->kind - y->kind);
}

/* Keep roster row "r" in memory (its hashes, year and objection). */
static int
load_one(void *arg, const struct db_roster *r)
{
	struct pupils	*p = arg;
	struct rpupil	*e;
	size_t		 i;

	p->r = xreallocarray(p->r, p->nr + 1, sizeof *p->r);
	e = &p->r[p->nr++];
	memset(e, 0, sizeof *e);
	snprintf(e->token, sizeof e->token, "%s", r->token);
	snprintf(e->first, sizeof e->first, "%s", r->first_token);
	snprintf(e->surname, sizeof e->surname, "%s", r->surname_token);
	snprintf(e->year, sizeof e->year, "%s", r->year != NULL ? r->year :
	    "");
	e->objection = r->photo_objection;
	near_load(p, r->near, p->nr - 1);
	e->school = -1;
	for (i = 0; i < p->cf->nschools; i++) {
		if (strcmp(p->cf->schools[i].id, r->school) == 0)
			e->school = (int)i;
	}
	return (0);
}

/* Return the token "which" (0 full, 1 first, 2 surname) of "r". */
static const char *
rtok(const struct rpupil *r, int which)
{
	return (which == 0 ? r->token : which == 1 ? r->first : r->surname);
}

/*
 * Return the position in the index by token "which" (0 full, 1 first, 2
 * surname) of the first roster pupil whose token is "tok", or -1; the
 * others with that token follow it (roster_at).
 */
static int
roster_find(const struct pupils *p, int which, const char *tok)
{
	const size_t	*ix = p->ix[which];
	size_t		 lo = 0, hi = p->nr, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (strcmp(rtok(&p->r[ix[mid]], which), tok) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < p->nr && strcmp(rtok(&p->r[ix[lo]], which), tok) == 0)
		return ((int)lo);
	return (-1);
}

/* Return the roster pupil at index position "pos" if its token is still
 * "tok", else -1. */
static int
roster_at(const struct pupils *p, int which, const char *tok, int pos)
{
	if (pos < 0 || (size_t)pos >= p->nr || strcmp(rtok(&p->r[
	    p->ix[which][pos]], which), tok) != 0)
		return (-1);
	return ((int)p->ix[which][pos]);
}

static const struct pupils *sort_p;
static int sort_which;

/* Order roster indices by the token being indexed. */
static int
ix_cmp(const void *a, const void *b)
{
	return (strcmp(rtok(&sort_p->r[*(const size_t *)a], sort_which),
	    rtok(&sort_p->r[*(const size_t *)b], sort_which)));
}

/* Load the roster and compile the recognisers. */
static void *
pupils_init(const struct analyze_env *env)
{
	struct pupils	*p;
	size_t		 i, j;
	uint32_t	 groups;
	char		*cause = NULL, tok[PUPILS_TOKEN_LEN];

	p = xcalloc(1, sizeof *p);
	p->cf = env->cf;
	analyze_thresholds(env->cf, &p->th);
	name_pairs(env->cf, &p->pairs);
	place_words(env->cf, &p->places);
	if (not_name_set.slot == NULL) {
		strset_init(&not_name_set, not_names, sizeof not_names /
		    sizeof not_names[0]);
		strset_init(&story_set, story_words, sizeof story_words /
		    sizeof story_words[0]);
		strset_init(&review_set, review_words, sizeof review_words /
		    sizeof review_words[0]);
	}
	for (i = 1; i < sizeof nicks / sizeof nicks[0]; i++) {
		if (strcmp(nicks[i - 1].nick, nicks[i].nick) >= 0)
			fatalx("pupils: short names out of order at %zu", i);
	}
	for (i = 0; i < RE_NRE; i++) {
		p->re[i] = regex_compile(re_src[i], 0, "pupils", i);
		if (pcre2_pattern_info(p->re[i], PCRE2_INFO_CAPTURECOUNT,
		    &groups) != 0 || groups >= 255)
			fatalx("pupils: recogniser %zu has too many groups", i);
	}
	p->md = pcre2_match_data_create(256, NULL);
	p->mctx = pcre2_match_context_create(NULL);
	p->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	pcre2_jit_stack_assign(p->mctx, NULL, p->jit);
	if (env->db != NULL && env->secret != NULL) {
		p->keylen = env->secretlen < sizeof p->key ? env->secretlen :
		    sizeof p->key;
		memcpy(p->key, env->secret, p->keylen);
		hmac_setup(p);
		if (db_roster_list(env->db, load_one, p, &cause) != 0) {
			log_warnx("roster not loaded: %s", cause);
			free(cause);
		}
		/* Index the roster by each of its tokens. */
		for (j = 0; j < 3; j++) {
			p->ix[j] = xreallocarray(NULL, p->nr + 1,
			    sizeof *p->ix[j]);
			for (i = 0; i < p->nr; i++)
				p->ix[j][i] = i;
			sort_p = p;
			sort_which = (int)j;
			qsort(p->ix[j], p->nr, sizeof *p->ix[j], ix_cmp);
		}
		if (p->nnear > 0)
			qsort(p->near, p->nnear, sizeof *p->near, near_cmp);
		if (p->nr > 0 && p->nnear == 0)
			log_warnx("the roster predates near forms: import it "
			    "again (mentionwatch roster import) to recognise "
			    "misspelt names and initials");
		/* Which surnames are ordinary words: hash the words. */
		for (j = 0; j < sizeof ordinary / sizeof ordinary[0]; j++) {
			pupils_token(p->key, p->keylen, NULL, ordinary[j], tok);
			for (i = 0; i < p->nr; i++) {
				if (strcmp(p->r[i].surname, tok) == 0)
					p->r[i].ordinary = 1;
			}
		}
	}
	return (p);
}

/* Append to "out" the word pairs of "phrase" as the text's words are
 * keyed: lower case, letters and digits, without "'s". */
static void
phrase_pairs(const char *phrase, struct strlist *out)
{
	char	 prev[48] = "", cur[48], pair[97];
	size_t	 n;

	while (*phrase != '\0') {
		while (*phrase != '\0' && !isalnum((unsigned char)*phrase))
			phrase++;
		for (n = 0; *phrase != '\0' && (isalnum((unsigned char)
		    *phrase) || *phrase == '\'' || *phrase == '-'); phrase++) {
			if (isalnum((unsigned char)*phrase) &&
			    n + 1 < sizeof cur)
				cur[n++] = (char)tolower((unsigned char)*phrase);
			else if (*phrase == '\'' && (phrase[1] == 's' ||
			    phrase[1] == 'S') && !isalnum((unsigned char)
			    phrase[2]))
				phrase++;	/* "Aldhelm's": "aldhelm" */
		}
		cur[n] = '\0';
		if (n == 0)
			continue;
		if (*prev != '\0') {
			snprintf(pair, sizeof pair, "%s %s", prev, cur);
			strlist_add(out, pair);
		}
		memcpy(prev, cur, n + 1);
	}
}

/* Collect into "out" (sorted) the word pairs of every school's name,
 * aliases, context words and namesakes, and the trust's names: "Fenwick
 * Vale" beside "my little girl" is a school, not a child. */
static void
name_pairs(const struct config *cf, struct strlist *out)
{
	size_t	i, j;

	for (i = 0; i < cf->nschools; i++) {
		const struct school	*sc = &cf->schools[i];

		phrase_pairs(sc->name, out);
		for (j = 0; j < sc->aliases.n; j++)
			phrase_pairs(sc->aliases.v[j], out);
		for (j = 0; j < sc->context.n; j++)
			phrase_pairs(sc->context.v[j], out);
		for (j = 0; j < sc->namesakes.n; j++)
			phrase_pairs(sc->namesakes.v[j], out);
	}
	if (cf->trust_name != NULL)
		phrase_pairs(cf->trust_name, out);
	for (j = 0; j < cf->trust_aliases.n; j++)
		phrase_pairs(cf->trust_aliases.v[j], out);
	if (out->n > 0)
		qsort(out->v, out->n, sizeof *out->v, cmp_str);
}

/* Collect into "out" (sorted) the words of four letters or more of every
 * school's context places ("Wexcombe", "Milbury"): a place, not a name. */
static void
place_words(const struct config *cf, struct strlist *out)
{
	const char	*w;
	char		 cur[48];
	size_t		 i, j, n;

	for (i = 0; i < cf->nschools; i++) {
		for (j = 0; j < cf->schools[i].context.n; j++) {
			for (w = cf->schools[i].context.v[j]; *w != '\0';) {
				for (n = 0; isalpha((unsigned char)*w); w++)
					if (n + 1 < sizeof cur)
						cur[n++] = (char)tolower(
						    (unsigned char)*w);
				cur[n] = '\0';
				if (n >= 4)
					strlist_add(out, cur);
				while (*w != '\0' &&
				    !isalpha((unsigned char)*w))
					w++;
			}
		}
	}
	if (out->n > 0)
		qsort(out->v, out->n, sizeof *out->v, cmp_str);
}

/* Return 1 if words "a" "b" are a pair of a school's name in "p". */
static int
school_pair(const struct pupils *p, const char *a, const char *b)
{
	char		 pair[97];
	const char	*k = pair;

	if (p->pairs.n == 0)
		return (0);
	snprintf(pair, sizeof pair, "%s %s", a, b);
	return (bsearch(&k, p->pairs.v, p->pairs.n, sizeof *p->pairs.v,
	    cmp_str) != NULL);
}

/* Free the roster, the key and the recognisers. */
static void
pupils_free(void *arg)
{
	struct pupils	*p = arg;
	size_t		 i;

	if (p == NULL)
		return;
	for (i = 0; i < RE_NRE; i++)
		pcre2_code_free(p->re[i]);
	pcre2_match_data_free(p->md);
	pcre2_match_context_free(p->mctx);
	pcre2_jit_stack_free(p->jit);
	explicit_bzero(p->key, sizeof p->key);
	EVP_MD_CTX_free(p->inner);
	EVP_MD_CTX_free(p->outer);
	EVP_MD_CTX_free(p->tmp);
	EVP_MD_free(p->sha256);
	for (i = 0; i < 3; i++)
		free(p->ix[i]);
	strlist_free(&p->pairs);
	strlist_free(&p->places);
	free(p->r);
	free(p->near);
	free(p);
}

#define WORD_KEY_MAX	48	/* a word's key, with its NUL, at most */

/* A word of the folded text. A long page has tens of thousands, so a
 * word is kept small: its key is in the document's "keys". */
struct word {
	size_t		 ns, ne;	/* folded offsets */
	const char	*key;		/* letters only */
	unsigned char	 cap;		/* capitalised in the original */
	unsigned char	 upper;		/* all capitals in the original */
	unsigned char	 stop;		/* not a name */
	unsigned char	 span;		/* inside a school, staff or trust
					   name */
	unsigned char	 place;		/* a place of the trust's schools */
	unsigned char	 on[3];		/* on the roster as a given name
					   ([1]) or surname ([2]): 0 not yet
					   hashed, 1 yes, 2 no */
};

struct ref {
	size_t	at;		/* folded offset */
	size_t	end;
	char	val[8];		/* "4", "R", an age */
	int	re;
};

/* A ref's place in the index of a document's refs (ref_index). */
struct refkey {
	int	re;
	size_t	at;
	size_t	i;		/* in the document's refs */
};

struct doc {
	const char		*text;
	const struct normtext	*nt;
	struct word		*w;
	size_t			 nw;
	char			*keys;		/* the words' keys, each
						   NUL-terminated */
	struct ref		*refs;
	size_t			 nrefs;
	size_t			 caprefs;
	struct refkey		*byre;		/* refs of each kind, by
						   offset (ref_index) */
	size_t			 reoff[RE_NRE + 1];
	size_t			 relen[RE_NRE];	/* the longest of each */
	size_t			 nindexed;	/* refs in "byre" */
	int			 lower;		/* no capital letters at all */
	int			 medical;	/* medical detail looked for */
	int			 person;	/* adults' words and contacts
						   looked for */
	int			 street;	/* streets looked for */
	struct sentence		*sn;
	size_t			 nsn;
	struct ref		 one_year;	/* the only year group the
						   text speaks of */
	int			 has_one_year;
	int			 kids;		/* a year group, a class or
						   a word for a child */
	size_t			*osw;		/* words that begin the name
						   of a school not ours */
	size_t			 nosw;
	int			 fiction;	/* a story reviewed */
};

/* Return 1 if capitalised word "k" is not a name ("Year", "Monday"). */
static int
is_not_name(const char *k)
{
	return (strset_has(&not_name_set, k));
}

/* Return 1 if "c" may be part of a name. */
static int
word_char(unsigned char c)
{
	return (isalnum(c) || c >= 0x80 || c == '\'' || c == '-');
}

/* Read digits written for letters inside a word back as the letters
 * ("k4cper" as "kacper"), so a name typed that way still meets the
 * roster; a word that starts or ends with its digits ("y11", "2moro",
 * "b4") is left alone. */
static void
unleet(char *k)
{
	static const char	 from[] = "013457", to[] = "oieast";
	char			*p, *q;
	size_t			 n = strlen(k);

	if (n < 4 || isdigit((unsigned char)k[0]) ||
	    isdigit((unsigned char)k[n - 1]))
		return;
	for (p = k; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p) && strchr(from, *p) == NULL)
			return;
		if (!isalnum((unsigned char)*p))
			return;
	}
	for (p = k; *p != '\0'; p++) {
		if (isdigit((unsigned char)*p) &&
		    (q = strchr(from, *p)) != NULL)
			*p = to[q - from];
	}
}

/* Split the folded text into words. */
static void
doc_words(const struct analysis *a, struct doc *d)
{
	const char	*s = d->nt->s;
	size_t		 len = d->nt->len, i = 0, j, k, n, cap = 0;
	const struct match_result *r = &a->match;
	char		*kp;

	/* A key is at most its word and a NUL, and words are apart: the
	 * keys fit in the length of the text and one more byte. */
	kp = d->keys = xmalloc(len + 1);

	while (i < len) {
		struct word	*w;

		while (i < len && !word_char((unsigned char)s[i]))
			i++;
		j = i;
		while (j < len && word_char((unsigned char)s[j]))
			j++;
		if (j == i)
			break;
		k = j;
		while (k > i && (s[k - 1] == '\'' || s[k - 1] == '-'))
			k--;
		if (k >= i + 2 && s[k - 2] == '\'' && s[k - 1] == 's')
			k -= 2;
		while (i < k && (s[i] == '\'' || s[i] == '-'))
			i++;
		if (k > i) {
			if (d->nw == cap) {
				cap = cap ? cap * 2 : 64;
				d->w = xreallocarray(d->w, cap, sizeof *d->w);
			}
			w = &d->w[d->nw++];
			memset(w, 0, sizeof *w);
			w->ns = i;
			w->ne = k;
			for (n = 0; i < k && n + 1 < WORD_KEY_MAX; i++) {
				if (s[i] != '\'' && s[i] != '-')
					kp[n++] = s[i];
			}
			kp[n] = '\0';
			unleet(kp);
			w->key = kp;
			kp += n + 1;
			w->cap = isupper((unsigned char)
			    d->text[d->nt->map[w->ns]]) != 0;
			w->upper = w->cap && (w->ne - w->ns < 2 || isupper(
			    (unsigned char)d->text[d->nt->map[w->ns + 1]]));
			w->stop = is_not_name(w->key) ||
			    strpbrk(w->key, "0123456789_") != NULL ||
			    (k < len && s[k] == ':');	/* "user1: ..." */
			for (n = 0; n < r->nspans; n++) {
				if (w->ns >= r->spans[n].nstart &&
				    w->ne <= r->spans[n].nend)
					w->span = 1;
			}
		}
		i = j;
	}
}

/* Return a new, zeroed cue at the end of "d"'s cues. */
static struct ref *
ref_add(struct doc *d)
{
	if (d->nrefs == d->caprefs) {
		d->caprefs = d->caprefs ? d->caprefs * 2 : 16;
		d->refs = xreallocarray(d->refs, d->caprefs, sizeof *d->refs);
	}
	memset(&d->refs[d->nrefs], 0, sizeof *d->refs);
	return (&d->refs[d->nrefs++]);
}

static void	ref_index(struct doc *);

/* Find the cues of recognisers "from" to "to" (not included). */
static void
doc_refs_of(struct pupils *p, struct doc *d, int from, int to)
{
	int	i, rc, g;

	for (i = from; i < to; i++) {
		PCRE2_SIZE	 off = 0, *ov;

		while (off < d->nt->len && (rc = pcre2_match(p->re[i],
		    (PCRE2_SPTR)d->nt->s, d->nt->len, off, 0, p->md,
		    p->mctx)) > 0) {
			struct ref	*f;

			ov = pcre2_get_ovector_pointer(p->md);
			f = ref_add(d);
			f->at = ov[0];
			f->end = ov[1];
			f->re = i;
			for (g = 1; g < rc; g++) {
				if (ov[2 * g] == PCRE2_UNSET)
					continue;
				snprintf(f->val, sizeof f->val, "%.*s",
				    (int)(ov[2 * g + 1] - ov[2 * g]),
				    d->nt->s + ov[2 * g]);
				break;
			}
			if (strncmp(f->val, "recep", 5) == 0)
				snprintf(f->val, sizeof f->val, "R");
			/* an age's cue starts at the word before it (", 11,",
			 * "'s 11"), which the recogniser only looks behind at
			 * so that it starts its search at digits */
			if (i == RE_AGE && rc > 6 && ov[12] != PCRE2_UNSET)
				f->at = ov[12] - (ov[12] >= 3 && d->nt->s[
				    ov[12] - 3] == '\'' ? 3 : 4);
			else if (i == RE_AGE && ov[2] != PCRE2_UNSET &&
			    ov[2] > 0)
				f->at = ov[2] - 1;
			off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
		}
	}
	ref_index(d);
}

/*
 * Return 1 if class cue "f" names a teacher's class ("in Miss Tindall's
 * class") and the configuration gives that teacher a year group ("Year 4
 * teacher"); write the year into "yr".
 */
static int
teacher_year(const struct pupils *p, const struct analysis *a,
    const struct doc *d, const struct ref *f, char *yr, size_t yrsz)
{
	const char	*s = d->nt->s + f->at, *e = d->nt->s + f->end;
	const char	*sn, *r;
	size_t		 k, j, n;

	/* "in Miss Tindall's class", "from miss tindalls class" */
	if (strncmp(s, "in ", 3) == 0)
		s += 3;
	else if (strncmp(s, "from ", 5) == 0)
		s += 5;
	else
		return (0);
	if ((size_t)(e - s) < 9 || (sn = memchr(s, ' ', (size_t)(e - s))) ==
	    NULL || strncmp(e - 6, " class", 6) != 0 || e - 6 <= sn + 1)
		return (0);
	sn++;
	/* "Tindall's", "Tindalls", "Davies'", "Davies" */
	n = (size_t)(e - 6 - sn);
	if (n >= 3 && sn[n - 2] == '\'' && sn[n - 1] == 's')
		n -= 2;
	else if (sn[n - 1] == '\'')
		n--;
	for (k = 0; k < p->cf->nschools; k++) {
		const struct school *sc = &p->cf->schools[k];

		if (!school_named(a, (int)k))
			continue;
		for (j = 0; j < sc->nstaff; j++) {
			size_t	l = strlen(sc->staff[j].surname);

			if ((l != n && !(l + 1 == n && sn[n - 1] == 's')) ||
			    strncasecmp(sc->staff[j].surname, sn, l) != 0)
				continue;
			r = sc->staff[j].role;
			while (r != NULL && (r = strcasestr(r, "year ")) !=
			    NULL) {
				if (isdigit((unsigned char)r[5])) {
					snprintf(yr, yrsz, "%d", atoi(r + 5));
					return (1);
				}
				r += 5;
			}
		}
	}
	return (0);
}

/* Find year groups, ages, children and classes once per text; an
 * adult's words, contacts and medical detail only when a name needs
 * them (person_refs, medical_refs). */
static void
doc_refs(struct pupils *p, const struct analysis *a, struct doc *d)
{
	size_t	i, n = d->nrefs;

	doc_refs_of(p, d, 0, RE_ADULT);
	/* "in Miss Tindall's class": the year group she teaches */
	for (i = n; i < d->nrefs; i++) {
		char	yr[8];

		if (d->refs[i].re == RE_CLASS && teacher_year(p, a, d,
		    &d->refs[i], yr, sizeof yr)) {
			struct ref	f = d->refs[i];

			f.re = RE_YEAR;
			snprintf(f.val, sizeof f.val, "%s", yr);
			*ref_add(d) = f;
		}
	}
	ref_index(d);
}

/* Find an adult's words ("councillor", "retired") and contacts, the
 * first time a name asks: most texts that reach the recognisers name no
 * one who might be a child. */
static void
person_refs(struct pupils *p, struct doc *d)
{
	if (d->person)
		return;
	d->person = 1;
	doc_refs_of(p, d, RE_ADULT, RE_MEDICAL);
}

/* Find medical detail, the first time a name asks. */
static void
medical_refs(struct pupils *p, struct doc *d)
{
	if (d->medical)
		return;
	d->medical = 1;
	doc_refs_of(p, d, RE_MEDICAL, RE_MEDICAL + 1);
}

/* Find the streets people live on, the first time a name asks. */
static void
street_refs(struct pupils *p, struct doc *d)
{
	if (d->street)
		return;
	d->street = 1;
	doc_refs_of(p, d, RE_STREET, RE_STREET + 1);
}

/* Return the age that "v" says ("11", "seven"), or -1. */
static int
word_age(const char *v)
{
	static const char *words[] = {
		"zero", "one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "eleven", "twelve", "thirteen",
		"fourteen", "fifteen", "sixteen", "seventeen",
	};
	size_t	i;

	if (isdigit((unsigned char)*v))
		return (atoi(v));
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (strcmp(v, words[i]) == 0)
			return ((int)i);
	}
	return (-1);
}

/* Order refs by their kind, then offset, then number. */
static int
ref_cmp(const void *x, const void *y)
{
	const struct refkey	*a = x, *b = y;

	if (a->re != b->re)
		return (a->re < b->re ? -1 : 1);
	if (a->at != b->at)
		return (a->at < b->at ? -1 : 1);
	return (a->i < b->i ? -1 : a->i > b->i);
}

/* Index "d"'s refs by kind and offset, once refs are added: a long page
 * has hundreds, and each name looks near itself for several kinds. */
static void
ref_index(struct doc *d)
{
	size_t	i;
	int	re;

	if (d->nindexed == d->nrefs)
		return;
	d->byre = xreallocarray(d->byre, d->nrefs, sizeof *d->byre);
	for (i = 0; i < d->nrefs; i++) {
		d->byre[i].re = d->refs[i].re;
		d->byre[i].at = d->refs[i].at;
		d->byre[i].i = i;
	}
	qsort(d->byre, d->nrefs, sizeof *d->byre, ref_cmp);
	memset(d->relen, 0, sizeof d->relen);
	for (re = 0, i = 0; re <= RE_NRE; re++) {
		d->reoff[re] = i;
		for (; re < RE_NRE && i < d->nrefs && d->byre[i].re == re;
		    i++) {
			const struct ref *f = &d->refs[d->byre[i].i];

			if (f->end - f->at > d->relen[re])
				d->relen[re] = f->end - f->at;
		}
	}
	d->nindexed = d->nrefs;
}

/* Return how near "f" is to "s".."e": within "before" bytes before or
 * "after" bytes after, or over it; -1 if not. */
static size_t
ref_dist(const struct ref *f, size_t s, size_t e, size_t before,
    size_t after)
{
	if (f->end <= s && s - f->end <= before)
		return (s - f->end);
	if (f->at >= e && f->at - e <= after)
		return (f->at - e);
	if (f->at <= s && f->end >= e)
		return (0);
	return ((size_t)-1);
}

/* Return the nearest reference of kind "re" within "before" bytes before
 * "s" or "after" bytes after "e" (of two as near, the first found). */
static const struct ref *
ref_near(const struct doc *d, int re, size_t s, size_t e, size_t before,
    size_t after)
{
	const struct ref	*best = NULL;
	size_t			 bestd = (size_t)-1, besti = 0, dist, lo, hi;
	size_t			 a, b, m;

	if (d->nindexed != d->nrefs) {
		/* (not indexed yet: read them all) */
		for (a = 0; a < d->nrefs; a++) {
			if (d->refs[a].re == re && (dist = ref_dist(
			    &d->refs[a], s, e, before, after)) < bestd) {
				bestd = dist;
				best = &d->refs[a];
			}
		}
		return (best);
	}
	/* one near enough begins from "lo" (one ending "before" bytes
	 * before "s") to "hi" */
	lo = s > before + d->relen[re] ? s - before - d->relen[re] : 0;
	hi = e + after > s ? e + after : s;
	a = d->reoff[re];
	b = d->reoff[re + 1];
	while (a < b) {
		m = a + (b - a) / 2;
		if (d->byre[m].at < lo)
			a = m + 1;
		else
			b = m;
	}
	for (; a < d->reoff[re + 1] && d->byre[a].at <= hi; a++) {
		const struct refkey *k = &d->byre[a];

		dist = ref_dist(&d->refs[k->i], s, e, before, after);
		if (dist < bestd || (dist == bestd && dist != (size_t)-1 &&
		    k->i < besti)) {
			bestd = dist;
			besti = k->i;
			best = &d->refs[k->i];
		}
	}
	return (best);
}

/* Return 1 if only spaces and light punctuation ("–", ":", ",", "(")
 * stand between folded offsets "a" and "b". */
static int
joined(const struct doc *d, size_t a, size_t b)
{
	size_t	i, k;

	if (b < a)
		return (0);
	for (i = a; i < b; i++) {
		unsigned char	c = (unsigned char)d->nt->s[i];

		if (c == '.' || c == '!' || c == '?' || c == ';')
			return (0);
	}
	if (b - a > 16)
		return (0);
	/* a line of capitalised words only is a commenter's name above
	 * the comment ("Anon" over "Similar thing happened", "Rob
	 * Grayling" over "Year 6 SATs went through the roof"): no part of
	 * a name with the next line's; a name wrapped mid-paragraph still
	 * is */
	for (i = d->nt->map[a]; i < d->nt->map[b]; i++) {
		if (d->text[i] == '\n')
			break;
	}
	/* a blank line ends a paragraph, a title or a caption: "... for
	 * Bella\n\nBella Strand is 6" holds no "Bella Bella Strand" */
	for (k = i + 1; i < d->nt->map[b] && k < d->nt->map[b]; k++) {
		if (d->text[k] == '\n')
			return (0);
		if (d->text[k] != ' ' && d->text[k] != '\r' &&
		    d->text[k] != '\t')
			break;
	}
	if (i < d->nt->map[b]) {
		size_t	o = d->nt->map[a];
		int	words = 0, caps = 1;

		while (o > 0 && d->text[o - 1] != '\n' && words < 4) {
			while (o > 0 && (isalpha((unsigned char)d->text[o -
			    1]) || d->text[o - 1] == '\'' ||
			    d->text[o - 1] == '-'))
				o--;
			words++;
			caps = caps && isupper((unsigned char)d->text[o]);
			while (o > 0 && d->text[o - 1] == ' ')
				o--;
			if (o > 0 && d->text[o - 1] != '\n' &&
			    !isalpha((unsigned char)d->text[o - 1]))
				break;
		}
		if (caps && words < 4 && (o == 0 || d->text[o - 1] == '\n'))
			return (0);
	}
	return (1);
}

/* Return 1 if adult's role "f" is the title of a name other than the one
 * at "s".."e" ("Goal shooter Chloe Abernathy ... and captain Priya Nair"). */
static int
role_of_other(const struct doc *d, const struct ref *f, size_t s, size_t e)
{
	const char	*r = d->nt->s + f->at;
	size_t		 n = f->end - f->at, i, lo = 0, hi = d->nw;

	if (f->at >= e && f->at <= e + 2)
		return (0);	/* "Freya Lindqvist Photography, Upper ..." */
	if ((n >= 3 && memcmp(r + n - 3, " at", 3) == 0) || (n >= 4 &&
	    memcmp(r + n - 4, " the", 4) == 0))
		return (0);	/* "the team at Spice Garden" */
	/* the first word after the role: the words are in text order */
	while (lo < hi) {
		i = lo + (hi - lo) / 2;
		if (d->w[i].ns < f->end)
			lo = i + 1;
		else
			hi = i;
	}
	/* ("Darts League": a thing's name, not another person's) */
	return (lo < d->nw && d->w[lo].ns <= f->end + 2 && d->w[lo].cap &&
	    d->w[lo].ns != s && !thing_word(d->w[lo].key));
}

/* Return the length of the possessive ending at folded offset "e" with
 * its space ("'s ", or "' " after an s: "Castellanos' mum"), or 0. */
static size_t
possessive(const struct doc *d, size_t e)
{
	const char	*s = d->nt->s;

	if (e + 3 < d->nt->len && strncmp(s + e, "'s ", 3) == 0)
		return (3);
	if (e > 0 && e + 2 < d->nt->len && s[e - 1] == 's' &&
	    strncmp(s + e, "' ", 2) == 0)
		return (2);
	return (0);
}

static int	starts_word_of(const char *, const char *const *, size_t);

/*
 * Return the length of the possessive and the one of the "n" "words" that
 * follow folded offset "e" ("'s mum", "' little girl"), or 0.
 */
static size_t
possessed(const struct doc *d, size_t e, const char *const *words,
    size_t n)
{
	const char	*q;
	size_t		 i, l, k;

	if ((k = possessive(d, e)) == 0)
		return (0);
	q = d->nt->s + e + k;
	for (i = 0; i < n; i++) {
		l = strlen(words[i]);
		if (e + k + l <= d->nt->len && strncmp(q, words[i], l) == 0 &&
		    !isalnum((unsigned char)q[l]))
			return (k + l);
	}
	return (0);
}

/* Return 1 if "'s mum", "'s dad" (a child's parent) follows folded
 * offset "e". */
static int
parent_of(const struct doc *d, size_t e)
{
	static const char	*parents[] = {
		"mum", "mom", "mam", "mummy", "mommy", "dad", "daddy",
		"mother", "father", "parents", "parent", "mum and dad",
	};

	return (possessed(d, e, parents, sizeof parents /
	    sizeof parents[0]) > 0);
}

/* Return 1 if "s" begins with one of the "n" "words", as a whole word. */
static int
starts_word_of(const char *s, const char *const *words, size_t n)
{
	size_t	i, l;

	for (i = 0; i < n; i++) {
		l = strlen(words[i]);
		if (strncmp(s, words[i], l) == 0 && !isalnum((unsigned char)
		    s[l]))
			return (1);
	}
	return (0);
}

/*
 * Return the length of "'s boy" ("'s son", "'s little girl", " and her
 * daughter") if a child of the person named up to folded offset "e"
 * follows the name, else 0.
 */
static size_t
child_of(const struct doc *d, size_t e)
{
	static const char	*kids[] = {
		"boy", "girl", "son", "daughter", "lad", "kid", "kids",
		"child", "children", "twins", "baby", "youngest", "eldest",
		"oldest", "little boy", "little girl", "little one",
		"little ones", "little lad",
	};

	static const char	*kin[] = {
		"brother", "sister", "bro", "sis", "cousin", "friend",
		"mate", "brothers", "sisters",
	};
	static const char	*joins[] = {
		" and her ", " and his ", ", and her ", ", and his ",
		" with her ", " with his ", ", with her ", ", with his ",
	};
	size_t			 n, k, l;

	/* "Kerry Hargreaves and her daughter Poppy", "... and her little
	 * girl Isla" */
	for (k = 0, n = 0; k < sizeof joins / sizeof joins[0] && n == 0;
	    k++) {
		size_t	j, w;

		l = strlen(joins[k]);
		if (e + l >= d->nt->len || strncmp(d->nt->s + e, joins[k], l)
		    != 0)
			continue;
		for (j = 0; j < sizeof kids / sizeof kids[0]; j++) {
			w = strlen(kids[j]);
			if (starts_word_of(d->nt->s + e + l, &kids[j], 1) &&
			    l + w > n)
				n = l + w;
		}
	}
	/* ("Isla's baby sister", "Leo's eldest brother": a sibling's) */
	if (n == 0 && (n = possessed(d, e, kids, sizeof kids /
	    sizeof kids[0])) == 0)
		return (0);
	if (e + n + 1 < d->nt->len && d->nt->s[e + n] == ' ' &&
	    starts_word_of(d->nt->s + e + n + 1, kin, sizeof kin /
	    sizeof kin[0]))
		return (0);
	return (n);
}


/* Return 1 if the text reviews a story: a word of each list. */
static int
fiction_doc(const struct doc *d)
{
	size_t	i;
	int	a = 0, b = 0;

	for (i = 0; i < d->nw && !(a && b); i++) {
		a |= strset_has(&story_set, d->w[i].key);
		b |= strset_has(&review_set, d->w[i].key);
	}
	return (a && b);
}

/* Return 1 if year group "yr" stands in apposition to the name ending
 * at folded offset "e" of "d", as a child's: "Isla, one of the Year 4
 * pupils", "Jack, who is in Year 2" (not "Kerry, one of our Year 6
 * parents"). */
static int
apposition(const struct doc *d, size_t e, const struct ref *yr)
{
	static const char *words[] = {
		", one of the ", ", one of our ", ", one of ", ", a ",
		", an ", ", who is in ", ", who's in ", ", now in ", ", in ",
		", our ",
	};
	static const char *kids[] = {
		"pupil", "pupils", "children", "child", "girl", "girls", "boy",
		"boys", "class", "squad", "team", "students", "student",
		"kids", "starters", "leavers", "",
	};
	const char	*s = d->nt->s, *w;
	size_t		 i, n, at = yr->at, k;

	if (at < e)
		return (0);
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		n = strlen(words[i]);
		if (at - e == n && memcmp(s + e, words[i], n) == 0)
			break;
	}
	if (i == sizeof words / sizeof words[0])
		return (0);
	/* the word after the year: a child's, or none ("Jack, who is in
	 * Year 2.") */
	w = s + yr->end;
	if (yr->end < d->nt->len && *w == ' ')
		w++;
	for (n = 0; w + n < s + d->nt->len && isalpha((unsigned char)w[n]);
	    n++)
		;
	for (k = 0; k < sizeof kids / sizeof kids[0]; k++) {
		if (strlen(kids[k]) == n && strncmp(w, kids[k], n) == 0)
			return (1);
	}
	return (0);
}

/* Return 1 if an adult is meant by the name at "s".."e": a title just
 * before it, an adult's role or an age of 19 or more beside it; 2 if a
 * school left long ago says so, which outweighs any child cue. */
static int
adult_near(const struct doc *d, size_t wi, size_t s, size_t e,
    const char **why)
{
	const struct ref	*f;
	static const char	*titles[] = {
		"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "rev",
		"revd", "canon", "sir", "dame", "lord", "lady", "prof",
		"professor", "mx",
		"pc", "pcso", "sgt", "sergeant", "constable", "inspector",
		"detective", "fr", "father", "pastor", "imam", "rabbi",
		"bishop", "coach", "judge",
	};
	static const char	*elders[] = {
		"dad", "father", "mum", "mother", "husband", "wife", "grandad",
		"grandpa", "grandma", "granny", "nan", "nanna", "uncle",
		"aunt", "auntie", "boss", "partner", "fiance", "fiancee",
		"stepdad", "stepmum", "father-in-law", "mother-in-law",
	};
	static const char	*callers[] = {
		"call", "ring", "contact", "phone", "text", "email", "ask",
	};
	size_t			 i, n;

	if (wi > 0) {
		for (i = 0; i < sizeof titles / sizeof titles[0]; i++) {
			if (strcmp(d->w[wi - 1].key, titles[i]) == 0) {
				*why = "a title before the name";
				return (2);	/* a child is never "PC" or "Mr" */
			}
		}
	}
	/* "Call Lily Pemberton on 01632 960418 to book a viewing": the
	 * one to ring is a grown-up */
	if (wi > 0 && in_words(d->w[wi - 1].key, callers, sizeof callers /
	    sizeof callers[0]) && number_after(d, e)) {
		*why = "the name to call, with a number";
		return (2);
	}
	/* "my dad, Noah Fairweather": an adult by relation */
	if (wi >= 2 && d->w[wi].ns - d->w[wi - 1].ne <= 2 &&
	    (strcmp(d->w[wi - 2].key, "my") == 0 || strcmp(d->w[wi - 2].key,
	    "our") == 0) && in_words(d->w[wi - 1].key, elders,
	    sizeof elders / sizeof elders[0])) {
		*why = "an adult relation before the name";
		return (2);
	}
	/* "Jess Brennan's boy had wandered off": the child's parent */
	if ((n = child_of(d, e)) > 0) {
		*why = "a parent: a child of the name follows";
		return (2);
	}
	f = ref_near(d, RE_AGE, s, e, 0, 24);
	if (f != NULL && word_age(f->val) >= 19) {
		*why = "an adult's age";
		return (1);
	}
	/* "Harvey Quinlan has helped ... the 72-year-old": an adult's age
	 * said again of the person named */
	f = ref_near(d, RE_AGE, s, e, 0, 240);
	if (f != NULL && word_age(f->val) >= 19) {
		size_t	q = f->at;

		while (q < f->end && !isdigit((unsigned char)d->nt->s[q]))
			q++;
		if (q >= 4 && strncmp(d->nt->s + q - 4, "the ", 4) == 0) {
			*why = "an adult's age";
			return (1);
		}
	}
	/* "our youngest candidate, Chloe Abernathy (15)": a child's age
	 * given with the name outweighs an adult's word near it */
	f = ref_near(d, RE_AGE, s, e, 0, 6);
	if (f != NULL && word_age(f->val) >= 0 && word_age(f->val) < 18 &&
	    !d->fiction)
		return (0);
	if (d->fiction && ref_near(d, RE_REL, s, e, 30, 30) == NULL &&
	    ref_near(d, RE_YEAR, s, e, 40, 40) == NULL &&
	    ref_near(d, RE_CLASS, s, e, 40, 40) == NULL) {
		*why = "a character in a story reviewed";
		return (1);
	}
	/* "Isla, one of the Year 4 pupils": a child by the name's own
	 * apposition, whatever adult stands near */
	f = ref_near(d, RE_YEAR, s, e, 0, 24);
	if (f != NULL && apposition(d, e, f))
		return (0);
	f = ref_near(d, RE_ADULT, s, e, 40, 40);
	if (f != NULL && f->val[0] != '\0') {
		/* a school left that year: an adult eight years on */
		time_t		 now = time(NULL);
		struct tm	 tm;

		if (gmtime_r(&now, &tm) != NULL &&
		    atoi(f->val) <= tm.tm_year + 1900 - 8) {
			*why = "a school left long ago";
			return (2);
		}
		return (0);
	}
	if (f != NULL) {
		if (role_of_other(d, f, s, e))
			return (0);
		*why = "an adult's role";
		return (1);
	}
	return (0);
}

/* Return 1 if a telephone number or an email address follows folded
 * offset "e" ("on 01632 960418", "at lily@example.com"). */
static int
number_after(const struct doc *d, size_t e)
{
	const char	*t = d->nt->s + e, *end = d->nt->s + d->nt->len;

	while (t < end && (*t == ' ' || *t == ':' || *t == ','))
		t++;
	if (end - t > 3 && (strncmp(t, "on ", 3) == 0 ||
	    strncmp(t, "at ", 3) == 0))
		t += 3;
	if (t < end && (*t == '+' || (*t == '0' && t + 1 < end &&
	    isdigit((unsigned char)t[1]))))
		return (1);
	return (ref_near(d, RE_EMAIL, e, e, 0, 6) != NULL);
}

/* Return 1 if age "age" is a birthday wished to the writer's own child
 * named at folded offset "at": "6th birthday to our ... Freddie". */
static int
ours_birthday(const struct doc *d, const struct ref *age, size_t at)
{
	const char	*s = d->nt->s, *o;

	if (age->end >= at || at - age->end > 40 ||
	    memmem(s + age->at, age->end - age->at, "birthday", 8) == NULL)
		return (0);
	/* the name soon after "our" or "my", in the same clause ("to our
	 * twosome Freddie", not "to our pub quiz, hosted by Dave") */
	if ((o = memmem(s + age->end, at - age->end, " our ", 5)) == NULL &&
	    (o = memmem(s + age->end, at - age->end, " my ", 4)) == NULL)
		return (0);
	return (s + at - o <= 45 && memchr(o, ',', (size_t)(s + at - o)) ==
	    NULL);
}

/*
 * Return 1 if age "age", before the name at folded offset "at", is a
 * news story's child whom the name then tells ("Milbury boy, 12, saves
 * cygnet. ... Leo O'Donnell was walking ..."): a child's word beside the
 * age, within the few sentences before.
 */
static int
story_child(const struct doc *d, const struct ref *age, size_t at)
{
	static const char *kids[] = {
		"boy", "girl", "schoolboy", "schoolgirl", "youngster", "pupil",
		"child", "lad", "teenager",
	};
	const char	*s = d->nt->s;
	size_t		 a, b, k, n;

	if (age->end >= at || at - age->end > 300)
		return (0);
	a = age->at > 12 ? age->at - 12 : 0;
	b = age->end + 12 < at ? age->end + 12 : at;
	for (k = 0; k < sizeof kids / sizeof kids[0]; k++) {
		const char	*p;

		n = strlen(kids[k]);
		for (p = s + a; (p = memmem(p, (size_t)(s + b - p), kids[k],
		    n)) != NULL; p += n) {
			if ((p == s || !isalpha((unsigned char)p[-1])) &&
			    !isalpha((unsigned char)p[n]))
				return (1);
		}
	}
	return (0);
}

/* Return 1 if the "n" folded bytes at "s" are the street a school of
 * "cf" stands on ("Rose Hill"). */
static int
street_of_school(const struct config *cf, const char *s, size_t n)
{
	size_t	k, j;

	for (k = 0; k < cf->nschools; k++) {
		const struct strlist	*st = &cf->schools[k].streets;

		for (j = 0; j < st->n; j++) {
			if (strlen(st->v[j]) == n &&
			    strncasecmp(st->v[j], s, n) == 0)
				return (1);
		}
	}
	return (0);
}

/* Return 1 if year group "y" fits age "age". */
static int
age_fits(const char *y, int age)
{
	int	n = strcmp(y, "R") == 0 ? 0 : atoi(y);

	return (age >= n + 3 && age <= n + 6);
}

/* Return 1 if a namesake of school "k" is named and the school is not. */
static int
namesake_only(const struct pupils *p, const struct analysis *a, int k)
{
	size_t	i;
	char	*n;
	int	 hit = 0;

	if (k < 0)
		return (0);
	for (i = 0; i < a->match.nmentions; i++) {
		if (a->match.mentions[i].school == k)
			return (0);
	}
	for (i = 0; i < p->cf->schools[k].namesakes.n && !hit; i++) {
		n = normalize_phrase(p->cf->schools[k].namesakes.v[i]);
		hit = strstr(a->norm->s, n) != NULL;
		free(n);
	}
	return (hit);
}

/* Return 1 if the text names school "k". */
static int
school_named(const struct analysis *a, int k)
{
	size_t	i;

	for (i = 0; i < a->match.nmentions; i++) {
		if (a->match.mentions[i].school == k)
			return (1);
	}
	return (0);
}

/* Return 1 if school "k" is named, though too weakly to count as a
 * mention ("from St Aldhelm's" with nothing else beside it). */
static int
school_unsure(const struct analysis *a, int k)
{
	size_t	i;

	for (i = 0; i < a->match.nunsure; i++) {
		if (a->match.unsure[i] == k)
			return (1);
	}
	return (0);
}

/* Note word "i" as the start of a school's name not ours. */
static void
other_add(struct doc *d, size_t i)
{
	if (d->nosw > 0 && d->osw[d->nosw - 1] == i)
		return;
	d->osw = xreallocarray(d->osw, d->nosw + 1, sizeof *d->osw);
	d->osw[d->nosw++] = i;
}

/*
 * Find the words that begin the name of a school outside the trust, once
 * a text: a capitalised name before a capitalised "School", "Primary",
 * "Academy"... ("Milbury Grammar"), or a saint's name in the possessive
 * after "St" that is no church, hospital or street ("his teacher at St
 * Benedict's"), outside every span of ours.
 */
static void
doc_other_schools(struct doc *d)
{
	static const char *places[] = {
		"church", "chapel", "cathedral", "hospital", "hospice", "hall",
		"centre", "day", "green", "park", "road", "street", "close",
		"lane", "way", "square", "place", "well", "court",
	};
	/* a club's or a class's section is no school a child attends:
	 * "Harrowden Park Rangers Juniors", "Milbury Dance Academy" */
	static const char *clubs[] = {
		"rangers", "united", "rovers", "wanderers", "athletic",
		"albion", "colts", "fc", "afc", "rfc", "cc",
		"football", "rugby", "cricket", "netball", "hockey", "tennis",
		"swimming", "swim", "dance", "ballet", "gymnastics", "drama",
		"theatre", "stage", "music", "karate", "judo", "taekwondo",
		"boxing", "riding", "sailing", "chess", "coding", "driving",
		"sunday", "surf",
	};
	size_t	i;

	for (i = 1; i < d->nw; i++) {
		const struct word *w = &d->w[i], *b = &d->w[i - 1];

		if (!w->cap || w->span || b->span || !b->cap ||
		    w->ns - b->ne > 2)
			continue;
		if (in_words(w->key, analyze_school_heads,
		    analyze_nschool_heads) && !b->stop && !in_words(b->key,
		    clubs, sizeof clubs / sizeof clubs[0]))
			other_add(d, i - 1);
		if ((strcmp(b->key, "st") == 0 || strcmp(b->key,
		    "saint") == 0) && w->ne + 1 < d->nt->len &&
		    d->nt->s[w->ne] == '\'' && d->nt->s[w->ne + 1] == 's' &&
		    !(i + 1 < d->nw && in_words(d->w[i + 1].key, places,
		    sizeof places / sizeof places[0])))
			other_add(d, i - 1);
	}
}

/* Return the first word at or after word "from" that begins the name of
 * a school not ours, or -1. */
static ssize_t
other_school_word(const struct doc *d, size_t from)
{
	size_t	k;

	for (k = 0; k < d->nosw; k++) {
		if (d->osw[k] >= from)
			return ((ssize_t)d->osw[k]);
	}
	return (-1);
}

/*
 * Return 1 if the child named by words "first".."last" goes to a school
 * outside the trust: one named just after in the same sentence ("my son
 * Reuben Clarke (he's at St Benedict's)"), or the last school named
 * before, when the name's sentence says "there" ("anyone else's child at
 * St Benedict's ... my daughter Isla has been in Year 4 there").
 */
static int
at_other_school(const struct analysis *a, const struct doc *d, size_t first,
    size_t last)
{
	static const char *be[] = {
		"is", "are", "was", "were", "s", "re", "will", "would", "have",
		"has", "had", "could", "might", "must", "may", "seems",
	};
	static const char *between[] = {
		"year", "yr", "pupil", "student", "captain", "star", "striker",
		"keeper", "goalkeeper", "own", "young",
	};
	ssize_t	ow = other_school_word(d, last);
	size_t	b, k, o, j;

	/* "Grammar's Hannah Oyelaran", "Grammar's Year 9 Ellis Hartnell":
	 * a school not ours, possessive, with a year or role between */
	for (j = first; j > 0 && first - j < 3; j--) {
		const char *key = d->w[j - 1].key;

		if (!in_words(key, between, sizeof between /
		    sizeof between[0]) && strspn(key, "0123456789") !=
		    strlen(key) && !(key[0] == 'y' && isdigit((unsigned char)
		    key[1])))
			break;
	}
	/* (or with the role right after it: "St Benedict's Catholic
	 * Primary pupil Hannah Reilly") */
	if (j > 0 && !d->w[j - 1].span && d->w[j - 1].cap &&
	    in_words(d->w[j - 1].key, analyze_school_heads,
	    analyze_nschool_heads) && d->w[j - 1].ne + 1 < d->nt->len &&
	    ((d->nt->s[d->w[j - 1].ne] == '\'' && d->w[j].ns -
	    d->w[j - 1].ne <= 3) || (j < first && d->w[j].ns -
	    d->w[j - 1].ne == 1)) && one_sentence(d, d->w[j - 1].ne,
	    d->w[first].ns, 40))
		return (1);

	if (ow >= 1 && d->w[ow].ns <= d->w[last].ne + 60 &&
	    one_sentence(d, d->w[last].ne, d->w[ow].ns, 60)) {
		b = (size_t)ow - 1;
		if (strcmp(d->w[b].key, "at") == 0 || strcmp(d->w[b].key,
		    "attends") == 0 || (strcmp(d->w[b].key, "to") == 0 &&
		    b > 0 && (strcmp(d->w[b - 1].key, "goes") == 0 ||
		    strcmp(d->w[b - 1].key, "go") == 0)))
			return (1);
	}
	for (k = last + 1; k < d->nw && one_sentence(d, d->w[last].ne,
	    d->w[k].ns, 80); k++) {
		/* ("there were loads": no place) */
		if (strcmp(d->w[k].key, "there") == 0 && !(k + 1 < d->nw &&
		    in_words(d->w[k + 1].key, be, sizeof be / sizeof be[0])))
			break;
	}
	if (k == d->nw || !one_sentence(d, d->w[last].ne, d->w[k].ns, 80))
		return (0);
	/* the last school named before the child is not ours */
	for (k = d->nosw; k > 0 && d->osw[k - 1] >= first; k--)
		;
	if (k == 0)
		return (0);
	/* (any naming of ours since counts, not only the first: "...
	 * St Aldhelm's, Wexcombe Primary and St Benedict's? ... St
	 * Aldhelm's is great too. Our Poppy ... started Year 1 there") */
	o = d->w[d->osw[k - 1]].ns;
	for (k = 0; k < a->match.nspans; k++) {
		const struct match_span *sp = &a->match.spans[k];

		if (sp->school >= 0 && (sp->kind == MATCH_NAME ||
		    sp->kind == MATCH_WEAK) && sp->nstart > o &&
		    sp->nstart < d->w[first].ns)
			return (0);
	}
	return (1);
}

/* Add a pupil finding. */
static void
add_pupil(struct pupils *p, const char *text, struct analysis *a,
    const char *category, const char *recogniser, double score,
    size_t ns, size_t ne, int school, int objection, json_t *raised,
    json_t *lowered, const char *detail)
{
	struct finding	*f;
	size_t		 s, e, i;
	char		*name;
	json_t		*tr;

	name = analyze_quote(text, a->norm, ns, ne, &s, &e);
	for (i = 0; i < a->nfindings; i++) {
		/* one finding for a name: "Lindqvist, Freya" is found
		 * whole, then "Freya" with her year group */
		if (strcmp(a->findings[i].analyzer, "pupils") == 0 &&
		    a->findings[i].start < e && s < a->findings[i].end) {
			free(name);
			json_decref(raised);
			json_decref(lowered);
			return;
		}
	}
	f = analysis_add(a, "pupils", category);
	f->score = score > 1 ? 1 : score;
	f->quote = name;
	f->start = s;
	f->end = e;
	f->redact = 1;
	f->target = xstrdup("pupil");
	if (school >= 0)
		f->school = xstrdup(p->cf->schools[school].id);
	f->severity = objection ? SEV_HIGH : SEV_MEDIUM;
	xasprintf(&f->reason, "A pupil is identified: a %s%s.", detail,
	    objection ? ", and the pupil is on the photo-consent objection "
	    "list" : "");
	tr = json_pack("{s:s, s:[I, I], s:f, s:f, s:o, s:o, s:b}",
	    "recogniser", recogniser, "span", (json_int_t)s, (json_int_t)e,
	    "score", f->score, "threshold", p->th.pupil, "raised", raised,
	    "lowered", lowered, "photo_objection", objection);
	f->trace = json_dumps(tr, JSON_COMPACT);
	json_decref(tr);
	/* the list is of the pupils' names: a phone number, an email or an
	 * address identifies a child but is not its name */
	if (strcmp(category, "pupil-contact") == 0)
		return;
	for (i = 0; i < a->pupils.n; i++) {
		if (strcasecmp(a->pupils.v[i], name) == 0)
			return;
	}
	strlist_add(&a->pupils, name);
}

/* Return a trace entry for the cue "what" at folded "s".."e". */
static json_t *
cue(const char *what, const struct doc *d, size_t s, size_t e)
{
	if (e > d->nt->len)
		e = d->nt->len;
	return (json_pack("{s:s, s:s#}", "cue", what, "words", d->nt->s + s,
	    (int)(e > s ? e - s : 0)));
}

/* Compare a short form with a table row, for bsearch. */
static int
nick_cmp(const void *k, const void *e)
{
	return (strcmp(k, ((const struct nick *)e)->nick));
}

/* Return the roster pupil that "first" "surname" name, or -1. */
static int
roster_name(struct pupils *p, const char *first, const char *surname)
{
	char	tok[PUPILS_TOKEN_LEN];

	if (fast_token(p, first, surname, tok) != 0)
		return (-1);
	return (roster_at(p, 0, tok, roster_find(p, 0, tok)));
}

/* Return 1 if word "i" is a given name ("which" 1) or a surname (2) on
 * the roster. Each word is hashed at most once a text: most pairs of
 * words are no one's name, and that is known from one of the two. */
static int
word_on_roster(struct pupils *p, const struct doc *d, size_t i, int which)
{
	struct word	*w = &d->w[i];
	char		 tok[PUPILS_TOKEN_LEN];

	if (w->on[which] == 0)
		w->on[which] = fast_token(p, which == 1 ? w->key : NULL,
		    which == 2 ? w->key : NULL, tok) == 0 &&
		    roster_find(p, which, tok) >= 0 ? 1 : 2;
	return (w->on[which] == 1);
}

/*
 * Return the roster pupil whose given name "short" cuts short ("chlo",
 * "soph", "izz") and whose surname is "surname", or -1. Only a surname
 * on the roster is tried, so most words cost one keyed hash.
 */
static int
roster_prefix(struct pupils *p, const char *short_, const char *surname)
{
	char		 tok[PUPILS_TOKEN_LEN];
	size_t		 n = strlen(short_), lo, hi, mid, i, j;
	const size_t	 ng = sizeof given_names / sizeof given_names[0];
	int		 k;

	if (n < 3 || n > 5 || strpbrk(short_, "0123456789") != NULL ||
	    is_not_name(short_))
		return (-1);
	if (fast_token(p, NULL, surname, tok) != 0 ||
	    roster_find(p, 2, tok) < 0)
		return (-1);
	lo = 0;
	hi = ng;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (strcmp(given_names[mid], short_) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < ng && strncmp(given_names[i], short_, n) == 0;
	    i++) {
		if (given_names[i][n] != '\0' &&
		    (k = roster_name(p, given_names[i], surname)) >= 0)
			return (k);
	}
	/* "izz" cuts "izzy", which stands for "isabella" */
	for (i = 0; i < sizeof nicks / sizeof nicks[0]; i++) {
		if (strncmp(nicks[i].nick, short_, n) != 0 ||
		    nicks[i].nick[n] == '\0')
			continue;
		for (j = 0; j < 3 && nicks[i].full[j] != NULL; j++) {
			if ((k = roster_name(p, nicks[i].full[j],
			    surname)) >= 0)
				return (k);
		}
	}
	return (-1);
}

/*
 * Write to "out" the other spelling a person may give surname "s"
 * ("MacAllister" for "McAllister", "Lindquist" for "Lindqvist"); return
 * 0, or -1 if it has none. The text's spelling is changed, never the
 * roster's keyed hashes, so a roster imported earlier still matches.
 */
static int
surname_variant(const char *s, char *out, size_t outsz)
{
	size_t	n = strlen(s);
	int	r = -1;

	if (strncmp(s, "mac", 3) == 0 && n > 5)
		r = snprintf(out, outsz, "mc%s", s + 3);
	else if (strncmp(s, "mc", 2) == 0 && n > 4)
		r = snprintf(out, outsz, "mac%s", s + 2);
	else if (n > 6 && (strcmp(s + n - 5, "quist") == 0 ||
	    strcmp(s + n - 5, "kvist") == 0))
		r = snprintf(out, outsz, "%.*sqvist", (int)(n - 5), s);
	else if (n > 6 && strcmp(s + n - 5, "qvist") == 0)
		r = snprintf(out, outsz, "%.*squist", (int)(n - 5), s);
	return (r > 0 && (size_t)r < outsz ? 0 : -1);
}

/* Set "*h" to the 64 bits of the keyed hash of "a" "b" that near forms
 * keep; return 0, or -1 if there is nothing to hash. */
static int
near_hash(struct pupils *p, const char *a, const char *b, uint64_t *h)
{
	char	tok[PUPILS_TOKEN_LEN];

	if (fast_token(p, a, b, tok) != 0)
		return (-1);
	*h = hex64(tok);
	return (0);
}

/* Return the roster pupil with near form "kind" "h" (the first in year
 * "year" if that is not NULL), or -1. */
static int
near_find(const struct pupils *p, int kind, uint64_t h, const char *year)
{
	size_t	lo = 0, hi = p->nnear, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (p->near[mid].h < h || (p->near[mid].h == h &&
		    p->near[mid].kind < kind))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < p->nnear && p->near[lo].h == h &&
	    p->near[lo].kind == kind; lo++) {
		if (year == NULL || strcmp(p->r[p->near[lo].pupil].year,
		    year) == 0)
			return ((int)p->near[lo].pupil);
	}
	return (-1);
}

/*
 * Return the roster pupil whose name is "keep" and "word" with one
 * letter missed, added, changed or swapped in "word" ("first": "word" is
 * the given name), or -1.
 */
static int
near_one(struct pupils *p, int kind, const char *keep, const char *word,
    int first)
{
	char		 less[WORD_KEY_MAX];
	size_t		 n = strlen(word), i, l;
	uint64_t	 h;
	int		 k, again;

	/* a letter missed: the text is a roster name's near form */
	if (n + 1 >= NEAR_MIN && near_hash(p, first ? word : keep,
	    first ? keep : word, &h) == 0 && (k = near_find(p, kind, h,
	    NULL)) >= 0)
		return (k);
	if (n < NEAR_MIN || n >= sizeof less)
		return (-1);
	for (i = 0; i < n; i += l) {
		l = cut_letter(word, n, i, less, &again);
		if (again)
			continue;
		/* a letter added: without it, the roster's name */
		if ((k = first ? roster_name(p, less, keep) :
		    roster_name(p, keep, less)) >= 0)
			return (k);
		/* a letter changed or swapped: both lose one to meet */
		if (near_hash(p, first ? less : keep, first ? keep : less,
		    &h) == 0 && (k = near_find(p, kind, h, NULL)) >= 0)
			return (k);
	}
	return (-1);
}

static const struct ref	*year_of_word(const struct doc *, size_t,
			    struct ref *);

/*
 * Return 1 if the initials ending at word "last" stand for a thing, not
 * a pupil: a longer dotted run ("A.K.A."), or a gloss after them ("C.A.
 * = computer applications", "O.B. (outdoor beds)", "A.S. level").
 */
static int
initials_of_thing(const struct doc *d, size_t last)
{
	const char	*s = d->nt->s, *e = s + d->nt->len;
	const char	*t = s + d->w[last].ne;

	if (t + 1 < e && *t == '.' && isalpha((unsigned char)t[1]))
		return (1);
	if (t < e && *t == '.')
		t++;
	while (t < e && *t == ' ')
		t++;
	if (t < e && (*t == '=' || *t == ':' || (*t == '(' && t + 1 < e &&
	    isalpha((unsigned char)t[1]))))
		return (1);
	return (last + 1 < d->nw && (strcmp(d->w[last + 1].key, "level") ==
	    0 || strcmp(d->w[last + 1].key, "levels") == 0));
}

/*
 * Return the roster pupil that words "i" and "i + 1" name near enough,
 * or -1; set "*kind" to how (NEAR_*). Initials ("A. Nakamura", "Freya
 * L", "ethan m-c", "A.K.") count only with the pupil's year group beside
 * them; a misspelt name needs the other half of it right.
 */
static int
roster_near(struct pupils *p, const struct doc *d, size_t i, int *kind)
{
	const char	*a = d->w[i].key, *b = d->w[i + 1].key;
	size_t		 la = strlen(a), lb = strlen(b);
	const struct ref *yr;
	struct ref	 form;
	uint64_t	 h;
	int		 k;

	/* near names count only beside a child: no hashing in a text
	 * that speaks of none */
	if (p->nnear == 0 || !d->kids)
		return (-1);
	if (la == 1 || lb <= 2) {
		if ((yr = year_of_word(d, i + 1, &form)) == NULL ||
		    near_hash(p, a, b, &h) != 0)
			return (-1);
		/* "A.K.", "R-M.W": both initials; "Jo T" may be a
		 * short given name */
		if (la <= 2 && lb <= 2 && (k = near_find(p, *kind =
		    NEAR_INITIALS, h, yr->val)) >= 0)
			return (k);
		*kind = la == 1 ? NEAR_INITIAL : NEAR_SURINIT;
		if (la == 1 && lb <= 2)
			return (-1);
		return (near_find(p, *kind, h, yr->val));
	}
	if (lb >= NEAR_MIN - 1 && word_on_roster(p, d, i, 1)) {
		*kind = NEAR_SURNAME;
		if ((k = near_one(p, NEAR_SURNAME, a, b, 0)) >= 0)
			return (k);
	}
	if (la >= NEAR_MIN - 1 && word_on_roster(p, d, i + 1, 2)) {
		*kind = NEAR_FIRST;
		if ((k = near_one(p, NEAR_FIRST, b, a, 1)) >= 0)
			return (k);
	}
	*kind = 0;
	return (-1);
}

/*
 * Return the roster pupil named by the words from "i" on, or -1; set
 * "*last" to the name's last word. The two words as written, a short
 * form of the given name ("Olly"), a given name cut short ("chlo"; then
 * "*cut" is set), or a double name written without its hyphen ("Ruby Mae
 * Whitlock", "Ethan Mbeki Carter").
 */
static int
roster_words(struct pupils *p, const struct doc *d, size_t i, size_t *last,
    int *cut, int *near)
{
	const struct word	*w1 = &d->w[i], *w2 = &d->w[i + 1], *w3;
	const struct nick	*n;
	char			 two[2 * WORD_KEY_MAX];
	int			 k, sur;
	size_t			 j;

	*last = i + 1;
	*near = 0;
	/* (a full name's surname is on the roster too: one hash of the
	 * surname, kept for the text, rules most pairs out) */
	sur = word_on_roster(p, d, i + 1, 2);
	if (sur && (k = roster_name(p, w1->key, w2->key)) >= 0)
		return (k);
	/* a list's "Lindqvist, Freya": the surname first, then a comma */
	if (d->nt->s[w1->ne] == ',' && word_on_roster(p, d, i, 2) &&
	    (k = roster_name(p, w2->key, w1->key)) >= 0)
		return (k);
	if (surname_variant(w2->key, two, sizeof two) == 0 &&
	    (k = roster_name(p, w1->key, two)) >= 0)
		return (k);
	n = sur ? bsearch(w1->key, nicks, sizeof nicks / sizeof nicks[0],
	    sizeof nicks[0], nick_cmp) : NULL;
	for (j = 0; n != NULL && j < 3 && n->full[j] != NULL; j++) {
		if ((k = roster_name(p, n->full[j], w2->key)) >= 0)
			return (k);
	}
	*cut = 1;
	if (sur && (k = roster_prefix(p, w1->key, w2->key)) >= 0)
		return (k);
	*cut = 0;
	if (i + 2 >= d->nw)
		return (roster_near(p, d, i, near));
	w3 = &d->w[i + 2];
	/* (a nickname in quotes: "Kacper 'Kaz' Zielinski") */
	if (w3->span || w2->stop || w3->stop || (!w3->cap && !d->lower) ||
	    w3->ns - w2->ne > (d->nt->s[w2->ne] == '\'' ||
	    d->nt->s[w2->ne] == '"' ? 2 : 1) || !joined(d, w2->ne, w3->ns))
		return (roster_near(p, d, i, near));
	*last = i + 2;
	sur = word_on_roster(p, d, i + 2, 2);
	snprintf(two, sizeof two, "%s%s", w1->key, w2->key);
	if (sur && (k = roster_name(p, two, w3->key)) >= 0)
		return (k);
	snprintf(two, sizeof two, "%s%s", w2->key, w3->key);
	if ((k = roster_name(p, w1->key, two)) >= 0)
		return (k);
	/* a middle name or a nickname between: "Chloe Elizabeth
	 * Abernathy", "Kacper 'Kaz' Zielinski" */
	if (sur && (k = roster_name(p, w1->key, w3->key)) >= 0)
		return (k);
	*last = i + 1;
	return (roster_near(p, d, i, near));
}

static const struct ref	*form_after(const struct doc *, size_t, struct ref *);

/*
 * Return 1 if the surname of the name at words "i".."last" stands alone
 * again later, said of an adult ("Chloe Abernathy ... Abernathy, 31, who
 * left the school in 2011"); set "why".
 */
static int
adult_later(const struct doc *d, size_t i, size_t last, const char **why)
{
	const struct ref	*f;
	size_t			 j;
	int			 sur, given;

	for (j = last + 1; j < d->nw; j++) {
		if (!d->w[j].cap)
			continue;
		sur = strcmp(d->w[j].key, d->w[last].key) == 0 &&
		    strcmp(d->w[j - 1].key, d->w[i].key) != 0;
		if (sur && adult_near(d, j, d->w[j].ns, d->w[j].ne, why) != 0)
			return (1);
		/* the given name alone with a working life after it
		 * ("Gentle Yoga with Chloe Abernathy ... Chloe has been
		 * teaching for 12 years") */
		given = strcmp(d->w[j].key, d->w[i].key) == 0 &&
		    !(j + 1 < d->nw && strcmp(d->w[j + 1].key,
		    d->w[last].key) == 0);
		if (given && (f = ref_near(d, RE_ADULT, d->w[j].ns, d->w[j].ne,
		    0, 40)) != NULL && f->at > d->w[j].ne && memmem(d->nt->s +
		    f->at, f->end - f->at, "years", 5) != NULL &&
		    one_sentence(d, d->w[j].ns, f->at, 60)) {
			*why = "a working life";
			return (1);
		}
	}
	return (0);
}
static int		 thing_after(const struct doc *, size_t);
static int		 named_thing(const struct doc *, size_t);
static int		 named_in_full(const struct doc *, size_t);
static int		 role_after(const struct doc *, size_t);
static int		 postcode_after(const struct doc *, size_t);
static int		 place_after(const struct doc *, size_t);

/* Return the word from "from" on that begins a name right at folded
 * offset "e" (a space or two after), or d->nw: the child's given name
 * after "Kerry Pemberton's little girl". */
static size_t
name_at(const struct doc *d, size_t from, size_t e)
{
	size_t	c;

	for (c = from; c < d->nw && d->w[c].ns < e; c++)
		;
	if (c < d->nw && d->w[c].ns - e <= 2 && nameish(d, c))
		return (c);
	return (d->nw);
}

/* Return 1 if word "i" (with an initial after it) labels who wrote a
 * reply in a thread: "Sarah L: My Y10 said the same". */
static int
author_label(const struct doc *d, size_t i)
{
	const char	*t = d->text;
	size_t		 e = d->w[i].ne, b;

	if (i + 1 < d->nw && d->w[i + 1].key[1] == '\0' &&
	    d->w[i + 1].ns == e + 1)
		e = d->w[i + 1].ne;
	if (e >= d->nt->len || d->nt->s[e] != ':')
		return (0);
	/* at a line's start (in the original text, whose lines the folded
	 * one joins), after a reply's arrow or bullet at most */
	b = d->nt->map[d->w[i].ns];
	while (b > 0 && t[b - 1] != '\n' && !isalnum((unsigned char)t[b - 1]))
		b--;
	return (b == 0 || t[b - 1] == '\n');
}

/* Return 1 if word "i" opens a byline: "By Hannah Cole · 23 January",
 * "Words and photos by Dan Pryor", a writer named at a line's start. */
static int
byline(const struct doc *d, size_t i)
{
	static const char *credits[] = {
		"written", "words", "photos", "photo", "pictures", "posted",
		"reported", "report", "story",
	};
	const char	*t = d->text;
	size_t		 b, j;

	if (i == 0 || strcmp(d->w[i - 1].key, "by") != 0 ||
	    d->w[i].ns - d->w[i - 1].ne > 1)
		return (0);
	/* "by" at a line's start, or after words of credit that are
	 * ("Words and photos by") */
	for (j = i - 1; j > 0 && i - j < 5 && (in_words(d->w[j - 1].key,
	    credits, sizeof credits / sizeof credits[0]) ||
	    strcmp(d->w[j - 1].key, "and") == 0); j--)
		;
	b = d->nt->map[d->w[j].ns];
	while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
		b--;
	return (b == 0 || t[b - 1] == '\n');
}

/*
 * Return 1 if the text is another school's own page: a school not ours
 * heads it, alone on one of its first three lines, before any name of
 * ours ("MILBURY GRAMMAR SCHOOL" over its newsletter, which names its
 * own children beside a match "away at Harrowden Park Academy").
 */
static int
other_school_page(const struct analysis *a, const struct doc *d)
{
	const char	*t = d->text;
	size_t		 o, b, e, k, lines = 0, words = 0;

	if (d->nosw == 0)
		return (0);
	o = d->nt->map[d->w[d->osw[0]].ns];
	for (b = o; b > 0 && t[b - 1] != '\n'; b--)
		;
	for (e = o; t[e] != '\0' && t[e] != '\n'; e++)
		;
	/* (ours named before it or beside it: "Wexcombe Primary Vs
	 * Harrowden Park Academy") */
	for (k = 0; k < a->match.nspans; k++) {
		if (d->nt->map[a->match.spans[k].nstart] < e)
			return (0);
	}
	for (k = 0; k < b; k++) {
		if (t[k] == '\n' && k > 0 && t[k - 1] != '\n')
			lines++;
	}
	if (lines >= 3)
		return (0);
	/* (a header: the school's name alone, "Milbury Grammar School",
	 * not a thread's title "Wexcombe Primary - anyone else had
	 * enough?") */
	for (e = b; t[e] != '\0' && t[e] != '\n'; e++) {
		/* (an "s" after an apostrophe, "Benedict's", is no word) */
		if (isalpha((unsigned char)t[e]) && (e == b ||
		    (!isalpha((unsigned char)t[e - 1]) && t[e - 1] != '\'' &&
		    (unsigned char)t[e - 1] != 0x99))) {
			if (!isupper((unsigned char)t[e]))
				return (0);
			words++;
		}
	}
	return (words <= 6);
}

/* Roster full names: every pair of words, hashed. */
static void
rec_roster(struct pupils *p, const char *text, struct analysis *a,
    struct doc *d, int mentions)
{
	size_t	i, last;

	if (p->nr == 0)
		return;
	for (i = 0; i + 1 < d->nw; i++) {
		struct word	*w1 = &d->w[i], *w2 = &d->w[i + 1];
		const struct ref *yr, *age, *rel;
		struct ref	 form;
		const char	*why = NULL;
		int		 k, child = 0, tight = 0, cut = 0, ad, near;
		int		 one, lowcase;
		ssize_t		 ow;
		json_t		*up, *down;
		double		 score;

		/* an initial and its stop: "A. Nakamura", "A.K." */
		one = p->nnear > 0 && w1->key[0] != '\0' &&
		    (w1->key[1] == '\0' || (w1->key[2] == '\0' &&
		    w1->cap)) && d->nt->s[w1->ne] == '.';
		if (w1->span || w2->span || w1->key[0] == '\0' ||
		    w2->key[0] == '\0' || (!joined(d, w1->ne, w2->ns) &&
		    !one) || w2->ns - w1->ne > 2)
			continue;
		/* names are capitalised, unless nothing in the text is; a
		 * post may still type a child's name in lower case beside
		 * a year group at a school it names ("chlo abernathy in
		 * the yr10 show at HPA") */
		lowcase = 0;
		if (!(w1->cap && w2->cap) && !d->lower && (w1->cap ||
		    w2->cap || !mentions || ref_near(d, RE_YEAR, w1->ns,
		    w2->ne, 60, 60) == NULL)) {
			/* or a message quoted as typed ("\"ruby-mae
			 * whitlock ur getting stabbed\""): both words, the
			 * roster's own full name, at its school (below) */
			if (w1->cap || w2->cap || !mentions || w1->stop ||
			    w2->stop)
				continue;
			lowcase = 1;
		}
		if (w1->key[1] == '\0' && (p->nnear == 0 || !d->kids ||
		    !isalpha((unsigned char)w1->key[0])))
			continue;
		/* an initial ("A. Nakamura") is read only as initials */
		if (w1->key[1] == '\0') {
			last = i + 1;
			if ((k = roster_near(p, d, i, &near)) < 0)
				continue;
		} else if ((k = roster_words(p, d, i, &last, &cut,
		    &near)) < 0)
			continue;
		if (lowcase && (near || cut || p->r[k].ordinary ||
		    !school_named(a, p->r[k].school)))
			continue;
		/* by initials, written as initials ("A. Bright", "Freya
		 * L", not "a bright morning"), at a school the text names */
		if ((near == NEAR_INITIAL || near == NEAR_INITIALS ||
		    near == NEAR_SURINIT) && ((!w1->cap && !d->lower) ||
		    (!w2->cap && !d->lower) || (w1->key[1] == '\0' && !one &&
		    w2->key[1] != '\0' && w2->key[2] != '\0') ||
		    p->r[k].ordinary || (!school_named(a, p->r[k].school) &&
		    !school_unsure(a, p->r[k].school)) ||
		    initials_of_thing(d, last)))
			continue;
		/* a name that is an ordinary word too ("Summer Day") is
		 * read below only with a child beside it */
		if (!near && w1->stop && (!p->r[k].ordinary || (!d->lower &&
		    !(w1->cap && d->w[last].cap)) || (d->lower &&
		    form_after(d, last, &form) == NULL)))
			continue;	/* "the Year 9 summer day trip" */
		/* "Rose Hill Trip", "Summer Day Out": words of a thing;
		 * "Rose Hill, Upper Wexcombe WX4 2LP": an address */
		if (p->r[k].ordinary && (thing_after(d, last) ||
		    postcode_after(d, d->w[last].ne) ||
		    place_after(d, last) ||
		    (last + 1 < d->nw && d->w[last + 1].cap &&
		    !d->w[last + 1].stop && d->w[last + 1].ns -
		    d->w[last].ne <= 1) || (last + 1 < d->nw &&
		    d->w[last + 1].cap && thing_word(d->w[last + 1].key))))
			continue;
		w2 = &d->w[last];
		if (animal_named(d, i, last))
			continue;	/* "Biscuit Grant, the class hamster" */
		if (p->r[k].ordinary && named_thing(d, i))
			continue;	/* "the Tyler Grant, a fund" */
		/* "Rose Hill ... my son": words before a name, with no
		 * school to say it is a pupil's */
		if (p->r[k].ordinary && !mentions && !a->match.context)
			continue;
		up = json_array();
		down = json_array();
		score = 0.5;
		person_refs(p, d);
		if ((ad = adult_near(d, i, w1->ns, w2->ne, &why)) != 0) {
			json_array_append_new(down, json_pack("{s:s}", "cue",
			    why));
			score -= ad == 2 ? 1.2 : 0.6;
		}
		if (!ad && (ad = adult_later(d, i, last, &why)) != 0) {
			json_array_append_new(down, json_pack("{s:s}", "cue",
			    why));
			score -= 1.0;
		}
		if (i > 0 && locative(d->w[i - 1].key) &&
		    w1->ns - d->w[i - 1].ne <= 1 && !(w2->ne < d->nt->len &&
		    d->nt->s[w2->ne] == '\'')) {
			/* "hit by a car on Rose Hill": a street */
			json_array_append_new(down, cue("a place after a "
			    "preposition of place", d, d->w[i - 1].ns,
			    w2->ne));
			score -= 1.0;
		}
		if ((yr = form_after(d, last, &form)) == NULL)
			yr = ref_near(d, RE_YEAR, w1->ns, w2->ne, 30, 30);
		if (yr != NULL && strcmp(yr->val, p->r[k].year) != 0) {
			json_array_append_new(down, cue("another year group",
			    d, yr->at, yr->end));
			score -= 0.6;
		} else if (yr != NULL) {
			json_array_append_new(up, cue("the pupil's year group",
			    d, yr->at, yr->end));
			child = tight = 1;
		}
		age = ref_near(d, RE_AGE, w1->ns, w2->ne, 0, 24);
		if (age == NULL && (age = ref_near(d, RE_AGE, w1->ns, w2->ne,
		    40, 0)) != NULL && !ours_birthday(d, age, w1->ns))
			age = NULL;	/* "8th birthday to our Jayden Osei" */
		if (age == NULL && (age = ref_near(d, RE_AGE, w1->ns, w2->ne,
		    300, 0)) != NULL && !story_child(d, age, w1->ns))
			age = NULL;	/* "A 12-year-old boy ... Leo O'Donnell" */
		if (age != NULL && word_age(age->val) >= 0) {
			if (age_fits(p->r[k].year, word_age(age->val))) {
				json_array_append_new(up, cue("a child's age",
				    d, age->at, age->end));
				child = tight = 1;
			} else {
				json_array_append_new(down, cue("an age that "
				    "does not fit", d, age->at, age->end));
				score -= 0.6;
			}
		}
		rel = ref_near(d, RE_REL, w1->ns, w2->ne, 30, 30);
		if (rel != NULL) {
			json_array_append_new(up, cue("a child in context", d,
			    rel->at, rel->end));
			child = tight = 1;
		}
		if (!child && (rel = ref_near(d, RE_REL, w1->ns, w2->ne, 200,
		    200)) != NULL) {
			json_array_append_new(up, cue("a child in context", d,
			    rel->at, rel->end));
			child = 1;
		}
		if (!child && (rel = ref_near(d, RE_YEAR, w1->ns, w2->ne, 200,
		    200)) != NULL && strcmp(rel->val, p->r[k].year) == 0) {
			json_array_append_new(up, cue("the pupil's year group",
			    d, rel->at, rel->end));
			child = 1;
		}
		/* "Isla McAllister's mum": a child, by a parent's name */
		if (!child && parent_of(d, w2->ne)) {
			json_array_append_new(up, cue("a parent of the name",
			    d, w2->ne, w2->ne + 6));
			child = 1;
		}
		if (school_named(a, p->r[k].school)) {
			json_array_append_new(up, json_pack("{s:s, s:s}",
			    "cue", "the pupil's school is named", "school",
			    p->cf->schools[p->r[k].school].id));
			score += 0.3;
		} else if (school_unsure(a, p->r[k].school)) {
			json_array_append_new(up, json_pack("{s:s, s:s}",
			    "cue", "the pupil's school is named by a short "
			    "name", "school",
			    p->cf->schools[p->r[k].school].id));
			score += 0.2;
		} else if ((ow = other_school_word(d, 0)) >= 0) {
			/* "Jayden Osei, 8 ... his teacher at St Benedict's":
			 * a child of another school who shares the name */
			json_array_append_new(down, cue("another school is "
			    "named", d, d->w[ow].ns, d->w[ow + 1].ne));
			score -= 0.6;
		}
		if (school_named(a, p->r[k].school) && at_other_school(a, d,
		    i, last)) {
			json_array_append_new(down, json_pack("{s:s}", "cue",
			    "the child goes to another school"));
			score -= 1.0;
		}
		if (child)
			score += 0.3;
		if ((near == NEAR_SURNAME || near == NEAR_FIRST) && (!child ||
		    (yr != NULL && year_of_thing(d, yr)))) {
			json_decref(up);
			json_decref(down);
			continue;	/* a name one letter off, alone */
		}
		if (near == NEAR_SURNAME || near == NEAR_FIRST) {
			/* one letter off: another person's name, as often
			 * as a slip of the pen */
			json_array_append_new(down, json_pack("{s:s}", "cue",
			    "the name as written is one letter off the "
			    "pupil's"));
			score -= 0.3;
		} else if (near) {
			json_array_append_new(up, json_pack("{s:s}", "cue",
			    "the pupil's initials, with the year group"));
		}
		if (cut && !child) {
			/* a cut name is a guess: it needs a child beside it */
			json_array_append_new(down, json_pack("{s:s}", "cue",
			    "a given name cut short, with no child beside "
			    "it"));
			score -= 0.3;
		}
		/* a namesake of the school ("Harrowden Park Rangers") says
		 * the text is not about the school; a child named in full
		 * in a child's context ("U12 Lions") is still that child */
		if (namesake_only(p, a, p->r[k].school)) {
			json_array_append_new(down, json_pack("{s:s}", "cue",
			    "a namesake of the pupil's school is meant"));
			score -= child ? 0.2 : 0.6;
		}
		if (p->r[k].ordinary) {
			size_t	nx = last + 1;

			if (!tight) {
				json_array_append_new(down, json_pack("{s:s}",
				    "cue", "the name is also ordinary words, "
				    "with no child beside it"));
				score -= 0.6;
			}
			if (!tight && street_of_school(p->cf, d->nt->s +
			    w1->ns, w2->ne - w1->ns)) {
				json_array_append_new(down, json_pack("{s:s}",
				    "cue", "the name is a school's street"));
				score -= 0.3;
			}
			if (nx < d->nw && d->w[nx].cap && joined(d, w2->ne,
			    d->w[nx].ns) && d->w[nx].ns - w2->ne <= 1) {
				json_array_append_new(down, cue("part of a "
				    "longer name", d, d->w[nx].ns,
				    d->w[nx].ne));
				score -= 0.6;
			}
		}
		if (!w1->cap && !d->lower && !mentions)
			score -= 0.3;
		/* a roster name in a text of no school and no child is
		 * more likely a grown-up's ("Kacper Zielinski Plastering",
		 * "Chloe Abernathy at Milbury Homes") */
		if (!child && !mentions && !a->match.context) {
			json_array_append_new(down, json_pack("{s:s}", "cue",
			    "no school and no child beside the name"));
			score -= 0.1;
		}
		if (score < p->th.pupil) {
			json_decref(up);
			json_decref(down);
			continue;
		}
		if (near && near != NEAR_SURNAME && near != NEAR_FIRST &&
		    score > 0.7)
			score = 0.7;	/* initials are a guess */
		add_pupil(p, text, a, "pupil-named", "pupils.roster", score,
		    w1->ns, w2->ne, p->r[k].school, p->r[k].objection, up,
		    down, near && near != NEAR_SURNAME && near != NEAR_FIRST ?
		    "roster pupil's initials with year group at the school" :
		    near ? "roster pupil named in full, one letter off" :
		    "roster pupil named in full");
	}
}

/*
 * Return the roster pupil whose name a social handle spells ("@name_surname",
 * "@namesurname09"), or -1: the handle's letters split at "_", "." and
 * digits, or if its first run of letters holds both, at every place;
 * each split is hashed as a given name and surname.
 */
static int
handle_pupil(struct pupils *p, const char *h, size_t n)
{
	char	 part[2][WORD_KEY_MAX], all[WORD_KEY_MAX];
	size_t	 i, np = 0, l = 0, la = 0;
	int	 k;

	part[0][0] = part[1][0] = '\0';
	for (i = 0; i <= n; i++) {
		if (i < n && isalpha((unsigned char)h[i])) {
			if (l + 1 < WORD_KEY_MAX && np < 2)
				part[np][l++] = h[i];
			if (la + 1 < WORD_KEY_MAX)
				all[la++] = h[i];
			continue;
		}
		if (l > 0 && np < 2) {
			part[np++][l] = '\0';
			l = 0;
		}
	}
	all[la] = '\0';
	if (np == 2 && (k = roster_name(p, part[0], part[1])) >= 0)
		return (k);
	/* "@summerday_09x": the first run of letters, run together */
	if (np == 0)
		return (-1);
	la = strlen(part[0]);
	memcpy(all, part[0], la + 1);
	if (la < 5 || la > 30)
		return (-1);
	for (i = 2; i + 2 <= la; i++) {
		memcpy(part[0], all, i);
		part[0][i] = '\0';
		if ((k = roster_name(p, part[0], all + i)) >= 0)
			return (k);
	}
	return (-1);
}

/* Social handles that spell a roster pupil's name, with the pupil's
 * year group, a child or the pupil's school beside them. */
static void
rec_handle(struct pupils *p, const char *text, struct analysis *a,
    struct doc *d)
{
	const char		*s = d->nt->s, *at;
	size_t			 o = 0, hs, he;
	const struct ref	*yr, *rel;
	json_t			*up, *down;
	double			 score;
	int			 k, tight;

	if (p->nr == 0)
		return;
	while (o < d->nt->len && (at = strpbrk(s + o, "@#")) != NULL) {
		hs = (size_t)(at - s) + 1;
		o = hs;
		if (hs > 1 && isalnum((unsigned char)s[hs - 2]))
			continue;	/* an email address, "C#" */
		for (he = hs; he < d->nt->len && (isalnum((unsigned char)
		    s[he]) || s[he] == '_' || s[he] == '.'); he++)
			;
		while (he > hs && s[he - 1] == '.')
			he--;
		o = he;
		if (he - hs < 4)
			continue;
		if ((k = handle_pupil(p, s + hs, he - hs)) < 0)
			continue;
		if (*at == '#' && p->r[k].ordinary)
			continue;	/* "#RoseHill": the street */
		up = json_array();
		down = json_array();
		score = 0.5;
		tight = 0;
		yr = ref_near(d, RE_YEAR, hs, he, 200, 200);
		if (yr != NULL && strcmp(yr->val, p->r[k].year) != 0) {
			json_array_append_new(down, cue("another year group",
			    d, yr->at, yr->end));
			score -= 0.6;
		} else if (yr != NULL) {
			json_array_append_new(up, cue("the pupil's year group",
			    d, yr->at, yr->end));
			score += 0.3;
			tight = 1;
		}
		rel = ref_near(d, RE_REL, hs, he, 200, 200);
		if (rel != NULL) {
			json_array_append_new(up, cue("a child in context", d,
			    rel->at, rel->end));
			score += 0.3;
			tight = 1;
		}
		if (school_named(a, p->r[k].school)) {
			json_array_append_new(up, json_pack("{s:s}", "cue",
			    "the pupil's school is named"));
			score += 0.3;
		} else if (school_unsure(a, p->r[k].school)) {
			json_array_append_new(up, json_pack("{s:s}", "cue",
			    "the pupil's school is named by a short name"));
			score += 0.2;
		}
		if (!tight) {
			json_array_append_new(down, json_pack("{s:s}", "cue",
			    "a handle, with no child beside it"));
			score -= 0.6;
		}
		if (score < p->th.pupil) {
			json_decref(up);
			json_decref(down);
			continue;
		}
		add_pupil(p, text, a, "pupil-named", "pupils.handle", score,
		    hs, he, p->r[k].school, p->r[k].objection, up, down,
		    *at == '#' ? "hashtag that spells a roster pupil's name" :
		    "social handle that spells a roster pupil's name");
	}
}

/* Return 1 if word "i - 1" may be the given name (or initial) of the
 * surname at word "i": right before it, a name or an initial, and not a
 * place after a preposition of place. */
static int
given_before(const struct doc *d, size_t i)
{
	const struct word	*g;

	if (i == 0)
		return (0);
	g = &d->w[i - 1];
	if (strlen(g->key) == 1)
		return (isalpha((unsigned char)g->key[0]) != 0);
	/* "walked up Rose Hill": a street */
	if (i >= 2 && locative(d->w[i - 2].key))
		return (0);
	if (d->w[i].ns - g->ne > 1 || d->nt->s[g->ne] != ' ' ||
	    (d->w[i].cap != g->cap && !d->lower))
		return (0);
	return (nameish(d, i - 1) && !determiner(g->key));
}

/* Return the year group the text speaks of if it speaks of one alone
 * ("Y8 girls' hockey ... player of the tournament Maisie"), else NULL. */
static const struct ref *
one_year(const struct doc *d)
{
	const struct ref	*yr = NULL;
	size_t			 i;

	for (i = 0; i < d->nrefs; i++) {
		if (d->refs[i].re != RE_YEAR)
			continue;
		if (yr != NULL && strcmp(yr->val, d->refs[i].val) != 0)
			return (NULL);
		if (yr == NULL)
			yr = &d->refs[i];
	}
	return (yr);
}

/* Return the form code right after word "i" ("R-M Whitlock 7W") as a
 * year group written into "f", or NULL. */
static const struct ref *
form_after(const struct doc *d, size_t i, struct ref *f)
{
	static const char *units[] = {
		"st", "nd", "rd", "th", "am", "pm", "k", "m", "g", "x", "d",
		"kg", "km", "mb", "gb", "ft", "cm", "mm", "ml",
	};
	const struct word	*w = &d->w[i], *n;
	size_t			 l, r;

	if (i + 1 >= d->nw)
		return (NULL);
	n = &d->w[i + 1];
	l = strspn(n->key, "0123456789");
	r = strlen(n->key + l);
	/* "Freya L 6B", "M.T (8K)" */
	if (!(n->ns - w->ne == 1 && d->nt->s[w->ne] == ' ') &&
	    !(n->ns - w->ne == 2 && d->nt->s[w->ne] == ' ' &&
	    d->nt->s[w->ne + 1] == '(' && n->ne < d->nt->len &&
	    d->nt->s[n->ne] == ')'))
		return (NULL);
	if (l < 1 || l > 2 ||
	    r < 1 || r > 2 || strspn(n->key + l,
	    "abcdefghijklmnopqrstuvwxyz") != r || atoi(n->key) < 1 ||
	    atoi(n->key) > 13)
		return (NULL);
	/* "7th place", "6pm", "5k": not a form */
	if (in_words(n->key + l, units, sizeof units / sizeof units[0]))
		return (NULL);
	memset(f, 0, sizeof *f);
	f->at = n->ns;
	f->end = n->ne;
	f->re = RE_YEAR;
	snprintf(f->val, sizeof f->val, "%d", atoi(n->key));
	return (f);
}

/*
 * The year group of word "i": a form code right after it (written into
 * "f"), a year group near it, or that of a text about one year group.
 */
static const struct ref *
year_of_word(const struct doc *d, size_t i, struct ref *f)
{
	const struct ref	*yr;

	if ((yr = form_after(d, i, f)) != NULL)
		return (yr);
	/* an adult named with where they come from: "Amelia from the
	 * Gazette" */
	if (i + 2 < d->nw && (strcmp(d->w[i + 1].key, "from") == 0 ||
	    strcmp(d->w[i + 1].key, "of") == 0 || strcmp(d->w[i + 1].key,
	    "at") == 0) && strcmp(d->w[i + 2].key, "the") == 0 &&
	    ref_near(d, RE_YEAR, d->w[i + 2].ns, d->w[i + 2].ne, 0, 2) ==
	    NULL)
		return (NULL);	/* ("Aisha from the Year 12 club": a pupil) */
	if ((yr = ref_near(d, RE_YEAR, d->w[i].ns, d->w[i].ne, 120, 120)) !=
	    NULL)
		return (yr);
	/* (far from the year: a name, not a word of the language) */
	if (d->w[i].stop || !nameish(d, i) || !d->has_one_year)
		return (NULL);
	return (&d->one_year);
}

/* Return 1 if the first name at word "i" was given earlier in full with a
 * surname no roster pupil has ("Nine-year-old Isla Murray ... Isla's
 * story"): the text speaks of that child again. */
static int
named_before(struct pupils *p, const struct doc *d, size_t i)
{
	size_t	j;

	for (j = 0; j < i; j++) {
		const struct word *n = &d->w[j + 1];

		if (strcmp(d->w[j].key, d->w[i].key) != 0 || j + 1 >= i ||
		    !n->cap || n->stop || n->span || n->ns - d->w[j].ne > 1)
			continue;
		if (roster_name(p, d->w[j].key, n->key) < 0)
			return (1);
	}
	return (0);
}

/* Return 1 if a word for a child follows word "i" ("the Zielinski kid",
 * "that Grant boy"). */
static int
kid_after(const struct doc *d, size_t i)
{
	static const char *const kids[] = {
		"boy", "girl", "kid", "lad",
	};

	return (i + 1 < d->nw && d->w[i + 1].ns - d->w[i].ne == 1 &&
	    in_words(d->w[i + 1].key, kids, sizeof kids / sizeof kids[0]));
}

/* Roster first names (or an initial and a surname, or a surname before
 * "kid") with the pupil's year group, where the pupil's school is named:
 * the year near the name, or the only one the text speaks of. */
static void
rec_roster_first(struct pupils *p, const char *text, struct analysis *a,
    struct doc *d)
{
	size_t	i;
	char	tok[PUPILS_TOKEN_LEN];

	if (p->nr == 0)
		return;
	for (i = 0; i < d->nw; i++) {
		struct word	*w = &d->w[i];
		int		 which, k = -1, pos;
		const struct ref *yr, *age;
		struct ref	 form, yrc, agec;
		const char	*why = NULL;
		size_t		 ns = w->ns;

		if (w->span || strlen(w->key) < 2)
			continue;
		if (!w->cap && !d->lower)
			continue;
		/* only a word with a year group, or an age said of it
		 * ("Oliver's 11 and in his last year"), can be such a
		 * name */
		yr = year_of_word(d, i, &form);
		age = ref_near(d, RE_AGE, w->ns, w->ne, 0, 6);
		if (age != NULL && (word_age(age->val) < 0 ||
		    word_age(age->val) > 18))
			age = NULL;
		if (yr == NULL && age == NULL)
			continue;
		if (named_thing(d, i))
			continue;	/* "the Tyler Grant, a fund" */
		for (which = 1; which <= 2 && k < 0; which++) {
			if (fast_token(p, which == 1 ? w->key : NULL,
			    which == 2 ? w->key : NULL, tok) != 0)
				continue;
			for (pos = roster_find(p, which, tok), k =
			    roster_at(p, which, tok, pos); k >= 0;
			    k = roster_at(p, which, tok, ++pos)) {
				if (!school_named(a, p->r[k].school))
					continue;
				if (yr != NULL ? strcmp(yr->val,
				    p->r[k].year) == 0 : age_fits(p->r[k].year,
				    word_age(age->val)))
					break;
			}
			/* a surname needs its initial ("J. Osei") or a given
			 * name written some other way right before it: a
			 * short form, half a double name ("kacps zielinski",
			 * "Ruby Whitlock"); with the pupil's year and school
			 * that is the pupil, whatever the given name */
			if (k >= 0 && which == 2 && kid_after(d, i) &&
			    !p->r[k].ordinary) {
				/* "that Zielinski kid in Y11": a child
				 * by surname */
			} else if (k >= 0 && which == 2 &&
			    (!given_before(d, i) ||
			    (strlen(d->w[i - 1].key) > 1 &&
			    p->r[k].ordinary))) {
				k = -1;
			} else if (k >= 0 && which == 2)
				ns = d->w[i - 1].ns;
		}
		/* (a title stands before the whole name: "PC Oliver
		 * Brennan") */
		if (k < 0)
			continue;
		/* (copies: finding more cues may move the cues) */
		if (yr != NULL) {
			yrc = *yr;
			yr = &yrc;
		}
		if (age != NULL) {
			agec = *age;
			age = &agec;
		}
		person_refs(p, d);
		if (adult_near(d, ns < w->ns ? i - 1 : i, ns, w->ne, &why) ||
		    (ns < w->ns && adult_later(d, i - 1, i, &why)))
			continue;
		if (not_a_child(d, i) || animal_named(d, i, i))
			continue;	/* "Noah's Ark", "Leo the Lion" */
		if (at_other_school(a, d, ns < w->ns ? i - 1 : i, i))
			continue;	/* "in Year 4 there": at St Benedict's */
		if (named_before(p, d, i))
			continue;	/* "Isla Murray ... Isla's story" */
		/* "Summer Day Out" is a trip; "Evie C" is Evie */
		if (i + 1 < d->nw && d->w[i + 1].cap && (!d->w[i + 1].stop ||
		    w->stop) &&
		    d->w[i + 1].ns - w->ne <= 1 && !d->w[i + 1].span &&
		    strlen(d->w[i + 1].key) > 1)
			continue;
		add_pupil(p, text, a, "pupil-identified",
		    "pupils.roster-first-name", 0.7, ns, w->ne,
		    p->r[k].school, p->r[k].objection, json_pack("[o, {s:s}]",
		    yr != NULL ? cue("the pupil's year group", d, yr->at,
		    yr->end) : cue("the pupil's age", d, age->at, age->end),
		    "cue", "the pupil's school is named"), json_array(),
		    yr != NULL ? "roster pupil's first name with year group "
		    "and school" : "roster pupil's first name with age and "
		    "school");
	}
}

/* Return 1 if a place follows word "i" after a comma ("Grace Field,
 * Upper Wexcombe"): an address, not a name. */
static int
place_after(const struct doc *d, size_t i)
{
	size_t	j;

	if (d->w[i].ne >= d->nt->len || d->nt->s[d->w[i].ne] != ',')
		return (0);
	for (j = i + 1; j < d->nw && j <= i + 2; j++) {
		if (d->w[j].place)
			return (1);
		if (!d->w[j].cap)
			break;
	}
	return (0);
}

/* Return 1 if words "i" and "i" + 1, in capitals, read as a name
 * ("ZARA OKONJO"), not a heading ("OPEN EVENING", "GRACE DAY"): a given
 * name, then a word that names no thing. */
static int
caps_name(struct pupils *p, const struct doc *d, size_t i)
{
	const struct word *w2 = &d->w[i + 1];

	if (!given_name(d->w[i].key) && !(p->nr > 0 &&
	    word_on_roster(p, d, i, 1)))
		return (0);
	return (!w2->stop && !thing_word(w2->key) && !d->w[i].stop &&
	    (i + 2 >= d->nw || !d->w[i + 2].upper || d->w[i + 2].stop ||
	    d->w[i + 2].ns - w2->ne > 3));
}

/* Return 1 if word "i" could be a given name or surname. */
static int
nameish(const struct doc *d, size_t i)
{
	const struct word *w = &d->w[i];
	size_t		   n;

	if (w->span || w->stop || strlen(w->key) < 2)
		return (0);
	if (!w->cap && !d->lower)
		return (0);
	if (w->upper && w->ne - w->ns <= 3)
		return (0);	/* "DS", "HPA" */
	n = strlen(w->key);
	if (n > 7 && strcmp(w->key + n - 5, "shire") == 0)
		return (0);	/* "Pembrokeshire": a county */
	/* "Around 180 Year 10 students", "Nearly 300 families": a word
	 * that opens a sentence before a count, not a child's age */
	if (i + 1 < d->nw && strspn(d->w[i + 1].key, "0123456789") ==
	    strlen(d->w[i + 1].key) && atoi(d->w[i + 1].key) >= 20 &&
	    opens_sentence(d, w->ns))
		return (0);
	/* a word in capitals among words that are not: shouted or an
	 * initialism ("Pettifer LIED", "his ADHD"), not a name */
	if (w->upper && !(i > 0 && d->w[i - 1].upper &&
	    d->w[i - 1].ne - d->w[i - 1].ns > 1) && !(i + 1 < d->nw &&
	    d->w[i + 1].upper && d->w[i + 1].ne - d->w[i + 1].ns > 1))
		return (0);
	return (1);
}

/* Return 1 if the word at folded offset "at" opens a sentence. */
static int
opens_sentence(const struct doc *d, size_t at)
{
	size_t	o;

	while (at > 0 && d->nt->s[at - 1] == ' ') {
		at--;
		/* a line break folded into the space */
		for (o = d->nt->map[at]; o < d->nt->map[at + 1]; o++) {
			if (d->text[o] == '\n')
				return (1);
		}
	}
	return (at == 0 || strchr(".!?:;-", d->nt->s[at - 1]) != NULL);
}

/* Return 1 if the word after word "i" makes it a modifier of an event or
 * a thing ("the Year 10 Berlin trip"), not a name. */
static int
thing_after(const struct doc *d, size_t i)
{
	if (i + 1 >= d->nw || d->w[i + 1].ns - d->w[i].ne > 1 ||
	    d->w[i + 1].cap)
		return (0);
	return (thing_word(d->w[i + 1].key));
}

/* Return 1 if a postcode follows folded offset "e" within a line of an
 * address ("Rose Hill, Upper Wexcombe WX4 2LP"): the words before it
 * are a street, not a person. */
static int
postcode_after(const struct doc *d, size_t e)
{
	const char	*s = d->nt->s;
	size_t		 end = e + 48 < d->nt->len ? e + 48 : d->nt->len, i, j;

	for (i = e; i < end; i++) {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?' || s[i] == '\n')
			return (0);
		if (i > e && isalnum((unsigned char)s[i - 1]))
			continue;
		/* one or two letters, a digit, a digit or letter, a space,
		 * a digit and two letters: "wx4 2lp", "sw1a 1aa" */
		for (j = i; j < end && j < i + 2 && isalpha((unsigned char)
		    s[j]); j++)
			;
		if (j == i || j >= end || !isdigit((unsigned char)s[j]))
			continue;
		j++;
		if (j < end && isalnum((unsigned char)s[j]))
			j++;
		if (j + 4 <= d->nt->len && s[j] == ' ' &&
		    isdigit((unsigned char)s[j + 1]) &&
		    isalpha((unsigned char)s[j + 2]) &&
		    isalpha((unsigned char)s[j + 3]) && (j + 4 ==
		    d->nt->len || !isalnum((unsigned char)s[j + 4])))
			return (1);
	}
	return (0);
}

/* Return 1 if "k" names an event or a thing ("trip", "day"). */
static int
thing_word(const char *k)
{
	static const char *things[] = {
		"trip", "trips", "visit", "exchange", "residential", "tour",
		"concert", "match", "play", "show", "project", "camp",
		"festival", "fair", "museum", "zoo", "cup", "final", "league",
		"day", "week", "weekend", "holiday", "production", "event",
		"assembly", "display", "workshop", "expedition", "race",
		"marathon", "challenge", "award", "awards", "prize", "exam",
		"exams", "topic", "unit", "style", "trip's",
	};

	return (in_words(k, things, sizeof things / sizeof things[0]));
}

/*
 * Return 1 if word "i" and the next spell a thing named after someone:
 * "the" before them, and the second an ordinary word ("the Tyler Grant,
 * a fund", "the Grace Field Cup"). A person is seldom "the" anyone.
 */
static int
named_thing(const struct doc *d, size_t i)
{
	return (i > 0 && i + 1 < d->nw && strcmp(d->w[i - 1].key, "the") ==
	    0 && d->w[i].ns - d->w[i - 1].ne <= 1 && d->w[i + 1].cap &&
	    d->w[i + 1].ns - d->w[i].ne <= 1 && in_words(d->w[i + 1].key,
	    ordinary, sizeof ordinary / sizeof ordinary[0]));
}

/* Return 1 if word "i" of "d" is the given name of a full name the text
 * gives elsewhere ("... welcome Oscar Penhaligon ... Oscar started in
 * Reception"): a name, even where it opens a sentence. */
static int
named_in_full(const struct doc *d, size_t i)
{
	size_t	j;

	for (j = 0; j + 1 < d->nw; j++) {
		if (j != i && d->w[j].cap && !d->w[j].stop &&
		    strcmp(d->w[j].key, d->w[i].key) == 0 &&
		    d->w[j + 1].cap && !d->w[j + 1].stop &&
		    d->w[j + 1].ns - d->w[j].ne <= 1 &&
		    joined(d, d->w[j].ne, d->w[j + 1].ns) &&
		    !opens_sentence(d, d->w[j].ns))
			return (1);
	}
	return (0);
}

/* Return 1 if a grown-up's role follows folded offset "e" ("Year 6
 * teacher", "Year 9 lead"). */
static int
role_after(const struct doc *d, size_t e)
{
	static const char *roles[] = {
		"teacher", "teachers", "teaching", "lead", "leader", "leads",
		"team", "coordinator", "tutor", "assistant", "ta", "head",
		"manager", "staff",
	};
	size_t	i;

	for (i = 0; i < d->nw && d->w[i].ns < e; i++)
		;
	return (i < d->nw && d->w[i].ns - e <= 1 && in_words(d->w[i].key,
	    roles, sizeof roles / sizeof roles[0]));
}

/* Return 1 if "k" is one of the "n" words of "words". */
static int
in_words(const char *k, const char *const *words, size_t n)
{
	return (str_among(k, strlen(k), words, n));
}

/* Return 1 if "k" is a preposition of place, which puts a street or a
 * hill after it ("on Rose Hill", "up Grace Field"), not a child. */
static int
locative(const char *k)
{
	static const char *words[] = {
		"on", "up", "down", "along", "off", "near", "opposite", "via",
		"onto", "past", "towards", "across",
	};

	return (in_words(k, words, sizeof words / sizeof words[0]));
}

/* Return 1 if "k" is a determiner, which a given name does not take. */
static int
determiner(const char *k)
{
	static const char *words[] = {
		"the", "a", "an", "that", "this", "those", "these", "some",
		"any", "every", "each", "no", "another",
	};

	return (in_words(k, words, sizeof words / sizeof words[0]));
}

/* Return 1 if word "i" is a "that" that opens a clause ("proud that",
 * "heard that"), not one that points at a thing ("that Gruffalo"). */
static int
said_that(const struct doc *d, size_t i)
{
	static const char *words[] = {
		"announce", "claim", "claims", "confirm", "delighted", "glad",
		"pleased", "proud", "report", "reported", "reports", "said",
		"say", "says", "share", "shocked", "sorry", "thrilled",
		"told",
	};

	return (strcmp(d->w[i].key, "that") == 0 && i > 0 &&
	    d->w[i].ns - d->w[i - 1].ne <= 1 && in_words(d->w[i - 1].key,
	    words, sizeof words / sizeof words[0]));
}

/* Return 1 if word "i" names something rather than a child: a
 * possessive before a capitalised noun ("Noah's Ark") or an epithet
 * ("Leo the Lion"). */
static int
not_a_child(const struct doc *d, size_t i)
{
	const struct word	*w = &d->w[i], *n;
	const char		*s = d->nt->s;

	if (i + 1 >= d->nw)
		return (0);
	n = &d->w[i + 1];
	if (w->ne + 2 < d->nt->len && s[w->ne] == '\'' && s[w->ne + 1] ==
	    's' && n->ns == w->ne + 3 && n->cap && !n->stop)
		return (1);
	if (i + 2 < d->nw && strcmp(n->key, "the") == 0 && n->ns == w->ne +
	    1 && d->w[i + 2].cap && !d->w[i + 2].stop && d->w[i + 2].ns ==
	    n->ne + 1)
		return (1);
	return (0);
}

/* Return 1 if "k" is a word for an animal a school or a family keeps. */
static int
animal_word(const char *k)
{
	static const char *words[] = {
		"dog", "dogs", "puppy", "pup", "cat", "kitten", "hamster",
		"pony", "horse", "rabbit", "bunny", "guinea", "tortoise",
		"gerbil", "budgie", "parrot", "chicken", "hen", "goat",
		"lamb", "fish", "goldfish", "pet", "mascot", "cockapoo",
		"labrador", "spaniel", "retriever", "terrier", "poodle",
		"labradoodle", "cavapoo", "dachshund", "collie", "greyhound",
		"springer", "whippet", "beagle", "husky", "pug", "staffie",
		"lurcher", "cockerpoo", "schnauzer", "kitty", "ferret",
		"lizard", "gecko", "tortoiseshell",
	};

	return (in_words(k, words, sizeof words / sizeof words[0]));
}

/* Return 1 if word "w" ends in "ing" after two letters or more. */
static int
ends_ing(const char *w)
{
	size_t	n = strlen(w);

	return (n >= 5 && strcmp(w + n - 3, "ing") == 0);
}

/*
 * Return 1 if the name at word "i" is an animal's: a school's reading
 * dog or a class hamster shares children's names ("Poppy, our new school
 * reading dog", "Biscuit the hamster", "school cat Poppy", "Meet Poppy
 * 🐶"). The animal must be the name's apposition or predicate, so a child
 * who walks the school dog ("Poppy in Year 1 walked the dog") is still a
 * child. "last" is the name's last word.
 */
static int
animal_named(const struct doc *d, size_t i, size_t last)
{
	static const char *lead[] = {
		"our", "the", "a", "an", "my", "your", "their", "is", "was",
	};
	const char	*s = d->nt->s;
	size_t		 j, k, o, end;

	/* an animal's emoji right after the name: 🐶 🐱 🐹 and the rest of
	 * U+1F400..U+1F43F, which are all animals */
	end = d->w[last].ne;
	for (o = end; o + 3 < d->nt->len && o < end + 14; o++) {
		if (strchr(".!?\n", s[o]) != NULL)
			break;
		if ((unsigned char)s[o] == 0xf0 &&
		    (unsigned char)s[o + 1] == 0x9f &&
		    (unsigned char)s[o + 2] == 0x90 &&
		    (unsigned char)s[o + 3] >= 0x80 &&
		    (unsigned char)s[o + 3] <= 0xbf)
			return (1);
	}
	/* "school dog Poppy", "our hamster, Poppy" */
	if (i > 0 && animal_word(d->w[i - 1].key) &&
	    joined(d, d->w[i - 1].ne, d->w[i].ns) &&
	    d->w[i].ns - d->w[i - 1].ne <= 2 && !opens_sentence(d, d->w[i].ns))
		return (1);	/* (not a title's "...rescue dogs" above) */
	/* "Poppy, our new school reading dog", "Poppy is our class pet",
	 * "Poppy the hamster": a determiner or "is" right after, then at
	 * most five words before the animal, in the same clause */
	i = last;
	if (i + 1 >= d->nw || !joined(d, d->w[i].ne, d->w[i + 1].ns) ||
	    d->w[i + 1].ns - d->w[i].ne > 2)
		return (0);
	for (k = 0; k < sizeof lead / sizeof lead[0]; k++) {
		if (strcmp(d->w[i + 1].key, lead[k]) == 0)
			break;
	}
	if (k == sizeof lead / sizeof lead[0])
		return (0);
	for (j = i + 1; j < d->nw && j <= i + 8; j++) {
		/* ("a two-year-old guinea pig": a hyphen joins) */
		if (j > i + 1 && (d->w[j].ns - d->w[j - 1].ne > 1 ||
		    (s[d->w[j - 1].ne] != ' ' && s[d->w[j - 1].ne] != '-')))
			return (0);	/* a comma or a stop ends it */
		/* "Leo was walking his dog": a doing, and a pet of his,
		 * not the name's */
		if (strcmp(d->w[j].key, "his") == 0 || strcmp(d->w[j].key,
		    "her") == 0 || strcmp(d->w[j].key, "their") == 0 ||
		    (j == i + 2 && (strcmp(d->w[i + 1].key, "is") == 0 ||
		    strcmp(d->w[i + 1].key, "was") == 0) &&
		    ends_ing(d->w[j].key)))
			return (0);
		if (animal_word(d->w[j].key))
			return (1);
	}
	return (0);
}

/*
 * Return 1 if year group "yr" stands after a determiner and before a noun
 * that is no child ("Watched the Year 4 teacher", "blood on that reception
 * desk"): the year group then describes that noun, a teacher or a room,
 * and tells no child's year, so the words beside it are no name with a
 * year group. "the Year 4 pupil", "that Reception class" still do.
 */
static int
year_of_thing(const struct doc *d, const struct ref *yr)
{
	static const char *children[] = {
		"pupil", "pupils", "student", "students", "child", "children",
		"kid", "kids", "boy", "boys", "girl", "girls", "lad", "lads",
		"lass", "class", "classes", "form", "group", "son", "daughter",
		"schoolboy", "schoolgirl", "cohort", "intake", "baby",
		"babies", "little", "starter", "starters",
	};
	size_t	i, k;

	for (i = 0; i < d->nw && d->w[i].ne <= yr->at; i++)
		;
	if (i == 0 || yr->at - d->w[i - 1].ne > 1 ||
	    !determiner(d->w[i - 1].key))
		return (0);
	if (yr->end > 0 && d->nt->s[yr->end - 1] == 's')
		return (0);	/* "the Year 5s": children */
	while (i < d->nw && d->w[i].ns < yr->end)
		i++;
	if (i == d->nw || d->w[i].ns - yr->end > 1)
		return (0);	/* "the Year 4, St Aldhelm's" */
	for (k = 0; k < sizeof children / sizeof children[0]; k++) {
		if (strcmp(d->w[i].key, children[k]) == 0)
			return (0);
	}
	return (1);
}

/*
 * Return 1 if year group "yr" and the word at "s".."e" are linked as a
 * child and the child's year are: only punctuation between ("Year 1 -
 * poppy", "osei, year 3"), or after the word, words that put a child in
 * a year ("kai donnelly in year 10", "is in", "has just started"). A text
 * in lower case has no capitals to tell a name, so every word is a
 * candidate; this keeps "blood on that reception desk" from naming one.
 */
static int
year_linked(const struct doc *d, const struct ref *yr, size_t s, size_t e)
{
	static const char *links[] = {
		"in", "from", "is", "s", "who", "now", "just", "started",
		"starts", "starting", "has", "into",
	};
	const char	*t = d->nt->s;
	size_t		 a, b, i, j, k, n;
	int		 punct = 0;

	if (yr->end <= s) {
		a = yr->end;
		b = s;
	} else {
		a = e;
		b = yr->at;
	}
	for (i = a; i < b; i = j) {
		if (!isalnum((unsigned char)t[i])) {
			if (t[i] != ' ' && t[i] != '\'')
				punct = 1;
			j = i + 1;
			continue;
		}
		for (j = i; j < b && isalnum((unsigned char)t[j]); j++)
			;
		if (yr->end <= s)
			return (0);
		n = j - i;
		for (k = 0; k < sizeof links / sizeof links[0]; k++) {
			if (strlen(links[k]) == n &&
			    strncmp(t + i, links[k], n) == 0)
				break;
		}
		if (k == sizeof links / sizeof links[0])
			return (0);
		punct = 1;
	}
	/* "dylan in 9x": the form's own "in" links them */
	if (!punct && yr->at >= e && yr->at - e <= 1 && (strncmp(t + yr->at,
	    "in ", 3) == 0 || strncmp(t + yr->at, "from ", 5) == 0))
		return (1);
	/* "jamie colquhoun year 11": a year by number right after a full
	 * name */
	if (!punct && yr->at >= e && yr->at - e <= 1 &&
	    isdigit((unsigned char)yr->val[0]) && memchr(t + s, ' ', e - s))
		return (1);
	return (punct);
}

/*
 * Return 1 if "my" or "our" (and perhaps a fond word, "our little") stands
 * right before word "i", a parent speaking of a child ("our Noah has
 * started Reception"); set "f" to those words as a cue.
 */
static int
family_before(const struct doc *d, size_t i, struct ref *f)
{
	static const char *fond[] = {
		"little", "wee", "baby", "gorgeous", "beautiful", "lovely",
		"clever", "brave", "eldest", "youngest", "oldest", "middle",
	};
	size_t	k = i, j;

	if (k == 0 || d->w[k].ns - d->w[k - 1].ne > 1)
		return (0);
	k--;
	for (j = 0; j < sizeof fond / sizeof fond[0]; j++) {
		if (strcmp(d->w[k].key, fond[j]) == 0)
			break;
	}
	if (j < sizeof fond / sizeof fond[0]) {
		if (k == 0 || d->w[k].ns - d->w[k - 1].ne > 1)
			return (0);
		k--;
	}
	if (strcmp(d->w[k].key, "my") != 0 && strcmp(d->w[k].key, "our") != 0)
		return (0);
	memset(f, 0, sizeof *f);
	f->at = d->w[k].ns;
	f->end = d->w[i - 1].ne;
	f->re = RE_REL;
	return (1);
}

/* Return 1 if no sentence ends between folded offsets "a" and "b" and
 * they are at most "max" bytes apart. */
static int
one_sentence(const struct doc *d, size_t a, size_t b, size_t max)
{
	size_t	i;

	if (b < a)
		return (one_sentence(d, b, a, max));
	if (b - a > max)
		return (0);
	for (i = a; i < b; i++) {
		switch (d->nt->s[i]) {
		case '.': case '!': case '?': case ';': case '\n':
			return (0);
		}
	}
	return (1);
}

/* Return 1 if the text speaks of a child anywhere: a year group, a word
 * for a child or a class. */
static int
child_anywhere(const struct doc *d)
{
	size_t	i;

	for (i = 0; i < d->nrefs; i++) {
		if (d->refs[i].re == RE_YEAR || d->refs[i].re == RE_REL ||
		    d->refs[i].re == RE_CLASS)
			return (1);
	}
	return (0);
}

/*
 * Return 1 if "his mum", "her dad" (a child's parent) opens the sentence
 * after the name ending at folded offset "e", within 30 bytes, in a text
 * that speaks of children ("a sleeping bag for Theo Marchetti? His mum's in
 * hospital"); set "f" to those words as a cue.
 */
static int
parent_after(const struct doc *d, size_t i, size_t e, struct ref *f)
{
	static const char *parents[] = {
		"mum", "mom", "mam", "mummy", "mommy", "dad", "daddy",
		"mother", "father", "parents", "nan",
		"nanna", "grandma", "grandad", "grandparents",
	};
	size_t	k;

	if (!child_anywhere(d))
		return (0);
	for (k = i + 1; k + 1 < d->nw && d->w[k].ns < e + 30; k++) {
		if (d->w[k].ns < e)
			continue;
		/* (the next sentence: "for Emma Clarke, her mum" is an
		 * adult's thanks) */
		if (one_sentence(d, e, d->w[k].ns, 30))
			continue;
		if ((strcmp(d->w[k].key, "his") == 0 ||
		    strcmp(d->w[k].key, "her") == 0) &&
		    in_words(d->w[k + 1].key, parents,
		    sizeof parents / sizeof parents[0])) {
			memset(f, 0, sizeof *f);
			f->at = d->w[k].ns;
			f->end = d->w[k + 1].ne;
			f->re = RE_REL;
			return (1);
		}
	}
	return (0);
}

/* Return 1 if "key" is the first name of a roster pupil of a school the
 * text names. */
static int
roster_first_named(struct pupils *p, const struct analysis *a,
    const char *key)
{
	char	tok[PUPILS_TOKEN_LEN];
	int	pos, k;

	if (p->nr == 0 || fast_token(p, key, NULL, tok) != 0)
		return (0);
	for (pos = roster_find(p, 1, tok), k = roster_at(p, 1, tok, pos);
	    k >= 0; k = roster_at(p, 1, tok, ++pos)) {
		if (school_named(a, p->r[k].school))
			return (1);
	}
	return (0);
}

/*
 * Return 1 if capitalised word "i", before or after year group "yr", is
 * an ordinary word rather than a first name: one that opens a sentence
 * with the year group right after it ("Starting Reception in
 * September"), where a name would be linked to the year by "in", a
 * comma or a bracket; or a verb's "-ing" form ("Welcoming Year 7"). A
 * roster first name of a school the text names is still a name.
 */
static int
plain_word(struct pupils *p, const struct analysis *a, const struct doc *d,
    size_t i, const struct ref *yr)
{
	const struct word	*w = &d->w[i];
	size_t			 n = strlen(w->key);

	if (!(opens_sentence(d, w->ns) && yr->at == w->ne + 1 &&
	    d->nt->s[w->ne] == ' ') && !(n > 5 &&
	    strcmp(w->key + n - 3, "ing") == 0))
		return (0);
	/* "Dylan in 9X": a common given name, placed in its form */
	if ((strncmp(d->nt->s + yr->at, "in ", 3) == 0 ||
	    strncmp(d->nt->s + yr->at, "from ", 5) == 0) &&
	    given_name(w->key))
		return (0);
	return (!roster_first_named(p, a, w->key));
}

/*
 * Return the street where the person named by first name "i" lives, or
 * NULL: one said after the name in its sentence ("Lily who lives on
 * Cowslip Close and goes to ..."), or a house said just before it ("the
 * lad at number 14 Vale Road, Alfie, goes to ..."), in a text that names
 * the school: the name, the street and the school pick a child out. The
 * person must be a child: a roster first name at a school the text names,
 * or a child beside the name ("rel") or in the text. A word that opens a
 * sentence must be a roster first name.
 */
static const struct ref *
child_street(struct pupils *p, const struct analysis *a, struct doc *d,
    size_t i, const struct ref *rel)
{
	const struct word	*w = &d->w[i];
	const struct ref	*st;
	int			 roster;

	street_refs(p, d);
	st = ref_near(d, RE_STREET, w->ns, w->ne, 0, 60);
	if (st != NULL && (st->at < w->ne || !one_sentence(d, w->ne, st->at,
	    60)))
		st = NULL;
	if (st == NULL) {
		/* a house, then ", " and the name */
		st = ref_near(d, RE_STREET, w->ns, w->ne, 3, 0);
		if (st != NULL && !(st->end + 2 == w->ns &&
		    d->nt->s[st->end] == ',' && (strncmp(d->nt->s + st->at,
		    "at ", 3) == 0 || strncmp(d->nt->s + st->at, "from ",
		    5) == 0)))
			st = NULL;
	}
	if (st == NULL)
		return (NULL);
	roster = roster_first_named(p, a, w->key);
	if (opens_sentence(d, w->ns) && !roster)
		return (NULL);
	return (roster || rel != NULL || child_anywhere(d) ? st : NULL);
}

/* Full names beside a child, and first names with a year group, class or
 * form, in a text that names a school. */
static void
rec_child(struct pupils *p, const char *text, struct analysis *a,
    struct doc *d)
{
	/* the words of a school's name after a saint's */
	static const char *saint_school[] = {
		"catholic", "ce", "cofe", "rc", "church", "primary",
		"junior", "juniors", "infant", "infants", "school", "academy",
		"methodist", "college", "high", "nursery",
	};
	size_t	i;

	if (other_school_page(a, d))
		return;		/* its children are its own */
	/* medical detail counts where the text speaks of children; the
	 * cues are found before any is pointed at (finding more moves
	 * them), streets too, which child_street reads */
	if (child_anywhere(d))
		medical_refs(p, d);
	street_refs(p, d);
	for (i = 0; i < d->nw; i++) {
		struct word		*w = &d->w[i], *w2;
		const struct ref	*yr, *rel, *age, *cls, *med, *st;
		struct ref		 fam;
		const char		*why = NULL;
		size_t			 after, ne;
		int			 full, ad, k;

		if (!nameish(d, i) || w->place || author_label(d, i))
			continue;
		/* a writer's byline, unless a pupil's ("By Maisie Cole,
		 * Year 4") */
		if (byline(d, i) && ref_near(d, RE_YEAR, w->ns, w->ne, 0,
		    30) == NULL && ref_near(d, RE_AGE, w->ns, w->ne, 0,
		    30) == NULL)
			continue;
		if (i > 0 && nameish(d, i - 1) && joined(d, d->w[i - 1].ne,
		    w->ns) && w->ns - d->w[i - 1].ne <= 1)
			continue;	/* not the first word of a name */
		if (i > 0 && determiner(d->w[i - 1].key) &&
		    w->ns - d->w[i - 1].ne <= 1 && !said_that(d, i - 1))
			continue;	/* "the Tudors", "a Jack Russell" */
		if (i > 0 && locative(d->w[i - 1].key) &&
		    w->ns - d->w[i - 1].ne <= 1)
			continue;	/* "on Rose Hill": a street */
		if (i > 0 && (strcmp(d->w[i - 1].key, "st") == 0 ||
		    strcmp(d->w[i - 1].key, "saint") == 0) &&
		    w->ns - d->w[i - 1].ne <= 2)
			continue;	/* "St Benedict's": a saint, a school */
		if (i > 1 && (strcmp(d->w[i - 2].key, "st") == 0 ||
		    strcmp(d->w[i - 2].key, "saint") == 0) &&
		    d->w[i - 1].ns - d->w[i - 2].ne <= 2 &&
		    w->ns - d->w[i - 1].ne <= 3 &&
		    d->nt->s[d->w[i - 1].ne] == '\'' && in_words(w->key,
		    saint_school, sizeof saint_school /
		    sizeof saint_school[0]))
			continue;	/* "St Benedict's Catholic Primary" */
		w2 = i + 1 < d->nw ? &d->w[i + 1] : NULL;
		full = w2 != NULL && nameish(d, i + 1) && w2->ns - w->ne <= 1 &&
		    joined(d, w->ne, w2->ns);
		/* lower-case texts: only "kai donnelly in year 10" */
		ne = full ? w2->ne : w->ne;
		if (full && i + 2 < d->nw && nameish(d, i + 2) &&
		    d->w[i + 2].ns - w2->ne <= 1)
			continue;	/* three capitalised words: a title */
		/* "Jess Brennan's boy ... the Year 6 trip": a child picked
		 * out by a parent's full name and year group or class */
		person_refs(p, d);
		ad = adult_near(d, i, w->ns, ne, &why);
		if (full && (after = child_of(d, ne)) > 0 && ad != 0 &&
		    strncmp(why, "a parent", 8) == 0 && !w->span &&
		    !w2->span) {
			size_t	c;

			/* "Kerry Pemberton's little girl Lily": the child's
			 * first name and the parent's full name */
			if ((c = name_at(d, i + 2, ne + after)) < d->nw &&
			    !at_other_school(a, d, i, c)) {
				add_pupil(p, text, a, "pupil-identified",
				    "pupils.parent-name", 0.6, w->ns,
				    d->w[c].ne, a->match.mentions[0].school, 0,
				    json_pack("[o]", cue("a parent's full name",
				    d, w->ns, ne)), json_array(), "child's "
				    "first name with a parent's full name");
				i = c;
				continue;
			}
			yr = ref_near(d, RE_YEAR, w->ns, ne + after, 0, 80);
			if (yr != NULL && one_sentence(d, yr->at, w->ns, 120) &&
			    !year_of_thing(d, yr) && !at_other_school(a, d, i,
			    i + 1))
				add_pupil(p, text, a, "pupil-identified",
				    "pupils.parent-name", 0.6, w->ns,
				    ne + after, a->match.mentions[0].school, 0,
				    json_pack("[o]", cue("a year group, class "
				    "or form", d, yr->at, yr->end)),
				    json_array(),
				    "child picked out by a parent's full name "
				    "and year group");
			continue;
		}
		if (ad)
			continue;
		if (thing_after(d, full ? i + 1 : i))
			continue;	/* "the Year 10 Berlin trip" */
		/* "Rose Hill, Upper Wexcombe WX4 2LP": a street; "Grace
		 * Field, Upper Wexcombe": a roster name that is a place's */
		if (postcode_after(d, full ? d->w[i + 1].ne : w->ne))
			continue;
		if (full && p->nr > 0 && place_after(d, i + 1)) {
			k = roster_name(p, w->key, w2->key);
			if (k >= 0 && p->r[k].ordinary)
				continue;
		}
		if (full && i + 2 < d->nw && d->w[i + 2].cap &&
		    d->w[i + 2].ns - w2->ne <= 1 && thing_word(d->w[i + 2].key))
			continue;	/* "Rose Hill Trip" */
		if (i + 1 < d->nw && school_pair(p, w->key, d->w[i + 1].key))
			continue;	/* "goes to Fenwick Vale" */
		/* "Sarah Okoye's little boy", "Sarah Hargreaves' little
		 * girl": a parent, named in the possessive */
		after = ne;
		if (after + 2 < d->nt->len && d->nt->s[after] == '\'' &&
		    (d->nt->s[after + 1] == 's' || d->nt->s[after - 1] ==
		    's') && ref_near(d, RE_REL, w->ns, ne, 0, 16) != NULL)
			continue;
		yr = ref_near(d, RE_YEAR, w->ns, ne, 14, 22);
		if (yr != NULL && !(yr->end <= w->ns ? joined(d, yr->end,
		    w->ns) : joined(d, ne, yr->at)))
			yr = NULL;
		/* "Kai Dunmore. Year 9 at Harrowden Park.": a name said
		 * alone, and what it is */
		if (yr == NULL && full && opens_sentence(d, w->ns) &&
		    ne + 2 < d->nt->len && d->nt->s[ne] == '.' &&
		    (yr = ref_near(d, RE_YEAR, w->ns, ne, 0, 8)) != NULL &&
		    (yr->at != ne + 2 || role_after(d, yr->end)))
			yr = NULL;	/* ("Jane Smith. Year 6 teacher") */
		if (yr != NULL && year_of_thing(d, yr))
			yr = NULL;	/* "the Year 4 teacher" */
		if (yr != NULL && d->lower && !year_linked(d, yr, w->ns, ne))
			yr = NULL;	/* "blood on that reception" */
		if (yr != NULL && yr->end <= w->ns) {
			/* "Year 1 - Poppy", "Reception pupil Evie": only the
			 * name right after, or after a word for a child */
			if (w->ns - yr->end > 4 && !(i > 0 &&
			    d->w[i - 1].ns >= yr->end && d->w[i - 1].ns -
			    yr->end <= 2 && (strcmp(d->w[i - 1].key,
			    "pupil") == 0 || strcmp(d->w[i - 1].key,
			    "student") == 0 || strcmp(d->w[i - 1].key,
			    "girl") == 0 || strcmp(d->w[i - 1].key,
			    "boy") == 0)))
				yr = NULL;
		}
		rel = ref_near(d, RE_REL, w->ns, ne, 22, 0);
		if (rel != NULL && !joined(d, rel->end, w->ns))
			rel = NULL;
		age = ref_near(d, RE_AGE, w->ns, ne, 0, 4);
		/* "Oluwaseun Adeyemi-Bello and Zainab Al-Hashimi, both 13":
		 * an age said of the two */
		if (age == NULL && full && (age = ref_near(d, RE_AGE, w->ns,
		    ne, 0, 60)) != NULL && (age->at < 6 || memmem(d->nt->s +
		    age->at - 6, 7, "both ", 5) == NULL || !one_sentence(d, ne,
		    age->at, 60)))
			age = NULL;
		if (age != NULL && (word_age(age->val) < 0 ||
		    word_age(age->val) > 18))
			age = NULL;
		if (rel == NULL && family_before(d, i, &fam))
			rel = &fam;
		if (rel == NULL && full && parent_after(d, i + 1, ne, &fam))
			rel = &fam;
		cls = NULL;
		if (full)
			cls = ref_near(d, RE_CLASS, w->ns, ne, 0, 120);
		if (d->lower && yr == NULL)
			continue;
		if (!full && not_a_child(d, i))
			continue;	/* "Noah's Ark", "Leo the Lion" */
		/* "OPEN EVENING for Year 7", "NATIVITY TICKETS": words of
		 * a heading in capitals; but a name tape's or a team
		 * sheet's "ZARA OKONJO" opens with a given name */
		if (w->upper && w->ne - w->ns > 1 && !(full &&
		    caps_name(p, d, i)) && ((i + 1 < d->nw &&
		    d->w[i + 1].upper && d->w[i + 1].ns - w->ne <= 3) ||
		    (i > 0 && d->w[i - 1].upper && w->ns - d->w[i - 1].ne <=
		    3)))
			continue;	/* ("PE & SPORT") */
		/* "Sports Day", "Book Club", "Sunflower Challenge": a word
		 * before a capitalised thing is a title's, not a name */
		if (i + 1 < d->nw && d->w[i + 1].cap && d->w[i + 1].ns -
		    (full ? d->w[i].ne : w->ne) <= 1 && (thing_word(d->w[
		    i + 1].key) || strcmp(d->w[i + 1].key, "club") == 0))
			continue;
		if (animal_named(d, i, full ? i + 1 : i))
			continue;	/* "Poppy, our school reading dog" */
		if (at_other_school(a, d, i, full ? i + 1 : i))
			continue;	/* "(he's at St Benedict's)" */
		/* "Grace in our class has a nut allergy": medical or special
		 * needs detail of this child, where the text speaks of
		 * children; a word that opens a sentence must be a roster
		 * first name to count as a name */
		/* (the name that opens a sentence is its subject: the
		 * detail may come at the sentence's end) */
		med = d->medical ? ref_near(d, RE_MEDICAL, w->ns, ne, 30,
		    160) : NULL;
		if (med != NULL && med->at > ne + 80 &&
		    !opens_sentence(d, w->ns))
			med = NULL;
		if (med != NULL && (!one_sentence(d, med->at, w->ns, 160) ||
		    (!full && opens_sentence(d, w->ns) &&
		    !roster_first_named(p, a, w->key))))
			med = NULL;
		if (full && (yr != NULL || rel != NULL || age != NULL ||
		    cls != NULL || med != NULL)) {
			const struct ref *c = yr ? yr : rel ? rel : age ? age :
			    cls ? cls : med;

			add_pupil(p, text, a, "pupil-named", "pupils.child-name",
			    0.7, w->ns, ne, a->match.mentions[0].school, 0,
			    json_pack("[o]", cue("a child beside the name", d,
			    c->at, c->end)), json_array(),
			    "child's full name beside a child in context");
		} else if (!full && yr != NULL && !(yr->at > ne + 6 &&
		    opens_sentence(d, w->ns) && !named_in_full(d, i) &&
		    !apposition(d, ne, yr)) &&
		    !plain_word(p, a, d, i, yr)) {
			/* ("Brilliant acting from Year 12": a word that
			 * opens a sentence, far from the year, is no name) */
			size_t	fs = w->ns;

			/* "maisie t in year 8": the name and an initial */
			if (strlen(w->key) == 1 && i > 0)
				fs = d->w[i - 1].ns;
			add_pupil(p, text, a, "pupil-identified",
			    "pupils.first-name-detail", 0.6, fs, w->ne,
			    a->match.mentions[0].school, 0, json_pack("[o]",
			    cue("a year group, class or form", d, yr->at,
			    yr->end)), json_array(), "child's first name with "
			    "year group, class or form");
		} else if (!full && age != NULL && age->at == w->ne + 1 &&
		    d->nt->s[w->ne] == ',' && isdigit((unsigned char)
		    age->val[0])) {
			/* "Evie, 4, at Fenwick Vale Infants" */
			add_pupil(p, text, a, "pupil-identified",
			    "pupils.first-name-detail", 0.6, w->ns, w->ne,
			    a->match.mentions[0].school, 0, json_pack("[o]",
			    cue("a child's age", d, age->at, age->end)),
			    json_array(), "child's first name with age at the "
			    "school");
		} else if (!full && rel != NULL && (yr = ref_near(d, RE_YEAR,
		    w->ns, ne, 0, 40)) != NULL) {
			add_pupil(p, text, a, "pupil-identified",
			    "pupils.first-name-detail", 0.6, w->ns, w->ne,
			    a->match.mentions[0].school, 0, json_pack("[o, o]",
			    cue("a child in context", d, rel->at, rel->end),
			    cue("a year group, class or form", d, yr->at,
			    yr->end)), json_array(), "child's first name with "
			    "year group, class or form");
		} else if (!full && (age = ref_near(d, RE_AGE, w->ns, ne, 60,
		    60)) != NULL && word_age(age->val) >= 0 &&
		    word_age(age->val) <= 18 && one_sentence(d, age->at,
		    w->ns, 60) && (rel != NULL || ours_birthday(d, age,
		    w->ns))) {
			/* "happy 7th birthday to our boy Alfie", "to our
			 * terrible twosome Freddie and Florence" */
			if (rel == NULL)
				rel = age;
			add_pupil(p, text, a, "pupil-identified",
			    "pupils.first-name-detail", 0.6, w->ns, w->ne,
			    a->match.mentions[0].school, 0, json_pack("[o, o]",
			    cue("a child in context", d, rel->at, rel->end),
			    cue("a child's age", d, age->at, age->end)),
			    json_array(), "child's first name with age at the "
			    "school");
		} else if (!full && (st = child_street(p, a, d, i, rel)) !=
		    NULL) {
			add_pupil(p, text, a, "pupil-identified",
			    "pupils.first-name-detail", 0.6, w->ns, w->ne,
			    a->match.mentions[0].school, 0, json_pack("[o]",
			    cue("the street the child lives on", d, st->at,
			    st->end)), json_array(), "child's first name with "
			    "the street the child lives on and the school");
		} else if (!full && med != NULL) {
			add_pupil(p, text, a, "pupil-identified",
			    "pupils.first-name-detail", 0.6, w->ns, w->ne,
			    a->match.mentions[0].school, 0, json_pack("[o]",
			    cue("medical or special needs detail", d, med->at,
			    med->end)), json_array(), "child's first name with "
			    "medical or special needs detail");
		}
	}
}

/* Addresses, phone numbers and email addresses near a child. */
static void
rec_contact(struct pupils *p, const char *text, struct analysis *a,
    struct doc *d)
{
	size_t	i;
	int	re;

	/* a contact counts only beside a child in context */
	for (i = 0; i < d->nrefs && d->refs[i].re != RE_REL; i++)
		;
	if (i == d->nrefs)
		return;
	person_refs(p, d);
	for (i = 0; i < d->nrefs; i++) {
		const struct ref	*f = &d->refs[i], *c;

		re = f->re;
		if (re != RE_PHONE && re != RE_EMAIL && re != RE_ADDRESS)
			continue;
		c = ref_near(d, RE_REL, f->at, f->end, 200, 200);
		if (c == NULL)
			continue;
		add_pupil(p, text, a, "pupil-contact", "pupils.contact", 0.6,
		    f->at, f->end, a->match.nmentions > 0 ?
		    a->match.mentions[0].school : -1, 0, json_pack("[o]",
		    cue("a child in context", d, c->at, c->end)), json_array(),
		    re == RE_PHONE ? "phone number near a child" : re ==
		    RE_EMAIL ? "email address near a child" :
		    "home address near a child");
	}
}

/*
 * Return 1 if short text "text" ("len" bytes, a post rather than a page)
 * speaks of a child: a roster pupil named there needs no school ("Isla
 * McAllister's mum, can you message me").
 */
static int
child_hint(const char *text, size_t len)
{
	static const char *words[] = {
		"'s mum", "'s dad", "'s mom", "'s mummy", "'s daddy",
		"'s parents", "'s mother", "'s father", "my daughter",
		"my son", "my child", "my little", "our daughter", "our son",
		"at school", "in her class", "in his class", "s' mum",
		"s' dad", "s' mom", "s' parents",
		"\xe2\x80\x99s mum",
		"\xe2\x80\x99s dad", "birthday party", "playdate",
		"'s girl", "'s boy", "'s son", "'s daughter", "'s lad",
		"'s little", "\xe2\x80\x99s girl", "\xe2\x80\x99s boy",
		"\xe2\x80\x99s son", "\xe2\x80\x99s daughter",
		" her daughter", " his daughter", " her son", " his son",
	};
	size_t	i;

	if (len > 2000)
		return (0);
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		if (memmem(text, len, words[i], strlen(words[i])) != NULL)
			return (1);
	}
	return (0);
}

/* Return 1 if short text "text" ("len" bytes, a post) holds a social
 * handle ("@name"), which may spell a pupil's name with no school named. */
static int
handle_hint(const char *text, size_t len)
{
	const char	*at;

	if (len > 2000)
		return (0);
	for (at = memchr(text, '@', len); at != NULL; at = memchr(at + 1, '@',
	    len - (size_t)(at + 1 - text))) {
		if ((at == text || !isalnum((unsigned char)at[-1])) &&
		    at + 1 < text + len && isalpha((unsigned char)at[1]))
			return (1);
	}
	return (0);
}

/* Return 1 if the "n" bytes at "w" are a word a page counts things
 * by ("Comments", "Replies"). */
static int
ui_count(const char *w, size_t n)
{
	static const char *words[] = {
		"Answers", "Comments", "Followers", "Likes", "Messages",
		"Photos", "Posts", "Replies", "Responses", "Results",
		"Reviews", "Shares", "Videos", "Views", "Votes",
	};
	size_t	k;

	for (k = 0; k < sizeof words / sizeof words[0]; k++) {
		if (strlen(words[k]) == n && strncasecmp(w, words[k], n) == 0)
			return (1);
	}
	return (0);
}

/* Return 1 if two capitalised words ("Ruby-Mae Whitlock ") end right
 * before "q" in "text". */
static int
name_ends_at(const char *text, const char *q)
{
	const char	*w = q;
	int		 words;

	for (words = 0; words < 2; words++) {
		if (w - text < 3 || w[-1] != ' ')
			return (0);
		w--;
		while (w > text && (isalpha((unsigned char)w[-1]) ||
		    w[-1] == '-' || w[-1] == '\''))
			w--;
		if (!isupper((unsigned char)*w) || !islower((unsigned char)
		    w[1]))
			return (0);
		/* a page's count: "Comments (6)", "Photos (12)" */
		if (words == 0 && ui_count(w, (size_t)(q - 1 - w)))
			return (0);
	}
	return (1);
}

/* Return where " birthday" next stands in "p".."e" ("Birthday",
 * "BIRTHDAY"), or NULL. The search steps from "y" to "y", a rare
 * letter, and looks back: most texts hold no birthday, and a page is
 * read end to end for one. */
static const char *
next_birthday(const char *p, const char *e)
{
	static const char	*forms[] = { "irthda", "IRTHDA" };
	const char		*a, *best = NULL;
	size_t			 k;

	for (k = 0; k < 2; k++) {
		for (a = p + 8; e - p > 8 && a < e && (a = memchr(a, "yY"[k],
		    (size_t)(e - a))) != NULL; a++) {
			if (memcmp(a - 6, forms[k], 6) == 0 && (a[-7] ==
			    'b' || a[-7] == 'B') && a[-8] == ' ') {
				if (best == NULL || a - 8 < best)
					best = a - 8;
				break;
			}
		}
	}
	return (best);
}

/*
 * Return 1 if the "len" bytes at "text" hint at a child ("Year 4",
 * "Reception", "11-year-old", "aged 7", "(12)", or in a post "my son",
 * "Isla's mum", a handle "@name"): then a text that names no school is
 * still read for roster names.
 */
int
pupils_hint(const char *text, size_t len)
{
	const char	*p = text, *e = text + len, *q;
	int		 c;

	/* one read for each case of "y": "Year 4", "year 10" (not "year
	 * 2024"), "yr4", "Yr 10", and a child's age, "a 9-year-old" */
	for (c = 0; c < 2; c++) {
		for (p = text; p + 3 < e && (q = memchr(p, "yY"[c],
		    (size_t)(e - p - 3))) != NULL; p = q + 1) {
			if (q + 6 < e && memcmp(q + 1, "ear ", 4) == 0 &&
			    isdigit((unsigned char)q[5]) &&
			    (!isdigit((unsigned char)q[6]) || (q + 7 < e &&
			    q[5] == '1' && !isdigit((unsigned char)q[7]))))
				return (1);
			if (q[1] == 'r' && (q == text ||
			    !isalpha((unsigned char)q[-1])) &&
			    (isdigit((unsigned char)q[2]) || (q[2] == ' ' &&
			    isdigit((unsigned char)q[3]))))
				return (1);
			if (c == 0 && q - text >= 2 && q[-1] == '-' &&
			    e - q >= 8 && memcmp(q, "year-old", 8) == 0 &&
			    isdigit((unsigned char)q[-2]) && (q - text == 2 ||
			    !isdigit((unsigned char)q[-3]) || q[-3] == '1'))
				return (1);
		}
	}
	/* an age group: "U12 Lions", "U-15", "Under 9s", "Under-14" */
	for (p = text; p + 1 < e && (q = memchr(p, 'U', (size_t)(e - p - 1)))
	    != NULL; p = q + 1) {
		const char	*n = q + 1;

		if (q > text && isalnum((unsigned char)q[-1]))
			continue;
		if (e - n >= 5 && memcmp(n, "nder", 4) == 0)
			n += 4;
		if (n < e && (*n == '-' || (*n == ' ' && n > q + 1)))
			n++;
		if (n < e && *n == '1' && n + 1 < e && *(n + 1) >= '0' &&
		    *(n + 1) <= '8')
			n++;	/* U10 to U18 */
		else if (!(n < e && *n >= '7' && *n <= '9'))
			continue;	/* (U7 to U9) */
		if (n + 1 == e || !isdigit((unsigned char)*(n + 1)))
			return (1);
	}
	/* "happy 8th birthday", "8TH BIRTHDAY": a child's birthday (up to
	 * the 17th) */
	for (p = text; p < e && (q = next_birthday(p, e)) != NULL; p = q + 9) {
		int	age = -1;

		if (q - text >= 3 && isdigit((unsigned char)q[-3]))
			age = q[-3] - '0';
		if (age >= 0 && q - text >= 4 && isdigit((unsigned char)q[-4]))
			age += 10 * (q[-4] - '0');
		if (age > 0 && age < 18 && !(q - text >= 5 && age >= 10 &&
		    isdigit((unsigned char)q[-5])))
			return (1);
	}
	/* "Freya Lindqvist, 11, of Upper Wexcombe": an age between
	 * commas */
	for (p = text; p + 4 < e && (q = memchr(p, ',', (size_t)(e - p - 4)))
	    != NULL; p = q + 1) {
		if (q[1] == ' ' && isdigit((unsigned char)q[2]) &&
		    (q[3] == ',' || (isdigit((unsigned char)q[3]) && q + 4 <
		    e && q[4] == ',' && q[2] == '1')))
			return (1);
	}
	/* "Ruby-Mae Whitlock (12)": a child's age in brackets after a
	 * capitalised name of two words or more */
	for (p = text; p + 3 < e && (q = memchr(p, '(', (size_t)(e - p - 3)))
	    != NULL; p = q + 1) {
		if (isdigit((unsigned char)q[1]) && (q[2] == ')' ||
		    (q[1] == '1' && isdigit((unsigned char)q[2]) && q + 3 < e &&
		    q[3] == ')')) && name_ends_at(text, q))
			return (1);
	}
	for (p = text; e - p >= 9 && (q = memchr(p, 'R', (size_t)(e - p -
	    8))) != NULL; p = q + 1) {
		if (memcmp(q + 1, "eception", 8) == 0)
			return (1);
	}
	return (child_hint(text, len) || handle_hint(text, len));
}

/*
 * Mark as places the capitalised words that are no one's first name: a
 * place of the trust's schools ("Wexcombe Young Writers"), and a word
 * right after "in", "at", "near" or "via" ("St Aldhelm's Academy in
 * Poole", "the Roman villa at Fishbourne"). A person is seldom said to
 * be in or at, but in a possessive ("at Grace's party"), so there a
 * common given name, a roster given name or a word before "'s" stays a
 * name.
 */
static void
doc_places(struct pupils *p, struct doc *d)
{
	static const char *preps[] = { "in", "at", "near", "via" };
	size_t	 i, k;

	for (i = 0; i < d->nw && p->places.n > 0; i++) {
		const char	*k1 = d->w[i].key;

		if (d->w[i].cap && bsearch(&k1, p->places.v, p->places.n,
		    sizeof *p->places.v, cmp_str) != NULL)
			d->w[i].place = 1;
	}
	for (i = 1; i < d->nw; i++) {
		struct word	*w = &d->w[i];

		if (!w->cap || w->place || w->ns != d->w[i - 1].ne + 1 ||
		    d->nt->s[w->ns - 1] != ' ' || (w->ne < d->nt->len &&
		    d->nt->s[w->ne] == '\''))
			continue;
		for (k = 0; k < sizeof preps / sizeof preps[0]; k++) {
			if (strcmp(d->w[i - 1].key, preps[k]) == 0 &&
			    !d->w[i - 1].cap)
				break;
		}
		/* "St Aldhelm's Primary Frome": the school's town */
		if (k == sizeof preps / sizeof preps[0] &&
		    analyze_school_head(d->w[i - 1].key,
		    strlen(d->w[i - 1].key)) == 0)
			continue;
		if (given_name(w->key) || (p->nr > 0 && word_on_roster(p, d,
		    i, 1)))
			continue;
		w->place = 1;
	}
}

/*
 * Recognise a roster pupil by a parent's full name and the child's given
 * name: "Catriona McAllister's girl Isla", "Jess Brennan and her son
 * Oliver". The parent's surname with the child's given name is the
 * pupil's full name, which the roster's keyed hashes may hold.
 */
static void
rec_roster_parent(struct pupils *p, const char *text, struct analysis *a,
    struct doc *d)
{
	size_t	i, c, n;
	int	k;

	if (p->nr == 0)
		return;
	for (i = 0; i + 2 < d->nw; i++) {
		const struct word *w1 = &d->w[i], *w2 = &d->w[i + 1];

		if (!nameish(d, i) || !nameish(d, i + 1) || w1->span ||
		    w2->span || w2->ns - w1->ne > 1 || !joined(d, w1->ne,
		    w2->ns) || !word_on_roster(p, d, i + 1, 2))
			continue;
		if ((n = child_of(d, w2->ne)) == 0)
			continue;
		/* the child's given name right after ("... girl Isla") */
		if ((c = name_at(d, i + 2, w2->ne + n)) >= d->nw ||
		    (k = roster_name(p, d->w[c].key, w2->key)) < 0 ||
		    p->r[k].ordinary || animal_named(d, c, c))
			continue;
		add_pupil(p, text, a, "pupil-named", "pupils.roster-parent",
		    0.7, w1->ns, d->w[c].ne, p->r[k].school,
		    p->r[k].objection, json_pack("[o]", cue("a "
		    "parent's full name, whose surname the child shares", d,
		    w1->ns, w2->ne)), json_array(), "roster pupil named by a "
		    "given name and a parent's full name");
		i = c;
	}
}

/* Recognise the pupils the text names or identifies. */
static int
pupils_run(void *arg, const char *text, size_t len, struct analysis *a)
{
	struct pupils	*p = arg;
	struct doc	 d;
	size_t		 i;
	int		 mentions;

	(void)len;
	mentions = a->match.nmentions > 0;
	/* A text about no school, the trust or the area: nothing to do. */
	if (!mentions && !a->match.trust && !(p->nr > 0 &&
	    (a->match.context || a->match.nunsure > 0 ||
	    pupils_hint(text, len))))
		return (0);
	memset(&d, 0, sizeof d);
	d.text = text;
	d.nt = a->norm;
	/* A text typed in lower case may still shout an acronym ("from HPA
	 * tmrw"): only a capital before a small letter is a capitalised
	 * word. */
	d.lower = 1;
	for (i = 0; i + 1 < len && d.lower; i++) {
		if (isupper((unsigned char)text[i]) &&
		    islower((unsigned char)text[i + 1]))
			d.lower = 0;
	}
	doc_words(a, &d);
	d.fiction = fiction_doc(&d);
	doc_places(p, &d);
	doc_other_schools(&d);
	doc_refs(p, a, &d);
	for (i = 0; i < d.nrefs && !d.kids; i++)
		d.kids = d.refs[i].re == RE_YEAR || d.refs[i].re == RE_REL ||
		    d.refs[i].re == RE_CLASS;
	rec_roster(p, text, a, &d, mentions);
	rec_roster_parent(p, text, a, &d);
	rec_handle(p, text, a, &d);
	if (mentions) {
		const struct ref	*yr;

		if ((yr = one_year(&d)) != NULL) {
			d.one_year = *yr;
			d.has_one_year = 1;
		}
		rec_roster_first(p, text, a, &d);
		rec_child(p, text, a, &d);
		rec_contact(p, text, a, &d);
	}
	free(d.w);
	free(d.keys);
	free(d.refs);
	free(d.byre);
	free(d.osw);
	return (0);
}

const struct analyzer pupils_analyzer = {
	"pupils", pupils_init, pupils_run, pupils_free,
};
