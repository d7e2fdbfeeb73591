/**
 * The form to name an entity by: the first mixed-case form among its mentions (an ALL-CAPS
 * dateline "ISLAMABAD" loses to "Islamabad"); an all-caps-only name of more than five letters
 * is title-cased, a short one (an acronym) kept.
 */
export function preferredForm(forms: readonly string[]): string {
  const mixed = forms.find((f) => /\p{Ll}/u.test(f));
  if (mixed) return mixed;
  const f = forms[0] ?? '';
  return f.replace(/[^\p{L}]/gu, '').length > 5 ? f.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()) : f;
}
