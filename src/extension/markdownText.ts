/** Escapes plan text for a MarkdownString, so a title is never read as markdown, links or commands. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$]/g, '\\$&');
}
