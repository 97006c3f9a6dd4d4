/** The review and sharing verbs' part of the help text (its own module, so args.ts can import it without a cycle). */
export const SHARE_USAGE = `  learning-plans review [<file-or-folder>...] [--due] [--json] [--today YYYY-MM-DD] [--new N] [--root DIR]
  learning-plans review [<file-or-folder>...] --grade <card> again|hard|good|easy [--date YYYY-MM-DD]
  learning-plans heatmap <file-or-folder>... --svg <out.svg> [--theme auto|light|dark] [--today YYYY-MM-DD]
  learning-plans badge <file-or-folder>... --svg <out.svg> [--kind streak|progress] [--label TEXT]
  learning-plans readme <README.md> <file-or-folder>... [--heatmap SVG] [--badge SVG]...
  learning-plans workflow [<repository-folder>] [--plans PATH]... [--readme FILE] [--time-zone TZ] [--daily] [--print]

  review   Cards from what the plans say was learned: Checkpoint, Micro-Quiz and Key Learnings fields of
           done days, and the items of Key Learnings/Takeaways sections. --due (the default) lists the
           cards to review today (due reviews, then at most --new new cards a day, default 20); --json
           prints { today, due: [card], counts, orphans }. --grade records a review in
           <root>/.learning-plans/reviews.md (one appended line; --date, default today) and prints the
           next review date. The root is --root, else the nearest folder above the first path (or the
           working directory) holding .learning-plans or .git; without paths its plans are read.
  heatmap  A year of activity as an SVG (GitHub style; light and dark by prefers-color-scheme, or
           --theme to fix one). --svg - prints it.
  badge    A shields-style SVG badge: the study streak, or --kind progress (days done of all days).
  readme   Rewrite the block between <!-- learning-plans:start --> and <!-- learning-plans:end -->
           (added at the end when missing); the rest of the file is kept byte for byte.
  workflow Create .github/workflows/learning-plans.yml, which runs heatmap, badge and readme on every
           push to the default branch and commits the result; never overwrites one. --print shows it.`;
