/**
 * The small closed word lists the figure grammar reads: hedges, change words, function words,
 * labels that make a number an identifier, months. Open lists (units, currencies, people nouns)
 * live in data/ and load through src/lexicon/units.ts.
 */
const set = (s: string) => new Set(s.split(/\s*\|\s*/));

/** Hedges before a figure, longest first, with the schema's `approximate` value. */
export const HEDGES_BEFORE: ReadonlyArray<[string[], string]> = [
  [['no', 'more', 'than'], 'at-most'], [['no', 'fewer', 'than'], 'at-least'], [['no', 'less', 'than'], 'at-least'],
  [['a', 'maximum', 'of'], 'at-most'], [['a', 'minimum', 'of'], 'at-least'], [['in', 'excess', 'of'], 'more-than'],
  [['as', 'many', 'as'], 'up-to'], [['as', 'much', 'as'], 'up-to'], [['as', 'high', 'as'], 'up-to'], [['as', 'few', 'as'], 'at-least'],
  [['just', 'over'], 'more-than'], [['well', 'over'], 'more-than'], [['just', 'under'], 'less-than'], [['well', 'under'], 'less-than'],
  [['more', 'than'], 'more-than'], [['greater', 'than'], 'more-than'], [['higher', 'than'], 'more-than'], [['upwards', 'of'], 'more-than'],
  [['less', 'than'], 'less-than'], [['fewer', 'than'], 'less-than'], [['lower', 'than'], 'less-than'], [['short', 'of'], 'less-than'],
  [['up', 'to'], 'up-to'], [['at', 'least'], 'at-least'], [['at', 'most'], 'at-most'], [['close', 'to'], 'about'],
  [['an', 'estimated'], 'estimate'], [['estimated', 'at'], 'estimate'], [['some'], 'about'], [['about'], 'about'], [['around'], 'about'],
  [['approximately'], 'about'], [['approx'], 'about'], [['roughly'], 'about'], [['circa'], 'about'], [['nearly'], 'less-than'],
  [['almost'], 'less-than'], [['over'], 'more-than'], [['above'], 'more-than'], [['under'], 'less-than'], [['below'], 'less-than'],
  [['estimated'], 'estimate'], [['~'], 'about'], [['c.'], 'about'],
];
/** Hedges after a figure: "200 or more", "50-odd", "100-plus". */
export const HEDGES_AFTER: ReadonlyArray<[string[], string]> = [
  [['or', 'more'], 'more-than'], [['or', 'so'], 'about'], [['or', 'less'], 'at-most'], [['or', 'fewer'], 'at-most'],
  [['-', 'odd'], 'about'], [['-', 'plus'], 'more-than'], [['+'], 'more-than'], [['plus'], 'more-than'],
];

export const INCREASE_NOUNS = set('increase|increases|rise|rises|jump|jumps|surge|surges|growth|gain|gains|hike|hikes|climb|spike|uptick|boost|expansion|upswing|rally|hike|appreciation|markup|mark-up|escalation|upturn|improvement|increment');
export const DECREASE_NOUNS = set('decline|declines|decrease|decreases|drop|drops|fall|falls|reduction|reductions|cut|cuts|dip|slump|plunge|contraction|downturn|slide|shrinkage|depreciation|loss|losses|fall-off|slowdown|decrement|reversal|plummet');
export const INCREASE_VERBS = set('rose|rise|rises|rising|risen|increased|increase|increases|increasing|grew|grow|grows|growing|grown|jumped|jump|jumps|surged|surge|surges|climbed|climb|climbs|soared|soar|soars|gained|gains|raised|raise|raises|raising|hiked|hike|widened|widen|widens|expanded|expand|expands|tripled|doubled|quadrupled|boosted|boost|added|rallied|spiked|swelled|ballooned|accelerated|up|higher|upped|increasing|mounted|multiplied|skyrocketed|shot');
export const DECREASE_VERBS = set('fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|declined|decline|declines|declining|decreased|decrease|decreases|decreasing|eased|ease|eases|easing|slipped|slip|slips|slid|slide|slides|plunged|plunge|plunges|tumbled|tumble|tumbles|shrank|shrunk|shrink|shrinks|narrowed|narrow|narrows|cut|cuts|cutting|reduced|reduce|reduces|reducing|lowered|lower|lowers|slashed|slash|lost|down|sank|sink|sinks|dipped|dip|dips|contracted|contract|contracts|plummeted|plummet|decelerated|dwindled|slowed|trimmed|halved|retreated|weakened|depreciated|crashed');

/** Function words that end a counted-noun phrase. */
export const STOP = set(
  'a|an|the|this|that|these|those|its|his|her|their|our|my|your|of|in|on|at|to|from|by|for|with|without|into|onto|over|under|' +
    'and|or|but|nor|as|than|since|after|before|during|while|when|where|which|who|whom|whose|what|why|how|if|because|though|although|' +
    'is|are|was|were|be|been|being|am|has|have|had|having|do|does|did|will|would|shall|should|can|could|may|might|must|' +
    'not|no|also|only|just|even|still|yet|already|each|every|per|both|all|some|any|such|more|most|less|least|fewer|about|around|' +
    'nearly|almost|up|down|out|off|across|through|between|among|against|within|including|included|according|so|then|there|here|' +
    'it|he|she|they|we|you|i|them|him|us|me|last|next|ago|annually|respectively|alone|apiece|each|this|today|yesterday|tomorrow|said|says|say|told|added|' +
    'via|toward|towards|till|until|upon|beyond|amid|amidst|despite|like|unlike|plus|minus|versus|vs|whereas|whether|' +
    'behind|beside|besides|near|inside|outside|above|below|along|alongside|past|next|throughout|underneath|beneath|except|per|worth|within|where',
);

/** Auxiliaries before a past participle: "were arrested", "have been displaced". */
export const AUX = set('was|were|is|are|be|been|being|has|have|had|will|would|got|get|gets|remain|remained|remains|reportedly|allegedly|also|all|later|subsequently|successfully|already|now|recently');

/** Irregular past participles / past tenses that report what happened to a counted thing. */
export const IRREGULAR_PARTICIPLES = set(
  'seized|held|taken|caught|found|hit|shot|built|sold|spent|made|given|paid|lost|left|sent|brought|kept|won|struck|stolen|beaten|' +
    'driven|thrown|shown|known|done|seen|killed|slain|hurt|burnt|burned|bought|freed|set|put|cut|met|fed|laid|led|born|run|flown|' +
    'drawn|grown|sworn|torn|withdrawn|overrun|undertaken|rebuilt|spent|written|chosen|frozen|forgiven|shut|split|spread|sunk|sank|died|' +
    'fled|went|came|rose|fell|grew|took|gave|lay|swept|stood|sat|began|begun|bore',
);

/** Words before a bare integer that make it a label or identifier, not a quantity. */
export const LABELS = set(
  'page|pages|p|pp|no|nos|nr|nrs|number|article|articles|section|sections|sec|clause|clauses|chapter|ch|room|flight|highway|route|exit|' +
    'version|ver|v|vol|volume|id|case|fir|resolution|gate|platform|bus|line|grade|class|level|phase|block|sector|plot|house|' +
    'street|ward|item|items|rule|rules|paragraph|para|schedule|order|act|ordinance|bill|amendment|episode|season|part|verse|psalm|figure|' +
    'fig|table|appendix|annex|annexure|code|pin|zip|serial|ticket|seat|row|batch|tier|category|cat|form|model|series|edition|issue|' +
    'district|zone|camp|division|brigade|battalion|regiment|corps|squadron|unit|lane|road|avenue|apartment|apt|suite|floor|box|po|' +
    'channel|op|opus|art|isbn|issn|doi|ref|reference|file|docket|petition|writ|constituency|round|matchday|covid|cop|' +
    'photo|photos|image|images|slide|picture|gallery|video|day|stage|leg|lap|hole|step|wave|tranche|gameweek',
);

export const MONTHS = set(
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|' +
    'jan.|feb.|mar.|apr.|jun.|jul.|aug.|sep.|sept.|oct.|nov.|dec.',
);
export const WEEKDAYS = set('monday|tuesday|wednesday|thursday|friday|saturday|sunday');

/** Words after a number "N times" that make it a multiplier. */
export const COMPARATIVE_AFTER_TIMES = set('as|more|higher|larger|bigger|greater|the|over|faster|cheaper|lower|smaller|less|fewer|increase|higher');

/** Adjectives of size after a bare unit symbol: "2 in thick". */
export const SIZE_ADJ = set('thick|thin|long|wide|tall|high|deep|across|diameter|away|apart|in|deep|square|cubic|radius|length|width|height');

/** Words that mark a figure as a subset of the one before it. */
export const SUBSET = set('including|among|incl|included');

/** Cue words for telephone numbers. */
export const PHONE_CUES = set('phone|telephone|tel|call|calling|helpline|hotline|fax|whatsapp|mobile|cell|contact|sms|dial|ph');

/** Words that signal a sports score near a digit pair "2-1". */
export const SCORE_CUES = set('win|won|wins|beat|beats|defeat|defeated|defeats|lost|lose|loses|draw|drew|victory|goals|score|scored|match|thrash|thrashed|edged|edge|stun|stunned|rout|routed|series|lead|leads|led');
