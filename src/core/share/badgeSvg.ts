/**
 * A README badge in the shields.io "flat" style: a grey label and a coloured message, 20 px high,
 * Verdana 11 px. Text widths come from Verdana's advance widths, and each text carries `textLength`
 * so that a renderer with another font still fits it in its box. Self-contained: no scripts, no
 * external references (the gradient and clip path are in the file). Its words are English, like
 * every file Learning Plans writes.
 */
import { escapeXml } from '../report/escapeXml';

/** Verdana advance widths in 1/2048 em for printable ASCII (32-126). */
const VERDANA = [
  720, 807, 940, 1823, 1302, 2222, 1540, 553, 940, 940, 1302, 1823, 745, 864, 745, 940, // space ! " # $ % & ' ( ) * + , - . /
  1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 940, 940, 1823, 1823, 1823, 1117, // 0-9 : ; < = > ?
  2210, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 862, 931, 1429, 1141, 1726, 1532, 1612, // @ A-O
  1235, 1612, 1434, 1403, 1262, 1506, 1401, 2015, 1399, 1262, 1403, 940, 940, 940, 1823, 1302, // P-Z [ \ ] ^ _
  1302, 1229, 1276, 1067, 1276, 1220, 720, 1276, 1296, 562, 676, 1212, 562, 1992, 1296, 1243, // ` a-o
  1276, 1276, 874, 1067, 807, 1296, 1212, 1675, 1212, 1212, 1079, 1300, 940, 1300, 1823, // p-z { | } ~
];

/** The width of `text` in Verdana at `size` px (characters outside ASCII count as a wide letter). */
export function verdanaWidth(text: string, size = 11): number {
  let units = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? VERDANA[code - 32] : 1400;
  }
  return (units / 2048) * size;
}

export interface Badge {
  readonly label: string;
  readonly message: string;
  /** A `#rrggbb` colour for the message's half. */
  readonly color: string;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** The SVG of a badge; `title` (default `label: message`) is what screen readers and tooltips say. */
export function badgeSvg(badge: Badge, title = `${badge.label}: ${badge.message}`): string {
  const pad = 6;
  const labelText = Math.round(verdanaWidth(badge.label));
  const messageText = Math.round(verdanaWidth(badge.message));
  const left = labelText + 2 * pad;
  const right = messageText + 2 * pad;
  const width = left + right;
  const color = HEX.test(badge.color) ? badge.color : '#9f9f9f';
  const text = (x: number, value: string, length: number): string =>
    `<text x="${x}" y="15" fill="#010101" fill-opacity=".3" textLength="${length}">${escapeXml(value)}</text>`
    + `<text x="${x}" y="14" textLength="${length}">${escapeXml(value)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${escapeXml(title)}">`
    + `<title>${escapeXml(title)}</title>`
    + '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>'
    + `<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>`
    + `<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>`
    + '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="11">'
    + text(left / 2, badge.label, labelText)
    + text(left + right / 2, badge.message, messageText)
    + '</g></svg>';
}

/** Colours from shields.io's scale, worst to best. */
const SCALE = ['#e05d44', '#fe7d37', '#dfb317', '#a4a61d', '#97ca00', '#44cc11'];
const GREY = '#9f9f9f';

/** The badges' default words: file contents, English like every file Learning Plans writes (not translated). */
export const BADGE_WORDS = { streak: 'study streak', progress: 'plan progress' } as const;

/** `study streak | 12 days`: green when it is long, grey at 0. */
export function streakBadge(streak: { readonly current: number }, label: string = BADGE_WORDS.streak): Badge {
  const days = streak.current;
  const message = `${days} day${days === 1 ? '' : 's'}`;
  const color = days === 0 ? GREY : days >= 30 ? '#44cc11' : days >= 7 ? '#97ca00' : days >= 3 ? '#a4a61d' : '#dfb317';
  return { label, message, color };
}

export interface ProgressCounts {
  readonly daysDone: number;
  readonly daysTotal: number;
  readonly tasksDone: number;
  readonly tasksTotal: number;
}

/** `plan progress | 45/120 days · 38%` (tasks when the plans have no days), coloured by the share done. */
export function progressBadge(progress: ProgressCounts, label: string = BADGE_WORDS.progress): Badge {
  const byDays = progress.daysTotal > 0;
  const done = byDays ? progress.daysDone : progress.tasksDone;
  const total = byDays ? progress.daysTotal : progress.tasksTotal;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
  const color = total === 0 ? GREY : SCALE[Math.min(SCALE.length - 1, Math.floor(percent / 20))];
  return { label, message: `${done}/${total} ${byDays ? 'days' : 'tasks'} \u00b7 ${percent}%`, color };
}
