// Title case that a copy editor would accept: capitalise the words that carry meaning and
// leave alone whatever the writer already cased or that is not a word to capitalise — units
// ("ms", "k$"), acronyms ("API", "iOS"), names with inner capitals ("McKinsey"), numbers,
// code and anything in brackets, which is almost always a unit or an aside written as meant.
// CSS `text-transform: capitalize` does none of this ("Response Time (Ms)"), so components
// apply this to their text instead.

/**
 * Words kept lowercase inside a title: articles, coordinating conjunctions, `to`, `as`, and
 * prepositions whatever their length (Chicago Manual of Style, 17th ed., 8.159).
 */
// One string, split: the React entry carries these lists, where quotes and commas cost bytes.
const MINOR = new Set(
  (
    'a an the and but or nor for so yet as to vs vs. v. via per about above across after against along among around at ' +
    'before behind below beneath beside between beyond by despite down during except from in inside into like near of off on ' +
    'onto out outside over past since than through throughout till toward towards under until up upon with within without'
  ).split(' '),
);

/** Units written in lowercase by convention; capitalising them changes their meaning (ms → Ms). */
const UNITS = new Set('ms µs us ns min hr hrs sec kg mg g km cm mm m px pt em rem kb kib kw kwh mw mwh hz khz mhz ghz bps kbps mbps gbps rpm fps dpi ppm pp k k$ m$ bn mn yr yrs mo wk'.split(' '));

/** A word the writer cased on purpose: a capital after its first letter (API, iOS, McKinsey, eBay). */
const hasInnerCapital = (word: string) => /\p{Lu}/u.test(word.slice(1)) || /^\p{Ll}+\p{Lu}/u.test(word);

/** Not a word to capitalise: numbers, units glued to numbers, URLs, e-mail, code, hashtags, file names. */
const isLiteral = (word: string) => /\d/.test(word) || /[@/\\_#=<>{}]|:\/\/|\.\w/.test(word.replace(/\.$/, ''));

const capitalise = (word: string) => word.replace(/\p{L}/u, (c) => c.toUpperCase());

/** One word's title case; `edge` is true for the first and last word and after a colon, where minor words are capitalised. */
function caseWord(word: string, edge: boolean): string {
  // Leading and trailing punctuation stays where it is: "“Hello," → “Hello,
  const match = /^([^\p{L}\p{N}$€£¥]*)(.*?)([^\p{L}\p{N}$€£¥%.]*)$/u.exec(word);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  if (core === '' || hasInnerCapital(core) || isLiteral(core) || /\p{Lu}/u.test(core[0] ?? '')) return word;
  const lower = core.toLowerCase();
  if (UNITS.has(lower) && !edge) return word;
  if (MINOR.has(lower) && !edge) return word;
  // Each part of a hyphenated compound is a word of its own: "year-over-year" → "Year-over-Year".
  const parts = core.split('-');
  const cased = parts.map((part, i) => (i > 0 && MINOR.has(part.toLowerCase()) && i < parts.length - 1 ? part : capitalise(part))).join('-');
  return lead + cased + trail;
}

/**
 * Title case for headings and chart titles: "revenue by region (k$)" → "Revenue by Region
 * (k$)", "response time (ms)" → "Response Time (ms)", "sessions on iOS" → "Sessions on iOS".
 * Words the writer capitalised, or wrote with inner capitals, are kept; so is everything
 * in brackets.
 */
export function titleCase(text: string): string {
  const tokens = text.split(/(\s+)/);
  const words = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.trim() !== '');
  const first = words[0]?.i;
  const last = words.at(-1)?.i;
  let depth = 0;
  let afterColon = false;
  return tokens
    .map((token, i) => {
      if (token.trim() === '') return token;
      const opens = (token.match(/[([{]/g) ?? []).length;
      const closes = (token.match(/[)\]}]/g) ?? []).length;
      const bracketed = depth > 0 || opens > 0;
      depth = Math.max(0, depth + opens - closes);
      const edge = i === first || i === last || afterColon;
      afterColon = /[:—–?!]$/.test(token) || token === '-' || token === '–' || token === '—';
      return bracketed ? token : caseWord(token, edge);
    })
    .join('');
}
