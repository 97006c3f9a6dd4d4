/**
 * ASCII slugs for folder and file names made from plan text. Plan titles are untrusted input, so a
 * slug is built only from [a-z0-9] runs joined by '-': it can never hold '.', '/', '\' or be empty.
 */
export function slugify(text: string, maxLength = 48): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Ångström" -> "Angstrom"
    .toLowerCase();
  const words = ascii.match(/[a-z0-9]+/g) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) {
      if (!slug) slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug || 'untitled';
}

/** A day's title without its "Day 31 - " prefix: "Lakehouse vs Data Warehouse for AI". */
export function titleWithoutDayPrefix(title: string): string {
  const stripped = title.replace(/^\s*day\s*#?\s*\d+\s*(?:[-\u2013\u2014:|.]\s*)?/i, '').trim();
  return stripped || title.trim();
}
