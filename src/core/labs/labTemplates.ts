/**
 * Reading the user's lab templates from `<root>/.learning-plans/templates/`. A template comes with the
 * repository, so it is untrusted: it must be a regular file inside the workspace, reached without any
 * symbolic link (`notes.md -> /proc/self/environ` or `-> ../../.aws/credentials` would copy secrets into a
 * lab, ready to commit), not a FIFO or device (which would hang or never end), and small. Anything else
 * is refused with a warning and the default template is used: the lab is still made.
 */
import * as l10n from '@vscode/l10n';
import { FileError, type FileSystemPort } from '../fs/fileSystem';
import { joinPath } from '../fs/paths';
import { checkPathBelow } from '../fs/safePath';
import type { LabTemplates } from './labFiles';

/** The product's own folder in a workspace (templates, the review log, progress images): never plans. */
export const PRODUCT_FOLDER = '.learning-plans';
export const TEMPLATE_FOLDER = [PRODUCT_FOLDER, 'templates'] as const;
/** Far more than any real template; a bigger file is refused before it is read. */
export const MAX_TEMPLATE_BYTES = 256 * 1024;

export interface ReadTemplates {
  readonly templates: LabTemplates;
  /** Why a template was not used (the default was), for the user. */
  readonly warnings: readonly string[];
}

async function readTemplate(fs: FileSystemPort, root: string, name: string, warnings: string[]): Promise<string | undefined> {
  const segments = [...TEMPLATE_FOLDER, name];
  const shown = segments.join('/');
  const refuse = (why: string): undefined => {
    warnings.push(l10n.t('the template {0} was not used: {1}; templates must be regular files inside the workspace; the default was used', shown, why));
    return undefined;
  };
  const checked = await checkPathBelow(fs, root, segments, 'any');
  if (!checked.ok) return refuse(checked.message);
  const stat = await fs.stat(joinPath(root, ...segments));
  if (!stat) return undefined; // no template: the default, silently
  if (stat.type !== 'file') return refuse(l10n.t('it is not a regular file'));
  if (stat.size > MAX_TEMPLATE_BYTES) return refuse(l10n.t('it is larger than {0} KB', MAX_TEMPLATE_BYTES / 1024));
  try {
    const bytes = await fs.readFile(joinPath(root, ...segments), MAX_TEMPLATE_BYTES);
    return new TextDecoder().decode(bytes);
  } catch (error) {
    // Changed between the check and the read (now a link, a FIFO, larger): the port refuses it.
    return refuse(error instanceof FileError ? error.message : String(error));
  }
}

/** The notebook and notes templates under `root`, each checked; `warnings` says which were refused and why. */
export async function readLabTemplates(fs: FileSystemPort, root: string): Promise<ReadTemplates> {
  const warnings: string[] = [];
  const notebook = await readTemplate(fs, root, 'notebook.ipynb', warnings);
  const notes = await readTemplate(fs, root, 'notes.md', warnings);
  return { templates: { notebook, notes }, warnings };
}
