/**
 * The sample plan "Create Sample Plan" writes: small, but using every shape the extension understands
 * (front matter with a start date, a cycle, modules, days with bold fields, durations, links, tasks),
 * so a new user sees each feature working on it.
 */

export const SAMPLE_PLAN_FILE = 'learning-plan-sample.md';

/** `learning-plan-sample.md`, then `learning-plan-sample-2.md`, ... : the first name not taken. */
export function samplePlanFileName(taken: (name: string) => boolean): string {
  if (!taken(SAMPLE_PLAN_FILE)) return SAMPLE_PLAN_FILE;
  for (let n = 2; ; n++) {
    const name = SAMPLE_PLAN_FILE.replace(/\.md$/, `-${n}.md`);
    if (!taken(name)) return name;
  }
}

/** @param start `YYYY-MM-DD`: day 1 is scheduled for this date. @param eol the line ending to write. */
export function renderSamplePlan(start: string, eol = '\n'): string {
  return [
    '---',
    `start: ${start}`,
    '---',
    '# Days 1-7: Python for Data Analysis',
    '',
    'A sample plan from Learning Plans. Edit it, or write your own in the same shape: the extension reads',
    'headings like `### Day 1 - Title`, bold fields, links and checkboxes. Your progress lives in this file.',
    '',
    '## Module 1: Foundations (Days 1-3)',
    '',
    '### Day 1 - Set Up Your Environment',
    '- **Task (30 min):** Install Python 3 and create a virtual environment',
    '- **Resource:** [The Python Tutorial (Docs, 20 min)](https://docs.python.org/3/tutorial/)',
    '- **Checkpoint:** `python --version` prints 3.x',
    '- [ ] Create a folder for this plan\'s notebooks',
    '- [ ] Write down what you want to be able to do in a week',
    '',
    '### Day 2 - Lists, Dictionaries and Loops',
    '- **Task (45 min):** Work through data structures with small exercises',
    '- **Resource:** [Data Structures (Docs, 15 min)](https://docs.python.org/3/tutorial/datastructures.html)',
    '- **Checkpoint:** Count word frequencies in a paragraph with a dictionary',
    '- [ ] Solve three exercises without looking at the answers',
    '',
    '### Day 3 - Reading Files',
    '- **Task (30 min):** Read a CSV file with the standard library',
    '- **Resource:** [csv module (Docs, 10 min)](https://docs.python.org/3/library/csv.html)',
    '- **Checkpoint:** Print the average of one column',
    '- [ ] Find a small open dataset you care about',
    '',
    '## Module 2: First Analysis (Days 4-7)',
    '',
    '### Day 4 - pandas Basics',
    '- **Task (1 h):** Load your dataset into a DataFrame and explore it',
    '- **Resource:** [10 minutes to pandas (Docs, 15 min)](https://pandas.pydata.org/docs/user_guide/10min.html)',
    '- **Checkpoint:** Answer one question about the data with `groupby`',
    '- [ ] Scaffold a lab for this day and keep your notebook there',
    '',
    '### Day 5 - Cleaning Data',
    '- **Task (45 min):** Handle missing values and wrong types',
    '- **Checkpoint:** No column has an unexpected type',
    '- [ ] Write down three problems you found in the data',
    '',
    '### Day 6 - Charts',
    '- **Task (45 min):** Plot two views of your data',
    '- **Resource:** [Matplotlib Quick Start (Docs, 15 min)](https://matplotlib.org/stable/users/explain/quick_start.html)',
    '- **Checkpoint:** One chart that tells a story on its own',
    '',
    '### Day 7 - Share What You Learned',
    '- **Project (1 h):** Turn your notebook into a short report',
    '- **Checkpoint:** Someone else can follow your report',
    '- [ ] Plan your next week',
    '',
  ].join(eol);
}
