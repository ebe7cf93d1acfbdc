/**
 * Moves focus to a question's first control: the chosen radio (as arrow keys would), else the first enabled
 * input, or the note when only the note is at fault. Returns false when the question is not on the page.
 */
export function focusQuestion(root: ParentNode, questionId: string, part: 'answer' | 'note' = 'answer'): boolean {
  const box = root.querySelector<HTMLElement>(`[data-question="${CSS.escape(questionId)}"]`);
  if (!box || box.hidden) return false;
  let target: HTMLElement | null = null;
  if (part === 'note') {
    const details = box.querySelector('details.q-note');
    if (details instanceof HTMLDetailsElement) details.open = true;
    target = box.querySelector('textarea');
  } else {
    target =
      box.querySelector<HTMLElement>('.q-answer input[type="radio"]:checked') ??
      box.querySelector<HTMLElement>('.q-answer input:not(:disabled)');
  }
  if (!target) return false;
  target.focus({ preventScroll: true });
  box.scrollIntoView?.({ block: 'center' });
  return true;
}
