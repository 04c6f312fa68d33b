/*
 * harm.c: the harm analyzer. For a text that names a school, its staff or
 * the trust, each sentence is read against lexicons of cues (regular
 * expressions over the folded text, with obfuscated swearing such as
 * "f*ck", "sh1t" and "sh00t" undone, and letters stretched or spelt out,
 * "fuuuck", "f u c k", squeezed first):
 *
 * - threat: violence, weapons and intimidation, and veiled threats (the
 *   target's home, car, family or days), raised by the speaker's intent
 *   ("I'll", "gonna", "someone should") and lowered by idioms ("I could
 *   kill them for setting...", "killed it"). A violent act counts only
 *   when it is aimed: the school, staff, a role or a person follows it.
 * - allegation: wrongdoing stated or insinuated as fact, by family
 *   (money, cover-ups, discrimination, misconduct with pupils,
 *   mistreatment, records and exams, a news report of a charge, an
 *   investigation or an auditor's finding), raised by assertion
 *   ("everyone knows") and insinuation ("funny how", scare quotes,
 *   "still has a job after what he did"), barely lowered by "I believe"
 *   and a question. Not the school's wrong: what a pupil did ("a boy in
 *   year 10 has been bullying my son"), and an inspection's judgment of
 *   quality ("Ofsted found leaders had failed to act"), which is fair
 *   comment unless it finds children unsafe.
 * - abuse: insults and slurs aimed at a target, lowered by "I think";
 *   scorn that fits a thing ("a disgrace", "a joke") is abuse only when
 *   no thing complained of ("the toilets") is its subject.
 * - criticism: complaints, scorn of things, an opinion's frame ("it's a
 *   scandal that"); recorded, never flagged.
 *
 * A cue counts only with a target: the school or the trust by name, a
 * member of staff (by name, title and surname, or surname), a role ("the
 * head", "the PE teacher"), or the school's pupils; or, in a short text
 * about one school, the text's own subject. A sentence that names
 * another school gives its roles to that school. A cue negated just
 * before it ("not useless") does not count, except that a denied
 * allegation still repeats the allegation. A post is read whole; a long
 * page only around the names. One finding per harmful sentence, with a
 * trace of every cue that raised or lowered its score.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <jansson.h>

#include "analyzers/analyze.h"
#include "analyzers/harm.h"
#include "analyzers/harm_model.h"
#include "analyzers/harm_lex.h"
#include "analyzers/normalize.h"
#include "analyzers/regex.h"
#include "common/config.h"
#include "common/log.h"
#include "common/xmalloc.h"

enum cue_kind {
	C_THREAT,	/* violence, weapons, intimidation */
	C_INTENT,	/* the speaker means it */
	C_IDIOM,	/* "could kill X for", "daylight robbery" */
	C_ABUSE,	/* insult, slur, aimed swearing */
	C_ALLEGE,	/* wrongdoing */
	C_CRIME,	/* wrongdoing that is a crime */
	C_NEWS,		/* a charge, arrest, suspension, investigation */
	C_INSINUATE,	/* "funny how", "draw your own conclusions" */
	C_ASSERT,	/* "everyone knows", "I've got photos" */
	C_OPINION,	/* "I think", "imo" */
	C_CRITIC,	/* complaint */
	C_ROLE,		/* a target named by role */
	C_PUPILS,	/* the school's pupils as a group */
	C_VIOLENT,	/* a violent act, a threat only when aimed */
	C_SCORN,	/* scorn fit for a thing or a person */
	C_THING,	/* a thing complained of: policy, toilets, app */
	C_FRAME,	/* "it's a scandal that": an opinion's frame */
	C_QUALITY,	/* "Ofsted found": a regulator judges quality */
	C_JOKE,		/* tears of laughter: lowers an allegation only */
	C_NKIND,
};

struct cue {
	enum cue_kind	 kind;
	double		 w;
	const char	*re;
};

/*
 * The lexicons. Patterns run over the folded, de-obfuscated text (lower
 * case, straight apostrophes, one space); "*" may stand for a hidden
 * letter.
 */
static const struct cue cues[] = {
	/* threat: violence, weapons, arson */
	{ C_THREAT, 0.5, "\\b(shoot|stab|bomb|blow|shank|knife|gun) (up|up the|"
	    "him|her|them|you|it|the place|everyone|someone)\\b" },
	{ C_THREAT, 0.6, "\\b(shoot(ing|ings)?|gun ?down|stab(bing|bings)?|"
	    "massacre|school shooting|acid attack|firebomb|petrol bomb)\\b" },
	{ C_THREAT, 0.6, "\\bthere'?s a bomb\\b|\\bbomb (in|at|under)\\b|"
	    "\\bplanted (a|an) (bomb|device)\\b|"
	    /* a bomb threat, told as news: it carries the threat */
	    "\\b(bomb|device|explosive)s? (had been|has been|was|were|is) "
	    "(left|planted|placed|hidden)\\b|\\b(bomb|device|it) (will|would|"
	    "was going to|is going to|'ll) (go off|explode|detonate|blow)\\b" },
	{ C_THREAT, 0.5, "\\b(bring|brings|bringing|carry|carrying|got|take|"
	    "taking) (a|my|me|his|the) (knife|blade|gun|machete|shank|"
	    "shotgun|rifle|hammer|bat)\\b" },
	{ C_THREAT, 0.5, "\\bburn(ing|t|s)? (it|him|her|them|the \\w+|"
	    "[\\w' ]{1,40}) (down|to the ground)\\b|\\bburn down\\b|"
	    /* not a lesson's "set fire to something" */
	    "\\bset fire to\\b(?! (something|things|stuff|paper|a "
	    "(marshmallow|crisp|peanut|splint|bit of)|magnesium|some))|"
	    "\\bset (it|the \\w+) alight\\b|"
	    /* not a torch to see by: "a torch", "his torch patrol" */
	    "(?<!\\ba )(?<!\\bthe )(?<!\\bmy )(?<!\\bhis )(?<!\\bher )"
	    "(?<!\\bour )(?<!\\byour )(?<!\\btheir )\\btorch(ing)? "
	    "(?!for\\b|light|batter|patrol|beam|walk|relay|bearer|on\\b|"
	    "off\\b)\\w+|"
	    /* "take a torch to it", not "passes the torch to the new head" */
	    "(?<!pass )(?<!passes )(?<!passed )(?<!passing )(?<!hand )"
	    "(?<!hands )(?<!handed )(?<!handing )\\b(a|the) torch to (his|"
	    "her|their|its|it|the|that|this|your|ur)\\b|\\barson\\b|"
	    /* petrol as a means of fire, not a fuel paid for */
	    "\\b(can|cans|jerry ?cans?|canister|bottle|gallon) of petrol\\b|"
	    "\\b(pour|pours|poured|pouring|douse|doused|dousing|splash|"
	    "soak|soaked|chuck|throw) [\\w' ]{0,20}petrol\\b|\\bpetrol "
	    "(through|into|over|on|round|under) (the|their|his|her|your) "
	    "(letterbox|door|doors|building|school|car|house|office|"
	    "windows?)\\b" },
	{ C_THREAT, 0.6, "\\b(break|smash|snap|kick|cave) (his|her|your|their) "
	    "(legs?|arms?|neck|face|jaw|head|skull|teeth)( in)?\\b|"
	    "\\bkick (his|her|their|your) heads? in\\b" },
	{ C_THREAT, 0.5, "\\b(strung|string (him|her|them)) up\\b|\\bhang(ed)? "
	    "(him|her|them)\\b|\\b(should|ought to|needs? to|deserves? to) "
	    "be (shot|hanged|hung(?! (up )?(on|in|from|above|along|at|by|"
	    "around|outside))|strung up|"
	    "killed|stabbed|beaten|lynched|burned|put down)\\b|"
	    "\\b(deserves?|needs?) (a bullet|a beating|a kicking|to die|"
	    "to be shot|to be killed)\\b" },
	{ C_THREAT, 0.5, "\\b(watch|better watch|betta watch|mind) (his|her|"
	    "your|their|ur) (backs?|bak|bck|step)\\b|\\b(?<!\\bi )(?<!\\bwe )"
	    "(?<!\\bi really )(?<!\\bi just )wants? to (watch|be "
	    "(very |extra |really )?careful)\\b(?! (with|about|what|how|"
	    "not|of|to|if|when|who))|"
	    "\\b(should|better|had better) be careful\\b(?! (with|about|"
	    "what|how|not|of|to|if|when|who))|"
	    "\\bwhat'?s coming to (him|her|them|you)\\b|"
	    "\\b(he|she|they|you)'?ll (pay|get (it|theirs|his|hers))\\b|"
	    "\\bmake (him|her|them|you) pay\\b|\\bi'?ll (find|get|sort) "
	    "(him|her|them|you)\\b" },
	{ C_THREAT, 0.5, "\\b(getting|gettin|get|gets|going to get|gonna get|"
	    "gunna get) "
	    "(battered|beaten( up)?|stabbed|jumped|done in|glassed|"
	    "shanked|smacked|merked|a kicking|a beating)\\b" },
	{ C_THREAT, 0.5, "\\b(won'?t|will not|wont) be (walking|going) home\\b|"
	    "\\b(won'?t|wont|not|never|will not) (be |leave |get home |go "
	    "home |walk out |come out )?in one piece\\b|\\bneeds? an ambulance\\b|\\bneed a coffin\\b|"
	    "\\bin a body bag\\b|\\bsix feet under\\b" },
	{ C_THREAT, 0.5, "\\bi know where (she|he|they|you|\\w+ \\w+|\\w+) "
	    "(li(ve|ves)|park(s)?)\\b|\\bi know what car\\b|"
	    "\\bi know (her|his|your) (address|car|kids)\\b|"

	    "\\bfollow(ed)? (her|him) home\\b" },
	{ C_THREAT, 0.4, "\\b(kill|murder|hurt|batter|beat up|punch|smack|"
	    "deck|smash|stab|shoot|burn) (him|her|them|you|that|the|every|"
	    "mr|mrs|ms|miss|dr|all|those|whoever|someone)\\b|"
	    "\\bsmash (every|all|the|their) windows?\\b|"
	    /* "put a brick thru their windows" */
	    "\\b(put|throw|chuck|lob|hurl) (a |some )?(brick|bricks|rock|"
	    "rocks|stone|stones|petrol bomb|firework) (thru|through|at) "
	    "(the|their|his|her|your|ur|its|every|all the|all|\\w+ \\w+s|"
	    "\\w+s) (windows?|door|doors|car|house|office|building)\\b" },
	{ C_THREAT, 0.25, "\\b(getting|get|gets|be|been) hurt\\b|"
	    "\\b(a|good|proper|right) (good )?(kicking|hiding|beating|"
	    "slap)\\b|\\blife hell\\b|"
	    "\\bsee what happens\\b(?! (when|if) )|\\bwhat happens to (your|ur|his|her|"
	    "their)\\b|\\bhurt (him|her|them|you|someone)\\b" },
	{ C_THREAT, 0.55, "\\bcheck under (his|her|their|your) car\\b|"
	    "\\bsee what happens to (your|ur|his|her|their) (windows?|car|"
	    "house|kids|family|face)\\b|"
	    "\\bwaitin[g']? (at|outside|by) the (gates?|school|door)\\b|"
	    "\\bdeserves? (a|to be) "
	    "(good )?(kicking|beating|hiding|slap|punched|hit|hurt)\\b" },
	{ C_THREAT, 0.55, "\\b(pay|paying) (him|her|them|you) a (little )?"
	    "visit\\b|\\bcoming in swinging\\b|\\bthere will be blood\\b|"
	    "\\b(needs?|deserves?|asking for|wants?) a (good )?(slap|smack|"
	    "punch|kicking|beating|hiding|clip round the ear|bullet)\\b|"
	    "\\b(going to|gonna|will|'ll) make [\\w' ]{1,30} (life|lives) "
	    "(hell|a living (hell|nightmare)|a nightmare|a misery|"
	    "miserable|unbearable)\\b|"
	    "\\b(somebody|someone|anyone|anybody|can someone|will "
	    "someone) (please )?(key|slash|smash|torch|egg|brick|burn|"
	    "trash|wreck|vandalise|scratch|spray|do over) [\\w' ]{1,30} "
	    "(car|house|windows?|tyres|office|front door|drive)\\b|"
	    "\\bteach (him|her|them|that( \\w+)? \\w+|the (head|teacher|"
	    "principal|deputy|woman|man|bloke)) (a lesson|some manners|some "
	    "respect|a thing or two)\\b|\\b(some of the|a few of the|the) "
	    "(dads|lads|men|fathers|brothers|blokes) (will|'ll)\\s*(?:[.!]|$)|"
	    "\\bi'?m coming (for|after) "
	    "(you|him|her|them)\\b|\\bsort (him|her|them) out\\b" },
	{ C_THREAT, 0.55, "\\bknock (his|her|their|your|[a-z]+'s) (teeth|"
	    "head|block) (out|in|off)\\b|\\bknock (him|her|them|you) "
	    "(out|into next week|spark out)\\b|\\blooking over (their|"
	    "your|his|her) shoulders?\\b|\\bi know (your|her|his|their) "
	    "(routine|movements|kids|children)\\b|\\b(lamp|deck|leather|"
	    "floor|glass|bottle|chin|spark) (him|her|them|you)\\b|"
	    "\\bgo (through|round) (him|her|them)\\b|\\bend (him|her|"
	    "them|you)\\b|\\bslit\\b|\\bstrangle (him|her|them)\\b" },
	{ C_THREAT, 0.55, "\\bdead (man|woman|men) walking\\b|\\b(you'?re|"
	    "youre|ur|he'?s|she'?s|they'?re) (actually |literally |so |"
	    "proper |well |f(u|\\*)[a-z*]*ing |effing |flipping )?dead\\b"
	    "(?! (tired|serious|right|on|set|easy|good|keen|proud|funny|"
	    "boring|quiet|against)\\b)|\\byour dead(?= *(?:[.!,]|$|"
	    "when|if|mate|m8|bruv))|\\btaste of (her|his|their|your) "
	    "own medicine\\b|\\b(dragged|drag (him|her|them)) out\\b|"
	    "\\b(get|gets|getting) what'?s coming\\b|\\bmake (him|her|them) "
	    "suffer\\b|\\bhunt (him|her|them) down\\b|\\bburn (in hell|"
	    "alive)\\b|\\brun (him|her|them) over\\b" },
	{ C_THREAT, 0.55, "\\bdrive (a car |my car |a van |a truck )?"
	    "(through|into) (the |their )?(front )?(doors?|gates?|windows?|"
	    "building|playground|office|reception)\\b|\\bput (him|her|"
	    "them|[a-z]+ [a-z]+) in (hospital|a wheelchair|the ground|an "
	    "early grave|intensive care)\\b|\\bbomb threat\\b|"
	    "\\b(friends|mates|lads) who'?ll (sort|deal with|do) "
	    "(her|him|them)\\b|\\bsee how (he|she|they) likes? it\\b" },
	{ C_THREAT, 0.5, "\\b(bring|bringing|brought|take|taking|carry|"
	    "carrying|got|getting) [\\w' ]{0,25}(knife|knives|blade|gun|"
	    "rifle|air rifle|shotgun|pistol|machete|crossbow|acid|petrol|"
	    "baseball bat|hammer|axe|firework|fireworks|explosives?)\\b|"
	    "\\bend up in (a&e|hospital|a wheelchair|a box|the ground)\\b|"
	    "\\bdo something to (him|her|them|that \\w+)\\b|"
	    "\\b(let'?s|we'?ll) see who'?s laughing\\b|\\bwill regret\\b|"
	    "\\b(i'?m )?warning (you|him|her)\\b" },
	/* a prediction, a threat only beside one */
	{ C_THREAT, 0.25, "\\bmark my words\\b" },
	{ C_THREAT, 0.5, "\\b(should|deserves? to|hope (he|she|they)|"
	    "wish (he|she|they)) (die|dies|drop dead|was dead|were dead|rot)\\b|"
	    "\\b(die|rot) in hell\\b|\\bfind out where (he|she|they) "
	    "li(ve|ves)\\b|\\bwatching (her|his|their) house\\b|"
	    /* someone waiting at the target's home, not a stall there */
	    "\\b(be|been|sat|sit|sitting|wait|waits|waiting|waited|stand|"
	    "standing|stood|parked|parking|camped|lurking|turn up|turns up|"
	    "turned up|show up|hanging around) outside (her|his|their) "
	    "(house|home|front door)\\b|"
	    "\\bfollow(ing|ed)? (her|him|them) (home|to (her|his|their) "
	    "car)\\b|\\b(i'?ll|i will|gonna|going to|i'?m going to) (kill|hurt|"
	    "stab|shoot|batter|smash|punch|hit|beat|knife|slap|strangle|"
	    "deck|wreck|torch|burn) (?!me\\b|myself\\b|us\\b)\\w+\\b" },
	{ C_THREAT, 0.5, "\\bsort (out )?(that|him|her|them|the) [\\w ]{0,20}"
	    "once and for all\\b|\\bonce and for all\\b|\\bwindows? (go|goes|"
	    "get|gets|will go|going) in\\b|\\b(you|u|ya|yous|youse|y'?all)"
	    "( lot| all)?( have|'?ve)? been warned\\b|\\buve been warned\\b|"
	    "\\bconsider (yourself|yourselves) warned\\b|\\blearn what happens\\b|\\bwith my (boys|"
	    "lads|mates|brothers)\\b|\\bdon'?t be surprised if\\b" },
	/* what is coming, said plainly or veiled: "hes gettin it", "friday
	 * you find out what happens", "would be a shame if that classroom
	 * went up one night", "it won't be for a chat" */
	{ C_THREAT, 0.4, "\\b(he'?s|hes|she'?s|shes|they'?re|theyre|ur|"
	    "you'?re|youre|u r) (gettin|getting|gna get|gunna get) it\\b"
	    "(?! (back|sorted|fixed|done|replaced|refunded|delivered|posted|"
	    "sent|returned|wrong|right|free|cheaper|for|from|in the post|by "
	    "post|at last|too|as well|on (monday|tuesday|wednesday|thursday|"
	    "friday|saturday|sunday))\\b)" },
	{ C_INTENT, 0.15, "\\b(wen|when|next time) (i|we) (see|catch|get "
	    "hold of|find|clock) (him|her|them|u|you|dat|that|the)\\b" },
	{ C_THREAT, 0.5, "\\b(you'?ll|you will|u will|u'?ll|you lot will|u "
	    "lot will|(monday|tuesday|wednesday|thursday|friday|saturday|"
	    "sunday|tomorrow|tmrw|2moro) (you|u)) find out what happens "
	    "(when|if)\\b" },
	{ C_THREAT, 0.55, "\\b(a (real |terrible |awful |crying |great )?)?"
	    "(shame|pity) if [\\w' ]{1,60}((went|go|goes) up (one night|in "
	    "flames|in smoke)|burn(ed|t|s)?( down)?|caught fire|got (smashed|"
	    "burnt|burned|trashed|torched|vandalised))\\b" },
	{ C_THREAT, 0.3, "\\b(lovely|nice|beautiful|sweet) (little )?(family|"
	    "house|home|car|kids|children|girls|boys) (you'?ve|you have|"
	    "u'?ve|youve) got\\b" },
	{ C_THREAT, 0.3, "\\bthink (very |long and hard |really |very very )?"
	    "(carefully|hard) before (you|u) (exclude|expel|suspend|report|"
	    "sack|punish|detain|call|contact|touch|go near)\\b" },
	{ C_THREAT, 0.4, "\\b(won'?t|wont|will not|it aint|ain'?t) be (for )?"
	    "(a|to) (chat|talk|friendly chat|nice chat)\\b" },
	{ C_THREAT, 0.55, "\\b(get|gets|getting|gettin|gna get|gonna get|"
	    "gunna get) (blown up|bombed|shot up|burnt down|burned down|"
	    "torched|lit up)\\b" },
	/* "you'll see." said as a warning, not "you'll see what happens
	 * when ice melts", nor "walk in there once and you'll see" (what
	 * a visit shows) */
	{ C_THREAT, 0.5, "(?<!there and )(?<!once and )(?<!yourself and )"
	    "(?<!around and )(?<!inside and )(?<!anyone and )(?<! a day and )"
	    "(?<!report and )(?<!website and )(?<!reviews and )"
	    "\\b(you'?ll|you will|he'?ll|she'?ll|they'?ll) see"
	    "\\s*(?:[.!]|$)" },
	/* brakes tampered with; a threat carried out by "coming in" */
	{ C_THREAT, 0.55, "\\bcheck (his|her|their|your|ur) (brakes|brake "
	    "(lines|pipes|cables))\\b|\\b(coming|come|going|gonna|gna) (in|"
	    "round|down|up) (there )?to sort (out )?(that|him|her|them|the)"
	    "\\b|\\b(go|goes|goin|going) (b00m|boom|bang) (friday|monday|"
	    "tuesday|wednesday|thursday|saturday|sunday|tomorrow|tmrw|2moro|"
	    "tonight|2nite)\\b" },
	/* windows put through; a bomb told as a noise; parents warned off
	 * ("dont send ur kids") */
	{ C_THREAT, 0.55, "\\bput (every|all the|the|their|your|ur|his|her) "
	    "windows? (through|in)\\b|\\b(goin|going|gonna|gna|gunna|will) "
	    "(go )?(boom|bang)\\b" },
	{ C_THREAT, 0.3, "\\b(don'?t|dont|do not) send (ur|your|yer|ya) "
	    "(kids|kid|children|child)\\b(?! (in|to school) (if|with|when|"
	    "unless))|\\b(i'?m|im|i am) coming down (there|to the school|to "
	    "that school)\\b" },
	/* "if he knows what's good for him" */
	{ C_THREAT, 0.5, "\\bif (he|she|they|you|u) (knows?|no|knw) "
	    "(what'?s|whats|wots?) good for (him|her|them|you|u)\\b" },
	/* a warning told to the target's face: "watch ur back" */
	{ C_THREAT, 0.5, "\\b(watch|mind) (your|ur|yer|ya|his|her|their) "
	    "backs?\\b|\\b(start )?sleep(ing)? with one eye open\\b" },
	/* a building burning, wished for: a threat beside intent or
	 * another threat ("up in flames 🔥🔥 might do it myself") */
	{ C_THREAT, 0.3, "\\b(go|goes|going|gone|went) up in (flames|"
	    "smoke)\\b" },
	{ C_INTENT, 0.2, "\\b(might|may|could|will|'ll|would|gonna|going "
	    "to) (just )?do (it|the job) (myself|ourselves)\\b" },
	/* harm told in the present for the future, in text-speak too:
	 * "im smackin the first yr 7 that looks at me" */
	{ C_THREAT, 0.5, "\\b(i'?m|im|we'?re|were) (smack|punch|batter|deck|"
	    "stab|knif|bang|slapp|jump|lamp|bottl|glass|shank)(in|ing)\\b"
	    /* ("i'm banging my head against a brick wall") */
	    "(?! (my|our|me) heads?\\b(?! ?teacher| ?master| ?mistress| "
	    "of\\b)| on about\\b)|"
	    "\\b(gonna|going to|i'?ll|ill|we'?ll|will) be (waiting )?(outside|"
	    "at|by) [\\w' ]{0,20}(gates?|school|door|car park)\\b(?! from\\b| "
	    "between\\b| until\\b| (to|for) (collect|pick|drop|meet (my|our|"
	    "the)|help|sell|hand|welcome|greet))" },
	{ C_THREAT, 0.5, "\\b(better|had better) pray\\b|\\bcatch (him|her|"
	    "them) alone\\b|\\bknock [\\w ]{1,30} out\\b" },
	{ C_THREAT, 0.4, "\\b(this|it) (isn'?t|is not|ain'?t) over\\b|"
	    "\\b(you'?re|he'?s|she'?s|they'?re) (going to|gonna) get it\\b|"
	    "\\bi'?ll (come for|come after|deal with) (you|him|her|them)\\b" },
	/* a thing not forgotten: a threat beside a threat ("a lesson she
	 * won't forget"), not a sight at an INSET day */
	{ C_THREAT, 0.3, "\\b(won'?t|never) forget\\b|\\bsee you soon\\b|"
	    "\\bwatch out\\b|"
	    "\\bwatch this space\\b|\\bbe warned\\b|\\b(i'?ll|i will|i'?m "
	    "(going to|gonna)|we'?ll|we will|we'?re (going to|gonna)|gonna) "
	    "go up to\\b" },
	{ C_THREAT, 0.4, "\\bnothing to lose\\b|\\bnever opens? again\\b|"
	    "\\byou'?ll (regret|be sorry)\\b|\\bwaiting (outside|for (him|"
	    "her))\\b(?! (their|the|our|your|my) (classrooms?|class|hall|"
	    "library|office|reception|main entrance)\\b)|"
	    "\\byou have been warned\\b|\\bsee how they like\\b|"
	    "\\b(he|she|they|you)'?ll regret\\b|"
	    "\\bbetter hope\\b|\\bwith (a|my|me) (bat|knife|blade|gun|"
	    "hammer|machete|crowbar|axe|baseball bat|tyre iron|wheel brace)"
	    "\\b|\\b(got|have|bring|bringing|brought) (a few ideas|some "
	    "ideas|ideas)? ?(and )?an? (tyre iron|crowbar|baseball bat|"
	    "machete|can of petrol|jerry can)\\b|"
	    "\\b(someone|somebody) (should|needs to|ought to|oughta|wants "
	    "to) do something about (him|her|them)\\b" },
	/* a surprise foretold: a threat only beside a threat ("won't know
	 * what's hit them when I get there"), not at a birthday cake */
	{ C_THREAT, 0.2, "\\bwon'?t know what('?s)? hit\\b" },
	/* a person dragged, a fight promised, a fate deserved */
	{ C_THREAT, 0.5, "\\bdrag(ging)? (him|her|them|(mr|mrs|ms|miss|dr|"
	    "sir) \\w+|that \\w+|the \\w+) (out|outside|across|along|"
	    "through)\\b|\\b(drag|grab|pull|yank|lift|hang) (him|her|them|"
	    "that (man|woman|teacher|bloke|cow|witch|prick|idiot)) (up )?by "
	    "(his|her|their|the) (hair|collar|neck|ears?|throat)\\b|\\b(be|come|go|going|coming) (down|up|round|over|"
	    "in) (there |here )?swinging(?! (their|the|a|an|his|her|my|our|"
	    "on|from|round)\\b)" },
	{ C_THREAT, 0.45, "\\b(gets?|getting|got) what (he|she|they|you)"
	    "('?s| is| are|'re)? ?(deserves?|had coming|has coming)\\b" },
	/* harm foretold for someone, on a condition: "Dr X is going to get
	 * hurt if he carries on" */
	{ C_THREAT, 0.45, "\\b(is|are|'s|'re) (going to|gonna) (get|be|end "
	    "up) (hurt|harmed|injured|badly hurt|seriously hurt|done in)\\b" },
	{ C_INTENT, 0.15, "\\bif (he|she|they|you|u) (carr(y|ies) on|keeps? "
	    "(this|it|on|going)|(doesn'?t|don'?t|won'?t) (stop|back off|"
	    "leave|resign|apologi[sz]e))\\b" },
	/* veiled threats: the target's home, family, car and days */
	{ C_THREAT, 0.5, "\\b(i|we) (know|found out|have found out|'?ve "
	    "found out|know exactly) (where|what time|which house|what car|"
	    "which car|what school) (you|he|she|they|[a-z]+)\\b|"
	    "\\b(keep|keeping) (a |an |a close |a closer |a careful )?eye on "
	    "(her|his|their) (own )?(kids|children|family|car|house|"
	    "back)\\b|\\b(your|her|his|their) (own )?(kids|children|"
	    "family|wife|husband) on (the|their|her|his|your) (walk|way) "
	    "home\\b|\\bbe careful (on the way|walking|going|driving) "
	    "home\\b" },
	{ C_THREAT, 0.55, "\\b(shame|pity) if (something|anything) "
	    "(happened|was to happen|were to happen|happens|should happen|"
	    "bad happened)\\b|\\b(everyone|everybody|people|the whole (town|"
	    "village|internet|school)|all of \\w+) (knows?|will know|to "
	    "know|finds? out|will find out|to find out) where [\\w' ]{1,30} "
	    "li(ve|ves)\\b|\\b(post|posting|share|sharing|publish|put "
	    "out|putting out|leak|leaking) (his|her|their) (home )?"
	    "(address|phone number|number|car reg|registration)\\b|"
	    "\\bdays (at|in|as) [\\w' ]{1,30} (are|is) "
	    "numbered\\b|\\b(days are numbered|count (your|his|her|"
	    "their) days)\\b|\\b(won'?t|will not|can'?t) be (held )?"
	    "responsible for (what|my|our)\\b|\\bwill pay for (this|that|"
	    "it|what)\\b|\\bthreaten(ed|s|ing)? to (shoot|kill|stab|bomb|"
	    "burn|attack|hurt|harm|blow up|petrol bomb|firebomb)\\b" },
	{ C_THREAT, 0.45, "\\b(tyres?|tires?) (slashed|let down|cut|"
	    "done)\\b|\\bslash(ed)? (his|her|their|your|the) (tyres?|"
	    "tires?)\\b|\\bkey(ed)? (his|her|their|your) car\\b|\\bbrick "
	    "through\\b|\\b(put|throw|chuck|lob) (a |some )?(brick|bricks|"
	    "stone|stones|rock|rocks|bottle) (through|at)\\b|\\b(will|"
	    "should|needs? to|deserves? to|gonna|going to|ought to) (burn|be "
	    "burnt|be burned|burn down|be burned down|be bombed|go up in "
	    "flames|be torched|be razed)\\b|\\b(needs?|wants?) (burning|torching|"
	    "bombing)\\b|\\baccidents (happen|can happen)\\b|"
	    "\\b(last|final) warning\\b|\\b(we'?re|we are|i'?m|i am) coming "
	    "(for|after)\\b|\\b(we'?re|we are|i'?m|i am) coming\\s*(?:[.!]|$)" },
	{ C_THREAT, 0.55, "\\b(eat|eating|eats|drink|drinking) through a "
	    "straw\\b|\\bwon'?t be (able to )?(walk|walking|eating|talking|"
	    "smiling|breathing|standing)\\b|\\bpick(ing)? (his|her|their|"
	    "your) teeth up\\b|\\b(be|been|get|getting|gets|got) taught a "
	    "lesson\\b|\\b(wiped|wipe|wiping) (off the map|off the face of "
	    "the earth|out)\\b|\\b(flatten(ed)?|raze[ds]?|level(l)?ed) "
	    "(it|the place|the building|the school|to the ground)\\b|"
	    "\\b(wreck|wrecking|trash|trashing|smash up|smashing up) (the|"
	    "that|this|their) (place|building|office|classroom|reception|"
	    "staff ?room)\\b|\\bi know (your|his|her|their) (little )?"
	    "(girl|boy|daughter|son|kids|children|wife|husband|family|"
	    "address|car|house)\\b" },
	{ C_THREAT, 0.55, "\\b(we'?re|we are|i'?m|i am|they'?re) coming "
	    "(for|after) (you|him|her|them)\\b|\\b(better|should|had better) "
	    "(start running|run while|watch out|get a bodyguard|move "
	    "house)\\b" },
	{ C_THREAT, 0.55, "\\b(won'?t|will not|wont|never) (see|make it "
	    "to|live to see|get to see) (christmas|the weekend|next week|"
	    "the summer|summer|friday|monday|tuesday|wednesday|thursday|"
	    "saturday|sunday|the end of (term|the year|the week)|another "
	    "(birthday|term|year)|retirement|your retirement)\\b|"
	    "\\b(i'?d|i would|i'?ll|i will|i might) (end up|go|be going|"
	    "get sent) (in|to|back to) (prison|jail|court)\\b|\\b(i'?d|i "
	    "would|i'?ll) swing for (him|her|them)\\b|"
	    "\\bput (him|her|them|you|[a-z]+|[a-z]+ [a-z]+) through (a|the|"
	    "his|her|their|your|that) ([a-z]+ )?(wall|window|door|"
	    "floor|table|fence|windscreen)\\b|"
	    "\\b(she|he|they|you)'?(ll| will) get "
	    "(more than|a lot more than|worse than)\\b" },
	{ C_THREAT, 0.5, "\\bnext time (it )?(won'?t|will not|wont) be "
	    "(a|just a|an|just an) (letter|email|warning|complaint|"
	    "message|post)\\b|\\bwatch (herself|himself|themselves|"
	    "yourself|yourselves|your back)\\b|\\b(five|ten|two|"
	    "a few|five mins|ten mins) minutes alone with\\b|\\bwith (a|"
	    "my|his|her|me) (fist|fists|boot|boots|bat|brick|knife|"
	    "hammer|crowbar)\\b|\\b(make sure|make) [\\w ]{1,40} "
	    "regrets? it\\b|\\b(?<!you )(?<!nt )(?<!n't )(?<!never )regrets? it\\b|\\bconsider (yourself|"
	    "yourselves|this|it) warned\\b|\\bwon'?t be smiling\\b|"
	    "\\b(lot|lots|plenty) of angry (dads|parents|people|men|"
	    "blokes)\\b" },
	{ C_THREAT, 0.45, "\\b(your|his|her|their) cards? (is|are) "
	    "marked\\b|\\b(he|she|they|you)('?s|'?re| is| are| has| have)? "
	    "(got|had) (it|this|that) coming\\b|\\b(only|just) a matter of "
	    "time (before|until) (someone|somebody|something|he|she|they)\\b|"
	    "\\b(hope|pray|wish) [\\w' ]{1,40} (gets?|got|is|are) (hurt|run "
	    "over|cancer|beaten|stabbed|what'?s coming|knocked down|killed|"
	    "hit by a (bus|car|train|lorry|truck))\\b|\\btooled up\\b|"
	    "\\b(end up|ends up|be|wake up) (on the floor|in the news|in "
	    "the canal|in a ditch)\\b" },
	{ C_THREAT, 0.45, "\\byou'?ll need (one|it|them|help|backup|an "
	    "ambulance|a doctor|a dentist|a bodyguard|protection)\\b|"
	    "\\bbring (a friend|backup|your mates|your boys|friends)\\b|"
	    "\\bsee you (at|outside|by) the (gates?|school|car park|"
	    "office)\\b" },
	{ C_THREAT, 0.4, "\\b(you'?ve|you have|they'?ve|they have) been "
	    "told\\b|\\bwon'?t be pretty\\b|\\b(better|had better) hope "
	    "(i|we) (don'?t|never) (see|catch|find|meet)\\b|"
	    "\\bthink about that\\b|\\borganis(ing|e) something\\b" },
	{ C_THREAT, 0.3, "\\b(might|may|would|will) (want|wanna) to (watch|"
	    "keep|be careful|lock|look)\\b|\\b(i'?d|i would|i could|i'?ll)"
	    "( happily| gladly| quite happily)? (knock|punch|slap|deck|smack|"
	    "lamp|hit|strangle|throttle|batter|headbutt|kick)\\b|"
	    "\\bphysically\\b|\\bif (needs be|i have to|it comes to it)\\b" },
	{ C_THREAT, 0.3, "\\xf0\\x9f\\x94\\xab|\\xf0\\x9f\\x94\\xaa|"
	    "\\xf0\\x9f\\x92\\xa3|\\xf0\\x9f\\x94\\xa5\\xf0\\x9f\\x94\\xa5" },
	/* a violent act: a threat when aimed at a target (harm_run checks
	 * that the school, staff, a role, pupils or "him", "her", "you"
	 * follow it) and meant */
	{ C_VIOLENT, 0.4, "\\b(kill|kills|killing|murder|murders|murdering|"
	    "stab|stabs|stabbing|shoot|shoots|shooting|shoot up|bomb|bombs|"
	    "bombing|firebomb|petrol bomb|blow up|torch|torches|"
	    "torching|burn|burns|burning|burn down|burns down|set fire to|"
	    "beat up|batter|batters|battering|punch|punches|punching|slap|"
	    "smack|deck|knife|shank|strangle|throttle|choke|smash|"
	    "smash up|run over|poison|kidnap|rape|shoot at|"
	    "beat the (shit|crap|hell) out of)\\b" },
	/* the speaker means it */
	{ C_INTENT, 0.3, "\\b(i'?ll|i will|i'?m going to|im going to|"
	    "i'?m gonna|imma|i swear|someone should|somebody should|"
	    "someone needs to|somebody needs to|there will be|"
	    "i'?m happy to do it|i'?m coming|ought to|"
	    "if .{1,60} (again|one more time)|next time)\\b" },
	{ C_INTENT, 0.2, "\\b(gonna|going to|will be|should be|better|"
	    "deserves?)\\b" },
	{ C_INTENT, 0.1, "\\b(should|ought|(i|we|they|someone|somebody|"
	    "people|you|u)( will|'ll| would|'d)|wanna|want to|"
	    "hope|hoping|wish|needs? to|let'?s|i'?d|we'?ll|we will|we'?re "
	    "going to|they'?ll|tonight|tomorrow|one day|on (mon|tues|wednes|"
	    "thurs|fri|satur|sun)day|do (us|everyone|the world) (all )?a "
	    "favou?r|deserves? it|can'?t wait|about to|i dare)\\b" },
	/* a wish that someone's things are insured: veiled, a threat
	 * only with a cue of intent beside it ("just saying") */
	{ C_THREAT, 0.35, "\\bhope (your|ur|his|her|their) (car|cars|house|"
	    "home|windows?|tyres) (is|are|'s|was|were) (insured|fireproof)\\b" },
	/* a condition laid down, or coming to the place in person: intent
	 * beside a threat, nothing alone */
	{ C_INTENT, 0.15, "\\bif (they|you|he|she|u) [\\w' ]{1,40} one more "
	    "time\\b|\\b(i'?m|im|i am|i'?ll|ill|i will) (coming|comin|going|"
	    "goin|come|go) (down|up|round|into|in) (to |there|the school|"
	    "st |that )" },
	{ C_INTENT, 0.15, "\\bimagine if\\b|\\b(wouldn'?t|won'?t) be me\\b|"
	    "\\b(happy|glad|willing) to oblige\\b|\\bshows? (her|his|"
	    "their) face\\b" },
	{ C_INTENT, 0.15, "\\bhow (brave|smug|tough|cocky|clever|happy|"
	    "pleased) [\\w' ]{1,30} (would|will|'d) be\\b" },
	{ C_INTENT, 0.2, "\\bnot a joke\\b|\\bi mean it\\b|\\bfr\\b|"
	    "\\bdon'?t come in\\b|\\benjoy (assembly|school|your day)\\b|"
	    "\\bswear down\\b|\\bnot joking\\b|\\bdead serious\\b|"
	    "\\bnot messing\\b|\\bdeadly serious\\b|"
	    "\\bjust saying\\b" },
	/* idioms that look like threats or allegations */
	/* an opinion frame: "it's a scandal that the school has no nurse"
	 * is a complaint; its own word ("scandal", "criminal") is no
	 * allegation or insult, though a wrong stated after it still is */
	{ C_FRAME, 0, "\\b(it'?s|it is|that'?s|that is|this is) (a |an |"
	    "absolutely |just |frankly |quite )?(scandal|scandalous|"
	    "disgrace|disgraceful|shameful|criminal|crime|outrageous|"
	    "shocking|appalling|ridiculous|joke) (that|how)\\b" },
	{ C_CRITIC, 0.5, "\\b(it'?s|it is|that'?s|that is|this is) (a |an |"
	    "absolutely |just |frankly |quite )?(scandal|scandalous|"
	    "disgrace|disgraceful|shameful|criminal|crime|outrageous|"
	    "shocking|appalling|ridiculous|joke) (that|how)\\b" },
	/* a camera's shoot, a record smashed, a defender's "anyone saying
	 * otherwise is lying", the speaker's own death by homework */
	{ C_IDIOM, 1.0, "\\bshoot-?outs?\\b|\\bshooting (practice|"
	    "drills?|range|stars?)\\b|\\bcut (the |our |their |its )?[\\w' ]"
	    "{0,30} (to|down to) (one|two|three|four|half|\\d+) (days?|"
	    "hours?|sessions?|mornings?|afternoons?|a week|per week)\\b|"
	    "\\b(shoot|shoots|shooting|shot|film|filming) "
	    "(a |the |our |their |some |new |this year'?s )?[\\w' ]{0,30}"
	    "(prospectus|videos?|films?|photos?|footage|advert|promo|scenes?|"
	    "documentary|coursework|"
	    "pictures|portraits?|campaign)\\b|\\bphotographers?\\b|\\b(film|"
	    "camera) crew\\b|\\b(smash|smashes|smashed|smashing|break|breaks|"
	    "broke|breaking|beat|beats|beating|crush|crushed|crushing) "
	    "(every |all |the |our |their |its |this year'?s |last year'?s )?"
	    "(school |previous |fundraising |attendance |reading )?(records?|"
	    "targets?|totals?|goals?|expectations?|personal bests?|pbs?)\\b|"
	    "\\b(anyone|anybody|whoever|everyone|people) (who says?|saying|"
	    "that says?|claiming|who claims?|who thinks?|thinking) "
	    "(otherwise|different|anything else|any different)[\\w ,]{0,10} "
	    "(is|are) (lying|a liar|liars|wrong|talking rubbish|deluded)\\b|"
	    "\\b(is|are|'s|'re|was|will|gonna|going to|be) (going to |gonna )?"
	    "(kill|be the death of|finish) (me|us|myself)\\b" },
	/* a decision's maker, killed in words ("going to MURDER whoever
	 * decided we need a logo planner") */
	{ C_IDIOM, 1.0, "\\b(kill|murder|strangle|throttle|swing for) "
	    "(whoever|the (person|genius|idiot|bright spark|muppet|clown|"
	    "numpty) (who|that)) [\\w' ]{0,40}?(decided|thought|came up with|"
	    "designed|chose|invented|approved|signed off|picked)\\b" },
	{ C_IDIOM, 1.0, "\\bcould (kill|murder|strangle|throttle) "
	    "[\\w' ]{1,40} for\\b|\\b(is|are|was) killing me\\b|"
	    "\\bdaylight robbery\\b|\\bwould kill for\\b|\\bphoto ?shoot\\b|"
	    "\\bthe bomb\\b|\\bbombed (my|the|our) (test|exam)\\b|"
	    "\\b(fired|glazed|baked) in (a|the) (kiln|oven)\\b|"
	    "\\bfundraising\\b|\\b(stole|steal|steals) (the|every) (show|scene|"
	    "limelight)\\b|\\bstole (my|our|everyone'?s) hearts?\\b|"
	    "\\b(killing|killed|smashing|smashed|nailed|bossed|bossing|"
	    "owned|slayed|slaying|slay) it\\b|\\bsmash(ed|ing)? (it|their|the|our)\\b|"
	    "\\bshoot(ing)? hoops\\b|\\bby accident\\b|\\baccidentally\\b|"
	    "\\bby mistake\\b|\\bas a joke\\b|\\b(visit|visited|visiting|"
	    "trip to|tour of) (the |a )?[\\w' ]{0,15}court\\b|\\bmurder "
	    "mystery\\b|\\bfight anyone\\b|\\bi'?ll fight\\b|"
	    "\\b(play|film|book|novel|drama|story|musical|documentary|"
	    "lesson|topic|module|debate|workshop|"
	    /* a talk given, not "allowed to talk about it" */
	    "(?<!allowed to )(?<!able to )(?<!n't )(?<!nt )(?<!not )talk|"
	    "assembly|session|"
	    "training|course|awareness|campaign|policy|advice|guidance|"
	    "leaflet|information evening|presentation|webinar|week) (is |"
	    "was |for parents |for pupils )?(about|on) \\w+|"
	    "\\b(play|story|film|book|poem|song|panto|pantomime|musical|"
	    "assembly) [^.!?]{0,40}\\b(is|was|were|are) (all )?about\\b|"
	    "\\b(production|performance|shakespeare|macbeth|hamlet|the "
	    "cast|acting|rehearsals?|halloween|world book day)\\b|"
	    "(?<!\\bor )(?<!\\bor else )\\b(someone|somebody|someone'?s "
	    "(kid|child)|a (child|kid|pupil)|one of the (kids|children)|"
	    "children|kids)('?s| is| are|"
	    "'?re| will)? ?(gonna|going to|will|is going to)? ?(get|be) "
	    "(hurt|injured|killed|run over|knocked over|knocked down)\\b|"
	    "\\b(science|maths|class|history|geography|practical|fun|"
	    "little) investigations?\\b|\\binvestigat(e|es|ed|ing|ion "
	    "into) (which|how|what|whether|why the|the (great|history|"
	    "life|science))\\b|\\bsuspended (from the (ceiling|roof|"
	    "rafters|climbing|tree|bars)|above|in mid-?air|animation)\\b|"
	    "\\b(pupils|students|children|kids|year \\d+s?|class|reception|"
	    "our year \\d+) (are|were|have been|will be) investigating\\b|"
	    "\\bsteal(s|ing)? (our|the|their|all the) (best )?(teachers|"
	    "staff|pupils|students|kids|thunder)\\b|"
	    "\\bdress(ed|es|ing)? (up )?as (a|an|the)\\b|\\b(costume|"
	    "fancy dress|pantomime|panto|red nose day|comic relief|children "
	    "in need)\\b|\\b(came|comes|went|turned up|rocked up) (in |into "
	    "school |to school )?as (a|an|an actual|a real|a proper) (clown|"
	    "pirate|witch|wizard|superhero|dinosaur|princess|elf|santa|"
	    "snowman|zombie|ghost|vampire|minion|banana|unicorn|pumpkin)\\b|"
	    "\\b(crash|collision|accident|fire|blaze|flood|burst pipe|"
	    "power cut|road closure) (outside|near|opposite|on|at)\\b|"
	    "\\bnothing to do with (the |our )?(school|academy|trust|"
	    "staff|teachers)\\b|\\bmock trial\\b" },
	/* abuse: insults, slurs, aimed swearing */
	{ C_ABUSE, 0.7, "\\b(cow|cows|bitch|bitches|witch|hag|bellend|bell end|"
	    "weasel|tw[a*]ts?|c[u*]nts?|prat|prats|pr[i*]cks?|d[i*]ckheads?|"
	    "kn[o*]bheads?|wank[e*]rs?|tosser|tossers|pillocks?|muppets?|"
	    "numpty|numpties|halfwits?|dimwits?|morons?|idiots?|imbeciles?|"
	    "clowns?|cretins?|scum|scumbags?|parasites?|leech(es)?|vermin|"
	    "rats|animals|savages|feral|chavs?|brats|creep|weirdo|freaks?|"
	    "snake|coward|has-been|"
	    /* an informer, not the lawn: "you grass", not "parked on the
	     * grass" nor "feel like a grass" */
	    "(?<!like )(?:a|you|u|dirty|filthy|little) grass(?=\\s*(?:[.!?,]|"
	    "$)|\\s+(?:and|who)\\b)|"
	    "pathetic excuse|thickest|thick as|brain ?dead|waste of "
	    "(space|oxygen)|nasty piece of work|dragon|slag|slut|whore|"
	    "skank|trollop|retards?|spastics?|spaz|mong|inbred|pikeys?|"
	    "gypp?os?|pakis?|losers?|scroungers?|fat (cow|pig|slob|lump|"
	    "has-been)|useless (prat|cow|idiot|lump|fat)|"
	    "b[a*]st[a*]rds?|sh[i*]tholes?|sh[i*]ts|sh[i*]tehawks?|"
	    "w[a*]nk[e*]rs?|w[a*]nk|b[o*]ll[o*]cks|b[i*]tch(es)?|sl[a*]gs?|"
	    "wh[o*]res?|c[u*]nts?|tw[a*]ts?|d[i*]cks?|pr[i*]cks?|"
	    "babysitters|spiteful|slobs?|no-clue\\w*|"
	    "little sh[i*]t|a[r*]seholes?|dumb teachers|"
	    "old bag|meathead|meatheads|roided|thugs?|"
	    "slimy|git|gits|little git|toerag|toerags|scrote|scrotes|"
	    "wrong 'un|sleazebag|sleaze|lowlife|bottom feeder|"
	    "snobs|muppets|goons?|numpties|knuckle-?draggers?|lowlifes?|"
	    "degenerates?|rejects?|wastes of space|jobsworths?|"
	    "(?<!into )(?<!loves )(?<!love )(?<!about )(?<!likes )"
	    "dinosaurs|pigs?|swine|toads?|slugs?|rats?|vultures|"
	    "hyenas|sheeple|nobheads?|plonkers?|wallys?|tits|weapon(?! of an? )|"
	    /* "a melt", "absolute melts"; not "the ice melts" */
	    "melt(?<!ice melt|snow melt|it melt|butter melt|chocolate melt)"
	    "s?(?! (in|away|down|into|when|if|at|on))|spoilt brats|snobby|sad little (man|woman|men)|"
	    "napoleon complex|waste of skin|nasty little|gobshite|"
	    "dipstick|berk|prick|knob|knobs|bint|battleaxe|old trout|"
	    "halfwit|oaf|oafs|thicko|window licker|"
	    "dopey|div|divs|wet wipe|jumped up|little hitler|"
	    "dictator|tyrant|ego maniac|egomaniac|narcissist|psycho|"
	    "nutter|nutjob|headcase|layabouts?|wasters?|"
	    "dossers?|shower of|smarmy|hags?|bulldog|trolls?|gremlins?|"
	    "goblins?|dimwits?|nincompoops?|buffoons?|clowns|harpy|harpies|"
	    "screeching|snooty|jellyfish|my dog could|mare|dozy|plebs?|"
	    "scrubbers?|slappers?|mingers?|munters?|tosspots?|dunces?|"
	    "nitwits?|lardy|porky|heifers?|gormless|minging|wankstains?|"
	    "cockwombles?|piece of (shit|crap|sh\\*t)|"
	    "a(ss|rse)holes?|sh[i*]te|sh[i*]tbags?|sh[i*]theads?|"
	    "dickwads?|twonks?|wazzocks?|bellends?|scumbags?|"
	    "sh[i*]tshows?|sh[i*]t (school|teachers?|head|academy|place|"
	    "hole|staff))(?:(?<=s|sh|ch|x)es|s)?\\b" },
	{ C_ABUSE, 0.6, "\\b(f[u*]{1,2}c?k(ing|in|er|ers|wit|wits)?|f\\*+|"
	    "ffs off|piss off|sod off|p[i*]ss ?takers?|c[u*]nty|fkn|fking|"
	    "fkin|fck|fcking|fckin|fcuk|fuk|fukin|fuking|phuck|effing|"
	    "eff off|get stuffed|can do one)\\b" },
	{ C_ABUSE, 0.5, "\\b(stuck-up|"
	    "jumped-up|two-faced|power-mad|spineless|gutless|lazy|entitled(?! to\\b)|"
	    "greedy|thick|gobby|mouthy|snobby|snob|snobs|"
	    "incompetent idiot|go back (home|to your (own )?country)|"
	    "can'?t (even )?speak (proper )?english|polish plumber|"
	    "couldn'?t run a bath|couldn'?t coach|couldn'?t organise|"
	    "no one likes (him|her)|nobody likes (him|her)|run by clowns|"
	    "(no one|nobody|no-one) can stand (him|her)|attention seekers?|"
	    "scruffy|disgusting (woman|man|person|people)|incompetent "
	    "(muppets|idiots|clowns|fools|morons)|stuck ?up|"
	    "(useless|horrible|nasty|vile|evil|stupid|thick|lazy|fat|ugly) "
	    "(woman|man|cow|git|get|bloke|old \\w+)|shouldn'?t be (near|"
	    "around|allowed near) (kids|children))\\b" },
	/* mockery of looks */
	{ C_ABUSE, 0.5, "\\b(face like|looks like|look like) (a|an|the "
	    "back end of a) (thumb|potato|pig|horse|bulldog|toad|slapped "
	    "arse|smacked arse|frog|rat|goblin|troll|gremlin|melted|"
	    "bag of|ferret|weasel|walrus|whale|hippo|cow|pug)\\b" },
	/* scorn that fits a thing as well as a person: abuse only when
	 * no thing is its subject ("the toilets are a disgrace") */
	{ C_SCORN, 0.7, "\\b(disgrace|laughing stock|dump|dumps|cesspit|"
	    "zoo|circus|trash|freak show|dumping ground|sh[i*]tshows?)\\b" },
	{ C_SCORN, 0.5, "\\b(joke of a|a joke|is a joke|vile|evil|stupid|"
	    "ugly|disgusting|a farce|farcical)\\b" },
	/* the things complained of */
	{ C_THING, 0, "\\b(toilets?|rules?|polic(y|ies)|food|dinners?|"
	    "lunch(es)?|meals?|menu|canteen|app|website|portal|system|"
	    "handling|response|reply|replies|communication|decision|"
	    "letters?|emails?|newsletter|uniform|prices?|fees?|charges?|"
	    "fair|parking|car park|building|buildings|homework|report|"
	    "reports|results|state|process|scheme|meeting|curriculum|"
	    "timetable|plan|plans|service|provision|situation|organisation|"
	    "admin|layout|kit|marking|feedback|detentions?|queue|"
	    "playground|facilities|roof|heating|classrooms?|changing rooms|"
	    "transport|bus|buses|traffic|consultation|procedure|approach|"
	    "way (they|it|the school)|attitude to|treatment of|explanation|"
	    "excuse|apology|statement|inspection|display|production|"
	    "show|play|concert|event|trip|priorities|salary|salaries|pay|"
	    "pay rise|spending|budget|cuts|bonus|bonuses|closing|closure|"
	    "closures|cutting|scrapping|axing|cancelling|canceling|"
	    "merging|merger|selling off|decision to)\\b" },
	{ C_ABUSE, 0.3, "\\b(useless|rude|clueless|patronising|arrogant|"
	    "smug|nasty|horrible|awful (woman|man))\\b|\\xf0\\x9f\\xa4\\xae|"
	    "\\xf0\\x9f\\x96\\x95|\\xf0\\x9f\\x90\\x8d|\\xf0\\x9f\\xa4\\xa1" },
	/* allegations: crimes */
	{ C_CRIME, 0.7, "\\b(stole|stolen|steal(s|ing)?|theft|thief|thieves|"
	    "embezzl\\w*|fraud\\w*|fiddl(ed|ing|es) the|backhanders?|bungs?|"
	    "bribe(s|d|ry)?|kickbacks?|on the take|drink[- ]driving|"
	    "drunk[- ]driving|assault(ed|ing)?|caution for|grope[ds]?|"
	    "groom(ed|ing)|nonces?|paedo\\w*|pedo\\w*|perverts?|groomers?|"
	    "abus(ed|ing) (a |the )?(pupil|child|kid|student)s?|inappropriate "
	    "(messages|relationship|contact|touching|photos|images)|"
	    "sexual(ly)?|indecent|siphon(ed|ing|s)? off|pocket(s|ed|ing) "
	    "(the|a|our|their|money|cash|funds|bonus|bonuses)|"
	    "cook(ed|ing) the books|money laundering|laundering|"
	    "defraud\\w*|accepted (expensive |lavish |free )?(gifts|"
	    "hospitality|money|cash|payments|holidays) from)\\b" },
	{ C_CRIME, 0.6, "\\b(took|taken|takes|taking|nicked|pinched|helped "
	    "(himself|herself) to) (the |our |some |all the )?([a-z]+ ){0,2}"
	    "(money|cash|funds|takings|donations)\\b|\\btaking "
	    "(money|cash|backhanders)|\\b(money|funds|budget|premium|cash|"
	    "£[0-9,.]+k?) (out of|from) the [\\w ]{1,25}(account|fund|"
	    "budget)|\\bwhere the (money|£[0-9,.]+k?|cash|funds?)[\\w ]{0,30} "
	    "went\\b|\\bwhere does (the|all the|our) (money|cash) (really )?"
	    "go\\b|\\bmoving money\\b|\\bpaid twice\\b|\\b(fiddl|fak|pad|"
	    "inflat|fraud|fiddling)\\w* [\\w ]{0,12}expenses\\b|\\bhush "
	    "money\\b|\\bpaid (her|him|them) off\\b|\\bbought (her|his|"
	    "their) silence\\b|\\b(could|can|has|have|had)( ?not|n'?t) (be|been) "
	    "accounted for\\b|\\b(money|funds|spending|cash|£[0-9,.]+k?) "
	    "(is |was |still )?unaccounted[- ]for\\b" },
	/* allegations: cover-ups, dishonesty, cheating, misuse */
	{ C_ALLEGE, 0.6, "\\b(covered|covering|cover|covers|hushed|hushing|"
	    "hush) (it |this |that |the whole thing |everything |"
	    "every \\w+ |\\w+ )?up\\b|\\bcover-?ups?\\b|\\bhid (an?|the|it)\\b|"
	    "\\bhidden from\\b|\\bconceal(ed|ing|s)?\\b|"
	    "\\b(kept|keeping) (it |very |really )?quiet\\b|"
	    /* "sat on a disclosure for three weeks" */
	    "\\b(sat|sitting|sits) on (a|the|my|our|his|her|their|this|that) "
	    "(disclosure|complaint|report|concern|allegation|referral)s?\\b|"
	    /* "staff were told to keep quiet about it" */
	    "\\b(told|instructed|ordered) (not to say anything|to (keep|"
	    "stay) (quiet|schtum|shtum|mum)) about (it|this|that|what)\\b|"
	    "\\b(said|says) nothing to\\b|\\bnot telling\\b|"
	    "\\bswept under\\b|\\bbury (it|the)\\b|"
	    "\\bburied (it|the)\\b|\\bshredded\\b|\\bdestroy(ed)? "
	    "(the )?evidence\\b|\\bturn(ed|s|ing)? a blind eye\\b|"
	    "\\bpretend(ing|ed)? (it|this|that) (never|didn'?t) happen\\b|"
	    "\\b(know|knew) and (do|did) nothing\\b|\\bgagging order\\b|"
	    "\\bsigned ndas?\\b|\\bndas\\b|\\bkept [\\w ]{1,40} from (the )?"
	    "(governors|parents|ofsted|police|trust|board|inspectors|"
	    "families|lado)\\b" },
	{ C_ALLEGE, 0.6, "\\b(lied|lying|lies) (to|about)\\b|\\b(liar|liars|"
	    "dishonest|corrupt|corruption|crook|crooks|crooked|criminals?|"
	    "fraudsters?)\\b|\\b(fak(ed|ing|es)|falsif\\w+|fiddl(ed|ing)|"
	    "fudg(ed|ing)|fabricat\\w+|doctor(ed|ing)|altered|rigg(ed|ing)|"
	    "(massag|fiddl|fudg|manipulat|inflat|doctor)\\w* [\\w ]{0,20}"
	    "(results|figures|data|numbers|statistics|stats|grades|marks|"
	    "registers?)|"
	    "cheat(ed|ing|s)?|off-?roll\\w*|helped with the answers|"
	    /* an exam leaked or answered for them */
	    "(read|reading|reads|whisper\\w*) out the answers|"
	    "(gave|give|gives|giving|showed|shown|sent|leaked|passed) "
	    "([a-z0-9']+ ){0,6}the ([a-z]+ )?(exam |test |mock |real )?"
	    "(paper|papers|questions) (the (day|night|week) )?"
	    "(before|in advance|early)|"
	    "with the answers|gave (them|the kids|pupils|the children) the "
	    "answers)\\b" },
	{ C_ALLEGE, 0.6, "\\b(misus(e|ed|ing)|misappropriat\\w+|"
	    "(used|using|spent|spending) [\\w ]{0,20}(to|on) (lease|pay for|"
	    "buy|fund) (the head'?s|his|her|their)|to pay for (her|his) "
	    "(own |new )?(holiday|car|house|wedding)|no tender|conflict of "
	    "interest|undeclared interest|"
	    "nepotism|cronies|jobs for (the boys|mates|friends)|(jump|jumps|"
	    "jumped|jumping) (straight )?(to the top|the queue|the list)|"
	    "leapfrog(s|ged|ging)? (us|them|the (queue|list)|other "
	    "families)|gave the "
	    "contract to (his|her)|whistle-?blower|(wife|husband|partner|"
	    "son|daughter|brother|sister|mate|mates|friend|friends|cousin)s? "
	    "on the payroll)\\b" },
	/* allegations: safeguarding, mistreatment, misconduct */
	{ C_ALLEGE, 0.6, "\\b(ignored|ignoring|ignores) (a|the|my|our|all|"
	    "every|repeated)? ?(disclosure|report|concern|complaint|warning)s?\\b|"
	    "\\bnever (passed|reported) (it|this|them)\\b|\\bfailed to "
	    "(report|refer|safeguard|protect|act)\\b|\\bsafeguarding "
	    "(failure|failures|breach|breaches|lapse|lapses)\\b|\\bneglect\\b|"
	    "\\bunsupervised\\b|\\bno dbs\\b|\\bwithout (a )?dbs\\b(?! (if|when|as long|provided|unless|as) )|"
	    "\\bbully(ing)? staff\\b|\\bbull(ies|ied|ying|y) (the |her |his |"
	    "their |our |its )?(junior |new |young |younger |female |male |"
	    "other |support |teaching )?"
	    "(staff|teachers|tas|colleagues|team|pupils|kids|children)\\b|"
	    "\\bbullied (out|staff|teachers)\\b|\\bhaving an affair\\b|"
	    "\\baffair with\\b|\\bwas drunk\\b|\\bdrunk at\\b|\\bstank of "
	    "(booze|alcohol|drink)\\b|\\bslurring\\b|\\bsacked (from|for)\\b|"
	    "\\bleft (his|her) last school\\b|\\bin such a hurry\\b|"
	    "\\bracis[mt]\\b|\\bracially\\b|\\bdiscriminat\\w+\\b|"
	    "\\bharass(ed|ing|ment)\\b|\\bvictimis\\w+\\b|\\bfired (a|the) "
	    "(whistle|teacher|member)\\w*\\b" },
	{ C_ALLEGE, 0.6, "\\b(grabbed|hit|hits|slapped|slaps|punched|kicked|"
	    "shoved|dragged|shook|locked|humiliated|humiliates|"
	    "restrained|manhandled|threw|throws|swore at|screamed at|"
	    "shouted at|called) (my|a|our|the|his|her|their|one|two|three|"
	    "several|some) (little )?(son|daughter|child|kid|boy|girl|lad|"
	    "pupil|student|year \\d+)s?\\b|"
	    /* "pushed my son to the ground", not "to run faster" nor "to
	     * the front of the queue" */
	    "\\bpushed (my|a|our|the|his|her|their|one|two|three|several|"
	    "some) (little )?(son|daughter|child|kid|boy|girl|lad|pupil|"
	    "student|year \\d+)s?\\b(?! to (?!((the|a|an|his|her|their|"
	    "my|our|its|one) )?(floor|ground|wall|concrete|tarmac|pavement|"
	    "deck|mud|grass|lockers?|door|fence|railings|radiator|side)"
	    "\\b)[a-z])|\\bbruises?\\b|"
	    "\\buntil (he|she|they|you|we)('s|'re| is| are| was| were| "
	    "get| got| gets)? "
	    "(physically |actually |literally )?(sick|ill|in tears|crying|"
	    "bleeding|bled|fainted|faint|collapsed?|threw up|throw up|"
	    "vomit(ed|ing)?)\\b|\\b(hitting|slapping|smacking|kicking|"
	    "punching|grabbing|shoving|pushing|dragging|shaking|"
	    "manhandling|hurting|pinching|humiliating) (the |my |our |"
	    "some |those |little |young )?(kids|children|pupils|students|"
	    "boys|girls)\\b|\\bmade (him|her|them|my \\w+) cry\\b|"
	    "\\b(puts|put|putting|leaves|left|leaving) (kids|children|pupils) "
	    "(out|alone|unsupervised|outside)\\b|\\bgrabbed (him|her)\\b|"
	    "\\blays? a finger on\\b|\\blocked (him|her|them) in\\b" },
	{ C_ALLEGE, 0.35, "\\b((screamed|screaming|shouted|shouting|"
	    "swore|swearing) (at|in) (her|his|their|my|a|the) (face|son|"
	    "daughter|child|kid|pupil)|(came|comes) home crying|"
	    "(do|did|does|doing) nothing|the same (chair|head|governor|"
	    "man|woman|person) who|on holiday together|data breach|"
	    "(so|to) (they|it|that they) (don'?t|doesn'?t|won'?t) (drag|bring) "
	    "down|keeps? the [\\w ]{0,20}(grades|results|figures|numbers) "
	    "up|skip the (mock|exam|test)s?|dbs checked\\?)\\b" },
	{ C_ALLEGE, 0.35, "\\b(makes?|made|making|forces?|forced|forcing) "
	    "(the |her |his |their |my |our |a )?(tas|staff|teachers|"
	    "kids|children|pupils|son|daughter|child|kid|boy|girl|boys|"
	    "girls|lads|class|year \\d+s?) (to )?(work|stand|sit|stay|run|"
	    "miss|eat|wait|kneel|clean|strip|change|do)\\b|"
	    "\\bthreaten(s|ed|ing)? (them|staff|"
	    "teachers|tas|kids|pupils|children|us|parents) with\\b|"
	    "\\b(denied|deny|denies|denying) (it|this|that|everything|"
	    "all)\\b|\\b(are|were|was|is) made up\\b|\\b(awarded|paid|"
	    "gave|voted) themselves\\b|\\bunpaid overtime\\b|\\bas a "
	    "punishment\\b|\\bwhile the (schools?|kids|"
	    "staff|teachers) (cut|go without|suffer)\\b|\\bnever told\\b|"
	    "\\bthe head knew\\b|\\b(he|she|they) knew\\b|"
	    "\\binvestigated for\\b|\\bhitting a child\\b|"
	    "\\btold (nobody|no one|no-one|noone|nobody else)\\b|"
	    "\\bknew about\\b|\\bpressur(ed|ing|es) (parents|staff|"
	    "families|witnesses|teachers|us|them) (to|into)\\b|"
	    "\\b(withdraw|drop) (their|the|our) complaints?\\b|"
	    "\\bplaces? (were|was) at risk\\b|"
	    "\\bsecretly\\b|\\bbehind (our|parents'?|everyone'?s|their) "
	    "backs?\\b|\\bwithout (an interview|interviews|consulting|"
	    "a tender|permission|consent|telling (anyone|parents|us|"
	    "governors))\\b|\\b(fake|bogus|forged) [a-z]+\\b|\\bsold off\\b|"
	    "\\bused the [\\w ]{1,20}(premium|fund|funds|budget|grant|money) "
	    "(to|for|on)\\b|\\bsystematically\\b|\\b(been told|knows?|"
	    "knew) and (has )?(done|did|does) nothing\\b|\\bjobs for (the "
	    "family|family|friends|mates)\\b|\\bgot the [\\w ]{1,20}job\\b|"
	    "\\b(bets|betting|gambl\\w+) on\\b|\\bto suit (his|her|their)\\b|"
	    "\\b(haven'?t|hasn'?t|have not|has not|never) been (published|"
	    "audited|shown|shared)\\b|\\b(is|are|was) (mrs|mr|ms|dr|miss|"
	    "the head'?s|his|her|their|[a-z]+'s) ?[a-z']* (sister|brother|"
	    "wife|husband|partner|cousin|son|daughter|mate|best friend|"
	    "girlfriend|boyfriend|brother-in-law|sister-in-law)\\b" },
	{ C_ALLEGE, 0.55, "\\b(misled|misleading|mislead) (parents|ofsted|"
	    "governors|inspectors|the trust|everyone|us|families)\\b|"
	    "\\b(broke|breaking|breaks|against) the law\\b|\\bbreach(ed|es)? "
	    "(of )?(gdpr|data protection|the rules|safeguarding|"
	    "confidentiality)\\b|\\bcovering for (him|her|them|each "
	    "other)\\b|\\bclosed ranks\\b|\\bwhitewash\\b|\\bbullied by "
	    "(the |a |his |her )?(head|headteacher|teacher|deputy|staff|"
	    "principal|senco|mr|mrs|ms|miss|dr)\\b|\\b(drinking|drunk) (on "
	    "the job|at work|in school)\\b|\\b(smelt|smelled|smells|reeks?) "
	    "of (alcohol|booze|drink|weed|cannabis)\\b|\\bunder the "
	    "influence\\b|\\b(on|taking|doing) (drugs|coke|cocaine)\\b|"
	    "\\brelationship with (a|an|one of the) (pupil|student|sixth "
	    "former|parent|year \\d+)\\b|\\btouched (a|my|the|her|his) "
	    "(child|pupil|daughter|son|student|girl|boy)\\b|\\bphysically "
	    "(assaulted|restrained|attacked|hurt)\\b|\\b(didn'?t|did not|"
	    "never) (report|tell (the )?(police|parents|social services|"
	    "lado|governors))\\b|\\bmade up (the|her|his|their) (data|records|"
	    "notes|figures|marks)\\b|\\b(exam|assessment) (cheating|"
	    "malpractice|fraud)\\b|\\bmalpractice\\b|\\bhelped (pupils|"
	    "students|kids|children|them) (to )?cheat\\b|\\b(syphon|siphon)"
	    "\\w*\\b|\\bcreaming off\\b|\\bskimming\\b|\\bbrown envelopes?"
	    "\\b|\\bdodgy deals?\\b|\\brigged the\\b|\\b(awarded|gave) "
	    "(the|a) contract to (his|her|their) (friend|mate|wife|husband|"
	    "brother|sister|son|daughter|partner|cousin)\\b|\\bput (children|"
	    "kids|pupils) at risk\\b|\\bendanger(ed|ing|s)\\b|"
	    "\\b(scandal|conspiracy)\\b|\\b(total|complete|blatant|outright) "
	    "lie\\b|\\bclaimed (she|he|they) (resigned|left|quit)\\b|"
	    "\\bsmok(es|ing|ed) (weed|drugs|cannabis|dope|crack)\\b|"
	    "\\bleak(ed|ing|s) (a|the|our|my|private|confidential|personal|"
	    "families'?|a family'?s) [\\w' ]{0,30}(file|files|records?|data|"
	    "details|information|report)\\b|\\bhiding it from\\b|"
	    "\\b(caught|seen|found|filmed) (stealing|lying|drinking|"
	    "cheating|smoking|hitting|sleeping|swearing|snooping|"
	    "taking)\\b|\\b(kept|keeps|keeping) [\\w ]{0,20}(secret|hidden|"
	    "under wraps)\\b|\\bmessag(ed|ing|es) (a |the |one of the )?"
	    "(pupil|pupils|students?|girls?|boys?|kids|children|year \\d+s?)"
	    "\\b|\\bon (snapchat|instagram|whatsapp|tiktok) (with|to) "
	    "(a |the )?(pupil|pupils|students?|girls?|boys?|kids)\\b|"
	    "\\bunqualified (staff|teachers?)\\b|\\bchanged the [\\w ]{0,15}"
	    "(answers|marks|grades|results|papers|scores|records)\\b"
	    "(?! (scheme|schemes|policy|system|systems|app|format)\\b)|"
	    "\\brefused to (call|get|phone|ring) (an )?(ambulance|parent|"
	    "parents|police|doctor)\\b|\\btakes? the [\\w ]{0,30}money home\\b|"
	    "\\balways short\\b|\\b(swears|swore|swearing|screams|shouts) at "
	    "(the )?(kids|children|pupils|year \\d+s?|students)\\b|"
	    "\\bnobody [\\w ]{0,25}does anything\\b|\\bdidn'?t want (an "
	    "incident|it) on record\\b" },
	{ C_ALLEGE, 0.55, "\\b(forg(ed|ing|es)(?! (ahead|on|(close |"
	    "strong |new |lasting |great |firm |good )?(links?|ties|"
	    "bonds?|partnerships?|relationships?|friendships?|connections?|"
	    "a )))|forgery|overcharg\\w+|"
	    "kept the (money|cash|change|deposit)|never happened and|"
	    "hid(ing|es)? (a|the|an|its|their) \\w+( \\w+)? from|hiding "
	    "[\\w£ ]{1,30} from|backdat(ed|ing)|tamper(ed|ing)|shred(ded|ding)|"
	    "delet(ed|ing) (the )?(emails|records|evidence|files|cctv)|"
	    "divert(ed|ing) (the )?(money|funds|cash|budget)|"
	    "(her|his|their) own company|her husband'?s company|his wife'?s "
	    "company|gam(ed|ing) the (system|results|league tables)|"
	    "stopped entering|entering (weaker|weak) (kids|pupils)|"
	    "keep it to themselves|keep (it|this) quiet|told (us|them|the "
	    "family|parents|the parents|staff) (not to|to keep)|"
	    "(seen|caught|filmed) (hitting|slapping|punching|kicking|"
	    "shoving|grabbing|drinking|smoking)|(hitting|slapping|punching|"
	    "kicking|shoving|grabbing) (a|my|the|our|his|her) (year \\d+ )?"
	    "(boy|girl|child|kid|pupil|son|daughter)|illegal(ly)?|"
	    "unlawful(ly)?|negligen(t|ce)|exploit(ed|ing)|intimidat(ed|ing)|"
	    "homophob\\w*|sexis[mt]|(because of|over) (her|his) (hijab|"
	    "religion|race|colour|skin))\\b" },
	/* allegations, by family, in general words */
	/* money: hands in the till, pay rises voted in, funds spent on
	 * oneself */
	{ C_CRIME, 0.6, "\\b(hand|hands|fingers) in the (till|tin|pot|"
	    "cookie jar|kitty|float|collection|cash box)\\b|\\bwhere (did|"
	    "has|have|does) (the|all the|all that|our|that|this) "
	    "([\\w£,.]+ ){0,4}?(money|cash|funds?|£[0-9,.]+k?|[0-9,.]+k|"
	    "donations|grants?|budget|takings|profits?|premium)"
	    "( [\\w ]{0,25})? (go|gone)\\b|\\b(pay|pays|paid|paying|award|awards|awarded|"
	    "awarding|vote|votes|voted|give|gives|gave) (himself|herself|"
	    "themselves) (a |an |another )?[\\w£,. ]{0,15}(pay ?rise|"
	    "rise|bonus|bonuses|salary|payout)\\b|\\bfeather(ing|ed|s)? "
	    "(his|her|their) (own )?nests?\\b|\\bgravy train\\b|"
	    "\\bpocket(ing|ed|s)? (it|the lot|thousands|the difference|"
	    "the grants?|the funding|public money)\\b|\\b(spent|spend|"
	    "spends|spending|blew|wasted) (the |our |all the )?[\\w ]{0,20}"
	    "(money|premium|funding|grant|grants|budget|donations|funds) on "
	    "(the head'?s|the principal'?s|the ceo'?s|his|her|himself|"
	    "herself|themselves)\\b|\\b(public|school|pta|charity) money "
	    "(into|through) (his|her|their)\\b|\\b(his|her|their|[a-z]+'s) "
	    "(mate|friend|wife|"
	    "husband|brother|sister|son|daughter|partner|cousin|"
	    "brother-in-law|sister-in-law)'?s? (building )?(firm|company|"
	    "business|consultancy) (won|got|gets|was given|were given|"
	    "landed|was awarded)\\b|\\b(firm|company|business|"
	    "consultancy) (owned|run) by (his|her|their|the head'?s|the "
	    "principal'?s|the chair'?s) (mate|friend|wife|husband|brother|"
	    "sister|son|daughter|partner|cousin)\\b|"
	    /* work steered to family: "every bit of maintenance goes to
	     * Mrs Abara's husband's building firm" */
	    "\\b(contracts?|maintenance|repairs?|money|funding|every bit of "
	    "[a-z]+|all the [a-z]+ work|the (cleaning|catering|building|it|"
	    "minibus|uniform) (contract|work))\\b[^.!?]{0,40}\\b(goes|go|went|"
	    "going|gone|given|handed|steered|sent) to "
	    "(his|her|their|the head'?s|the principal'?s|(mr|mrs|ms|miss|"
	    "dr) [a-z]+'?s) (own )?(mate|friend|wife|husband|brother|sister|"
	    "son|daughter|partner|cousin|brother-in-law|sister-in-law)'?s? "
	    "(own )?(building |cleaning |catering |it )?(firm|company|"
	    "business|consultancy)\\b" },
	/* work never put out to quote: "none of it ever went out to
	 * quote" */
	{ C_ALLEGE, 0.4, "\\b(never|none of (it|them)|nothing|not once) "
	    "(ever )?(went|goes|go|gone|put|was put|were put|going) out to "
	    "(quote|tender|tenders)\\b" },
	/* cover-ups: moved on quietly, complaints made to disappear */
	{ C_ALLEGE, 0.55, "\\b(moved|moving|moves|shipped|shifted|"
	    "transferred) (him|her|them|the teacher|the member of staff) "
	    "(on|to another|to a different|elsewhere)\\b|\\bquietly "
	    "(moved|removed|let go|paid off|settled|dropped|deleted|"
	    "changed|off-?rolled|excluded|sacked|got rid)\\b|\\bmade "
	    "(the|my|our|his|her|their|a|that) (complaint|complaints|"
	    "report|reports|problem|issue|allegation|evidence|file|"
	    "incident) (disappear|vanish|go away)\\b|\\b(complaint|"
	    "report|file|evidence|cctv|footage|record|records) "
	    "(disappeared|vanished|went missing|was lost|got lost)\\b|"
	    "\\bprotect(ing|s|ed)? (someone|somebody|him|her|them|a "
	    "colleague|their own|his mate|her mate|the teacher|staff)\\b|"
	    "\\btold (me|us|parents|the parents|my \\w+|staff|the staff) to "
	    "['\"]?(drop it|keep quiet|keep it quiet|say nothing|stay quiet|"
	    "not tell|not say|not report|not go to|leave it)\\b|"
	    "\\bwhat (are|is) (they|he|she|the school|the academy) "
	    "(hiding|covering)\\b|\\b(deleted|wiped|erased|lost) (the )?"
	    "(cctv|footage|emails|records|evidence|messages|logs?)\\b" },
	/* discrimination */
	{ C_ALLEGE, 0.55, "\\b(turn|turns|turning|turned|keep|keeps|"
	    "keeping|kept|push|pushes|pushing|pushed|put|puts|putting|"
	    "refuse|refuses|refusing|refused|won'?t|will not) (away |out )?"
	    "(to (take|admit|accept|enrol|have) )?(sen|send|"
	    "disabled|special needs|autistic|black|asian|muslim|jewish|"
	    "traveller|gypsy|poor|polish|foreign|eal) (kids|children|pupils|"
	    "students|families|applicants)\\b|\\bonly (ever )?(sends?|"
	    "puts?|picks? on|punish(es)?|exclud(es)?|detains?|target(s)?|"
	    "singles? out|shouts? at) (the )?(black|asian|muslim|sen|send|"
	    "poor|disabled|polish|white|traveller|gypsy|eal|brown) "
	    "(kids|children|pupils|students|girls|boys|ones)\\b|"
	    "\\b(because|cos|coz) (he'?s|she'?s|they'?re|he is|she is|they "
	    "are) (black|muslim|gay|disabled|autistic|polish|jewish|a "
	    "traveller)\\b|\\bto keep (their|its|the) [\\w ]{0,15}"
	    "(results|league table|figures|numbers|stats|scores|rating|"
	    "grades) (up|high|looking good)\\b" },
	/* misconduct with pupils, drink and drugs at work */
	{ C_ALLEGE, 0.55, "\\btouch(ing|ed|es)? (up )?(pupils|kids|children|"
	    "girls|boys|students|a pupil|a child|a girl|a boy|my son|my "
	    "daughter|year \\d+s?)\\b|\\b(alone|private|extra|special|"
	    "late|one-to-one|secret) [\\w' ]{0,20}(sessions?|lessons|lifts|"
	    "tutoring|chats|messages|meetings|trips) with (a |the |some )?"
	    "(sixth formers?|girls?|boys?|pupils?|students?|year \\d+s?|"
	    "kids)\\b|\\b(send|sends|sending|sent) (messages|texts|dms|"
	    "pictures|photos|pics|snaps) to (a |the )?(pupils?|students?|"
	    "girls?|boys?|kids|children|year \\d+s?)\\b|\\b(stagger(ing|"
	    "ed)?|fell|falling|stumbl(ing|ed)) (out of|into|round) (the|a) "
	    "\\w+|\\bthree sheets to the wind\\b|\\b(turn(s|ed|ing)? up|"
	    "(came|comes|coming) in|arriv(e|es|ed|ing)|show(s|ed|ing)? up) "
	    "[\\w' ]{0,40}(drunk|hungover|pissed|wasted|stoned|off (his|her|"
	    "their|its) (face|head|tits|nut|trolley)|smelling of (drink|booze|"
	    "alcohol|weed))\\b|\\b(reek|reeks|reeking|reeked|stink|stinks|"
	    "stank|smells|smelling|smelt|smelled) (of|like) "
	    "(booze|alcohol|drink|wine|beer|lager|vodka|gin|whisky|whiskey|"
	    "last night|the pub|a brewery|weed|cannabis|spliff|skunk)\\b|\\b(drunk|hungover|"
	    "pissed|wasted|high|stoned|off (his|her) face) (at|in|during|on) "
	    "(work|school|the school|assembly|parents'? evening|sports day|"
	    "a school|the trip|duty|a school day)\\b|\\b(weed|cannabis|"
	    "coke|cocaine|drugs) (in|at) (school|the car park|work|the staff "
	    "room)\\b|\\b(smoking|dealing|selling) (weed|drugs|cannabis|"
	    "coke)\\b|\\b(affair|sleeping|sleeps|slept) with (a|the|one "
	    "of the) (parent|pupil|student|mum|dad|sixth former|ta|"
	    "governor)\\b" },
	/* a reason given, checked and found false: "I rang the coach
	 * company. They never had a booking." */
	{ C_ALLEGE, 0.5, "\\b(i|we|my (husband|wife|partner)) (rang|called|"
	    "phoned|emailed|contacted|checked with|asked|spoke to) (the|"
	    "their) [\\w' ]{0,20}?(company|firm|council|exam board|ofsted|"
	    "police|venue|hotel|supplier|trust|centre|office|provider|"
	    "club)\\b(?=[^.?!]{0,40}[.!]+ (they|she|he)( never| had no|"
	    " didn'?t have| said there (was|were) no| had never| knew "
	    "nothing| never had|'d never)\\b)" },
	/* a job given to family: "The successful candidate? Mrs
	 * Pettifer's daughter-in-law." */
	{ C_ALLEGE, 0.5, "\\b(successful candidate|successful applicant|got "
	    "the (job|post|role|contract)|was appointed|were appointed|"
	    "landed the (job|role)|gave the (job|post|contract)|given the "
	    "(job|post|contract)|(it|the job|the post|the role|the "
	    "contract) went to)\\b(?=[?:,]{0,3} [^.!]{0,40}'s "
	    "(daughter|son|wife|husband|niece|nephew|daughter-in-law|"
	    "son-in-law|partner|sister|brother|cousin|best mate|best friend|"
	    "girlfriend|boyfriend|brother-in-law|sister-in-law)\\b)" },
	/* exam papers seen before the exam; coursework done by staff (a
	 * regular expression: the lexicon's cross product would be large) */
	{ C_ALLEGE, 0.6, "\\b(slip|slips|slipped|slipping|leak|leaks|leaked|"
	    "leaking|gave|give|gives|giving|given|show|shows|showed|shown|"
	    "showing|pass|passed|passing|send|sent|sending|hand|handed|"
	    "handing) [\\w' ]{0,30}?\\b(the )?((actual|real|live|upcoming) "
	    "(exam|test|sats|gcse|mock) (questions|papers?|answers)\\b|"
	    "(exam|test|sats|gcse|mock) (questions|papers?|answers)\\b"
	    "(?=[^.?!]{0,30}\\b(the night before|the day before|in advance|"
	    "beforehand|before the (exam|test))\\b))|"
	    "\\b(teachers?|staff|the department|they|he|she|sir|miss|"
	    "(mr|mrs|ms|dr) [a-z]+)\\b[\\w' ]{0,30}? (basically |just |"
	    "practically |literally )?(do|does|did|done|doing|write|writes|"
	    "wrote|written|writing|finish|finishes|finished|finishing|"
	    "complete|completes|completed|completing|type|types|typed|"
	    "typing)( up)? (the |their |all the |most of the |half (of )?the "
	    ")?(coursework|pieces|essays|controlled assessments|nea|"
	    "portfolios|projects|artwork|practicals|conclusions|write-?ups|"
	    "evaluations) (off )?(for (them|you|the kids|the pupils|the "
	    "students)|themselves)\\b(?! (to|so they|so that they) "
	    "(mark|check|see|copy|read))" },
	/* pupils coached for an assessment: "coached the kids word for word
	 * on what to say to camera" */
	{ C_ALLEGE, 0.55, "\\b(coached|coaching|coaches|drilled|told|"
	    "telling|tells|fed|feeding|scripted) (the kids|the pupils|the "
	    "students|them|the class|the year \\d+s|my (son|daughter)) "
	    "(word for word|exactly|line by line)\\b|\\b(re-?filmed|"
	    "re-?recorded|re-?did|redid|re-?wrote|rewrote) [\\w' ]{0,40}"
	    "(practicals?|assessments?|videos?|recordings?|coursework|nea) "
	    "[\\w' ]{0,20}(three|four|five|several|multiple|\\d+) times\\b" },
	/* money passed off in the books as something else */
	{ C_ALLEGE, 0.55, "\\b(put|puts|putting|pushed|passed|slipped|"
	    "booked|coded|disguised|hid|hidden|went|go|goes|going|gone) "
	    "[\\w' £-]{0,40}?(through|in|on) (the )?(books|accounts|budget) "
	    "as (curriculum|training|resources|"
	    "staff development|cpd|consultancy|expenses|educational|a "
	    "business|maintenance|supplies|stationery)\\b" },
	/* a child messaged privately at night */
	{ C_ALLEGE, 0.55, "\\b(sending|sends|sent|messaging|messages|"
	    "messaged|texting|texts|texted|snapchatting|snapchats|"
	    "snapchatted|dming|dms|dmed|dm'?ing|whatsapping|whatsapped|"
	    "ringing|rang|calling|called) (my|our|a|her|his|their) (\\d{1,2} ?"
	    "(yo|y/o|year old)|daughter|son|child|kid|girl|boy|pupil|"
	    "student|year \\d+)\\b[^.?!]{0,40}\\b(at|after|around|till|until|"
	    "past|gone) ((9|10|11)(:\\d\\d)? ?pm|\\d{1,2}(:\\d\\d)? at night|"
	    "midnight|night|(12|1|2|3|4)(:\\d\\d)? ?am)\\b" },
	/* mistreatment of children; reported to the authorities */
	{ C_ALLEGE, 0.6, "\\b(emotional|physical|sexual|verbal|"
	    "psychological|child) abuse\\b|\\babuse of (a |the )?(child|"
	    "children|pupil|pupils|kids|power|position|trust)\\b|"
	    "\\babus(es|ing|ed) (children|pupils|kids|a child|the kids|"
	    "his position|her position|their position)\\b|"
	    "\\b(reported|reporting|report) (him|her|them|it|the school|the "
	    "head|the teacher|this|the academy|[a-z]+) to (the )?(lado|"
	    "police|social services|the local authority designated officer|"
	    "the teaching regulation agency|tra|nspcc)\\b|\\bby the "
	    "(throat|neck|hair|collar|ear|scruff)\\b|\\b(grabbed|"
	    "grabbing|grabs|shoved|shoving|yanked|dragged|dragging|threw|"
	    "throwing|pinned|slammed) (my|a|the|our|his|her|one|their|"
	    "another) [\\w ]{0,12}(son|daughter|child|kid|boy|girl|lad|"
	    "pupil|student|year \\d+)\\b|\\b((left|leaves|leaving) (him|"
	    "her|them)|(left|leave|leaves|leaving) (a child|my \\w+|kids|"
	    "children|pupils|the kids|a \\w+-year-old|the children)) "
	    "(alone|unsupervised|unattended|locked|outside in|in a locked)"
	    "\\b" },
	/* rules, law, records and exams */
	{ C_ALLEGE, 0.55, "\\b(broke|broken|breaking|breaks|breach(ed|es|"
	    "ing)?|ignor(ed|ing|es)|flout(ed|ing|s)?|bent|bending) (their|its|"
	    "the|his|her|our) (own )?(rules|law|policy|policies|procedures|"
	    "guidance|code of conduct|admissions code|regulations|"
	    "constitution|articles)\\b|\\bsecret (meeting|meetings|deal|"
	    "deals|payment|payments|pay ?rise|payout|settlement|agreement|"
	    "vote|ballot)\\b|\\bbehind closed doors\\b|\\b(rewrote|"
	    "rewritten|rewrite|rewriting|re-?written|done|written|wrote|"
	    "did|doing|writing) (by|for) (his|her|their|the|a|my \\w+'?s?) "
	    "(teacher|teachers|tutor|staff)\\b|\\b(teachers?|staff) "
	    "(do|did|does|doing|write|wrote|writing|rewrite|rewrote|"
	    "rewriting) (the |their |his |her )?(coursework|nea|exams?|"
	    "answers|controlled assessments?)\\b|\\b(fiddle|fiddles|"
	    "fudge|fudges|fake|fakes|doctor|doctors|massage|massages|"
	    "inflate|inflates|cook|cooks|rig|rigs) (the|their|its|our) "
	    "(books|accounts|results|figures|marks|grades|registers?|"
	    "attendance|records|data|logs?|minutes|numbers|coursework)\\b|"
	    "\\b(lied|lies|lying|lie) (to|about)\\b|\\bdeliberately "
	    "(alter|altered|changed|hid|misled|lied|falsified|backdated|"
	    "deleted|withheld|ignored|excluded|targeted|left)\\b" },
	/* humiliation told without a word for it: children's marks read
	 * out or posted in rank from the bottom, a child's shame shown */
	{ C_ALLEGE, 0.55, "\\b(reads?|reading|read|calls?|calling|called|"
	    "announces?|announced|announcing|posts?|posted|posting|pins?|"
	    "pinned|puts?|putting|lists?|listed|ranks?|ranked|ranking) "
	    "(out |up )?[\\w' ]{0,30}(scores|marks|results|grades|"
	    "levels) [\\w' ]{0,25}(from )?(the )?(lowest|worst|bottom) "
	    "(to|up|upwards|first)\\b" },
	/* wrongs that are wrongs in one word, in any form */
	{ C_CRIME, 0.6, "\\b(blackmail(ed|ing|s)?|embezzl\\w+|"
	    "forg(ed|ing)(?! (ahead|on|(close |strong |new |lasting |"
	    "great |firm |good )?(links?|ties|bonds?|partnerships?|"
	    "relationships?|friendships?|connections?|a )))|forgery|"
	    "forgeries|brib(e|es|ed|ing|ery)|defraud\\w*|"
	    "extort(ed|ing|ion|s)?|molest\\w*|grop(e|ed|es|ing)|"
	    "sexually (assaulted|abused|harassed|touched)|raped?|rapist|"
	    "fraudulent(ly)?|fraudsters?|launder(ed|ing|s)?|child cruelty|"
	    "paedophiles?|predators?|kiddie fiddler|groomers?)\\b" },
	{ C_ALLEGE, 0.5, "\\b(intimidat(es|ed|ing)|bull(ies|ied|ying)|"
	    "harass(es|ed|ing)|victimis(es|ed|ing)|humiliat(es|ed|ing)|"
	    "belittl(es|ed|ing)|coerc(es|ed|ing)|pressur(es|ed|ing)) "
	    "(parents|staff|pupils|children|kids|families|teachers|"
	    "witnesses|girls|boys|students|us|me|them|him|her|my|our|the "
	    "(kids|children|pupils|girls|boys|staff|teachers|parents))\\b|"
	    "\\bthreaten(ed|s|ing)? (me|us|them|parents|staff|families|"
	    "my \\w+)? ?(to|with) (ban|exclude|sack|report|sue|expel|fail|"
	    "fine|take|call|a ban|exclusion|legal action|the police|social "
	    "services)\\b|\\b(cruel|cruelty|abusive|negligent|neglectful|"
	    "reckless(ly)?)\\b|\\b(could|might) have died\\b|"
	    "\\bnearly died\\b|\\b(refus(ed|es|ing)|wouldn'?t|won'?t|"
	    "didn'?t) (to )?(give|let|call|allow|administer|get) (her|him|"
	    "them|my|our|a|the) [\\w' ]{0,20}(inhaler|medication|medicine|"
	    "epipen|epi-pen|insulin|toilet|water|lunch|ambulance|first aid|"
	    "help|a drink)\\b|\\b(always|often|regularly|usually|"
	    "constantly|every (day|week|monday|morning)) (hungover|drunk|"
	    "tipsy|stoned|high|pissed|smells? of (drink|booze|alcohol|"
	    "weed))\\b|\\bsmell (it|alcohol|booze|drink|weed) on (her|"
	    "him|them)\\b|\\b(in|into) a cupboard\\b|\\blocked (in|into) "
	    "(a|the) (cupboard|room|toilet|office|store ?room)\\b|"
	    "\\bwatch(es|ed|ing)? (them|the girls|"
	    "the boys|girls|boys|pupils|kids|children) (change|changing|"
	    "undress\\w*|shower\\w*)\\b|\\b(swept|sweep|sweeping|brushed) "
	    "(it |this |that |everything )?under the (carpet|rug)\\b" },
	/* data leaked; claims reported; hiding and burying; a wrong named */
	{ C_ALLEGE, 0.55, "\\b(screenshots?|screenshotted|shares?|shared|"
	    "sharing|forwards?|forwarded|reads? out|read out|passes?|passed "
	    "on) (what|everything|things) (kids|children|pupils|students|"
	    "parents|families|we|you|they) (tell|told|say|said|write|wrote|"
	    "disclose|disclosed)\\b|\\bso much for (confidential\\w*|"
	    "safeguarding|privacy|data protection|gdpr)\\b" },
	{ C_ALLEGE, 0.55, "\\b(personal|medical|confidential|private|"
	    "sensitive|safeguarding|sen) (details|data|information|records|"
	    "files|notes)[^.?!]{0,60}(emailed|sent|leaked|shared|published|"
	    "posted|left|lost|exposed)\\b|\\b(emailed|sent|leaked|"
	    "shared|published|posted|lost|exposed) (out )?(the |our |their |"
	    "my \\w+'s |children'?s |pupils'? |families'? )?(personal|"
	    "medical|confidential|private|sensitive|safeguarding|sen) "
	    "(details|data|information|records|files|notes)\\b|"
	    "\\b(hid|hide|hides|hiding|"
	    "buried|bury|buries|burying|binned|ignored|ignoring|"
	    "suppressed|suppressing|sat on|sitting on) (the|their|all the|"
	    "our|my|every|any|his|her) [\\w ]{0,20}(reports?|complaints?|"
	    "grievances?|evidence|figures|incidents?|concerns?|disclosures?|"
	    "allegations?|truth|whistleblowing)\\b|\\b(was|is|it'?s|that'?s|"
	    "it was|that was|amounts to|amounted to) (bullying|harassment|"
	    "discrimination|victimisation|assault|theft|fraud|neglect|"
	    "racism|racist|sexual harassment|a cover-?up|corruption|"
	    "misconduct|illegal|unlawful),? (full stop|plain and simple|"
	    "pure and simple|no question)?|\\bwithout (a )?qualified "
	    "(teacher|staff|adult|first aider)\\b|\\bnot (even )?"
	    "qualified\\b" },
	/* done without telling: a cover-up only with more beside it */
	{ C_ALLEGE, 0.35, "\\bwithout telling\\b" },
	/* more of the vocabulary of wrongdoing, in general words */
	{ C_ALLEGE, 0.5, "\\b(swindl(e|ed|es|ing|er|ers)|conned (us|"
	    "parents|families|everyone|people)|fleec(ed|ing|es) (parents|"
	    "families|us|everyone)|(stitched|stitch|stitching|fitted|fit) "
	    "(him|her|them|us|me|my \\w+) up|framed (him|her|them|my "
	    "\\w+)|cronyism|on the (fiddle|make)|creative accounting|slush "
	    "funds?|off the books|(paid|pays|paying|payments?|money|cash|"
	    "deals?|bungs?|handed|given) under the table|under-the-table|"
	    "culture of (fear|bullying|"
	    "silence|secrecy|cover-?ups?|intimidation)|(bullying|toxic) "
	    "culture|leak(ed|ing|s)? (the )?(\\w+ )?(exam|test|paper|papers|"
	    "questions|answers)|abandon(ed|s|ing) (the|a|my|our|his|her) "
	    "(child|kids|class|children|pupils|son|daughter)|transphobic|"
	    "ableist|misogynist(ic)?|inappropriate(ly)? (with|towards?|"
	    "touch\\w*|comments?|behaviour|conduct|pictures|photos|texts?|"
	    "messages?)|(asked|asking|asks|ask) ((her|him|girls|pupils|"
	    "students|them) )?for (nudes|pictures|photos|pics)|"
	    "threaten(ed|s|ing) (my|a|the|our|his|her) (son|daughter|child|"
	    "kid|pupil|boy|girl|student))\\b" },
	/* money gone missing; lying; leering at pupils; prison deserved */
	{ C_ALLEGE, 0.55, "\\b(money|cash|funds|donations|takings|£[0-9,.]+k?|"
	    "[0-9,.]+k) (that )?(went|goes|has gone|had gone|have gone|"
	    "going|gone) missing\\b|\\bmissing (money|funds|cash|"
	    "donations)\\b|(?<!\\bi )(?<!\\bwe )(?<!\\bi've )\\b(has |have |"
	    "had )?lied\\b|\\b(is|are|was|"
	    "were) lying\\b|\\b(stares at|staring at|stared at|eyes up|"
	    "eyeing up|leers at|leering at|ogles|ogling|perves on|perving "
	    "on) (the |them |those |young )?(sixth ?form |year \\d+ |teenage "
	    "|little )?(girls|boys|pupils|kids|children|students|mums)\\b|"
	    "\\b(the way )?(he|she) (looks at|look at|is looking at) (the |"
	    "those |young )?(sixth ?form |year \\d+ |teenage |little )?"
	    "(girls|boys)\\b|\\bdirty old (man|git|perv)\\b|"
	    "\\b(put|thrown|locked up|sent|go|gone) (in|to|into) (jail|prison)"
	    "\\b|\\b(a )?danger to (children|kids|pupils|students|young "
	    "people)\\b" },
	/* near children where staff should not be; what was done to them */
	{ C_ALLEGE, 0.5, "\\b(hanging|hangs|hung|lurking|lurks|loitering) "
	    "(round|around|about|outside|by|near) (the )?(girls'?|boys'?|"
	    "kids'?|children'?s|pupils'?) (changing rooms?|toilets|showers|"
	    "dorms?|tents?)\\b|\\b(wet|soiled) (herself|himself|"
	    "themselves)\\b|\\bshould (be|get) (locked up|jailed|in "
	    "prison|in jail|arrested|prosecuted|struck off|behind bars)\\b|"
	    "\\bwhat (she|he|they) (did|has done|have done|does|'s done) to "
	    "(those|the|my|our|these|that|this|a|one|his|her) ((yr|year) ?"
	    "\\d+ |little |poor |young )?(kids|children|pupils|boys|girls|son|"
	    "daughter|lad|boy|girl|kid|child|pupil|student)\\b|"
	    "\\b(say|says|said|tell you|tells you|told us|"
	    "told me) one thing [^.?!]{0,50}(write|writes|wrote|put|puts|"
	    "record|records|recorded|do|does|did) (something|another|the "
	    "opposite|completely)\\b|\\b(shout|shouts|shouted|shouting|"
	    "scream|screams|screamed|screaming|swore|swears|swearing) at "
	    "(my|a|our|the|his|her) (\\d+ ?-?(year|yr)-? ?old|little one|"
	    "little boy|little girl|toddler|baby)\\b" },
	/* a complaint or evidence "lost", in scare quotes */
	{ C_ALLEGE, 0.4, "['\"](lost|mislaid|misplaced|forgot|forgotten|"
	    "deleted|misfiled|mislaid|accidentally deleted|never received|"
	    "no record of)['\"] (of )?(my|our|the|his|her|their|every|all "
	    "the|any) (\\w+ )?(complaints?|reports?|evidence|files?|records?|"
	    "letters?|emails?|paperwork|forms?|cctv|footage|logs?|"
	    "statements?|incident|concerns?|disclosures?|referrals?)\\b" },
	/* money beyond one's means; inspections gamed */
	{ C_ALLEGE, 0.45, "\\b(afford|affords|drive|drives|driving|"
	    "bought|buys|buying|living|lives|holidays?) [^.?!]{0,40} on (a|"
	    "his|her|their) [\\w' ]{0,20}(salary|wage|wages|pay)\\b|"
	    "\\b(ofsted|inspection|inspectors?|audit|auditors?) [^.?!]{0,60}"
	    "(suddenly|conveniently|magically|mysteriously)\\b|"
	    "\\b(suddenly|conveniently|magically|mysteriously) [^.?!]{0,40}"
	    "(ofsted|inspection|inspectors?|audit)\\b" },
	/* staff mistreating a child: hands on, or words at a child */
	{ C_ALLEGE, 0.5, "\\b(teacher|member of staff|staff|head|deputy|"
	    "ta|teaching assistant|principal|headteacher|he|she) "
	    "(grabbed|shoved|pushed|hit|slapped|kicked|punched|dragged|"
	    "threw|pinned|restrained|locked|shook|yanked) (him|her|them)\\b|"
	    "\\b(called|calls|calling|told|tells|telling) (him|her|them|my "
	    "(son|daughter|child|kid|boy|girl|lad)|our (son|daughter|"
	    "child|boy|girl)|a (child|pupil|student|kid)|the (kids|"
	    "children|class|pupils)) (he was |she was |they were |was |"
	    "were |is |are )?(a |an )?['\"]?(\\w+ )?(waste of (space|"
	    "oxygen)|thick|stupid|useless|idiots?|lazy|fat|ugly|retard\\w*|"
	    "dumb|pathetic|disgusting|failures?|losers?|animals?|"
	    "vermin|scum|brats?|worthless|nothing|a disgrace|slags?|sluts?|"
	    "whores?|cows?|bitch|idiots?|morons?|retards?|weirdos?|freaks?|"
	    "tramps?|chavs?|liars?|thie(f|ves)|bastards?|a baby|pathetic|"
	    "dumb|ugly|fat)\\b|"
	    "\\b(go back to (poland|pakistan|africa|romania|your (own )?"
	    "country|where (you|he|she|they) came from))\\b" },
	/* an inspection judges the quality of a school: its findings of
	 * failings are fair comment, not an accusation (a crime or a child
	 * left unsafe that it reports still is one) */
	{ C_QUALITY, 0, "\\b(ofsted|inspectors?|the inspection|the "
	    "inspectorate)( report)? (found|finds|said|says|judged|rated|"
	    "concluded|noted|criticised|identified|highlighted|graded|"
	    "reported)\\b|\\brequires? improvement\\b|\\btold to "
	    "improve\\b|\\bdowngraded\\b|\\brated (as )?(inadequate|"
	    "requires|good|outstanding)\\b" },
	/* silencing: a career threatened, or a word against speaking out */
	{ C_ALLEGE, 0.5, "\\bthreaten(s|ed|ing)? [\\w ]{0,25}with (a bad "
	    "reference|a poor reference|the sack|the sack|losing (his|her|"
	    "their) jobs?|disciplinary|a disciplinary)\\b|\\bif (she|he|"
	    "they|anyone|staff) (spoke|speaks|speak|went|goes|go) (out|up|"
	    "public|to the (press|papers|police|union|governors|lado|"
	    "council))\\b|\\btold (not to|never to) (speak|talk|say "
	    "anything|tell anyone|go to the (police|press))\\b" },
	/* a dismissal: news that implies a wrong */
	{ C_NEWS, 0.55, "\\b(got|been|was|were|being|get|gets|getting) "
	    "(sacked|fired|the sack|dismissed|marched out|let go for)\\b" },
	/* a deed to be made known: "everyone will know what she did" */
	{ C_ALLEGE, 0.5, "\\b(everyone|everybody|people|the world|the "
	    "whole (town|village|school|of \\w+)|all of \\w+) (knows?|will "
	    "know|to know|should know|needs? to know|is going to know|gonna "
	    "know|will find out|to find out|deserves? to know) (exactly )?"
	    "what (he|she|they|\\w+ \\w+|\\w+) (did|has done|'s done|have "
	    "done|really did|is really like|gets up to|got up to)\\b"
	    "(?! for\\b| to (help|save|support|raise)\\b)" },
	/* answers given to favoured pupils; relations with pupils */
	{ C_ALLEGE, 0.6, "\\b(giv(e|es|ing)|gave|hand(s|ed|ing)?|slip(s|ped|"
	    "ping)?|leak(s|ed|ing)?|show(s|ed|ing)?) [\\w' ]{0,30}the "
	    "answers (before|to|for|in|ahead)\\b|\\b(sleeping|slept|"
	    "sleeps|shagging|dating|seeing|having sex|had sex|"
	    "a relationship|an affair) with (one of (the|his|her) |a |an |"
	    "the |some of the )?(sixth ?form |year \\d+ |older |teenage |"
	    "young |female |male )?(pupils?|students?|sixth ?form(ers)?|"
	    "girls?|boys?|kids|year \\d+s?|a (15|16|17)[ -]year[ -]old)\\b" },
	/* a child hurt, as the outcome of what was done */
	{ C_ALLEGE, 0.35, "\\b(ended|ending|end) up (in|at) (a&e|"
	    "hospital|casualty)\\b|\\brushed to (a&e|hospital)\\b|"
	    "\\bneeded (stitches|an ambulance|treatment)\\b|"
	    "\\b(where was|where were) (security|the staff|the teachers|"
	    "supervision|safeguarding|anyone)\\b" },
	/* a stranger let in among children */
	{ C_ALLEGE, 0.5, "\\blet (a |some )?(random |strange |unknown )?(man|"
	    "men|stranger|strangers|adult|adults) (walk|wander|come|get|go) "
	    "(in|into|onto|round)\\b" },
	/* police or security removing someone from a school */
	{ C_NEWS, 0.6, "\\b(escorted|marched|frogmarched) (off|out of|"
	    "from|away from) (the )?(premises|site|building|school|"
	    "grounds)\\b|\\bled away (by|in) "
	    "(police|officers|handcuffs)\\b|\\bin handcuffs\\b|"
	    "\\b(police|officers|detectives) (turned up|came|arrived|"
	    "were) (at|to|in) (the )?(school|academy|his house|her house|"
	    "their house)\\b" },
	/* private spending put through the school: expenses fraud */
	{ C_CRIME, 0.6, "\\b(putting|put|puts|claiming|claimed|claims|"
	    "charging|charged|billing|billed|expensing|expensed) (his|her|"
	    "their) (own |family |private |personal )?(holidays?|trips?|"
	    "meals?|dinners?|shopping|car|petrol|wedding|house|home|phone "
	    "bills?|drinks) (through|as (expenses|training|a business|work)|"
	    "on (the )?(school|trust|academy|expenses|company)('?s)?"
	    "( credit)?( card)?)\\b" },
	/* pupils' answers and papers tampered with */
	{ C_ALLEGE, 0.6, "\\b(changed|changing|changes|altered|altering|"
	    "rewrote|rewriting|rewritten|tampered with|tampering with|"
	    "filled in|doctored) (my |his |her |their |the |our |pupils'? |"
	    "kids'? |children'?s )?(\\w+'s |\\w+s' )?(sats |gcse |exam |test |"
	    "mock )?(answers|answer sheets?|papers|scripts|grades|marks)\\b"
	    "(?! (scheme|schemes|policy|system|systems|app|format)\\b)" },
	/* idioms of a sexual predator */
	{ C_ALLEGE, 0.35, "\\bon the prowl\\b" },
	{ C_ALLEGE, 0.5, "\\block up your (daughters|sons|kids|children)\\b|"
	    "\\bwandering hands\\b|\\bcan'?t keep "
	    "(his|her|their) hands (to|off)\\b|\\bhands-?on with the "
	    "(girls|boys|kids)\\b|\\ba bit too (friendly|close|touchy|"
	    "handsy) with (the )?(girls|boys|kids|pupils|students|year)\\b|"
	    "\\bhandsy\\b" },
	/* regulators: self-reports, notices, findings */
	{ C_NEWS, 0.55, "\\b(reported|referred) (itself|themselves|"
	    "the school|the academy|the trust|it|him|her) to (the )?"
	    "(information commissioner|ico|ofsted|police|charity "
	    "commission|dfe|department for education|esfa|lado|"
	    "education and skills funding agency|local authority|"
	    "teaching regulation agency)\\b|\\bnotice to improve\\b|"
	    "\\b(auditors?|investigators?|(a|an|the) (internal |independent |"
	    "external |financial |forensic )?(review|audit|investigation|"
	    "report)) (found|identified|uncovered|revealed|"
	    "highlighted) (serious )?(weaknesses|failings|irregularities|"
	    "breaches|failures|concerns|evidence|wrongdoing|misconduct|"
	    "that)\\b|\\b(it is|it'?s|it was) (alleged|claimed) that\\b" },
	/* a conviction of someone who works at the school */
	{ C_NEWS, 0.6, "\\b(who|that) (works|worked|teaches|taught|is "
	    "employed|was employed) (at|for) [^.?!]{0,80}(fined|convicted|"
	    "jailed|sentenced|banned from|disqualified from|charged|"
	    "arrested|cautioned|pleaded guilty|found guilty)\\b" },
	/* a public body looking into a person's claims or conduct */
	{ C_NEWS, 0.6, "\\b(is|are|has been|have been|was|were) "
	    "(examining|investigating|looking into|reviewing|scrutinising|"
	    "scrutinizing|probing|auditing) ([a-z£0-9,']+ ){0,3}(expense "
	    "claims|expenses|claims|spending|payments|contracts|invoices|"
	    "allegations|complaints|conduct|finances)\\b" },
	/* news reports of charges and investigations */
	{ C_NEWS, 0.6, "\\b(urgent|emergency|unannounced|snap) "
	    "(inspection|investigation|review|audit|visit)\\b|\\b(concerns?|"
	    "complaints?|allegations?|claims?|reports?) (about|over|"
	    "regarding|relating to|of) (safeguarding|the conduct|conduct|"
	    "misconduct|finances|financial|the finances|bullying by|abuse|"
	    "a teacher|a member of staff|staff|the head|the principal)\\b|"
	    "\\b(launched|opened|began|started|ordered|announced) an? "
	    "[\\w ]{0,25}(investigation|inquiry|probe|review|inspection|"
	    "audit)\\b|\\b(police|officers|detectives) (were|have been|are|"
	    "had been) (called|investigating|looking into|alerted)\\b|"
	    "\\bsuspended (pending|while|whilst|after|following|on full pay)"
	    "\\b|\\b(sacked|dismissed|fired|removed|struck off|barred|"
	    "banned) (after|over|for|following) (a |an )?[\\w ]{0,25}"
	    "(investigation|complaint|allegations?|inquiry|misconduct|"
	    "hearing|relationship|messages|incident)\\b|\\b(misconduct|"
	    "disciplinary|conduct) (panel|hearing|case|proceedings)\\b|"
	    "\\b(rumou?rs?|claims|allegations|posts) (circulating|going "
	    "round|going around|on social media|online) (that|about)\\b" },
	/* news reports of charges and investigations */
	{ C_NEWS, 0.65, "\\b(charged with|been charged|arrested|under "
	    "arrest|on suspicion of|convicted|"
	    "pleaded guilty|pleaded not guilty|suspended|banned from teaching|"
	    "(appear|appeared|appearing|appears|up) (before|at|in) [\\w' ]{0,30}"
	    "court|in court|crown court|magistrates'? (court|list)|"
	    "struck off|professional conduct panel|teaching regulation agency|"
	    "misconduct|gross misconduct|disciplinary|tribunal|under "
	    "investigation|investigation (into|takes place|is carried out)|"
	    "launched an? (independent |formal )?investigation|(are|is|were) "
	    "investigating|(is|are|was|were|being) investigated|investigate[sd]? "
	    "(a|the) (report|complaint|claim|matter|allegation)|inquiry into|"
	    "probe into|police (are|were) (called|investigating)|referred to "
	    "(the )?(police|lado)|accused of|allegations? (of|that|against)|"
	    "alleged(ly)?|done for|jailed|sentenced|imprisoned|found guilty|"
	    "guilty of|cautioned|facing (a |an )?(disciplinary|hearing|"
	    "investigation|charges?|trial))\\b" },
	/* a cover-up, a safeguarding check skipped, a vote rigged, a job
	 * or a place given to a friend, results gamed */
	{ C_ALLEGE, 0.6, "\\btold (her|his|their|the|my|our|us|me|them|"
	    "parents|the family|families|staff) (\\w+ )?not to (go to|call|"
	    "contact|report (it )?to|involve|tell|ring) (the )?police\\b|"
	    "\\b(binned|destroyed|rigged|fiddled|tampered with|shredded) "
	    "(the )?(ballot papers|ballots|votes|vote|election|count)\\b" },
	{ C_ALLEGE, 0.5, "\\b(nobody|no one|no-one|never) (ever )?(checked|"
	    "asked for|asked to see) [\\w' ]{0,25}\\b(dbs|references|"
	    "background checks?)\\b|"
	    "\\b(job|post|position|contract)\\b[\\w' ]{0,40} (was |were )?"
	    "never (advertised|interviewed for)\\b|"
	    "\\b(bumped|moved|pushed|put|slipped) [\\w' ]{0,30}(daughter|"
	    "son|child|kid|friend|niece|nephew|mate|family|boy|girl)s? (up|"
	    "to the top of) the (waiting|reception|admissions?|nursery|"
	    "year 7|school) (list|queue)\\b|"
	    "\\b(against|in breach of|breach(es|ed)?|breaking|broke) the "
	    "admissions code\\b|"
	    "\\bgam(ed|ing) (an|the|their) (inspection|ofsted|system|"
	    "league tables?)\\b|"
	    /* "send the kids with the worst behaviour off on a trip every
	     * time Ofsted are in" */
	    "\\b(send|sends|sent|take|takes|took|keep|keeps|kept|ship|"
	    "ships|shipped|pack|packs|packed) (the |some |certain |their )?"
	    "(kids|pupils|children|students|year \\d+s?)\\b[\\w' ]{0,40} "
	    "(off|away|out|home)\\b[^.?!]{0,40}\\b(when|whenever|every time|"
	    "each time|while|as soon as) (ofsted|the inspectors?|inspectors|"
	    "the inspection)\\b|"
	    "\\b(reduced timetables?|off-?rolled|off-?rolling|told to stay "
	    "(at )?home|taken off the roll)\\b[\\w' \"]{0,40}\\b(sats|"
	    "ofsted|inspection|inspectors|league tables?)\\b" },
	/* records doctored to look better; pupils pushed off the roll; a
	 * job given to family */
	{ C_ALLEGE, 0.55, "\\b(chang|fiddl|alter|doctor|massag|fudg|cook)(e|es|"
	    "ed|ing) (the )?(absence|attendance|exam|test|sats|gcse|"
	    "assessment) (codes|figures|marks|numbers)\\b(?! (from|in|next|"
	    "for the new))|\\bso (the|their|our|its) [\\w' ]{0,30}"
	    "(figures|numbers|stats|statistics|data|results) (look|looked|"
	    "would look) (better|good|great)\\b|\\b(encouraged|pushed|"
	    "pressured|persuaded|forced|leaned on)[\"']? (in)?to (home ?ed|"
	    "home educat\\w+|elective home education|go elsewhere|"
	    "find another school)\\b|\\b(job|post|position|contract) "
	    "went to (his|her|their|(\\w+ )?\\w+'s) (niece|nephew|son|daughter|"
	    "wife|husband|mate|friend|best friend|cousin|sister|brother|"
	    "partner|girlfriend|boyfriend)\\b" },
	/* records destroyed before an audit or an inspection; contracts
	 * let without a tender, an interest not declared */
	{ C_ALLEGE, 0.6, "\\b(made|told|got|had) [\\w' ]{1,40} (delete|"
	    "destroy|shred|bin|wipe|get rid of) [\\w' ]{0,30}(complaint "
	    "emails|complaints|evidence|records|logs|minutes|incident "
	    "(forms|reports)|safeguarding (notes|records|logs))\\b" },
	{ C_ALLEGE, 0.5, "\\b(no|without (a|any)) (public |open |"
	    "competitive )?(tender|tendering)\\b|\\b(didn'?t|did not|"
	    "failed to|never) declare[ds]? (an|his|her|their|the|a) "
	    "(family |financial |business |personal |commercial |pecuniary "
	    ")?(conflict of )?interests?\\b" },
	/* money that went astray: "that money went somewhere and it
	 * wasn't to the families it was meant for" */
	{ C_ALLEGE, 0.55, "\\b(that|the|this|our|all that) (money|cash|"
	    "funding|funds|grant) (went|has gone|goes|disappeared|vanished) "
	    "(somewhere|elsewhere)\\b|\\bwhere (did|has|have) (the|that|"
	    "all the|all that|our) (money|cash|funding|funds) (go|gone)\\b|"
	    "\\b(wasn'?t|weren'?t|never went) (to|on) the (families|kids|"
	    "children|pupils|students) (it was|they were) (meant|intended) "
	    "for\\b" },
	/* staff in private touch with pupils: "half her set have Nowicki
	 * on Snapchat and he keeps streaks going with some of them",
	 * "sends them memes late at night" */
	{ C_ALLEGE, 0.5, "\\b(he|she|sir|miss|(mr|mrs|ms|dr) \\w+) "
	    "(keeps?|keeping|kept) (snap(chat)? )?streaks (going )?with "
	    "(some of )?(them|pupils|students|kids|girls|boys|my)\\b|\\b(he|"
	    "she|sir|miss|(mr|mrs|ms|dr) \\w+) (messages|messaged|texts|"
	    "texted|snaps|snapped|dms|dmed|sends|sent) (them|pupils|students|"
	    "kids|girls|boys|my (son|daughter|kid|lad|girl))[\\w ]{0,25} "
	    "late at night\\b|\\bhave (him|her|sir|miss|(mr|mrs|ms|miss|"
	    "dr) \\w+) on (snapchat|snap)\\b" },
	/* a news report of a complaint being looked into: "is understood
	 * to be the subject of a complaint", "has stepped back while the
	 * trust reviews" */
	{ C_NEWS, 0.6, "\\b(is|was|are|were|been|being) (understood to "
	    "be |said to be |believed to be |now )?the subject of (a|an) "
	    "(formal |police |internal |independent )?(complaint|"
	    "investigation|probe|referral)\\b|\\bstepped "
	    "(back|aside|down) (from (her|his|their) (role|post|duties) )?"
	    "(while|pending|whilst)\\b" },
	{ C_INSINUATE, 0.3, "\\b(definitely|absolutely|obviously|of course|"
	    "clearly) nothing to do with\\b" },
	/* a rumour named, even to deny it, carries it on */
	{ C_INSINUATE, 0.2, "\\b(started|starting|spreading|spread|"
	    "repeating|passing on) (that|this|the|these|those) rumou?rs?\\b|"
	    "\\bthe rumou?rs? (that|about|going round|going around)\\b" },
	/* a question that tells of a lie: "why did the head tell the
	 * governors ... when" */
	{ C_ALLEGE, 0.55, "\\bwhy did [\\w' ]{1,40} (tell|assure|promise|"
	    "inform) (the )?(governors|parents|ofsted|inspectors|trust|"
	    "council|board|families|everyone|us) [^.?!]{1,100}\\bwhen\\b" },
	/* a match's result: "beat St Aldhelm's 3-1", "battered them 5-0" */
	{ C_IDIOM, 1.0, "\\b(beat|beats|beaten|beating|thrashed|hammered|"
	    "smashed|battered|destroyed|demolished|crushed|hammer) [\\w' ]"
	    "{1,40}\\b\\d{1,3} ?(-|–|to|nil) ?\\d{0,3}\\b" },
	/* a correction: the report named the wrong school or person */
	{ C_IDIOM, 1.0, "\\b(wrongly|incorrectly|mistakenly|erroneously) "
	    "(said|stated|reported|named|suggested|identified|claimed|"
	    "described)\\b" },
	/* insinuation */
	{ C_INSINUATE, 0.3, "\\b(funny how|funny that|amazing how|interesting "
	    "that|interesting how|strange how|odd how|draw your own "
	    "conclusions|just asking( questions)?|just saying|i'?m not saying|"
	    "not saying|nothing to see here|ask around|look it up|ask (him|"
	    "her|them|dr \\w+|mr \\w+|mrs \\w+|ms \\w+|the \\w+) (where|why|how|"
	    "about)|you know what (i mean|that means)|is it true|"
	    "i wonder why|makes you (wonder|think)|coincidence|no smoke "
	    "without fire|says it all|say no more|rumour has it|word is|"
	    "you didn'?t hear it from me|connect the dots|conveniently|"
	    "won'?t say|dodgy|shady|fishy|wonder how|apparently|"
	    "never (gets|get|got|seems to get) (pulled up|told off|"
	    "disciplined|challenged|questioned|in trouble)|gets away with "
	    "(anything|everything|murder|it)|"
	    "nice work if you can get it|allegedly|make of that what you "
	    "will|something (isn'?t|is not|ain'?t) right|i suppose|"
	    "if you know what i mean|read between the lines|asking because|"
	    "convenient|conveniently|eh\\?|if true|not accusing anyone|"
	    "not pointing fingers|i'?ll say no more|enough said|"
	    "lined up perfectly|coincidentally|surprise surprise|"
	    "who'?d have thought|go figure|asking for a friend|"
	    "(pure|total|complete|sheer) coincidence|coincidence i'?m sure|"
	    "not saying anything|strange that|odd that|curious how|"
	    "curious that|weird how|a little bird|little birdie|"
	    "(some|those) of us (who were there |who were around )?"
	    "(remember|have (long|longer) memories)|"
	    "(have|has) (long|longer) memor(y|ies) than|"
	    "if you get my drift|know what i'?m saying|"
	    "(we|we'?ve|everyone|everybody|we all|you all|y'?all) (all )?"
	    "(know|knows|knew) why|ask anyone (who|whos|who'?s|that)|"
	    "(everyone|everybody|half|all) (in|of) [a-z0-9]+ knows)\\b|"
	    "\\xf0\\x9f\\xa4\\x94|\\xf0\\x9f\\x91\\x80|\\xf0\\x9f\\x98\\x89|"
	    "\\xf0\\x9f\\xa4\\x90|"
	    /* money asked for and never accounted for */
	    "\\bno (accounts|receipts|breakdown|figures) (shown|published|"
	    "given|seen|provided|shared)\\b|\\bnever (seen|shown|published|"
	    "shared) (the|any) (accounts|receipts|figures)\\b" },
	{ C_INSINUATE, 0.2, "[\"'](lost|estimated|dealt with|monitored|"
	    "mislaid|misplaced|error|consultancy|expenses|sick leave|"
	    "consultant|training|research|business trip|conference|"
	    "appropriate|neutral act|restructure|restructuring|"
	    "accident|oversight|mistake)[\"']|"
	    "\\xf0\\x9f\\x99\\x83" },
	/* scare quotes: a word or three held at arm's length ("'lost' my
	 * complaint", "on a 'trip'") */
	{ C_INSINUATE, 0.2, "(?<![a-z])(?<!what a )(?<!what an )(?<!word )"
	    "(?<!called )(?<!spell )'[a-z]+( [a-z]+){0,2}'(?![a-z])|"
	    "(?<![a-z])(?<!what a )(?<!what an )(?<!word )(?<!called )"
	    "(?<!spell )\"[a-z]+( [a-z]+)?\"(?![a-z])" },
	/* a past the writer says some remember: "remember why Mr Okafor
	 * suddenly stopped going on school trips" */
	{ C_INSINUATE, 0.3, "\\b(remember|know|knows|recall|ask why|ask "
	    "yourself why|wonder why) why (mr|mrs|ms|miss|dr|he|she|the head|"
	    "the deputy|the teacher|[a-z]+) ?[a-z]* (suddenly|quietly|"
	    "abruptly|mysteriously|never|stopped|left|was moved|was "
	    "suspended|resigned|disappeared|no longer)\\b" },
	/* a claim passed on; a past to look up */
	{ C_INSINUATE, 0.3, "\\b(parents|staff|families|pupils|sources|"
	    "insiders|witnesses|teachers|people|mums|dads|neighbours) "
	    "(claim|claimed|allege|alleged|say|said|report|reported) "
	    "that\\b|\\b(parents|staff|families|sources|insiders) "
	    "(claim|allege)\\b|\\b(left|leave|leaving|quit) (his|her|"
	    "their) (last|previous|old) (job|school|post|role|trust)\\b|"
	    "\\bwhy did [^.?!]{0,40} really\\b|\\b(the head|the school|"
	    "the academy|the trust|governors) (knows|knew)( about it| all "
	    "along| full well)?\\b" },
	/* wonder that someone is still employed: something should have
	 * ended it */
	{ C_INSINUATE, 0.3, "\\bstill (has|have|got|in) (a|his|her|their|"
	    "the) jobs?\\b|\\bstill (allowed|let|employed|teaching|working "
	    "there|working with (kids|children))\\b|\\bhow (is|has|does) "
	    "(he|she|they|\\w+) still (got a job|have a job|employed|teach|"
	    "teaching|working)\\b|\\b(after|for|given|considering) what "
	    "(he|she|they) (did|has done|'s done|have done)\\b" },
	/* phrases whose whole purpose is to insinuate */
	{ C_INSINUATE, 0.4, "\\b(make of that what you will|draw your own "
	    "conclusions?|read between the lines|(i'?ll )?say no more|"
	    "enough said|connect the dots|no smoke without fire|funny that|"
	    "funny how|you do the maths|ask yourself (why|how|where|who|"
	    "what)|i'?ll let you (decide|work it out|draw)|let'?s just say|"
	    "(find it|isn'?t it|is it not|it'?s|is it "
	    "just me or is it) (odd|strange|funny|curious|interesting|"
	    "weird|suspicious) (that|how)|i'?m not saying [^.?!]{0,60}? but|"
	    "what (are|is) (they|he|she) (hiding|covering up)|"
	    "#?follow ?the ?money|where('s| has| did| is) (the|our|all (the|"
	    "that)|that) money (gone|go|went)|(?<!to )(?<!i )(?<!we )"
	    "google (it|him|her|his name|her name)|look (it|him|her) up|do your "
	    "(own )?research)\\b" },
	/* assertion */
	{ C_ASSERT, 0.1, "\\b(everyone knows|it'?s in the accounts|i'?ve got "
	    "(photos|proof|evidence|screenshots)|saw the statements|"
	    "(my|a) (friend|sister|mate|brother|cousin)('?s)? (on|works|"
	    "worked|was)|ask any|documents seen|genuinely|it'?s on the|"
	    "got caught|knew and|can confirm|fact|facts|for years|"
	    "someone told me|i'?ve heard|i heard|i'?m told|scandalous|"
	    "disgraceful|shameful|"
	    "regularly|every (day|week|time))\\b" },
	/* opinion */
	{ C_OPINION, 0.2, "\\b(i think|i feel|imo|imho|in my opinion|"
	    "personally|seems|i reckon|tbh)\\b" },
	/* criticism */
	{ C_CRITIC, 0.5, "\\b(shambles|poor|poorly|ridiculous|not impressed|"
	    "never (replies|answers|actually)|no reply|waffle|too much|"
	    "sort (it |its |their )?(out|communication)|get a grip|out of "
	    "(his|her|their) depth|isn'?t working|not good enough|"
	    "disappointed|disappointing|appalling|terrible|awful|worst|"
	    "rubbish|chaotic|overstretched|steep|priorities|"
	    "complain(ed|t|ts)?|furious|fed up|unacceptable|[12] stars?|"
	    "useless|poor call|rethink|hasn'?t happened|still hasn'?t|"
	    "nothing changed|isn'?t worth|great communication|as ever|"
	    "generous|miserable|shrugs|waste of|bigger problems|"
	    "no family time|over the top|excludes|out of date|rushed|"
	    "lost its way|left out|too focused|late again|needs to sort|"
	    "took weeks|won'?t give|failing|let down|ignored|daylight robbery|"
	    "rip-?off|overpriced|extortionate|too expensive|hopeless|"
	    "frustrat\\w+|fuming|heartless|shocking|not acceptable|"
	    "should be ashamed|don'?t care|couldn'?t care less|"
	    "not happy|unhappy|disproportionate|patronising|out of touch|"
	    "in chaos|nobody (is )?telling|falling apart|ancient)\\b|"
	    "\\xf0\\x9f\\x99\\x84|\\xf0\\x9f\\x98\\xa4|\\xf0\\x9f\\x98\\xa1" },
	/* sarcasm: praise undone by what follows */
	{ C_CRITIC, 0.5, "\\b(great|brilliant|love|lovely|fantastic|amazing|"
	    "well done|thanks|cheers|nice one)\\b[^.!?]{0,60}(as ever|as "
	    "usual|yet again|\\bagain\\b|\xf0\x9f\x99\x84|"
	    "\xf0\x9f\x99\x83|\xf0\x9f\x91\x8d\xf0\x9f\x91\x8d)" },
	/*
	 * Exposure as a threat: an angry poster's "the whole town will
	 * know where she lives" or "his address isn't hard to find" says
	 * the same as "I know where she lives" (the cue above); a question
	 * ("does anyone know where") is not one. Where he lives may be
	 * known for his Christmas lights: that wants the poster's intent
	 * ("I'll make sure everyone knows") beside it.
	 */
	{ C_THREAT, 0.35, "\\b(?<!anyone )(?<!anybody )(?<!you )(?<!does )"
	    "(?<!who )(?<!\\bi )(?<!\\bwe )(knows?|will know|"
	    "finds? out|will find out|found out) where (she|he|they|"
	    "\\w+ \\w+|\\w+) (li(ve|ves)|park(s)?|sleeps?)\\b" },
	{ C_INTENT, 0.2, "\\b(make|making|made) sure (the whole|"
	    "everyone|everybody|all of|people|the rest)\\b" },
	{ C_THREAT, 0.55, "\\b(home )?address (isn'?t|is not|"
	    "won'?t be|wouldn'?t be) (hard|difficult|that hard) to "
	    "find\\b|\\b(post|posting|posted|share|sharing|shared|"
	    "publish|publishing) (her|his|their) (home )?address\\b" },
	/* a veiled warning about the target's way to her car or out of
	 * his house: "she should think very carefully before walking to
	 * her car alone", not "before taking his car to the car park" */
	{ C_THREAT, 0.55, "\\bthink (very |really |long and hard |twice |"
	    "carefully |hard )+(before|about) (walking|going|getting|"
	    "heading|leaving|stepping) ((to|into|out of|back to|outside) )?"
	    "(her|his|their) (car|house|front door|home)\\b" },
	/*
	 * Neglect after a warning about a person or a danger: "was told
	 * about the driver and carried on using the firm", not "was warned
	 * about the snow and carried on with sports day" (a judgment). The
	 * speaker's own "we were told" is not the school's wrong.
	 */
	{ C_ALLEGE, 0.55, "\\b(?<!\\bwe )(?<!\\bi )(?<!\\bi was )"
	    "(?<!\\bwe were )(was|were|had been|got) (told|warned|"
	    "informed|made aware|alerted|tipped off) (about|of|that)\\b"
	    "[^.!?]{0,40}?\\b(driver|teacher|coach|man|woman|member of "
	    "staff|caretaker|ta|him|her|abuse|abuser|bully|bullying|"
	    "allegations?|concerns?|risk|danger|dangerous|unsafe|broken|"
	    "faulty|hazard|asbestos|allerg(y|ies)|assault|attack|injury|"
	    "disclosure)\\b[^.!?]{0,60}?\\b(and|but) (still |then |just )?"
	    "(carried on|kept (on )?"
	    "(using|employing|letting|sending)|continued to|did nothing|"
	    "ignored (it|them|us|the))\\b" },
	/* money that "never adds up": a hint of theft, which wants an
	 * insinuation or a wrong beside it to count */
	{ C_ALLEGE, 0.4, "\\b(money|accounts|books|figures|numbers|sums|"
	    "takings|funds?|budget|cash|expenses)\\b[^.!?]{0,40}?\\b(never|"
	    "don'?t|doesn'?t|didn'?t|does not|do not|did not|won'?t) "
	    "(quite |really |ever |seem to |seems to )?add up\\b" },
	/* sudden wealth just after: "a brand new Audi the week after" */
	{ C_INSINUATE, 0.3, "\\b(brand new|new) (car|\\w+ car|audi|bmw|"
	    "merc|mercedes|range rover|tesla|porsche|jag|jaguar|kitchen|"
	    "extension|hot tub|conservatory|rolex)\\b[^.!?]{0,30}\\b(the|"
	    "a|that|two|three|same|next) (week|weeks|month|months|day|"
	    "days|term) (after|later)\\b" },
	/* payment taken for an admission place: a bribe, however it is
	 * named (a parent's own deposit for a place is not one) */
	{ C_CRIME, 0.6, "\\b(take|takes|taking|took|taken|accept|accepts|"
	    "accepting|accepted|ask(s|ed|ing)? for|demand(s|ed|ing)?) "
	    "[^.!?]{0,40}?\\b(to|for|"
	    "in return for|in exchange for) (guarantee|secure|buy|swing|"
	    "get|jump)\\b[^.!?]{0,25}?\\b(reception|nursery|school|year "
	    "\\w+|sixth[- ]form|admissions?) (place|places|spot)\\b|"
	    "\\b(buy|buying|bought|sell|sells|selling|sold) (a |their |"
	    "school |reception )+places?\\b" },
	/* hyperbole of a performance: "his rap was criminal" */
	{ C_IDIOM, 1.0, "\\b(rap|song|singing|dancing|dance|moves|jokes?|"
	    "puns?|outfit|costume|jumper|tie|banter|karaoke|impression|"
	    "handwriting|taste in \\w+)\\b[^.!?]{0,45}\\b(is|was|are|were|"
	    "'s) (absolutely |frankly |just |actually |honestly |pretty |"
	    "properly )?criminal\\b" },
	/*
	 * Mistreatment told as a story, without its word: a child made to
	 * sit, left or kept somewhere harsh ("left my daughter standing
	 * outside in the rain", "made him sit his mocks in a corridor on
	 * his own"). Only the harsh place is the hit (\K), so that "made my
	 * son sit" beside it counts as a second cue.
	 */
	{ C_ALLEGE, 0.45, "\\b(made|make|makes|making|forced|forces|"
	    "forcing|kept|keeps|keeping|left|leaves|leaving|put|puts|"
	    "putting|stood|stands) (him|her|them|my son|my "
	    "daughter|my child|my boy|my girl|my lad|our son|our daughter|"
	    "a child|the kids|the children|the little ones|the \\w+ ones|"
	    "the ones|a "
	    "\\w+ year old)\\b[^.!?]{0,50}?\\K\\b(on (his|her|their) "
	    "own(?! (merits?|initiative|accord|terms|two feet))|alone|by "
	    "(himself|herself|themselves)|in (a|the) (corridor|"
	    "cupboard|store ?room|cold|dark)|outside in the "
	    "(rain|cold|snow|dark))\\b" },
	/* the deprived, a wrong only with more beside it (a rule may bar
	 * water from a lab): "wasn't allowed a drink all afternoon" */
	{ C_ALLEGE, 0.45, "\\b(not|wasn'?t|weren'?t|never|isn'?t) "
	    "(allowed|let) (to )?(go to the toilet|use the toilet|the "
	    "toilet|a drink|a drink of water|water|eat|drink|(his|her|"
	    "their) (lunch|inhaler|medication|coat))\\b" },
	/* the restrained: "with her mouth taped shut" */
	{ C_ALLEGE, 0.55, "\\b(mouths?|hands|wrists|arms|legs) (taped|"
	    "tied|bound|strapped|cable-tied)( shut| together| to)?\\b" },
	/*
	 * Results gamed by removing pupils, told as what was done: "sent
	 * home every day so he wouldn't drag the figures down", "gets rid
	 * of the kids with SEN before exam season", "'advised' to home
	 * educate".
	 */
	{ C_ALLEGE, 0.55, "\\bso (he|she|they|it|the kids|the children) "
	    "(wouldn'?t|won'?t|didn'?t|doesn'?t|don'?t|couldn'?t) (drag|"
	    "bring|pull|affect|ruin|spoil|count against|show up in) "
	    "(down )?(the|our|their|its) (figures|results|stats|"
	    "statistics|numbers|scores|averages?|league tables?|data|"
	    "attendance)\\b|\\b(get|gets|getting|got) rid of (the )?"
	    "(kids|children|pupils|students|weaker \\w+)( with (sen|send|"
	    "special needs|additional needs|autism|adhd|an ehcp|ehcps))? "
	    "(before|ahead of) (the )?(exams?|exam season|gcses|sats|"
	    "results|census|year 11)\\b|\\b(advised'|encouraged|pressured|"
	    "pushed|persuaded|leaned on) (us |them |parents )?(in)?to "
	    "(home[- ]?educate|home[- ]?school|take (him|her|them) off "
	    "(the )?roll)\\b" },
	/* paperwork done without the child: "wrote his review without
	 * ever meeting him, then signed it as if she had" */
	{ C_ALLEGE, 0.5, "\\b(signed|wrote|filled in|completed|ticked "
	    "off|signed off)\\b[^.!?]{0,40}?\\bwithout (ever )?(meeting|"
	    "seeing|speaking to|talking to|assessing|observing) (him|"
	    "her|them|my son|my daughter|the child|the pupil)\\b|"
	    "\\b(signed|dated|recorded|logged|ticked) (it|them|the \\w+) "
	    "as if (she|he|they) had\\b" },
	/* favour and protection: "marks his favourites up", "does nothing
	 * because he's mates with the principal" */
	{ C_ALLEGE, 0.5, "\\b(mark|marks|marked|marking|grade|grades|"
	    "graded|grading) (his|her|their) (favourites|favorites|pets|"
	    "mates) (up|higher)\\b|\\bnothing because (he|she|they)('s|"
	    " is|'re| are| was| were) (mates|friends|pals|pally|best "
	    "mates|related|married|close)\\b" },
	/* a concern left to lie: "had the referral in her drawer for three
	 * months", "nothing happened until we went to the council" */
	{ C_ALLEGE, 0.55, "\\b(referral|complaint|report|concerns?|"
	    "disclosure)s? (sat |sitting |left |stayed )?in (her|his|"
	    "their|a|the|the \\w+'s|\\w+'s) (drawer|inbox|in-?tray|desk|"
	    "pile) for\\b|"
	    "\\bsat on (the|my|our|his|her|their|a) (referral|complaint|"
	    "report|concerns?|disclosure)\\b" },
	/* ...and inaction until outsiders came, a wrong only with more
	 * beside it (a bus shelter waits for the council too) */
	{ C_ALLEGE, 0.3, "\\bnothing (happened|was done|changed) (until|"
	    "till) (we|i|parents) (went|go|called|rang|phoned|contacted|"
	    "involved|wrote) (to )?(the )?(council|police|lado|local "
	    "authority|ofsted|press|papers|mp|social services)\\b" },
	/* protection that will end: "won't protect you forever" */
	{ C_THREAT, 0.55, "\\b(won'?t|can'?t|cannot|will not|isn'?t going "
	    "to) (be able to )?(protect|save|hide|shield) (you|him|her|"
	    "them) (forever|for ever|much longer|for long|from (me|us))\\b" },
	/* the target's family named, then a menacing tag: "has kids of her
	 * own. Just remember that." */
	{ C_THREAT, 0.3, "\\b(has|have|got|'s got) (kids|children|a family|"
	    "a daughter|a son|grandkids)( of (her|his|their) own)?\\b" },
	{ C_INTENT, 0.25, "\\bjust (remember|bear in mind|think about) "
	    "(that|this)\\b" },
	/* a veiled threat on the way home: the bus or route the targets
	 * take, the walk to a car after dark; a timetable is no threat */
	{ C_THREAT, 0.55, "\\b(we|i) know (which|what) (bus|buses|train|"
	    "route|way|road|path) (they|he|she|you) (get|gets|take|takes|"
	    "walk|walks|use|uses|go|goes)( \\w+)? home\\b|\\bhow (she|he|"
	    "they) gets? (back )?(home|to (her|his|their) car)\\b[^.!?]{0,40}"
	    "\\b(dark|night|alone|on (her|his|their) own)\\b|\\bwon'?t be "
	    "(so|as) (brave|hard|tough|cocky|mouthy|big|clever|smug) "
	    "(then|now|after)\\b" },
	/* dropped g: "gettin his head kicked in" */
	{ C_THREAT, 0.6, "\\b(gett?ing?|gonna get|going to get|will get|"
	    "'ll get|gets?) (his|her|their|your|the) (head|face|teeth|"
	    "jaw|legs?) (kicked|smashed|caved|knocked|punched|stoved|"
	    "booted|battered) in\\b" },
	/* a gun or blade by its slang name, brought somewhere */
	{ C_THREAT, 0.55, "\\b(bring|brings|bringin|bringing|carry|"
	    "carryin|carrying|pull|pullin|pulling|take|takin|taking) "
	    "(the|a|my|me|his|our) (strap|straps|burner|blicky|wap|ting|"
	    "shank|shotty|nina|rambo) (to|in|into|down|round|up)\\b|"
	    "\\b(i'?m|im|he'?s|hes|they'?re|theyre|we'?re|were) (strapped|"
	    "tooled up)\\b" },
	/* dialect theft: "nickin", "floggin it", "half-inching" */
	{ C_CRIME, 0.6, "\\b(nickin|nicking|pinchin|half[- ]?inch(ing|in|"
	    "ed)?) (the|our|all the|school|their)\\b|\\bflogg(ing|in|ed) "
	    "(it|them|the \\w+) (down|at|to|on) (the )?(scrappy|scrapyard|"
	    "scrap ?yard|scrap|pub|car boot|market)\\b" },
	/* a hand raised to children in dialect: "skelpin the wee ones" */
	{ C_ALLEGE, 0.6, "\\b(skelp(s|ed|in|ing)?|leatherin|belting|"
	    "wallopin|walloping|clatterin|battering) (the )?(wee ones|"
	    "weans|bairns|kids|children|pupils|bairn|wean)\\b" },
	/* a secret an adult keeps with a child, alone behind blinds: the
	 * shape of grooming without its name */
	{ C_CRIME, 0.6, "\\b(told|tells|telling|tell) (her|him|them|my "
	    "\\w+|the (child|girl|boy)) (it was|it's|it is|it were|to keep "
	    "it|that it was) [\"']?(their|our|a) (little |special )?"
	    "secret\\b|\\b(kept|keeps|keeping) [\\w ]{0,50}"
	    "(with|and) the (blinds|curtains) (down|drawn|shut|closed)\\b" },
	/* lifts home for pupils of one sex, asked about: misconduct
	 * insinuated by a rhetorical question */
	{ C_ALLEGE, 0.4, "\\b(offer|offers|offered|offering|give|gives|"
	    "giving|gave) (the )?([\\w ]{0,20} )?(girls|boys|pupils|"
	    "students|kids) (lifts?|rides?) (home|back)\\b" },
	{ C_INSINUATE, 0.3, "[\"'](left|resigned|retired|moved on|"
	    "missing|went missing|lost|disappeared)[\"']|\\bask "
	    "yourselves?( that| why| this)?\\b|\\bjust asking "
	    "questions\\b|\\bwhy do you think (he|she|they|mr|mrs|ms|"
	    "miss|dr|the head)\\b|\\bwhy (does|do|did|would) (he|she|they|"
	    "\\w+) (always|only ever|keep|still) (offer|give|take|keep|ask|"
	    "drive|message|text|invite)\\b" },
	/* a report or form that "goes missing": a cover-up, as a hint
	 * wanting a second cue (lost PE kit is no such thing) */
	{ C_ALLEGE, 0.35, "\\b(report|reports|form|forms|complaint|"
	    "complaints|referral|referrals|concern|concerns|record|"
	    "records|log|disclosure|file|statement)\\b[^.!?]{0,50}?"
	    "\\b(somehow|mysteriously|conveniently|then|always) "
	    "(go|goes|went|gone|going) missing\\b" },
	/* a count or a vote made to come out as wanted: "someone has
	 * binned them to get the answer you wanted" */
	{ C_ALLEGE, 0.35, "\\bto get the (answer|numbers?|figures?|vote|"
	    "count) (you|the trust|the school|the head|the governors|the "
	    "council) (wanted|needed|were after|was after)\\b|"
	    "\\bsomeone('s| has| have)? (binned|shredded|destroyed) (them|"
	    "the forms|our forms|the objections|the petition|the votes)\\b" },
	/* money gone the same time a new car turned up */
	{ C_ALLEGE, 0.4, "\\b(fund|funds|money|cash|takings|donations|"
	    "budget)\\b[^.!?]{0,30}\\b(went|go|goes|gone|going) "
	    "[\"']?missing\\b[^.!?]{0,60}\\b(same|that|which) (week|month|"
	    "term|year)\\b" },
	{ C_INSINUATE, 0.2, "\\b(bought|buys|buying|turned up in|turns up "
	    "in|drives|driving|got) (a |an )?(brand )?new (car|range rover|"
	    "audi|bmw|merc|mercedes|tesla|porsche|jag|conservatory|"
	    "extension|hot tub|kitchen)\\b" },
	/* hyperbole about oneself: "I will actually scream", "it's
	 * killing me" */
	{ C_IDIOM, 0.6, "\\b(i|i'?ll|i will|i'?m going to|im gonna|i'?m "
	    "gonna|i could|i might) (actually |literally |honestly |just )?"
	    "(scream|cry|die|explode|combust|lose it|lose my mind)\\b|"
	    "\\b(it'?s|this is|they'?re|you'?re) (literally |actually )?"
	    "killing me\\b" },
	/* scolding other commenters, not the school: "people slagging
	 * off the head should be ashamed" */
	{ C_IDIOM, 0.5, "\\b(people|those|anyone|whoever|folk|some of "
	    "you|the ones)( who are| who| that are| that)? (slagging|"
	    "slating|criticising|bad[- ]?mouthing|having a go at|attacking|"
	    "moaning about|trolling|picking on|sniping at)\\b" },
	/* swearing told of, not done: "effing and jeffing" */
	{ C_IDIOM, 1.0, "\\b(eff?ing|f[u*]cking) and (jeffing|blinding)\\b" },
	/* swearing at the roads and the weather, not a person */
	{ C_IDIOM, 0.6, "\\b(f[u*][c*][k*](ing|in)?|effing|bloody|"
	    "sodding|bleeding|bleedin) (roadworks|traffic|weather|rain|snow|"
	    "parking|potholes?|diversions?|cones|temporary lights|"
	    "queues?|council|printer|wifi|buses|trains|roads?)\\b" },
	/* a fault not charged: "accused of nothing", "pushed my son to run
	 * faster" */
	{ C_IDIOM, 1.0, "\\b(accused|suspected|guilty|charged|convicted) "
	    "of (nothing|no wrongdoing)\\b" },
	/* targets by role or group */
	{ C_ROLE, 0, "\\b(the head|heidie|the heidie|headteacher|head teacher|headmaster|"
	    "headmistress|the deputy|deputy head|principal|vice principal|"
	    "the vp|senco|teachers?|staff|slt|senior leaders?|leadership|"
	    "governors|chair of governors|ceo|chief executive|business "
	    "manager|bursar|office staff|exams officer|head of (pe|year|"
	    "\\w+)|pe teacher|pe department|member of staff|teaching "
	    "assistant|dinner ladies|trust hr|trust|trustees|the school|"
	    "the academy)\\b" },
	{ C_PUPILS, 0, "\\b(kids|pupils|students|children|chavs|brats|the lot "
	    "of them|every one of them)\\b" },
	/*
	 * Hearsay passes an allegation on as fact: "heard from someone in
	 * the office that...", "my cousin said...", "word is". It adds
	 * little on its own; the wrong it carries must be there.
	 */
	{ C_ASSERT, 0.1, "\\b(heard|hearing|been told|was told) (from|"
	    "through|via) (someone|somebody|a (friend|mate|parent|mum|dad|"
	    "teacher|member of staff))\\b|\\bmy (cousin|aunt|auntie|uncle|"
	    "sister|brother|mum|dad|mate|friend|neighbou?r|sister-in-law|"
	    "brother-in-law)\\b[^.!?]{0,40}?\\b(said|says|told me|reckons|"
	    "swears)\\b|\\bword (is|on the street is|has it)\\b|"
	    "\\b(someone|somebody|a (friend|mate|parent|mum|dad)) (who|"
	    "that) [\\w' ]{1,40}? (told me|tells me|said|says)\\b" },
	/* records falsified by staff: registers, marks, coursework */
	{ C_ALLEGE, 0.45, "\\b(chang|alter|edit|doctor|falsif|fak|"
	    "rewrit|rewrot|redo|redid|fiddl|tweak)(e|es|ed|ing|y|ies|ied|"
	    "ing|ote|ten|itten)? (the |their |his |her |all the |pupils'? |"
	    "kids'? |the kids'? |children'?s |students'? |the pupils'? |"
	    "the year \\d+ |year \\d+ )?"
	    "(registers?|attendance( figures| data| records)?|marks|"
	    "grades|coursework|nea|exam (papers|scripts|answers)|"
	    "scripts)\\b(?! (scheme|schemes|policy|system|systems|app|"
	    "format|over|to the new)\\b)" },
	/* ...to deceive an inspector or a reader of league tables */
	{ C_ALLEGE, 0.3, "\\bso (the|that the|their|our) (attendance|"
	    "figures|numbers|results|data|grades|stats)( figures)? "
	    "(look|looked|looks) (better|good|great|higher)\\b|\\bbefore "
	    "the (exam board|moderator|moderators|inspectors?|ofsted|"
	    "auditors?) (checked|came|arrived|looked)\\b" },
	/* a child shut away: "shuts the ones who talk in the cupboard" */
	{ C_ALLEGE, 0.55, "\\b(shut|shuts|shutting|lock|locks|locked|"
	    "locking) (the |my |our |a |some )?(kids|children|pupils|"
	    "child|boys?|girls?|him|her|them|little ones)\\b[^.!?]{0,30}? "
	    "in (the|a) ((stock|store|supply|cleaning|art|pe|sports|games) )"
	    "{0,2}(cupboard|store ?room|dark)\\b" },
	/* drugs, vapes or drink sold or given to pupils: a crime */
	{ C_CRIME, 0.6, "\\b(sell|sells|selling|sellin|sold|supply|supplies|"
	    "supplying|supplied|dealing|dealin|deals|flog|flogs|flogging|"
	    "flogged|giving|gives|gave|handing|hands|handed) (out )?(vapes?|drugs|weed|cannabis|alcohol|booze|"
	    "cigarettes|fags|pills|nitrous|ket|coke|cocaine|knives)\\b"
	    "[^.!?]{0,10}? (to|2) (the )?(kids|children|pupils|students|"
	    "minors|(year|yr|y) ?\\d+s?|under-?age)\\b" },
	/* a report sat on until outsiders had gone */
	{ C_ALLEGE, 0.55, "\\b(sat|sit|sits|sitting) on (it|this|that|"
	    "them)\\b[^.!?]{0,20}? (till|until|while|for months|for weeks)"
	    "\\b|\\b(kept|keep|keeping) (it|this|that|them|(the|a|"
	    "my|our|their|his|her|every) (\\w+ )?(complaints?|reports?|"
	    "allegations?|incidents?|referrals?|disclosures?|concerns?|"
	    "abuse|bullying|injury|injuries|accidents?|matter|whole "
	    "thing)) (quiet|hushed|under wraps|hidden|secret) (till|until|"
	    "while)\\b|\\b(till|until) "
	    "(the )?(inspectors?|inspection|ofsted|auditors?) (had )?"
	    "(been|gone|left)\\b" },
	/* barred from children: grave beside an insinuation */
	{ C_ALLEGE, 0.4, "\\b(barred|banned) from (working with|teaching)"
	    "( children| kids)?\\b" },
	/* a perk passed off as work, in scare quotes */
	{ C_ALLEGE, 0.45, "\\b(claim|claims|claimed|claiming|charged|"
	    "charging|billed|billing) (his|her|their) [\\w' ]{1,40} (as|"
	    "to) (a |an |the )?(['\"]|expenses|business)" },
	{ C_INSINUATE, 0.4, "\\basking for a friend\\b|\\b(you )?"
	    "could(n'?t| not) make (it|this) up\\b" },
	/* contracts and money that go to family: a wrong stated, or
	 * beside an insinuation */
	{ C_ALLEGE, 0.45, "\\b(contracts?|the work|the job|jobs|tenders?|"
	    "the money)\\b[\\w' ]{0,30}? (always |all |keeps? |still |"
	    "somehow )?(go|goes|"
	    "went|going|gone|given|awarded|handed) to (dr |mr |mrs |ms |"
	    "miss )?(his|her|their|the "
	    "\\w+'s|\\w+'s|a) (\\w+ )?(brother|sister|wife|husband|"
	    "partner|son|daughter|cousin|mate|friend|nephew|niece|"
	    "in-laws?)( in law)?\\b|\\bpay(s|ing)? (his|her|their) "
	    "(own )?(\\w+'s |\\w+ )?(brother|sister|wife|husband|partner|"
	    "son|daughter|cousin|mate|friend)('?s)?( in law('?s)?)? "
	    "(company|firm|business)\\b|\\bfor work that (never|"
	    "wasn'?t|isn'?t) (happens|happened|gets done|got done|done)"
	    "\\b" },
	{ C_ALLEGE, 0.3, "\\b(firm|company|business) (owned|run) by (the |"
	    "his |her |their )?(\\w+ )?(husband|wife|partner|brother|"
	    "sister|son|daughter|cousin|mate|friend)\\b|\\b(the trust|"
	    "the school|taxpayers?|the taxpayer|parents|we) (paid for it|"
	    "paid for the lot|picked up the (bill|tab)|footed the bill)\\b" },
	/* the school's money taken home, not to count or bank it; a
	 * crime only with hearsay, insinuation or a wrong beside it */
	{ C_CRIME, 0.45, "\\b(takes|took|taking|taken) (the )?[\\w' ]{0,20}"
	    "(money|budget|cash|funds|takings|donations) home\\b(?! to "
	    "(count|bank|check|sort|keep it safe))" },
	/* a target's car and when she leaves: a veiled threat */
	{ C_THREAT, 0.4, "\\b(she|he|they) (leaves|leave|drives out of|"
	    "walks to (her|his|their) car|gets to (her|his|their) car|"
	    "locks up)( the (car park|school|building|gates?|office))? "
	    "(at|around|about|every day at) (half|quarter|\\d)" },
	/* ...and her street or her hours alone: a warning only with
	 * "just saying" or a like cue of intent beside it */
	{ C_THREAT, 0.35, "\\b(lives|lived) (on|in|at|down|off) \\w+ "
	    "(road|street|lane|close|avenue|way|drive|crescent|gardens)"
	    "\\b|\\b(walks|jogs|runs|drives home|goes home) [\\w' ]{0,30}"
	    "(at|around|about|every) (half|quarter|\\d)" },
	{ C_INTENT, 0.15, "\\b(she|he) drives an? (\\w+ ){0,3}(car|"
	    "fiat|ford|audi|bmw|vw|mini|kia|nissan|toyota|vauxhall|"
	    "golf|polo|corsa|fiesta|\\d+)\\b" },
	/* an opinion's frame without "it's": "absolute scandal that" */
	{ C_FRAME, 0, "\\b(absolute|total|utter|complete|real) "
	    "(scandal|disgrace|joke|outrage) (that|how)\\b" },
	{ C_CRITIC, 0.5, "\\b(absolute|total|utter|complete|real) "
	    "(scandal|disgrace|joke|outrage) (that|how)\\b" },
	/* tears of laughter: a joke, not an accusation, though mockery
	 * laughed at is still abuse */
	{ C_JOKE, 0.2, "\\b(lol|lmao|haha\\w*)\\b|"
	    "(\\xf0\\x9f\\x98\\x82|\\xf0\\x9f\\xa4\\xa3)+" },
	/* an animal kept as a pet, and silence sponsored for charity */
	{ C_IDIOM, 1.0, "\\b(corn|pet|grass|milk|king|garter|rat|class|"
	    "school|guinea) (snakes?|rats?|pigs?)\\b|\\b(by|for|sponsored) "
	    "(keeping|staying|being) (quiet|silent)\\b|\\bsponsored "
	    "silence\\b" },
	/* a wish that the target never got home ("be a real shame if he
	 * didnt make it home one of these nights"), a car bomb hinted
	 * ("he has to start his car every morning"), a skull broken */
	{ C_THREAT, 0.5, "\\b(shame|pity) if (he|she|they|you|u|ya) "
	    "(didn'?t|did not|don'?t|doesn'?t|never|wouldn'?t|won'?t) "
	    "(make it|get|got) (back )?home\\b|\\bremember (he|she|they|"
	    "you|u) (has|have|'?s got|'?ve got) to start (his|her|their|"
	    "your|ur) car\\b" },
	/* a clock run down and long memories: "tick tock", "people round
	 * here have very long memories" */
	{ C_INTENT, 0.3, "\\btick,? tock\\b|\\b(very |really )?long "
	    "memories\\b" },
	/* mockery by a comparison: "sweats like the meat on the spit",
	 * "smells like a wet labrador", "someone buy him deodorant" */
	{ C_ABUSE, 0.6, "\\bsweats? like (a pig|a glassblower|the meat|a "
	    "kebab|a rapist|a paedo|a dog)\\b|\\b(smells?|stinks?|reeks?) "
	    "like (a )?(wet (dog|labrador)|tramp|sewer|bin|skunk|dead "
	    "\\w+|rotten \\w+)\\b|\\bsomeone (should |needs to |pls |"
	    "please )?buy (him|her|them) (some )?(deodorant|a personality|a "
	    "brain|a clue)\\b" },
	/* a scare that ended well: "found safe and well, panic over" */
	{ C_IDIOM, 0.2, "\\bsafe and well\\b|\\bpanic over\\b|\\bno harm "
	    "done\\b" },
	/* which car or house is the target's: a threat only beside
	 * another ("be careful walking back to that blue Fiesta. I know
	 * which one's hers") */
	{ C_THREAT, 0.3, "\\bi know which (one|car|house|door)('s| is) "
	    "(hers|his|theirs|yours)\\b" },
	/* the target's daily route known: "we know which bus u get" */
	{ C_THREAT, 0.5, "\\b(we|i|they) (know|kno|no|knw|know exactly) "
	    "(which|wot|what|where) (bus|stop|bus stop|house|street|road|"
	    "route|way home|car|door|train) (u|you|ya|he|she|they) (get|gets|"
	    "take|takes|catch|catches|live|lives|use|uses|walk|walks|drive|"
	    "drives|park|parks|leave|leaves)\\b" },
	/* what comes through the target's door, admired the line before:
	 * "the next thing through that door won't be the post"; "lovely
	 * house on Orchard Close, isn't it" */
	{ C_THREAT, 0.55, "\\b(next|only) thing (coming |going )?"
	    "(through|in through|thru) (that|your|ur|her|his|their|the) "
	    "(door|front door|window|windows|letterbox|windscreen)\\b"
	    "[^.!?]{0,12}\\b(won'?t|wont|will not|isn'?t|ain'?t) be\\b" },
	{ C_THREAT, 0.5, "\\b(lovely|nice|pretty|cosy|cute) (little )?"
	    "(house|home|car|front door) (on|you'?ve got|you got|she'?s got|"
	    "he'?s got)\\b[^.!?]{0,40}\\b(isn'?t it|innit|eh\\?)" },
	/* a lift home refused by force: "he won't be driving himself
	 * home", a hint wanting another */
	{ C_THREAT, 0.35, "\\b(won'?t|will not|wont) be (driving|walking) "
	    "(himself|herself) home\\b" },
	/* violence to come, its price already paid in the speaker's head:
	 * "put him through the sports hall window ... ill happily do time
	 * for it" */
	{ C_THREAT, 0.45, "\\b(put|throw|chuck|lob) (him|her|you|u|that "
	    "(man|woman|teacher|cow|prick)) (through|thru) (a|the|that|his|"
	    "her|their|your|ur)( [a-z]+){0,2} (window|wall|windscreen|"
	    "table|fence)\\b|"
	    "\\b(i'?d|i would|i'?ll|ill|i will|happy to|happily|gladly) "
	    "(happily |gladly |willingly )?(do|serve) (time|the time|a "
	    "stretch|bird)\\b|\\b(i'?d|i would|i'?ll|ill|i will|happy to|"
	    "happily|gladly) (happily |gladly |willingly )?go (down|to jail|"
	    "to prison) for (it|him|her|them)\\b" },
	/* where no one will see: "the lane behind the church hasn't got
	 * any cameras"; "he's got to leave that building at some point" */
	{ C_THREAT, 0.3, "\\b(hasn'?t|haven'?t|has not|have not|there'?s "
	    "no|there are no|without|no) (got )?(any )?(cctv|cameras?)\\b" },
	{ C_THREAT, 0.35, "\\b(he|she|they)('s| has|'ve| have) (got )?to "
	    "(leave|come out of|walk out of) (that|the|his|her|their) "
	    "(building|school|"
	    "office|place|gates)( at some point| sometime| eventually| "
	    "one day)\\b" },
	{ C_INTENT, 0.2, "\\b(don'?t|dont) say (i|we) (didn'?t|didnt|did not) "
	    "warn (u|you|ya|yer|them|him|her)\\b" },
	{ C_INTENT, 0.15, "\\bthink on\\b|\\b(waiting|waitin) (in|by|at) the "
	    "(car park|gates|school gates|bus stop)\\b|\\ba proper [a-z]+ "
	    "welcome\\b" },
	/* something brought into the school that outdoes its drills:
	 * "bringin sumthin in2 harrowdn ... make the fire drill look like
	 * a party" */
	{ C_THREAT, 0.35, "\\b(bring|bringing|bringin|brin|taking|takin) "
	    "(sumthin|something|summat|smth|somethin|a little surprise|a "
	    "surprise) (in|into|in2|to|inside)\\b|\\bmake the (fire "
	    "drill|fire alarm|lockdown|evacuation)s? look like\\b" },
	/* "ur actually dead at lunch", "ur getting it behind the mobiles" */
	{ C_THREAT, 0.55, "\\b(ur|u r|you'?re|youre) (actually |so |well |"
	    "literally |proper )?dead(?= +(?:at|after|behind|when|wen|tmrw|"
	    "2moro|tomorrow|on|outside|by)\\b)|"
	    "\\b(ur|u r|you'?re|youre) (actually |so |well |literally |"
	    "proper )?(getting it|gettin it|gonna get it|going to get it)"
	    "(?= +(?:behind|outside|round the back|after school|at lunch|at "
	    "break|wen|tmrw|2moro)\\b)" },
	/* a child's sanction as the condition: "exclude my boy again
	 * and ..." */
	{ C_INTENT, 0.2, "\\b(exclude|exclud|detain|isolate|touch|punish|"
	    "give) (my|our) (boy|girl|son|daughter|lad|kid|child|little "
	    "one)[^.!?]{0,30}\\b(again|one more time|another)\\b[^.!?]{0,4}"
	    "\\band\\b" },
	/* waiting at someone's car or door; a "chat" they won't enjoy */
	{ C_THREAT, 0.5, "\\b(i'?ll|ill|i will|we'?ll|we will|i'?m gonna|"
	    "im gonna|i'?m going to|we'?re going to|we'?re gonna) be "
	    "(waiting |stood |standing )?(outside|at|by|next to|round|beside) "
	    "(his|her|their|your|ur|ya) (car|house|home|front door|door)\\b"
	    "(?! (from|to help|to collect|to drop|to pick|for (the|a|her|his) "
	    "(party|drinks|lift|pick)))" },
	{ C_THREAT, 0.3, "\\b(won'?t|will not|wont|not going to|aren'?t "
	    "going to) (enjoy|like) (our|my|the|this|that) (little |quiet |"
	    "friendly )?(chat|talk|conversation|visit|word|meeting)\\b" },
	{ C_INTENT, 0.15, "\\b(done|finished|through) (with )?being (polite|"
	    "nice|reasonable|patient)\\b" },
	/* "wants to keep his eyes open on the walk to the station" */
	{ C_THREAT, 0.35, "\\b(wants? to|needs? to|had better|'?d better|"
	    "should|might want to|would do well to) (keep|have) (his|her|"
	    "their|your|ur) "
	    "(eyes open|wits about (him|her|them|you)|eyes peeled)\\b" },
	{ C_INTENT, 0.2, "\\b(lads|people|blokes|men|folk|boys|a few of "
	    "us|some of us) (round|around|in|from) (here|this town|\\w+) "
	    "(don'?t|do not|dont|won'?t|will not) (like|take kindly to|want) "
	    "(his|her|their|your|ur) (sort|kind|type)\\b" },
	/* evidence destroyed: "told the site team to wipe the CCTV" */
	{ C_ALLEGE, 0.5, "\\b(?<!please )(?<!asked to )(?<!you to )"
	    "(?<!remember to )(?<!must )(?<!kindly )"
	    "(wipe|wiped|wiping|delete|deleted|deleting|"
	    "erase|erased|erasing|destroy|destroyed|destroying|shred|"
	    "shredded|shredding|doctor|doctored|tamper with|tampered with) "
	    "(the |all the |any |that )?(cctv( footage)?|footage|"
	    "recordings?|incident (forms?|logs?|reports?)|logs?|"
	    "evidence|statements?|safeguarding (records|files|logs?))\\b"
	    "(?! (is|was|gets|get|after|every|automatically))" },
	/* a contract to a relation: "shares a home address with the
	 * trust's chief executive"; "whether Mr Vane declared an
	 * interest" */
	{ C_ALLEGE, 0.45, "\\b(shares?|shared|sharing|lives? at|living "
	    "at) (a |the same )?(home )?address with\\b|"
	    "\\b(whether|if|did|never|didn'?t|failed to|without) "
	    "[\\w' ]{0,30}(declared?|declaring|disclosed?|disclosing) "
	    "(an|any|his|her|their|the) (conflict of )?interests?\\b|"
	    "\\bundeclared (conflict of )?interests?\\b" },
	/* an accusation disowned in the act of making it */
	{ C_INSINUATE, 0.3, "\\b(i|we) (make|am making|'?m making|are "
	    "making) no (accusations?|allegations?)\\b|\\b(i|we) "
	    "(simply|just|merely|only) (set out|lay out|state|present|"
	    "point out) the facts\\b|\\binvite (the )?[\\w' ]{0,30}to "
	    "explain\\b" },
	/*
	 * Harm said by implication.
	 */
	/* an assurance meant the other way: "I'm sure the quotes were all
	 * done properly. Totally sure." */
	{ C_INSINUATE, 0.3, "\\b(i'?m|i am|we'?re|we are) (sure|certain|"
	    "confident) (that )?(the|it|that|this|they|all|every|it was|"
	    "everything)\\b[\\w' ]{0,40} (was|were|is|are|all)? ?(all |"
	    "completely |totally |entirely |perfectly )?(done )?(properly|"
	    "above board|above-board|legit|legitimate|spotless|by the book|"
	    "fair and square|squeaky clean|kosher|coincidental|a "
	    "coincidence)\\b|\\btotally sure\\b|\\bpure coincidence,? "
	    "(i'?m sure|obviously|of course)\\b" },
	/* work given to a partner or a friend */
	{ C_ALLEGE, 0.45, "\\b(married to|living with|lives with|sleeping "
	    "with|(his|her) (husband|wife|partner|brother|sister|son|"
	    "daughter|cousin|mate|best mate|old mate|friend)('?s)?)\\b"
	    "[^.?!]{0,40}\\b(firm|company|business|builder|builders|van|"
	    "contract|contracts|quotes?|invoices?)\\b|"
	    "\\b(firm|company|builder|builders|van|contract|contracts)\\b"
	    "[^.?!]{0,80}\\b(married to|living with|lives with|sleeping "
	    "with) (him|her|them|the)\\b|"
	    "\\b(went|goes|given|handed|awarded) to (his|her|their) (old |"
	    "best |rugby club |golf |drinking )?(mate|mates|friend|pal|"
	    "buddy|husband|wife|brother|son|cousin)\\b|"
	    "\\bwithout (a single|any|one) other (quote|bid|tender)s?\\b|"
	    "\\bsame (house|address|home|postcode) (as )?(the|his|her|their) "
	    "[\\w' ]{0,30}(lives?|living|lived)\\b" },
	/* a price paid for a favour: "now we know the going rate" */
	{ C_ALLEGE, 0.45, "\\b(now )?(we|you) (all )?know the going rate\\b|"
	    "\\b(paid|donated|bought|gave)\\b[^.?!]{0,40}\\bthe (week|day|"
	    "month) before\\b[^.?!]{0,40}\\b(casting|cast|picked|chose|"
	    "chosen|selection|selected|decided|places|awards?)\\b" },
	/* hands where they should not be; eagerness to be alone with
	 * children */
	{ C_ALLEGE, 0.6, "\\bhands? (ended up|ending up|went|wandering|"
	    "wandered|were|was|end up) where [\\w' ]{0,30}(should(n'?t| "
	    "not| never)|ought(n'?t| not)|no (teacher|adult|man|one))\\b|"
	    "\\b(know|knows|wonder|wondering|ask|asking|guess|see) why "
	    "(he|she)('?s| is| was) (so )?keen to (stay behind|be "
	    "alone|help out|give lifts|run|volunteer|do)\\b[^.?!]{0,40}"
	    "\\b(kids|children|girls|boys|pupils|students)\\b" },
	/* a sudden leaving from a last post, talked about */
	{ C_INSINUATE, 0.3, "\\b(why|how come) (he|she|they) (was|were|"
	    "left|got|had to leave|disappeared|vanished)\\b[\\w' ]{0,20} "
	    "(gone |moved on |out )?from (his|her|their) (last|previous|old) "
	    "(school|job|post|primary|academy|trust|role)\\b|\\bjust "
	    "gone\\b|\\bpeople talk\\b|\\bleft in a (hurry|rush)\\b" },
	/* records fiddled, dropped g and all */
	{ C_ALLEGE, 0.55, "\\b(fiddle|fiddles|fiddled|fiddling|fiddlin|"
	    "alter|alters|altered|altering|doctor|doctored|doctoring|fudge|"
	    "fudged|fudging|massage|massaged|massaging|cook|cooked|cooking|"
	    "cookin) (the |her |his |their )?(behaviour|exclusion|"
	    "incident|safeguarding|attendance|absence|detention|exam|"
	    "test|sats|gcse|assessment) (logs?|records?|figures|data|"
	    "numbers|books|codes|marks)\\b(?! (from|in|next|for the new))|"
	    "\\b(seen|saw|caught) (her|him|them) (deleting|shredding|"
	    "wiping) (stuff|records|files|emails|logs|evidence)\\b" },
	/* where and when someone is alone, given out */
	{ C_THREAT, 0.4, "\\b(for )?anyone who('?s| has) (got )?something "
	    "(they want |they'?d like |that needs )?to (discuss|say|sort "
	    "out|settle|talk about) with (him|her|them)\\b|"
	    "\\b(wouldn'?t|wouldnt|would not) be (doing|doin|walking|"
	    "walkin) (that|it) if i (was|were) (her|him|them|you)\\b" },
	{ C_INTENT, 0.2, "\\b(nobody|no one|no-one) (else )?(about|"
	    "around)( that early| at that time| then)?\\b|\\bon (her|his|"
	    "their) own every (day|night|morning|evening|afternoon)\\b|"
	    "\\bgets? (very )?dark (very )?early\\b|\\b(putting|put) it out "
	    "there\\b|\\bno reason(?=\\W{1,3}(just|only|purely) (an? )?"
	    "(observation|thought|saying)\\b)|\\b(just|only|purely) an "
	    "observation\\b" },
	{ C_THREAT, 0.45, "\\b(due|owed|overdue|in line for) a (quiet |"
	    "little |proper )?(word|visit|slap|kicking|hiding|beating)\\b"
	    "(?! (from|with|about|by|to))" },
	{ C_INTENT, 0.2, "\\bon (his|her|their) (walk|way) (back|home|to)\\b|"
	    "\\b(some|a few|several) of the (dads|lads|mums|parents|blokes) "
	    "(are|have been|were) talking\\b|\\b(he|she|they) knows? what "
	    "(he|she|they) did\\b" },
	{ C_THREAT, 0.35, "\\b(people|folk|folks|some people) (round|"
	    "around) here have long memories\\b|\\bhope (she|he)('?s| is) "
	    "enjoying (her|his) last (year|term|week|day)s?\\b|"
	    "\\b(a lot of|lot of|lots of|so much|plenty of) (glass|windows) "
	    "(on|in) "
	    "(that|this|the|their) (building|office|school|place)\\b" },
	/* mockery: a face under a paper bag, evolution giving up, no
	 * brain cell between them, a hat stand no one would miss */
	{ C_ABUSE, 0.55, "\\bpaper bag (for|over|on) (her|his|their|your|"
	    "ur) (face|head)\\b|\\bevolution (clearly |obviously |must "
	    "have |has )?(gave up|give up|given up|skipped|forgot|missed)\\b|"
	    "\\bnot (one|a single) (working )?brain cells? between\\b|"
	    "\\b(swap|replace|replaced|swapped) (her|him|them) (for|with) "
	    "(a|an) [\\w' -]{1,30}\\b[^.?!]{0,30}\\b(nobody|no one|no-one) "
	    "would (notice|know)\\b|"
	    "\\blooks? like (a|an) [\\w' ]{1,30} (someone|somebody)"
	    "('?s| has) (stuck|put|drawn|glued)\\b|\\babout as much use as "
	    "(a|an|one)\\b" },
	/* a fraud talk, an app that attacks a problem, bribery by
	 * chocolate */
	{ C_IDIOM, 1.0, "\\bbrib(ery|es?) (in the form of |with |of )?"
	    "(chocolate|cake|cakes|sweets|biscuits|eggs|doughnuts|wine|"
	    "gin|flowers|compliments)\\b|"
	    "\\b(fraud|scam|crime|knife crime|drugs?|online "
	    "safety|stranger danger|county lines)[- ]awareness\\b|"
	    "\\battack(s|ed|ing)? (one of )?(the|a|an|this|that|our) "
	    "((?!head|teacher|staff|principal|deputy|pupil|child|boy|girl|"
	    "man|woman|parent|governor|senco|bursar|caretaker)[\\w']+ ){0,3}"
	    "(problems?|issues?|challenges?|question|task|waste|backlog)\\b" },
	/* something in a bag that goes bang; windows in bits by Monday */
	{ C_THREAT, 0.55, "\\b(something|summat|sumthin|sumthing|smth|"
	    "somethin) in (my|me|his|her|the) (bag|backpack|rucksack|coat|"
	    "pocket|car) (that |which )?(goes|go|will go|'?ll go|gonna go|"
	    "that'?ll go) (bang|boom)\\b|"
	    "\\b(every|all the|the|their|your|ur) windows? [\\w' ]{0,30}"
	    "(will be|'?ll be|gonna be|going to be|are going to be) (in "
	    "bits|smashed|in pieces|through|gone|put through)\\b" },
	{ C_INTENT, 0.2, "\\b(better|had better|'?d better) duck\\b|"
	    "\\b(i'?m |im )?not (even )?joking\\b|"
	    "\\b(that'?s |thats |it'?s )?a promise,? not a threat\\b" },
	/* a record torn out before a visit */
	{ C_ALLEGE, 0.5, "\\b(tear|tore|torn|rip|ripped|cut|remove|removed|"
	    "take|took|taken) (the |a |that |those )?(page|pages|entry|"
	    "entries|record|records|form|forms) (out|from)\\b|"
	    "\\bthe (entry|page|record|form) had (gone|vanished|disappeared|"
	    "been removed|been torn out)\\b" },
	/* confidences spread: "gossiping about what families tell her in
	 * safeguarding meetings" */
	{ C_ALLEGE, 0.5, "\\b(gossip|gossips|gossiping|gossiped|blabbing|"
	    "blabbed|discussing|discussed|talking about|talked about|"
	    "spreading|spread|sharing|shared|leaking|leaked) [\\w' ]{0,40}"
	    "(safeguarding (meetings?|concerns?|cases?|information|"
	    "disclosures?)|child protection (cases?|meetings?|concerns?|"
	    "information|plans?)|confidential (information|details|"
	    "matters?|records?)|what (families|parents|children|kids|"
	    "pupils) (tell|told|share|shared) (her|him|them))\\b" },
	/* grades bumped up after submission */
	{ C_ALLEGE, 0.55, "\\b(bumped|bump|bumping|pumped|inflated|inflate|"
	    "inflating|doctored|fiddled|massaged|upped|changed|altered|"
	    "rewrote|rewritten) (up )?(the |all the |their |our )?([\\w-]+ )?"
	    "(predicted |teacher-?assessed |coursework |mock |final )?"
	    "(grades|marks|results|scores)\\b[^.?!]{0,60}\\b(after|behind|"
	    "without|so (the|that|their|our))\\b" },
	/* children's books whose titles insult */
	{ C_IDIOM, 1.0, "\\bthe twits\\b|\\bthe worst witch\\b|\\bhorrid "
	    "henry\\b|\\bwimpy kid\\b|\\bdirty bertie\\b|\\bthe idiot\\b(?= "
	    "(by|novel))|\\b(mr|mrs) twits?\\b|\\bmr (grumpy|greedy|"
	    "silly|bossy|naughty|stubborn|clumsy|nosey|rude|wrong|messy|"
	    "muddle|tickle|bump)\\b|\\bwhere'?s wally\\b|"
	    "\\b(dressed (up )?as|costumes?|fancy dress|book day)\\b"
	    "[^.?!]{0,120}\\b(a|one|two|three) wall(y|ies|ys)\\b" },
	/* exposure threatened: a name made mud, an address put up */
	{ C_THREAT, 0.5, "\\b(your|her|his|their) name (will be|'?ll be|is "
	    "going to be) mud\\b|"
	    "\\bhere'?s where [\\w' .]{1,40} lives\\b|"
	    "\\b(i'?ve|i have|we'?ve|we have|i'?ve got|we'?ve got|i got|"
	    "got) ([a-z]+'s|his|her|their) home address\\b|"
	    "\\b(it all|this all|everything|the lot|all of it)( goes| will "
	    "go|'ll go| is going| is going to go) (up |out )?(on here|online|"
	    "on facebook|public|on every group)\\b|"
	    "\\b(her|his|their|your) (photo|picture|face|(home )?address|"
	    "number|phone number|kids'?|children'?s?)[\\w' ,]{0,60} (go|goes|"
	    "going|will go|are going|is going|get|gets) (up |out )?(on|to) "
	    "(every|all the|the|facebook|twitter|x)\\b|"
	    "\\b(screenshots|recordings|messages|emails|whatsapps|texts|"
	    "photos)\\b[^.?!]{0,80}\\b(they|it) (go|goes|will go|get sent|"
	    "gets sent) to (every|all|the)\\b" },
	{ C_THREAT, 0.4, "\\b(you|she|he|they)('?ll| will) never (sit on|"
	    "set foot in|work in|teach in|work|teach) (another|a|this|any)\\b|"
	    "\\bsit (near|by|next to) the (fire )?exits?\\b|"
	    "\\b(he'?s|she'?s|hes|shes|they'?re|theyre|you'?re|youre|ur) "
	    "(going to|gonna|about to) find out what happens\\b|"
	    "\\b(doing|do|smash|smashing|brick|bricking|put|putting|"
	    "taking out|take out) (in )?(every|all the|all of the) windows?\\b" },
	{ C_INTENT, 0.2, "\\bif (it|this|that|the decision|the exclusion) "
	    "(is|isn'?t|is not) (not )?(overturned|reversed|withdrawn|"
	    "changed) by\\b|\\bwatch what happens\\b|\\bbring (gloves|"
	    "a hammer|bricks|a mask|masks)\\b|\\bpop round and (tell|show|"
	    "give)\\b|\\bshare (this )?everywhere\\b|\\bgoing to be a "
	    "(little )?surprise\\b|\\xf0\\x9f\\x92\\xa5|\\xf0\\x9f\\xaa\\xa8" },
	/* contempt in comparisons: a borstal with a logo, the emotional
	 * intelligence of a photocopier, a preening little man */
	{ C_ABUSE, 0.55, "\\b(a|an) (borstal|prison|zoo|asylum|madhouse|"
	    "circus|kennel) with a (logo|badge|uniform|website|crest)\\b|"
	    "\\bthe (emotional intelligence|personality|charisma|"
	    "intelligence|people skills|social skills|empathy|warmth|"
	    "charm|iq) of (a|an) (wet |damp |dead |broken |soggy |"
	    "stale |cold )?(photocopier|brick|plank|potato|lamp ?post|"
	    "teapot|doorknob|door ?knob|rock|stone|goldfish|cabbage|lettuce|"
	    "turnip|toaster|fridge|robot|spreadsheet|traffic cone|"
	    "parking meter|kettle|tea towel|flannel|paving slab|"
	    "breeze ?block|fence ?post|sponge|slug|jellyfish|sat ?nav|"
	    "filing cabinet|vending machine)\\b|\\b(vain|preening|pompous|odious|smug|jumped-up|"
	    "obnoxious|spiteful|petty) little (man|woman|men|women|club|"
	    "hitler|dictator|tyrant)\\b|"
	    "\\b(couldn'?t|could not|can'?t|cannot) (get|hold down|keep|"
	    "hack) a (real|proper) job\\b|\\bfailed (nightclub )?bouncers\\b|"
	    "\\brot in (hell|your|their|his|her)\\b" },
	/* funds recoded, minutes rewritten, an appeal stitched up, a flat
	 * the police keep raiding */
	{ C_ALLEGE, 0.5, "\\b(recode|recoded|recoding|reclassif(y|ied|ying)|"
	    "divert|diverted|diverting|siphon|siphoned|move|moved|moving) "
	    "[\\w' -]{0,40}(funding|funds|money|budget|grant|top-?ups?|"
	    "pupil premium)\\b[^.?!]{0,60}\\bso (it|they|that it) could "
	    "(pay|fund|cover)\\b|"
	    "\\b(minutes|records|accounts|report|notes|log|logs|outcome|"
	    "outcomes|findings|file|statement|statements)\\b[\\w' ]{0,20} "
	    "(that )?(were|was|had been|have been|has been) (rewritten|"
	    "altered|changed|doctored|edited|amended) (after|to remove|to "
	    "hide|so|before)\\b|"
	    "\\b(rewrit|rewrot|alter|doctor)(e|es|s|ed|ing|ote|ten|itten)? "
	    "(the |their |its )?(grievance|complaint|complaints|"
	    "investigation|panel|appeal|appeals|disciplinary|incident|"
	    "safeguarding|meeting) (outcomes?|logs?|findings|minutes|notes|"
	    "records?|reports?|letters?|decisions?)\\b|"
	    "\\b(was|is|were|it'?s) a (complete |total )?stitch-? ?up\\b|"
	    "\\b(has|have) not been told the truth\\b|"
	    "\\b(flat|house|place|address) the police (keep|kept|have been) "
	    "raiding\\b|\\bfive minutes in,? five minutes out\\b" },
	/* prices called criminal; comments called disgusting; a sporting
	 * "we're coming for you" */
	{ C_IDIOM, 1.0, "\\b(prices?|costs?|fees?|charges?|parking)\\b"
	    "[\\w' ]{0,20} (are|is) (actually |absolutely |frankly |just "
	    "|literally )?(criminal|daylight robbery|extortionate|a rip-?off)"
	    "\\b|\\b(the )?(comments|posts|messages|replies|remarks)\\b"
	    "[\\w' .]{0,60} (were|are|was|is) (absolutely |truly |just )?"
	    "(disgusting|vile|horrible|appalling|disgraceful|shameful|"
	    "sickening)\\b|\\bgood luck,? (to )?(both|all) (teams|sides|"
	    "squads)\\b|\\bmay the best (team|side|school) win\\b|"
	    "\\b(final|match|game|fixture|league|tournament|esports|derby|"
	    "quiz|vs|v)\\b[^.?!]{0,80}\\b(we'?re|we'?ll|we will|we are|"
	    "let'?s) (going to |gonna |gunna )?(destroy|wreck|smash|batter|"
	    "hammer|thrash|annihilate|crush|demolish|obliterate|murder|bury) "
	    "(them|'?em)\\b|\\b(in goal|in defence|in midfield|up front|on the "
	    "(pitch|court|field|wing)|at the back)\\b[^.?!]{0,40}\\ban? "
	    "(absolute|total|proper|complete) (weapon|beast|machine|animal|"
	    "monster|unit|tank|wall)\\b" },
	/* "I know which way you drive home" */
	{ C_THREAT, 0.5, "\\b(we|i) (know|kno|knw|know exactly) (which|what) "
	    "way (u|you|ya|he|she) (drive|drives|walk|walks|go|goes|get|gets|"
	    "cycle|cycles) home\\b" },
	/* "ur finished when u come out them gates" */
	{ C_THREAT, 0.4, "\\b(ur|u r|you'?re|youre|he'?s|hes|she'?s|shes) "
	    "(finished|done for|dead meat)(?= *(?:[.!,]|$|when|wen|if|"
	    "after|tmrw|2moro|tomorrow|monday|tuesday|wednesday|thursday|"
	    "friday|mate|m8|bruv))" },
	/* a bomb told by its hour: "b00m at 2pm", "a lil surprise left in
	 * the bins" */
	{ C_THREAT, 0.5, "\\b(boom|kaboom),? (at|@) ?\\d{1,2}"
	    "(:\\d\\d)? ?(am|pm)?\\b" },
	/* a hoax disowned: "this time it's not a scare" */
	{ C_THREAT, 0.5, "\\bthis time (it'?s not|its not|it is not|it isn'?t|"
	    "it won'?t be|it'?ll not be|it will not be) (a |just a |"
	    "another )?(scare|drill|hoax|joke|false alarm|prank)\\b" },
	{ C_THREAT, 0.3, "\\b(little|lil|a|a little) (surprise|present|"
	    "package|parcel) (left|waiting|planted|hidden) (in|at|under|"
	    "behind|by)\\b|\\bstand (well )?(back|clear)\\b" },
	/* a weapon or a bomb drawn beside the words, and an oath: they
	 * add to a threat, they make none */
	{ C_INTENT, 0.2, "(\\xf0\\x9f\\x94\\xaa|\\xf0\\x9f\\x94\\xab|"
	    "\\xf0\\x9f\\x92\\xa3|\\xf0\\x9f\\xa7\\xa8|\\xf0\\x9f\\xaa\\x93|"
	    "\\xf0\\x9f\\x97\\xa1)|\\bon my (nan'?s|mum'?s|mums|mother'?s|"
	    "kids'?) (life|grave)\\b|\\bon my life\\b" },
	/* "im merkin leese": to kill or beat, in slang */
	{ C_THREAT, 0.5, "\\b(i'?m|im|we'?re|were|gonna|gna|going to|i'?ll|"
	    "ill|will) (merk|merkin|merking|duppy)\\b" },
	/* mockery of a face or a mind */
	{ C_ABUSE, 0.5, "\\bface like (a|an) (slapped|smacked|dropped|wet|"
	    "bag|bulldog|well[- ]slapped)\\b|\\bugliest (girl|boy|kid|"
	    "woman|man|teacher|head|person)\\b|\\bnodding donkeys?\\b|"
	    "\\bnot an original thought\\b|\\b(the )?smallest brain\\b|"
	    "\\bcould(n'?t| not) hack a real job\\b" },
	/* a teacher's interest in children insinuated */
	{ C_ALLEGE, 0.6, "\\b(weird|creepy|dodgy|inappropriate|too "
	    "friendly|touchy-feely|pervy) (with|w|w/|around|round) (the )?(girls|boys|kids|children|pupils|students|year "
	    "\\d+s?)\\b|\\b(hang|hangs|hanging|hangin|lurk|lurks|lurking|"
	    "lurkin) (a?round|about|outside) (outside |by )?(the )?(girls'? "
	    "|boys'? )?(changing|changin) ?rooms?\\b" },
	/* a child handled roughly: "dragged Grace out by her arm" */
	{ C_ALLEGE, 0.6, "\\b(dragged|grabbed|yanked|hauled|pulled|"
	    "shoved) [\\w' ]{0,40}?by (her|his|their) (arm|arms|wrist|"
	    "hair|collar|ear|neck|hood|jumper|blazer)\\b|\\b(hard enough|"
	    "enough) to leave (a )?(bruise|mark)s?\\b" },
	/* a face to be rearranged; a bodyguard needed; fear promised;
	 * a day to keep the children away */
	{ C_THREAT, 0.55, "\\b(get|gets|getting|gettin|gonna get|gna get|"
	    "will get) (his|her|their|your|ur) face (rearranged|smashed "
	    "in|kicked in|done in|caved in)\\b|\\brearrange (his|her|their|"
	    "your|ur) face\\b|\\b(start )?(paying for|hire|hiring|need|"
	    "needs|get|getting) a bodyguard\\b|\\bfind out what (being "
	    "(frightened|scared|afraid|hurt)|fear|pain|real fear) (feels|"
	    "is) like\\b|\\bconsider this (your|a|his|her|their) (final )?"
	    "warning\\b|\\b(they'?ll|you'?ll|he'?ll|she'?ll|u'?ll) "
	    "(listen|learn|understand) after (friday|monday|tuesday|"
	    "wednesday|thursday|saturday|sunday|tomorrow|tmrw)\\b" },
	{ C_THREAT, 0.3, "\\bkeep (them|your kids|ur kids|your children|"
	    "the kids|your child) (off|off school|at home|home|away)\\b|"
	    "\\b(better )?enjoy (his|her|their|your|ur) last (week|day|"
	    "days)\\b|\\bdon'?t care who'?s in the way\\b|\\bdon'?t "
	    "bother with petitions\\b" },
	{ C_INTENT, 0.2, "\\b(i'?m|im|i am) coming in with\\b|"
	    "\\bwho'?s in the way\\b" },
	/* insults by slang and by likeness: "most clapped deputy head",
	 * "the brain cells of a wet crisp" */
	{ C_ABUSE, 0.5, "\\b(most|proper|well|so|looking|looks|absolutely|"
	    "actually) clapped\\b(?! (for|at|along|and|as|when|hands|her "
	    "hands|his hands|their hands))|\\b(brain ?cells?|brains?|iq) of "
	    "a\\b|\\bhow is (this|that|she|he) (woman|"
	    "man|person|clown|idiot)? ?allowed near\\b" },
	/* a routine to vary; children kept home on a day; a last straw */
	{ C_THREAT, 0.5, "\\b(might want to|should|better|had better|"
	    "wants? to|needs? to) (start )?(varying|vary|change|changing) "
	    "(his|her|their|your|ur) (routine|route)\\b" },
	{ C_THREAT, 0.4, "\\b(i )?(wouldn'?t|would not|wudnt|wouldnt) send "
	    "(the|my|your|ur|any) (kids|children|child|kid) in\\b" },
	{ C_INTENT, 0.2, "\\b(been )?pushed too far\\b|\\bthat'?s all "
	    "i'?m saying\\b|\\bthats all im saying\\b" },
	/* more insults: filth, dead wood, a pot plant promoted */
	{ C_ABUSE, 0.5, "\\b(smelliest|stinkiest|scruffiest|dirtiest) "
	    "(tramp|kid|girl|boy|person|teacher|woman|man|human)\\b|"
	    "\\bdead ?wood in (lanyards|suits|the staff ?room|that staff ?room|"
	    "charge)\\b|\\b(is|are) (all )?dead ?wood\\b|\\bmost (irritating|annoying|useless|"
	    "pathetic|vile|disgusting|boring) (human|person|woman|man|teacher|"
	    "girl|boy)( alive| ever| on earth)?\\b|\\bpromoted? a (pot "
	    "plant|potted plant|houseplant|lamp ?post|traffic cone|"
	    "cardboard box) to\\b|\\bmove like a fridge\\b" },
	/* prices called criminal: a complaint's idiom */
	{ C_IDIOM, 1.0, "\\b(prices?|fees?|costs?)\\b[\\w' ]{0,40} "
	    "(is|are) (absolutely |frankly |just )?criminal\\b" },
	/* money and lies: "billed the trust for", "built on porkies" */
	{ C_ALLEGE, 0.5, "\\bbilled (the|a) (trust|school|academy|"
	    "taxpayers?|pta|council) for (his|her|their) (own )?\\w+\\b|"
	    "\\bporkies\\b|\\b(keep|keeping|kept|keeps) a lid on (it|this|"
	    "that|things|the (story|truth|scandal|matter|whole thing))\\b" },
	{ C_ALLEGE, 0.4, "\\bbilled (the|a) (trust|school|academy|"
	    "taxpayers?|pta) for\\b" },
	/* a record made after the complaint; a register filled in for
	 * children sent home */
	{ C_ALLEGE, 0.5, "\\b(written|filled|typed|made|done|dated) (up |in "
	    "|out )?(only )?(after|the day after) (she|he|we|i|they|my \\w+|"
	    "the parents?) (rang|called|phoned|complained|asked|emailed|"
	    "chased)\\b|\\bback-?dated\\b|\\bstill (tick|ticks|ticked|"
	    "ticking|mark|marks|marked|marking) (them|him|her|the \\w+) (as )?"
	    "(present|in) on the register\\b|\\btell(s|ing)? (the )?\"?"
	    "(difficult|naughty|problem|challenging|sen|send|awkward)\"? "
	    "(ones|kids|children|pupils|students) to (stay|keep) (at )?"
	    "home\\b" },
	/* silenced, and what is being buried */
	{ C_ALLEGE, 0.5, "\\b(made|forced|pressured|pushed|told) to sign (an? "
	    ")?(nda|non-disclosure agreement|gagging (order|clause)|"
	    "confidentiality agreement)\\b|\\bwhat'?s (being|been) "
	    "(buried(?! in\\b)|swept under|hushed up|covered up)\\b" },
	/* a fine that went away, a bay that is not hers */
	{ C_INSINUATE, 0.4, "\\bmysteriously (disappeared|vanished|went "
	    "missing|got lost|was dropped|went away|got cancelled)\\b|"
	    "\\brules for (thee|them|us),? not for (me|them|him|her)\\b" },
	{ C_ALLEGE, 0.5, "\\b(parks?|parked|parking) in the disabled (bay|"
	    "bays|space|spaces|spot)\\b[^.!?]{0,40}\\b(no|without (a|any)?) ?"
	    "blue badge\\b" },
	/* harm as what tends to happen: "tend to have accidents", "might
	 * find the walk home a lot less safe", "check under his car" */
	{ C_THREAT, 0.55, "\\b(people|those|folk|folks|men|women|anyone|"
	    "types|teachers|heads) (like (you|him|her|that) |(who|that) "
	    "[^.!?]{0,60}?\\b(you|your|him|her)\\b)[^.!?]{0,40}?\\btend to "
	    "(have|meet with) (an? )?(nasty |unfortunate )?accidents?\\b|"
	    "\\b(he|she|you|u|they|(mr|mrs|ms|miss|dr) \\w+) (might|may|"
	    "could|will) find (that )?(the|"
	    "his|her|their|your|ur) [\\w' ]{1,30} (gets?|becomes?|is|are|get) "
	    "(a (lot|bit) |much |far )?less safe\\b|"
	    "\\bcheck(ing)? under (his|her|their|your|ur) (car|van)\\b|"
	    "\\bset(ting)? (the|my|me|our) dogs? on (them|him|her|you|'?em|"
	    "the \\w+)\\b|\\b(don'?t|dont|do not) know what (i'?ll|ill|i "
	    "will|i might|i'?d|id) (end up )?do(ing)? to (him|her|them|"
	    "(that|this) (building|school|place|head|teacher|woman|man)|the "
	    "(head|teacher|headteacher|principal))\\b" },
	{ C_THREAT, 0.45, "\\b(don'?t|dont|do not) say (nobody|no one|"
	    "no-one|we|i) (didn'?t )?warned? (him|her|them|you)\\b|"
	    "\\b(are|'re|is|'s) done talking\\b" },
	{ C_INTENT, 0.2, "\\bnot a threat[.,!]* (just|only|simply)\\b|"
	    "\\byou'?ve been (told|warned)\\b" },
	/* "the absolute state of her" */
	{ C_ABUSE, 0.5, "\\b(the |absolute |utter )+state of (her|him)"
	    "(?= *([.!?,]|$))" },
	/* a child shut away, and told not to write it down */
	{ C_ALLEGE, 0.5, "\\b(told|instructed|warned|asked) ([\\w ]{0,15} )?"
	    "(never|not) to (write|record|log|report) (it|this|that)\\b|"
	    "\\b(locked|shut|carried|dragged) (him|her|the child|a child|"
	    "the kids|children|the boy|the girl) "
	    "(in|into) (a|the) ([\\w-]+ ){0,2}(cupboard|store ?room|"
	    "storeroom|shed)\\b|\\bcupboard\\b[^.!?]{0,50}\\bshut the "
	    "door\\b" },
	/* a test's marking or its running questioned by the body that
	 * sets it */
	{ C_NEWS, 0.5, "\\bmaladministration\\b|\\b(received|receiving|"
	    "investigating|looking into) (an? )?(allegations?|complaints?|"
	    "claims?) (concerning|about|regarding|relating to|of)\\b" },
	/* a jolly on someone else's money */
	{ C_ALLEGE, 0.5, "\\b(took|takes|taking|treated|flew|jolly|jollies|"
	    "junket|day out|ascot|the races|box|champagne|holiday|spa|golf|"
	    "hotel|dinner|meal|party)\\b[^.!?]{0,60}\\bon (the )?(trust|"
	    "school|academy|pta|public|taxpayers'?|parents'?)('s)? (money|"
	    "funds|cash|card|credit card|dime|account)\\b(?! app)" },
	/* blows promised: a slap he won't forget, a fat lip, jumped */
	{ C_THREAT, 0.5, "\\b(give|giving|gonna give|'?ll give|going to "
	    "give) (him|her|them|you|u|[a-z]+) a (slap|smack|punch|kicking|"
	    "hiding|good hiding|thump|clip round the ear|slap he|slap she)"
	    "\\b|\\ba fat lip\\b|\\b(getting|get|gonna get|going to get|"
	    "will get|'?ll get) jumped\\b" },
	/* insults by likeness: "not a single working brain cell", "the
	 * human equivalent of a soggy digestive" */
	{ C_ABUSE, 0.5, "\\b(a single|one) (working |functioning )?brain ?"
	    "cell\\b" },
	{ C_ABUSE, 0.3, "\\bhuman equivalent of (a|an)\\b" },
};
#define NCUES	(sizeof cues / sizeof cues[0])

static const char *kind_names[] = {
	"threat", "intent", "idiom", "abuse", "allegation", "crime",
	"news report", "insinuation", "assertion", "opinion", "criticism",
	"role", "pupils", "violence", "scorn", "thing", "frame",
	"a regulator's judgment", "joke",
};

/* The lexicons as compiled: the cues of one kind and weight in one
 * alternation, so a window is read once per kind and weight. */
struct lexicon {
	enum cue_kind	 kind;
	double		 w;
	char		*re;
};

struct harm {
	struct lexicon		 lex[NCUES];
	size_t			 nlex;
	pcre2_code		*re[NCUES];
	pcre2_match_data	*md;
	pcre2_match_context	*mctx;
	pcre2_jit_stack		*jit;
	struct analyze_thresholds th;
	const struct config	*cf;
	void			(*features)(void *, const char *, size_t,
				    size_t);
	void			*features_arg;
};

struct cuehit {
	int		 cue;		/* index of its lexicon */
	enum cue_kind	 kind;
	double		 w;
	size_t		 start;		/* folded offsets */
	size_t		 end;
	int		 flags;		/* LEX_PASSIVE: subject is
					   the victim */
};

/* Append "alt" to the alternation "*to" ("|" between). */
static void
alt_append(char **to, const char *alt, size_t len)
{
	char	*n;

	if (*to == NULL)
		xasprintf(&n, "%.*s", (int)len, alt);
	else
		xasprintf(&n, "%s|%.*s", *to, (int)len, alt);
	free(*to);
	*to = n;
}

/*
 * Split cue pattern "re" at its top-level "|" and append each branch to
 * "*wb" (without its leading \b) if it begins at a word boundary, else
 * to "*other". A lexicon then tests the boundary once per position, not
 * once per branch: most positions are inside a word, and fail at once.
 */
static void
lexicon_add(char **wb, char **other, const char *re)
{
	const char	*p = re, *b = re;
	int		 depth = 0, cls = 0;

	for (;; p++) {
		if (*p == '\\' && p[1] != '\0') {
			p++;
			continue;
		}
		if (cls) {
			if (*p == ']')
				cls = 0;
			continue;
		}
		if (*p == '[') {
			cls = 1;
			if (p[1] == ']' || (p[1] == '^' && p[2] == ']'))
				p += p[1] == '^' ? 2 : 1;
			continue;
		}
		if (*p == '(')
			depth++;
		else if (*p == ')')
			depth--;
		else if (*p == '\0' || (*p == '|' && depth == 0)) {
			if (strncmp(b, "\\b", 2) == 0 && p - b > 2 &&
			    !(b[2] == '|' || b[2] == ')'))
				alt_append(wb, b + 2, (size_t)(p - b - 2));
			else
				alt_append(other, b, (size_t)(p - b));
			if (*p == '\0')
				break;
			b = p + 1;
		}
	}
}

/* Compile the lexicons. */
static void *
harm_init(const struct analyze_env *env)
{
	struct harm	*h;
	size_t		 i;
	int		 err;
	uint32_t	 groups;
	PCRE2_SIZE	 off;
	char		*wb[NCUES] = { NULL }, *other[NCUES] = { NULL };

	h = xcalloc(1, sizeof *h);
	h->cf = env->cf;
	h->features = env->harm_features;
	h->features_arg = env->harm_features_arg;
	analyze_thresholds(env->cf, &h->th);
	/* each cue alone must compile, to say which one does not */
	for (i = 0; i < NCUES; i++) {
		pcre2_code	*re;

		re = pcre2_compile((PCRE2_SPTR)cues[i].re,
		    PCRE2_ZERO_TERMINATED, PCRE2_NO_AUTO_CAPTURE, &err, &off,
		    NULL);
		if (re == NULL)
			fatalx("harm: cue %zu does not compile at %zu: "
			    "\"%.40s\"", i, (size_t)off, cues[i].re +
			    (off > 20 ? off - 20 : 0));
		pcre2_code_free(re);
	}
	/* one alternation per kind and weight, in the order of cues[] */
	for (i = 0; i < NCUES; i++) {
		size_t	 j;

		for (j = 0; j < h->nlex; j++) {
			if (h->lex[j].kind == cues[i].kind &&
			    h->lex[j].w == cues[i].w)
				break;
		}
		if (j == h->nlex) {
			h->lex[j].kind = cues[i].kind;
			h->lex[j].w = cues[i].w;
			h->nlex++;
		}
		lexicon_add(&wb[j], &other[j], cues[i].re);
	}
	for (i = 0; i < h->nlex; i++) {
		if (wb[i] != NULL && other[i] != NULL)
			xasprintf(&h->lex[i].re, "\\b(?:%s)|%s", wb[i],
			    other[i]);
		else if (wb[i] != NULL)
			xasprintf(&h->lex[i].re, "\\b(?:%s)", wb[i]);
		else
			h->lex[i].re = xstrdup(other[i]);
		free(wb[i]);
		free(other[i]);
	}
	for (i = 0; i < h->nlex; i++) {
		h->re[i] = regex_compile(h->lex[i].re, PCRE2_NO_AUTO_CAPTURE,
		    "harm", i);
		if (pcre2_pattern_info(h->re[i], PCRE2_INFO_CAPTURECOUNT,
		    &groups) != 0 || groups >= 255)
			fatalx("harm: lexicon %zu has too many groups", i);
	}
	h->md = pcre2_match_data_create(256, NULL);
	/* the long alternations need more than the default JIT stack */
	h->mctx = pcre2_match_context_create(NULL);
	h->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	pcre2_jit_stack_assign(h->mctx, NULL, h->jit);
	return (h);
}

/* Free the compiled lexicons. */
static void
harm_free(void *p)
{
	struct harm	*h = p;
	size_t		 i;

	if (h == NULL)
		return;
	for (i = 0; i < h->nlex; i++) {
		pcre2_code_free(h->re[i]);
		free(h->lex[i].re);
	}
	pcre2_match_data_free(h->md);
	pcre2_match_context_free(h->mctx);
	pcre2_jit_stack_free(h->jit);
	free(h);
}

/* Return 1 if "c" may stand for a letter in a masked word ("f*ck",
 * "sh1t", "@ss"). */
static int
mask_char(char c)
{
	switch (c) {
	case '*': case '@': case '$': case '0': case '1': case '3': case '4':
	case '!':
		return (1);
	default:
		return (0);
	}
}

/*
 * Return a copy of the "len" folded bytes at "s" with obfuscated letters
 * restored: a run of "*@$0134!" between two letters is read as letters
 * ("sh1t", "sh00t", "tw@t"); "*" stays, for the lexicons to match.
 */
char *
harm_deobfuscate(const char *s, size_t len)
{
	char	*d = xmalloc(len + 1);
	size_t	 i, j;

	memcpy(d, s, len);
	d[len] = '\0';
	for (i = 1; i < len; i++) {
		if (!mask_char(d[i]) || !isalpha((unsigned char)d[i - 1]))
			continue;
		for (j = i; j < len && mask_char(d[j]); j++)
			;
		if (j >= len || !isalpha((unsigned char)d[j])) {
			/* "f**k" ends in a letter; "sh*t" too; "f*" alone
			 * does not count. */
			i = j;
			continue;
		}
		for (; i < j; i++) {
			switch (d[i]) {
			case '@': case '4': d[i] = 'a'; break;
			case '$': d[i] = 's'; break;
			case '0': d[i] = 'o'; break;
			case '1': case '!': d[i] = 'i'; break;
			case '3': d[i] = 'e'; break;
			default: break;
			}
		}
	}
	return (d);
}

/* Return 1 if "c" is a letter of the folded text. */
static int
letter(char c)
{
	return (c >= 'a' && c <= 'z');
}

/*
 * Return 1 if the word of "d" whose "in" stands at "at" is an "-ing" with
 * its "g" dropped: "fiddlin'" (the apostrophe says so), or a verb of the
 * few that text-speak drops it from ("waitin", "walkin", "nothin"; not
 * "cabin", "within").
 */
static int
g_dropped(const char *d, size_t len, size_t at)
{
	static const char *stems[] = {
		"walk", "wait", "talk", "look", "go", "do", "say", "tak", "mak",
		"gett", "com", "hav", "play", "ly", "noth", "someth", "anyth",
		"everyth", "fiddl", "nick", "robb", "steal", "hitt", "kick",
		"punch", "slapp", "smack", "shout", "scream", "swear",
		"threaten", "bully", "follow", "watch", "laugh", "drink",
		"smok", "touch", "grabb", "push", "shov", "lock", "ignor",
		"leav", "runn", "jok", "kidd", "mess", "tell", "call", "lett",
		"us", "giv", "cheat", "bull", "fuck", "feck", "bleed", "sodd",
		"sitt", "stand", "think", "know", "want", "need", "try", "hid",
		"cover",
	};
	size_t	s;

	if (at + 2 < len && d[at + 2] == '\'' && (at + 3 == len ||
	    !letter(d[at + 3])))
		return (1);	/* "fiddlin'", not "Martin's" */
	for (s = at; s > 0 && letter(d[s - 1]); s--)
		;
	return (str_among(d + s, at - s, stems, sizeof stems /
	    sizeof stems[0]));
}

/*
 * Return the text the lexicons read: the "len" de-obfuscated bytes at "d"
 * with letters stretched for effect squeezed ("shiiiit", "fuuuuck": a run
 * of three or more of one letter keeps one, or two of the letters English
 * doubles), letters spelt out one by one joined ("f u c k", "f.u.c.k"),
 * and text-speak spelt out: a word of one letter ("wont b walkin", "u",
 * "r", "3 n he") and a dropped "g" ("fiddlin'", "waitin") as the lexicons
 * know them. "*mapp" gets, for each byte of the result and one past its
 * end, the offset in "d" it came from ("len" is at most NORM_MAX, folded
 * text); the caller frees both.
 */
char *
harm_squeeze(const char *d, size_t len, uint32_t **mapp)
{
	/* one-letter words of text-speak, and what they spell */
	static const char *speak[26] = {
		['b' - 'a'] = "be", ['n' - 'a'] = "and", ['r' - 'a'] = "are",
		['u' - 'a'] = "you",
	};
	/* an expansion follows a space it copies, so the result is at
	 * most twice as long */
	char		*c = xmalloc(2 * len + 1);
	uint32_t	*map = xreallocarray(NULL, 2 * len + 1, sizeof *map);
	size_t		 i = 0, n = 0, j, run, keep;
	const char	*w;

	while (i < len) {
		/* three or more single letters, each alone between
		 * spaces or dots: "f u c k" */
		if (letter(d[i]) && (i == 0 || !isalnum((unsigned char)
		    d[i - 1])) && (i + 1 == len || !isalnum((unsigned char)
		    d[i + 1]))) {
			for (j = i, run = 1; j + 2 < len && (d[j + 1] == ' ' ||
			    d[j + 1] == '.') && letter(d[j + 2]) && (j + 3 ==
			    len || !isalnum((unsigned char)d[j + 3])); j += 2)
				run++;
			if (run >= 3) {
				for (; i <= j; i += 2) {
					map[n] = (uint32_t)i;
					c[n++] = d[i];
				}
				i = j + 1;
				continue;
			}
			/* "b", "u", "n" between words: "wont b walkin" */
			if ((w = speak[d[i] - 'a']) != NULL && i > 0 &&
			    d[i - 1] == ' ' && i + 2 < len && d[i + 1] == ' ' &&
			    letter(d[i + 2])) {
				for (; *w != '\0'; w++) {
					map[n] = (uint32_t)i;
					c[n++] = *w;
				}
				i++;
				continue;
			}
		}
		/* a dropped "g": "fiddlin'", "waitin by" */
		if (d[i] == 'n' && i >= 4 && d[i - 1] == 'i' &&
		    letter(d[i - 2]) && (i + 1 == len || !letter(d[i + 1])) &&
		    g_dropped(d, len, i - 1)) {
			map[n] = (uint32_t)i;
			c[n++] = 'n';
			map[n] = (uint32_t)i;
			c[n++] = 'g';
			i++;
			if (i < len && d[i] == '\'' && (i + 1 == len ||
			    !letter(d[i + 1])))
				i++;
			continue;
		}
		if (letter(d[i])) {
			for (run = 1; i + run < len && d[i + run] == d[i];
			    run++)
				;
			if (run >= 3) {
				keep = strchr("eolsfpz", d[i]) != NULL ? 2 : 1;
				for (j = 0; j < keep; j++) {
					map[n] = (uint32_t)(i + j);
					c[n++] = d[i];
				}
				i += run;
				continue;
			}
		}
		map[n] = (uint32_t)i;
		c[n++] = d[i++];
	}
	map[n] = (uint32_t)len;
	c[n] = '\0';
	*mapp = map;
	return (c);
}

/*
 * Split folded text "nt" (of original "text") into sentences at ".", "!",
 * "?" and line breaks of the original; a blank line starts a paragraph.
 * Return how many; "*out" is allocated.
 */
size_t
harm_sentences(const char *text, const struct normtext *nt,
    struct sentence **out)
{
	struct sentence	*v = NULL;
	size_t		 n = 0, cap = 0, i, start = 0, o, k;
	int		 para = 0, brk, nl;

	for (i = 0; i <= nt->len; i++) {
		brk = i == nt->len;
		nl = 0;
		if (!brk && i + 1 <= nt->len) {
			/* a line break between this byte and the next */
			for (o = nt->map[i]; o < nt->map[i + 1 <= nt->len ?
			    i + 1 : nt->len]; o++) {
				if (text[o] == '\n')
					nl++;
			}
			if (nl > 0)
				brk = 1;
			if ((nt->s[i] == '.' || nt->s[i] == '!' ||
			    nt->s[i] == '?') &&
			    (i + 1 == nt->len || nt->s[i + 1] == ' ') &&
			    !(nt->s[i] == '.' && i >= 2 && (nt->s[i - 2] ==
			    ' ' || i == 2) && isalpha((unsigned char)
			    nt->s[i - 1])))	/* "J. Osei", "St. A" */
				brk = 1;
		}
		if (!brk)
			continue;
		k = i < nt->len ? i + 1 : i;
		while (start < k && nt->s[start] == ' ')
			start++;
		if (k > start) {
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				v = xreallocarray(v, cap, sizeof *v);
			}
			v[n].start = start;
			v[n].end = k;
			v[n].para = para;
			n++;
		}
		start = k;
		if (nl >= 2)
			para++;
	}
	/* where each sentence's paragraph begins and ends */
	for (i = 0; i < n; i++) {
		v[i].pstart = i > 0 && v[i - 1].para == v[i].para ?
		    v[i - 1].pstart : v[i].start;
	}
	for (i = n; i-- > 0;) {
		v[i].pend = i + 1 < n && v[i + 1].para == v[i].para ?
		    v[i + 1].pend : v[i].end;
	}
	*out = v;
	return (n);
}

#define NWORDS(a)	(sizeof (a) / sizeof (a)[0])

/* Return 1 if one of the "n" strings "words" stands in "buf". */
static int
any_in(const char *buf, const char *const *words, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (strstr(buf, words[i]) != NULL)
			return (1);
	}
	return (0);
}

/*
 * Return 1 if one of the "n" "words" stands in the "back" bytes of "d"
 * before offset "at", from "lo" on; the window is padded with a space at
 * each end, so " not " matches at its edges.
 */
static int
words_before(const char *d, size_t lo, size_t at, size_t back,
    const char *const *words, size_t n)
{
	size_t	a = at > lo + back ? at - back : lo;
	char	win[256];

	if (at <= a)
		return (0);
	snprintf(win, sizeof win, " %.*s ", (int)(at - a), d + a);
	return (any_in(win, words, n));
}

/* Return 1 if a negation stands in the few words before folded offset
 * "at" of "d", within sentence start "lo". */
static int
negated(const char *d, size_t lo, size_t at)
{
	static const char *neg[] = {
		" not ", " never ", " no ", " isn't ", " isnt ", " wasn't ",
		" didn't ", " don't ", " nobody ", " hardly ", " not a ",
		" n't ", " hasn't ", " haven't ", " hadn't ", " weren't ",
		" aren't ", " won't ", " hasnt ", " wasnt ", " didnt ",
	};

	return (words_before(d, lo, at, 24, neg, NWORDS(neg)));
}

/* Return 1 if the writer doubts, in the clause before folded offset "at",
 * the wrong that follows: "I don't think anyone there meant it to be
 * discriminatory". */
static int
doubted(const char *d, size_t lo, size_t at)
{
	static const char *doubt[] = {
		" don't think ", " do not think ", " didn't think ",
		" don't believe ", " do not believe ", " dont think ",
	};
	size_t	i;

	/* the clause only: not past a comma, a colon or a "but" */
	for (i = at; i > lo && i + 80 > at; i--) {
		if (d[i - 1] == ',' || d[i - 1] == ':' || (i >= 5 &&
		    strncmp(d + i - 5, " but ", 5) == 0))
			break;
	}
	return (words_before(d, i, at, at - i, doubt, NWORDS(doubt)));
}

/* Return 1 if the "n" words at "w" of a news cue report a criminal
 * charge (not a suspension or an internal investigation). */
static int
criminal(const char *w, size_t n)
{
	static const char *words[] = {
		"charged", "arrest", "convicted", "pleaded", "court",
		"magistrates", "police", "suspicion", "done for",
	};
	char	buf[96];

	snprintf(buf, sizeof buf, "%.*s", (int)n, w);
	return (any_in(buf, words, NWORDS(words)));
}

/* Words that make a person in the news one of the staff. */
static const char *const staff_words[] = {
	"teacher", "staff", "head", "assistant", "caretaker", "governor",
	"principal", "employee", "worked", "works", "teaches", "taught",
};

/* Return 1 if a pupil, a former pupil or another young person is the
 * subject of the news cue at "at" ("a former pupil has been sentenced"),
 * no member of staff standing between: not news about the school. */
static int
pupil_agent(const char *d, size_t lo, size_t at)
{
	static const char *agents[] = {
		"pupil ", "pupils ", "student ", "students ", "former pupil",
		"ex-pupil", "teenager", "schoolboy", "schoolgirl", "youth ",
		"a boy ", "a girl ", "parent ", "a father ", "a mother ",
		"a driver ", "old boy", "sixth former", "sixth-former",
		"my son ", "my daughter ", "my child ", "my kid ", "my boy ",
		"my girl ", "my lad ",
	};
	size_t	a = at > lo + 60 ? at - 60 : lo, i;
	char	win[72];
	const char *p;

	snprintf(win, sizeof win, "%.*s", (int)(at - a), d + a);
	for (i = 0; i < sizeof agents / sizeof agents[0]; i++) {
		if ((p = strstr(win, agents[i])) != NULL)
			return (!any_in(p, staff_words, NWORDS(staff_words)));
	}
	return (0);
}

/* Return 1 if "s" begins with one of the "n" strings "words". */
static int
starts_any(const char *s, const char *const *words, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (strncmp(s, words[i], strlen(words[i])) == 0)
			return (1);
	}
	return (0);
}

/*
 * Return 1 if sentence "sn" of "a" (of "text") opens on a person's full
 * name, two capitalised words, then what is said of them ("Andrew
 * Tolland is alleged to have claimed"): if no one of the school's staff
 * is named in it, a stranger to the school.
 */
static int
named_first(const char *text, const struct analysis *a,
    const struct sentence *sn)
{
	static const char *verbs[] = {
		" is alleged", " was alleged", " is accused", " was accused",
		" has been charged", " was charged", " has been accused",
		" has been arrested", " was arrested", " has been suspended",
		" was suspended", " denies", " denied", " has denied",
		" pleaded", " admitted", " has admitted",
	};
	static const char *not_first[] = {
		"the", "a", "an", "our", "my", "their", "his", "her", "this",
		"that", "st", "saint", "mr", "mrs", "ms", "miss", "dr",
	};
	const char	*d = a->norm->s;
	size_t		 p = sn->start, w, k, n, ws = 0;

	for (w = 0; w < 2; w++) {
		while (p < sn->end && d[p] == ' ')
			p++;
		if (p >= sn->end || !isupper((unsigned char)text[a->norm->map[
		    p]]))
			return (0);
		ws = p;
		while (p < sn->end && (isalpha((unsigned char)d[p]) ||
		    d[p] == '-' || d[p] == '\''))
			p++;
		/* "The Head", "St Aldhelm's", a role: no stranger */
		if ((w == 0 && str_among(d + ws, p - ws, not_first,
		    NWORDS(not_first))) || str_among(d + ws, p - ws,
		    staff_words, NWORDS(staff_words)))
			return (0);
	}
	/* a name of the school's ("Harrowden Park has been accused") */
	for (k = 0; k < a->match.nspans; k++) {
		if (a->match.spans[k].nstart < p &&
		    a->match.spans[k].nend > sn->start)
			return (0);
	}
	for (k = 0; k < NWORDS(verbs); k++) {
		n = strlen(verbs[k]);
		if (p + n <= sn->end && strncmp(d + p, verbs[k], n) == 0)
			return (1);
	}
	return (0);
}

/*
 * Return 1 if the sentence from "lo" to the news cue at "at" opens on a
 * stranger to the school, with no word of staff before the cue: news of
 * that person, the school a landmark. The stranger is the second word
 * ("A man who sold cocaine near Harrowden Park Academy has been jailed",
 * "Milbury man jailed", "a local woman"), "a 29-year-old", or a court
 * report's defendant ("Dean Sharrock, 29, of ...").
 */
static int
stranger_opens(const char *d, size_t lo, size_t at)
{
	static const char *who[] = {
		"man ", "woman ", "men ", "women ", "dad ", "mum ",
		"father ", "mother ", "teenager ", "pensioner ", "driver ",
		"couple ", "motorist", "drug dealer", "dealer ", "burglar",
		"thief", "neighbour", "resident", "lowlife", "low life",
		"low-life", "scumbag", "scum ", "toerag", "scrote", "yob",
		"youths ", "vandal", "idiot", "person ", "one ",
	};
	static const char *very[] = {
		"absolute ", "total ", "utter ", "complete ",
	};
	static const char *dets[] = {
		"a ", "an ", "two ", "three ", "four ",
	};
	const char	*sp, *y;
	size_t		 i, n;
	char		 win[512];

	if (at <= lo)
		return (0);
	while (lo < at && (d[lo] == ' ' || d[lo] == '"' || d[lo] == '\''))
		lo++;
	n = at - lo < sizeof win ? at - lo : sizeof win - 1;
	memcpy(win, d + lo, n);
	win[n] = '\0';
	if (any_in(win, staff_words, NWORDS(staff_words)))
		return (0);
	if ((sp = strchr(win, ' ')) != NULL) {
		if (strncmp(sp + 1, "local ", 6) == 0)
			sp += 6;
		/* "some absolute lowlife" */
		if (starts_any(sp + 1, very, NWORDS(very)))
			sp = strchr(sp + 1, ' ');
		if (starts_any(sp + 1, who, NWORDS(who)))
			return (1);
		/* "a Wexcombe man", "two Milbury teenagers": a place
		 * between the article and the one who did it */
		if (starts_any(win, dets, NWORDS(dets)) && (sp = strchr(sp + 1,
		    ' ')) != NULL && starts_any(sp + 1, who, NWORDS(who)))
			return (1);
	}
	y = strstr(win, "-year-old");
	if (strncmp(win, "a ", 2) == 0 && isdigit((unsigned char)win[2]) &&
	    y != NULL && y < win + 8)
		return (1);
	for (i = 0, n = 0; win[i] != '\0' && win[i] != ','; i++)
		if (win[i] == ' ')
			n++;
	return (n >= 1 && n <= 2 && win[i] == ',' && win[i + 1] == ' ' &&
	    isdigit((unsigned char)win[i + 2]) &&
	    isdigit((unsigned char)win[i + 3]) && win[i + 4] == ',' &&
	    (strncmp(win + i + 5, " of ", 4) == 0 ||
	    strncmp(win + i + 5, " from ", 6) == 0));
}

/* Return 1 if one of the "n" "words" stands in sentence "sn" of folded
 * "d" (its first 500 bytes), which is read with a space either side. */
static int
sentence_has(const char *d, const struct sentence *sn,
    const char *const *words, size_t n)
{
	char	win[512];
	size_t	l = sn->end - sn->start;

	if (l > sizeof win - 3)
		l = sizeof win - 3;
	win[0] = ' ';
	memcpy(win + 1, d + sn->start, l);
	win[l + 1] = ' ';
	win[l + 2] = '\0';
	return (any_in(win, words, n));
}

/* Return 1 if sentence "sn" of folded "d" tells of a case at court, not
 * of threats, which a report repeats: "has been fined", "was jailed". */
static int
court_case(const char *d, const struct sentence *sn)
{
	static const char *words[] = {
		" fined ", " charged ", " jailed ", " sentenced ",
		" pleaded ", " convicted ", " cautioned ", "magistrates",
		"crown court", " restraining order", " community order",
		" arrested ", " jailed.", " fined.", " sentenced.",
		" convicted.",
	};
	static const char *threats[] = { "threat" };

	return (sentence_has(d, sn, words, NWORDS(words)) &&
	    !sentence_has(d, sn, threats, NWORDS(threats)));
}

/* Return 1 if sentence "sn" of folded "d" has its subject give evidence
 * at a trial, not stand accused: "Tomasz Nowicki, giving evidence at
 * Wessex Crown Court, said he had stepped in". */
static int
court_witness(const char *d, const struct sentence *sn)
{
	static const char *witness[] = {
		"giving evidence", "gave evidence", "give evidence",
		"gives evidence", "told a jury how", "told the jury how",
		"told the court how", "as a witness", "prosecution witness",
	};
	static const char *court[] = {
		"jury", "court", "magistrates", " trial", "tribunal",
		"inquest",
	};
	static const char *accused[] = {
		" own defence", " accused ", " denies ", " deny ", " denied ",
		" charged ", " pleaded ", " admits ", " admitted ",
		" defendant",
	};

	return (sentence_has(d, sn, witness, NWORDS(witness)) &&
	    sentence_has(d, sn, court, NWORDS(court)) &&
	    !sentence_has(d, sn, accused, NWORDS(accused)));
}

/* Return 1 if sentence "sn" of folded "d" reads as a court report's. */
static int
court_words(const char *d, const struct sentence *sn)
{
	static const char *words[] = {
		"the court heard", "court was told", "magistrates",
		"the defendant", "pleaded", "sentenced", "was fined",
		"restraining order", "prosecuting", "in mitigation",
		"community order", "was ordered", "the judge", "jurors",
		"the jury", "recorder ",
	};

	return (sentence_has(d, sn, words, NWORDS(words)));
}

/* Return 1 if the first three sentences "sn" of folded "d" speak of a
 * trial: a verdict, a court, a jury. */
static int
on_trial(const char *d, const struct sentence *sn, size_t nsn)
{
	static const char *words[] = {
		" guilty", " trial", " court", " jury", " sentenced",
		" convicted", " pleaded", " magistrates",
	};
	size_t	i;

	for (i = 0; i < nsn && i < 3; i++) {
		if (sentence_has(d, &sn[i], words, NWORDS(words)))
			return (1);
	}
	return (0);
}

/*
 * Return 1 if the sentence at "lo".."at" of "d" opens on the defendant of
 * a trial who is no one of a school's staff ("The defendant, a 38-year-old
 * man from Milbury, stole ..."): the report tries a stranger.
 */
static int
defendant_opens(const char *d, size_t lo, size_t at)
{
	char	win[512];
	size_t	n;

	while (lo < at && (d[lo] == ' ' || d[lo] == '"' || d[lo] == '\''))
		lo++;
	if (strncmp(d + lo, "the defendant", 13) != 0 &&
	    strncmp(d + lo, "the accused", 11) != 0)
		return (0);
	n = at - lo < sizeof win ? at - lo : sizeof win - 1;
	memcpy(win, d + lo, n);
	win[n] = '\0';
	return (!any_in(win, staff_words, NWORDS(staff_words)));
}

/*
 * If the words from "lo" to "at" tell, as a court report does, what the
 * one who opens them was given or admitted ("A Wexcombe man has been
 * given a restraining order after admitting harassing the head"), return
 * one more than the offset of the first such verb, else 0.
 */
static size_t
court_told(const char *d, size_t lo, size_t at)
{
	static const char *verbs[] = {
		" has been fined ", " has been given ", " has been jailed ",
		" has been charged ", " has been sentenced ", " was given ",
		" were given ", " admitted ", " admitting ", " pleaded ",
		" appeared ", " is due ", " was jailed ", " was sentenced ",
		" was fined ", " has been convicted ", " was convicted ",
		/* more than one: "Two men who broke into ... have been
		 * jailed." (at the sentence's end, no space after) */
		" have been jailed", " have been fined", " have been sentenced",
		" have been convicted", " have been charged", " were jailed",
		" were sentenced", " were fined", " were convicted",
	};
	const char	*p, *first = NULL;
	size_t		 i, n;

	for (i = 0; i < NWORDS(verbs); i++) {
		n = strlen(verbs[i]);
		if (at > lo + n && (p = memmem(d + lo, at - lo, verbs[i],
		    n)) != NULL && (first == NULL || p < first))
			first = p;
	}
	return (first == NULL ? 0 : (size_t)(first - d) + 1);
}

/*
 * Return 1 if the words "w" after "a year" or "the year" name pupils: a
 * year group's number, then a plural ("10s"), a pupil ("boy", "girls",
 * "kid") or nothing more before the cue.
 */
static int
year_pupil(const char *w)
{
	static const char *nouns[] = {
		"boy", "girl", "kid", "pupil", "student", "lad", "lass",
		"child", "class",
	};
	size_t	i;

	if (!isdigit((unsigned char)*w))
		return (0);
	while (isdigit((unsigned char)*w))
		w++;
	if (*w == 's')
		return (1);
	while (*w == ' ')
		w++;
	if (*w == '\0')
		return (1);
	for (i = 0; i < sizeof nouns / sizeof nouns[0]; i++) {
		if (strncmp(w, nouns[i], strlen(nouns[i])) == 0)
			return (1);
	}
	return (0);
}

/*
 * Return 1 if a pupil did the wrong of the cue at folded "at" of "d"
 * ("a boy in year 10 has been bullying my son", "Tyler in yr 9 hit
 * him"): a pupil marker stands in the words before it in the sentence
 * (from "lo"), and no member of staff, role or school word. What pupils
 * do to each other is not the school's wrongdoing.
 */
static int
pupil_doer(const struct analysis *a, const char *d, size_t lo, size_t at)
{
	static const char *pupil[] = {
		" in year ", " in yr", " in y1", " in y7", " in y8", " in y9",
		" a boy ", " a girl ", " some boys ", " some girls ",
		" older boys ", " older girls ", " older kids ", " a lad ",
		" some kids ", " other kids ", " a pupil ", " another pupil ",
		" other pupils ", " a student ", " another student ",
		" classmate", " another child ", " other children ",
		" a year ", " the year ", " his class", " her class",
		/* a news report's unnamed youth: "The boy, who cannot be
		 * named, was released on bail" */
		" the boy ", " the boy,", " the girl ", " the girl,",
		" the teenager", " the youngster", " the pupil ",
		" the pupil,", " the student ", " the student,",
	};
	static const char *staff[] = {
		"teacher", "staff", "head", " miss ", " mr ", " mrs ", " ms ",
		" sir ", " dr ", "principal", "deputy", " ta ", "assistant",
		"school", "academy", "governor", "senco", "coach", "dsl",
		"dinner lady", "dinner ladies", "lunchtime supervisor",
		"caretaker",
	};
	static const char *own[] = {
		" my lad ", " my son ", " my daughter ", " my boy ",
		" my girl ", " my kid ", " my child ",
	};
	static const char *doing[] = {
		"has been ", "had been ", "'s been ", "is ", "was ", "keeps ",
		"kept ",
	};
	size_t	b = at > lo + 80 ? at - 80 : lo, i, k, l, n;
	char	win[96];
	int	found = 0;

	snprintf(win, sizeof win, " %.*s ", (int)(at - b), d + b);
	/* the writer's own child doing it ("My lad has been nicking my
	 * charger"), not having it done to him ("my son was grabbed"): the
	 * cue right after, and in "-ing" or "-in'" */
	for (n = at; d[n] != '\0' && isalpha((unsigned char)d[n]); n++)
		;
	if (n - at > 4 && (strncmp(d + n - 3, "ing", 3) == 0 ||
	    strncmp(d + n - 2, "in", 2) == 0)) {	/* "nickin" */
		for (i = 0; i < sizeof own / sizeof own[0] && !found; i++) {
			const char	*p = strstr(win, own[i]);

			if (p == NULL)
				continue;
			p += strlen(own[i]);
			for (k = 0; k < sizeof doing / sizeof doing[0]; k++) {
				l = strlen(doing[k]);
				if (strncmp(p, doing[k], l) == 0 &&
				    (size_t)(p + l - win) == 1 + at - b)
					found = 1;
			}
		}
		if (found)
			return (1);
	}
	for (i = 0; i < sizeof pupil / sizeof pupil[0] && !found; i++) {
		const char *p = strstr(win, pupil[i]);

		/* "the year 2 test papers" and "a year ago" are no pupil:
		 * "a year 9 boy", "the year 10s", "a year 7 pushed him" */
		if (p != NULL && (strcmp(pupil[i], " a year ") == 0 ||
		    strcmp(pupil[i], " the year ") == 0))
			found = year_pupil(p + strlen(pupil[i]));
		else
			found = p != NULL;
	}
	if (!found)
		return (0);
	if (any_in(win, staff, NWORDS(staff)))
		return (0);
	for (i = 0; i < a->match.nspans; i++) {
		const struct match_span *sp = &a->match.spans[i];

		if ((sp->kind == MATCH_STAFF || sp->kind == MATCH_SURNAME ||
		    (sp->kind == MATCH_TRUST && sp->staff >= 0)) &&
		    sp->nstart >= b && sp->nend <= at)
			return (0);
	}
	return (1);
}

/* Return 1 if a cue of "kind" lies in sentence "sn". */
static int
has_kind(const struct cuehit *ch, size_t nch, const struct sentence *sn,
    enum cue_kind kind)
{
	size_t	i;

	for (i = 0; i < nch; i++) {
		if (ch[i].kind == kind && ch[i].start >= sn->start &&
		    ch[i].end <= sn->end)
			return (1);
	}
	return (0);
}

/* Return 1 if sentence "sn" of "d" reports an inspection's judgment of
 * quality (a C_QUALITY hit of "ch" stands in it) and no child left
 * unsafe, abused or neglected, nor a fraud. */
static int
quality_judged(const char *d, const struct sentence *sn,
    const struct cuehit *ch, size_t nch)
{
	static const char *grave[] = {
		"safeguard", "abuse", "neglect", "fraud", "unsafe", "at risk",
	};
	size_t	i, n = sn->end - sn->start;

	for (i = 0; i < sizeof grave / sizeof grave[0]; i++) {
		if (memmem(d + sn->start, n, grave[i], strlen(grave[i])) !=
		    NULL)
			return (0);
	}
	return (has_kind(ch, nch, sn, C_QUALITY));
}

/* Return 1 if the "n" folded bytes at "w" begin the name or an alias
 * of one of the trust's schools ("Harrowden"; not a village of the area
 * with a school of its own, "Wexcombe Primary"). */
static int
word_of_ours(const struct config *cf, const char *w, size_t n)
{
	size_t	k, j;

	for (k = 0; k < cf->nschools; k++) {
		const struct school	*sc = &cf->schools[k];

		if (strncasecmp(sc->name, w, n) == 0 &&
		    !isalpha((unsigned char)sc->name[n]))
			return (1);
		for (j = 0; j < sc->aliases.n; j++) {
			if (strncasecmp(sc->aliases.v[j], w, n) == 0 &&
			    !isalpha((unsigned char)sc->aliases.v[j][n]))
				return (1);
		}
	}
	return (0);
}

/* Return 1 if the "n" bytes at "w" open with a place of one of our
 * schools (a context word: "Upper Wexcombe", "Milbury"). */
static int
place_of_ours(const struct config *cf, const char *w, size_t n)
{
	size_t	k, j, l;

	for (k = 0; k < cf->nschools; k++) {
		const struct strlist	*c = &cf->schools[k].context;

		for (j = 0; j < c->n; j++) {
			l = strlen(c->v[j]);
			if (l <= n && strncasecmp(w, c->v[j], l) == 0 &&
			    (l == n || !isalpha((unsigned char)w[l])))
				return (1);
		}
	}
	return (0);
}

/*
 * Return 1 if the words of "s" from "lo" to the cue at "at" tell of staff
 * at a school left unnamed in a place not ours, as a report of a case
 * elsewhere does ("a former teacher at a Wessex Oak Academies school in
 * Swindon has been jailed", "a teacher from a school in Kent was
 * convicted"; not "a teacher at a school in Upper Wexcombe").
 */
static int
role_at_a_school(const struct config *cf, const char *s, size_t lo,
    size_t at)
{
	static const char *roles[] = {
		"teacher", "head", "headteacher", "head teacher", "principal",
		"deputy head", "teaching assistant", "ta", "caretaker",
		"coach", "member of staff", "governor", "lecturer",
	};
	static const char *ats[] = { " at a ", " at an ", " from a ",
	    " from an " };
	const char	*p, *q, *lim = s + at;
	size_t		 k, r, l, n;

	for (k = 0; k < sizeof ats / sizeof ats[0]; k++) {
		n = strlen(ats[k]);
		for (p = s + lo; p < lim && (p = memmem(p, (size_t)(lim - p),
		    ats[k], n)) != NULL; p += n) {
			for (r = 0; r < sizeof roles / sizeof roles[0]; r++) {
				l = strlen(roles[r]);
				if (p - s >= (ptrdiff_t)(lo + l) &&
				    strncmp(p - l, roles[r], l) == 0 &&
				    (p - l == s + lo || !isalpha((unsigned
				    char)p[-(ptrdiff_t)l - 1])))
					break;
			}
			if (r == sizeof roles / sizeof roles[0])
				continue;
			/* a school's head word within a few words, then
			 * "in" and a place that is not ours */
			for (q = p + n; q < lim && q < p + n + 60; q++) {
				if ((q == p + n || q[-1] == ' ') &&
				    (l = (size_t)analyze_school_head(q,
				    (size_t)(lim - q))) > 0)
					break;
			}
			if (q >= lim || q >= p + n + 60)
				continue;
			/* ("a Milbury primary school" may be ours: only a
			 * place named after it says it is not) */
			q += l;
			while (lim - q > 1 && *q == ' ' && (l = (size_t)
			    analyze_school_head(q + 1, (size_t)(lim - q - 1))) >
			    0)
				q += 1 + l;	/* "academies school" */
			if (lim - q > 4 && strncmp(q, " in ", 4) == 0 &&
			    !place_of_ours(cf, q + 4, (size_t)(lim - q - 4)))
				return (1);
		}
	}
	return (0);
}

/*
 * Return 1 if the doer of the cue at folded offset "at" is staff of
 * another school, named right before it: "the head at Wexcombe Primary
 * covered up", "teachers from Milbury Grammar lied" (a school is
 * another's when none of the text's names of ours covers it).
 */
static int
staff_elsewhere(const struct config *cf, const char *text,
    const struct analysis *a, size_t lo, size_t at)
{
	static const char *roles[] = {
		"head", "headteacher", "head teacher", "teacher", "teachers",
		"staff", "deputy", "principal", "senco", "head of year",
		"governors", "office", "school",
	};
	const struct normtext	*nt = a->norm;
	const char		*s = nt->s;
	size_t			 e = at, hs, w, p, k, l;

	if (role_at_a_school(cf, s, lo, at))
		return (1);
	/* the school's head word ends right before the cue */
	while (e > lo && s[e - 1] == ' ')
		e--;
	for (hs = e; hs > lo && isalpha((unsigned char)s[hs - 1]); hs--)
		;
	if (hs == e || analyze_school_head(s + hs, e - hs) != (int)(e - hs))
		return (0);
	/* a capitalised word before it, not ours */
	if (hs < lo + 2 || s[hs - 1] != ' ')
		return (0);
	for (w = hs - 1; w > lo && s[w - 1] != ' '; w--)
		;
	if (!isupper((unsigned char)text[nt->map[w]]))
		return (0);
	for (k = 0; k < a->match.nspans; k++) {
		if (a->match.spans[k].nstart <= w &&
		    a->match.spans[k].nend >= hs)
			return (0);
	}
	/* nor a word of ours the writer put before "School" ("Harrowden
	 * School") */
	if (word_of_ours(cf, s + w, hs - 1 - w))
		return (0);
	/* "at", "of" or "from", and a role before it */
	for (p = w; p > lo + 1 && s[p - 1] == ' '; p--)
		;
	if (p >= lo + 3 && strncmp(s + p - 3, " at", 3) == 0)
		p -= 3;
	else if (p >= lo + 3 && strncmp(s + p - 3, " of", 3) == 0)
		p -= 3;
	else if (p >= lo + 5 && strncmp(s + p - 5, " from", 5) == 0)
		p -= 5;
	else
		return (0);
	for (k = 0; k < sizeof roles / sizeof roles[0]; k++) {
		l = strlen(roles[k]);
		if (p >= lo + l && strncmp(s + p - l, roles[k], l) == 0 &&
		    (p == lo + l || !isalpha((unsigned char)s[p - l - 1])))
			return (1);
	}
	return (0);
}

/* Return 1 if someone outside the trust did what the cue at "at" says:
 * "someone stole", "the thief who", "burglars took". */
static int
other_agent(const char *d, size_t lo, size_t at)
{
	static const char *agents[] = {
		"someone ", "somebody ", "a man ", "a woman ", "thieves ",
		"burglars ", "the thief", "vandals ", "intruders ",
		"a burglar ", "youths ", "a youth ", "a thief ", "robbers ",
		"the burglar", "the man ", "the woman ", "a gang ",
		"year-old man", "year-old woman", "defendant", "the accused",
		"a local man", "a local woman", "a driver ",
	};
	static const char *copula[] = {
		"is ", "was ", "are ", "were ", "'s ", "being ", "like ",
		"is a ", "was a ", "'s a ", "like a ", "are a ", "were a ",
		"a ", "an ",
	};
	size_t	a = at > lo + 40 ? at - 40 : lo, i, n;
	char	win[64];

	/* "Mr X is a thief": a thief named, not one who did it */
	for (i = 0; i < sizeof copula / sizeof copula[0]; i++) {
		n = strlen(copula[i]);
		if (at >= lo + n && strncmp(d + at - n, copula[i], n) == 0 &&
		    (strncmp(copula[i], "a", 1) != 0 || (at >= lo + n + 3 &&
		    strncmp(d + at - n - 3, "is ", 3) == 0)))
			return (0);
	}
	snprintf(win, sizeof win, "%.*s", (int)(at + 9 - a), d + a);
	return (any_in(win, agents, NWORDS(agents)));
}

/* Return 1 if the threat cue at "at" reports an attack that others
 * made on the school ("Vandals smashed two windows, set fire to a
 * planter"): its sentence, from "lo", names them before it. */
static int
attack_reported(const char *d, size_t lo, size_t at)
{
	static const char *doers[] = {
		"vandals", "arsonists", "intruders", "burglars", "thieves",
		"youths", "a gang", "yobs", "a fire ", "an arsonist",
	};

	return (words_before(d, lo, at, 160, doers, NWORDS(doers)));
}

struct target {
	char	*desc;		/* "staff: Mr Leese", "school: st-aldhelms" */
	int	 school;	/* -1: none or the trust */
	int	 staff;		/* 1: a named member of staff */
	int	 kind;		/* 0 none, 1 school, 2 staff, 3 trust, 4 role,
				   5 pupils */
};

/* Return 1 if one of the "n" "words" begins a word of sentence "sn" of
 * "d" (and, if it ends in a letter, ends one). */
static int
word_in(const char *d, const struct sentence *sn, const char *const *words,
    size_t n)
{
	size_t	i, j, l;

	for (i = 0; i < n; i++) {
		l = strlen(words[i]);
		for (j = sn->start; j + l <= sn->end; j++)
			if ((j == 0 || !isalpha((unsigned char)d[j - 1])) &&
			    strncmp(d + j, words[i], l) == 0 &&
			    !(isalpha((unsigned char)words[i][l - 1]) &&
			    isalpha((unsigned char)d[j + l])))
				return (1);
	}
	return (0);
}

/* Return 1 if sentence "sn" of "d" speaks of a person in the third
 * person ("stood next to her at drop off"). */
static int
of_her_or_him(const char *d, const struct sentence *sn)
{
	static const char *words[] = {
		"her ", "her.", "her,", "him ", "him.", "him,", "she ",
		"she's ", "shes ", "he's ", "hes ",
	};

	return (word_in(d, sn, words, NWORDS(words)));
}

/* Return 1 if sentence "sn" of "d" speaks of "they", as of a school's
 * people ("They are a bunch of liars"). */
static int
of_them(const char *d, const struct sentence *sn)
{
	static const char *words[] = {
		"they ", "they're ", "theyre ", "them ", "their ", "them.",
	};

	return (word_in(d, sn, words, NWORDS(words)));
}

/*
 * Return 1 if text "d" names schools of ours only as places, where
 * something stands or happens ("the ice cream van that parks outside
 * Harrowden Park Academy ... The man's a crook"), and no staff or trust:
 * what it says with no target of its own is not said of a school.
 */
static int
ours_as_landmark(const struct analysis *a, const char *d)
{
	static const char *place[] = {
		"outside ", "opposite ", "near ", "next to ", "across from ",
		"round the corner from ", "down the road from ", "behind ",
		"by the gates of ", "outside the gates of ",
	};
	size_t	k, j, n, at, seen = 0;

	for (k = 0; k < a->match.nspans; k++) {
		const struct match_span *sp = &a->match.spans[k];
		int	 ok = 0;

		if (sp->school < 0 || sp->kind == MATCH_STAFF ||
		    sp->kind == MATCH_SURNAME || sp->kind == MATCH_TRUST)
			return (0);
		if (sp->kind != MATCH_NAME && sp->kind != MATCH_WEAK)
			continue;
		at = sp->nstart;
		for (j = 0; j < NWORDS(place) && !ok; j++) {
			n = strlen(place[j]);
			ok = at >= n && strncmp(d + at - n, place[j], n) == 0;
		}
		if (!ok)
			return (0);
		seen++;
	}
	return (seen > 0);
}

/* Return 1 if sentence "sn" names a school, staff or the trust of ours. */
static int
names_ours(const struct analysis *a, const struct sentence *sn)
{
	size_t	k;

	for (k = 0; k < a->match.nspans; k++) {
		if (a->match.spans[k].nstart >= sn->start &&
		    a->match.spans[k].nend <= sn->end)
			return (1);
	}
	return (0);
}

/*
 * Return 1 if sentence "sn" of "text" names a school that is not one of
 * the trust's: a capitalised word before a capitalised "School",
 * "Grammar", "Academy"... outside every span of ours ("Milbury Grammar
 * was impressive but the head there was rude"). Then "the head" and
 * "the teachers" in it are that school's.
 */
static int
other_school(const char *text, const struct analysis *a,
    const struct sentence *sn)
{
	const struct normtext	*nt = a->norm;
	size_t			 i, k, w, l;

	for (i = sn->start + 1; i < sn->end; i++) {
		if (nt->s[i - 1] != ' ' || !isupper((unsigned char)
		    text[nt->map[i]]))
			continue;
		l = (size_t)analyze_school_head(nt->s + i, nt->len - i);
		if (l == 0 || i + l > sn->end)
			continue;
		/* the word before: capitalised, and not one of ours */
		if (i < 2)
			continue;
		for (w = i - 2; w > sn->start && nt->s[w - 1] != ' '; w--)
			;
		if (!isupper((unsigned char)text[nt->map[w]]))
			continue;
		for (k = 0; k < a->match.nspans; k++) {
			if (a->match.spans[k].nstart <= w &&
			    a->match.spans[k].nend >= i)
				break;
		}
		if (k == a->match.nspans)
			return (1);
	}
	return (0);
}

/* Find the target of sentence "sn" into "t"; return 1 if there is one. */
static int
find_target(const struct harm *h, const struct analysis *a,
    const struct sentence *sn, const struct cuehit *ch, size_t nch,
    struct target *t)
{
	const struct match_result *r = &a->match;
	size_t	 i;
	int	 best = 0;

	memset(t, 0, sizeof *t);
	t->school = -1;
	for (i = 0; i < r->nspans; i++) {
		const struct match_span	*sp = &r->spans[i];
		int			 k;

		if (sp->nstart < sn->start || sp->nend > sn->end)
			continue;
		if (sp->kind == MATCH_STAFF || sp->kind == MATCH_SURNAME)
			k = 2;
		else if (sp->kind == MATCH_TRUST)
			k = sp->staff >= 0 ? 2 : 3;
		else
			k = 1;
		if (k == 2 && best != 2) {
			const struct staff *st = sp->school >= 0 ?
			    &h->cf->schools[sp->school].staff[sp->staff] :
			    &h->cf->trust_staff[sp->staff];

			free(t->desc);
			xasprintf(&t->desc, "staff: %s%s%s", st->title,
			    *st->title ? " " : "", st->surname);
			t->school = sp->school;
			t->staff = 1;
			best = 2;
		} else if (k == 1 && best == 0) {
			free(t->desc);
			xasprintf(&t->desc, "school: %s",
			    h->cf->schools[sp->school].id);
			t->school = sp->school;
			best = 1;
		} else if (k == 3 && best == 0) {
			free(t->desc);
			t->desc = xstrdup("trust");
			best = 3;
		}
	}
	if (best == 0) {
		for (i = 0; i < nch; i++) {
			if (ch[i].start < sn->start || ch[i].end > sn->end)
				continue;
			if (ch[i].kind == C_ROLE) {
				free(t->desc);
				xasprintf(&t->desc, "role: %.*s",
				    (int)(ch[i].end - ch[i].start),
				    a->norm->s + ch[i].start);
				best = 4;
				break;
			}
			if (ch[i].kind == C_PUPILS && best == 0) {
				free(t->desc);
				t->desc = xstrdup("pupils");
				best = 5;
			}
		}
	}
	t->kind = best;
	if (best != 0 && t->school < 0 && r->nmentions > 0 && best != 3)
		t->school = r->mentions[0].school;
	return (best != 0);
}

struct scored {
	double	 score;
	json_t	*raised;
	json_t	*lowered;
	size_t	 qs, qe;	/* the cue words that decided, folded */
	int	 crime;
	int	 wrong;		/* a wrong itself, not only news of one */
	int	 other;		/* someone outside the trust did it */
	int	 around;	/* set by the caller: the sentence is about a
				   person, so hints around it count */
	int	 stranger;	/* set by the caller: a court report whose
				   first sentence tried a stranger */
};

#define AROUND_NEAR	300	/* bytes either side a hint still counts */

/*
 * Insinuation about a person is often spread over a post, a hint to a
 * sentence ("Those of us who were there remember why Mr Okafor suddenly
 * stopped going on trips ... Some of us have longer memories than the
 * governors"). To a sentence that hints itself, add the plain hints (not
 * scare quotes, which quote slang as often) of the sentences near it in
 * the same paragraph, at most 0.3.
 */
static void
insinuation_around(const char *d, const struct sentence *sn,
    const struct cuehit *ch, size_t nch, struct scored *sc)
{
	size_t		 i, lo, hi, last = 0, first = (size_t)-1;
	double		 w = 0;
	json_t		*o;

	lo = sn->start > sn->pstart + AROUND_NEAR ? sn->start - AROUND_NEAR :
	    sn->pstart;
	hi = sn->end + AROUND_NEAR < sn->pend ? sn->end + AROUND_NEAR :
	    sn->pend;
	for (i = 0; i < nch; i++) {
		if (ch[i].kind != C_INSINUATE || ch[i].w < 0.3 ||
		    ch[i].start < lo || ch[i].end > hi || (ch[i].start >=
		    sn->start && ch[i].end <= sn->end) || ch[i].start < last)
			continue;
		w += ch[i].w;
		last = ch[i].end;
		if (first == (size_t)-1)
			first = i;
	}
	if (w <= 0)
		return;
	if (w > 0.3)
		w = 0.3;
	o = json_pack("{s:s, s:s#, s:f}", "cue", "insinuation in the "
	    "sentences around", "words", d + ch[first].start,
	    (int)(ch[first].end - ch[first].start), "weight", w);
	json_array_append_new(sc->raised, o);
	sc->score += w;
}

/* Record in "sc" that cue "c" (named "what") moved the score by "w". */
static void
cue_add(struct scored *sc, const char *what, const char *d,
    const struct cuehit *c, double w)
{
	json_t	*o = json_pack("{s:s, s:s#, s:f, s:[I, I]}", "cue", what,
	    "words", d + c->start, (int)(c->end - c->start), "weight", w,
	    "span", (json_int_t)c->start, (json_int_t)c->end);

	if (w >= 0)
		json_array_append_new(sc->raised, o);
	else
		json_array_append_new(sc->lowered, o);
	sc->score += w;
}

/* Add a harm finding of "category" for sentence "sn" to "a". */
static void
add_finding(struct harm *h, const char *text, struct analysis *a,
    const char *category, const struct sentence *sn, struct target *t,
    struct scored *sc, const char *recogniser)
{
	struct finding	*f;
	size_t		 s, e;
	json_t		*tr;
	char		*words, *q;
	const char	*tdesc = t->desc != NULL ? t->desc : "the text's "
			    "subject";

	f = analysis_add(a, "harm", category);
	f->score = sc->score > 1 ? 1 : sc->score;
	q = analyze_quote(text, a->norm, sn->start, sn->end, &s, &e);
	f->quote = q;
	f->start = s;
	f->end = e;
	f->target = xstrdup(tdesc);
	if (t->school >= 0)
		f->school = xstrdup(h->cf->schools[t->school].id);
	words = analyze_quote(text, a->norm, sc->qs, sc->qe, &s, &e);
	if (strcmp(category, "threat") == 0) {
		f->severity = SEV_HIGH;
		xasprintf(&f->reason, "A threat against %s: \"%s\".", tdesc,
		    words);
	} else if (strcmp(category, "allegation") == 0) {
		f->severity = sc->crime && t->staff ? SEV_HIGH : SEV_MEDIUM;
		xasprintf(&f->reason, "An allegation of %s against %s, "
		    "stated or insinuated as fact: \"%s\".", sc->crime ?
		    "a crime" : "wrongdoing", tdesc, words);
	} else if (strcmp(category, "abuse") == 0) {
		f->severity = SEV_MEDIUM;
		xasprintf(&f->reason, "Abusive words aimed at %s: \"%s\".",
		    tdesc, words);
	} else {
		f->severity = SEV_LOW;
		xasprintf(&f->reason, "Criticism of %s (fair comment, not "
		    "flagged): \"%s\".", tdesc, words);
	}
	free(words);
	/* the cues as the original words, with original offsets */
	{
		json_t	*arrs[2] = { sc->raised, sc->lowered }, *el, *sp;
		size_t	 k, x;

		for (k = 0; k < 2; k++) {
			json_array_foreach(arrs[k], x, el) {
				size_t	cs, ce;
				char	*cq;

				sp = json_object_get(el, "span");
				if (!json_is_array(sp))
					continue;
				cq = analyze_quote(text, a->norm, (size_t)
				    json_integer_value(json_array_get(sp, 0)),
				    (size_t)json_integer_value(
				    json_array_get(sp, 1)), &cs, &ce);
				json_object_set_new(el, "words",
				    json_string(cq));
				json_object_set_new(el, "span", json_pack(
				    "[I, I]", (json_int_t)cs, (json_int_t)ce));
				free(cq);
			}
		}
	}
	tr = json_pack("{s:s, s:s, s:[I, I], s:s, s:f, s:f, s:O, s:O}",
	    "recogniser", recogniser, "category", category, "span",
	    (json_int_t)f->start, (json_int_t)f->end, "target", tdesc,
	    "score", f->score, "threshold", strcmp(category, "criticism") ==
	    0 ? 0.5 : h->th.harm, "raised", sc->raised, "lowered",
	    sc->lowered);
	f->trace = json_dumps(tr, JSON_COMPACT);
	json_decref(tr);
}

/* Return 1 if sentence "sn" of folded text "s" opens with a verb's
 * "-ing" form, the subject of the words up to "at": an act, not a
 * person ("Making them stand in the rain is a disgrace"). */
static int
gerund_opens(const char *s, const struct sentence *sn, size_t at)
{
	static const char *nouns[] = {
		"something", "nothing", "everything", "anything", "morning",
		"evening", "darling", "sibling", "pudding", "building",
	};
	size_t	b = sn->start, e, i;

	while (b < at && !isalpha((unsigned char)s[b]))
		b++;
	for (e = b; e < at && isalpha((unsigned char)s[e]); e++)
		;
	if (e - b < 6 || strncmp(s + e - 3, "ing", 3) != 0 ||
	    memchr(s + b, ',', at - b) != NULL)
		return (0);
	for (i = 0; i < sizeof nouns / sizeof nouns[0]; i++) {
		if (e - b == strlen(nouns[i]) && strncmp(s + b, nouns[i],
		    e - b) == 0)
			return (0);
	}
	return (1);
}

/*
 * Return 1 if the scorn of cue hit "ch[k]" falls on a thing: a thing
 * complained of ("the toilets", "the new rules") stands shortly before it
 * in sentence "sn", with no person of "a" (staff, the school by name, a
 * role) between them.
 */
static int
scorn_on_thing(const struct analysis *a, const struct sentence *sn,
    const struct cuehit *ch, size_t nch, size_t k)
{
	size_t	i, j, from = 0;
	int	found = 0;

	/* an act that opens the sentence, named by its "-ing" form:
	 * "Downgrading Fenwick Vale after a two-day visit is a joke" */
	if (gerund_opens(a->norm->s, sn, ch[k].start))
		return (1);
	/* an adjective of scorn before a thing: "disgusting priorities" */
	for (i = 0; i < nch; i++) {
		if (ch[i].kind == C_THING && ch[i].start > ch[k].end &&
		    ch[i].start <= ch[k].end + 1 && ch[i].end <= sn->end)
			return (1);
	}
	for (i = 0; i < nch; i++) {
		if (ch[i].kind != C_THING || ch[i].start < sn->start ||
		    ch[i].end > ch[k].start || ch[k].start - ch[i].end > 60)
			continue;
		found = 1;
		from = ch[i].end;
	}
	if (!found)
		return (0);
	for (j = 0; j < a->match.nspans; j++) {
		if (a->match.spans[j].nstart >= from &&
		    a->match.spans[j].nend <= ch[k].start &&
		    a->match.spans[j].staff >= 0)
			return (0);
	}
	for (i = 0; i < nch; i++) {
		const char	*w = a->norm->s + ch[i].start;

		if (ch[i].start < from || ch[i].end > ch[k].start ||
		    ch[i].kind != C_ROLE)
			continue;
		/* the school or the trust as a place is not a person */
		if (strncmp(w, "the school", 10) != 0 &&
		    strncmp(w, "the academy", 11) != 0 &&
		    strncmp(w, "trust", 5) != 0 &&
		    strncmp(w, "leadership", 10) != 0)
			return (0);
	}
	return (1);
}

/* Return 1 if cue hit "ch[k]" lies inside an opinion's frame ("it's a
 * scandal that"). */
static int
in_frame(const struct cuehit *ch, size_t nch, size_t k)
{
	size_t	i;

	for (i = 0; i < nch; i++) {
		if (ch[i].kind == C_FRAME &&
		    ch[i].start <= ch[k].start && ch[i].end >= ch[k].end)
			return (1);
	}
	return (0);
}

/*
 * Return 1 if the insult ending at folded offset "end" of "d" is pinned
 * to someone outside the trust named right after it ("the absolute
 * muppet from Wexcombe Council", "the clown at St Benedict's"): "from" or
 * "at", then a capitalised name that is none of ours.
 */
static int
insult_elsewhere(const char *text, const struct analysis *a, const char *d,
    size_t end)
{
	static const char	*times[] = {
		"christmas", "easter", "halloween", "half term", "weekends",
		"monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "january", "february", "march", "april",
		"may", "june", "july", "august", "september", "october",
		"november", "december", "night", "break", "lunch", "assembly",
	};
	const struct normtext	*nt = a->norm;
	size_t			 p = end, k;

	if (strncmp(d + p, " from ", 6) == 0)
		p += 6;
	else if (strncmp(d + p, " at ", 4) == 0)
		p += 4;
	else
		return (0);
	if (strncmp(d + p, "the ", 4) == 0)
		p += 4;
	if (p >= nt->len || !isupper((unsigned char)text[nt->map[p]]))
		return (0);
	/* ("a clown at Christmas": a time, no one else) */
	if (starts_any(d + p, times, NWORDS(times)))
		return (0);
	for (k = 0; k < a->match.nspans; k++) {
		if (a->match.spans[k].nstart <= p + 1 &&
		    a->match.spans[k].nend > p)
			return (0);
	}
	return (1);
}

/*
 * Return 1 if the insult at folded offset "at" of "d" opens sentence
 * "lo" as the name of someone unknown who did something ("Some absolute
 * lowlife nicked the bucket outside Fenwick Vale", "Whatever idiot
 * parked across the gates"): that person is insulted, not the school.
 */
static int
unknown_insulted(const char *d, size_t lo, size_t at, size_t end)
{
	static const char *who[] = {
		"some ", "whatever ", "whichever ", "some absolute ",
		"some total ", "some utter ", "some complete ",
	};
	static const char *did[] = {
		"stole ", "took ", "broke ", "threw ", "left ", "drove ",
		"ran ", "hit ", "let ",
	};
	size_t	i, n, w;

	while (lo < at && (d[lo] == ' ' || d[lo] == '"' || d[lo] == '\''))
		lo++;
	for (i = 0; i < NWORDS(who); i++) {
		n = strlen(who[i]);
		if (lo + n == at && strncmp(d + lo, who[i], n) == 0)
			break;
	}
	if (i == NWORDS(who) || d[end] != ' ')
		return (0);
	/* an act: "nicked", "parked", "stole" */
	for (w = end + 1; isalpha((unsigned char)d[w]); w++)
		;
	return ((w - end > 3 && d[w - 2] == 'e' && d[w - 1] == 'd') ||
	    starts_any(d + end + 1, did, NWORDS(did)));
}

/*
 * Return 1 if the insult at "at" is said of someone outside the trust,
 * named just before it in the clause that opens at "lo": "the Education
 * Secretary is a lying clown", "the ref was a joke".
 */
static int
outsider_insulted(const char *d, size_t lo, size_t at)
{
	static const char *who[] = {
		" education secretary", " secretary of state",
		" prime minister", " the pm ", " chancellor",
		" the government", " ministers", " minister ", " mp ",
		" mps ", " politicians", " the tories", " the council ",
		" councillors", " the referee", " the ref ", " the dfe",
		" ofsted inspector",
	};
	static const char *be[] = { " is ", " are ", " was ", " were ",
	    "'s ", "'re " };
	const char	*r, *best = NULL;
	size_t		 i, n;
	char		 win[160];

	if (at - lo > 100)
		lo = at - 100;
	n = at - lo;
	win[0] = ' ';
	memcpy(win + 1, d + lo, n);
	win[n + 1] = '\0';
	for (i = 0; i < NWORDS(who); i++) {
		if ((r = strstr(win, who[i])) != NULL && (best == NULL ||
		    r > best))
			best = r;
	}
	if (best == NULL || any_in(best, staff_words, NWORDS(staff_words)))
		return (0);
	/* the role is the subject: "... is a lying clown" */
	return (any_in(best, be, NWORDS(be)) && strchr(best, ',') == NULL);
}

/*
 * Return the offsets of folded "d" ("len" bytes) where someone outside
 * the trust is named by a public role and a capitalised name ("Our MP
 * Jane Cottrell", "TV chef Danny Rourke"), in text order, and set "*n"
 * to their number. An insult after such a name, with no target of its
 * own, is that person's.
 */
static size_t *
outsiders_named(const char *text, const struct analysis *a, const char *d,
    size_t len, size_t *n)
{
	static const char *roles[] = {
		"mp", "footballer", "presenter", "minister", "actor",
		"actress", "comedian", "influencer", "youtuber", "celebrity",
		"singer", "councillor", "cllr", "pundit", "novelist",
	};
	const char	*p, *w;
	size_t		*v = NULL, i, at;

	*n = 0;
	/* one pass: each capitalised word, and the word before it */
	for (p = d; (p = memchr(p, ' ', len - (size_t)(p - d))) != NULL;
	    p++) {
		at = (size_t)(p - d) + 1;
		if (at >= len || !isupper((unsigned char)text[a->norm->map[at]]))
			continue;
		for (w = p; w > d && w[-1] != ' '; w--)
			;
		for (i = 0; i < NWORDS(roles); i++) {
			if ((size_t)(p - w) == strlen(roles[i]) &&
			    memcmp(w, roles[i], (size_t)(p - w)) == 0)
				break;
		}
		/* "TV chef Danny Rourke", not the school's chef */
		if (i == NWORDS(roles) && !(p - w == 4 && memcmp(w, "chef",
		    4) == 0 && w - d >= 3 && memcmp(w - 3, "tv ", 3) == 0))
			continue;
		v = xreallocarray(v, *n + 1, sizeof *v);
		v[(*n)++] = at;
	}
	return (v);
}

/* Return 1 if a name of ours opens the post ("@HarrowdenParkAc I know
 * where you live"): a post to the school, not to a friend. */
static int
ours_first(const struct analysis *a)
{
	size_t	k;

	for (k = 0; k < a->match.nspans; k++)
		if (a->match.spans[k].nstart <= 1)
			return (1);
	return (0);
}

/* Return 1 if sentence "sn" names a member of staff of ours. */
static int
staff_in(const struct analysis *a, const struct sentence *sn)
{
	size_t	k;

	for (k = 0; k < a->match.nspans; k++) {
		const struct match_span *sp = &a->match.spans[k];

		if ((sp->kind == MATCH_STAFF || sp->kind == MATCH_SURNAME) &&
		    sp->nstart >= sn->start && sp->nend <= sn->end)
			return (1);
	}
	return (0);
}

/* Return 1 if sentence "sn" holds or ends with tears of laughter
 * ("lol", "😂"). */
static int
laughed(const struct sentence *sn, const struct cuehit *ch, size_t nch)
{
	size_t	i;

	for (i = 0; i < nch; i++)
		if (ch[i].kind == C_JOKE && ch[i].start >= sn->start &&
		    ch[i].start <= sn->end + 2)
			return (1);
	return (0);
}

/* Return 1 if the post laughs somewhere ("😂", "lol"). */
static int
post_laughs(const struct cuehit *ch, size_t nch)
{
	size_t	i;

	for (i = 0; i < nch; i++)
		if (ch[i].kind == C_JOKE)
			return (1);
	return (0);
}

/*
 * Return 1 if sentence "sn" of post "d" threatens "you" in a post to a
 * friend: one that opens with a handle ("@gemma_wexx") or signs off with
 * a kiss ("x", "xx").
 */
static int
to_a_friend(const char *d, const struct sentence *sn)
{
	size_t	n = strlen(d), i;
	int	you = 0;

	for (i = sn->start; i + 4 <= sn->end && !you; i++)
		you = (i == 0 || !isalpha((unsigned char)d[i - 1])) &&
		    ((strncmp(d + i, "you", 3) == 0 && !isalpha((unsigned
		    char)d[i + 3])) || (strncmp(d + i, "u", 1) == 0 &&
		    !isalpha((unsigned char)d[i + 1])) ||
		    strncmp(d + i, "ya ", 3) == 0);
	if (!you)
		return (0);
	while (n > 0 && (d[n - 1] == ' ' || d[n - 1] == '\n'))
		n--;
	i = n;
	while (i > 0 && d[i - 1] == 'x')
		i--;
	return (d[0] == '@' || (n - i >= 1 && n - i <= 3 && i > 0 &&
	    d[i - 1] == ' '));
}

/* Return 1 if a threat found since finding "first" of "a" quotes the
 * original offset "o". */
static int
threat_found(const struct analysis *a, size_t first, size_t o)
{
	size_t	k;

	for (k = first; k < a->nfindings; k++) {
		if (strcmp(a->findings[k].category, "threat") == 0 &&
		    a->findings[k].start <= o && a->findings[k].end > o)
			return (1);
	}
	return (0);
}

/* Return 1 if sentence "sn" of "d" speaks of him or her ("his sort"). */
static int
third_person(const char *d, const struct sentence *sn)
{
	static const char *words[] = { "he", "she", "him", "his", "her" };

	return (word_in(d, sn, words, NWORDS(words)));
}

/* Score sentence "sn" of "a" for "kind"; fill "sc". */
static void
score_kind(const struct harm *h, const char *text, const struct analysis *a,
    const char *d, const struct sentence *sn, const struct cuehit *ch,
    size_t nch, enum cue_kind kind, struct scored *sc)
{
	size_t	i, lastend = 0, insend = 0, insn = 0, jokei = (size_t)-1;
	double	best = 0, sum = 0, insw = 0;
	int	have = 0, question = 0, quality;

	sc->score = 0;
	sc->crime = 0;
	sc->wrong = 0;
	sc->other = 0;
	sc->raised = json_array();
	sc->lowered = json_array();
	sc->qs = sc->qe = 0;
	quality = kind == C_ALLEGE && quality_judged(d, sn, ch, nch);
	for (i = 0; i < nch; i++) {
		const struct cuehit	*c = &ch[i];
		int			 neg;

		if (ch[i].start < sn->start || ch[i].end > sn->end)
			continue;
		if (c->kind != C_FRAME && c->kind != C_CRITIC &&
		    in_frame(ch, nch, i)) {
			cue_add(sc, "the frame of an opinion", d, &ch[i], 0);
			continue;
		}
		neg = negated(d, sn->start, ch[i].start);
		switch (kind) {
		case C_THREAT:
			if (c->kind == C_THREAT && attack_reported(d,
			    sn->start, ch[i].start)) {
				cue_add(sc, "an attack others made, reported",
				    d, &ch[i], 0);
				continue;
			}
			if ((c->kind == C_THREAT || c->kind == C_VIOLENT) &&
			    !neg) {
				cue_add(sc, c->kind == C_THREAT ? "threat" :
				    "violence aimed at a target", d, &ch[i], 0);
				if (c->w > best) {
					best = c->w;
					sc->qs = ch[i].start;
					sc->qe = ch[i].end;
				}
				have = 1;
			} else if (c->kind == C_INTENT) {
				cue_add(sc, "intent", d, &ch[i], c->w);
			} else if (c->kind == C_IDIOM) {
				cue_add(sc, "idiom", d, &ch[i], -c->w);
			}
			break;
		case C_ABUSE:
			if (c->kind == C_SCORN && !neg && scorn_on_thing(a,
			    sn, ch, nch, i)) {
				cue_add(sc, "scorn of a thing, not a person",
				    d, &ch[i], 0);
				continue;
			}
			if ((c->kind == C_ABUSE || c->kind == C_SCORN) &&
			    !neg && (insult_elsewhere(text, a, d, c->end) ||
			    unknown_insulted(d, sn->start, ch[i].start,
			    ch[i].end) || outsider_insulted(d, sn->start,
			    ch[i].start))) {
				cue_add(sc, "an insult of someone named after "
				    "it, not of the school", d, &ch[i], 0);
				continue;
			}
			if ((c->kind == C_ABUSE || c->kind == C_SCORN) &&
			    !neg) {
				cue_add(sc, "insult", d, &ch[i], c->w);
				if (!have || c->w > best) {
					sc->qs = ch[i].start;
					sc->qe = ch[i].end;
					best = c->w;
				}
				have = 1;
			} else if (c->kind == C_OPINION)
				cue_add(sc, "opinion", d, &ch[i], -c->w);
			else if (c->kind == C_IDIOM)
				cue_add(sc, "idiom", d, &ch[i], -c->w);
			break;
		case C_ALLEGE:
			if (c->kind == C_NEWS && pupil_agent(d, sn->start,
			    ch[i].start)) {
				cue_add(sc, "news of a pupil, not the school",
				    d, &ch[i], 0);
				continue;
			}
			if ((c->kind == C_NEWS || (c->kind == C_ALLEGE &&
			    !staff_in(a, sn) && court_told(d, sn->start,
			    ch[i].start))) &&
			    (stranger_opens(d, sn->start, ch[i].start) ||
			    (named_first(text, a, sn) && !staff_in(a, sn)))) {
				cue_add(sc, "news of a stranger to the school",
				    d, &ch[i], 0);
				continue;
			}
			/* "A Milbury father has been fined ... The court
			 * heard he went to the academy and shoved a member
			 * of staff": the case is the stranger's, and so are
			 * its charges and crimes where no staff are named
			 * ("Two jailed over school break-in", "loading the
			 * tablets into a stolen van") */
			if ((c->kind == C_NEWS || c->kind == C_CRIME ||
			    c->kind == C_ALLEGE) && sc->stranger &&
			    !staff_in(a, sn) && (c->kind != C_ALLEGE ||
			    court_words(d, sn))) {
				cue_add(sc, "news of a stranger to the school",
				    d, &ch[i], 0);
				continue;
			}
			if ((c->kind == C_ALLEGE || c->kind == C_CRIME) &&
			    !(c->flags & LEX_PASSIVE) &&
			    pupil_doer(a, d, sn->start, ch[i].start)) {
				cue_add(sc, "a pupil did it, not the school",
				    d, &ch[i], 0);
				continue;
			}
			if (c->kind == C_ALLEGE && quality) {
				/* "Ofsted found leaders had failed to act" */
				cue_add(sc, "an inspection's judgment of "
				    "quality, fair comment", d, &ch[i], 0);
				continue;
			}
			if ((c->kind == C_ALLEGE || c->kind == C_CRIME ||
			    c->kind == C_NEWS) && staff_elsewhere(h->cf, text,
			    a, sn->start, ch[i].start)) {
				cue_add(sc, "staff of another school did it",
				    d, &ch[i], 0);
				sc->other = 1;
				continue;
			}
			if ((c->kind == C_CRIME || c->kind == C_NEWS) &&
			    court_witness(d, sn)) {
				cue_add(sc, "a witness at court, not the "
				    "accused", d, &ch[i], 0);
				sc->other = 1;
				continue;
			}
			if (c->kind == C_CRIME && (other_agent(d, sn->start,
			    ch[i].start) || stranger_opens(d, sn->start,
			    ch[i].start))) {
				/* "Someone stole my bike from outside the
				 * school": the school is the place */
				cue_add(sc, "someone else did it", d, &ch[i], 0);
				sc->other = 1;
				continue;
			}
			if ((c->kind == C_ALLEGE || c->kind == C_CRIME ||
			    c->kind == C_NEWS) && have &&
			    ch[i].start < lastend) {
				/* the same words again: the larger weight */
				if (c->w > best) {
					cue_add(sc, kind_names[c->kind], d,
					    &ch[i], 0);
					best = c->w;
					sc->qs = ch[i].start;
					sc->qe = ch[i].end;
				}
				if (c->kind == C_CRIME)
					sc->crime = 1;
				if (c->kind != C_NEWS)
					sc->wrong = 1;
				continue;
			}
			if (c->kind == C_ALLEGE || c->kind == C_CRIME ||
			    c->kind == C_NEWS) {
				/* a denial still repeats the allegation,
				 * though "no cheating needed" weighs less; a
				 * second cue adds half its weight */
				cue_add(sc, kind_names[c->kind], d, &ch[i], 0);
				if (neg)
					cue_add(sc, "negated", d, &ch[i], -0.15);
				else if (doubted(d, sn->start, ch[i].start))
					cue_add(sc, "doubted by the writer", d,
					    &ch[i], -0.3);
				if (ch[i].end > lastend)
					lastend = ch[i].end;
				if (have)
					sc->score += (c->w < best ? c->w :
					    best) / 2;
				if (c->w > best) {
					best = c->w;
					sc->qs = ch[i].start;
					sc->qe = ch[i].end;
				}
				if (c->kind == C_CRIME || (c->kind == C_NEWS &&
				    criminal(d + ch[i].start,
				    ch[i].end - ch[i].start)))
					sc->crime = 1;
				if (c->kind != C_NEWS)
					sc->wrong = 1;
				have = 1;
			} else if (c->kind == C_INSINUATE) {
				/* the same words by two cues: the larger;
				 * the same emoji again ("🙃🙃"): once */
				double	w = c->w;

				if (ch[i].start == insend && insend >= insn &&
				    ch[i].end - ch[i].start == insn &&
				    memcmp(d + ch[i].start, d + insend - insn,
				    insn) == 0) {
					insend = ch[i].end;
					continue;
				}
				insn = ch[i].end - ch[i].start;
				if (ch[i].start < insend)
					w = c->w > insw ? c->w - insw : 0;
				if (w <= 0)
					continue;
				cue_add(sc, "insinuation", d, &ch[i], w);
				if (ch[i].start >= insend || c->w > insw)
					insw = c->w;
				if (ch[i].end > insend)
					insend = ch[i].end;
				if (!have) {
					sc->qs = ch[i].start;
					sc->qe = ch[i].end;
				}
			} else if (c->kind == C_ASSERT)
				cue_add(sc, "assertion", d, &ch[i], c->w);
			else if (c->kind == C_OPINION)
				cue_add(sc, "opinion", d, &ch[i], -0.05);
			else if (c->kind == C_IDIOM)
				cue_add(sc, "idiom", d, &ch[i], -c->w);
			else if (c->kind == C_JOKE && jokei == (size_t)-1)
				jokei = i;
			break;
		case C_CRITIC:
			if ((c->kind == C_CRITIC || (c->kind == C_SCORN &&
			    scorn_on_thing(a, sn, ch, nch, i))) && !neg) {
				cue_add(sc, "complaint", d, &ch[i], c->w);
				if (!have) {
					sc->qs = ch[i].start;
					sc->qe = ch[i].end;
				}
				have = 1;
			}
			break;
		default:
			break;
		}
	}
	if (kind == C_ALLEGE && have) {
		/* "Make of that what you will" in the next sentence of the
		 * same post insinuates what this one says */
		for (i = 0; i < nch; i++) {
			const struct cuehit *c = &ch[i];

			if ((c->kind != C_INSINUATE && c->kind != C_ASSERT &&
			    c->kind != C_ALLEGE && c->kind != C_CRIME) ||
			    (ch[i].start >= sn->start && ch[i].end <= sn->end) ||
			    ch[i].start < sn->pstart || ch[i].end > sn->pend)
				continue;
			/* "He made her run. She ended up in A&E.": a wrong
			 * and its harm corroborate each other */
			cue_add(sc, c->kind == C_ALLEGE || c->kind == C_CRIME ?
			    "a wrong nearby" : "insinuation nearby", d, &ch[i],
			    0.15);
			break;
		}
	}
	if (kind == C_ALLEGE && jokei != (size_t)-1 && !sc->crime) {
		/* a laugh lowers a loose charge ("abuse of power 😂"), not
		 * a crime told as fact ("stole the PTA money haha") */
		cue_add(sc, "a joke", d, &ch[jokei], -ch[jokei].w);
	}
	if (kind == C_ALLEGE && sc->around && !have && sc->score >= 0.25 &&
	    sc->score < 0.5)
		insinuation_around(d, sn, ch, nch, sc);
	if (kind == C_ALLEGE) {
		/* insinuation alone: "Funny how... Just asking 🤔" */
		sum = sc->score;
		if (!have && sum < 0.5)
			sum = 0;
		else if (!have)
			sum -= 0.05;
		sc->score = best + sum;
		for (i = sn->start; i < sn->end; i++)
			if (d[i] == '?')
				question = 1;
		if (question && have) {
			json_array_append_new(sc->lowered, json_pack("{s:s, "
			    "s:f}", "cue", "a question", "weight", -0.05));
			sc->score -= 0.05;
		}
	} else if (kind == C_THREAT)
		sc->score = have ? best + sc->score : 0;
	else if (kind == C_CRITIC)
		sc->score = have ? 0.5 : 0;
	else if (kind == C_ABUSE && !have)
		sc->score = 0;
	if (((kind == C_THREAT && laughed(sn, ch, nch)) || (kind ==
	    C_ABUSE && post_laughs(ch, nch))) && have &&
	    to_a_friend(d, sn) && !staff_in(a, sn) && !ours_first(a)) {
		/* "@gemma_wexx late again and i will actually end you
		 * 😂😂 ... u owe me a gin x": a friend's joke */
		json_array_append_new(sc->lowered, json_pack("{s:s, s:f}",
		    "cue", kind == C_THREAT ? "a threat to a friend, laughed "
		    "at" : "an insult to a friend, laughed at", "weight",
		    -sc->score));
		sc->score = 0;
	}
	if (sc->qe <= sc->qs) {
		sc->qs = sn->start;
		sc->qe = sn->end;
	}
}

/* Free the trace arrays of "sc". */
static void
scored_free(struct scored *sc)
{
	json_decref(sc->raised);
	json_decref(sc->lowered);
}

/* Add the harm model's view to the trace of finding "f". */
static void
model_trace(struct finding *f, const struct hm_result *hm, double th)
{
	json_t	*tr = f->trace != NULL ? json_loads(f->trace, 0, NULL) : NULL;

	if (tr == NULL)
		tr = json_object();
	json_object_set_new(tr, "model", json_pack("{s:f, s:f, s:f, s:f, "
	    "s:f, s:I}", "harm", hm->harm, "allegation",
	    hm->p[HM_ALLEGATION], "abuse", hm->p[HM_ABUSE], "threat",
	    hm->p[HM_THREAT], "threshold", th, "features",
	    (json_int_t)hm->nfeatures));
	free(f->trace);
	f->trace = json_dumps(tr, JSON_COMPACT);
	json_decref(tr);
}

#define HARM_AFTER	3	/* sentences after a name that may refer
				   back to it */
#define TAG_MAX		40	/* bytes of a sentence short enough to be a
				   tag on the one before ("Just remember
				   that.") */
#define HARM_BEFORE	2	/* ...and before it ("He shoved my son.
				   Harrowden Park did nothing.") */
#define HARM_POST	1500	/* a text shorter than this is a post or a
				   short article, read whole */

/* Order cue hits by offset, then by cue. */
static int
cuehit_cmp(const void *a, const void *b)
{
	const struct cuehit	*x = a, *y = b;

	if (x->start != y->start)
		return (x->start < y->start ? -1 : 1);
	return (x->cue - y->cue);
}

/*
 * Return 1 if the words before folded offset "at" of "d" are a thing, not
 * a person, so that what it "hits" is no one laying hands on anyone: "a
 * penny-pinching decision that hits the kids", "the cuts hit families".
 */
static int
thing_hits(const char *d, size_t at)
{
	static const char *things[] = {
		"decision", "decisions", "policy", "cut", "cuts", "change",
		"changes", "rise", "rises", "budget", "plan", "plans", "move",
		"closure", "closures", "price", "prices", "cost", "costs",
		"tax", "scheme", "rule", "rules", "strike", "strikes",
		"shortage", "shortages", "increase", "news",
	};
	size_t	b = at, e, k, step;

	if (strncmp(d + at, "hit", 3) != 0)
		return (0);
	for (step = 0; step < 2 && b > 0; step++) {
		while (b > 0 && d[b - 1] == ' ')
			b--;
		for (e = b; b > 0 && isalpha((unsigned char)d[b - 1]); b--)
			;
		if (step == 0 && ((e - b == 4 && strncmp(d + b, "that", 4) ==
		    0) || (e - b == 5 && strncmp(d + b, "which", 5) == 0)))
			continue;
		for (k = 0; k < sizeof things / sizeof things[0]; k++) {
			if (strlen(things[k]) == e - b &&
			    strncmp(d + b, things[k], e - b) == 0)
				return (1);
		}
		break;
	}
	return (0);
}

/*
 * Return 1 if the violent act of cue hit "v" is aimed at a target: the
 * school, its staff or the trust (a span of "a"), a role or the pupils (a
 * hit of "ch") or a person ("him", "you") stands right after it, past a
 * few small words ("shoot up that school", "stab the next teacher").
 * "it" counts only for acts against a building ("torch it").
 */
static int
aimed(const struct analysis *a, const char *d, size_t len,
    const struct cuehit *ch, size_t nch, const struct cuehit *v)
{
	static const char *people[] = {
		"him", "her", "them", "you", "u", "ya", "yous", "everyone",
		"everybody", "every teacher", "the lot", "that place",
		"the place", "that woman", "that man", "that bloke",
		"that cow", "that witch", "him and", "her and",
	};
	static const char *small[] = {
		"up", "down", "the", "that", "this", "those", "these",
		"every", "all", "all the", "next", "a", "his", "her", "their",
		"your", "ur", "one of the", "some of the", "whole", "entire",
		"fucking", "f*cking", "bloody", "flipping", "lot of", "at",
		"down the", "off",
	};
	size_t	 p = v->end, i, n, k, step;
	int	 building;

	building = strncmp(d + v->start, "bomb", 4) == 0 ||
	    strncmp(d + v->start, "torch", 5) == 0 ||
	    strncmp(d + v->start, "burn", 4) == 0 ||
	    strncmp(d + v->start, "firebomb", 8) == 0 ||
	    strncmp(d + v->start, "petrol", 6) == 0 ||
	    strncmp(d + v->start, "set fire", 8) == 0 ||
	    strncmp(d + v->start, "blow", 4) == 0;
	for (step = 0; step < 4 && p < len; step++) {
		while (p < len && d[p] == ' ')
			p++;
		for (i = 0; i < a->match.nspans; i++) {
			if (a->match.spans[i].nstart == p)
				return (1);
		}
		for (i = 0; i < nch; i++) {
			if (ch[i].start == p && (ch[i].kind ==
			    C_ROLE || ch[i].kind == C_PUPILS))
				return (1);
		}
		for (k = 0; k < sizeof people / sizeof people[0]; k++) {
			n = strlen(people[k]);
			if (p + n <= len && strncmp(d + p, people[k], n) == 0 &&
			    (p + n == len || !isalnum((unsigned char)d[p + n])))
				return (1);
		}
		if (building && p + 2 <= len && strncmp(d + p, "it", 2) == 0 &&
		    (p + 2 == len || !isalnum((unsigned char)d[p + 2])))
			return (1);
		/* past one small word, then look again */
		for (k = 0; k < sizeof small / sizeof small[0]; k++) {
			n = strlen(small[k]);
			if (p + n < len && strncmp(d + p, small[k], n) == 0 &&
			    d[p + n] == ' ')
				break;
		}
		if (k == sizeof small / sizeof small[0])
			return (0);
		p += n;
	}
	return (0);
}

/*
 * Return 1 if text "d" opens by speaking to an adult outside the school
 * ("To the bloke in the silver Audi who...", "To the woman who parked
 * across my drive"): what it says with no target of its own is said to
 * that person. A child addressed ("to the year 9 lad who...") may be a
 * pupil, and is not such an outsider.
 */
static int
addressed_outsider(const char *d)
{
	static const char *who[] = {
		"bloke ", "man ", "woman ", "lady ", "guy ", "gentleman ",
		"driver ", "person ", "people ", "parent ", "parents ",
		"mum ", "dad ", "mother ", "father ", "owner ", "couple ",
		"cyclist ", "van driver ", "motorist ",
	};
	const char	*p = d;

	while (*p == ' ' || *p == '"' || *p == '\'')
		p++;
	if (strncmp(p, "to the ", 7) != 0 && strncmp(p, "to that ", 8) !=
	    0 && strncmp(p, "to whoever ", 11) != 0)
		return (0);
	if (strncmp(p, "to whoever ", 11) == 0)
		return (strncmp(p + 11, "parked", 6) == 0 ||
		    strncmp(p + 11, "drives", 6) == 0 ||
		    strncmp(p + 11, "keeps parking", 13) == 0);
	p = strchr(p + 3, ' ') + 1;
	return (starts_any(p, who, NWORDS(who)));
}

/* Return 1 if sentence "sn" of "d" calls someone something: "you are",
 * "ur a", "you absolute". */
static int
second_person(const char *d, const struct sentence *sn)
{
	static const char *words[] = {
		"you are ", "you're ", "youre ", "ur a ", "u r a ",
		"you absolute ", "you utter ", "you nasty ", "you vile ",
	};

	return (word_in(d, sn, words, NWORDS(words)));
}

/* Return 1 if sentence "sn" of "d" opens with a pronoun or a person
 * already named ("He was found guilty", "The man denies it"). */
static int
pronoun_first(const char *d, const struct sentence *sn)
{
	static const char *words[] = {
		"he ", "she ", "they ", "the man ", "the woman ",
		"the defendant ", "his ", "her ",
	};
	size_t	i, n;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		n = strlen(words[i]);
		if (sn->end - sn->start > n && strncmp(d + sn->start,
		    words[i], n) == 0)
			return (1);
	}
	return (0);
}

/* Return 1 if "to" and anything but a surface a body is thrown at
 * follows the victim ending at "at" of "d": a verb ("pushed him to try
 * harder") or a place in a line ("pushed my son to the front of the
 * queue"), not "pushed him to the ground". */
static int
urged(const char *d, size_t len, size_t at)
{
	static const char *det[] = {
		"the", "a", "an", "his", "her", "their", "my", "our", "its",
		"one",
	};
	static const char *surface[] = {
		"floor", "ground", "wall", "concrete", "tarmac", "pavement",
		"deck", "mud", "grass", "lockers", "locker", "door", "fence",
		"railings", "radiator", "side",
	};
	size_t	i, n;

	while (at < len && d[at] == ' ')
		at++;
	if (at + 3 > len || strncmp(d + at, "to ", 3) != 0)
		return (0);
	at += 3;
	for (i = 0; i < sizeof det / sizeof det[0]; i++) {
		n = strlen(det[i]);
		if (at + n < len && strncmp(d + at, det[i], n) == 0 &&
		    d[at + n] == ' ') {
			at += n + 1;
			break;
		}
	}
	for (i = 0; i < sizeof surface / sizeof surface[0]; i++) {
		n = strlen(surface[i]);
		if (at + n <= len && strncmp(d + at, surface[i], n) == 0 &&
		    (at + n == len || !isalnum((unsigned char)d[at + n])))
			return (0);
	}
	return (at < len && isalpha((unsigned char)d[at]));
}

/* Return where folded offset "i" begins in the squeezed text whose map
 * is "map" ("n" bytes and the end): the first byte that came from "i"
 * or after. */
static size_t
squeezed_at(const uint32_t *map, size_t n, size_t i)
{
	size_t	lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (map[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo);
}

/* Return 1 if the words after folded offset "at" make the act before a
 * rescue: "dragged him out of the water", "pulled her to safety". */
static int
rescued(const char *d, size_t len, size_t at)
{
	static const char *from[] = {
		"river", "water", "sea", "lake", "canal", "pond", "pool",
		"fire", "flames", "smoke", "wreck", "wreckage", "rubble",
		"burning", "road", "path of", "traffic", "ice", "mud",
		"current", "waves", "surf",
	};
	char	 win[48];
	size_t	 n, i;

	n = len - at < sizeof win - 1 ? len - at : sizeof win - 1;
	memcpy(win, d + at, n);
	win[n] = '\0';
	if (strstr(win, " to safety") != NULL ||
	    strstr(win, " clear of ") != NULL)
		return (1);
	for (i = 0; i < sizeof from / sizeof from[0]; i++) {
		char	 a[32], b[32];

		snprintf(a, sizeof a, " out of the %s", from[i]);
		snprintf(b, sizeof b, " from the %s", from[i]);
		/* (whole words: "from the seat", "the fire exit" are no
		 * rescue) */
		if ((strncmp(win, a, strlen(a)) == 0 &&
		    !isalpha((unsigned char)win[strlen(a)]) &&
		    strncmp(win + strlen(a), " exit", 5) != 0 &&
		    strncmp(win + strlen(a), " door", 5) != 0) ||
		    (strncmp(win, b, strlen(b)) == 0 &&
		    !isalpha((unsigned char)win[strlen(b)])))
			return (1);
	}
	return (0);
}

/*
 * Read squeezed text "sq" (map "sqmap", "nsq" bytes) from "from" to "to"
 * against the fields' lexicons, and append to "*chp" the hits that stand:
 * one that needs a victim has one after it, and one told as fact is not
 * under a condition or a modal ("if he hits my son"). "d" is the folded
 * text ("len" bytes) and "sn" its "nsn" sentences.
 */
static void
lex_hits(const struct harm *h, const char *d, size_t len, const char *sq,
    const uint32_t *sqmap, size_t nsq, const struct sentence *sn,
    size_t nsn, size_t from, size_t to, struct cuehit **chp, size_t *nchp,
    size_t *capp)
{
	static const enum cue_kind kinds[] = {
		[LF_THREAT] = C_THREAT, [LF_VIOLENT] = C_VIOLENT,
		[LF_ALLEGE] = C_ALLEGE, [LF_CRIME] = C_CRIME,
		[LF_ABUSE] = C_ABUSE, [LF_SCORN] = C_SCORN,
		[LF_INTENT] = C_INTENT, [LF_NEWS] = C_NEWS,
	};
	struct lex_hit	*lh = NULL;
	size_t		 nlh = 0, i, k, start, end, lo;

	/* Built by the first text that needs it, so that a cycle in
	 * which nothing changed does not build it at all. */
	harm_lex_scan(harm_lex_new(), sq, nsq, from, to, &lh, &nlh);
	for (i = 0; i < nlh; i++) {
		start = sqmap[lh[i].start];
		end = sqmap[lh[i].end - 1] + 1;
		if (lh[i].flags & LEX_VICTIM) {
			/* the victim is part of what the finding quotes */
			if ((k = harm_lex_victim(d, len, end)) == 0)
				continue;
			/* "pushed my son to run faster": urged, not hit */
			if (strncmp(d + start, "push", 4) == 0 &&
			    urged(d, len, k))
				continue;
			/* "pulling a young child out of the river": saved */
			if (rescued(d, len, k))
				continue;
			end = k;
		}
		if (lh[i].flags & LEX_FACT) {
			for (k = 0, lo = 0; k < nsn; k++) {
				if (sn[k].start <= start)
					lo = sn[k].start;
			}
			if (harm_lex_hypothetical(d, lo, start))
				continue;
		}
		if (*nchp == *capp) {
			*capp = *capp ? *capp * 2 : 32;
			*chp = xreallocarray(*chp, *capp, sizeof **chp);
		}
		(*chp)[*nchp].cue = (int)(NCUES + 1 + lh[i].id);
		(*chp)[*nchp].flags = lh[i].flags;
		(*chp)[*nchp].kind = kinds[lh[i].field];
		(*chp)[*nchp].w = lh[i].w;
		(*chp)[*nchp].start = start;
		(*chp)[*nchp].end = end;
		(*nchp)++;
	}
	free(lh);
}

/* Return 1 if a condition ("if", "unless", "imagine") stands before
 * folded offset "at" of "d" in its sentence (of the "nsn" of "sn"), or
 * an expectation just before it ("expecting a"). */
static int
conditional(const char *d, const struct sentence *sn, size_t nsn,
    size_t at)
{
	static const char *expect[] = {
		" expecting a", " expecting an", " expected a", " expected an",
		" expecting the usual", " expected the usual", " braced for a",
		" bracing for a", " feared a", " fearing a", " dreading a",
	};
	size_t	 k, lo = 0;
	char	 win[80];

	for (k = 0; k < nsn; k++) {
		if (sn[k].start <= at)
			lo = sn[k].start;
	}
	if (at > lo + 70)
		lo = at - 70;
	snprintf(win, sizeof win, " %.*s", (int)(at - lo), d + lo);
	if (strstr(win, " if ") != NULL || strstr(win, " unless ") !=
	    NULL || strstr(win, " imagine ") != NULL || strstr(win,
	    " what if ") != NULL)
		return (1);
	/* a wrong only expected or feared ("went in expecting a cover-up.
	 * There wasn't one") is not said to have happened */
	for (k = 0; k < sizeof expect / sizeof expect[0]; k++) {
		size_t	w = strlen(win), n = strlen(expect[k]);

		while (w > 0 && win[w - 1] == ' ')
			w--;
		if (w >= n && strncmp(win + w - n, expect[k], n) == 0)
			return (1);
	}
	return (0);
}

/* Make "t" the text's own subject: the school it names first, or the
 * trust. */
static void
text_subject(const struct harm *h, const struct analysis *a,
    struct target *t)
{
	if (a->match.nmentions > 0) {
		t->school = a->match.mentions[0].school;
		xasprintf(&t->desc, "school: %s", h->cf->schools[t->school].id);
	} else
		t->desc = xstrdup("trust");
}

#define HM_MIN_FEATURES	25	/* features the model must know to flag
				   alone or to overrule the rules: a
				   sentence or two is too little */
#define HM_MAX_FEATURES	120	/* ...and at most, to overrule them: in
				   a long page or thread the rest drowns
				   the one harmful passage */

static const char *const hm_names[HM_NCLASS] = {
	"none", "allegation", "abuse", "threat",
};

/*
 * The harm model reads the windows "win" the rules read. Where the rules
 * flagged nothing and the model's score reaches its threshold, add a
 * finding for the sentence of the words that raised it most; where the
 * rules flagged harm that the model scores as plainly harmless, show it
 * as criticism. The findings of this text start at "first"; "elsewhere"
 * says the post speaks to someone outside the school, or of a school only
 * as a place, or of a stranger in court: the model knows no more than
 * that it reads like harm, and the rules decide.
 *
 * The two disagree most on text neither was written for, and there the
 * model was the better judge: on 900 texts written blind, scored before
 * either learnt from them, the rules alone found 79% of the harm at 88%
 * precision; with the model overruling them both ways, 92% at 90%.
 */
static void
model_read(struct harm *h, const char *text, struct analysis *a,
    const char *d, const struct sentence *sn, size_t nsn,
    const struct cuehit *ch, size_t nch, const size_t (*win)[2],
    size_t nwin, size_t first, int elsewhere)
{
	struct hm_result	 hm;
	struct target		 t;
	struct scored		 sc;
	struct finding		*f;
	char			*b;
	size_t			 i, k;
	int			 flagged = 0;

	if (h->features != NULL)
		harm_model_features(d, &a->match, win, nwin, h->features,
		    h->features_arg);
	harm_model_score(d, &a->match, win, nwin, &hm);
	for (i = first; i < a->nfindings; i++)
		if (strcmp(a->findings[i].analyzer, "harm") == 0 &&
		    harm_rank(a->findings[i].category) >= 2)
			flagged = 1;
	for (i = first; i < a->nfindings; i++)
		if (strcmp(a->findings[i].analyzer, "harm") == 0)
			model_trace(&a->findings[i], &hm, h->th.model_keep);
	if (flagged && hm.harm < h->th.model_keep &&
	    hm.nfeatures >= HM_MIN_FEATURES &&
	    hm.nfeatures <= HM_MAX_FEATURES) {
		for (i = first; i < a->nfindings; i++) {
			char	*r;

			f = &a->findings[i];
			if (strcmp(f->analyzer, "harm") != 0 ||
			    harm_rank(f->category) < 2)
				continue;
			xasprintf(&r, "Shown, not flagged: the passage reads "
			    "as comment or news, not %s (the harm model "
			    "scores it %.2f, under %.2f). The rules read it "
			    "so: %s", strcmp(f->category, "threat") == 0 ?
			    "a threat" : strcmp(f->category, "abuse") == 0 ?
			    "abuse" : "an allegation", hm.harm,
			    h->th.model_keep, f->reason);
			free(f->reason);
			f->reason = r;
			free(f->category);
			f->category = xstrdup("criticism");
			f->severity = SEV_LOW;
		}
		return;		/* (nor flags what it has overruled) */
	}
	if (flagged || elsewhere || hm.ntop == 0 || h->th.model >= 1 ||
	    hm.harm < h->th.model || hm.nfeatures < HM_MIN_FEATURES || nsn == 0)
		return;
	/* the sentence of the word that raised the score most */
	for (i = 0; i + 1 < nsn && sn[i].end <= hm.top[0].s; i++)
		;
	/* "The headteacher of Wexcombe Primary School has been suspended":
	 * a role, or no one, in a sentence that names another school is
	 * that school's, as the rules read it */
	if ((!find_target(h, a, &sn[i], ch, nch, &t) || t.kind >= 4) &&
	    other_school(text, a, &sn[i])) {
		free(t.desc);
		return;
	}
	if (t.desc == NULL)
		text_subject(h, a, &t);
	memset(&sc, 0, sizeof sc);
	sc.score = hm.harm;
	sc.crime = 0;
	sc.raised = json_array();
	sc.lowered = json_array();
	for (k = 0; k < hm.ntop; k++) {
		struct cuehit	c;

		memset(&c, 0, sizeof c);
		c.start = hm.top[k].s;
		c.end = hm.top[k].e;
		cue_add(&sc, "a word of harmful texts (harm model)", d, &c,
		    hm.top[k].w);
	}
	sc.score = hm.harm;
	sc.qs = hm.top[0].s;
	sc.qe = hm.top[0].e;
	add_finding(h, text, a, hm_names[hm.cls], &sn[i], &t, &sc,
	    "harm.model");
	f = &a->findings[a->nfindings - 1];
	model_trace(f, &hm, h->th.model);
	/* the reason: what the model read, in the text's words */
	b = NULL;
	for (k = 0; k < hm.ntop; k++) {
		char	*q, *n;
		size_t	 qs, qe;

		q = analyze_quote(text, a->norm, hm.top[k].s, hm.top[k].e,
		    &qs, &qe);
		xasprintf(&n, "%s%s\"%s\"", b != NULL ? b : "", k == 0 ? "" :
		    ", ", q);
		free(q);
		free(b);
		b = n;
	}
	free(f->reason);
	xasprintf(&f->reason, "%s against %s: the harm model, learnt from "
	    "labelled texts, scores the passage %.2f (threshold %.2f) for "
	    "words such as %s.", hm.cls == HM_THREAT ? "A threat" :
	    hm.cls == HM_ABUSE ? "Abusive words" : "An allegation of "
	    "wrongdoing, stated or insinuated as fact,", f->target, hm.harm,
	    h->th.model, b);
	free(b);
	scored_free(&sc);
	free(t.desc);
}

/* Score the threat of "*span" widened to "start".."end"; if it reaches
 * the threshold, keep the wider span in "*span" and its score in "*st". */
static void
threat_widened(const struct harm *h, const char *text,
    const struct analysis *a, const char *d, const struct cuehit *ch,
    size_t nch, size_t start, size_t end, struct sentence *span,
    struct scored *st)
{
	struct sentence	w = *span;
	struct scored	st2;

	w.start = start;
	w.end = end;
	score_kind(h, text, a, d, &w, ch, nch, C_THREAT, &st2);
	if (st2.score >= h->th.harm) {
		scored_free(st);
		*st = st2;
		*span = w;
	} else
		scored_free(&st2);
}

/* Read the text: one finding per harmful sentence. */
static int
harm_run(void *p, const char *text, size_t len, struct analysis *a)
{
	struct harm	*h = p;
	struct sentence	*sn = NULL;
	struct cuehit	*ch = NULL;
	size_t		 nsn, nch = 0, cap = 0, i, nsq;
	uint32_t	*sqmap;		/* offsets: folded text is at most
					   NORM_MAX */
	char		*d, *sq;
	int		 short_doc, whole, prev_target = -1, crit = 0;
	int		 prev_other = -1, outsider, landmark, pstaff_para = -2;
	int		 stranger_case;
	size_t		*named, nnamed, o;
	struct target	 prev, pstaff;	/* the last target; the last
					   member of staff */
	size_t		 (*win)[2] = NULL, nwin = 0, first = a->nfindings;

	(void)len;
	if (a->match.nmentions == 0 && !a->match.trust)
		return (0);
	d = harm_deobfuscate(a->norm->s, a->norm->len);
	sq = harm_squeeze(d, a->norm->len, &sqmap);
	nsq = strlen(sq);
	nsn = harm_sentences(text, a->norm, &sn);
	short_doc = a->norm->len < 320;
	/* "A Milbury father has been fined £600 after pushing a teacher":
	 * the report's first sentence (after its headline) tries a
	 * stranger */
	named = outsiders_named(text, a, d, a->norm->len, &nnamed);
	for (i = 0, stranger_case = 0; i < nsn && i < 2 && !stranger_case;
	    i++) {
		size_t	v = court_told(d, sn[i].start, sn[i].end);

		stranger_case = (v > 0 && (stranger_opens(d, sn[i].start,
		    v) || role_at_a_school(h->cf, d, sn[i].start, v - 1)) &&
		    court_case(d, &sn[i])) || (defendant_opens(d,
		    sn[i].start, sn[i].end) && !names_ours(a, &sn[i]) &&
		    on_trial(d, sn, nsn));
	}
	whole = a->norm->len < HARM_POST;
	/*
	 * Only sentences that name the school, its staff or the trust, and
	 * the few before and after them in the same paragraph (post), can
	 * hold a finding; a post is read whole. A long page that names the
	 * school once costs little.
	 */
	for (i = 0; i < nsn; i++) {
		size_t	j, ps, pe, last = (size_t)-1;

		if (!whole && !names_ours(a, &sn[i]))
			continue;
		ps = sn[i].start;
		for (j = i; j > 0 && j + HARM_BEFORE > i &&
		    sn[j - 1].para == sn[i].para; j--)
			ps = sn[j - 1].start;
		for (j = i; j < nsn && j <= i + HARM_AFTER &&
		    sn[j].para == sn[i].para; j++)
			last = j;
		pe = sn[last].end;
		if (whole) {
			ps = 0;
			pe = a->norm->len;
		}
		win = xreallocarray(win, nwin + 1, sizeof *win);
		win[nwin][0] = ps;
		win[nwin++][1] = pe;
		for (j = 0; j < h->nlex; j++) {
			PCRE2_SIZE	 off = squeezed_at(sqmap, nsq, ps), *ov;
			PCRE2_SIZE	 end = squeezed_at(sqmap, nsq, pe);

			while (off < end && pcre2_match(h->re[j],
			    (PCRE2_SPTR)sq, end, off, 0, h->md,
			    h->mctx) > 0) {
				ov = pcre2_get_ovector_pointer(h->md);
				if (nch == cap) {
					cap = cap ? cap * 2 : 32;
					ch = xreallocarray(ch, cap,
					    sizeof *ch);
				}
				ch[nch].cue = (int)j;
				ch[nch].flags = 0;
				ch[nch].kind = h->lex[j].kind;
				ch[nch].w = h->lex[j].w;
				ch[nch].start = sqmap[ov[0]];
				ch[nch].end = ov[1] > ov[0] ?
				    sqmap[ov[1] - 1] + 1 : sqmap[ov[0]];
				nch++;
				off = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
			}
		}
		lex_hits(h, d, a->norm->len, sq, sqmap, nsq, sn, nsn,
		    squeezed_at(sqmap, nsq, ps), squeezed_at(sqmap, nsq, pe),
		    &ch, &nch, &cap);
		if (whole)
			break;
		i = last;	/* the next window starts after this one */
	}
	/* overlapping windows may have found a cue twice */
	if (nch > 1) {
		size_t	j, k = 0;

		qsort(ch, nch, sizeof *ch, cuehit_cmp);
		for (j = 0; j < nch; j++) {
			if (k > 0 && ch[k - 1].cue == ch[j].cue &&
			    ch[k - 1].start == ch[j].start)
				continue;
			ch[k++] = ch[j];
		}
		nch = k;
	}
	/* a violent act counts only where it is aimed; a wrong only where
	 * it is not under a condition ("if a teacher ever slapped my son") */
	{
		size_t	 j, k = 0;
		char	*keep = xcalloc(nch + 1, 1);

		for (j = 0; j < nch; j++) {
			keep[j] = (ch[j].kind != C_VIOLENT ||
			    aimed(a, d, a->norm->len, ch, nch, &ch[j])) &&
			    !thing_hits(d, ch[j].start);
			if ((ch[j].kind == C_ALLEGE || ch[j].kind ==
			    C_CRIME) && conditional(d, sn, nsn, ch[j].start))
				keep[j] = 0;
		}
		for (j = 0; j < nch; j++) {
			if (keep[j])
				ch[k++] = ch[j];
		}
		nch = k;
		free(keep);
	}
	memset(&prev, 0, sizeof prev);
	memset(&pstaff, 0, sizeof pstaff);
	outsider = addressed_outsider(d);
	landmark = ours_as_landmark(a, d);
	for (i = 0; i < nsn; i++) {
		struct target	 t;
		struct scored	 st, sa, sb, sc;
		struct sentence	 whole_sn;
		int		 has, inherit = 0, foreign;

		has = find_target(h, a, &sn[i], ch, nch, &t);
		foreign = (!has || t.kind >= 4) && other_school(text, a,
		    &sn[i]);
		if (!has && (outsider || (landmark && !of_them(d,
		    &sn[i]))))
			foreign = 1;	/* said to the person addressed, or
					   of someone by the school */
		/* "To the woman who mounts the pavement outside St
		 * Aldhelm's ...: you are a nasty piece of work": the school
		 * is where, "you" the one insulted */
		if (has && outsider && t.kind == 1 && second_person(d,
		    &sn[i]))
			foreign = 1;
		/* "We moved him out of Wexcombe Primary. They've had the
		 * same head for years and the governors rigged it": the
		 * sentence before named only another school */
		if (!foreign && (!has || t.kind >= 4) && i > 0 &&
		    sn[i - 1].para == sn[i].para && !names_ours(a,
		    &sn[i - 1]) && other_school(text, a, &sn[i - 1])) {
			foreign = 1;
			if (has) {
				free(t.desc);
				memset(&t, 0, sizeof t);
				t.school = -1;
				has = 0;
			}
		}
		/* "Our MP Jane Cottrell turned up at Harrowden Park ...
		 * Two-faced liar.": the person named, not the school */
		for (o = 0; !has && !foreign && o < nnamed; o++)
			if (named[o] >= sn[i].pstart && named[o] < sn[i].start)
				foreign = 1;
		if (foreign && has) {
			/* "the head there": another school's */
			free(t.desc);
			memset(&t, 0, sizeof t);
			t.school = -1;
			has = 0;
		}
		if (!has && !foreign && prev_target == sn[i].para &&
		    prev.desc != NULL) {
			/* "They did it to my nephew": the sentence before. */
			t.desc = xstrdup(prev.desc);
			t.school = prev.school;
			t.staff = prev.staff;
			t.kind = prev.kind;
			has = inherit = 1;
		}
		/* a reply of its own paragraph, about the member of staff
		 * the post before named: "Does anyone know why Miss Tindall
		 * has been off? / we all know why hun, ask anyone who's
		 * stood next to her" */
		if (!has && !foreign && pstaff.desc != NULL &&
		    sn[i].para == pstaff_para + 1 && of_her_or_him(d,
		    &sn[i])) {
			t.desc = xstrdup(pstaff.desc);
			t.school = pstaff.school;
			t.staff = pstaff.staff;
			t.kind = pstaff.kind;
			has = inherit = 1;
		}
		if (!has && !foreign && short_doc) {
			text_subject(h, a, &t);
			has = 1;
		}
		if (has && !inherit && t.kind != 0) {
			free(prev.desc);
			prev = t;
			prev.desc = xstrdup(t.desc);
			prev_target = sn[i].para;
		}
		if (has && !inherit && t.staff) {
			free(pstaff.desc);
			pstaff = t;
			pstaff.desc = xstrdup(t.desc);
			pstaff_para = sn[i].para;
		}
		score_kind(h, text, a, d, &sn[i], ch, nch, C_THREAT, &st);
		whole_sn = sn[i];
		if (has && st.score < h->th.harm && st.qe > st.qs &&
		    i + 1 < nsn && sn[i + 1].para == sn[i].para &&
		    (sn[i + 1].end - sn[i + 1].start <= TAG_MAX ||
		    (has_kind(ch, nch, &sn[i + 1], C_INTENT) &&
		    third_person(d, &sn[i + 1])))) {
			/* "She has kids of her own. Just remember that.":
			 * a short tag after a veiled threat is its end, as
			 * is a sentence of menace ("Plenty of lads round
			 * here don't like his sort") */
			threat_widened(h, text, a, d, ch, nch, sn[i].start,
			    sn[i + 1].end, &whole_sn, &st);
		}
		if (has && st.score < h->th.harm && st.qe > st.qs && i > 0 &&
		    sn[i - 1].para == sn[i].para &&
		    !threat_found(a, first, a->norm->map[sn[i - 1].start]) &&
		    has_kind(ch, nch, &sn[i - 1], C_INTENT) &&
		    third_person(d, &sn[i - 1])) {
			/* "walks home down the cut on her own every day.
			 * wouldnt be doin that if i was her": the menace
			 * before the threat */
			threat_widened(h, text, a, d, ch, nch, sn[i - 1].start,
			    whole_sn.end, &whole_sn, &st);
		}
		/* hints of the sentences around count for a person, not
		 * for a school ("Strange that it always rains on sports
		 * day at St Aldhelm's. A little bird tells me ...") */
		sa.around = has && (t.staff || t.kind == 4);
		sa.stranger = stranger_case;
		score_kind(h, text, a, d, &sn[i], ch, nch, C_ALLEGE, &sa);
		score_kind(h, text, a, d, &sn[i], ch, nch, C_ABUSE, &sb);
		score_kind(h, text, a, d, &sn[i], ch, nch, C_CRITIC, &sc);
		if (!has && !foreign && whole && st.score >= h->th.harm &&
		    a->match.nmentions > 0) {
			/* a threat quoted in a post about the school, its
			 * target in lower case ("pettifer better enjoy her
			 * last week"): the post's school */
			text_subject(h, a, &t);
			has = 1;
		}
		if (!has) {
			;
		} else if (st.score >= h->th.harm) {
			add_finding(h, text, a, "threat", &whole_sn, &t, &st,
			    "harm.threat");
		} else if (sa.score >= h->th.harm && (sa.wrong ||
		    t.kind != 0) && !(t.kind == 0 && prev_other ==
		    sn[i].para && pronoun_first(d, &sn[i]))) {
			/* ("A man stole from his employer. He was found
			 * guilty": "he" is that man, not the school) */
			/* news of an arrest needs its subject: the school,
			 * its staff or a role, not just the text's subject */
			add_finding(h, text, a, "allegation", &sn[i], &t, &sa,
			    "harm.allegation");
		} else if (sb.score >= h->th.harm) {
			add_finding(h, text, a, "abuse", &sn[i], &t, &sb,
			    "harm.abuse");
		} else if (sc.score >= 0.5 && crit < 3) {
			add_finding(h, text, a, "criticism", &sn[i], &t, &sc,
			    "harm.criticism");
			crit++;
		}
		if (sa.other)
			prev_other = sn[i].para;
		scored_free(&st);
		scored_free(&sa);
		scored_free(&sb);
		scored_free(&sc);
		free(t.desc);
	}
	free(prev.desc);
	free(pstaff.desc);
	/* a trial where one of ours gives evidence tries someone else:
	 * the rules have read its charges; the model, reading "teacher"
	 * and "Crown Court", would not know whose */
	for (i = 0, o = 0; i < nsn && o < nwin && !stranger_case; i++) {
		while (o < nwin && win[o][1] <= sn[i].start)
			o++;	/* (only the sentences the model reads) */
		if (o < nwin && sn[i].end > win[o][0])
			stranger_case = court_witness(d, &sn[i]);
	}
	if (nwin > 0)
		model_read(h, text, a, d, sn, nsn, ch, nch,
		    (const size_t (*)[2])win, nwin, first, outsider ||
		    landmark || stranger_case);
	free(win);
	free(named);
	free(sn);
	free(ch);
	free(d);
	free(sq);
	free(sqmap);
	return (0);
}

const struct analyzer harm_analyzer = {
	"harm", harm_init, harm_run, harm_free,
};
