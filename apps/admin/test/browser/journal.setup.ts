// Under a failed walk step, what its pages did meanwhile (journal.ts).
import { beforeEach } from 'vitest';
import { clearJournal, journalText } from './journal.ts';

beforeEach(({ onTestFailed }) => {
  clearJournal();
  onTestFailed(() => console.error(`What the walk's pages did during this step:\n${journalText() || '  (nothing journalled)'}`));
});
