const MINOR = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'at', 'to', 'de', 'e', 'al', "'s", '’s']);

/**
 * The form to name an entity by, first best among its mentions: a title-cased form ("US
 * Embassy" over "US embassy"), else any mixed-case form (an ALL-CAPS dateline "ISLAMABAD"
 * loses to "Islamabad"); an all-caps-only name of more than five letters is title-cased,
 * a short one (an acronym) kept.
 */
export function preferredForm(forms: readonly string[]): string {
  const titled = forms.find((f) => /\p{Ll}/u.test(f) && f.split(/[\s-]+/).every((w) => MINOR.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w)));
  if (titled) return titled;
  const mixed = forms.find((f) => /\p{Ll}/u.test(f));
  if (mixed) return mixed;
  const f = forms[0] ?? '';
  return f.replace(/[^\p{L}]/gu, '').length > 5 ? f.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()) : f;
}
