/*
 * harm_lex.c: the harm analyzer's lexicons, built field by field the way a
 * lexicographer covers a semantic field, rather than word by word from the
 * texts of one batch: physical harm done to a person, verbal mistreatment,
 * neglect and cover-up, dishonesty, money, sex and crime, threats and their
 * euphemisms, and insults for people and institutions.
 *
 * An entry is written compactly and expanded once at start-up:
 *
 * - "(a|b)" groups give alternatives, and "(a|b)?" may be left out;
 * - "^verb" stands for every form of a verb: "^slap*" is slap, slaps,
 *   slapped, slapping ("*": the last consonant doubles), "^shake/shook/
 *   shaken" names the irregular forms, and a final "!" ("^shame!") leaves
 *   out the bare form;
 * - "~noun" stands for a noun and its plural ("~yes-man" gives "yes-men");
 * - a hyphen also matches a space or nothing ("two-faced", "two faced",
 *   "twofaced"); "=" is a hyphen or nothing, never a space ("has=been":
 *   not "has been").
 *
 * Every form goes into one byte trie, which a text's words are read
 * against once, from each word's start: the cost grows with the length
 * of the longest entry a text's words begin, not with the number of
 * entries. Each hit carries its field and weight for harm.c to score
 * with its target, negation, question and reported-speech rules.
 */
#include "autoconfig.h"

#include <ctype.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/harm_lex.h"
#include "common/xmalloc.h"

struct lex_entry {
	enum lex_field	 field;
	double		 w;
	int		 flags;
	const char	*forms;
};

#define V	LEX_VICTIM
#define F	LEX_FACT
#define P	LEX_PASSIVE

/* ------------------------------------------------------------------ */
/* The fields.                                                         */

static const struct lex_entry entries[] = {
	/*
	 * Physical harm a person does to a child or an adult: every verb of
	 * striking, seizing, restraining, throwing and hurting, in every
	 * tense; an allegation when a victim follows ("grabbed my son",
	 * "shook her", "slapped one of the year 3s") and it is told as fact.
	 */
	{ LF_ALLEGE, 0.6, V | F,
	    "^hit/hit/hit*|^slap*|^smack|^punch|^kick|^thump|^whack|"
	    "^wallop|^clout|^shove|^grab*|^drag*|^yank|^shake/shook/shaken|"
	    "^pinch|^twist|^strangle|^throttle|^choke|^headbutt|^head-butt|"
	    "^elbow|^knee/kneed/kneed|^bite/bit/bitten|^scratch|"
	    "^slam*|^bash|^batter|^assault|^attack|"
	    "^injure|^bruise|^cane|^spank|^flick|"
	    "^poke|^prod*|^jab*|^whip*|^lash|^strike/struck/struck|"
	    "^clip*|^restrain|^manhandle|^frogmarch|^smother|^suffocate|"
	    "^floor|^deck|^lamp|^body-slam*|^shoulder-barge|"
	    "^rough up|^knock over|^knock down|^push over|"
	    "^throw/threw/thrown|^fling/flung/flung|"
	    "^hurl|^tie/tied/tied up|^tape|^pin* down|^pin*|"
	    "^lock in|^lock up|^shut/shut/shut* in|^spit/spat/spat* at|"
	    "^spit/spat/spat* on|^handle roughly|"
	    "^rugby-tackle|^trip* up|^stamp on|^tread/trod/trodden on|"
	    "^smash (into|against)|^slam* (into|against)|^bang into|"
	    "^pull/pulled/pulled (on )?(the )?hair of|^pull at|^pull|"
	    "^tug*|^wrench|^drag* along|^haul" },
	/* a blow named by its noun, with where it landed */
	{ LF_ALLEGE, 0.5, F,
	    "(a |one |another )?(slap|smack|clip|cuff|thump|whack|punch|"
	    "kick|shove|swipe|jab|flick) (round|across|in|on|to) (the|his|"
	    "her|their|my son's|my daughter's) (head|face|ear|ears|back of "
	    "the head|leg|legs|arm|arms|cheek|chest|stomach|back)|"
	    "(threw|throws|throwing|thrown|flung|hurled|hurling|chucked|"
	    "chucking|lobbed) (a|the|his|her|their|my son's|my daughter's) "
	    "(chair|chairs|table|desk|book|books|pen|pens|ruler|bag|"
	    "board rubber|stapler|bottle|cup|mug|tray|plate|ball|shoe|"
	    "laptop|phone) (at|across|into|against|down)|"
	    "(kicked|kicks|kicking|threw|throws|throwing|thrown|chucked|"
	    "flung|hurled|lobbed|booted|smashed|whacked) (a|the) (ball|"
	    "football|rugby ball|netball|book|chair|pen|bottle|rubber|"
	    "ruler|shoe|bag) (at|into) (him|her|them|my|a|the|his|one "
	    "of|some of|two of)|"
	    "(threw|throws|throwing|thrown|chucked|flung|hurled) (things|"
	    "stuff|chairs|books|furniture) (at|around|across)|"
	    "(bruises|marks|a bruise|a mark|scratches|a cut|a graze) (on|"
	    "all over) (his|her|their|my son's|my daughter's) (arm|arms|"
	    "wrist|wrists|neck|face|back|leg|legs)|"
	    "by the (scruff|scruff of the neck|hair|ear|ears|arm|wrist|"
	    "collar|throat|neck)|"
	    "^push (him|her|them|my son|my daughter|a child|a pupil) (over|"
	    "down|into|against|out of|off)|^knock (him|her|them|my son|my "
	    "daughter|a child) (over|down|out|flying|to the ground)|"
	    "^beat/beat/beaten up|^beat/beat/beaten (him|her|them|my son|my "
	    "daughter|my child|a child|a pupil)|^single (him|her|them|my "
	    "son|my daughter|my child) out|^pin* (him|her|them|my son|my "
	    "daughter) (down|against|to)|^hold/held/held (him|her|them|my "
	    "son|my daughter) down|^rough (him|her|them|my son) up" },
	/* a helper: where it happened, in public */
	{ LF_ALLEGE, 0.2, 0,
	    "in front of the (whole |entire )?(class|school|year group|"
	    "hall|assembly|other kids|other children|other parents)" },
	/*
	 * Verbal and emotional mistreatment: words, looks and treatment that
	 * demean, frighten or isolate, aimed at a victim.
	 */
	{ LF_ALLEGE, 0.5, V | F,
	    "^scream at|^shout at|^yell at|^bellow at|^roar at|^bark at|"
	    "^snap* at|^rant at|^rage at|^shriek at|^screech at|^holler at|"
	    "^swear/swore/sworn at|^curse at|^sneer at|^jeer at|^snarl at|"
	    "^hiss at|^lash out at|^laugh at|mock|mocked|mocking|^ridicule|"
	    "^belittle|"
	    "^humiliate|^demean|^degrade|^shame!|^embarrass!|^insult|"
	    "^taunt|^pick on|^single out|^bully|^intimidate|^threaten|"
	    "^terrorise|^terrorize|^terrify|^frighten|^torment|^victimise|"
	    "^victimize|^harass|^berate|^scapegoat|targeted|targeting|"
	    "targetted|targetting|^ostracise|"
	    "^ostracize|^gaslight/gaslit/gaslit|^bad-mouth|^badmouth|"
	    "^make/made/made fun of|^talk down to|^speak/spoke/spoken down to|"
	    "^call/called/called names|^call/called/called (him|her|them) "
	    "names|"
	    "^lose/lost/lost (his|her|their|her own|his own) temper (with|at)|"
	    "^have/had/had a go at|^tear/tore/torn into|^lay/laid/laid into|"
	    "^rip/ripped/ripped into|^scream in the face of|"
	    "^shout in the face of|^get/got/got in the face of|"
	    "^make/made/made an example of|^name and shame|^named and shamed|"
	    "^force to apologise to" },
	/* words at a child, and the tears they bring */
	{ LF_ALLEGE, 0.5, F,
	    "(screamed|screaming|shouted|shouting|yelled|yelling|swore|"
	    "swearing|roared|roaring) (in|into) (his|her|their|my son's|my "
	    "daughter's|a child's|a pupil's) face|"
	    "(reduced|reduces|reducing) (him|her|them|my son|my daughter|"
	    "the class|kids|children|pupils|a child|a pupil|staff|a "
	    "colleague) to tears|"
	    "in front of the (whole |entire )?(class|school|year group|"
	    "(called|calls|calling|told|tells|telling) (him|her|them|my son|"
	    "my daughter|a child|a pupil|the class) (he was |she was |they "
	    "were |was |were |is |are )?(a |an )?(thick|stupid|useless|"
	    "pathetic|worthless|lazy|a failure|a disgrace|a waste of space|"
	    "an idiot|a baby|dumb|hopeless|a liar|a thief|naughty|evil|"
	    "disgusting|fat|ugly|a nuisance|a problem child)" },
	/*
	 * Neglect and cover-up: a concern laughed off, a complaint buried, a
	 * child left or lost, evidence gone.
	 */
	{ LF_ALLEGE, 0.6, 0,
	    "^cover up|^hush up|^cover it up|^hush it up|"
	    "^sweep/swept/swept (it |this |that |everything |the whole thing |"
	    "the complaint |the incident |the allegations |it all )?under the "
	    "(carpet|rug)|^brush (it |this |that |everything |it all )?under "
	    "the (carpet|rug)|^whitewash!|^close ranks|^turn a blind eye|"
	    "^look the other way|^destroy (the )?evidence|"
	    "^shred* (the |all the )?(evidence|documents|files|records|notes|"
	    "paperwork|minutes)|"
	    /* what parents sent, gone before anyone read it */
	    "^shred* (the |our |my |their |all the |all our )?(complaint "
	    "letters|complaints|objections|petition)|"
	    "^bin* (the |our |my |their |all the |all our )?(complaint "
	    "letters|complaints|objections|petition)|"
	    "^put (complaints |complaint letters |the complaints |our "
	    "complaints |objections |the objections )(straight )?(through|"
	    "in|into) the shredder|^delete (the |all the )?(emails|evidence|"
	    "footage|cctv|records|messages|notes|logs|incident log)|"
	    "^pretend (it|this|that|nothing) (never happened|didn't happen|"
	    "had happened|happened)|^keep/kept/kept (it|this|that|the whole "
	    "thing|everything) (quiet|hidden|secret|under wraps|from "
	    "parents|from us|from the governors|from ofsted)|"
	    "^keep/kept/kept (parents|us|families|governors|staff|everyone) "
	    "in the dark|^make/made/made (it|the complaint|the problem|the "
	    "allegation|the report|the whole thing) go away|"
	    "^bury/buried/buried (it|the report|the complaint|the findings|"
	    "the evidence|the truth)|^doctor the (records|notes|log|minutes)|"
	    "^cover for (him|her|them|each other|a colleague|their mate|"
	    "his mate|her mate)|^protect (a|their|the) (colleague|abuser|"
	    "teacher|bully)|^fail to (report|refer|act|protect|safeguard|"
	    "investigate|inform|notify|pass on|record|log|tell (us|parents|"
	    "the police|social services))|"
	    "^refuse to (investigate|look into it|act|record|log|pass it "
	    "on|report it|take it seriously|call an ambulance|call the "
	    "police|give (him|her|them) (his|her|their) (inhaler|medication|"
	    "medicine|epipen))|"
	    "never (investigated|recorded|logged|reported|followed up|looked "
	    "into|passed on|told (us|parents|me|anyone|the police))|"
	    "^deny/denied/denied (him|her|them|my son|my daughter|a child|"
	    "the children|pupils) (food|water|lunch|a drink|the toilet|"
	    "toilet breaks|his medication|her medication|medication|"
	    "his inhaler|her inhaler|first aid)|"
	    "^lose/lost/lost (track of|sight of) (him|her|them|my son|my "
	    "daughter|a child|a pupil|the child|a reception child|a "
	    "little one)|^lose/lost/lost (a|my|the|one) (child|pupil|kid|"
	    "son|daughter|boy|girl|little boy|little girl) on" },
	{ LF_ALLEGE, 0.5, 0,
	    "^laugh it off|^laugh (it|this|that|the whole thing) off|"
	    "^laugh in (my|our|his|her|their|my son's|my daughter's) face|"
	    "^laugh when (i|we|my son|my daughter|he|she|they|parents) "
	    "(reported|told|complained|raised|said|mentioned|asked|"
	    "explained|showed)|^laugh about (it|what happened|my son|"
	    "my daughter|the injury|his injury|her injury)|"
	    "^ignore (the abuse|the warnings|the signs|the injury|his injury|"
	    "her injury|the disclosure|safeguarding|the bruises|a "
	    "disclosure|his disclosure|her disclosure)|"
	    "(nobody|no one|no-one) "
	    "(noticed|realised|realized|checked|came|helped|called|phoned|"
	    "rang) (he|she|they|for|until|me|us|an ambulance|home)|"
	    "(didn't|did not|never) (notice|realise|realize|check) (he|she|"
	    "they|my son|my daughter|a child|the child) (was|were|had) "
	    "(missing|gone|hurt|injured|left|not there)|"

	    "(left|leaves|leaving) (him|her|them|my son|my daughter|"
	    "my child|a child|the children|kids|pupils|the little ones) "
	    "(alone|on (his|her|their) own|in the corridor|outside|"
	    "unsupervised|unattended|to fend for)|"
	    "(went|go|goes|gone) missing (from|on|during) (the|a|school)|"
	    "wandered off (from|on|during) (the|a|school)|"
	    "(sent|send|sends) (him|her|them|my son|my daughter|a child) "
	    "home (alone|on (his|her) own|without telling)|"
	    "(no one|nobody|no-one) (told|rang|called|phoned|informed|"
	    "contacted) (me|us|parents|the parents|his mum|her mum|his "
	    "parents|her parents)" },
	/* done to the child, who is the subject: "my son in Year 2 was
	 * left in the corridor", "she was grabbed by a teacher" */
	{ LF_ALLEGE, 0.5, P | F,
	    "(was|were|been|being|got|gets|is|are|keeps being|kept being) "
	    "(left|made to sit|made to stand|put|shut|locked) (alone|on "
	    "(his|her|their) own|by (himself|herself|themselves)|in the "
	    "corridor|out in the corridor|in a corridor|in a cupboard|in a "
	    "store room|in a storeroom|in the cold|out in the rain|"
	    "unsupervised|unattended|with no (adult|supervision|one)|in a "
	    "room on (his|her|their) own)" },
	{ LF_ALLEGE, 0.6, P | F,
	    "(was|were|been|being|got|gets|is|are|keeps getting|keeps "
	    "being) (hit|slapped|smacked|punched|kicked|thumped|grabbed|"
	    "shoved|pushed|dragged|yanked|shaken|pinched|restrained|"
	    "manhandled|pinned down|locked in|thrown|struck|shouted at|"
	    "screamed at|yelled at|sworn at|humiliated|belittled|mocked|"
	    "ridiculed|bullied|intimidated|threatened|singled out|picked "
	    "on|targeted|victimised|harassed|groped|touched|assaulted|"
	    "attacked|hurt|injured|abused|called names|called stupid|"
	    "called thick|laughed at) by (a|the|his|her|their|one of the|"
	    "another|our|my son's|my daughter's) (teacher|teachers|ta|"
	    "tas|teaching assistant|member of staff|staff|head|"
	    "headteacher|head teacher|deputy|deputy head|principal|"
	    "vice principal|dinner lady|dinner ladies|lunchtime "
	    "supervisor|midday supervisor|coach|senco|supply teacher|"
	    "cover teacher|pe teacher|form tutor|head of year|"
	    "caretaker|receptionist|office staff|school nurse|sports "
	    "coach|music teacher|class teacher|the head)" },
	/* money spent on what it was not for */
	{ LF_ALLEGE, 0.6, F,
	    "^spend/spent/spent (the|our|all the|the pta|the pta's|the "
	    "trip|the charity|the fundraising|parents'|the raised|that|"
	    "the sponsorship|the donated) (money|funds|cash|donations|"
	    "budget|grant|premium) on (a new|new|her|his|their|himself|"
	    "herself|themselves|a holiday|holidays|a car|an office|the "
	    "office|a refurb|refurbishing|her office|his office|a jolly|"
	    "jollies|consultants|his mates|her mates|drinks)|"
	    "^use/used/used (the|our|all the) (money|funds|donations|"
	    "budget|pupil premium|sen funding|sports premium|trip money|"
	    "pta money|charity money|grant) (for|on|to pay for|to buy|to "
	    "fund) (a new|her|his|their|the head's|the principal's|"
	    "personal|private)|"
	    "(money|funds|donations|the pupil premium|sen funding) "
	    "(went|goes|going|gone) (on|to|into) (a new|her|his|their|the "
	    "head's|the principal's|the ceo's)|"
	    "(trip|pta|charity|fundraising|sponsorship|donation|"
	    "uniform|dinner) money (went|goes|has gone|is going|gone) "
	    "(missing|walkabout|astray|into (her|his|their) pocket)" },
	/* news of a charge and its course: a trial, a verdict, an
	 * acquittal (still news of the charge), a hearing */
	{ LF_NEWS, 0.6, 0,
	    "cleared of|acquitted|found not guilty|not guilty of|"
	    "(charges|the charges|the case|all charges) (were |was |have "
	    "been |has been )?(dropped|dismissed|thrown out|withdrawn)|"
	    "no further action|the case collapsed|walked free|retrial|"
	    "(awaiting|due to stand|stood|standing|faces|facing|went on|"
	    "goes on) trial|on trial (for|over|accused)|the (jury|court|"
	    "magistrates|tribunal|panel|hearing) (heard|was told|were "
	    "told|cleared|convicted|found|ruled|decided)|"
	    "(denies|denied|deny|denying) (the|all|both|two|three|four|"
	    "several) (charges|counts|offences|allegations)|prohibition "
	    "order|placed on (leave|gardening leave|administrative leave)|"
	    "(stepped down|resigned|quit|left|was removed|removed) "
	    "(suddenly |abruptly |immediately )?(after|amid|following|over) "
	    "(claims|allegations|an allegation|a complaint|complaints|"
	    "concerns|an investigation|a probe|an inquiry|a police "
	    "investigation|an audit)|"
	    "(amid|following|after) (claims|allegations|a probe|an "
	    "investigation|a police investigation|concerns about (his|her|"
	    "their) conduct)" },
	/* discrimination: words and treatment by who a child is */
	{ LF_ALLEGE, 0.6, F,
	    "^make/made/made (a |some |several )?(racist|sexist|homophobic|"
	    "transphobic|ableist|misogynistic|antisemitic|islamophobic|"
	    "derogatory|sexual|inappropriate) (comments|comment|remarks|"
	    "remark|jokes|joke|slurs|slur|gestures)|"
	    "(racist|sexist|homophobic|transphobic|ableist|antisemitic|"
	    "islamophobic) (abuse|language|slurs|slur|remarks|comments|"
	    "jokes|treatment|behaviour|teacher|head|staff|school)|"
	    "^treat/treated/treated (black|brown|asian|muslim|jewish|"
	    "polish|traveller|gypsy|sen|send|disabled|autistic|poor|eal|"
	    "gay|trans) (kids|children|pupils|students|families|parents|"
	    "girls|boys) (differently|worse|like dirt|like second-class)|"
	    "illegal (exclusion|exclusions|off-rolling)|illegally "
	    "(excluded|excluding|off-rolled)|"
	    "^refuse/refused/refused to (make|put in place|provide|follow|"
	    "implement) (the |his |her |their |any )?(reasonable "
	    "adjustments|ehcp|support in (his|her|their) ehcp)" },
	/* safeguarding: a child sent off, lost, left, fed what harms */
	{ LF_ALLEGE, 0.5, F,
	    "(didn't|did not|never|nobody|no one) (call|ring|phone|rang|"
	    "called|phoned) (me|us|his mum|her mum|his dad|her dad|"
	    "parents|an ambulance|999|the police|for help)|"
	    "^send/sent/sent (him|her|them|my son|my daughter|a child|a "
	    "pupil) (home|out|off) (alone|on (his|her|their) own|"
	    "unaccompanied|without (an adult|telling|permission))|"
	    "^let/let/let (him|her|them|my son|my daughter|a child|a "
	    "pupil|the kids) (walk|go|leave|wander) (home|off|out) "
	    "(alone|on (his|her|their) own|unaccompanied)|"
	    "left behind (at|on|in) (the|a) (trip|museum|beach|park|zoo|"
	    "service station|swimming pool|pool|farm|theatre|coach)|"
	    "^give/gave/given (him|her|them|my son|my daughter|a child) "
	    "(nuts|peanuts|food (he|she|they) (is|was|are|were|'s|'re) "
	    "allergic to|the wrong medication|someone else's medication|"
	    "paracetamol without)|"
	    "(no|without any) (first aid|medical attention|medical help) "
	    "(for|after|until)|"
	    "(nobody|no one|no-one) (was|were) (watching|supervising|on "
	    "duty|around)|with no (adult|teacher|staff) (watching|"
	    "supervising|present|around)" },
	/* emotional harm through a child's things and body: work destroyed,
	 * punishment until they are sick */
	{ LF_ALLEGE, 0.5, F,
	    "^tear/tore/torn up (his|her|their|my son's|my daughter's|a "
	    "child's|a pupil's) (work|drawing|picture|book|exercise book|"
	    "homework|card|letter|painting|story)|"
	    "^rip* up (his|her|their|my son's|my daughter's|a child's|a "
	    "pupil's) (work|drawing|picture|book|exercise book|homework|"
	    "card|letter|painting|story)|"
	    "^bin* (his|her|their|my son's|my daughter's) (work|drawing|"
	    "picture|book|homework|card|painting|lunch)|"
	    "(till|til|'til|until) (he|she|they|my son|my daughter) "
	    "(threw up|was sick|were sick|vomited|cried|wet (himself|"
	    "herself)|fainted|collapsed|passed out|was in tears)" },
	/* a child's medicine kept from them: the child is the subject */
	{ LF_ALLEGE, 0.5, F | P,
	    "(inhaler|epipen|epi-pen|medication|medicine|insulin|asthma "
	    "pump|meds) (was|were|is|got|had been|has been) (locked|left|"
	    "kept|forgotten|lost|thrown away|taken off (him|her))|"
	    "(wouldn't|would not|didn't|did not|refused to) (let (him|her|"
	    "them) have|give (him|her|them)|fetch) (his|her|their) "
	    "(inhaler|epipen|epi-pen|medication|medicine|insulin)" },
	/* records cooked; places given to favourites; regulators told
	 * what was not so */
	{ LF_ALLEGE, 0.55, F,
	    "^cook/cooked/cooked (the|their|its|our|his|her) (books|figures|"
	    "numbers|attendance|attendance figures|results|exam results|"
	    "registers|register|data|stats|accounts|records|marks|grades|"
	    "expenses)|"
	    "^let/let/let (her|his|their) (favourite|favorite|own|friends'|"
	    "mates') (mums|parents|families|kids|children|friends|mates) "
	    "(jump|skip|bypass|queue-jump)|favouritism|favoritism|"
	    "^tell/told/told (the )?(lado|ofsted|inspectors|police|council|"
	    "local authority|social services|auditors|tribunal|the trust) "
	    "(there was|there were|it was|that there was|that there were|"
	    "that it was) ('no|no|nothing|never|only)|"
	    "^make/made/made (a|the|my|one|our) (boy|girl|child|kid|pupil|"
	    "son|daughter|lad) with (a|an) (broken|sprained|injured|bad|"
	    "twisted|fractured|bleeding) (toe|ankle|leg|arm|wrist|foot|knee|"
	    "hand|finger|head)" },
	/* a safeguarding report made to vanish */
	{ LF_ALLEGE, 0.6, F,
	    "(^bin*|^shred*|^bury/buried/buried|^lose/lost/lost|^ignore!|"
	    "^delete|^sit/sat/sat* on|^squash|^suppress) (a|the|my|our|"
	    "their|his|her|every|any|that) (safeguarding|child protection|"
	    "welfare) (report|reports|concern|concerns|referral|referrals|"
	    "disclosure|disclosures|form|forms|log|record|records)" },
	/* complaints made to vanish, and the interest behind it */
	{ LF_ALLEGE, 0.5, F,
	    "^bin* (every|all|the|our|my|any|parents'|all the) (complaint|"
	    "complaints|concern|concerns|report|reports|email|emails|"
	    "letter|letters|grievance|grievances)|"
	    "^bury/buried/buried (every|all|the|our|my|any) (complaint|"
	    "complaints|concern|concerns|report|reports)|"
	    "because (her|his|their|the head's|the principal's) (sister|"
	    "brother|wife|husband|son|daughter|cousin|mate|friend|best "
	    "friend|partner|mum|dad|niece|nephew|brother-in-law|"
	    "sister-in-law) (runs|owns|works for|is on|chairs|manages|is "
	    "the|is in charge of|got the)" },
	/* neglect that is often only a complaint: weighs with more */
	{ LF_ALLEGE, 0.35, 0,
	    "^fob* (me|us|parents|families|them|him|her) off|^fob* off|"
	    "^brush (it|this|that|me|us|my concerns|our concerns|the "
	    "complaint|the allegation|allegations) (off|aside)|"
	    "^dismiss (my|our|the|all|every|parents'|his|her) "
	    "(concern|concerns|complaint|complaints|report|reports|allegation|"
	    "allegations|disclosure|disclosures)|"
	    "^ignore (the bullying|the complaints|our complaints|my "
	    "complaints|every complaint|my emails|our emails)|"
	    "^do/did/done absolutely nothing|nothing was (ever )?done|"
	    "(nobody|no one|no-one) did (anything|a thing)|"
	    "^shrug* it off|^shrug* (his|her|their) shoulders" },
	/*
	 * Dishonesty, money, sex and crime, as verbs in every form and as
	 * nouns for the one who does it.
	 */
	{ LF_CRIME, 0.7, F,
	    "^steal/stole/stolen|nicked|nicking|swiped|pocketed|pocketing|"
	    "^embezzle|^defraud|^swindle|conned|conning|scammed|scamming|"
	    "fleeced|fleecing|^skim* off|^cream off|^siphon|^syphon|"
	    "^misappropriate|^launder|"
	    "^bribe|^blackmail|^extort|^falsify|^fabricate|"
	    /* (not "the old forge", nor "forging links") */
	    "^forge! (a |an |the |his |her |their |my |our )?(signature|"
	    "signatures|document|documents|records|results|reference|"
	    "references|grades|marks|receipts|invoices|letter|letters|"
	    "certificate|certificates|data|register|registers)|"
	    "^grope|^fondle|^molest|^touch up|^groom!|^expose (himself|"
	    "herself)|^prey/preyed/preyed on|^prey/preyed/preyed upon|"
	    "^upskirt|^sexually (assault|abuse|harass|touch)|"
	    "^sext!|^perv on|^drink-drive/drink-drove/drink-driven|"
	    "^deal/dealt/dealt (drugs|weed|coke|cocaine)|"
	    "^help/helped/helped (himself|herself|themselves) to (the |our |"
	    "school |pta |trip |charity |the pta |the school )?(money|funds|"
	    "cash|budget|takings|donations|float|kitty|petty cash|tuck "
	    "shop money|dinner money|raffle money|collection|proceeds)|"
	    "^take/took/taken (a |the )?(backhander|backhanders|bribe|bribes|"
	    "kickback|kickbacks|a "
	    "cut|money from the)|^rip* (us|parents|families|everyone|people) "
	    "off|^rip* off (parents|families|us|everyone)" },
	{ LF_ALLEGE, 0.6, F,
	    "^lie/lied/lied (to|about|in|on)|^deceive!|^mislead/misled/misled|"
	    "^cheat!|^plagiarise!|^backdate!|^tamper with|"
	    "^inflate! (the |their |our |his |her )?(grades|marks|results|"
	    "figures|numbers|data|attendance|predictions|predicted grades)|"
	    "^massage! (the )?(figures|numbers|data|results|stats)|"
	    "^manipulate! (the )?(figures|numbers|data|results|stats|"
	    "register|registers|attendance)|^fiddle! (the )?(figures|"
	    "numbers|data|results|books|register|registers|attendance|"
	    "expenses|accounts)|^fudge! (the )?(figures|numbers|data|"
	    "results|register)|^make/made/made up (the )?(figures|numbers|"
	    "data|results|records|notes|minutes|evidence|a story|lies|"
	    "stories)|^bend/bent/bent the rules|^break/broke/broken the "
	    "law|^falsely (claim|accuse|record|report)|^abuse! (his|her|"
	    "their) (position|power|authority)|"
	    "^off-roll|^offroll|^game! the (system|league tables|figures)|"
	    "^sleep/slept/slept with (a|one of the|the) (pupil|student|sixth "
	    "former|year 10|year 11|year 12|year 13|parent|mum|dad)|"
	    "^have/had/had (an affair|a relationship|sex) with (a|one of "
	    "the|the) (pupil|student|sixth former|parent|mum|dad|year)|"
	    "^send/sent/sent (nudes|explicit|sexual|dirty|inappropriate) "
	    "(pictures|photos|messages|texts|pics|images) to" },
	/* lying by idiom; children turned away */
	{ LF_ALLEGE, 0.6, F,
	    "(spin|spins|spinning|spun) (us |me |parents |everyone |families "
	    "|the governors |the parents )?(a line|lies)|"
	    "^feed/fed/fed (us|me|parents|everyone|families|the governors|"
	    "ofsted|the parents|inspectors) (a line|lies|a pack of lies|a "
	    "load of (lies|rubbish|nonsense|old flannel))|"
	    "^pull the wool over|economical with the truth|"
	    "^lie/lied/lied through (his|her|their|your) teeth|"
	    "bare-faced (lie|lies|liar|liars)|"
	    "^fob* (us|me|parents|families|everyone) off with (lies|a lie|"
	    "a story|excuses|a cock and bull story)|"
	    "^weed out (the |all the |any )?(sen |send |autistic |disabled |"
	    "weaker |weak |struggling |lower-ability |difficult |troubled "
	    "|poorer |naughty )?(kids|pupils|children|students|families|"
	    "ones|applicants)|"
	    "^turn away (sen|send|autistic|disabled) (kids|pupils|"
	    "children|families)|^get/got/got* rid of (the )?(sen|send|"
	    "autistic|disabled|difficult|weaker|struggling) (kids|pupils|"
	    "children|students)" },
	/* an affair hinted: not itself a wrong, so it needs support */
	{ LF_ALLEGE, 0.3, 0,
	    "(a lot |a bit |much |far |way |something |rather )?more than "
	    "(just )?(colleagues|work colleagues|workmates|work friends)|"
	    "carrying on with (the|a|her|his|one of) (parents|mums|dads|"
	    "governors|tas|teachers|staff|pe teachers|deputy|head)" },
	/* the one who does it, named as such */
	{ LF_CRIME, 0.7, 0,
	    "~thief|~fraudster|~crook|~conman|~con man|~con artist|~swindler|"
	    "~embezzler|~predator|~paedophile|~pedophile|~paedo|~pedo|~nonce|"
	    "~groomer|~pervert|~perv|~child abuser|~abuser|~molester|"
	    "~sex offender|~kiddie fiddler|~kleptomaniac|"
	    "on the sex offenders register|sex offenders' register|child "
	    "cruelty|"
	    "indecent (exposure|images|photos|assault)|"
	    "(a )?criminal record|restraining order|police caution|"
	    "released under investigation|(on|out on) (police )?bail" },
	{ LF_ALLEGE, 0.6, 0,
	    "(is|'s|was|are|'re|were|be) (a|an|such a|a total|a complete|a "
	    "massive|a nasty|a horrible|a real|the biggest|the worst|a "
	    "known|a serial|an absolute|a proper|a right|a compulsive|a "
	    "pathological|nothing but a|nothing but) (bully|bullies|liar|"
	    "liars|cheat|cheats|fraud|frauds|racist|racists|bigot|bigots|"
	    "sexist|misogynist|homophobe|abuser|drunk|alcoholic|drunkard|"
	    "junkie|druggie|crook)|"
	    "(a )?(culture|climate) of (fear|bullying|silence|secrecy|"
	    "intimidation|cover-up|cover-ups|coverups|impunity)|"
	    "(bullying|toxic|racist|sexist|abusive) (culture|regime|"
	    "leadership|management|behaviour|behavior|treatment)|"
	    "(financial|sexual|physical|emotional|racial) (impropriety|"
	    "irregularities|misconduct|abuse|harassment)|"
	    "(fiddled|fake|falsified|false|doctored|bogus|padded|inflated) "
	    "(expenses|invoices|receipts|timesheets|references|"
	    "qualifications|registers|records|figures|data|minutes)" },
	/*
	 * Threats: a fate foretold for the target, in the euphemisms people
	 * use when they will not say the violent word.
	 */
	{ LF_THREAT, 0.55, 0,
	    "(days|time|card|cards) (there |here )?(is|are) "
	    "(numbered|marked)|"
	    "(going|go|goes|went|gone|leave|leaves|leaving|left|end up|ends "
	    "up|ending up|come out|coming out|carried out|be carried out|"
	    "be going|be leaving|go home|going home|leave school|leaving "
	    "school) (home )?(in|on) (an ambulance|a box|a body bag|a "
	    "coffin|a wheelchair|a stretcher|bits|pieces|a hearse|the back "
	    "of an ambulance)|"
	    "(get|gets|getting|got|have|having|has) (his|her|their|your|ur) "
	    "(head|face|teeth|legs|lights|jaw|skull|nose) (kicked|smashed|"
	    "caved|bashed|punched|knocked|beaten|punched) (in|out|off)|"
	    "(kick|smash|cave|bash|punch|knock|beat) (his|her|their|your|ur) "
	    "(head|face|teeth|lights|jaw|skull|nose) (in|out|off)|"
	    "(won't|wont|will not|isn't going to|is not going to|ain't "
	    "gonna) (be|end) (nice|pretty|pleasant|well|good for (him|her|"
	    "them|you))|(it|this|that|things) (won't|wont|will not) end "
	    "well|(won't|wont|will not) (walk|get|come) away (from (it|this|"
	    "that)|unscathed|in one piece)|"
	    "(you'll|he'll|she'll|they'll|you will|he will|she will|they "
	    "will) (find out|learn|be sorry|get (yours|his|hers|theirs|"
	    "it|what's coming|what is coming|what he deserves|what she "
	    "deserves|what they deserve)|pay for (this|it|that)|regret "
	    "(this|it|that|crossing|the day))|"
	    "(one of these days|sooner or later|any day now) (someone|"
	    "somebody|he|she|they|you|i|we)|"
	    "(when|if|once) (i|we) (get|catch|find|see|get hold of|get "
	    "my hands on|get our hands on) (him|her|them|you)|get (my|our) "
	    "hands on (him|her|them)|"
	    "(meet|wait for|waiting for|see|catch) (him|her|them|you) "
	    "(outside|after school|in the car park|round the back|behind "
	    "the|on (his|her|their|your) own|alone|at the gate|gates)|"
	    "(in|down) a dark alley|"
	    "(won't|wont|will not|never|not) (be|feel) safe (again|"
	    "anywhere|walking|at (home|school|work)|in (his|her|their|your) "
	    "own)|"
	    "things (will|could|might|are going to|are gonna) (get|turn) "
	    "(nasty|ugly|messy|physical|violent|very nasty)|"
	    "(can't|cannot|won't) (promise|guarantee) (what|i|we|that i|"
	    "(his|her|their|your) safety)|"
	    "(not|won't be|will not be|can't be) (responsible|accountable) "
	    "for (my|our) actions|take (the law|matters|things) into (my|"
	    "our) own hands|sort (it|this|him|her|them) out (myself|"
	    "ourselves|the old-fashioned way|the old way|my way|our way|"
	    "properly)|deal with (him|her|them|it) (myself|ourselves|my "
	    "way|our way|personally)|"
	    "(a )?(visit|knock on the door|word) from (me|my|us|some of|"
	    "the lads|my lads|my boys|my mates|my brothers|my family)|"
	    "(my|some|our) (mates|lads|boys|brothers|cousins|family|"
	    "friends) (will|'ll|are going to|are gonna|want to|wanna) "
	    "(sort|deal with|have a word|pay|visit|find|see to|wait for)|"
	    "(have|has) it coming|what's coming to (him|her|them|you)|"
	    "(he|she|they|you) (should|better|had better|'d better|wants "
	    "to|want to|needs to|need to|might want to) (be|watch) (very|"
	    "extra|really|more|so) careful|"
	    "(should|better|had better|'d better|wants to|needs to|might "
	    "want to) be (very |extra |really )?careful (walking|going|"
	    "getting|driving) (to (his|her|their|your) car|home|to work|"
	    "out)( at night| alone| after dark)?|"
	    "teach (him|her|them|you|that woman|that man|that bloke|the "
	    "head|the teacher) (some manners|some respect|a lesson|a "
	    "thing or two|what happens)|"
	    "next time (i|we) (won't|wont|will not) be (so|as) (polite|"
	    "nice|patient|friendly|reasonable|calm|understanding|"
	    "restrained|civil)|"
	    "(won't|wont|will not) be (so|as) (polite|nice|patient|"
	    "friendly|civil) next time|"
	    "(some of the|a few of the|a few|some) (dads|lads|men|fathers|"
	    "brothers|uncles|blokes|parents) (will|'ll|are going to|are "
	    "gonna|might) (deal with|sort|sort out|have a word with|pay "
	    "(him|her|them) a visit|visit|handle|take care of) (him|her|"
	    "them|it|this)|"
	    "(he's|she's|he has|she has|they've|they have) been (told|"
	    "warned)|happy to (volunteer|oblige|do it|help with that)|"
	    "make (his|her|their|your|ur) (life|lives) (hell|a living "
	    "hell|a living nightmare|a nightmare|a misery|miserable|"
	    "unbearable|not worth living)|"
	    "(won't|wont|will not|never) see it coming|"
	    "(i'll|i will|we'll|we will|gonna|going to) (track|hunt|find) "
	    "(him|her|them|you) down|"
	    "(i'll|i will|we'll|we will|i'm going to|we're going to|gonna) "
	    "(ruin|destroy|end|finish) (him|her|them|you|his career|her "
	    "career|their careers|your career|his life|her life)|"
	    "(hung|hanged|strung up|hang|hanging|swing|swinging) (from|on) "
	    "(a|the) (lamppost|lamp post|lamp-post|tree|rope|noose|"
	    "rafters|bridge|gallows)|"
	    "(hope|hoping|wish|pray) (he|she|they|you|the head) "
	    "(gets|get|is|are|will be|ends up) (hurt|attacked|beaten up|"
	    "stabbed|killed|run over|run down|what's coming|cancer|"
	    "sacked and worse)|"
	    "(cut|cuts|cutting) (a|the|her|his|their|your) brake (line|"
	    "lines|pipe|pipes|cable|cables)|(tamper|tampers|tampering|"
	    "tampered) with (her|his|their|your|the) (car|brakes|tyres|"
	    "wheels)|(slash|slashes|slashed|slashing) (her|his|their|your) "
	    "(tyres|tires)|"
	    "(going|go|goes|gone|went|be going) (head-first|face-first) "
	    "(through|into) (the|a|that|his|her) (window|door|freezer|glass|"
	    "wall|windscreen|fence|table|shelves|shop window|freezer door)|"
	    "(anything|all sorts) (can|could|might) happen (on a walk like "
	    "that|to (him|her|them|you|a car like that)|in the dark|out "
	    "there|on (his|her|their) way home)|"
	    "(funny|nasty|strange|odd|bad) habit of (going up in flames|"
	    "catching fire|burning down|getting (keyed|torched|smashed|"
	    "scratched|damaged|set alight))|"
	    "(house|home|car|cottage|flat|office|place|bungalow|garage) "
	    "(would|will|'ll|could|might|'d) go up (a treat|nicely|like a "
	    "(torch|tinderbox|bonfire|rocket|box of matches)|in flames|in "
	    "smoke|lovely)|"
	    "(burn|burnt|burned|torch|torched|torching|burning) (the|that|"
	    "this) (school|place|academy|building|dump|hole|office|science "
	    "block|sports hall|main block|new block|staffroom|staff room|"
	    "english block|maths block|music block|library|canteen|gym) "
	    "(down|to the ground)|"
	    "(get|gets|gonna get|going to get|will get|'ll get|be) (glassed|"
	    "knifed|shanked|"
	    "stabbed|battered|jumped|done over|smashed|decked|lamped|"
	    "floored|bottled|knocked out|sparked out|beaten up|duffed "
	    "up|roughed up|kneecapped)" },
	{ LF_THREAT, 0.5, 0,
	    "or (else )?(someone|somebody|people|a kid|a child|one of the "
	    "kids|he|she|they)('s| is| are|'ll| will|'re) (going to |gonna )?"
	    "(get|be|end up) (hurt|injured|killed|seriously hurt|badly "
	    "hurt|in hospital)|"
	    "(you|he|she|they|u) (better|had better|'d better) (watch|mind|"
	    "look over) (out|it|yourself|himself|herself|themselves|your "
	    "back|his back|her back|their backs|your step|your shoulder)|"
	    "(you've|you have|he's|she's|they've|he has|she has|they "
	    "have) been warned|this is (a|your|my|the) (final|last|only|"
	    "first) warning|(i'm|i am|we're|we are) not (joking|kidding|"
	    "messing|playing)|(i|we) know (where|which house|what car|what "
	    "time) (you|he|she|they|your|his|her|their)|"
	    "(know|knows|found out) where (your|his|her|their) (kids|"
	    "children|family|wife|husband|son|daughter) (go to school|live|"
	    "lives|play)|"
	    "(leave|leaves|leaving|left) (in|with) (a|an) (ambulance|body "
	    "bag)|(you|he|she|they) (won't|wont|will not) (see|make it "
	    "to) (the end of|another|next)|"
	    "(i'm|im|i am|we're|we are|i'll|we'll|i will|we will) (keeping|"
	    "keep) (an|a close|my|our) eye on (you|him|her|them|your|his|"
	    "her|their)|(we|i) (are|am|'re|'m) watching (you|him|her|"
	    "them)|"
	    "(if|when) (he|she|they|you|that teacher|the teacher|that man|"
	    "that woman) (ever )?(touches|touch|lays a finger on|lay a "
	    "finger on|lays a hand on|lay a hand on|comes near|come near|"
	    "goes near|go near|speaks to|speak to|looks at|look at) (my|"
	    "our) (son|daughter|child|kid|kids|boy|girl|children|lad) "
	    "(again|ever)" },
	/* acts of violence, a threat only when aimed at a target and meant
	 * ("I'll headbutt him", "someone should kick his head in") */
	{ LF_VIOLENT, 0.4, 0,
	    "kick|headbutt|head-butt|glass|bottle|thump|whack|wallop|clobber|"
	    "belt|lamp|floor|hurt|harm|injure|maim|attack|rough up|do over|"
	    "duff up|kneecap|cripple|break|snap|hang|lynch|string up|run "
	    "down|mow down|beat|bash|knee|elbow|drown|hit|smack|slap|"
	    "strangle|choke|throttle|stamp on|cut|slash|jump|bury|end|"
	    "finish|destroy|obliterate|annihilate|murder|kill|stab|shoot" },
	{ LF_INTENT, 0.2, 0,
	    "and it (won't|wont|will not) be (me|my kid|my son|my "
	    "daughter|mine|us|my boy|my girl)|(before|or) (i|we) (do "
	    "something|come down there|come up there|take it into (my|"
	    "our) own hands|lose it)|last chance" },
	{ LF_INTENT, 0.3, 0,
	    "(i'm|im|i am|we're|we are) going to|(i'm|im|i am|we're|we are) "
	    "gonna|i mean it|i mean every word|(something|one) for (him|her|"
	    "them|you) to (think about|chew on|ponder)|(just )?(a )?friendly "
	    "(advice|warning)|(a )?word to the wise|"
	    "(i'll|ill|i will|we'll|we will) (make sure|personally|"
	    "happily|gladly)|i swear (down|to god|on my)|(i|we) (will|'ll) "
	    "be (waiting|there|outside|round)|(i'm|we're) coming (round|"
	    "down|over|up) (there|to the school|to the academy|to see)" },
	/*
	 * Insults for people and institutions: nouns (with plurals and
	 * compounds) and the adjectives of contempt.
	 */
	{ LF_ABUSE, 0.7, 0,
	    "~idiot|~moron|~imbecile|~cretin|~buffoon|~oaf|"
	    "~dimwit|~halfwit|~nitwit|~numpty|numpties|~muppet|~plonker|~prat|"
	    "~pillock|~wally|wallies|~berk|~twit|~dunce|~dolt|~simpleton|"
	    "~ignoramus|~airhead|~bonehead|~blockhead|~meathead|~knucklehead|"
	    "~numbskull|~numskull|~pea-brain|~dumbass|~jackass|~loser|"
	    "~has=been|~deadbeat|~waster|~layabout|~slob|~scrounger|~parasite|"
	    "leech|leeches|"
	    "vermin|scum|~scumbag|~lowlife|lowlifes|~dirtbag|~sleazebag|"
	    "~sleazeball|~creep|~weirdo|~psycho|~nutter|~lunatic|"
	    "~maniac|~headcase|~nutjob|~crackpot|~coward|~wimp|"
	    "~stooge|~yes-man|~yes-woman|~toady|"
	    "toadies|~sycophant|~bootlicker|~boot-licker|~brown-noser|"
	    "~arse-licker|~arselicker|~ass-kisser|~jobsworth|~pen-pusher|"
	    "~penpusher|~bean counter|~dictator|~tyrant|"
	    "~despot|~control freak|~megalomaniac|~egomaniac|~ego-maniac|"
	    "~narcissist|~snob|~busybody|busybodies|~harridan|~harpy|"
	    "harpies|~shrew|~battleaxe|~battle-axe|~hag|~bitch|"
	    "old bag|old bags|~bint|~slag|~slapper|"
	    "swine|~brute|~thug|~hooligan|~yob|~lout|"
	    "~oik|~chav|~pleb|~scrote|~toerag|~git|~bugger|~bastard|"
	    "~prick|~dickhead|~knobhead|~nobhead|~bellend|"
	    "~bell-end|~twat|~tosser|~wanker|~wazzock|~arsehole|"
	    "~asshole|~shithead|~shitbag|~douche|~douchebag|~cockwomble|"
	    "~twonk|~nonentity|~charlatan|"
	    "~goon|"
	    "~windbag|~gasbag|~blowhard|~bigmouth|~loudmouth|"
	    "~know=all|~know=it=all|~smart-arse|~smartarse|~clot|~nincompoop|"
	    "~ninny|~chump|~schmuck|~dipstick|~dipshit|"
	    "~jerk|~spiv|~sleaze|~lech|~letch|~creep|"
	    "~wet blanket|"
	    "~killjoy|~misery guts|~pathetic excuse|"
	    "waste of (space|oxygen|skin|a salary|money|time and money)|"
	    "wastes of space|(a )?(bunch|pack|load|shower|gang|nest|band|"
	    "herd|rabble) of (idiots|clowns|morons|muppets|crooks|liars|"
	    "cowards|thugs|snakes|vipers|sheep|amateurs|incompetents|"
	    "jokers|fools|imbeciles|cretins|numpties|losers|wasters|"
	    "parasites|leeches|chancers|cowboys|wankers|tossers|pricks|"
	    "dickheads|twats|bastards|bullies|hypocrites|snobs|jobsworths|"
	    "yes-men|yes men|lapdogs|puppets|nodding dogs|"
	    "pen-pushers)|~chancer|"
	    "~pariah|incompetents|"
	    /* slang nouns that insult only with their intensifier ("an
	     * absolute plank", not "a plank of wood") */
	    "(an absolute|a complete|a total|a right|a proper|such a|what a|"
	    "an utter|a bloody) (plank|knob|donut|doughnut|spanner|wet wipe|"
	    "gimp|bellend|weirdo|embarrassment)|"
	    "(absolute|complete|total|utter|proper) (planks|knobs|spanners|"
	    "gimps)" },
	{ LF_ABUSE, 0.6, 0,
	    "(sad|pathetic|nasty|horrible|vile|arrogant|pompous|jumped=up|"
	    "smug|self-serving|odious|spiteful|bitter|petty|obnoxious|"
	    "creepy|slimy|sleazy|power-mad|evil|twisted|miserable|"
	    "spineless|cowardly|greedy|provincial|frumpy|dowdy|ghastly|"
	    "tinpot|tin-pot|insufferable|useless|pitiful|dreary|grubby) "
	    "(little|old) (man|woman|men|women|"
	    "people|hitler|dictator|napoleon|tyrant|despot|creep|twerp|"
	    "toad|worm|weasel|rat|snake|cow|witch|toerag|git|prick|shit|"
	    "bureaucrat|jobsworth|bully|bullies)" },
	{ LF_SCORN, 0.5, 0,
	    "self-serving|self-important|odious|obnoxious|loathsome|"
	    "contemptible|despicable|repugnant|repulsive|sleazebag|"
	    "laughing stock|an embarrassment|a pariah|incompetent|stupid|dumb|"
	    "brainless|gormless|witless|brain-dead|"
	    "moronic|idiotic|cretinous|imbecilic|"
	    "cowardly|slimy|sleazy|creepy|vile|"
	    "hateful|spiteful|vindictive|evil|wicked|"
	    "deranged|unhinged|psychotic|pompous|conceited|"
	    "snooty|toffee-nosed|bone idle|"
	    "bone-idle|grasping|money-grabbing|money-grubbing|"
	    "power-hungry|power-mad|power-crazed|sadistic|sadist|"
	    "cold-hearted|callous|nasty little|nasty "
	    "old|shifty|sneaky|weaselly|snivelling|sniveling|pig-headed|"
	    "pig-ignorant|thick-skulled|thick as (mince|two short planks|"
	    "pig shit|shit|a brick)|not fit to (run|teach|lead|be) (a|the|"
	    "near|in charge)|shouldn't be (teaching|in charge|allowed|"
	    "running)|should be ashamed of (himself|herself|themselves)|"
	    "(up|full of) (himself|herself|themselves)|"
	    /* incompetence by a proverb's impossible task */
	    "(couldn't|could not|can't|cannot) (organise|organize|run|"
	    "arrange) a (piss-up|booze-up|party) in a brewery|"
	    "(couldn't|could not|can't|cannot) (teach|run|organise|"
	    "organize) (a fish to swim|a bath|a raffle|a whelk stall|a "
	    "tap)|(couldn't|could not|can't|cannot) find (his|her|their) "
	    "(own )?(arse|backside|ass|way out of a paper bag)|"
	    /* unfit for any other work */
	    "(couldn't|could not|can't|cannot|wouldn't) (get|hold down|"
	    "keep) a job (stacking shelves|anywhere else|in the real world|"
	    "at (tesco|aldi|lidl|mcdonalds|mcdonald's|greggs|a call centre)|"
	    "in (tesco|aldi|lidl|mcdonalds|mcdonald's|greggs|a call centre))" },
	/* a person's looks mocked: a body or a face likened to a thing, an
	 * old woman or man called an animal or a relic */
	/* a person called by a sour face or a cruel manner: "the most
	 * charmless, sneering, vinegar-faced woman" */
	{ LF_ABUSE, 0.6, 0,
	    "(charmless|sneering|vinegar-faced|sour-faced|po-faced|"
	    "hatchet-faced|horse-faced|pig-faced|smug-faced|rat-faced|"
	    "weasel-faced|miserable|nasty|horrible|vile|vicious|spiteful|"
	    "odious|obnoxious|arrogant|condescending|patronising|"
	    "patronizing|evil|hateful|ghastly|dreadful|awful|poisonous) "
	    "(old |little )?(woman|man|cow|witch|git|bloke|creature|"
	    "individual|harridan)|"
	    "(as useful as|about as much use as|as much use as|no more use "
	    "than) a chocolate (teapot|fireguard)|chocolate teapot" },
	{ LF_ABUSE, 0.6, 0,
	    "(built|shaped) like a (wheelie bin|brick shithouse|barrel|tank|"
	    "whale|hippo|walrus|fridge|bouncy castle|sack of (potatoes|"
	    "spuds)|space hopper)|(a )?(face|head|mug) like a (smacked|"
	    "slapped|kicked) (arse|ass|bum|backside)|(the )?(iq|brains|brain|"
	    "intelligence|wit) of a (damp |wet |dead |boiled )?(sponge|"
	    "flannel|lettuce|plank|brick|potato|turnip|goldfish|house brick|"
	    "teaspoon|rock)|dim as a (2p|two-p|20 watt|twenty watt|"
	    "birthday|penny) (candle|bulb)|dim as a (one|two|five|ten|"
	    "twenty|forty|1|2|5|10|20|25|40) watt (bulb|lightbulb|light "
	    "bulb)|(terminally|hopelessly|painfully|criminally) (dim|thick|"
	    "stupid|useless|clueless|incompetent)|thick as (two short planks|mince|"
	    "a brick|pig shit|a plank)|(a )?face like a (bulldog|pug|"
	    "pig|horse|bag of spanners|dropped pie|bulldog chewing a wasp|"
	    "robber's dog|busted sofa|burst couch)|(a )?face (only a mother "
	    "could love|for radio)|old (bat|bats|cow|cows|hag|hags|witch|"
	    "witches|trout|goat|crone|crones|fart|farts|fossil|codger)|"
	    "~fatso|~lard-arse|~lard-ass|~slaphead|~minger|~munter|"
	    "~gargoyle|(the )?(personality|charisma|charm|warmth|brains|"
	    "intelligence) of a (damp |wet |soggy |dead |stale |boiled )?"
	    "(flannel|lettuce|plank|brick|potato|teaspoon|dishcloth|"
	    "sponge|rag|fish|kipper|turnip|cabbage|houseplant|traffic cone|"
	    "lamp post|breeze block|morgue|morgue drawer|morgue slab|"
	    "corpse|tombstone|gravestone|prison guard|traffic warden|"
	    "parking meter|filing cabinet|brick wall|speak your weight "
	    "machine|wet weekend)" },
	/* a person not worth the title: "an embarrassing excuse for a
	 * teacher", "looks like he sleeps in a skip" */
	{ LF_ABUSE, 0.6, 0,
	    "(a |an )?(embarrassing|pathetic|poor|sorry|sad|useless|joke of a|"
	    "joke of an) excuse for (a|an) (teacher|head|headteacher|"
	    "headmaster|headmistress|principal|deputy|human|human being|"
	    "man|woman|adult|professional|leader)|sleeps in a (skip|bin|"
	    "wheelie bin)" },
	/* a person as a warning to others: "a walking advert for birth
	 * control" */
	{ LF_ABUSE, 0.6, 0,
	    "(a )?walking (advert|advertisement|argument) (for|against)" },
};

#undef V
#undef F
#undef P

#define NENTRIES	(sizeof entries / sizeof entries[0])
/* An entry's index is one byte of the automaton. */
typedef char entries_fit_a_byte[NENTRIES <= 256 ? 1 : -1];

/* ------------------------------------------------------------------ */
/* The automaton.                                                      */

/*
 * The fields expand to some 150,000 forms, most of them the cross
 * products of a few templates ("cook/cooked/cooking the books/figures/
 * register"). A trie of them took 17 MB a worker; the minimal automaton
 * (Daciuk et al., "Incremental construction of minimal acyclic
 * finite-state automata", 2000), in which forms share their endings as
 * well as their beginnings, takes a small part of that, and is built
 * once and shared by every thread. Each form is added as its bytes, a 0
 * byte and its entry's index, so that a state from which a 0 byte leads
 * ends a form, and the byte after it says whose.
 */

/* A form being collected: "len" bytes at "off" of the builder's text. */
struct form {
	uint32_t	 off;
	uint32_t	 len;
};

struct harm_lex {
	int32_t		 root[256];	/* the start state's transitions */
	uint32_t	*first;		/* a state's first transition */
	uint8_t		*count;		/* how many it has (at most 256) */
	uint8_t		*label;		/* a transition's byte */
	uint32_t	*target;	/* and the state it leads to */
	size_t		 nstates, ntrans;
	size_t		 nforms;

	/* While the forms are collected: */
	char		*text;
	size_t		 textlen, textcap;
	struct form	*forms;
	size_t		 nf, capf;
};

/* Collect form "s" of entry "e". */
static void
form_add(struct harm_lex *l, const char *s, int e)
{
	size_t	n = strlen(s);

	if (n == 0)
		return;
	while (l->textlen + n + 2 > l->textcap) {
		l->textcap = l->textcap ? l->textcap * 2 : 65536;
		l->text = xrealloc(l->text, l->textcap);
	}
	if (l->nf == l->capf) {
		l->capf = l->capf ? l->capf * 2 : 4096;
		l->forms = xreallocarray(l->forms, l->capf, sizeof *l->forms);
	}
	l->forms[l->nf].off = (uint32_t)l->textlen;
	l->forms[l->nf].len = (uint32_t)(n + 2);
	l->nf++;
	memcpy(l->text + l->textlen, s, n);
	l->text[l->textlen + n] = '\0';
	l->text[l->textlen + n + 1] = (char)e;
	l->textlen += n + 2;
}

static const char	*sort_text;	/* for form_cmp, under build_once */

static int
form_cmp(const void *a, const void *b)
{
	const struct form	*x = a, *y = b;
	uint32_t		 n = x->len < y->len ? x->len : y->len;
	int			 r;

	r = memcmp(sort_text + x->off, sort_text + y->off, n);
	if (r != 0)
		return (r);
	return (x->len < y->len ? -1 : x->len > y->len);
}

/* A state whose transitions may still grow: on the last form's path. */
struct open_state {
	uint8_t		 label[256];
	uint32_t	 target[256];
	int		 n;
};

/* The register of frozen states, by their transitions. */
struct reg {
	uint32_t	*slot;		/* state + 1, or 0 */
	size_t		 cap;
};

static uint64_t
state_hash(const uint8_t *label, const uint32_t *target, int n)
{
	uint64_t	h = 1469598103934665603ULL;
	int		i;

	for (i = 0; i < n; i++) {
		h = (h ^ label[i]) * 1099511628211ULL;
		h = (h ^ target[i]) * 1099511628211ULL;
	}
	return (h ^ (uint64_t)n);
}

static void	reg_put(struct harm_lex *, struct reg *, uint32_t);

/* Make room for "n" more states and transitions. */
static void
grow(struct harm_lex *l, size_t *caps, size_t *capt, size_t n)
{
	if (l->nstates + 1 > *caps) {
		*caps = *caps ? *caps * 2 : 4096;
		l->first = xreallocarray(l->first, *caps, sizeof *l->first);
		l->count = xreallocarray(l->count, *caps, sizeof *l->count);
	}
	while (l->ntrans + n > *capt) {
		*capt = *capt ? *capt * 2 : 16384;
		l->label = xreallocarray(l->label, *capt, sizeof *l->label);
		l->target = xreallocarray(l->target, *capt,
		    sizeof *l->target);
	}
}

/* Return the frozen state equal to "o", adding it if there is none. */
static uint32_t
freeze(struct harm_lex *l, struct reg *r, const struct open_state *o,
    size_t *caps, size_t *capt)
{
	size_t		 i, mask = r->cap - 1;
	uint32_t	 s;

	for (i = state_hash(o->label, o->target, o->n) & mask;
	    r->slot[i] != 0; i = (i + 1) & mask) {
		s = r->slot[i] - 1;
		if (l->count[s] == (uint8_t)o->n && (o->n == 0 ||
		    (memcmp(l->label + l->first[s], o->label, o->n) == 0 &&
		    memcmp(l->target + l->first[s], o->target,
		    o->n * sizeof *o->target) == 0)))
			return (s);
	}
	grow(l, caps, capt, (size_t)o->n);
	s = (uint32_t)l->nstates++;
	l->first[s] = (uint32_t)l->ntrans;
	l->count[s] = (uint8_t)o->n;
	if (o->n > 0) {
		memcpy(l->label + l->ntrans, o->label, o->n);
		memcpy(l->target + l->ntrans, o->target,
		    o->n * sizeof *o->target);
	}
	l->ntrans += (size_t)o->n;
	reg_put(l, r, s);
	return (s);
}

/* Enter state "s" in the register, doubling it when half full. */
static void
reg_put(struct harm_lex *l, struct reg *r, uint32_t s)
{
	size_t	i, mask, j, oldcap;
	uint32_t *old;

	if ((l->nstates + 1) * 2 > r->cap) {
		old = r->slot;
		oldcap = r->cap;
		r->cap = r->cap ? r->cap * 2 : 8192;
		r->slot = xcalloc(r->cap, sizeof *r->slot);
		for (j = 0; j < oldcap; j++) {
			if (old[j] == 0)
				continue;
			mask = r->cap - 1;
			for (i = state_hash(l->label + l->first[old[j] - 1],
			    l->target + l->first[old[j] - 1],
			    l->count[old[j] - 1]) & mask; r->slot[i] != 0;
			    i = (i + 1) & mask)
				;
			r->slot[i] = old[j];
		}
		free(old);
	}
	mask = r->cap - 1;
	for (i = state_hash(l->label + l->first[s], l->target + l->first[s],
	    l->count[s]) & mask; r->slot[i] != 0; i = (i + 1) & mask)
		;
	r->slot[i] = s + 1;
}

/* Build the minimal automaton of the collected forms, then drop them. */
static void
build(struct harm_lex *l)
{
	struct open_state	*path;
	struct reg		 r = { NULL, 0 };
	const uint8_t		*w, *prev = NULL;
	size_t			 i, d, cp, plen = 0, maxlen = 0, caps = 0;
	size_t			 capt = 0;
	uint32_t		 s;
	int			 c;

	sort_text = l->text;
	qsort(l->forms, l->nf, sizeof *l->forms, form_cmp);
	for (i = 0; i < l->nf; i++)
		if (l->forms[i].len > maxlen)
			maxlen = l->forms[i].len;
	path = xcalloc(maxlen + 1, sizeof *path);
	r.cap = 8192;
	r.slot = xcalloc(r.cap, sizeof *r.slot);
	for (i = 0; i < l->nf; i++) {
		w = (const uint8_t *)l->text + l->forms[i].off;
		if (prev != NULL && l->forms[i].len == plen &&
		    memcmp(w, prev, plen) == 0)
			continue;	/* the same form of the same entry */
		for (cp = 0; prev != NULL && cp < plen &&
		    cp < l->forms[i].len && w[cp] == prev[cp]; cp++)
			;
		/* The last form's states past the common prefix are
		 * complete: freeze them, deepest first. */
		for (d = plen; d > cp; d--) {
			s = freeze(l, &r, &path[d], &caps, &capt);
			path[d - 1].target[path[d - 1].n - 1] = s;
		}
		for (d = cp; d < l->forms[i].len; d++) {
			path[d].label[path[d].n] = w[d];
			path[d].target[path[d].n] = 0;
			path[d].n++;
			path[d + 1].n = 0;
		}
		prev = w;
		plen = l->forms[i].len;
		l->nforms++;
	}
	for (d = plen; d > 0; d--) {
		s = freeze(l, &r, &path[d], &caps, &capt);
		path[d - 1].target[path[d - 1].n - 1] = s;
	}
	for (c = 0; c < 256; c++)
		l->root[c] = -1;
	for (c = 0; c < path[0].n; c++)
		l->root[path[0].label[c]] = (int32_t)path[0].target[c];
	free(path);
	free(r.slot);
	free(l->text);
	free(l->forms);
	l->text = NULL;
	l->forms = NULL;
	/* the arrays to their size */
	l->first = xreallocarray(l->first, l->nstates + 1, sizeof *l->first);
	l->count = xreallocarray(l->count, l->nstates + 1, sizeof *l->count);
	l->label = xreallocarray(l->label, l->ntrans + 1, sizeof *l->label);
	l->target = xreallocarray(l->target, l->ntrans + 1,
	    sizeof *l->target);
}

/* Return the state "s" leads to on byte "c", or -1. */
static int32_t
step(const struct harm_lex *l, uint32_t s, uint8_t c)
{
	const uint8_t	*lb = l->label + l->first[s];
	int		 lo = 0, hi = l->count[s], mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (lb[mid] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < l->count[s] && lb[lo] == c)
		return ((int32_t)l->target[l->first[s] + (uint32_t)lo]);
	return (-1);
}

/* ------------------------------------------------------------------ */
/* Expanding an entry into its forms.                                  */

/*
 * Write "fmt" into "dst" ("size" bytes), cut short if need be: the forms
 * are words and short phrases, far below the buffers' sizes.
 */
static void __attribute__((format(printf, 3, 4)))
put(char *dst, size_t size, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(dst, size, fmt, ap);
	va_end(ap);
}

/* Return 1 if "c" is a vowel. */
static int
vowel(char c)
{
	return (strchr("aeiou", c) != NULL);
}

/*
 * Write the forms of verb "w" ("slap*", "shake/shook/shaken", "shame!")
 * into "out" (each up to 63 bytes); return how many.
 */
static size_t
verb_forms(const char *w, char out[8][64])
{
	char	 base[64], past[64], pp[64], stem[64];
	char	*sl;
	size_t	 n = 0, bl;
	int	 dbl = 0, nobase = 0;

	put(base, sizeof base, "%s", w);
	past[0] = pp[0] = '\0';
	if ((sl = strchr(base, '/')) != NULL) {
		*sl++ = '\0';
		put(past, sizeof past, "%s", sl);
		if ((sl = strchr(past, '/')) != NULL) {
			*sl++ = '\0';
			put(pp, sizeof pp, "%s", sl);
		}
	}
	bl = strlen(base);
	if (bl > 0 && base[bl - 1] == '!') {
		base[--bl] = '\0';
		nobase = 1;
	}
	bl = strlen(pp);
	if (bl > 0 && pp[bl - 1] == '*') {
		pp[--bl] = '\0';
		dbl = 1;
	}
	bl = strlen(past);
	if (bl > 0 && past[bl - 1] == '*') {
		past[--bl] = '\0';
		dbl = 1;
	}
	bl = strlen(base);
	if (bl > 0 && base[bl - 1] == '*') {
		base[--bl] = '\0';
		dbl = 1;
	}
	if (bl == 0)
		return (0);
	if (!nobase)
		put(out[n++], 64, "%s", base);
	/* the third person */
	if (bl > 1 && base[bl - 1] == 'y' && !vowel(base[bl - 2]))
		put(out[n++], 64, "%.*sies", (int)(bl - 1), base);
	else if (base[bl - 1] == 's' || base[bl - 1] == 'x' ||
	    base[bl - 1] == 'z' || (bl > 1 && base[bl - 1] == 'h' &&
	    (base[bl - 2] == 's' || base[bl - 2] == 'c')))
		put(out[n++], 64, "%ses", base);
	else
		put(out[n++], 64, "%ss", base);
	/* the stem for -ed and -ing */
	if (dbl)
		put(stem, sizeof stem, "%s%c", base, base[bl - 1]);
	else
		put(stem, sizeof stem, "%s", base);
	if (past[0] == '\0') {
		if (bl > 1 && base[bl - 1] == 'y' && !vowel(base[bl - 2]))
			put(out[n++], 64, "%.*sied", (int)(bl - 1), base);
		else if (base[bl - 1] == 'e')
			put(out[n++], 64, "%sd", base);
		else
			put(out[n++], 64, "%sed", stem);
	} else {
		put(out[n++], 64, "%s", past);
		if (pp[0] != '\0' && strcmp(pp, past) != 0)
			put(out[n++], 64, "%s", pp);
	}
	if (bl > 2 && base[bl - 1] == 'e' && base[bl - 2] == 'i')
		put(out[n++], 64, "%.*sying", (int)(bl - 2), base);
	else if (bl > 2 && base[bl - 1] == 'e' && base[bl - 2] != 'e' &&
	    base[bl - 2] != 'y')
		put(out[n++], 64, "%.*sing", (int)(bl - 1), base);
	else
		put(out[n++], 64, "%sing", stem);
	return (n);
}

/* Write noun "w" and its plural into "out"; return how many. */
static size_t
noun_forms(const char *w, char out[8][64])
{
	size_t	 n = 0, bl = strlen(w);

	put(out[n++], 64, "%s", w);
	if (bl >= 3 && strcmp(w + bl - 3, "man") == 0)
		put(out[n++], 64, "%.*smen", (int)(bl - 3), w);
	else if (bl > 1 && w[bl - 1] == 'y' && !vowel(w[bl - 2]))
		put(out[n++], 64, "%.*sies", (int)(bl - 1), w);
	else if (w[bl - 1] == 's' || w[bl - 1] == 'x' || (bl > 1 &&
	    w[bl - 1] == 'h' && (w[bl - 2] == 's' || w[bl - 2] == 'c')))
		put(out[n++], 64, "%ses", w);
	else
		put(out[n++], 64, "%ss", w);
	return (n);
}

/* Add phrase "s" (groups expanded) of entry "e": its words' forms, and
 * its hyphens as spaces or nothing. */
static void
add_phrase(struct harm_lex *l, const char *s, int e, int hyphens)
{
	char		 buf[512], forms[8][64];
	const char	*p, *w, *q;
	size_t		 i, nf, wl;

	/* a marked word ("^slap*", "~idiot"): each of its forms */
	for (p = s; *p != '\0'; p++) {
		if ((*p != '^' && *p != '~') || (p > s && p[-1] != ' '))
			continue;
		w = p + 1;
		for (q = w; *q != '\0' && *q != ' '; q++)
			;
		wl = (size_t)(q - w);
		put(buf, sizeof buf, "%.*s", (int)wl, w);
		{
			char	word[64];

			put(word, sizeof word, "%s", buf);
			nf = *p == '^' ? verb_forms(word, forms) :
			    noun_forms(word, forms);
		}
		for (i = 0; i < nf; i++) {
			put(buf, sizeof buf, "%.*s%s%s", (int)(p - s), s,
			    forms[i], q);
			add_phrase(l, buf, e, hyphens);
		}
		return;
	}
	if (hyphens && strchr(s, '=') != NULL) {
		char	hy[512], none[512];
		size_t	a = 0, b = 0;

		for (p = s; *p != '\0' && a + 1 < sizeof hy; p++) {
			if (*p == '=') {
				hy[a++] = '-';
				continue;
			}
			hy[a++] = *p;
			none[b++] = *p;
		}
		hy[a] = '\0';
		none[b] = '\0';
		add_phrase(l, hy, e, 0);
		add_phrase(l, none, e, 0);
		return;
	}
	if (hyphens && strchr(s, '-') != NULL) {
		char	sp[512], none[512];
		size_t	a = 0, b = 0;

		for (p = s; *p != '\0' && a + 1 < sizeof sp; p++) {
			if (*p == '-' && p > s &&
			    isalpha((unsigned char)p[-1]) &&
			    isalpha((unsigned char)p[1])) {
				sp[a++] = ' ';
				continue;
			}
			sp[a++] = *p;
			none[b++] = *p;
		}
		sp[a] = '\0';
		none[b] = '\0';
		add_phrase(l, sp, e, 0);
		add_phrase(l, none, e, 0);
	}
	/* fold runs of spaces */
	for (i = 0, p = s; *p != '\0' && i + 1 < sizeof buf; p++) {
		if (*p == ' ' && (i == 0 || buf[i - 1] == ' '))
			continue;
		buf[i++] = *p;
	}
	while (i > 0 && buf[i - 1] == ' ')
		i--;
	buf[i] = '\0';
	form_add(l, buf, e);
}

/* Expand the groups and alternatives of "s" for entry "e". */
static void
expand(struct harm_lex *l, const char *s, int e)
{
	const char	*p, *b, *open = NULL, *close = NULL;
	int		 depth = 0, top = 0, opt;
	char		 buf[512];

	for (p = s; *p != '\0'; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')')
			depth--;
		else if (*p == '|' && depth == 0)
			top = 1;
	}
	if (top) {
		/* the top-level alternatives, each on its own */
		for (p = s, b = s, depth = 0; ; p++) {
			if (*p == '(')
				depth++;
			else if (*p == ')')
				depth--;
			else if ((*p == '|' && depth == 0) || *p == '\0') {
				put(buf, sizeof buf, "%.*s", (int)(p - b),
				    b);
				expand(l, buf, e);
				if (*p == '\0')
					return;
				b = p + 1;
			}
		}
	}
	for (p = s, depth = 0; *p != '\0'; p++) {
		if (*p == '(' && depth++ == 0)
			open = p;
		else if (*p == ')' && --depth == 0) {
			close = p;
			break;
		}
	}
	if (open == NULL || close == NULL) {
		add_phrase(l, s, e, 1);
		return;
	}
	/* each alternative of the first group in its place; "(...)?" may
	 * also be left out */
	opt = close[1] == '?';
	if (opt) {
		put(buf, sizeof buf, "%.*s%s", (int)(open - s), s,
		    close + 2);
		expand(l, buf, e);
	}
	for (p = open + 1, b = open + 1, depth = 0; p <= close; p++) {
		if (p < close && *p == '(')
			depth++;
		else if (p < close && *p == ')')
			depth--;
		else if (p == close || (*p == '|' && depth == 0)) {
			put(buf, sizeof buf, "%.*s%.*s%s",
			    (int)(open - s), s, (int)(p - b), b,
			    close + 1 + opt);
			expand(l, buf, e);
			b = p + 1;
		}
	}
}

static struct harm_lex	*shared;
static pthread_once_t	 shared_once = PTHREAD_ONCE_INIT;

static void
build_once(void)
{
	struct harm_lex	*l = xcalloc(1, sizeof *l);
	size_t		 i;

	for (i = 0; i < NENTRIES; i++)
		expand(l, entries[i].forms, (int)i);
	build(l);
	shared = l;
}

/* Return the lexicons' automaton: built by the first call, shared by all
 * (it is only read). */
struct harm_lex *
harm_lex_new(void)
{
	pthread_once(&shared_once, build_once);
	return (shared);
}

/* Let go of "l": the automaton lives as long as the process. */
void
harm_lex_free(struct harm_lex *l)
{
	(void)l;
}

/* Return how many forms the lexicons hold. */
size_t
harm_lex_size(const struct harm_lex *l)
{
	return (l->nforms);
}

/* ------------------------------------------------------------------ */
/* Reading a text.                                                     */

/* Return 1 if byte "i" of "s" ("len") is inside a word. */
static int
wordc(const char *s, size_t len, size_t i)
{
	unsigned char	c = (unsigned char)s[i];

	if (isalnum(c) || c >= 0x80)
		return (1);
	return (c == '\'' && i > 0 && i + 1 < len &&
	    isalpha((unsigned char)s[i - 1]) &&
	    isalpha((unsigned char)s[i + 1]));
}

/*
 * Read "s" ("len" bytes) from "from" to "to" against the lexicons,
 * appending hits to "*hits" ("*n" of them). Return how many were added.
 */
size_t
harm_lex_scan(const struct harm_lex *l, const char *s, size_t len,
    size_t from, size_t to, struct lex_hit **hits, size_t *n)
{
	size_t		 p, q, added = 0;
	int32_t		 cur, end;
	uint32_t	 k;

	if (to > len)
		to = len;
	for (p = from; p < to; p++) {
		if (!wordc(s, len, p) || (p > 0 && wordc(s, len, p - 1)))
			continue;
		cur = l->root[(unsigned char)s[p]];
		for (q = p; cur >= 0; ) {
			/* a form ends here, at the end of a word: whose? */
			if ((q + 1 >= len || !wordc(s, len, q + 1)) &&
			    (end = step(l, (uint32_t)cur, 0)) >= 0) {
				for (k = 0; k < l->count[end]; k++) {
					int e = l->label[l->first[end] + k];
					const struct lex_entry *en =
					    &entries[e];

					*hits = xreallocarray(*hits, *n + 1,
					    sizeof **hits);
					(*hits)[*n].start = p;
					(*hits)[*n].end = q + 1;
					(*hits)[*n].field = en->field;
					(*hits)[*n].w = en->w;
					(*hits)[*n].flags = en->flags;
					(*hits)[*n].id = e;
					(*n)++;
					added++;
				}
			}
			if (++q >= len || s[q] == '\0')
				break;
			cur = step(l, (uint32_t)cur, (unsigned char)s[q]);
		}
	}
	return (added);
}

/* Return 1 if "w" stands at "p" of "s" as whole words; set "*e" past. */
static int
word_at(const char *s, size_t len, size_t p, const char *w, size_t *e)
{
	size_t	n = strlen(w);

	if (p + n > len || strncmp(s + p, w, n) != 0)
		return (0);
	if (p + n < len && wordc(s, len, p + n))
		return (0);
	*e = p + n;
	return (1);
}

/*
 * Return where a victim ends that stands after offset "end" of "s"
 * ("len"), past a few determiners and adjectives, or 0 if none does: a
 * child, a pupil, a son or daughter, a class or year group, a colleague,
 * a pronoun for a person, a body part.
 */
size_t
harm_lex_victim(const char *s, size_t len, size_t end)
{
	static const char *victims[] = {
		"him", "her", "them", "me", "us", "son", "sons", "daughter",
		"daughters", "child", "children", "kid", "kids", "kiddies",
		"boy", "boys", "girl", "girls", "lad", "lads", "lass",
		"pupil", "pupils", "student", "students", "little one",
		"little ones", "toddler", "toddlers", "baby", "babies",
		"infants", "class", "reception", "nursery", "colleague",
		"colleagues", "staff", "member of staff", "tas", "ta",
		"teaching assistant", "teaching assistants", "sen kids",
		"youngsters", "youngster", "teenager", "teenagers", "nephew",
		"niece", "grandson", "granddaughter", "stepson",
		"stepdaughter", "arm", "arms", "wrist", "wrists", "hair",
		"ear", "ears", "neck", "face", "collar", "hand", "hands",
		"head", "throat", "shoulder", "shoulders", "leg", "legs",
		"cheek", "nose", "jumper", "blazer", "everyone", "anyone",
		"someone", "one", "ones", "sixth formers", "year sevens",
		"juniors", "infant", "twins", "autistic boy", "autistic girl",
	};
	static const char *small[] = {
		"my", "our", "his", "their", "your", "a", "an", "the",
		"this", "that", "these", "those", "one of the", "one of",
		"some of the", "some", "two", "three", "four", "several",
		"many", "other", "another", "little", "young", "tiny",
		"small", "poor", "whole", "entire", "own", "new",
		"vulnerable", "disabled", "autistic", "sen", "quiet", "shy",
		"all the", "all", "few", "a few of the", "younger", "older",
		"deaf", "blind", "nervous", "anxious", "sick", "crying",
		"upset", "terrified", "frightened",
	};
	size_t	p = end, e, i, step;

	for (step = 0; step < 5; step++) {
		while (p < len && s[p] == ' ')
			p++;
		if (p >= len)
			return (0);
		for (i = 0; i < sizeof victims / sizeof victims[0]; i++) {
			if (word_at(s, len, p, victims[i], &e))
				return (e);
		}
		/* "year 4", "year 4s", "yr 3", "a 6-year-old" */
		if ((word_at(s, len, p, "year", &e) ||
		    word_at(s, len, p, "yr", &e)) && e + 1 < len &&
		    isdigit((unsigned char)s[e + 1])) {
			for (e++; e < len && wordc(s, len, e); e++)
				;
			return (e);
		}
		if (isdigit((unsigned char)s[p])) {
			for (e = p; e < len && isdigit((unsigned char)s[e]);
			    e++)
				;
			if (e < len && (s[e] == ' ' || s[e] == '-'))
				e++;
			if (strncmp(s + e, "year", 4) == 0 ||
			    strncmp(s + e, "yr", 2) == 0) {
				for (; e < len && (wordc(s, len, e) ||
				    s[e] == '-'); e++)
					;
				return (e);
			}
		}
		/* a possessive: "his mate's son" */
		for (e = p; e < len && wordc(s, len, e); e++)
			;
		if (e > p + 2 && s[e - 2] == '\'' && s[e - 1] == 's') {
			p = e;
			continue;
		}
		for (i = 0; i < sizeof small / sizeof small[0]; i++) {
			if (word_at(s, len, p, small[i], &e))
				break;
		}
		if (i == sizeof small / sizeof small[0])
			return (0);
		p = e;
	}
	return (0);
}

/*
 * Return 1 if the words before offset "at" of "s", in the sentence from
 * "lo", make what follows other than a statement of fact: a condition
 * ("if he hits my son"), the future or a wish ("I'll", "would",
 * "want to"), an imperative's "don't", or the speaker's own doing
 * ("I lied on the form").
 */
int
harm_lex_hypothetical(const char *s, size_t lo, size_t at)
{
	static const char *before[] = {
		" will", " would", " should", " could", " might", " may",
		" gonna", " wanna", " shall", " must", " can", " cannot",
		" can't", " won't", " wouldn't", " shouldn't", " couldn't",
		" i'd", " we'd", " you'd", " they'd",
		" don't", " didn't", " never", " not", " dare", " let",
		" please", "'ll", " going to", " want to", " wants to",
		" wanted to", " need to", " needs to", " ought to",
		" have to", " has to", " try to", " trying to", " to",
		" doesn't", " does", " do", " did", " ever", " whoever",
		" anyone who", " if you", " if they", " if he", " if she",
		" if anyone", " if a", " if any", " if the",
		/* the speaker's own doing ("I lied on the form") */
		" i", " we", " i've", " we've", " i have", " we have",
		" i had", " we had", " i just", " i once",
	};
	size_t	 a = at > lo + 60 ? at - 60 : lo, i, n, w;
	char	 win[72];

	w = (size_t)snprintf(win, sizeof win, " %.*s", (int)(at - a), s + a);
	if (w >= sizeof win)
		w = sizeof win - 1;
	while (w > 0 && win[w - 1] == ' ')
		win[--w] = '\0';
	for (i = 0; i < sizeof before / sizeof before[0]; i++) {
		n = strlen(before[i]);
		if (w >= n && strcmp(win + w - n, before[i]) == 0)
			return (1);
	}
	/* a condition earlier in the sentence */
	if (strstr(win, " if ") != NULL || strstr(win, " unless ") != NULL ||
	    strstr(win, " imagine ") != NULL || strstr(win, " in case ") !=
	    NULL)
		return (1);
	return (0);
}
