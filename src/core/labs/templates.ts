/**
 * `{{name}}` placeholders, substituted as plain text: no expressions, no code. Unknown names stay as
 * they are and are reported, so a typo in a user's template is visible rather than silently empty.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

export interface Rendered {
  readonly text: string;
  readonly unknown: readonly string[];
}

/** `inCode`: the values of placeholders right after a backtick (`` `{{title}}` ``, in the template's own code). */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>, inCode = values): Rendered {
  const unknown = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string, offset: number) => {
    const own = template[offset - 1] === '`' ? inCode : values;
    if (Object.prototype.hasOwnProperty.call(own, name)) return own[name];
    unknown.add(name);
    return whole;
  });
  return { text, unknown: [...unknown] };
}
