import type { Edit } from '../../document/offset-map.js';
import type { RepairPass } from './pass.js';

/**
 * Web-page residue: whole lines that are page furniture, not article text. Each rule names a
 * class of residue; only short lines are candidates, so article sentences are never touched.
 */
const RESIDUE_LINE: readonly RegExp[] = [
  // share / follow / subscribe prompts
  /^(?:follow|share|like|subscribe|join)(?: us)?(?: (?:on|via|to|at|this)(?: [\w+ ]+)?)?[.:!]?$/i,
  /^(?:share|tweet|email|print|whatsapp|facebook|twitter|linkedin|telegram|copy link)(?:[\s|•·,/]+(?:share|tweet|email|print|whatsapp|facebook|twitter|x|linkedin|telegram|copy link))*$/i,
  /^(?:read more|also read|related(?: articles| stories| news)?|advertisement|sponsored|click here[\w ]*|download (?:the )?app[\w ]*)[.:]?$/i,
  // comment forms
  /^(?:leave a (?:comment|reply)|post (?:a )?comment|add (?:a )?comment|comments?(?: \(\d+\))?|cancel reply|submit)[.:]?$/i,
  /^your email address will not be published\.?(?: required fields are marked \*)?$/i,
  /^required fields are marked \*$/i,
  /^(?:name|email|website|comment)\s*\*?$/i,
  /^save my name, email,? and website in this browser/i,
  // navigation
  /^(?:scroll|back|go) to top$/i,
  /^(?:previous|next) (?:article|post|story)$/i,
  // tag lines
  /^(?:tags?|topics?|filed under|categories)\s*:\s*.+$/i,
  // image-name leftovers: a lone token about an image, or a bare image file name
  /^[\w-]*(?:image|img|photo|thumbnail|thumb)[\w-]*$/i,
  /^\S+\.(?:jpe?g|png|gif|webp|svg)$/i,
];

const MAX_RESIDUE_LINE = 90;

/** A trailing line listing topics: "Clearance System, Illegal Immigration" — capitalised phrases, commas, no verb-ending punctuation. */
const TOPIC_LIST = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4}(?:, ?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4})+$/u;

export function isResidueLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > MAX_RESIDUE_LINE) return false;
  return RESIDUE_LINE.some((re) => re.test(t));
}

function findResidue(text: string): Edit[] {
  const lines: { start: number; end: number; text: string }[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m[0] !== '') {
    const body = m[0].replace(/\r?\n$/, '');
    lines.push({ start: m.index, end: m.index + body.length, text: body });
  }
  const edits: Edit[] = [];
  const cut = (l: { start: number; end: number; text: string }) => {
    const lead = l.text.length - l.text.trimStart().length;
    const trail = l.text.length - l.text.trimEnd().length;
    edits.push({ start: l.start + lead, end: l.end - trail, replacement: '' });
  };
  for (const l of lines) if (isResidueLine(l.text)) cut(l);
  // Topic lists only count at the very end of the page, after the last article paragraph.
  const content = lines.filter((l) => l.text.trim() !== '' && !isResidueLine(l.text));
  for (let i = content.length - 1; i >= 0 && i >= content.length - 2; i--) {
    const t = content[i].text.trim();
    if (t.length <= MAX_RESIDUE_LINE && TOPIC_LIST.test(t) && i > 0) cut(content[i]);
    else break;
  }
  return edits.sort((a, b) => a.start - b.start);
}

export const boilerplatePass: RepairPass = { kind: 'boilerplate', find: findResidue };
