import { useFormState, type Control } from 'react-hook-form';
import { fieldKey, type StepValues } from './form-schema';

/**
 * How many of the shown questions still carry a message (answer or note), once the step has warned
 * about them: the count goes down as each is put right, and the notice goes when none is left. Before
 * the warning, 0. A question hidden since by skip logic no longer counts.
 */
export function useOpenProblems(control: Control<StepValues>, shown: ReadonlySet<string>, warned: boolean): number {
  const { errors } = useFormState({ control, disabled: !warned });
  if (!warned) return 0;
  let open = 0;
  for (const id of shown) {
    const e = errors[fieldKey(id)];
    if (e?.answer || e?.note) open += 1;
  }
  return open;
}
