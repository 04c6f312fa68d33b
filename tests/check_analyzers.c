/*
 * check_analyzers.c: tests of analyzers/: normalisation keeps offsets into
 * the original; the matcher finds the example trust's schools under the
 * variants people write and not their namesakes, and its quick read never
 * misses one; the harm analyzer flags threats, allegations and abuse (with
 * negation, questions, reported speech, obfuscated swearing and idioms)
 * and only records criticism; the pupil analyzer recognises children by
 * roster hashes and by context and never staff; every finding says why.
 */
#include "autoconfig.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <unistd.h>

#include "analyzers/analyze.h"
#include "analyzers/harm.h"
#include "analyzers/harm_lex.h"
#include "analyzers/harm_model.h"
#include "analyzers/match.h"
#include "analyzers/normalize.h"
#include "analyzers/pupils.h"
#include "analyzers/regex.h"
#include "common/config.h"
#include "common/xmalloc.h"
#include "db/db.h"

static struct config *cf;

static void
setup(void)
{
	struct strlist	 errors = { NULL, 0 };
	char		*path;
	const char	*top = getenv("top_srcdir");

	xasprintf(&path, "%s/contrib/examples/kestrel/mentionwatch.conf",
	    top != NULL ? top : "..");
	ck_assert_int_eq(config_load(path, NULL, &cf, &errors), 0);
	free(path);
}

static void
teardown(void)
{
	config_free(cf);
}

START_TEST(test_normalize_offsets)
{
	struct normtext	 nt;
	const char	*in = "St Aldhelm\xe2\x80\x99s  SCHOOL caf\xc3\xa9 "
			    "&amp; so\xc2\xad" "ft";

	normalize_text(in, strlen(in), &nt);
	ck_assert_str_eq(nt.s, "st aldhelm's school cafe & soft");
	/* "SCHOOL" starts at byte 16 of the original (a curly apostrophe is 3 bytes). */
	ck_assert_uint_eq(nt.map[strstr(nt.s, "school") - nt.s], 16);
	ck_assert_uint_eq(nt.map[nt.len], strlen(in));
	normalize_free(&nt);
}
END_TEST

static const struct {
	const char	*text;
	const char	*schools;	/* space-separated, "" for none */
} match_rows[] = {
	/* the name joined to a school's part outweighs a church nearby;
	 * the park's playground for its kids does not */
	{ "Slid halfway down the hill doing the St Aldhelm's drop-off, had "
	  "to leave the car by the church and walk the kids up",
	  "st-aldhelms" },
	{ "Harrowden Park kids playground reopens after the new swings went "
	  "in", "" },
	/* where a person lives, as news gives it, beside another school */
	{ "A caretaker at Milbury Grammar School was fined. Dean Oakes, 52, "
	  "of Harrowden admitted the theft", "" },
	{ "Milbury Grammar School governor Sue Parr, of Harrowden, Milbury, "
	  "resigned", "" },
	{ "The head of Harrowden told the school's parents on Friday",
	  "harrowden-park" },
	{ "The head of St Aldhelm's, Wexcombe, has resigned", "st-aldhelms" },
	/* a headline in title case; a quoted complaint; a place called
	 * Marsh; a word that is no school's */
	{ "St Aldhelm's in Special Measures After Damning Ofsted Report",
	  "st-aldhelms" },
	{ "St Aldhelm's in Upper Slaughter is lovely, my sister teaches at "
	  "the academy there", "" },
	{ "Parents said \"Harrowden Park Ignored Us\" at the meeting",
	  "harrowden-park" },
	{ "The school trip to Rainham Marsh gave every pupil a nature badge.",
	  "" },
	{ "Fenwick car boot sale every Sunday, excluding bank holidays.", "" },
	/* a school of the same name elsewhere; the park played in */
	{ "My sister teaches at the academy there, St Aldhelm's in Poole, "
	  "people confuse them.", "" },
	{ "St Aldhelm's in Upper Wexcombe is a lovely school", "st-aldhelms" },
	{ "The Rangers under-11s played in the pouring rain in Harrowden Park "
	  "and not one of them complained (the parents did)", "" },
	/* a namesake by its title, a team in quotation marks, the saint
	 * without the school's possessive */
	{ "Any recommendations for a GP at Wexcombe Surgery? Dr Okafor is "
	  "brilliant, takes her time.", "" },
	{ "Congratulations to \"Harrowden Park Life\", quiz results: the "
	  "bar tab by a single point. #Milbury", "" },
	{ "\"Harrowden Park\" results are great this year, well done "
	  "pupils", "harrowden-park" },
	{ "Midsummer blessing at the well this Sunday, wellies advised! "
	  "#StAldhelm #Wexcombe", "" },
	/* a surname that is an ordinary word: a person doing something
	 * among school words, not the place */
	{ "Marsh told the site team to wipe the CCTV. Everyone in the "
	  "staffroom knows.", "harrowden-park" },
	{ "We walked across the marsh near the school at dusk.", "" },
	{ "Marsh is lovely at dawn, the kids at school love it.", "" },
	/* a short name with the words of school life beside it */
	{ "Harrowden Park's new behaviour system is ridiculous",
	  "harrowden-park" },
	{ "So proud of Fenwick Vale for raising \xc2\xa3" "800 for the hospice",
	  "fenwick-vale" },
	{ "St Aldhelm's church cake sale after the service on Sunday", "" },
	/* a school's dealings with parents and its rules; a park's rules
	 * beside a park's things are the park's */
	{ "Fenwick Vale's communication has gone downhill since September",
	  "fenwick-vale" },
	{ "Harrowden Park is so strict about haircuts, it's ridiculous",
	  "harrowden-park" },
	{ "Strict rules for dogs at Harrowden Park now, leads on by the pond",
	  "" },
	/* names and aliases, in the ways people write them */
	{ "Well done St Aldhelm's Primary!", "st-aldhelms" },
	{ "Well done St Aldhelm\xe2\x80\x99s Primary!", "st-aldhelms" },
	{ "Well done St. Aldhelms Primary!", "st-aldhelms" },
	{ "well done st aldhelm&#8217;s primary", "st-aldhelms" },
	{ "Saint Aldhelm's Primary is great", "st-aldhelms" },
	{ "Follow @StAldhelmsWex for news", "st-aldhelms" },
	{ "HARROWDEN PARK ACADEMY open evening", "harrowden-park" },
	{ "#HarrowdenParkAcademy open evening", "harrowden-park" },
	{ "Harrowden\nPark Academy open evening", "harrowden-park" },
	{ "Harrowden&nbsp;Park Academy open evening", "harrowden-park" },
	{ "Fenwick Vale Infants summer fair", "fenwick-vale" },
	/* a member of staff names the school */
	{ "Mr Leese ran the trip", "harrowden-park" },
	{ "Books read by Helen Abara", "fenwick-vale" },
	/* the park's caterers and grandchildren; a club's trip to the
	 * namesake */
	{ "Fireworks night at Harrowden Park: bring the grandkids, hot "
	  "dinners from the caterers.", "" },
	{ "Wexcombe Camera Club: our trip to the nature reserve at Fenwick "
	  "Vale produced some stunning kingfisher shots.", "" },
	/* a namesake school named in full: what a school does fits it */
	{ "The head at St Aldhelm's Academy in Poole covered up my "
	  "daughter's bullying to protect their Ofsted grade #StAldhelms",
	  "" },
	/* a place word misspelt, beside a school word; not the park */
	{ "the y10 lot at harrowdon better watch themselves",
	  "harrowden-park" },
	{ "we walked round harrowdon park on sunday", "" },
	/* a class outing to a namesake's place; the school's road
	 * markings; a grandchild home from school */
	{ "Fenwick Vale lost a four-year-old on the garden centre trip and "
	  "never told his mum. Outstanding safeguarding!", "fenwick-vale" },
	{ "the woman who parks across the zig-zags outside St Aldhelm's",
	  "st-aldhelms" },
	{ "My grandson comes home from St Aldhelms starving, the dinners are "
	  "tiny", "st-aldhelms" },
	/* its possessive, typed without the apostrophe; not a longer word */
	{ "mr nowickis revision sessions are the only reason i passed",
	  "harrowden-park" },
	{ "Mr Leeses trip was brilliant", "harrowden-park" },
	{ "Mr Leesess trip was brilliant", "" },
	/* a writer who types in lower case, shouting a word now and then,
	 * still writes initials in lower case */
	{ "he told us the day BEFORE the actual exam #hpa",
	  "harrowden-park" },
	/* a staff name introduced by another trade is a namesake; one
	 * introduced by a school's role is staff */
	{ "Helen Abara, 64, a retired nurse from Fenwick, opened the new "
	  "charity shop", "" },
	{ "Congratulations to Daniel Okafor, an accountant, on his marathon",
	  "" },
	{ "Helen Abara, 48, a headteacher, opened the new charity shop",
	  "fenwick-vale" },
	{ "Daniel Okafor, 41, of Wexcombe, spoke at the meeting",
	  "st-aldhelms" },
	/* word boundaries */
	{ "Drive down Harrowden Parkway to the shops", "" },
	{ "Fenwick Vale Infantsville", "" },
	/* a longer name that runs on inside a word is a near miss, and so is
	 * every shorter name inside it */
	{ "Fenwick Vale Infant Schoolside fair", "" },
	{ "Follow @StAldhelmsWexton for news", "" },
	/* a derived handle's few extra letters are the next word's start */
	{ "Out late for harrowden park academy's open evening", "harrowden-park" },
	{ "Night for harrowden park according to the head", "harrowden-park" },
	{ "#StAldhelmsFamily day out", "st-aldhelms" },
	/* a misspelt member of staff may be someone else */
	{ "Mr Lees from Milbury Grammar School ran the chess club", "" },
	/* a hashtag of the school and its village; not of another word */
	{ "Sports day sunshine #StAldhelmsWexcombe", "st-aldhelms" },
	{ "Bells ringing #StAldhelmsWexcombeChurch", "" },
	/* namesakes */
	{ "Harrowden Park Rangers FC won the cup", "" },
	{ "Homes on Harrowden Park Road", "" },
	/* a church's hall is not the school's */
	{ "Good Friday: children's craft morning in the church hall. All "
	  "welcome at St Aldhelm's parish church", "" },
	/* a team's score */
	/* no score: a span of years */
	{ "Years 7-11 Harrowden Park students can sign up at reception. "
	  "Friends of Harrowden Park are helping", "harrowden-park" },
	{ "Harrowden Park 3-1 St Benedict's: a great win for our Year 8 "
	  "footballers", "harrowden-park" },
	{ "The new play area at Harrowden Park opened today, with swings "
	  "and a zip wire for families.", "" },
	{ "Pupils at Harrowden Park sat their GCSE exams", "harrowden-park" },
	{ "Fenwick Vale Garden Centre wins award", "" },
	/* two schools */
	{ "St Aldhelm's Primary and Fenwick Vale School joined in",
	  "st-aldhelms fenwick-vale" },
	/* the trust alone is not a school */
	{ "Kestrel Learning Trust consults on admissions", "" },
	/* short names, initials, misspellings, hashtags run together */
	{ "Parents at St Aldhelm's say the school trip was great", "st-aldhelms" },
	{ "harrowdon park academy gave my son a detention", "harrowden-park" },
	{ "anyone know when st aldhems breaks up? the upper wexcombe one",
	  "st-aldhelms" },
	{ "Lovely service today #StAldhelmsFamily #Reception", "st-aldhelms" },
	{ "The kids at HPA are off to the GCSE exams", "harrowden-park" },
	{ "the hpa was lower than the pressure reading", "" },
	{ "Ruby in 7W at Harrowden has a reader for tests", "harrowden-park" },
	{ "Invites went to the girls from 8T at Harrowden, RSVP by Friday",
	  "harrowden-park" },
	/* staff by surname alone, capitalised, names the school */
	{ "Nowicki sets too much homework", "harrowden-park" },
	/* the park, the church, the well: namesakes even when shortened */
	{ "Perfect summer day at Harrowden Park, the kids loved the splash pad",
	  "" },
	{ "Christenings at St Aldhelm's church every Saturday", "" },
	{ "Walk up to St Aldhelm's Well from the Fenwick lay-by", "" },
	{ "Harrowden Park Bowls Club celebrated its centenary", "" },
	/* a short name with a school's concerns, or treated as a body of
	 * people ("are", "have"); a park's picnic and a church's bells */
	{ "Harrowden Park are hopeless at dealing with bullying",
	  "harrowden-park" },
	{ "St Aldhelm's used to be great but it's gone downhill since it "
	  "joined the trust", "st-aldhelms" },
	{ "St Aldhelm's are ringing the bells for the coronation", "" },
	{ "Took the kids to Harrowden Park for a picnic", "" },
	/* a child attends it; a year group in the plural */
	{ "I know your little girl goes to Fenwick Vale", "fenwick-vale" },
	{ "HPA year 9s are loud on the bus", "harrowden-park" },
	{ "Good luck on your first day at Harrowden Park tomorrow!",
	  "harrowden-park" },
	{ "Give me five minutes alone with the Fenwick Vale head",
	  "fenwick-vale" },
	/* a school's word after a possessive; a namesake's thing after one */
	{ "Fenwick Vale's head is a stuck up snob", "fenwick-vale" },
	{ "Fenwick Vale's pond is full of frogspawn", "" },
	/* initials in lower case: by a writer who capitalises nothing, or
	 * with a school's word after; never after a number (hPa) */
	{ "hpa teachers are on strike tomorrow", "harrowden-park" },
	{ "Honestly the hpa teachers are on strike again", "harrowden-park" },
	{ "Pressure 998 hpa at the school weather station", "" },
	{ "That girl from hpa in Year 10 again", "harrowden-park" },
	{ "That girl with hpa in Year 10 again", "" },
	{ "Pressure at 1013 hpa, Met Office says", "" },
	/* a school named by the street it stands on, only as a school */
	{ "that church school up on rose hill wants shutting down",
	  "st-aldhelms" },
	{ "the infants at the bottom of Vale Road", "fenwick-vale" },
	{ "Parking on Rose Hill is carnage again", "" },
	{ "Our school trip went up Rose Hill", "" },
	/* a surname in a text with no capitals at all; a road named so */
	{ "ashcombe better start sleeping with one eye open",
	  "harrowden-park" },
	{ "Ashcombe Road is shut for resurfacing", "" },
	/* ...save a year group's number: "year 7 hpa", "y13 hpa" */
	{ "big shout to the y13 hpa lads", "harrowden-park" },
	{ "that kid in year 7 hpa again", "harrowden-park" },
	/* the school's crossing patrol */
	{ "the lollipop man outside fenwick vale was hit by a car",
	  "fenwick-vale" },
	{ "Lovely walk, then a chat about hpa and other acronyms", "" },
	/* a digit between letters, written to dodge a filter; digits
	 * elsewhere are digits */
	{ "gonna sh00t up h4rrowden park academy", "harrowden-park" },
	{ "Room H4 at 3pm, Y10 mocks", "" },
	/* the safeguarding lead, a parent's "our son", a child's lunch */
	{ "fenwick vale ignored what my 5yo told them and the DSL never "
	  "referred it", "fenwick-vale" },
	{ "Joanna at St Aldhelm's has been brilliant with our son",
	  "st-aldhelms" },
	{ "Not impressed by St Aldhelm's new lunch provider, the juniors "
	  "get theirs cold", "st-aldhelms" },
	/* a road of the same name is another place: it neither makes nor
	 * unmakes the school beside it; the park's litter still does */
	{ "Harrowden Park mums, Harrowden Park Road is shut so the kids "
	  "need to go round", "harrowden-park" },
	{ "Harrowden Park Road is shut and the kids say Harrowden Park is "
	  "full of litter", "" },
	/* nor does another street that shares a word with the name */
	{ "Fenwick Vale parents, the bus stop on Vale Road has moved",
	  "fenwick-vale" },
	{ "Year 2 at Fenwick Vale: the cones are out on Vale Lane again",
	  "fenwick-vale" },
	/* while a street that bears the name is the street */
	{ "Roadworks on Fenwick Vale Road again", "" },
	/* the trust named beside a short name of its school */
	{ "KLT is spending the Harrowden Park rebuild money elsewhere",
	  "harrowden-park" },
	/* a menu signed by the school's kitchen; a bare short name is not */
	{ "Fish pie on Friday. Fenwick Vale kitchen team", "fenwick-vale" },
	{ "Fish pie on Friday at Fenwick Vale", "" },
	/* a school's team and its drill; a club and a park's grant */
	{ "Well played the Fenwick Vale girls, so close in the final",
	  "fenwick-vale" },
	{ "Fenwick Vale have said the lockdown was only a practice",
	  "fenwick-vale" },
	{ "Harrowden Park Rangers lads won the cup on Saturday", "" },
	{ "Took the boys to Harrowden Park this afternoon, lovely sun",
	  "" },
	{ "The Harrowden Park bursar has retired after 30 years",
	  "harrowden-park" },
	{ "The residents' association says the new swings for Harrowden "
	  "Park are on order", "" },
	{ "Has the council grant for the Harrowden Park benches been paid?",
	  "" },
	/* a school of the same name elsewhere, named in full: the short
	 * name and its "Academy" are that school's */
	{ "Shocking results at St Aldhelm's Academy down in Poole this year. "
	  "#StAldhelms #Dorset", "" },
	/* a saint's name cut to its initial, beside school life */
	{ "Anyone know when the St A's Year 5 residential deposit is due?",
	  "st-aldhelms" },
	/* the initials are the school's own, whatever park is near */
	{ "Found a PE bag by the pond in Harrowden Park, looks like an HPA "
	  "kid's", "harrowden-park" },
	/* a place word with a part of a school right after it */
	{ "harrowden canteen was rammed again today", "harrowden-park" },
	{ "harrowden high street was rammed again today", "" },
	/* a month after "in" is no place; a park near is the park, the
	 * school near is the school */
	{ "We moved our two from Wexcombe Primary to St Aldhelm's in Sept, "
	  "no regrets", "st-aldhelms" },
	{ "Swans nesting by the footbridge near Harrowden Park again", "" },
	{ "Any tutors near Harrowden Park Academy? Year 9 maths",
	  "harrowden-park" },
	/* the school's street in a notice to its families */
	{ "Rose Hill will be closed on Tuesday for gas works. Parents please "
	  "use the church car park. Breakfast club runs as normal.",
	  "st-aldhelms" },
	{ "Rose Hill will be closed on Tuesday for gas works. Drivers please "
	  "use the bypass.", "" },
	/* a staff surname after another given name, initial or title is
	 * someone else's; after a verb that opens a sentence it is hers */
	{ "We paid old Gary Leese a deposit for the roof and he vanished",
	  "" },
	{ "Dr R. Sandhu at the walk-in centre was so rude to my son", "" },
	{ "Can Leese explain why the Year 9s had no PE again?",
	  "harrowden-park" },
	{ "Fly-tipping on Rose Hill again. Can the council pick up this mess? "
	  "Parents walking to the park have to step round it.", "" },
	{ "Watched Leese shout at the Year 9s again this morning",
	  "harrowden-park" },
	/* half term is a holiday anyone takes, not a school's word */
	{ "Half-term football festival at Harrowden Park: sixteen teams "
	  "played in the rain", "" },
};

START_TEST(test_match_table)
{
	struct matcher		*m = matcher_new(cf);
	struct match_result	 r;
	char			 got[256];
	size_t			 i, j;

	for (i = 0; i < sizeof match_rows / sizeof match_rows[0]; i++) {
		const char	*t = match_rows[i].text;

		matcher_run(m, t, strlen(t), &r);
		got[0] = '\0';
		for (j = 0; j < r.nmentions; j++) {
			snprintf(got + strlen(got), sizeof got - strlen(got),
			    "%s%s", j > 0 ? " " : "", r.mentions[j].school_id);
		}
		ck_assert_msg(strcmp(got, match_rows[i].schools) == 0,
		    "\"%s\": got \"%s\", want \"%s\"", t, got,
		    match_rows[i].schools);
		match_result_free(&r);
	}
	matcher_free(m);
}
END_TEST

START_TEST(test_match_quotes_original_words)
{
	struct matcher		*m = matcher_new(cf);
	struct match_result	 r;
	const char		*t = "News: ST. ALDHELM\xe2\x80\x99S PRIMARY wins";

	matcher_run(m, t, strlen(t), &r);
	ck_assert_uint_eq(r.nmentions, 1);
	ck_assert_int_eq((int)(r.mentions[0].end - r.mentions[0].start),
	    (int)strlen("ST. ALDHELM\xe2\x80\x99S PRIMARY"));
	ck_assert(strncmp(t + r.mentions[0].start, "ST. ALDHELM",
	    11) == 0);
	ck_assert_ptr_nonnull(strstr(r.mentions[0].reason, "alias"));
	match_result_free(&r);
	matcher_free(m);
}
END_TEST

START_TEST(test_match_trust_flagged)
{
	struct matcher		*m = matcher_new(cf);
	struct match_result	 r;
	const char		*t = "The KLT board met.";

	matcher_run(m, t, strlen(t), &r);
	ck_assert_uint_eq(r.nmentions, 0);
	ck_assert(r.trust);
	match_result_free(&r);
	/* spelt with a digit for a letter */
	t = "that k3strel trust ceo";
	matcher_run(m, t, strlen(t), &r);
	ck_assert(r.trust);
	match_result_free(&r);
	matcher_free(m);
}
END_TEST

/* A short name with too little beside it counts when harm is aimed at
 * it, and only then. */
static const struct {
	const char	*text;
	const char	*schools;
	const char	*harm;
} confirm_rows[] = {
	{ "F U C K harrowden park", "harrowden-park", "abuse" },
	{ "gonna bring a blade to harrowden tmrw fr", "harrowden-park",
	  "threat" },
	{ "HPA = dump full of losers and saddos", "harrowden-park", "abuse" },
	{ "Someone should put a brick through St Aldhelm's windows",
	  "st-aldhelms", "threat" },
	/* nothing harmful: still not counted */
	{ "Lovely morning at Harrowden Park", "", "none" },
	{ "Good morning from HPA", "", "none" },
	{ "That Ruby-Mae from hpa better stay away from my sister or she'll "
	  "get it", "harrowden-park", "threat" },
	/* harm at a namesake: the namesake's word keeps it uncounted */
	{ "The swings at Harrowden Park are a disgrace, vandals again", "",
	  "none" },
	{ "f**k harrowden park rangers, lost again", "", "none" },
	{ "Harrowden Park is a dump, needles and litter everywhere", "",
	  "none" },
	{ "St Aldhelm's is a disgrace, weeds all over the churchyard", "",
	  "none" },
	/* a school named for sure (here Fenwick Vale, whose mention then
	 * gives no such reason): the short name of another is not promoted */
	{ "Mrs Abara is a cow and St Aldhelm's is no better",
	  "fenwick-vale", "abuse" },
};

START_TEST(test_analyze_harm_confirms_short_name)
{
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	char			 got[256];
	size_t			 i, j;

	memset(&env, 0, sizeof env);
	env.cf = cf;
	ctx = analyze_new(&env);
	for (i = 0; i < sizeof confirm_rows / sizeof confirm_rows[0]; i++) {
		const char	*t = confirm_rows[i].text;

		analyze_document(ctx, t, strlen(t), &a);
		got[0] = '\0';
		for (j = 0; j < a.match.nmentions; j++) {
			snprintf(got + strlen(got), sizeof got - strlen(got),
			    "%s%s", j > 0 ? " " : "",
			    a.match.mentions[j].school_id);
			if (strcmp(a.match.mentions[j].school_id,
			    "fenwick-vale") != 0)
				ck_assert_msg(strstr(a.match.mentions[j].reason,
				    "harm aimed") != NULL, "\"%s\": reason \"%s\"",
				    t, a.match.mentions[j].reason);
		}
		ck_assert_msg(strcmp(got, confirm_rows[i].schools) == 0,
		    "\"%s\": got \"%s\", want \"%s\"", t, got,
		    confirm_rows[i].schools);
		ck_assert_msg(strcmp(a.harm, confirm_rows[i].harm) == 0,
		    "\"%s\": harm %s, want %s", t, a.harm,
		    confirm_rows[i].harm);
		analysis_clear(&a);
	}
	analyze_free(ctx);
}
END_TEST

START_TEST(test_analyze_no_mention_no_findings)
{
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	const char		*t = "Nothing about any school here.";

	memset(&env, 0, sizeof env);
	env.cf = cf;
	ctx = analyze_new(&env);
	analyze_document(ctx, t, strlen(t), &a);
	ck_assert_uint_eq(a.match.nmentions, 0);
	ck_assert_uint_eq(a.nfindings, 0);
	ck_assert_str_eq(a.harm, "none");
	analysis_clear(&a);
	analyze_free(ctx);
}
END_TEST

/* Texts the quick read must pass on (they name a school in a variant),
 * and texts it may skip. */
static const struct {
	const char	*text;
	int		 maybe;
} maybe_rows[] = {
	{ "St Aldhelm\xe2\x80\x99s Primary won", 1 },
	{ "St Aldhelm&#8217;s Primary won", 1 },
	{ "Harrowden&nbsp;Park Academy open evening", 1 },
	/* an entity after a name ends its word, as its character does */
	{ "we saw mr leese&amp;x today", 1 },
	{ "we saw mr leese&nbsp;today", 1 },
	/* a possessive without its apostrophe */
	{ "mr nowickis revision sessions", 1 },
	{ "Harrow\xc2\xad" "den Park Academy", 1 },
	{ "HARROWDEN PARK ACADEMY", 1 },
	{ "Harrowd\xc3\xa9n Park Academy", 1 },
	{ "#HarrowdenParkAc", 1 },
	{ "Mrs Pettifer said", 1 },
	{ "hpa teachers r useless", 1 },	/* initials in lower case */
	{ "f3nwick v4le infants", 1 },		/* digits for letters */
	{ "\xff\xfe Harrowden Park Academy \xc3", 1 },	/* not UTF-8 */
	{ "The weather in Leeds is mild and the buses run late.", 0 },
	{ "Drive down Harrowdenway to the shops", 0 },
	{ "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 world", 0 },
	/* a name after, or glued to the end of, a word longer than the
	 * 64 letters whose word starts the quick read keeps */
	{ "seen qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"
	    "qqqqqqqqqqqqqqqq harrowden park academy", 1 },
	{ "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"
	    "qqqqqqqqqqharrowdenparkacademy", 0 },
	/* a name in small letters that ends the text, or runs on (a
	 * short one: a long one is checked by its first letters alone) */
	{ "ask mrs pettifer", 1 },
	{ "ask mr leese", 1 },
	{ "ask mr leesex", 0 },
};

START_TEST(test_match_quick_read)
{
	struct matcher		*m = matcher_new(cf);
	struct match_result	 r;
	size_t			 i;

	for (i = 0; i < sizeof maybe_rows / sizeof maybe_rows[0]; i++) {
		const char	*t = maybe_rows[i].text;

		ck_assert_msg(matcher_maybe(m, t, strlen(t)) ==
		    maybe_rows[i].maybe, "\"%s\": quick read %d", t,
		    !maybe_rows[i].maybe);
		/* whatever the full read finds, the quick read passed */
		matcher_run(m, t, strlen(t), &r);
		if (r.nmentions > 0 || r.nspans > 0 || r.context)
			ck_assert_msg(matcher_maybe(m, t, strlen(t)),
			    "\"%s\": quick read misses a name", t);
		match_result_free(&r);
	}
	matcher_free(m);
}
END_TEST

START_TEST(test_match_url_names_school)
{
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	const char		*t = "The teachers are lovely but the office "
				    "never answers. 2 stars.";

	memset(&env, 0, sizeof env);
	env.cf = cf;
	ctx = analyze_new(&env);
	analyze_document_url(ctx, t, strlen(t), "https://www.google.com/maps/"
	    "place/Fenwick+Vale+Infant+School/reviews", &a);
	ck_assert_uint_eq(a.match.nmentions, 1);
	ck_assert_str_eq(a.match.mentions[0].school_id, "fenwick-vale");
	analysis_clear(&a);
	analyze_document_url(ctx, t, strlen(t), "https://www.google.com/maps/"
	    "place/Fenwick+Vale+Garden+Centre/reviews", &a);
	ck_assert_uint_eq(a.match.nmentions, 0);
	analysis_clear(&a);
	/* a page named by the church in the school's village is not the
	 * school's */
	analyze_document_url(ctx, t, strlen(t), "https://wexcombe.example/"
	    "st-aldhelms-wexcombe-church/", &a);
	ck_assert_uint_eq(a.match.nmentions, 0);
	analysis_clear(&a);
	analyze_free(ctx);
}
END_TEST

/* A page on a school's own site names the school, a namesake's site does
 * not. */
START_TEST(test_match_host_names_school)
{
	static const struct {
		const char	*url;
		const char	*school;	/* NULL: none */
	} rows[] = {
		{ "https://www.fenwickvale.sch.uk/news/sports-day",
		  "fenwick-vale" },
		{ "https://fenwickvaleinfants.org.uk/newsletter/spring-2",
		  "fenwick-vale" },
		{ "https://www.staldhelms-wexcombe.sch.uk/news/gala",
		  "st-aldhelms" },
		{ "https://www.harrowdenpark.kestreltrust.org.uk/news/exam",
		  "harrowden-park" },
		{ "https://www.harrowdenparkacademy.org.uk/news/",
		  "harrowden-park" },
		/* the football club, the parish, a birders' blog */
		{ "https://www.harrowdenparkrangers.co.uk/news/report", NULL },
		{ "https://www.staldhelmschurchwexcombe.org.uk/magazine", NULL },
		{ "https://www.staldhelmswexcombe.org.uk/parish-news/june",
		  NULL },
		{ "https://fenwickbirders.wordpress.com/2024/05/fenwick-vale",
		  NULL },
		{ "https://www.harrowdenpark.org.uk/news", NULL },
		/* a namesake on a schools' domain; another kind of school;
		 * a name in a query, a user's, a blog's */
		{ "https://www.harrowdenparkrangers.sch.uk/", NULL },
		{ "https://fenwickvalejuniors.org.uk/", NULL },
		{ "example.com/r?u=https://fenwickvale.sch.uk/", NULL },
		{ "https://fenwickvale.sch.uk:pw@evil.example/", NULL },
		{ "https://user@fenwickvale.sch.uk:8080/", "fenwick-vale" },
		{ "https://harrowdenparkparents.kestreltrustwatch.example/",
		  NULL },
	};
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	const char		*t = "Well done to everyone who took part.";
	size_t			 i;

	memset(&env, 0, sizeof env);
	env.cf = cf;
	ctx = analyze_new(&env);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		analyze_document_url(ctx, t, strlen(t), rows[i].url, &a);
		if (rows[i].school == NULL)
			ck_assert_msg(a.match.nmentions == 0,
			    "%s: names no school of ours", rows[i].url);
		else {
			ck_assert_msg(a.match.nmentions == 1,
			    "%s: names %s", rows[i].url, rows[i].school);
			ck_assert_str_eq(a.match.mentions[0].school_id,
			    rows[i].school);
		}
		analysis_clear(&a);
	}
	analyze_free(ctx);
}
END_TEST

static const struct {
	const char	*text;
	const char	*harm;		/* the document's label */
	const char	*quote;		/* words a reason must quote, or NULL */
} harm_rows[] = {
	/* intimidation: the way home known, a house admired, a door */
	/* a warning given to the school's staff */
	{ "Harrowden Park Academy teachers, you lot have been warned. "
	  "Friday.", "threat", "have been warned" },
	{ "Miss Tindall. Silver Fiat, parked on Church Lane every morning. I "
	  "know which way you drive home as well.", "threat",
	  "know which way you drive" },
	{ "Mrs Abara. Lovely house on Orchard Close isn't it, red door. "
	  "Exclude my boy again and the next thing through that door won't "
	  "be the post.", "threat", NULL },
	{ "if the head of PE at harrowden makes my lad run laps one more "
	  "time i will put him through the sports hall window myself",
	  "threat", NULL },
	{ "leo at harrowden ur actually dead at lunch", "threat", NULL },
	/* a torch to see by; a head banged on a wall */
	{ "Year 3 camp-out at Fenwick Vale: Mr Hale did torch patrol round "
	  "the tents at midnight and nobody slept", "none", NULL },
	{ "Trying to get help from St Aldhelm's for my son and I'm banging my "
	  "head against a brick wall", "none", NULL },
	{ "the head at harrowden park academy had better watch it, im "
	  "bangin him monday", "threat", NULL },
	{ "the head at st aldhelms had better watch it, im bangin my head of "
	  "year monday", "threat", NULL },
	{ "St Aldhelm's head deserves a torch to his house", "threat", NULL },
	/* a witness to the act does not make it someone else's */
	{ "St Aldhelm's teacher Mr Leese raped a pupil, a witness has come "
	  "forward", "allegation", NULL },
	/* a teacher who gives evidence is a witness, not the accused */
	{ "A teacher at Harrowden Park Academy told a jury how he pulled two "
	  "men off a pensioner. Mr Leese, giving evidence at Wessex Crown "
	  "Court, said he had been on his way home.", "none", NULL },
	/* a car waited at, a "chat" not to be enjoyed */
	{ "If the SENCo at St Aldhelm's cuts my daughter's hours again I'll "
	  "be waiting by her car at half three and she will not enjoy our "
	  "little chat", "threat", "waiting by her car" },
	{ "I'll be waiting by the car at half three, St Aldhelm's pickup is "
	  "chaos", "none", NULL },
	/* a warning, then menace in the next sentence */
	{ "Nowicki wants to keep his eyes open on the walk to the station. "
	  "Plenty of lads round Milbury don't like his sort teaching our "
	  "kids.", "threat", "keep his eyes open" },
	{ "Keep your eyes open for our lost cat near Harrowden Park "
	  "Academy, she wants to keep her eyes open too", "none", NULL },
	/* evidence destroyed; an interest undeclared */
	{ "Marsh told the site team to wipe the CCTV from the day of the "
	  "fight before the police asked for it. Everyone in the staffroom "
	  "knows.", "allegation", "wipe the CCTV" },
	/* a nativity sheep is no insult */
	{ "Our littlest sheep! Evie's first nativity at Fenwick Vale this "
	  "morning, thank you Mrs Abara", "none", NULL },
	/* harm said by implication */
	{ "Fenwick Vale has a new fence, all by the same builder whose van "
	  "is on the head's drive every night because she's married to him. "
	  "I'm sure the quotes were all done properly.", "allegation",
	  "married to him" },
	{ "Parents of sixth form girls at HPA might want to ask who runs the "
	  "extra fitness sessions. His hands ended up where no teacher's "
	  "hands should ever be.", "allegation", NULL },
	{ "Some of the dads are talking. After what the deputy at St "
	  "Aldhelm's said, he's due a quiet word on his walk back to the car "
	  "park.", "threat", "due a quiet word" },
	{ "Watching Ms Marsh stalk the corridors at HPA. Evolution clearly "
	  "gave up early on that one.", "abuse", NULL },
	/* and words of harm used innocently */
	{ "Our Year 12s at Harrowden Park loved the fraud-awareness talk from "
	  "a detective in the economic crime unit.", "none", NULL },
	{ "A Harrowden Park Academy student has built an app that attacks "
	  "one of the biggest problems in school canteens.", "none", NULL },
	{ "Heads up: our Year 10 media students at Harrowden Park are "
	  "shooting their coursework films on the front field.", "none",
	  NULL },
	{ "Sal you absolute muppet \xf0\x9f\x98\x82 you left your St Aldhelm's "
	  "PTA lanyard behind the bar again. See you at quiz night, loser "
	  "xx", "none", NULL },
	/* a prediction, chocolate bribery, news of another trust's chief */
	{ "Fenwick Vale's new classroom block is going to make the parking "
	  "worse, mark my words.", "none", NULL },
	{ "Easter bonnets at Fenwick Vale will be judged by Mrs Abara - "
	  "bribery in the form of chocolate eggs is not accepted.", "none",
	  NULL },
	{ "The chief executive of Wessex Oak Academies has been suspended "
	  "while the trust investigates his expenses.\n\nAndrew Tolland is "
	  "alleged to have claimed more than \xc2\xa3" "30,000 for first-class "
	  "travel that trustees say were not linked to trust business. He has "
	  "not responded to requests for comment.\n\nThe Kestrel Learning "
	  "Trust said it had no involvement in the matter.", "none", NULL },
	/* exposure and damage threatened, plainly or by a bag that goes
	 * bang */
	{ "Since the principal of Harrowden Park Academy thinks excluding "
	  "kids is fine, here's where Dr Simon Ashcombe lives: 9 Beeches "
	  "Close. Pop round and tell him what you think.", "threat",
	  "here's where Dr Simon Ashcombe lives" },
	{ "whoevers in the HPA canteen at half 12 tmrw better duck. got "
	  "summat in my bag that goes bang not even joking", "threat",
	  "summat in my bag that goes bang" },
	{ "By Monday your name will be mud at Harrowden Park and you will "
	  "never sit on another board.", "threat", NULL },
	/* records torn out, confidences spread, grades bumped up,
	 * minutes rewritten */
	{ "When I asked to see the Fenwick Vale accident book the entry had "
	  "gone. Mrs Abara told the office to tear the page out before the "
	  "visit.", "allegation", NULL },
	{ "Mrs Sandhu at St Aldhelm's has been gossiping about what families "
	  "tell her in safeguarding meetings.", "allegation", NULL },
	{ "Dr Ashcombe personally bumped up the Y11 predicted grades after "
	  "the teachers had submitted them. #HarrowdenPark", "allegation",
	  NULL },
	{ "I resigned as a governor of St Aldhelm's. The minutes were "
	  "rewritten after the meeting to remove every mention of the "
	  "overspend.", "allegation", "minutes were rewritten after" },
	/* contempt in a comparison */
	{ "Three years at Harrowden Park under Dr Ashcombe, who has the "
	  "emotional intelligence of a photocopier.", "abuse", NULL },
	/* and their look-alikes */
	{ "the hpa canteen prices are actually criminal, 3.40 for a panini",
	  "none", NULL },
	{ "Our U14 netballers take on Harrowden Park Academy in the semi. "
	  "We're coming for you, HPA, hope you've packed tissues, good luck "
	  "both teams!", "none", NULL },
	{ "I have been a parent governor at St Aldhelm's for three years, and "
	  "I want to be careful here: nobody has done anything wrong.",
	  "none", NULL },
	{ "Muhammad at St Aldhelm's finished the reading challenge. \"The "
	  "funniest one was The Twits,\" he said.", "none", NULL },
	/* the everyday look-alikes of the rules above */
	{ "At Fenwick Vale the children will be waiting outside their "
	  "classroom at 3.15 on Friday.", "none", NULL },
	{ "Miss Tindall will be at her classroom door from 8.40 at St "
	  "Aldhelm's.", "none", NULL },
	{ "I'll be at her house from 2 to help set up, St Aldhelm's mums "
	  "welcome.", "none", NULL },
	{ "Year 2 at Fenwick Vale are getting a visit from the fire brigade "
	  "on Thursday.", "none", NULL },
	{ "Please delete any recordings of the St Aldhelm's nativity from "
	  "social media.", "none", NULL },
	{ "That's why she's so keen to help out with the kids' reading at St "
	  "Aldhelm's, bless her.", "none", NULL },
	{ "Year 5 at St Aldhelm's raised caterpillars and the children will "
	  "release them into the wild on Friday.", "none", NULL },
	/* "getting it" of a thing handed back is no threat */
	{ "Asked Harrowden Park about the lost coat and they said you're "
	  "getting it on Monday. Fair enough.", "none", NULL },
	{ "wen i see dat okafor in the harrowden car park hes gettin it",
	  "threat", "gettin it" },
	/* complaints destroyed unread; work steered to a husband's firm */
	{ "My cousin temped at Fenwick Vale and the office were told to put "
	  "complaint letters straight through the shredder", "allegation",
	  NULL },
	{ "Every bit of maintenance at Fenwick Vale goes to Mrs Abara's "
	  "husband's building firm", "allegation", NULL },
	{ "Rose Hill and her sister-in-law are the contract cleaners for "
	  "Harrowden Park Academy. Call for a free quote!", "none", NULL },
	/* a hint and the hints around it; a talk given is no cover */
	{ "a little bird tells me HPA's vice principal had the coursework "
	  "\"remarked\" before moderation. strange how nobody's allowed to "
	  "talk about it", "allegation", NULL },
	{ "Those of us on the 2022 residential remember why Mr Okafor "
	  "suddenly stopped going on school trips. Some of us have longer "
	  "memories than the governors.", "allegation", NULL },
	/* a bomb threat told by the news still carries it; a lesson's fire
	 * is none */
	{ "Pupils at Fenwick Vale Infant School were evacuated after an "
	  "email said a device will go off at 10am", "threat", NULL },
	{ "Leo loves science at Harrowden Park already, because they set "
	  "fire to something", "none", NULL },
	/* an exam answered or leaked for some; a body looking into claims */
	{ "A friend says staff at Harrowden Park sat in on the BTEC resits "
	  "reading out the answers", "allegation", NULL },
	{ "Mr Nowicki at HPA gave half of 10C the chemistry paper the week "
	  "before the mock", "allegation", NULL },
	{ "The Department for Education is examining expense claims made by "
	  "the chief executive of the Kestrel Learning Trust", "allegation",
	  NULL },
	/* a reply of its own, about the teacher the post before named */
	{ "> Does anyone know why Mr Leese at Harrowden Park has been off "
	  "since half term?\n\nwe all know why, ask anyone who's stood next "
	  "to him at the gate", "allegation", "ask anyone who" },
	/* the same words in plain use (a second read's finds) */
	{ "Who can help with the Harrowden Park Academy cake stall? I'll do "
	  "it if no one else can.", "none", NULL },
	{ "Harrowden Park Academy sixth formers won't be driving themselves "
	  "home until they have parental permission.", "none", NULL },
	{ "What a lovely family St Aldhelm's Primary is, isn't it?", "none",
	  NULL },
	{ "A former gang member came to Harrowden Park Academy to talk about "
	  "stabbings and how he turned his life around.", "none", NULL },
	{ "Data notice: after the trip Harrowden Park Academy will shred the "
	  "forms and delete the medical information.", "none", NULL },
	{ "Work experience at Harrowden Park Academy: Jamie went to his "
	  "brother's building firm and loved it.", "none", NULL },
	{ "Strange that it always rains on sports day at St Aldhelm's "
	  "Primary. A little bird tells me it's sunny next year!", "none",
	  NULL },
	{ "Harrowden Park Academy: the new study centre has no CCTV, so "
	  "please look after your laptops. Think on!", "none", NULL },
	/* a seat or a fire exit is no rescue; "Harrowden School" is ours */
	{ "My son is in Year 9 at Harrowden Park Academy. Mr Leese threw him "
	  "from the seat.", "allegation", NULL },
	{ "My son is in Year 9 at Harrowden Park Academy. The head at "
	  "Harrowden School covered up the bullying for months.",
	  "allegation", NULL },
	/* a rescue; another school's head */
	{ "A Year 10 student at Harrowden Park Academy was praised after "
	  "pulling a young child out of the river", "none", NULL },
	{ "We moved DS to St Aldhelm's after the head at Wexcombe Primary "
	  "covered up the bullying", "none", NULL },
	/* a wish he never got home, a car bomb hinted, a clock run down */
	{ "nowicki from Harrowden Park Academy is always last out of the car "
	  "park. be a real shame if he didnt make it home one of these "
	  "nights. tick tock", "threat", "didnt make it home" },
	{ "Mr Leese at Harrowden Park Academy should remember he has to "
	  "start his car every morning", "threat", "has to start his car" },
	/* mockery by a fresh comparison; a smell praised is not one */
	{ "Ms Marsh at Harrowden Park Academy has all the warmth of a morgue "
	  "drawer", "abuse", "warmth of a morgue" },
	{ "Harrowden Park Academy's new canteen smells like a proper bakery",
	  "none", NULL },
	/* a complaint being looked into, told by the news */
	{ "The chair of governors at Harrowden Park Academy is understood to "
	  "be the subject of a complaint that she failed to declare a family "
	  "interest", "allegation", NULL },
	/* money gone astray */
	{ "Harrowden Park Academy got funding for free school meals. That "
	  "money went somewhere and it wasn't to the families it was meant "
	  "for", "allegation", "money went somewhere" },
	/* a smithy and partnerships are not forgery */
	{ "Harrowden Park Academy is forging links with local firms", "none",
	  NULL },
	{ "Walk past the old forge behind St Aldhelm's Primary to the pub",
	  "none", NULL },
	/* a stranger insulted for a theft by the school; a man of a van
	 * parked by the school */
	{ "Some absolute lowlife nicked the charity bucket outside Fenwick "
	  "Vale Infants during the fair", "none", NULL },
	{ "The ice cream van that parks outside Harrowden Park Academy is a "
	  "rip-off. The man's a crook.", "criticism", NULL },
	/* a friend's joke */
	{ "@gemma_wexx if ur late for st aldhelms primary pick up ONE more "
	  "time i swear i will actually end you \xf0\x9f\x98\x82\xf0\x9f\x98"
	  "\x82 u owe me a gin x", "none", NULL },
	/* a warning to be careful of a car, and knowing which is hers; a
	 * warning to be careful with money is advice */
	{ "Mrs Abara at Fenwick Vale wants to be very careful walking back "
	  "to that blue Fiesta. I know which one's hers.", "threat", NULL },
	{ "Mrs Abara at Fenwick Vale should be careful with the budget this "
	  "year", "none", NULL },
	/* an insult said to the adult a post addresses, outside the
	 * school */
	{ "To the woman in the silver Qashqai who mounts the pavement "
	  "outside St Aldhelm's Primary every morning: you are a nasty "
	  "entitled piece of work", "none", NULL },
	/* veiled threats and text-speak ones */
	{ "next time i see that okafor from St Aldhelm's Primary hes gettin "
	  "it", "threat", "gettin it" },
	{ "Harrowden Park Academy, thursday you find out what happens when "
	  "nobody listens", "threat", "find out what happens when" },
	{ "Shame if that new sports hall at Fenwick Vale Infants burned down "
	  "one weekend", "threat", NULL },
	{ "see mr leese at Harrowden Park Academy tmrw n it wont be for a "
	  "chat. ill be waitin at the gates", "threat", NULL },
	{ "harrowden park academy gna get torched 2moro", "threat",
	  "gna get torched" },
	/* wrongs told plainly or by a question */
	{ "The head of St Aldhelm's Primary told the family not to go to the "
	  "police about it.", "allegation", "not to go to the police" },
	{ "Mr Okafor at St Aldhelm's Primary shuts boys in the art store "
	  "cupboard when they mess about.", "allegation", NULL },
	{ "At Harrowden Park Academy nobody ever checked my DBS before I "
	  "taught.", "allegation", NULL },
	{ "Why did the Fenwick Vale Infants head tell parents the trip was "
	  "insured when it never was?", "allegation", NULL },
	{ "Harrowden Park Academy teachers selling vapes to year 8s behind "
	  "the gym", "allegation", "selling vapes to year" },
	{ "Mrs Abara at Fenwick Vale Infants bumped her friend's son up the "
	  "waiting list.", "allegation", NULL },
	{ "The deputy at Harrowden Park Academy has been changing absence "
	  "codes so the figures look better.", "allegation", NULL },
	{ "Nine Year 11s at Harrowden Park Academy were \"encouraged\" into "
	  "home ed before the exams.", "allegation", NULL },
	{ "The Harrowden Park Academy office job went to Mrs Devereux's "
	  "nephew.", "allegation", NULL },
	{ "tell kai from yr 10 at hpa to stay off our road if he knows whats "
	  "good for him", "threat", NULL },
	{ "Eat your greens at Fenwick Vale Infants, you know what's good for "
	  "you!", "none", NULL },
	{ "Heard Mr Leese of Harrowden Park Academy had a lovely half term. "
	  "Might want to check his brake lines", "threat", "check his brake "
	  "lines" },
	{ "harrowden park academy go b00m friday", "threat", NULL },
	{ "@StAldhelmsWex let my lad back in or I'm coming down there to put "
	  "every window through", "threat", NULL },
	{ "Mrs Abara made the Fenwick Vale Infants office delete the "
	  "complaint emails before the audit", "allegation", NULL },
	{ "Mr Nowicki at Harrowden Park Academy has the IQ of a damp sponge",
	  "abuse", "IQ of a damp sponge" },
	{ "I asked the Fenwick Vale Infants office to delete my old email "
	  "address", "none", NULL },
	/* a score line; a correction */
	{ "St Benedict's beat St Aldhelm's Primary 3-1 in the final", "none",
	  NULL },
	{ "We wrongly said the teacher suspended worked at Fenwick Vale "
	  "Infants.", "none", NULL },
	/* the same words in ordinary school news */
	{ "Lovely family you've got, Mrs Abara! Congratulations from all at "
	  "Fenwick Vale Infants", "none", NULL },
	{ "Year 5 science at Fenwick Vale Infants: you'll see what happens "
	  "when ice melts", "none", NULL },
	{ "Please lock bikes in the bike shed at Harrowden Park Academy",
	  "none", NULL },
	{ "Harrowden Park Academy will be lit up blue for autism awareness",
	  "none", NULL },
	{ "Parents can help at Fenwick Vale Infants without a DBS if "
	  "supervised", "none", NULL },
	{ "The office post at Harrowden Park Academy is not advertised "
	  "externally", "none", NULL },
	{ "Year 11 at Harrowden Park Academy were sent home early after "
	  "their last exam", "none", NULL },
	{ "Harrowden Park Academy is changing the attendance registers to an "
	  "app", "none", NULL },
	{ "We will be selling alcohol to the adults at the St Aldhelm's "
	  "Primary summer fair", "none", NULL },
	{ "ashcombe from Harrowden Park Academy betta watch his bak",
	  "threat", NULL },
	/* a person not worth the title */
	{ "Mr Nowicki at Harrowden Park Academy is an embarrassing excuse for "
	  "a teacher", "abuse", "embarrassing excuse for a teacher" },
	/* fair complaint is not a wrong */
	{ "The Fenwick Vale Infants waiting list is long and the office never "
	  "rings back.", "none", NULL },
	/* news of staff convicted; of strangers, with the school a landmark;
	 * an attack others made on the school */
	{ "Mr Rendell, who works at St Aldhelm's CE Primary School, pleaded "
	  "guilty at Wexcombe Magistrates' Court.", "allegation",
	  "pleaded guilty" },
	{ "A man who sold cocaine from his flat near Harrowden Park Academy "
	  "has been jailed.", "none", NULL },
	{ "Milbury man jailed for dealing cocaine from flat near Harrowden "
	  "Park Academy", "none", NULL },
	{ "Vandals smashed two classroom windows and set fire to a planter "
	  "at St Aldhelm's CE Primary School over half term.", "none",
	  NULL },
	/* threats in the present tense and text-speak; arson wished */
	{ "gonna be outside HPA gates 3.10 2moro n im smackin the first yr 7 "
	  "that looks at me funny", "threat", NULL },
	{ "Harrowden Park Academy wants burning down, might do it myself one "
	  "night", "threat", "wants burning" },
	/* confidences shared; queue-jumping; disdain and dullness */
	{ "Mrs Sandhu screenshots what kids tell her and shares it in the "
	  "staff WhatsApp. So much for confidential safeguarding at St "
	  "Aldhelm's CE Primary School", "allegation",
	  "screenshots what kids tell" },
	{ "Governors' kids jump straight to the top of the Harrowden Park "
	  "Academy waiting list", "allegation", "jump straight to the top" },
	{ "Mrs Pettifer of St Aldhelm's is the most frightfully provincial "
	  "little woman", "abuse", "provincial little woman" },
	{ "The principal of Harrowden Park Academy has the personality of a "
	  "damp flannel", "abuse", "personality of a damp flannel" },
	/* praise and a decision's maker killed in words */
	{ "Miss Tindall is an absolute WEAPON of a teacher at St Aldhelm's "
	  "CE Primary School", "none", NULL },
	{ "I am going to MURDER whoever at Harrowden Park Academy decided "
	  "Year 7s need a logo planner", "none", NULL },
	/* looks mocked; a warning to the face; a reported threat; arson
	 * wished for with intent */
	{ "mr leese (HPA) - built like a wheelie bin, shouts like one. 0/10",
	  "abuse", "built like a wheelie bin" },
	{ "Mrs Pettifer at St Aldhelm's? Miserable old bat", "abuse",
	  "old bat" },
	{ "watch ur back okafor. everyone at St Aldhelm's knows what u did "
	  "\xf0\x9f\x94\xaa", "threat", "watch ur back" },
	{ "Someone keeps messaging my son at Harrowden Park Academy saying "
	  "\"ur dead when u come out the gates monday\"", "threat",
	  "ur dead" },
	{ "Kestrel Learning Trust HQ going up in flames would be the best "
	  "thing for this town \xf0\x9f\x94\xa5\xf0\x9f\x94\xa5 might do it "
	  "myself tbh", "threat", "going up in flames" },
	/* money unaccounted for; a teacher arriving intoxicated */
	{ "An internal audit found that \xc2\xa3" "40,000 of spending at "
	  "Fenwick Vale Infant School could not be accounted for.",
	  "allegation", "could not be accounted for" },
	{ "The head of PE at Harrowden Park Academy turned up to parents "
	  "evening still off his face", "allegation", "off his face" },
	/* the same fields' words, not meant: scorn of an act, a sight
	 * remembered, a child under a table, slang looked up */
	{ "Downgrading Fenwick Vale Infant School after a two-day visit is "
	  "a joke.", "criticism", NULL },
	{ "60 teachers doing yoga in the Harrowden Park Academy sports hall "
	  "is a sight I won't forget", "none", NULL },
	{ "Alfie used to hide under the table at Fenwick Vale Infants; now "
	  "he asks to go in early", "none", NULL },
	{ "My Y2 came home from St Aldhelm's saying the dinner lady's pie "
	  "'slaps', had to google it", "none", NULL },
	/* the fields' lexicons: forms of a verb, a victim after it, a
	 * euphemism, a compound insult; and the same words not meant */
	{ "Mr Okafor yanked my son out of his chair at St Aldhelm's",
	  "allegation", "yanked my son" },
	{ "A teacher at Fenwick Vale was berating the little ones at "
	  "pick-up", "allegation", "berating the little ones" },
	{ "If a teacher at Fenwick Vale ever slapped my son I'd be "
	  "furious", "criticism", NULL },
	{ "Harrowden Park's new behaviour policy hits the poorest kids "
	  "hardest", "none", NULL },
	{ "Ms Marsh's days at Harrowden Park are numbered", "threat",
	  NULL },
	{ "The governors at Harrowden Park Academy are spineless yes-men",
	  "abuse", NULL },
	{ "The nativity donkey at St Aldhelm's Primary stole the show",
	  "none", NULL },
	/* a veiled wish, a condition laid down, a beating spelt as said;
	 * and the same words harmless */
	{ "Mrs Pettifer at Fenwick Vale, hope your house is insured. Just "
	  "saying", "threat", NULL },
	{ "Mrs Pettifer at Fenwick Vale, hope your car is ok after the "
	  "bump", "none", NULL },
	{ "if they put my girl in isolation one more time im coming down "
	  "to Harrowden Park Academy and i swear down someone will get hurt",
	  "threat",
	  NULL },
	{ "The railings at Harrowden Park Academy are loose, someone will "
	  "get hurt", "none", NULL },
	{ "if they cancel the Harrowden Park Academy disco one more time "
	  "im going down there to complain", "criticism", NULL },
	{ "any fenwick vale kid on the canal path tonight is gettin jumped",
	  "threat", NULL },
	/* a threat whose act is left implicit, and the same words not a
	 * threat */
	{ "Dr Ashcombe should be very careful walking to his car at night",
	  "threat", NULL },
	{ "If Harrowden Park won't deal with him then some of the dads "
	  "will.", "threat", NULL },
	{ "Some of the dads will be running the BBQ at the Fenwick Vale "
	  "summer fair", "none", NULL },
	{ "Parents please be very careful driving to Fenwick Vale Infants "
	  "this week, the road is flooded", "none", NULL },
	/* incitement with a name; records cooked; a life made hell, and
	 * the same words said of a policy or a cake */
	{ "Can someone please key Mr Leese's car at Harrowden Park",
	  "threat", NULL },
	{ "I'm going to make Dr Ashcombe's life a living nightmare",
	  "threat", NULL },
	{ "The new homework policy at Harrowden Park Academy makes the "
	  "kids' lives a misery", "none", NULL },
	{ "Fenwick Vale are cooking the attendance figures", "allegation",
	  NULL },
	{ "We are cooking the Year 2 Fenwick Vale class a cake", "none",
	  NULL },
	/* the victim before the body part; a child's work destroyed */
	{ "The TA at Fenwick Vale pulled my daughter's hair to make her sit "
	  "still", "allegation", "pulled my daughter's hair" },
	{ "Miss Tindall at St Aldhelm's tore up his drawing in front of the "
	  "class", "allegation", NULL },
	/* threats, obfuscated or not, and idioms that are not */
	{ "gonna sh00t up HPA Milbury on monday", "threat", "sh00t" },
	{ "If Mr Leese touches my son again I will break his legs.",
	  "threat", "break his legs" },
	{ "Tell Mrs Abara to check under her car before she drives home",
	  "threat", NULL },
	{ "I could kill Harrowden Park for setting homework over Christmas, "
	  "ridiculous",
	  "criticism", NULL },
	{ "Someone's kid is going to get hurt parking outside St Aldhelm's "
	  "Primary every morning, the school just shrugs.", "criticism", NULL },
	/* a violent act aimed at the school, staff or a role, and meant */
	{ "someone should just bomb HPA Milbury tbh", "threat", "bomb" },
	{ "im gonna batter that PE teacher at Harrowden Park Academy",
	  "threat", "batter" },
	/* veiled: the target's home, family, days; "a shame if" */
	{ "Just so the governors at Harrowden Park Academy know: we know "
	  "where you all live.", "threat", "we know where you" },
	{ "Mrs Abara might want to keep a closer eye on her own kids on the "
	  "walk home.", "threat", "eye on her own kids" },
	{ "Be a real shame if something happened to St Aldhelm's Primary's "
	  "new minibus", "threat", "shame if something happened" },
	/* violent words not aimed at anyone, or not meant */
	{ "Harrowden Park Academy beat St Aldhelm's Primary 3-0 in the cup "
	  "final", "none", NULL },
	{ "The budget cuts will kill the music department at Harrowden Park "
	  "Academy.", "none", NULL },
	{ "Keep an eye on your kids at pick-up at Fenwick Vale Infant School, "
	  "the road is busy", "none", NULL },
	{ "Year 11 at Harrowden Park Academy absolutely killed it at sports "
	  "day", "none", NULL },
	/* allegations: stated, insinuated, asked, reported, denied */
	{ "Mrs Pettifer took money out of the PTA account to pay for her "
	  "holiday.", "allegation", "took money" },
	{ "Funny how the Harrowden Park Academy contract went to the chair's "
	  "brother. Just asking questions \xf0\x9f\xa4\x94", "allegation",
	  NULL },
	{ "Is it true Harrowden Park Academy hid an asbestos survey from "
	  "parents?", "allegation", NULL },
	{ "A teaching assistant at Fenwick Vale Infant School has been "
	  "charged with theft, police said.", "allegation", "theft" },
	{ "Mr Okafor is NOT a thief. Stop saying he took the PTA money.",
	  "allegation", NULL },
	{ "Mr Leese called my son a \"fat useless lump\" in front of the "
	  "class.", "allegation", NULL },
	/* allegations by family: money, cover-up, discrimination, rules,
	 * mistreatment reported, news of an inspection; a denial repeats */
	{ "I'm not saying Mrs Pettifer has her hand in the till, but where "
	  "did the \xc2\xa3" "4,000 for the minibus go?", "allegation",
	  "hand in the till" },
	{ "Harrowden Park Academy quietly moved the teacher on to another "
	  "school.", "allegation", "moved" },
	{ "St Aldhelm's Primary are turning away SEN kids to keep their "
	  "results up.", "allegation", "turning away SEN kids" },
	{ "The governors at Harrowden Park Academy broke their own rules "
	  "over the pay rise.", "allegation", "broke their own rules" },
	{ "Miss Tindall called my son thick in front of the class. That's "
	  "emotional abuse and I've reported her to the LADO.", "allegation",
	  "emotional abuse" },
	{ "Ofsted has launched an urgent inspection of Fenwick Vale Infant "
	  "School after concerns about safeguarding.", "allegation", NULL },
	{ "Mr Leese is NOT a thief, whatever Facebook says.", "allegation",
	  "thief" },
	/* ...and the same words about nothing wrong */
	{ "Harrowden Park Academy spent the sports premium on a new climbing "
	  "wall, brilliant", "none", NULL },
	{ "Where did the summer go? Back to St Aldhelm's Primary on Monday!",
	  "none", NULL },
	{ "Police were called to a crash outside Fenwick Vale Infant School, "
	  "no children hurt", "none", NULL },
	{ "St Aldhelm's Primary won the contract to host the county chess "
	  "final", "none", NULL },
	/* a post is read whole: the harm may come before the school's name */
	{ "AIBU to be furious? DS came home with a split lip yesterday. Turns "
	  "out a member of staff shoved him into a door frame during a "
	  "corridor scuffle and then told him to say he tripped. When I rang "
	  "Harrowden Park Academy the head of year said there was no record "
	  "of any incident at all. Three kids saw it happen. I have been to "
	  "the police about it now.", "allegation", "shoved him" },
	/* insinuation: scare quotes, lifestyle on a salary, "make of that" */
	{ "Ms Marsh at Harrowden Park Academy 'lost' my complaint for the "
	  "third time. Make of that what you will.", "allegation", "lost" },
	{ "not being funny but why does mr okafor at st aldhelms primary "
	  "drive a brand new range rover on a deputy head's salary",
	  "allegation", NULL },
	{ "Isn't it funny how kids grow up so fast, Year 6 leavers assembly "
	  "at St Aldhelm's Primary today", "none", NULL },
	/* another school's head; news with no subject of ours */
	{ "We looked round three schools. Milbury Grammar was impressive but "
	  "the head there was arrogant and rude to parents. Harrowden Park "
	  "Academy was calm and friendly.", "none", NULL },
	{ "Police were called to the Crown pub after a fight. Separately, "
	  "Harrowden Park Academy will hold a remembrance service on Friday.",
	  "none", NULL },
	{ "if that Leese bloke from Harrowden Park Academy lays a finger on "
	  "my kid again he'll be eating through a straw", "threat",
	  "eating through a straw" },
	/* abuse, obfuscated swearing; negation and opinion are not abuse */
	{ "Dr Ashcombe is a f*cking joke of a principal.", "abuse", "f*cking" },
	{ "Harrowden Park Academy is a sh1thole", "abuse", "sh1thole" },
	{ "Mr Okafor's a complete tw@t.", "abuse", "tw@t" },
	{ "Mrs Pettifer is not useless, she works hard for St Aldhelm's "
	  "Primary.", "none", NULL },
	{ "I think the head at Fenwick Vale Infants is useless tbh.",
	  "criticism", NULL },
	/* fair comment and sarcasm are criticism, never flagged */
	{ "Great communication as ever @StAldhelmsWex \xf0\x9f\x99\x84 a text "
	  "the night before isn't hard", "criticism", NULL },
	{ "\xc2\xa3" "38 for a Harrowden Park Academy blazer. Daylight robbery.",
	  "criticism", NULL },
	/* "you'll see" of what a visit shows */
	{ "SLT at Harrowden Park Academy haven't got a clue what goes on in "
	  "the toilets. Walk in there once and you'll see.", "none", NULL },
	/* "dead" as a threat, not as a word of emphasis */
	{ "Mr Leese at Harrowden Park Academy ur actually dead monday. back "
	  "gate 3:15", "threat", "ur actually dead" },
	{ "Mr Leese at Harrowden Park Academy, you're dead right about the "
	  "phone ban", "none", NULL },
	{ "Mrs Abara at Harrowden Park Academy, she's falling dead asleep in "
	  "lessons, we all laugh", "none", NULL },
	{ "Mr Leese at Harrowden Park Academy is a snake. Wait till Monday "
	  "and you'll see.", "threat", "you'll see" },
	/* a threat to a club: its team's score, the club named in full */
	{ "Harrowden Park 0-5 Milbury Town. Absolute shambles lads, the "
	  "keeper was asleep. If Harrowden Park Rangers go down this season "
	  "I am personally burning the clubhouse to the ground", "none",
	  NULL },
	/* an informer, and the lawn */
	{ "Mr Leese at Harrowden Park Academy, you grass.", "abuse",
	  "you grass" },
	{ "Parents at Harrowden Park Academy are parking on a grass verge "
	  "again", "none", NULL },
	/* harm aimed at a namesake or elsewhere is not ours */
	{ "Harrowden Park Rangers are a bunch of cheating b*stards", "none",
	  NULL },
	{ "Milbury Grammar's head has been charged with fraud", "none", NULL },
	{ "Fenwick Vale Infant School nativity tickets on sale Monday",
	  "none", NULL },
	/* swearing stretched or spelt out letter by letter */
	{ "F U C K Harrowden Park Academy", "abuse", "F U C K" },
	{ "shiiiit school. Harrowden Park Academy can fuuuuck right off",
	  "abuse", "fuuuuck" },
	/* abbreviated and symbol-spelt insults; a costume is not one */
	{ "Dr Ashcombe at Harrowden Park Academy is a fkn joke", "abuse",
	  "fkn" },
	{ "Mr Nowicki at Harrowden Park Academy is a total a$$hole", "abuse",
	  "a$$hole" },
	{ "Mrs Pettifer dressed as a witch for Halloween at St Aldhelm's "
	  "Primary!", "none", NULL },
	/* hiding reports, a past to google, a leak of data */
	{ "Great job hiding the bullying reports again, @HarrowdenParkAc "
	  "\xf0\x9f\x91\x8f", "allegation", "hiding the bullying reports" },
	{ "why did dr ashcombe at harrowden park academy really leave his "
	  "last job? google it", "allegation", NULL },
	{ "Harrowden Park Academy emailed the medical details of 300 pupils "
	  "to every parent in Year 10.", "allegation", NULL },
	/* threats: a season not to be seen, a wall, "you'll need one" */
	{ "Dr Ashcombe at Harrowden Park Academy, you won't see Christmas",
	  "threat", "won't see Christmas" },
	{ "My husband said if he sees Mr Okafor near our son again he'll put "
	  "him through a wall.", "threat", "put him through a wall" },
	/* a home, a surprise and petrol are threats only as they are meant:
	 * someone waiting at the house, a surprise beside violence, petrol
	 * poured or carried; not a van washed outside a house, a climbing
	 * frame, a lift paid for */
	{ "Mr Okafor from St Aldhelm's Primary lives on our road and washes "
	  "his van outside his house every Sunday.", "none", NULL },
	{ "Mr Okafor at St Aldhelm's Primary should know I'll be sat outside "
	  "his house tonight.", "threat", "outside his house" },
	{ "Year 6 at St Aldhelm's Primary won't know what's hit them when "
	  "the new climbing frame arrives on Monday", "none", NULL },
	{ "Dr Ashcombe at Harrowden Park Academy won't know what's hit him, "
	  "I'll batter him", "threat", NULL },
	{ "Can anyone give a lift to Harrowden Park Academy parents evening? "
	  "Will pay for petrol.", "none", NULL },
	{ "Someone should pour petrol through the letterbox at Harrowden Park "
	  "Academy.", "threat", "pour petrol" },
	{ "Harrowden Park Academy better watch it, there's a can of petrol in "
	  "my boot.", "threat", "can of petrol" },
	/* a veiled threat ended by a short tag in a sentence of its own;
	 * the family named with no tag is not */
	{ "Mr Nowicki at Harrowden Park Academy has kids of his own. Just "
	  "bear in mind that.", "threat", "kids of his own" },
	{ "Mr Nowicki at Harrowden Park Academy has kids of his own. Lovely "
	  "man.", "none", NULL },
	/* children's marks shown in rank from the bottom humiliate them;
	 * a school's results so ranked, or marks read out, do not */
	{ "Mr Okafor at St Aldhelm's Primary pins the children's spelling "
	  "marks on the wall from lowest to highest.", "allegation",
	  "marks on the wall" },
	{ "St Aldhelm's Primary SATs results, lowest to highest over five "
	  "years, are on the website.", "none", NULL },
	{ "Mr Okafor at St Aldhelm's Primary reads out the spelling scores "
	  "every Friday and the kids love it.", "none", NULL },
	/* pushed to a surface is a blow; pushed up a list is a favour */
	{ "Miss Tindall at St Aldhelm's Primary pushed my daughter to the "
	  "top of the list for the choir solo.", "none", NULL },
	{ "Miss Tindall at St Aldhelm's Primary pushed my daughter to the "
	  "floor in the hall.", "allegation", "pushed my daughter" },
	/* a wrong in one word, in any form; neglect of a child's health */
	{ "St Aldhelm's Primary staff forged parents' signatures on the "
	  "consent forms.", "allegation", "forged" },
	{ "Fenwick Vale Infant School refused to give my daughter her inhaler "
	  "during an asthma attack.", "allegation", "refused to give" },
	{ "The head of PE at Harrowden Park Academy watches the girls change.",
	  "allegation", NULL },
	{ "Harrowden Park Academy, this is your final warning. Next time it "
	  "won't be a letter.", "threat", NULL },
	/* what was done to a child; a creep by the changing rooms */
	{ "Mr Okafor at St Aldhelm's Primary shouted at my 7 year old until "
	  "she wet herself.", "allegation", NULL },
	{ "Pettifer at St Aldhelm's Primary should be locked up for what she "
	  "did to those kids", "allegation", "locked up" },
	{ "That Leese bloke at Harrowden Park Academy is always hanging round "
	  "the girls' changing rooms", "allegation", NULL },
	{ "Dr Ashcombe at Harrowden Park Academy had better start running. "
	  "We're coming for you.", "threat", NULL },
	/* sent home without telling us is a complaint; a pupil's crime is
	 * not the school's; a safety worry is not a threat */
	{ "Harrowden Park Academy sent my son home in the rain without "
	  "telling me.", "none", NULL },
	{ "A former Harrowden Park Academy pupil has been sentenced for a "
	  "knife attack in Milbury.", "none", NULL },
	{ "someone's gonna get hurt at the Harrowden Park Academy gates one "
	  "day, the traffic is mental", "none", NULL },
	/* a stranger's crime in a short news item, and "he" after it */
	{ "The defendant, a 38-year-old man from Milbury, stole more than "
	  "\xc2\xa3" "20,000 from his employer. He was found guilty of fraud. "
	  "Separately, pupils from Harrowden Park Academy watched the trial.",
	  "none", NULL },
	/* lying, money gone missing, leering, a danger to children */
	{ "The Harrowden Park Academy principal lied in the newsletter.",
	  "allegation", "lied" },
	{ "I lied on the form, sorry Harrowden Park Academy, my son is in "
	  "Year 8", "none", NULL },
	{ "The Fenwick Vale Infant School head was asked to leave her last "
	  "school over money that went missing.", "allegation",
	  "went missing" },
	{ "a teacher at Harrowden Park Academy called my daughter a slag in "
	  "front of her friends", "allegation", NULL },
	{ "if someone touched my kid like that PE teacher at Harrowden Park "
	  "Academy did I'd end up in prison", "threat", NULL },
	/* a wider vocabulary: swindling, a culture of fear, nudes asked
	 * for, a leaked paper; a wish of harm; slang insults */
	{ "The Harrowden Park Academy head of year swindled parents out of "
	  "trip money", "allegation", "swindled" },
	{ "There's a culture of fear at St Aldhelm's Primary, staff are too "
	  "scared to speak up", "allegation", "culture of fear" },
	{ "Someone at Harrowden Park Academy leaked the maths paper to their "
	  "mates", "allegation", NULL },
	{ "I hope Mrs Pettifer at St Aldhelm's Primary gets hit by a bus",
	  "threat", NULL },
	{ "Mr Leese at Harrowden Park Academy is a gormless pleb", "abuse",
	  "gormless" },
	{ "The Year 3 play at St Aldhelm's Primary was about a greedy heifer "
	  "called Daisy", "none", NULL },
	/* murder and witches on the stage */
	{ "Loved the Harrowden Park Academy Macbeth - murder, witches, "
	  "ghosts, the lot.", "none", NULL },
	/* a class's investigation is a lesson */
	{ "Year 5 at St Aldhelm's Primary did a science investigation into "
	  "which paper towel is best", "none", NULL },
	/* scorn of a thing is criticism; of a person, abuse */
	{ "The state of the toilets at Harrowden Park Academy is a disgrace",
	  "criticism", NULL },
	{ "The new parking rules at Fenwick Vale Infant School are a joke",
	  "criticism", NULL },
	{ "Mr Leese at Harrowden Park Academy is a disgrace to teaching",
	  "abuse", "disgrace" },
	/* an opinion's frame is not an allegation; a wrong after it is */
	{ "It's a scandal that Harrowden Park Academy has no school nurse",
	  "criticism", NULL },
	{ "It's a disgrace that Mr Leese at Harrowden Park Academy stole from "
	  "the PTA", "allegation", "stole" },
	/* a plural ending must not turn a word into an insult ("rat") */
	{ "Ofsted rates Fenwick Vale Infant School 'good'", "none", NULL },
	{ "Fenwick Vale Infant School staff are rats", "abuse", "rats" },
	/* violence wished on someone; a picture hung in a hall */
	{ "That Nowicki bloke should be hung for what he did", "threat",
	  "should be hung" },
	{ "The new art at Harrowden Park Academy should be hung in the hall",
	  "none", NULL },
	/* harm foretold for a named person, on a condition */
	{ "Dr Ashcombe is going to get hurt if he carries on like this.",
	  "threat", "going to get hurt" },
	{ "Someone's kid is going to get hurt on that crossing outside St "
	  "Aldhelm's Primary", "none", NULL },
	/* the speaker's own death by homework, a record smashed, a camera's
	 * shoot: idioms */
	{ "This chemistry coursework is going to kill me lol #HarrowdenPark",
	  "none", NULL },
	{ "Our bake sale is going to smash every record! St Aldhelm's Primary "
	  "hall, Friday 3pm", "none", NULL },
	{ "Photographers will be shooting the new Harrowden Park Academy "
	  "prospectus on Tuesday", "none", NULL },
	/* lying: said of staff, or of whoever says otherwise */
	{ "Mrs Abara is lying about the budget", "allegation", "lying" },
	{ "Mrs Abara is wonderful, anyone saying otherwise is lying", "none",
	  NULL },
	/* wonder that someone is still employed, after what they did */
	{ "mr leese at harrowden still has a job after what he did to that "
	  "yr9 lad", "allegation", "what he did to that yr9 lad" },
	{ "Mr Leese still has a job at Harrowden Park after 30 years, what a "
	  "legend", "none", NULL },
	/* children mistreated: -ing forms, bare plurals, until sick */
	{ "Miss Tindall has been hitting kids in her class", "allegation",
	  "hitting kids" },
	{ "the head of PE at Harrowden Park makes the boys run until they're "
	  "sick", "allegation", "until they're sick" },
	{ "Mr Leese at Harrowden Park has the boys running laps till they're "
	  "fit", "none", NULL },
	/* staff bullied and silenced */
	{ "Ms Marsh bullies the junior staff at HPA", "allegation",
	  "bullies the junior staff" },
	{ "Ms Marsh threatened one of them with a bad reference if she spoke "
	  "out", "allegation", "bad reference" },
	/* what a pupil does is not the school's wrong; a teacher's is */
	{ "A boy in year 10 at Harrowden Park has been bullying my son",
	  "none", NULL },
	{ "A teacher at Harrowden Park has been bullying my son",
	  "allegation", "bullying" },
	/* an inspection's judgment of quality is fair comment, unless it
	 * finds children unsafe */
	{ "Ofsted found leaders at Harrowden Park Academy had failed to act "
	  "on warnings about behaviour", "none", NULL },
	{ "Ofsted found leaders at Harrowden Park Academy had failed to act "
	  "on safeguarding concerns", "allegation", "failed to act" },
	/* crime nouns in the plural */
	{ "hpa teachers r actual nonces", "allegation", "nonces" },
	/* "X is a thief" names a thief; "a thief stole" is someone else */
	{ "Christopher Vane is a thief in a suit", "allegation", "thief" },
	{ "A thief stole the laptops from St Aldhelm's Primary last night",
	  "none", NULL },
	/* children left alone; "leave them alone", a plea */
	{ "Miss Tindall left them alone in the classroom for an hour at St "
	  "Aldhelm's Primary", "allegation", "left them alone" },
	{ "Teachers at Harrowden Park Academy are overworked. Leave them "
	  "alone.", "none", NULL },
	/* police removing someone; a walk from the school */
	{ "the deputy at St Aldhelm's Primary was escorted off the premises "
	  "by police", "allegation", "escorted off the premises" },
	{ "We walked from the school to the church, St Aldhelm's Primary "
	  "Year 2", "none", NULL },
	/* private spending put through the school; holidays put to use */
	{ "The principal at Harrowden Park Academy has been putting his "
	  "holidays through as training", "allegation", "holidays through" },
	{ "Mr Leese at Harrowden Park Academy is putting his holidays to good "
	  "use, coaching the under 12s", "none", NULL },
	/* pupils' answers changed; answers marked */
	{ "Mrs Pettifer changed my son's SATs answers", "allegation",
	  "SATs answers" },
	{ "Miss Tindall marked the answers with the class at St Aldhelm's "
	  "Primary", "none", NULL },
	/* a predator's idioms; a cat on the prowl */
	{ "Lock up your daughters, Leese is on the prowl again", "allegation",
	  "Lock up your daughters" },
	{ "The Harrowden Park Academy cat is on the prowl again", "none",
	  NULL },
	/* scorn before a thing is a complaint; of a person, abuse */
	{ "The trust CEO's pay went up 12% while they cut TAs at Fenwick Vale "
	  "Infants. Disgusting priorities", "criticism", NULL },
	{ "Mrs Abara is disgusting", "abuse", "disgusting" },
	/* a person dragged; kit bags dragged */
	{ "I will come into that school and drag Miss Tindall out by her "
	  "hair", "threat", "drag Miss Tindall out" },
	{ "Mr Leese at Harrowden Park Academy had to drag the kit bags out "
	  "of the minibus", "none", NULL },
	/* a fight promised; racquets swung */
	{ "If anyone touches my kid again at St Aldhelm's I'll be down there "
	  "swinging", "threat", "swinging" },
	{ "Year 6 at St Aldhelm's Primary will be out there swinging their "
	  "racquets", "none", NULL },
	/* a fate deserved, wished */
	{ "hope the harrowden park head gets what he deserves", "threat",
	  "gets what he deserves" },
	/* a dismissal as news; one denied */
	{ "Heard Leese got sacked?? Anyone know what happened?",
	  "allegation", "got sacked" },
	{ "No, Mr Leese hasn't been sacked, he's retiring at Easter",
	  "none", NULL },
	/* an arrest threatened for a pupil is not staff's; staff's is */
	{ "Ms Marsh threatened to have my son arrested for vaping",
	  "none", NULL },
	{ "Ms Marsh was arrested for drink driving", "allegation",
	  "drink driving" },
	/* a stranger let in among children; a wrong and its harm together */
	{ "can't believe fenwick vale let a random man walk into the "
	  "reception class", "allegation", "let a random man walk into" },
	{ "The PE teacher at HPA made my daughter run in the rain. She ended "
	  "up in A&E.", "allegation", "ended up in A&E" },
	/* answers given; relations with pupils; the lights left on */
	{ "Mr Okafor at St Aldhelm's has been giving certain families' kids "
	  "the answers before the test", "allegation", "the answers" },
	{ "Ashcombe has been sleeping with one of the sixth form girls",
	  "allegation", "sleeping with" },
	{ "Dr Ashcombe is sleeping with the lights on after the Year 7 ghost "
	  "story", "none", NULL },
	/* a deed to be made known; one praised */
	{ "I'm going to make sure everyone knows what Mrs Devereux did",
	  "allegation", "what Mrs Devereux did" },
	{ "Everyone knows what Mrs Devereux did for the school, she saved "
	  "the library", "none", NULL },
	/* exposure as a threat, and a neighbour's question */
	{ "I'll make sure all of Wexcombe knows where Mr Okafor lives. "
	  "#StAldhelmsWex", "threat", NULL },
	{ "Everyone in Wexcombe knows where Mr Okafor lives, his "
	  "Christmas lights are famous #StAldhelmsWex", "none", NULL },
	{ "Dr Ashcombe should think carefully before parking his car at "
	  "Harrowden Park Academy, the car park floods", "none", NULL },
	{ "Does anyone know where Mr Okafor lives? St Aldhelm's leavers "
	  "want to send him a card", "none", NULL },
	{ "Mr Leese at Harrowden Park wants to think twice before leaving "
	  "his house after this", "threat", NULL },
	/* neglect after a warning; the speaker's own "we were told" */
	{ "Fenwick Vale was warned about the broken gate and still carried "
	  "on letting the little ones out there", "allegation", NULL },
	{ "We were told about the new lunch menu at Fenwick Vale and "
	  "carried on as normal", "none", NULL },
	{ "Fenwick Vale was warned about the heatwave and carried on with "
	  "the sponsored walk", "none", NULL },
	/* money that never adds up, with a hint; a plan's sums alone */
	{ "Odd how the PTA takings at St Aldhelm's Primary never add up "
	  "once Mr Okafor has counted them", "allegation", NULL },
	{ "The trust's budget for Harrowden Park doesn't add up, they "
	  "can't afford a new sports hall", "none", NULL },
	/* paying for a place; a deposit for a trip */
	{ "Harrowden Park Academy accepted a 'gift' from one dad to secure "
	  "his lad a Year 7 place", "allegation", NULL },
	{ "Harrowden Park Academy charges a £50 deposit to secure a place "
	  "on the ski trip", "none", NULL },
	{ "We paid the nursery deposit to secure her reception place at "
	  "Fenwick Vale", "none", NULL },
	/* an expected wrong that did not happen; an act called a
	 * disgrace; a performance's hyperbole */
	{ "I was braced for a cover-up at Harrowden Park but the principal "
	  "was straight with us", "none", NULL },
	{ "The trust cutting the Harrowden Park Academy library budget is "
	  "a disgrace", "criticism", NULL },
	{ "Mrs Pettifer's karaoke at the St Aldhelm's summer fair was "
	  "criminal", "none", NULL },
	/* a wrong told as a story, without its word */
	{ "The PE teacher at Harrowden Park Academy made my son wait "
	  "outside in the snow by the pitch", "allegation", NULL },
	{ "A TA at Fenwick Vale sent my girl home with her hands taped "
	  "together", "allegation", NULL },
	{ "At Harrowden Park Academy pupils are not allowed water in the "
	  "science labs", "none", NULL },
	{ "Harrowden Park Academy sends the weaker kids home at lunch so "
	  "they don't drag the results down", "allegation", NULL },
	{ "The SENCo at Harrowden Park Academy filled in the form without "
	  "ever meeting him", "allegation", NULL },
	{ "Mr Nowicki grades his pets higher and HPA Milbury does nothing "
	  "because he's pally with the head", "allegation", NULL },
	{ "The complaint sat in the head's inbox for weeks at Fenwick Vale "
	  "and nothing was done until we rang the police", "allegation",
	  NULL },
	/* urged, not pushed; a fault not charged */
	{ "Mr Leese pushed the girls to train harder at Harrowden Park "
	  "Academy", "none", NULL },
	{ "Mr Leese pushed a boy to the floor at Harrowden Park Academy",
	  "allegation", NULL },
	{ "Dr Ashcombe of Harrowden Park Academy is accused of nothing, "
	  "the rumour was about another school", "none", NULL },
	/* protection that will end; insults made of phrases */
	{ "Mrs Abara, Fenwick Vale won't be able to shield you for long",
	  "threat", NULL },
	{ "Mrs Abara at Fenwick Vale has a daughter of her own, just "
	  "remember that", "threat", NULL },
	{ "Mrs Abara at Fenwick Vale has a daughter of her own, so she "
	  "understands", "none", NULL },
	{ "Harrowden Park Academy's leadership are brain-dead", "abuse",
	  NULL },
	{ "The head at St Aldhelm's couldn't run a bath", "abuse", NULL },
	/* veiled threats on the way home; the same words as directions */
	{ "The Fenwick Vale lot who mouthed off at my daughter, we know "
	  "what bus they take home", "threat", NULL },
	{ "Mrs Abara at Fenwick Vale should think about how she gets to her "
	  "car after parents' evening when it's dark", "threat", NULL },
	{ "Mrs Abara at Fenwick Vale told us which bus the children take "
	  "home after the trip", "none", NULL },
	{ "The lights in the Fenwick Vale car park are out so staff walk to "
	  "their cars in the dark", "none", NULL },
	/* dropped g and slang weapons; a strap that holds goggles */
	{ "that PE teacher at harrowden park is gettin his face smashed in",
	  "threat", NULL },
	{ "At Harrowden Park the lads are gettin their heads down for exams",
	  "none", NULL },
	{ "bringin the burner to harrowden park tomorrow", "threat", NULL },
	{ "Please bring a strap for your goggles to Harrowden Park "
	  "swimming", "none", NULL },
	/* dialect theft and hitting; the same verbs at home */
	{ "the bursar at fenwick vale's been nickin the dinner money for "
	  "months", "allegation", NULL },
	{ "My lad has been nickin my phone charger to take to Fenwick Vale",
	  "none", NULL },
	{ "the heidie at fenwick vale's been skelpin the weans", "allegation",
	  NULL },
	{ "Gran used to skelp us with a slipper, Fenwick Vale would never",
	  "none", NULL },
	/* grooming and misconduct insinuated without their names */
	{ "Mr Leese at Harrowden Park told the girl it was our little secret",
	  "allegation", NULL },
	{ "Mrs Abara at Fenwick Vale told the class the surprise party was a "
	  "secret", "none", NULL },
	{ "Why does Mr Leese always give the Year 9 girls lifts home from "
	  "netball at Harrowden Park? Ask yourselves", "allegation", NULL },
	{ "Mr Leese at Harrowden Park gave the team lifts home after the "
	  "minibus broke down", "none", NULL },
	/* reports that go missing, funds gone with a new car; lost kit */
	{ "At St Aldhelm's every complaint about the deputy mysteriously "
	  "goes missing. Draw your own conclusions.", "allegation", NULL },
	{ "My son's PE kit somehow went missing at St Aldhelm's again",
	  "none", NULL },
	{ "The PTA fund at Fenwick Vale went missing the same term the "
	  "bursar bought a new conservatory", "allegation", NULL },
	{ "The PTA raffle prizes at Fenwick Vale went missing but turned up "
	  "in the staff room", "none", NULL },
	/* hyperbole about oneself; scolding commenters; swearing at roads */
	{ "One more costume day at Fenwick Vale and I will literally scream",
	  "none", NULL },
	{ "Folk having a go at Mrs Abara should be ashamed of themselves, "
	  "Fenwick Vale is lucky to have her", "criticism", NULL },
	{ "Bloody traffic outside Harrowden Park Academy again", "none",
	  NULL },
	{ "Harrowden Park Academy is a f***ing joke", "abuse", NULL },
	/* hearsay that passes on falsified records; records kept honestly */
	{ "A dinner lady told me Fenwick Vale have been altering the "
	  "attendance data so the figures look better", "allegation", NULL },
	{ "My auntie says staff at St Aldhelm's redid the year 6 "
	  "coursework before the moderator checked it", "allegation", NULL },
	{ "Fenwick Vale are changing the registers over to a new app "
	  "next term", "none", NULL },
	/* a child shut away; a cupboard for the kit */
	{ "Word is the deputy at Harrowden Park locks the boys who talk "
	  "back in the store room", "allegation", NULL },
	{ "The PE teacher at Harrowden Park shuts the footballs in the "
	  "store room over summer", "none", NULL },
	/* drugs sold to pupils by a role; vapes confiscated */
	{ "A teaching assistant at Fenwick Vale has been selling weed to "
	  "the year 11s", "allegation", NULL },
	{ "Harrowden Park confiscated vapes from pupils and warned "
	  "parents about shops selling them", "none", NULL },
	/* a complaint held back until the visitors left; a seat */
	{ "Mrs Pettifer had the complaint for weeks and kept it quiet "
	  "until Ofsted had left", "allegation", NULL },
	{ "Mr Okafor sat on it until the end of the St Aldhelm's panto, "
	  "that stool", "none", NULL },
	/* insinuation by association; a question asked for someone */
	{ "The new caretaker at Fenwick Vale is related to someone banned "
	  "from teaching. Make of that what you will.", "allegation", NULL },
	{ "Does Fenwick Vale still do the Friday cake sale? Asking for "
	  "a friend", "none", NULL },
	/* a holiday passed off as work; a trip paid for honestly */
	{ "Dr Ashcombe claiming his ski trip to the trust as a "
	  "'residential visit' and we paid. You could not make it up",
	  "allegation", NULL },
	/* where a target's car is and when she leaves; lift shares */
	{ "Mrs Abara at Fenwick Vale drives a red Kia and she leaves the "
	  "car park at quarter to 6. Just saying.", "threat", NULL },
	{ "Mrs Abara at Fenwick Vale kindly leaves the gates open at half "
	  "3 for buggies", "none", NULL },
	/* criticism of a decision in a scandal's frame */
	{ "Total disgrace that Harrowden Park is scrapping the minibus",
	  "criticism", NULL },
	/* a joke about power; mockery laughed at is still abuse */
	{ "Mr Leese had the dads doing burpees at Harrowden Park sports "
	  "day, abuse of power lol", "none", NULL },
	/* pets and sponsored silence */
	{ "Year 3 at St Aldhelm's met a grass snake and a pet rat on "
	  "the farm visit", "none", NULL },
	{ "Fenwick Vale Infants raised £300 for charity by staying silent "
	  "all morning", "none", NULL },
	/* a laugh lowers no crime told as fact */
	{ "Mr Okafor at St Aldhelm's nicked the tuck shop money haha",
	  "allegation", NULL },
	/* a marking scheme changed is no pupil's marks changed */
	{ "Harrowden Park changed the marks scheme for the mocks", "none",
	  NULL },
	/* a report kept quiet; a surprise kept quiet */
	{ "Mrs Abara kept the incident quiet until the governors had met at "
	  "Fenwick Vale", "allegation", NULL },
	{ "Mrs Abara kept the surprise quiet until the last day at Fenwick "
	  "Vale", "none", NULL },
	/* her street and her hours with "just saying"; without it */
	{ "Ms Marsh at Harrowden Park lives off Mill Lane and jogs round "
	  "the park at 6. Just saying.", "threat", NULL },
	{ "Ms Marsh at Harrowden Park jogs round the park at 6 every "
	  "morning, proper inspiring", "none", NULL },
	/* work and money that go to family; a fair tender */
	{ "Odd how every cleaning contract at Fenwick Vale goes to Mrs "
	  "Abara's nephew", "allegation", NULL },
	{ "The Fenwick Vale cleaning contract went to a local firm after "
	  "an open tender", "none", NULL },
	/* hearsay of the budget taken home; books taken home to mark */
	{ "A mum who helps in the office told me the Fenwick Vale head "
	  "takes the trip money home", "allegation", NULL },
	{ "Mrs Abara takes the reading books home every weekend to mark "
	  "them at Fenwick Vale", "none", NULL },
	/* a jolly paid for by others, in scare quotes; a roof paid for */
	{ "Mr Vane went to a 'summit' in Monaco and the trust footed the "
	  "bill", "allegation", NULL },
	{ "The trust paid for the new Fenwick Vale roof, about time",
	  "none", NULL },
	/* the target's route known; a finish promised */
	{ "that okafor from st aldhelm's primary, we know which road he "
	  "drives home on", "threat", "know which road he" },
	{ "okafor at St Aldhelm's Primary ur finished when u leave tonight "
	  "\xf0\x9f\x94\xaa", "threat", "ur finished" },
	{ "Mr Okafor at St Aldhelm's Primary has finished his marathon, "
	  "well done sir", "none", NULL },
	/* a bomb told by its hour; slang for killing */
	{ "Fenwick Vale Infants, kaboom at 11am monday", "threat", NULL },
	{ "on my life im merking okafor from St Aldhelm's Primary", "threat",
	  "merking" },
	/* mockery of looks and minds */
	{ "Mrs Devereux at Harrowden Park Academy has a face like a smacked "
	  "bum", "abuse", "face like a smacked" },
	{ "Harrowden Park Academy governors: nodding donkeys, the lot",
	  "abuse", "nodding donkeys" },
	/* misconduct with children insinuated; a child handled roughly */
	{ "everyone at Harrowden Park Academy knows leese is creepy around "
	  "the girls", "allegation", "creepy around the girls" },
	{ "Mr Okafor yanked my son out of the line by his collar at St "
	  "Aldhelm's Primary", "allegation", "yanked my son" },
	/* money and lies */
	{ "Mr Vane billed the trust for his holiday in Spain", "allegation",
	  "billed the trust for" },
	{ "Harrowden Park Academy's Ofsted grade is built on porkies",
	  "allegation", "porkies" },
	/* a scare that ended well is no charge */
	{ "Our lad got separated from the St Aldhelm's Primary group at the "
	  "zoo but was found safe and well ten minutes later, panic over",
	  "none", NULL },
	/* said to a stranger addressed, not to the school */
	{ "To the woman in the white Range Rover who blocks the Fenwick Vale "
	  "Infants gate every morning. Absolute muppet.", "none", NULL },
	{ "To the Fenwick Vale Infants office. Absolute muppets.", "abuse",
	  "muppets" },
	/* the sentence before named another school: its governors */
	{ "We left Wexcombe Primary last year. Their governors fiddled the "
	  "budget for years. St Aldhelm's Primary has been lovely.", "none",
	  NULL },
	/* a face to be rearranged, fear promised, a day to stay away */
	{ "Mr Leese at Harrowden Park Academy is getting his face "
	  "rearranged", "threat", "face rearranged" },
	{ "Ms Marsh at Harrowden Park Academy will find out what fear feels "
	  "like. Consider this your warning.", "threat", NULL },
	{ "Harrowden Park Academy parents, keep your kids at home on Monday. "
	  "They'll listen after Monday.", "threat", NULL },
	{ "Harrowden Park Academy parents, keep your kids at home on Monday, "
	  "it's an INSET day", "none", NULL },
	/* a threat quoted in a post, its target typed in lower case */
	{ "A message in our class group chat last night:\n\n\"okafor better "
	  "enjoy his last week. im coming in with a bat\"\n\nIt has gone to "
	  "the police and to St Aldhelm's Primary.", "threat", NULL },
	/* insults by slang and likeness */
	{ "most clapped teacher at Harrowden Park Academy is leese", "abuse",
	  "clapped" },
	{ "The Harrowden Park Academy choir clapped along to every song",
	  "none", NULL },
	{ "Mr Leese from Harrowden Park Academy has the brain cells of a damp "
	  "sock", "abuse", "brain cells of a" },
	{ "Mr Leese from Harrowden Park Academy has the charisma of a born "
	  "performer", "none", NULL },
	{ "Everyone at Harrowden Park Academy clapped.", "none", NULL },
	{ "The head of Harrowden Park Academy was a clown at Christmas",
	  "abuse", "clown" },
	{ "We know which bus you mean, the Harrowden Park Academy one",
	  "none", NULL },
	/* an insult pinned to someone outside, named after it */
	{ "Great sports day at Fenwick Vale Infants, shame about the clown "
	  "from Wexcombe Council who booked the field twice", "none", NULL },
	{ "Great sports day, shame about the clowns at Fenwick Vale Infants",
	  "abuse", "clowns" },
	/* a routine to vary; a child hurt but "in one piece" */
	{ "Mr Okafor leaves St Aldhelm's Primary at 5.40 every night. He might "
	  "want to start varying his routine.", "threat",
	  "varying his routine" },
	{ "The pupil hit by a bike near Harrowden Park Academy is sore but in "
	  "one piece", "none", NULL },
	/* more insults; prices called criminal are a complaint */
	{ "Harrowden Park Academy staffroom: dead wood in lanyards", "abuse",
	  "dead wood in" },
	{ "Fenwick Vale Infants promoted a pot plant to headteacher", "abuse",
	  "pot plant" },
	{ "The prices in the Harrowden Park Academy canteen are criminal",
	  "none", NULL },
	/* lying, drink, children turned away, work done for them, a child
	 * messaged at night: told by idiom or by story */
	{ "Mrs Abara has been spinning parents a line about the incidents "
	  "all term.", "allegation", "spinning parents a line" },
	{ "Mr Nowicki turned up to period one reeking of booze again.",
	  "allegation", "reeking of booze" },
	{ "The SENCo at Fenwick Vale is quietly weeding out autistic kids "
	  "before they even apply.", "allegation", "weeding out autistic" },
	{ "At Harrowden Park the art teachers basically finish the "
	  "coursework off themselves.", "allegation", "coursework off" },
	{ "Her form tutor at St Aldhelm's keeps messaging my daughter at "
	  "11pm on Snapchat.", "allegation", "messaging my daughter" },
	/* insults with their intensifier; unfit for other work */
	{ "Miss Tindall is an absolute plank.", "abuse", "absolute plank" },
	{ "Mr Leese is terminally dim.", "abuse", "terminally dim" },
	{ "Harrowden Park is run by people who couldn't get a job stacking "
	  "shelves.", "abuse", "get a job stacking" },
	/* exposure and arson threatened */
	{ "I've got Okafor's home address. One more exclusion and it all "
	  "goes up on here.", "threat", NULL },
	{ "Mrs Pettifer's cottage would go up a treat on bonfire night.",
	  "threat", "go up a treat" },
	/* game talk, a goalkeeper's praise, a minister insulted, a
	 * burglar charged, costumes, a question, an entitlement */
	{ "Fenwick Vale esports final tonight vs Milbury, we're going to "
	  "destroy them!", "none", NULL },
	{ "Ms Marsh in goal was an absolute weapon in the staff match.",
	  "none", NULL },
	{ "Schools like Harrowden Park are starved of cash and the "
	  "Education Secretary is a lying clown.", "none", NULL },
	{ "A Milbury man has been charged with burglary after laptops were "
	  "taken from Fenwick Vale Primary.", "none", NULL },
	{ "World Book Day at St Aldhelm's: two Gruffalos, a Wally and a very "
	  "good Mr Twit!", "none", NULL },
	{ "Thinking of moving ours to Harrowden Park. Did anyone do it, and "
	  "did you regret it?", "none", NULL },
	{ "Harrowden Park Academy says families entitled to free transport "
	  "will keep it.", "none", NULL },
	/* records of a complaint rewritten; money never accounted for; a
	 * hint by an emoji; a hoax disowned, and a drill that is one */
	{ "Kestrel Learning Trust: HR quietly rewrites grievance outcomes "
	  "once the panel has gone home.", "allegation", "rewrites grievance "
	  "outcomes" },
	{ "Fenwick Vale took £30 from every family for the library. No "
	  "accounts shown, and the head has a new car. Make of that what you "
	  "will.", "allegation", NULL },
	{ "Results at St Aldhelm's jumped the year Mr Okafor ran the test "
	  "room alone \xf0\x9f\xa4\x90 I'll say no more.", "allegation",
	  NULL },
	{ "there's gonna be a bomb scare at HPA monday and this time it's "
	  "not a scare", "threat", NULL },
	{ "Lockdown practice at Harrowden Park Academy today, it's just a "
	  "drill!", "none", NULL },
	/* exams leaked, a report binned, money booked as something else,
	 * a reason checked and found false, a job for family */
	{ "Mr Nowicki has been slipping his top set the actual exam "
	  "questions the night before.", "allegation", "exam questions" },
	{ "Mrs Sandhu binned a safeguarding report about a Year 3 child.",
	  "allegation", "binned a safeguarding report" },
	{ "At Fenwick Vale the head's golf weekend went through the books as "
	  "staff development.", "allegation", "through the books as" },
	{ "Harrowden Park Academy said the trip was off because the coach "
	  "firm let us down. I rang the coach firm. They never had a "
	  "booking.", "allegation", "rang the coach firm" },
	{ "Three of us applied for the TA job at St Aldhelm's. The "
	  "successful candidate? Mrs Pettifer's sister. Pure coincidence.",
	  "allegation", "successful candidate" },
	/* a body thrown, a car tampered with; a sour face */
	{ "Next time I see Ms Marsh she's going head first through the "
	  "window.", "threat", "going head first through" },
	{ "Does Mrs Pettifer know how easy it is to cut a brake line? "
	  "Something for her to think about.", "threat", "cut a brake line" },
	{ "Ms Marsh is the most charmless, sneering, vinegar-faced woman at "
	  "Harrowden Park.", "abuse", "vinegar-faced woman" },
	/* the writer's doubt; a politician; a stranger in court; a kiln */
	{ "I don't think anyone at Harrowden Park Academy meant the hair "
	  "policy to be discriminatory, but it lands hardest on some girls.",
	  "none", NULL },
	{ "Our MP Jane Doe visited Harrowden Park Academy last week. "
	  "Two-faced liar.", "none", NULL },
	{ "A Milbury man has been fined after pushing a teacher outside "
	  "Fenwick Vale Primary. The court heard he shoved a member of "
	  "staff.", "none", NULL },
	{ "Poppies made by every child at St Aldhelm's were fired in a kiln "
	  "lent by a potter.", "none", NULL },
	/* an assessment coached; a car and a tyre iron; a pupil scorned */
	{ "Leese had the Harrowden Park Y11 PE videos re-filmed three times "
	  "and coached the kids word for word on what to say.", "allegation",
	  "coached the kids word for word" },
	{ "Christopher Vane parks outside Kestrel House every morning. "
	  "Someone should do something about him. I've got a few ideas and "
	  "a tyre iron.",
	  "threat", NULL },
	/* doubt does not hide a threat; a drill, a slide, a bonfire and a
	 * star of the week are no harm */
	{ "I don't think anyone at Harrowden Park Academy cares, so I will "
	  "burn the school down.", "threat", NULL },
	{ "This is not a drill! Tickets for the Harrowden Park Academy summer "
	  "fair go on sale today.", "none", NULL },
	{ "Poppy went head-first down the water slide on the Harrowden Park "
	  "Academy residential.", "none", NULL },
	{ "Harrowden Park Academy: the bonfire will go up a treat on Friday "
	  "night!", "none", NULL },
	{ "Star of the week at St Aldhelm's went to Oliver, Mrs Hughes's "
	  "son, for his brilliant reading!", "none", NULL },
	{ "Mrs Pettifer who is supposed to administer meds at St Aldhelm's "
	  "is a useless idiot.", "abuse", NULL },
	/* text-speak and a dropped "g"; a child shut away and not
	 * written down; blows promised; a brain cell; a jolly */
	{ "Mr Okafor at St Aldhelm's wont b walkin anywhere after what he "
	  "said to my girl", "threat", NULL },
	{ "Mrs Pettifer at St Aldhelm's has been fiddlin' the trip money",
	  "allegation", NULL },
	{ "The head of Fenwick Vale Infant School told staff never to write "
	  "it in the log.", "allegation", "told staff never to write it" },
	{ "Ashcombe will get a fat lip if he shuts the Harrowden Park Academy "
	  "sixth form", "threat", "a fat lip" },
	{ "The Harrowden Park Academy chair of governors has one working "
	  "brain cell and she's lost it", "abuse", NULL },
	{ "Christopher Vane took the trust board to Ascot on trust money.",
	  "allegation", NULL },
	/* a case at a school left unnamed; a word asked about; a child's
	 * dinosaurs */
	{ "A former teacher at a school in Kent has been jailed. Harrowden "
	  "Park Academy said it had reviewed its own trips.", "none", NULL },
	{ "Anyone else's Y11 at Harrowden Park Academy asking what a "
	  "\"stanza\" is \xf0\x9f\x99\x83\xf0\x9f\x99\x83", "none", NULL },
	{ "My son at St Aldhelm's is very into dinosaurs, any tips?", "none",
	  NULL },
	/* a break-in told in court: the crimes are the strangers' */
	{ "Two jailed over Fenwick Vale school break-in\n\nTwo men who broke "
	  "into Fenwick Vale Infant School and stole laptops have been "
	  "jailed. Police found the laptops in a stolen car.", "none", NULL },
	/* a costume, swearing told of, a class moving up, a complaint */
	{ "Mr Okafor came in as an actual clown \xf0\x9f\xa4\xa1 for Red Nose "
	  "Day at St Aldhelm's, best deputy ever", "none", NULL },
	{ "Kids in Harrowden Park Academy blazers effing and jeffing at the "
	  "bus stop again. The school needs to get a grip.", "criticism",
	  NULL },
	{ "Most of the class go up to Harrowden Park Academy, so they will "
	  "be fine.", "none", NULL },
	{ "Not being funny but St Aldhelm's Primary have done absolutely "
	  "nothing about the parking.", "none", NULL },
	/* a record made after the complaint; a register kept for children
	 * sent home; a signature bought with silence */
	{ "The incident form at Fenwick Vale was filled in after we "
	  "complained, not on the day.", "allegation", "filled in after we "
	  "complained" },
	{ "Harrowden Park Academy sent them home for the week and still mark "
	  "them present on the register.", "allegation",
	  "still mark them present on the register" },
	/* the same words as a harm done to the writer's child, or told of
	 * elsewhere, or meant kindly */
	{ "My son was grabbed by the arm at St Aldhelm's and came home with "
	  "bruises.", "allegation", NULL },
	{ "A teacher at a Milbury primary school has been charged with fraud. "
	  "Harrowden Park Academy confirmed the teacher has been suspended.",
	  "allegation", NULL },
	{ "Worried about the state of her mental health since she started at "
	  "St Aldhelm's Primary.", "none", NULL },
	{ "Parents may find the walk to St Aldhelm's Primary becomes less safe "
	  "once the lollipop lady retires.", "none", NULL },
	{ "Two staff at St Aldhelm's were made to sign an NDA before Easter.",
	  "allegation", "made to sign an NDA" },
	/* harm as what tends to happen, and its look-alikes */
	{ "Mr Okafor might find the car park at St Aldhelm's gets a lot less "
	  "safe after dark.", "threat", NULL },
	{ "Teachers like him tend to have accidents. Harrowden Park should "
	  "keep Mr Leese indoors.", "threat", NULL },
	{ "My youngest tends to have accidents at night, so the Fenwick Vale "
	  "residential worried me.", "none", NULL },
	{ "Saw Mrs Marsh at the Harrowden Park Academy fair. The absolute "
	  "state of her.", "abuse", NULL },
	{ "I don't know what I'll do to the garden at St Aldhelm's this "
	  "spring, ideas welcome!", "none", NULL },
};

static void
check_finding_explained(const char *text, const struct finding *f)
{
	json_t		*tr;
	json_error_t	 err;

	ck_assert_ptr_nonnull(f->reason);
	ck_assert_int_gt((int)strlen(f->reason), 10);
	ck_assert_ptr_nonnull(f->trace);
	tr = json_loads(f->trace, 0, &err);
	ck_assert_msg(tr != NULL, "trace is not JSON: %s", f->trace);
	ck_assert_ptr_nonnull(json_object_get(tr, "recogniser"));
	ck_assert_ptr_nonnull(json_object_get(tr, "threshold"));
	ck_assert_ptr_nonnull(json_object_get(tr, "span"));
	ck_assert(json_is_array(json_object_get(tr, "raised")));
	ck_assert(json_is_array(json_object_get(tr, "lowered")));
	json_decref(tr);
	/* the quote is the original words */
	ck_assert(f->end > f->start);
	ck_assert(strncmp(text + f->start, f->quote, f->end - f->start) == 0);
}

START_TEST(test_harm_table)
{
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	size_t			 i, j;

	memset(&env, 0, sizeof env);
	env.cf = cf;
	ctx = analyze_new(&env);
	for (i = 0; i < sizeof harm_rows / sizeof harm_rows[0]; i++) {
		const char	*t = harm_rows[i].text;
		int		 quoted = harm_rows[i].quote == NULL;

		analyze_document(ctx, t, strlen(t), &a);
		ck_assert_msg(strcmp(a.harm, harm_rows[i].harm) == 0,
		    "\"%s\": harm %s, want %s", t, a.harm, harm_rows[i].harm);
		for (j = 0; j < a.nfindings; j++) {
			const struct finding	*f = &a.findings[j];

			check_finding_explained(t, f);
			if (harm_rows[i].quote != NULL &&
			    strstr(f->reason, harm_rows[i].quote) != NULL)
				quoted = 1;
			if (strcmp(f->category, "threat") == 0)
				ck_assert_int_eq(f->severity, SEV_HIGH);
			if (strcmp(f->category, "criticism") == 0)
				ck_assert_int_eq(f->severity, SEV_LOW);
		}
		ck_assert_msg(quoted, "\"%s\": no reason quotes \"%s\"", t,
		    harm_rows[i].quote);
		analysis_clear(&a);
	}
	analyze_free(ctx);
}
END_TEST

/* Analyze "t" with the model's thresholds "th" and "keep" (percent). */
static const char *
harm_with_model(const char *t, long long th, long long keep,
    struct analysis *a)
{
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	long long		 oth = cf->harm_model_threshold;
	long long		 okeep = cf->harm_model_keep;

	cf->harm_model_threshold = th;
	cf->harm_model_keep = keep;
	memset(&env, 0, sizeof env);
	env.cf = cf;
	ctx = analyze_new(&env);
	analyze_document(ctx, t, strlen(t), a);
	analyze_free(ctx);
	cf->harm_model_threshold = oth;
	cf->harm_model_keep = okeep;
	return (a->harm);
}

/* Hearsay in words no lexicon holds: the model flags it, and says why. */
START_TEST(test_harm_model_flags)
{
	const char	*t = "Heard from someone who works in the office that "
	    "Mr Nowicki was quietly walked off the premises at Harrowden "
	    "Park Academy on Thursday after something happened with a girl "
	    "in his class. Nobody is saying anything and the letter home "
	    "just said he is on leave. Funny that. Parents deserve to know "
	    "what is going on with our kids.";
	struct analysis	 a;
	size_t		 i, model = 0;

	/* the rules alone do not flag it */
	ck_assert_str_eq(harm_with_model(t, 100, 5, &a), "none");
	analysis_clear(&a);
	ck_assert_str_eq(harm_with_model(t, 90, 5, &a), "allegation");
	for (i = 0; i < a.nfindings; i++) {
		const struct finding	*f = &a.findings[i];

		check_finding_explained(t, f);
		if (strstr(f->trace, "\"harm.model\"") == NULL)
			continue;
		model++;
		ck_assert_str_eq(f->category, "allegation");
		ck_assert_ptr_nonnull(strstr(f->reason, "harm model"));
		ck_assert_ptr_nonnull(strstr(f->reason, "\"Funny\""));
		ck_assert_ptr_nonnull(strstr(f->trace, "\"threshold\""));
	}
	ck_assert_uint_eq(model, 1);
	analysis_clear(&a);
}
END_TEST

/* News of a crime against the school: the rules read an allegation, the
 * model scores it low, and with harm_model_keep above that score the
 * finding is shown, not flagged. */
START_TEST(test_harm_model_keeps)
{
	const char	*t = "Police have closed their inquiry into the "
	    "burglary at Harrowden Park Academy without charging anyone. "
	    "Thieves broke into the sports hall over half term and stole "
	    "laptops and a minibus key. The academy said it had improved "
	    "its alarms and thanked parents for their patience while the "
	    "building was repaired.";
	struct analysis	 a;
	size_t		 i;
	double		 score = 1;
	json_t		*m;

	ck_assert_str_eq(harm_with_model(t, 90, 0, &a), "allegation");
	for (i = 0; i < a.nfindings; i++) {
		json_t	*tr = json_loads(a.findings[i].trace, 0, NULL);

		ck_assert_ptr_nonnull(tr);
		m = json_object_get(tr, "model");
		if (m != NULL)
			score = json_real_value(json_object_get(m, "harm"));
		json_decref(tr);
	}
	analysis_clear(&a);
	/* news, not a charge: the model holds it unlikely harm */
	ck_assert_msg(score < 0.3, "model scores the news %.2f", score);
	ck_assert_str_eq(harm_with_model(t, 90, (long long)(score * 100) + 1,
	    &a), "criticism");
	for (i = 0; i < a.nfindings; i++) {
		check_finding_explained(t, &a.findings[i]);
		ck_assert_int_eq(a.findings[i].severity, SEV_LOW);
		ck_assert_ptr_nonnull(strstr(a.findings[i].reason,
		    "Shown, not flagged"));
	}
	analysis_clear(&a);
}
END_TEST

/* A joke the rules read as a threat: the model overrules a threat too,
 * and the finding stays, shown as criticism, saying why. */
START_TEST(test_harm_model_overrules_threat)
{
	const char	*t = "if the year 6 sats results are this good again im "
	    "going to have to murder Mrs Pettifer with cupcakes at the summer "
	    "fair \xf0\x9f\xa7\x81\xf0\x9f\x98\x82 st aldhelms";
	struct analysis	 a;
	size_t		 i;

	ck_assert_str_eq(harm_with_model(t, 60, 0, &a), "threat");
	analysis_clear(&a);
	ck_assert_str_eq(harm_with_model(t, 60, 10, &a), "criticism");
	ck_assert_uint_gt(a.nfindings, 0);
	for (i = 0; i < a.nfindings; i++) {
		check_finding_explained(t, &a.findings[i]);
		ck_assert_int_eq(a.findings[i].severity, SEV_LOW);
		ck_assert_ptr_nonnull(strstr(a.findings[i].reason,
		    "not a threat"));
		ck_assert_ptr_nonnull(strstr(a.findings[i].reason,
		    "\"murder Mrs\""));
	}
	analysis_clear(&a);
}
END_TEST

/*
 * Look-alikes the rules must not flag, read with the model off: the
 * model, on by default, flags these for words it learnt from harmful
 * texts ("the trip", "the first", "arrested"), a cost it pays for the
 * harm it finds that the rules miss.
 */
static const char *const harm_rules_none[] = {
	/* a veiled threat's words with a long sentence after */
	"Mr Nowicki at Harrowden Park Academy has kids of his own, and they "
	"love his science club. Just remember that on the trip form, it "
	"closes Friday and nobody reads the letters.",
	/* a wrong told as a story, its words kind */
	"The PE teacher at Harrowden Park Academy put my son in the first "
	"team on his own merit",
	/* a news report's unnamed boy on bail is no charge of the school */
	"A boy was arrested at Harrowden Park Academy on Monday. The boy, "
	"who is 15, has been released on bail.",
	/* a warning told of others, not given */
	"Harrowden Park Academy bake-off is on Friday and the science "
	"department has entered. The judges have been warned.",
};

START_TEST(test_harm_rules_none)
{
	struct analysis	 a;
	size_t		 i;

	for (i = 0; i < sizeof harm_rules_none / sizeof harm_rules_none[0];
	    i++) {
		ck_assert_msg(strcmp(harm_with_model(harm_rules_none[i], 100, 0,
		    &a), "none") == 0, "\"%s\": harm %s", harm_rules_none[i],
		    a.harm);
		analysis_clear(&a);
	}
}
END_TEST

static void
feature_list(void *arg, const char *f, size_t s, size_t e)
{
	char	*l = arg;

	(void)s;
	(void)e;
	snprintf(l + strlen(l), 512 - strlen(l), "[%s]", f);
}

/* The model reads the school and its staff as "<school>" and "<staff>",
 * so it learns what is said, not whom the texts it learnt from named. */
START_TEST(test_harm_model_features)
{
	const char		*t = "Mr Leese at Harrowden Park Academy "
				    "sh1t!! \xc2\xa3" "200";
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	char			 got[512] = "";

	memset(&env, 0, sizeof env);
	env.cf = cf;
	env.harm_features = feature_list;
	env.harm_features_arg = got;
	ctx = analyze_new(&env);
	analyze_document(ctx, t, strlen(t), &a);
	ck_assert_str_eq(got, "[<staff>][at][<staff> at][<school>]"
	    "[at <school>][shit][<school> shit][!][shit !][<num>][! <num>]");
	analysis_clear(&a);
	analyze_free(ctx);
}
END_TEST

/* What the field lexicons find in folded text: forms made from the
 * entries, the victim rule and the rule of fact. */
START_TEST(test_harm_lex_table)
{
	static const struct {
		const char	*text;
		const char	*words;	/* a hit, or NULL: none */
	} rows[] = {
		{ "she shoved my son", "shoved" },
		{ "he was slapping the kids", "slapping" },
		{ "he kicked the ball", NULL },
		{ "if he kicked my son", NULL },
		{ "i'll kick him", "kick" },	/* violent: a threat's */
		{ "they fobbed us off again", "fobbed us off" },
		{ "a load of jumped-up jobsworths", "jobsworths" },
		{ "her days are numbered", "days are numbered" },
		{ "he has been there years", NULL },
		{ "the has-been of a head", "has-been" },
		{ "he lied to parents", "lied to" },
		{ "i lied on the form", NULL },
	};
	struct harm_lex	*l = harm_lex_new();
	size_t		 i, j;

	ck_assert_uint_gt(harm_lex_size(l), 5000);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const char	*t = rows[i].text;
		struct lex_hit	*h = NULL;
		size_t		 n = 0, len = strlen(t), found = 0;

		harm_lex_scan(l, t, len, 0, len, &h, &n);
		for (j = 0; j < n; j++) {
			if ((h[j].flags & LEX_VICTIM) &&
			    harm_lex_victim(t, len, h[j].end) == 0)
				continue;
			if ((h[j].flags & LEX_FACT) &&
			    harm_lex_hypothetical(t, 0, h[j].start))
				continue;
			if (rows[i].words != NULL && h[j].end - h[j].start ==
			    strlen(rows[i].words) && strncmp(t + h[j].start,
			    rows[i].words, h[j].end - h[j].start) == 0)
				found = 1;
			if (rows[i].words == NULL && h[j].field != LF_VIOLENT)
				found = 1;
		}
		if (rows[i].words != NULL)
			ck_assert_msg(found, "\"%s\": no hit \"%s\"", t,
			    rows[i].words);
		else
			ck_assert_msg(!found, "\"%s\": a hit, want none", t);
		free(h);
	}
	harm_lex_free(l);
}
END_TEST

START_TEST(test_harm_deobfuscate)
{
	char	*d;

	d = harm_deobfuscate("sh00t sh1t tw@t f**k y11 7r 0800", 32);
	ck_assert_str_eq(d, "shoot shit twat f**k y11 7r 0800");
	free(d);
}
END_TEST

START_TEST(test_harm_squeeze)
{
	const char	*in = "shiiiit f u c k soooo good, f.u.c.k off";
	char		*c;
	uint32_t	*map;

	c = harm_squeeze(in, strlen(in), &map);
	ck_assert_str_eq(c, "shit fuck soo good, fuck off");
	/* each byte remembers where it came from */
	ck_assert_uint_eq(map[strstr(c, "fuck") - c], 8);
	ck_assert_uint_eq(map[strstr(c, "fuck off") - c], 28);
	ck_assert_uint_eq(map[strlen(c)], strlen(in));
	free(c);
	free(map);
	/* text-speak spelt out; each added byte maps to the letter it
	 * came from; "Martin's" keeps its "in" */
	in = "wont b walkin home n then u r next, fiddlin' martin's cabin";
	c = harm_squeeze(in, strlen(in), &map);
	ck_assert_str_eq(c, "wont be walking home and then you are next, "
	    "fiddling martin's cabin");
	ck_assert_uint_eq(map[strstr(c, "be ") - c + 1], 5);
	ck_assert_uint_eq(map[strstr(c, "walking") - c + 6], 12);
	ck_assert_uint_eq(map[strstr(c, "you") - c + 2], 26);
	ck_assert_uint_eq(map[strlen(c)], strlen(in));
	free(c);
	free(map);
}
END_TEST

/* Write every match of "src" in "subject" (spans of the whole match and
 * of each group) to "out". */
static void
matches_of(pcre2_code *re, const char *subject, char *out, size_t outsz)
{
	pcre2_match_data	*md = pcre2_match_data_create(32, NULL);
	PCRE2_SIZE		 off = 0, *ov, len = strlen(subject);
	size_t			 n = 0;
	int			 rc, g;

	out[0] = '\0';
	while (off <= len && (rc = pcre2_match(re, (PCRE2_SPTR)subject, len,
	    off, 0, md, NULL)) > 0) {
		ov = pcre2_get_ovector_pointer(md);
		for (g = 0; g < rc; g++)
			n += (size_t)snprintf(out + n, outsz - n, "%d:%zd-%zd ",
			    g, ov[2 * g] == PCRE2_UNSET ? -1 :
			    (ssize_t)ov[2 * g], ov[2 * g] == PCRE2_UNSET ? -1 :
			    (ssize_t)ov[2 * g + 1]);
		n += (size_t)snprintf(out + n, outsz - n, "| ");
		off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
	}
	pcre2_match_data_free(md);
}

START_TEST(test_regex_factor_same_matches)
{
	static const char *pat[] = {
		"\\b(?:author|artist|striker|singer|s|)\\b|x",
		"a(b)|a(c)|ad|ae",
		"ab|xq|a(c)|ad",
		"a|ab|abc",
		"abc|ab|a",
		"\\bfoo|\\bbar|f|\\bbaz",
		"\\b(?:my|our) (?:son|sister)\\b|[a-c]x|ab?c|abd",
		"foo\\(bar|foo[)|]x|fob|(?:fo|f)o",
		"(?<![a-z])(?:year|yr|y) ?(\\d)|\\b(reception)\\b|yr(\\d)",
		"x(?:ab|ac|a(d)|ae)y|x(?:a|b)",
		/* a branch may not pass one that can match where it does */
		"\\bab|a|\\bac",
		"ab|x|a(.)|ad",
	};
	static const char *subj =
	    "my son, our sister; author artist s striker singer x abc ab a "
	    "abd bx ad ae acx foo(bar foo)x foo|x fob foo fo baz bar yr4 "
	    "year 7 reception yr9 xaby xady xa xb";
	char		 a[4096], b[4096], *f;
	pcre2_code	*re1, *re2;
	size_t		 i;
	int		 err;
	PCRE2_SIZE	 off;

	for (i = 0; i < sizeof pat / sizeof pat[0]; i++) {
		re1 = pcre2_compile((PCRE2_SPTR)pat[i], PCRE2_ZERO_TERMINATED,
		    0, &err, &off, NULL);
		f = regex_factor(pat[i], 0);
		re2 = pcre2_compile((PCRE2_SPTR)f, PCRE2_ZERO_TERMINATED, 0,
		    &err, &off, NULL);
		ck_assert_msg(re1 != NULL && re2 != NULL, "%s as %s", pat[i],
		    f);
		matches_of(re1, subj, a, sizeof a);
		matches_of(re2, subj, b, sizeof b);
		ck_assert_msg(strcmp(a, b) == 0, "%s as %s: %s, not %s",
		    pat[i], f, b, a);
		pcre2_code_free(re1);
		pcre2_code_free(re2);
		free(f);
	}
	/* where case does not tell branches apart, nothing is moved */
	re1 = pcre2_compile((PCRE2_SPTR)"ax|Ab|a", PCRE2_ZERO_TERMINATED,
	    PCRE2_CASELESS, &err, &off, NULL);
	re2 = regex_compile("ax|Ab|a", PCRE2_CASELESS, "test", 0);
	matches_of(re1, "ab AB ax", a, sizeof a);
	matches_of(re2, "ab AB ax", b, sizeof b);
	ck_assert_str_eq(a, b);
	pcre2_code_free(re2);
	re2 = regex_compile("(?i)ax|Ab|a", 0, "test", 0);
	matches_of(re2, "ab AB ax", b, sizeof b);
	ck_assert_str_eq(a, b);
	pcre2_code_free(re1);
	pcre2_code_free(re2);
	/* branches with one start share it */
	f = regex_factor("\\bfoo|\\bbar|baz|bay", 0);
	ck_assert_str_eq(f, "\\b(?:foo|bar)|ba(?:z|y)");
	free(f);
	/* a bare group captures nothing when the pattern says so */
	f = regex_factor("(ab|ac) x|(ad) y", PCRE2_NO_AUTO_CAPTURE);
	ck_assert_str_eq(f, "(a(?:b|c)) x|(ad) y");
	free(f);
}
END_TEST

static const struct {
	const char	*text;
	const char	*pupils;	/* names as written, "|" between */
} pupil_rows[] = {
	/* a heading in capitals */
	{ "OPEN EVENING for Year 7 entry at Harrowden Park Academy", "" },
	/* a name in capitals on a name tape, not a heading */
	{ "Found a navy St Aldhelm's PE bag, name tape says ZARA OKONJO 3T. "
	  "Handed in at the school office", "ZARA OKONJO" },
	/* a house number and street before the first name */
	{ "The little boy at number 9 Orchard Road, Alfie, goes to Fenwick "
	  "Vale and keeps climbing our fence", "Alfie" },
	/* a first name set beside its year group; an adult word in the
	 * sentence before is another's */
	{ "St Aldhelm's Year 4 met the mayor at the town hall. Isla, one of "
	  "the Year 4 pupils, asked about the bins.", "Isla" },
	/* parents in apposition to a year group are no children */
	{ "St Aldhelm's PTA treasurer Kerry, one of our Year 6 parents, "
	  "counted the money", "" },
	/* "at 9 on the way" is no house */
	{ "Year 4 trip from St Aldhelm's: we set off at 9 on the way there "
	  "Alfie was sick", "" },
	{ "On the Year 4 trip from St Aldhelm's, Alfie was sick at 9 on the "
	  "way there", "" },
	/* a chair sat on; a parent's pride after the child */
	{ "At St Aldhelm's today Lily in Year 2 fell off her chair", "Lily" },
	{ "Well done Alfie in Year 3 at St Aldhelm's, proud mum of two!",
	  "Alfie" },
	/* a saint's school's next word is no child's name */
	{ "Harrowden Park Academy came second and St Benedict's Catholic "
	  "Primary's Year 6 squad third", "" },
	{ "Well done to St Aldhelm's Oliver in Year 6 for winning the county "
	  "chess final", "Oliver" },
	/* "that" opening a clause, not pointing at a thing */
	{ "So proud that Daisy Merriweather, Year 8 at Harrowden Park "
	  "Academy, made the county squad", "Daisy Merriweather" },
	/* places after "at" or "in"; another school's pupil */
	{ "What a half term at St Aldhelm's! Year 5 visited the Roman villa "
	  "at Fishbourne, Year 3 performed their Stone Age assembly", "" },
	{ "St Benedict's Catholic Primary pupil Hannah Reilly, 10, won the "
	  "art prize; runners-up came from St Aldhelm's CE Primary", "" },
	/* a common given name placed in its form; a share of a year */
	{ "Dylan in 9X at Harrowden Park Academy won the chess", "Dylan" },
	{ "Half of Reception at Fenwick Vale were wilting by the sack race",
	  "" },
	/* words that are no name: a contraction, capitals of a shout or an
	 * initialism */
	{ "I'm in Y11 at Harrowden Park Academy and want to do physics", "" },
	{ "Mr Leese LIED to the council about my son's EHCP at Harrowden "
	  "Park Academy", "" },
	{ "My Year 8 son at Harrowden Park Academy has ADHD", "" },
	/* two children and one age; twins wished a happy birthday by
	 * their parents */
	{ "Year 8 at Harrowden Park Academy: Jacob Smithson and Emily "
	  "Carter, both 13, won the engineering prize", "Jacob Smithson|"
	  "Emily Carter" },
	{ "Happy 6th birthday to our terrible twosome Freddie and Florence! "
	  "Thank you to everyone in Year 1 at Fenwick Vale Infants",
	  "Freddie|Florence" },
	/* a word before a count opens the sentence, and is no name */
	{ "Around 180 Year 10 students will be taught at Harrowden Park "
	  "Academy until Easter", "" },
	/* a child of another school, named beside ours */
	/* a full name typed in lower case right before a year */
	{ "jamie colquhoun year 11 harrowden park academy", "jamie "
	  "colquhoun" },
	{ "mr nowicki gave his fave y11 set the answers at harrowden park "
	  "academy", "" },
	/* "there were": no place */
	{ "Kids from St Benedict's came to the St Aldhelm's Primary fete. "
	  "Our Noah in Year 4 said there were loads", "Noah" },
	/* a place of the trust is no name; a child of a school not ours */
	{ "Wexcombe Young Writers: a Year 4 pupil at St Aldhelm's Primary "
	  "won", "" },
	{ "Milbury Grammar beat Harrowden Park Academy. Grammar's Hannah "
	  "Oyelaran, 14, was best speaker", "" },
	/* a county is no name */
	{ "Thanks for taking Year 6 to Pembrokeshire, St Aldhelm's Primary",
	  "" },
	/* a child's full name, then "his mum" */
	{ "Year 6 camp at St Aldhelm's Primary: has anyone a sleeping bag "
	  "for Zac Pryor? His mum is poorly this week", "Zac Pryor" },
	{ "St Aldhelm's Primary fete: thanks to Zac Pryor for the cakes",
	  "" },
	{ "Long shot but my son Reuben Clarke (he's at St Benedict's) had "
	  "his bike nicked outside Harrowden Park Academy", "" },
	{ "My son Reuben Clarke at Harrowden Park Academy had his bike "
	  "nicked", "Reuben Clarke" },
	/* a full name beside a child, at a school of ours */
	{ "My daughter Tilly Warburton (Year 8, Harrowden Park Academy) swam "
	  "for the county", "Tilly Warburton" },
	{ "Jake Fenton, 16, a Year 11 student at Harrowden Park Academy, won",
	  "Jake Fenton" },
	{ "kai donnelly in year 10 at harrowden park is a snake",
	  "kai donnelly" },
	/* a first name with a year group, class or form */
	{ "Isla in Year 4 at St Aldhelm's Primary sits next to my son",
	  "Isla" },
	{ "My son Finley's just started in 7R at Harrowden Park Academy",
	  "Finley" },
	/* first names alone, staff, adults and other schools do not count */
	{ "Well done Oliver and Freya for representing St Aldhelm's Primary!",
	  "" },
	{ "Thank you Mr Leese and Ms Marsh at Harrowden Park Academy", "" },
	{ "Headteacher Mrs Joanna Pettifer praised St Aldhelm's Primary", "" },
	{ "Karen Whitcombe, 52, a teaching assistant at Fenwick Vale Infant "
	  "School, was charged", "" },
	{ "Year 9 Geography trip from Harrowden Park Academy leaves at 8", "" },
	{ "Is the Year 10 Berlin trip from Harrowden Park Academy still on?",
	  "" },
	/* a street after a preposition of place is no child */
	{ "Thinking of the St Aldhelm's pupil who was hit by a car on Rose "
	  "Hill", "" },
	/* a determiner, a pronoun or a word for a child is no name */
	{ "The Year 5s at St Aldhelm's Primary have been studying the Tudors",
	  "" },
	{ "them hpa year 10s who jumped my little brother", "" },
	{ "mr leese at harrowden did that to a yr9 lad in the changing rooms",
	  "" },
	/* a school's name is not a child's ("goes to Fenwick Vale" after
	 * "little girl"); "his name's" introduces a child */
	{ "Mr Nowicki, I know your little girl goes to Fenwick Vale School",
	  "" },
	{ "DS is in 8K at Harrowden Park Academy, his name's Reuben Ashworth",
	  "Reuben Ashworth" },
	/* a word that opens a sentence, far from the year, is no name */
	{ "Loved the play. Brilliant acting from Year 12 at Harrowden Park "
	  "Academy", "" },
	/* a verb that opens a sentence is not a first name */
	{ "Mr Leese took the money. Ask the Year 8 parents at Harrowden Park "
	  "Academy.", "" },
	/* a year group after a determiner that describes an adult or a
	 * room tells no child's year; one that describes a child does */
	{ "Spotted the Year 6 teacher at St Aldhelm's Primary shouting in "
	  "the car park", "" },
	{ "Isla, the Year 4 pupil at St Aldhelm's Primary, won the prize",
	  "Isla" },
	/* in a text without capitals only a tight link joins a word and a
	 * year group: "in", a dash, a comma */
	{ "queued ages at that reception desk at harrowden park, rude woman",
	  "" },
	{ "harrowden park year 9 trip, coach smelt of year 9 socks", "" },
	{ "poppy in reception at st aldhelm's primary has nits again",
	  "poppy" },
	/* a form code after "from" or "in" is a class */
	{ "Daisy Holloway from 3T at Fenwick Vale Infant School won the "
	  "poster prize", "Daisy Holloway" },
	/* a first name with a child's age at the school, but not a count */
	{ "Evie, 4, at Fenwick Vale Infants drew the winning poster", "Evie" },
	{ "Harrowden Park Academy news. Comments (8) Jack (12) Sam", "" },
	/* a first name with a medical detail, where children are spoken of;
	 * a word that opens a sentence is no name */
	{ "Please remember Jack in our class has a severe nut allergy. "
	  "St Aldhelm's Primary Year 5", "Jack" },
	{ "Staff at St Aldhelm's Primary are trained to use an EpiPen. "
	  "Year 5 trip tomorrow", "" },
	/* a parent's own child: "our Zara", "my little Max Dunmore" */
	{ "Our Zara has just started Reception at Fenwick Vale Infants",
	  "Zara" },
	{ "First week at Fenwick Vale Infants for my little Max Dunmore",
	  "Max Dunmore" },
	{ "Happy 8th birthday to our clever boy Finn, St Aldhelm's Primary "
	  "won't know what's hit it", "Finn" },
	/* a word that opens a sentence right before a year group, or a
	 * verb's "-ing" form, is no first name; a name linked to the year
	 * still is */
	{ "Does Fenwick Vale Infants do wraparound care? Joined Reception "
	  "last week and we are lost", "" },
	{ "Ahead of Starting Reception at Fenwick Vale Infants, a reminder "
	  "about uniform", "" },
	{ "Is St Aldhelm's Primary open? Dylan in Year 5 says not", "Dylan" },
	/* a parent named in the possessive is not the child, whether the
	 * name ends in "s" or not; with the year group, the child is
	 * picked out by it */
	{ "Priya Matthews' little girl is in Year 2 at St Aldhelm's Primary",
	  "Priya Matthews' little girl" },
	{ "Priya Matthew's little girl is in Year 2 at St Aldhelm's Primary",
	  "Priya Matthew's little girl" },
	{ "Priya Matthews' little girl loves St Aldhelm's Primary", "" },
	{ "Mrs Joanna Pettifer's daughter got married, say all at St "
	  "Aldhelm's Primary Year 6", "" },
	/* a role in a team is no name, even in a text without capitals */
	{ "top scorer for the hpa year 11s again, what a season", "" },
	{ "harrowden park year 11s: top scorer again was kai donnelly in "
	  "year 11", "kai donnelly" },
	/* a first name with the street a child lives on and the school; an
	 * adult, or a name with no child in the text, is not one */
	{ "Found a purple scooter outside Fenwick Vale Infant School, Daisy "
	  "who lives on Larch Drive has one like it, my daughter says",
	  "Daisy" },
	{ "Mrs Patel who lives on Larch Drive says Fenwick Vale Infant "
	  "School is great", "" },
	{ "Kieran lives on Larch Drive near St Aldhelm's Primary and walks "
	  "his dog", "" },
	/* a pet is no child; a child with a pet is */
	{ "Year 1 - Biscuit the hamster is back at Fenwick Vale Infant "
	  "School", "" },
	{ "Year 1 - Daisy is looking after the Fenwick Vale Infant School "
	  "hamster", "Daisy" },
};

/* A phone number near a child identifies the child but is no name. */
START_TEST(test_pupils_contact_not_name)
{
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	const char		*t = "Lost: my son's Harrowden Park Academy "
				    "blazer, ring 07700 900123";

	memset(&env, 0, sizeof env);
	env.cf = cf;
	ctx = analyze_new(&env);
	analyze_document(ctx, t, strlen(t), &a);
	ck_assert_int_eq(a.pupil_identifying, 1);
	ck_assert_uint_eq(a.pupils.n, 0);
	analysis_clear(&a);
	analyze_free(ctx);
}
END_TEST

START_TEST(test_pupils_table)
{
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	char			 got[256];
	size_t			 i, j;

	memset(&env, 0, sizeof env);
	env.cf = cf;
	ctx = analyze_new(&env);
	for (i = 0; i < sizeof pupil_rows / sizeof pupil_rows[0]; i++) {
		const char	*t = pupil_rows[i].text;

		analyze_document(ctx, t, strlen(t), &a);
		got[0] = '\0';
		for (j = 0; j < a.pupils.n; j++)
			snprintf(got + strlen(got), sizeof got - strlen(got),
			    "%s%s", j > 0 ? "|" : "", a.pupils.v[j]);
		ck_assert_msg(strcmp(got, pupil_rows[i].pupils) == 0,
		    "\"%s\": pupils \"%s\", want \"%s\"", t, got,
		    pupil_rows[i].pupils);
		ck_assert_int_eq(a.pupil_identifying, *pupil_rows[i].pupils !=
		    '\0');
		for (j = 0; j < a.nfindings; j++) {
			if (strcmp(a.findings[j].analyzer, "pupils") != 0)
				continue;
			check_finding_explained(t, &a.findings[j]);
			ck_assert(a.findings[j].redact);
		}
		analysis_clear(&a);
	}
	analyze_free(ctx);
}
END_TEST

/* A database holding the example roster as keyed hashes. */
static const char *roster[][5] = {
	{ "Noah", "Fairweather", "4", "st-aldhelms", "1" },
	{ "Rose", "Hill", "3", "st-aldhelms", "0" },
	{ "Tyler", "Grant", "10", "harrowden-park", "0" },
	{ "Muhammad", "Rahman", "2", "st-aldhelms", "0" },
	{ "Leo", "O'Donnell", "7", "harrowden-park", "0" },
	{ "Freya", "Lindqvist", "6", "st-aldhelms", "0" },
	{ "Evie", "Castellanos", "R", "fenwick-vale", "1" },
	{ "Oliver", "Brennan", "6", "st-aldhelms", "0" },
	{ "Ruby-Mae", "Whitlock", "7", "harrowden-park", "0" },
	{ "Kacper", "Zielinski", "11", "harrowden-park", "1" },
	{ "Aisha", "Siddiqui", "12", "harrowden-park", "0" },
};
static const unsigned char secret[32] = "0123456789abcdef0123456789abcde";

static char *
roster_db(struct db **dbp)
{
	char		*path, *cause = NULL, tok[3][PUPILS_TOKEN_LEN], *near;
	struct db_roster r;
	size_t		 i;

	xasprintf(&path, "%s/mw-check-roster-%d.db",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp",
	    (int)getpid());
	unlink(path);
	ck_assert_int_eq(db_open(path, DB_CREATE, dbp, &cause), 0);
	ck_assert_int_eq(db_school_sync(*dbp, cf, &cause), 0);
	for (i = 0; i < sizeof roster / sizeof roster[0]; i++) {
		pupils_token(secret, sizeof secret, roster[i][0],
		    roster[i][1], tok[0]);
		pupils_token(secret, sizeof secret, roster[i][0], NULL,
		    tok[1]);
		pupils_token(secret, sizeof secret, NULL, roster[i][1],
		    tok[2]);
		r.school = roster[i][3];
		r.token = tok[0];
		r.first_token = tok[1];
		r.surname_token = tok[2];
		r.year = roster[i][2];
		r.photo_objection = atoi(roster[i][4]);
		r.near = near = pupils_near(secret, sizeof secret,
		    roster[i][0], roster[i][1]);
		ck_assert_int_eq(db_roster_add(*dbp, &r, &cause), 0);
		free(near);
	}
	return (path);
}

/* A text that names no school is still read for pupils when it hints at
 * a child, and only then: each case of "y" and each age's shape. */
START_TEST(test_pupils_hint)
{
	static const struct {
		const char	*text;
		int		 hint;
	} rows[] = {
		{ "Well done to everyone in Year 4 this week", 1 },
		{ "the year 10 trip was cancelled", 1 },
		{ "our yr4 class assembly", 1 },
		{ "Yr 11 mocks start Monday", 1 },
		{ "a 9-year-old was hit by a car", 1 },
		{ "the 15-year-old was not hurt", 1 },
		{ "Happy 8th birthday to our little star", 1 },
		{ "Amelia Harrow, 11, of Milbury", 1 },
		{ "Lily Stone (9) came second", 1 },
		{ "The Reception intake is up", 1 },
		{ "Year 2024 was a good one for the club", 0 },
		{ "a 45-year-old man was arrested", 0 },
		{ "the sale ran all year. 40 per cent off", 0 },
		{ "Happy 40th birthday, Dave!", 0 },
		{ "the yearly fair raised £500", 0 },
		{ "Plans for 24 new homes near the bypass", 0 },
		/* a page's count of its comments is no child's age */
		{ "Queensbury Comments (6) Share this article", 0 },
	};
	size_t	i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		ck_assert_msg(pupils_hint(rows[i].text, strlen(rows[i].text)) ==
		    rows[i].hint, "%s: expected %d", rows[i].text,
		    rows[i].hint);
}
END_TEST

START_TEST(test_roster_hashes_only)
{
	struct db	*db;
	char		*path, *buf;
	FILE		*fp;
	size_t		 n, i;

	path = roster_db(&db);
	db_close(db);
	fp = fopen(path, "rb");
	ck_assert_ptr_nonnull(fp);
	buf = xmalloc(4 << 20);
	n = fread(buf, 1, (4 << 20) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	for (i = 0; i < sizeof roster / sizeof roster[0]; i++) {
		ck_assert_msg(memmem(buf, n, roster[i][1],
		    strlen(roster[i][1])) == NULL, "a surname is stored");
		ck_assert_msg(memmem(buf, n, "Fairweather", 11) == NULL,
		    "a name is stored");
	}
	/* the same name, differently written, hashes the same */
	{
		char	a[PUPILS_TOKEN_LEN], b[PUPILS_TOKEN_LEN];

		pupils_token(secret, sizeof secret, "Leo", "O'Donnell", a);
		pupils_token(secret, sizeof secret, "LEO",
		    "O\xe2\x80\x99" "donnell", b);
		ck_assert_str_eq(a, b);
		pupils_token(secret + 1, sizeof secret - 1, "Leo",
		    "O'Donnell", b);
		ck_assert_str_ne(a, b);	/* another install, another hash */
		/* a name's keyed hash is its spelling's: a roster
		 * imported by an earlier version keeps matching */
		pupils_token(secret, sizeof secret, "Isla", "Macallister", a);
		pupils_token(secret, sizeof secret, "Isla", "McAllister", b);
		ck_assert_str_ne(a, b);
	}
	free(buf);
	unlink(path);
	free(path);
}
END_TEST

static const struct {
	const char	*text;
	const char	*pupils;
	enum severity	 severity;
} roster_rows[] = {
	/* a parent who shares a pupil's name */
	{ "Harrowden Park Academy Year 10 quiz night: thanks to our chair "
	  "Tyler Grant who wrote the questions", "", SEV_NONE },
	{ "Harrowden Park Academy quiz night, for the sixth form common room: "
	  "thanks to Aisha Siddiqui (mum of three) for the questions", "",
	  SEV_NONE },
	/* a spouse is no pupil */
	{ "My eldest is in Year 6 at St Aldhelm's. Oliver (the husband, not "
	  "a kid) drove down to collect her", "", SEV_NONE },
	/* a roster name that is a pitch's, before its village */
	{ "U13s match moved to Rose Hill, Upper Wexcombe, KO 10am. St "
	  "Aldhelm's parents bring boots", "", SEV_NONE },
	/* a part in a play; a reviewer's byline; a page's welcome */
	{ "I was Third Shepherd in the St Aldhelm's nativity in 1994, and my "
	  "niece in Year 2 was a sheep this year", "", SEV_NONE },
	{ "St Aldhelm's CE Primary parent reviews\nParent of a Year 3 child "
	  "\xc2\xb7 March\nWe find out about everything the night before.",
	  "", SEV_NONE },
	{ "St Aldhelm's Primary\nClasses \xe2\x96\xb8 Reception \xc2\xb7 "
	  "Year 1\nWelcome to Year 4! Our topic is the Romans.", "",
	  SEV_NONE },
	/* a birthday that does not fit the year group; a little girl
	 * beside her mother; a birthday in capitals */
	{ "8th birthday party for Oliver Brennan at St Aldhelm's on "
	  "Saturday!", "Oliver Brennan", SEV_MEDIUM },
	{ "Thanks to Kerry Hargreaves and her little girl Isla, who ran the "
	  "St Aldhelm's tombola", "Kerry Hargreaves and her little girl Isla",
	  SEV_MEDIUM },
	{ "HAPPY 11TH BIRTHDAY TO OUR SUPERSTAR FREYA LINDQVIST, LOVE NANA",
	  "FREYA LINDQVIST", SEV_MEDIUM },
	/* a heading in capitals; a former pupil now an adult */
	{ "NATIVITY TICKETS: our Reception nativity at Fenwick Vale is on "
	  "Tuesday", "", SEV_NONE },
	{ "Former pupil Noah Fairweather, now 58 and a parish councillor, "
	  "remembered St Aldhelm's fondly.", "", SEV_NONE },
	/* a first name by the teacher's class, typed without capitals or
	 * apostrophe; by a parent "and her daughter"; a birthday before a
	 * full name */
	{ "isla from miss tindalls class is a spoilt little madam", "isla",
	  SEV_MEDIUM },
	{ "Thanks to Kerry Hargreaves and her daughter Poppy, who ran the "
	  "tombola at St Aldhelm's", "Kerry Hargreaves and her daughter Poppy",
	  SEV_MEDIUM },
	{ "Kerry Hargreaves and her daughter ran the St Aldhelm's tombola",
	  "", SEV_NONE },
	{ "Happy 11th birthday to our superstar Freya Lindqvist, love Nana",
	  "Freya Lindqvist", SEV_MEDIUM },
	{ "Happy 40th birthday to our Freya Lindqvist, the best landlady in "
	  "Milbury", "", SEV_NONE },
	/* a street in an address, a postcode after it */
	{ "24/00412/FUL - St Aldhelm's CE Primary School, Rose Hill, Upper "
	  "Wexcombe WX4 2LP - modular classroom by the rear playground", "",
	  SEV_NONE },
	/* a name typed with digits for letters */
	{ "that k4cper kid in y11 at HPA is a tramp", "k4cper",
	  SEV_HIGH },
	/* an adult's working life beside a roster name */
	{ "Happy retirement to Noah Fairweather, who hangs up his postbag "
	  "after 41 years delivering round Upper Wexcombe near St "
	  "Aldhelm's", "", SEV_NONE },
	/* a roster name with the school, on the objection list: high */
	{ "Our son Noah Fairweather (Year 4) at St Aldhelm's Primary",
	  "Noah Fairweather", SEV_HIGH },
	/* a roster name misspelt is still a child named in context */
	{ "Leo O&#39;Donnell, Year 7 pupil at Harrowden Park Academy",
	  "Leo O&#39;Donnell", SEV_MEDIUM },
	/* a roster name with a child's age in brackets is the pupil's,
	 * even where no school is named */
	{ "Confirmation at the parish church today: well done Ruby-Mae "
	  "Whitlock (12) and Josh Penrose (14)", "Ruby-Mae Whitlock",
	  SEV_MEDIUM },
	/* a roster surname before "kid", with the year and the school */
	{ "that Zielinski kid in Y11 at Harrowden Park Academy is a menace",
	  "Zielinski", SEV_HIGH },
	{ "that Zielinski kid in Y9 at Harrowden Park Academy is a menace",
	  "", SEV_NONE },
	/* the grown-up to call about a house, with a number */
	{ "3-bed semi two minutes from St Aldhelm's Primary. Call Oliver "
	  "Brennan on 01632 960418 to book a viewing", "", SEV_NONE },
	/* a letter missed, doubled, changed or swapped in a roster name */
	{ "Oliver Brenan from Year 6 at St Aldhelm's Primary read beautifully",
	  "Oliver Brenan", SEV_MEDIUM },
	{ "Well done Kacper Zeilinski, Year 11, Harrowden Park Academy",
	  "Kacper Zeilinski", SEV_HIGH },
	{ "Fraya Lindqvist in Year 6 at St Aldhelm's Primary won the cup",
	  "Fraya Lindqvist", SEV_MEDIUM },
	/* one letter off with no child or school is someone else */
	{ "Plumbing by Oliver Brenan, Milbury, call for a quote", "",
	  SEV_NONE },
	/* initials with the pupil's year group or form, at the school */
	{ "Lost at St Aldhelm's Primary: a lunchbox marked \"O.B. Y6\"",
	  "O.B", SEV_MEDIUM },
	{ "Harrowden Park Academy draw winners: R-M.W (7W) and K.Z (11H)",
	  "R-M.W|K.Z", SEV_HIGH },
	{ "Freya L in Year 6 at St Aldhelm's Primary was star of the week",
	  "Freya L", SEV_MEDIUM },
	/* initials of another year group, or without a school, are not */
	{ "Lost at St Aldhelm's Primary: a lunchbox marked \"O.B. Y3\"", "",
	  SEV_NONE },
	{ "Lost on the bus: a lunchbox marked \"O.B. Y6\"", "", SEV_NONE },
	/* a roster first name with the pupil's year group at the school */
	{ "Eid Mubarak from Year 2 at St Aldhelm's Primary! Thank you "
	  "Muhammad for the sweets", "Muhammad", SEV_MEDIUM },
	/* ordinary words only count with a child beside them */
	{ "Congratulations to Rose Hill from Year 3 at St Aldhelm's Primary",
	  "Rose Hill", SEV_MEDIUM },
	{ "St Aldhelm's CE Primary School, Rose Hill, Upper Wexcombe WX4 2LP",
	  "", SEV_NONE },
	/* a roster name with its school named only by a short name */
	{ "Please pray for little Noah Fairweather from St Aldhelm's who is "
	  "in hospital", "Noah Fairweather", SEV_HIGH },
	/* an adult who shares a roster name */
	{ "Cllr Tyler Grant said the bus lane on Harrowden Park Road was a "
	  "disaster", "", SEV_NONE },
	{ "Tyler Grant's brace sent Harrowden Park Rangers top. The "
	  "29-year-old striker", "", SEV_NONE },
	/* a roster pupil beside a short name: the school, not the church */
	{ "Congratulations to Freya Lindqvist from St Aldhelm's, first in "
	  "the chess", "Freya Lindqvist", SEV_MEDIUM },
	/* a roster name in a post about a child, with no school named */
	{ "Muhammad Rahman's mum - could you message me about the party on "
	  "Saturday?", "Muhammad Rahman", SEV_MEDIUM },
	{ "Rose Hill was gorgeous this morning, my son loved the snow", "",
	  SEV_NONE },
	{ "Evie Castellanos' mum - Evie left her cardigan at ours",
	  "Evie Castellanos", SEV_HIGH },
	{ "Leo O'Donnell's dad, the party's moved to Sunday",
	  "Leo O'Donnell", SEV_MEDIUM },
	/* a roster name in an age-group team, with no school named, or
	 * only a namesake of it */
	{ "Man of the match for the U13 Hawks: Leo O'Donnell, two saves off "
	  "the line", "Leo O'Donnell", SEV_MEDIUM },
	{ "Under-12s training moves to the Harrowden Park Road pitch. Well "
	  "played on Sunday Leo O'Donnell", "Leo O'Donnell", SEV_MEDIUM },
	/* a full name typed in lower case in a message quoted whole, at
	 * the pupil's school; a fund and a firm named after people */
	{ "Screenshot from a Harrowden Park group chat: \"leo o'donnell is "
	  "a grass and everyone knows it\"", "leo o'donnell", SEV_MEDIUM },
	{ "Harrowden Park Academy thanks the Tyler Grant, a bursary from a "
	  "local charity, which paid for the Year 10 revision guides", "",
	  SEV_NONE },
	{ "Year 10 at Harrowden Park built the new benches with Tyler & Sons "
	  "joinery", "", SEV_NONE },
	/* a child not on the roster: after a title line; by an infant
	 * class's number; a name said alone and then what the child is;
	 * a given name again, after the full name */
	{ "Sponsored swim for Maddie\n\nMaddie Crewe is 7 and in Year 3 at "
	  "St Aldhelm's Primary", "Maddie Crewe", SEV_MEDIUM },
	{ "Found a lunchbox by the gates of St Aldhelm's Primary, sticker "
	  "says Joel Ambrose, Class 3", "Joel Ambrose", SEV_MEDIUM },
	{ "Reece Tolley. Year 8 at Harrowden Park Academy. Stop throwing "
	  "stones at the bus shelter", "Reece Tolley", SEV_MEDIUM },
	{ "We blessed little Hugo Pennant at the font on Sunday. Hugo "
	  "started in Reception at Fenwick Vale Infants this month", "Hugo",
	  SEV_MEDIUM },
	/* a roster name that is ordinary words, on a name sticker */
	{ "Green water bottle by the St Aldhelm's gate, name sticker ROSE "
	  "HILL", "ROSE HILL", SEV_MEDIUM },
	/* a child's club is no school: the age said beside the name */
	{ "Harrowden Park Rangers Juniors\nU12s won 4-0, player of the "
	  "match Leo O'Donnell (11)", "Leo O'Donnell", SEV_MEDIUM },
	/* a child "there", at ours, named since another school was */
	{ "Torn between St Benedict's and St Aldhelm's. St Aldhelm's is "
	  "lovely: our Freya Lindqvist has been in Year 6 there two years",
	  "Freya Lindqvist", SEV_MEDIUM },
	/* a pupil's byline in a newsletter; a child beside "son"; a name
	 * said alone, then a teacher's year; ours on a match's header */
	{ "St Aldhelm's Primary newsletter\nOur trip to the zoo\nBy Maisie "
	  "Cole, Year 4\nWe saw lions", "Maisie Cole", SEV_MEDIUM },
	{ "Proud of my husband and son, Kai Dunmore in Year 8 at Harrowden "
	  "Park Academy", "Kai Dunmore", SEV_MEDIUM },
	{ "Jane Smith. Year 6 teacher at St Aldhelm's Primary.", "",
	  SEV_NONE },
	{ "Wexcombe Primary Vs Harrowden Park Academy\nGreat game today, "
	  "Daisy Fenner (Y9) scored twice for Harrowden Park", "Daisy Fenner",
	  SEV_MEDIUM },
	/* a heading's words; another school's own page, which names its
	 * own children */
	{ "St Aldhelm's Primary newsletter\nMUSIC & DRAMA (Miss Tindall)\n"
	  "Our Year 5 choir sang at the cathedral. Forms from reception by "
	  "Friday.", "", SEV_NONE },
	{ "WEXCOMBE PRIMARY SCHOOL\nNews | Term dates\nOur Year 6 netball "
	  "team beat St Aldhelm's Primary 8-3, with Daisy Fenner (Y6) "
	  "scoring five", "", SEV_NONE },
	/* a surname spelt another way, with no school named */
	{ "congrats to Freya Lindquist (yr6) on her swimming badge!!",
	  "Freya Lindquist", SEV_MEDIUM },
	{ "Noah MacFairweather, 9, was runner-up", "", SEV_NONE },
	/* a roster first name with medical detail at its sentence's end */
	{ "Freya, whose dad runs the chippy on the high street, has been off "
	  "for weeks having treatment for leukaemia. St Aldhelm's Primary "
	  "are holding a non-uniform day for her", "Freya", SEV_MEDIUM },
	{ "Freya, who runs the chippy on the high street, has been off for "
	  "weeks having treatment for cancer. St Aldhelm's Primary are "
	  "collecting for her", "", SEV_NONE },
	/* a short form of the given name */
	{ "Ollie Brennan ran for St Aldhelm's Primary in the Year 6 relay",
	  "Ollie Brennan", SEV_MEDIUM },
	/* a double given name without its hyphen */
	{ "Ruby Mae Whitlock read her poem at Harrowden Park Academy",
	  "Ruby Mae Whitlock", SEV_MEDIUM },
	/* a roster first name that names something else */
	{ "Year 4 at St Aldhelm's Primary acted out Noah's Ark today", "",
	  SEV_NONE },
	{ "Year 7 at Harrowden Park Academy cheered Leo the Lion at the "
	  "match", "", SEV_NONE },
	/* a business under a roster name is an adult's */
	{ "Freya Lindqvist Photography, Upper Wexcombe: weddings and St "
	  "Aldhelm's Primary school photos", "", SEV_NONE },
	/* a text in lower case, bar an acronym */
	{ "leo o'donnell from HPA owes me a tenner", "leo o'donnell",
	  SEV_MEDIUM },
	/* a roster surname after a given name written another way (a short
	 * form, half a double name), with the pupil's year and school */
	{ "gutted for kaz zielinski, harrowden park year 11 lost the final",
	  "kaz zielinski", SEV_HIGH },
	{ "Ruby Whitlock sang at the Harrowden Park Academy Year 7 carol "
	  "concert", "Ruby Whitlock", SEV_MEDIUM },
	/* but not after a title, nor a street named like a pupil */
	{ "Mr Whitlock teaches Year 7 at Harrowden Park Academy", "",
	  SEV_NONE },
	{ "Year 3 at St Aldhelm's Primary walked up Rose Hill to the church",
	  "", SEV_NONE },
	/* a roster first name with the street the child lives on */
	{ "Freya who lives on Larch Drive goes to St Aldhelm's Primary, the "
	  "bin men keep blocking her", "Freya", SEV_MEDIUM },
	/* a given name cut short before the roster surname, in lower case
	 * in a post that capitalises other words, beside the year group */
	{ "oli brennan ran the yr6 relay for St Aldhelm's Primary",
	  "oli brennan", SEV_MEDIUM },
	{ "Kacp Zielinski scored twice for Harrowden Park Academy Year 11",
	  "Kacp Zielinski", SEV_HIGH },
	/* but not with no child beside it, nor with another surname */
	{ "Oli Brennan was selling cakes at the Wexcombe fair", "",
	  SEV_NONE },
	{ "oli hartley ran the yr6 relay for St Aldhelm's Primary", "",
	  SEV_NONE },
	/* a social handle that spells a roster name, with the year group */
	{ "year 6s at St Aldhelm's Primary follow @freyalindqvist12",
	  "freyalindqvist12", SEV_MEDIUM },
	/* but not with no child beside it, nor an email address */
	{ "follow @freyalindqvist12 for wedding photos", "", SEV_NONE },
	{ "Year 3 at St Aldhelm's Primary: email rosehill@example.org", "",
	  SEV_NONE },
	/* a roster first name that is an animal's: no child */
	{ "Meet Noah, our new Year 4 reading dog at St Aldhelm's Primary",
	  "", SEV_NONE },
	{ "Year 4 at St Aldhelm's Primary said goodbye to Noah \xf0\x9f\x90"
	  "\xb9 today", "", SEV_NONE },
	{ "Year 4 at St Aldhelm's Primary love school cat Noah", "",
	  SEV_NONE },
	/* the same words of a child: the child walks the dog */
	{ "Noah in Year 4 at St Aldhelm's Primary walked the school dog",
	  "Noah", SEV_HIGH },
	/* an ordinary-word name in a nativity: a child */
	{ "Rose Hill played Mary in the St Aldhelm's Primary nativity",
	  "Rose Hill", SEV_MEDIUM },
	/* a school left long ago: an adult, even called a pupil */
	{ "Freya Lindqvist, a pupil who left St Aldhelm's Primary in 1994, "
	  "now runs the bakery", "", SEV_NONE },
	/* but leaving a coat, or a school this year, is no adult */
	{ "Freya Lindqvist in Year 6 left her coat at St Aldhelm's Primary",
	  "Freya Lindqvist", SEV_MEDIUM },
	/* an adult's title or trade beside a roster name */
	{ "PC Oliver Brennan of Wessex Police spoke to Year 6 at St "
	  "Aldhelm's Primary", "", SEV_NONE },
	{ "Noah Fairweather here with your weekend forecast: 26C in Milbury",
	  "", SEV_NONE },
	/* a role that is another name's title is not this name's */
	{ "Goal shooter Freya Lindqvist scored 9 for St Aldhelm's Primary "
	  "and captain Priya Nair was player of the match", "Freya "
	  "Lindqvist", SEV_MEDIUM },
	/* a child of another school who shares a roster name */
	{ "So proud of our Oliver Brennan, 10, his teacher at St Benedict's "
	  "says he is a star", "", SEV_NONE },
	{ "Our son Oliver Brennan (he's at St Benedict's) had his bike "
	  "taken outside St Aldhelm's Primary", "", SEV_NONE },
	/* an adult's age said again; a business */
	{ "Oliver Brennan has helped children cross by St Aldhelm's Primary "
	  "for 31 years. On Friday the 72-year-old retired.", "", SEV_NONE },
	{ "Massive thank you to Noah Fairweather at Keystone Mortgages",
	  "", SEV_NONE },
	/* a nickname in quotes, a middle name */
	{ "Kacper 'Kaz' Zielinski (16) won his bout, not bad for a lad "
	  "sitting GCSEs at Harrowden Park Academy", "Kacper 'Kaz' "
	  "Zielinski", SEV_HIGH },
	{ "Freya Elizabeth Lindqvist (10) read at the St Aldhelm's Primary "
	  "carol service", "Freya Elizabeth Lindqvist", SEV_MEDIUM },
	/* a results list, surname first */
	{ "St Aldhelm's Y6 cross country: 1. Lindqvist, Freya (Swifts)",
	  "Lindqvist, Freya", SEV_MEDIUM },
	/* an animal in the headline above is not the name's */
	{ "Girl walks 50 miles for rescue dogs\n\nRuby Mae Whitlock, 12, "
	  "walks round the lake by Harrowden Park Academy", "Ruby Mae "
	  "Whitlock", SEV_MEDIUM },
	/* a first name in a text about one year group, however far */
	{ "Y7 rugby at Harrowden Park Academy: a long wet afternoon of "
	  "sliding tackles, two broken shoelaces, one lost gumshield and a "
	  "coach that came late. Try of the day went to Leo again.", "Leo",
	  SEV_MEDIUM },
	{ "Y7 and Y8 rugby at Harrowden Park Academy: a long wet afternoon "
	  "of sliding tackles, two broken shoelaces, one lost gumshield and "
	  "a coach that came late. Try of the day went to Leo again.", "",
	  SEV_NONE },
	/* initials of a double given name, and the form */
	{ "Found a Harrowden Park Academy hoodie on the bus, label says "
	  "R-M Whitlock 7W", "R-M Whitlock", SEV_MEDIUM },
	/* a hashtag of the name; a street's is no child's */
	{ "Well done #KacperZielinski, county champion, Harrowden Park "
	  "Academy Y11", "KacperZielinski", SEV_HIGH },
	{ "Road closed by St Aldhelm's Primary Year 3 again #RoseHill", "",
	  SEV_NONE },
	/* a form code in brackets; an age said of a first name; an adult
	 * named by relation; a name that is ordinary words */
	{ "Leo (7N) got a detention at Harrowden Park Academy for a lost "
	  "planner", "Leo", SEV_MEDIUM },
	{ "Oliver's 11 and in his last year at St Aldhelm's Primary",
	  "Oliver", SEV_MEDIUM },
	{ "Happy retirement to my dad, Noah Fairweather, from all at Wexcombe "
	  "fire station", "", SEV_NONE },
	{ "congrats Rose Hill 3B, reading star at St Aldhelm's Primary",
	  "Rose Hill", SEV_MEDIUM },
	{ "Rose Hill Trip for Year 3 at St Aldhelm's Primary", "",
	  SEV_NONE },
	/* an ordinal, a time, an adult named with where she is from */
	{ "Noah (4th) ran well at St Aldhelm's Primary sports day, Year 2 "
	  "next", "", SEV_NONE },
	{ "Year 7 sports at Harrowden Park Academy went well. A long day, "
	  "with rain and mud and a late coach home. Thanks to Leo from the "
	  "council for the marquee.", "", SEV_NONE },
	/* the class of a teacher of one year group */
	{ "That Noah in Miss Tindall's class pushed my son over at St "
	  "Aldhelm's Primary", "Noah", SEV_HIGH },
	{ "We saw Noah in Mrs Pettifer's office at St Aldhelm's Primary "
	  "with a prize", "", SEV_NONE },
	/* initial, surname, form with a capital "S" */
	{ "Found a lunchbox at St Aldhelm's Primary, label says M. Rahman 2S",
	  "M. Rahman", SEV_MEDIUM },
	/* a surname said again of an adult; a first name given in full to
	 * someone else */
	{ "Olympian Oliver Brennan visited Year 6 at St Aldhelm's Primary. "
	  "Brennan, 35, left the school in 2001.", "", SEV_NONE },
	{ "Nine-year-old Oliver Hayes, a Year 6 pupil at St Benedict's, won. "
	  "Pupils from St Aldhelm's Primary entered too. Oliver's story will "
	  "be printed.", "", SEV_NONE },
	/* "there": the school named before, not ours */
	{ "Do children at St Benedict's get party invites? My daughter "
	  "Isla has been in Year 4 there a year. We are on the list for St "
	  "Aldhelm's Primary.", "", SEV_NONE },
	/* a parent's full name and the year group pick the child out */
	{ "Sam Brennan's lad was the star of the St Aldhelm's Primary Year "
	  "6 play", "Sam Brennan's lad", SEV_MEDIUM },
	/* a child's first name with a parent's full name */
	{ "Well done to Sam Brennan's little boy Oliver for the St Aldhelm's "
	  "Primary litter pick", "Sam Brennan's little boy Oliver",
	  SEV_MEDIUM },
	/* a pet, a title, a newborn */
	{ "Poppy, our 6-year-old springer, got out by St Aldhelm's Primary",
	  "", SEV_NONE },
	{ "Year 5 Book Club at St Aldhelm's Primary meets on Friday", "",
	  SEV_NONE },
	{ "Welcome to the world, Oliver Brennan, 7lb 2oz, born at Wexcombe "
	  "General", "", SEV_NONE },
	/* a sibling's baby sister is no parent's child */
	{ "Isla McAllister's baby sister came to the St Aldhelm's Primary "
	  "nativity", "Isla McAllister", SEV_MEDIUM },
	/* an app is no child */
	{ "Our Year 6 WhatsApp group at St Aldhelm's Primary is chaos", "",
	  SEV_NONE },
	/* a grown-up's trade beside a roster name */
	{ "Kacper Zielinski Roofing, Wexcombe: fully insured, free quotes",
	  "", SEV_NONE },
	/* another school's pupil, with a year between */
	{ "Grammar's Year 11 Kacper Zielinski beat Harrowden Park Academy "
	  "at chess", "", SEV_NONE },
	/* a parent's full name and the child's given name; a child's age
	 * beside an adult's word; a darts team; a story reviewed; a town
	 * after a school's name */
	{ "So proud of Sandra Brennan's lad Oliver, who read a lesson at "
	  "the carol service", "Sandra Brennan's lad Oliver", SEV_MEDIUM },
	{ "Prayers for our confirmation candidate, Freya Lindqvist (11), "
	  "this Sunday", "Freya Lindqvist", SEV_MEDIUM },
	{ "The Kestrel Arms are Wexcombe Darts League champions after Leo "
	  "O'Donnell checked out on 121", "", SEV_NONE },
	{ "Noah Fairweather, ten, finds a dragon egg in the attic. The later "
	  "chapters drag, but my Year 4 class loved the plot. 3 stars.", "",
	  SEV_NONE },
	{ "St Aldhelm's Primary Frome - reception places?", "", SEV_NONE },
	/* a teacher's working life said of her given name */
	{ "Yoga with Freya Lindqvist in Harrowden Park Academy's hall on "
	  "Thursdays. Freya has been teaching for 12 years.", "", SEV_NONE },
	/* a reply's author is no child; a novel idea is no story */
	{ "Harrowden Park Academy open evening thread\n\n\xe2\x86\xb3 Rose "
	  "H: My Y10 said the same about the paint.", "", SEV_NONE },
	{ "What a novel idea from Freya Lindqvist in Year 6 at St Aldhelm's "
	  "- see ya at the summer fair!", "Freya Lindqvist", SEV_MEDIUM },
	/* a pupil's surname that is also a page's word */
	{ "Thomas More in Year 5 at St Aldhelm's won the spelling bee",
	  "Thomas More", SEV_MEDIUM },
	/* a scraped page's buttons and its commenters' names are nobody */
	{ "Does Harrowden Park Academy assess for ADHD?\n9 Mar at 16:22 \xc2"
	  "\xb7 Like \xc2\xb7 Reply", "", SEV_NONE },
	{ "So sorry about your little girl xx\n\nAnon\nSimilar thing "
	  "happened at St Aldhelm's to us", "", SEV_NONE },
	/* a news story's child, told by age first, then by name, walking
	 * his dog (a pet of his is not the name's) */
	{ "A 12-year-old boy has been praised for his quick thinking.\n\n"
	  "Leo O'Donnell was walking his dog by the river when he saw the "
	  "fire.", "Leo O'Donnell", SEV_MEDIUM },
	{ "A 12-year-old boy has been praised for his quick thinking.\n\n"
	  "Tyler Grant was walking his dog by the river when he saw the "
	  "fire.", "", SEV_NONE },
};

/* Return the index of the roster row of a pupil beside a short name. */
static size_t
row_beside_short_name(void)
{
	size_t	i;

	for (i = 0; i < sizeof roster_rows / sizeof roster_rows[0]; i++) {
		if (strstr(roster_rows[i].text, "from St Aldhelm's,") != NULL)
			return (i);
	}
	ck_abort_msg("no such row");
	return (0);
}

START_TEST(test_roster_recognised)
{
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	struct db		*db;
	char			*path, got[256];
	size_t			 i, j;

	path = roster_db(&db);
	memset(&env, 0, sizeof env);
	env.cf = cf;
	env.db = db;
	env.secret = secret;
	env.secretlen = sizeof secret;
	ctx = analyze_new(&env);
	for (i = 0; i < sizeof roster_rows / sizeof roster_rows[0]; i++) {
		const char	*t = roster_rows[i].text;

		analyze_document(ctx, t, strlen(t), &a);
		got[0] = '\0';
		for (j = 0; j < a.pupils.n; j++)
			snprintf(got + strlen(got), sizeof got - strlen(got),
			    "%s%s", j > 0 ? "|" : "", a.pupils.v[j]);
		ck_assert_msg(strcmp(got, roster_rows[i].pupils) == 0,
		    "\"%s\": pupils \"%s\", want \"%s\"", t, got,
		    roster_rows[i].pupils);
		ck_assert_msg(a.severity == roster_rows[i].severity,
		    "\"%s\": severity %s", t, severity_name(a.severity));
		analysis_clear(&a);
	}
	/* the roster pupil beside the short name makes it the school */
	{
		const char *t = roster_rows[row_beside_short_name()].text;

		analyze_document(ctx, t, strlen(t), &a);
		ck_assert_uint_eq(a.match.nmentions, 1);
		ck_assert_str_eq(a.match.mentions[0].school_id, "st-aldhelms");
		analysis_clear(&a);
	}
	analyze_free(ctx);
	db_close(db);
	unlink(path);
	free(path);
}
END_TEST

START_TEST(test_redact_harm_naming_pupil)
{
	struct analyze_env	 env;
	struct analyze_ctx	*ctx;
	struct analysis		 a;
	const char		*t = "kai donnelly in year 10 at harrowden park "
				    "is a snake and a grass";
	size_t			 i;
	int			 harm = 0;

	memset(&env, 0, sizeof env);
	env.cf = cf;
	ctx = analyze_new(&env);
	analyze_document(ctx, t, strlen(t), &a);
	ck_assert_str_eq(a.harm, "abuse");
	for (i = 0; i < a.nfindings; i++) {
		if (strcmp(a.findings[i].analyzer, "harm") == 0) {
			harm = 1;
			ck_assert(a.findings[i].redact);
		}
	}
	ck_assert(harm);
	analysis_clear(&a);
	analyze_free(ctx);
}
END_TEST

START_TEST(test_thresholds_from_config)
{
	struct analyze_thresholds t;

	analyze_thresholds(cf, &t);
	ck_assert(t.harm > 0.49 && t.harm < 0.51);
	cf->harm_threshold = 95;
	analyze_thresholds(cf, &t);
	ck_assert(t.harm > 0.94 && t.harm < 0.96);
	{
		struct analyze_env	 env;
		struct analyze_ctx	*ctx;
		struct analysis		 a;
		const char		*t2 = "Harrowden Park Academy is a "
					    "sh1thole";

		memset(&env, 0, sizeof env);
		env.cf = cf;
		ctx = analyze_new(&env);
		analyze_document(ctx, t2, strlen(t2), &a);
		ck_assert_str_ne(a.harm, "abuse");	/* below 0.95 */
		analysis_clear(&a);
		analyze_free(ctx);
	}
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("analyzers");
	TCase	*tc;
	SRunner	*sr;
	int	 failed;

	tc = tcase_create("normalize");
	tcase_add_test(tc, test_normalize_offsets);
	suite_add_tcase(s, tc);
	tc = tcase_create("match");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_match_table);
	tcase_add_test(tc, test_match_quotes_original_words);
	tcase_add_test(tc, test_match_trust_flagged);
	tcase_add_test(tc, test_match_quick_read);
	tcase_add_test(tc, test_match_url_names_school);
	tcase_add_test(tc, test_match_host_names_school);
	suite_add_tcase(s, tc);
	tc = tcase_create("harm");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_harm_table);
	tcase_add_test(tc, test_harm_rules_none);
	tcase_add_test(tc, test_harm_model_overrules_threat);
	tcase_add_test(tc, test_harm_model_flags);
	tcase_add_test(tc, test_harm_model_keeps);
	tcase_add_test(tc, test_harm_model_features);
	tcase_add_test(tc, test_harm_deobfuscate);
	tcase_add_test(tc, test_harm_squeeze);
	tcase_add_test(tc, test_thresholds_from_config);
	suite_add_tcase(s, tc);
	tc = tcase_create("harm_lex");
	tcase_add_test(tc, test_harm_lex_table);
	suite_add_tcase(s, tc);
	tc = tcase_create("regex");
	tcase_add_test(tc, test_regex_factor_same_matches);
	suite_add_tcase(s, tc);
	tc = tcase_create("pupils");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_pupils_table);
	tcase_add_test(tc, test_pupils_contact_not_name);
	tcase_add_test(tc, test_pupils_hint);
	tcase_add_test(tc, test_roster_hashes_only);
	tcase_add_test(tc, test_roster_recognised);
	tcase_add_test(tc, test_redact_harm_naming_pupil);
	suite_add_tcase(s, tc);
	tc = tcase_create("analyze");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_analyze_no_mention_no_findings);
	tcase_add_test(tc, test_analyze_harm_confirms_short_name);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
