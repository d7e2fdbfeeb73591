/** One document of a CoNLL-format corpus: token texts and BIO (IOB2) tags per sentence. */
export interface ConllDoc {
  sents: string[][];
  tags: string[][];
}

/** IOB1 → IOB2: an `I-X` that does not continue an X entity becomes `B-X`. */
function toIob2(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev === 'O' || prev.slice(2) !== t.slice(2) ? `B-${t.slice(2)}` : t;
  });
}

/**
 * Parses CoNLL-format text: one token a line, the token first and the NER tag last, blank
 * lines between sentences, `-DOCSTART-` lines between documents (a file without them is one
 * document). IOB1 or IOB2 tags.
 */
export function parseConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sents: [], tags: [] };
  let toks: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (toks.length) {
      doc.sents.push(toks);
      doc.tags.push(toIob2(tags));
    }
    toks = [];
    tags = [];
  };
  const endDoc = () => {
    endSentence();
    if (doc.sents.length) docs.push(doc);
    doc = { sents: [], tags: [] };
  };
  for (const line of text.split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '') endSentence();
    else if (cols[0] === '-DOCSTART-') endDoc();
    else {
      toks.push(cols[0]);
      tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
    }
  }
  endDoc();
  return docs;
}
