/** A strict little XML well-formedness checker for the JUnit tests: throws on any error, returns the element tree. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, where: number): string {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s)) throw new Error(`forbidden control character near ${where}`);
  return s.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & near ${where}`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const n = /^#x([0-9a-f]+)$/i.exec(ref) ? parseInt(ref.slice(2), 16) : /^#(\d+)$/.exec(ref) ? Number(ref.slice(1)) : NaN;
    if (Number.isNaN(n)) throw new Error(`unknown entity &${ref}; near ${where}`);
    return String.fromCodePoint(n);
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) throw new Error('unterminated XML declaration');
    if (!/^<\?xml version="1\.0"( encoding="UTF-8")?\?>$/.test(xml.slice(0, end + 2))) throw new Error('bad XML declaration');
    i = end + 2;
  }
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i])) i++;
  };
  const element = (): XmlElement => {
    if (xml[i] !== '<') throw new Error(`expected < at ${i}`);
    i++;
    const name = NAME.exec(xml.slice(i))?.[0];
    if (!name) throw new Error(`bad tag name at ${i}`);
    i += name.length;
    const el: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (i === before) throw new Error(`expected space before attribute at ${i}`);
      const attr = NAME.exec(xml.slice(i))?.[0];
      if (!attr) throw new Error(`bad attribute at ${i}`);
      i += attr.length;
      if (xml[i] !== '=' || xml[i + 1] !== '"') throw new Error(`attribute ${attr} not ="…" at ${i}`);
      const close = xml.indexOf('"', i + 2);
      const raw = xml.slice(i + 2, close);
      if (close < 0 || raw.includes('<')) throw new Error(`bad attribute value at ${i}`);
      if (attr in el.attrs) throw new Error(`duplicate attribute ${attr}`);
      el.attrs[attr] = decode(raw, i);
      i = close + 1;
    }
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) throw new Error(`unclosed <${name}>`);
      el.text += decode(xml.slice(i, lt), i);
      i = lt;
      if (xml.startsWith('</', i)) {
        const end = `</${name}>`;
        if (!xml.startsWith(end, i)) throw new Error(`mismatched end tag at ${i}: expected ${end}`);
        i += end.length;
        return el;
      }
      el.children.push(element());
    }
  };
  skipSpace();
  const root = element();
  skipSpace();
  if (i !== xml.length) throw new Error(`content after the root element at ${i}`);
  return root;
}

export function all(el: XmlElement, name: string): XmlElement[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
}
