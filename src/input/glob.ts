/** A small glob matcher: `*`, `?`, `**`, `{a,b}`. Patterns without `/` match the file name only. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*';
        i++;
        if (pattern[i + 1] === '/') i++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + pattern.slice(i + 1, close).split(',').map(escape).join('|') + ')';
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

export function globMatcher(pattern: string): (relativePath: string) => boolean {
  const re = globToRegExp(pattern);
  const byName = !pattern.includes('/');
  return (rel) => re.test(byName ? rel.slice(rel.lastIndexOf('/') + 1) : rel);
}
