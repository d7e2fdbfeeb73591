/** A line of `doc.text` with its offsets (without the newline) and trimmed bounds. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Non-empty lines of the text, trimmed, with offsets. Linear. */
export function contentLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}
