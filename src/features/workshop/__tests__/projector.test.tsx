import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '@/lib/cohort-storage/memory-adapter';
import { appStore } from '@/lib/store/use-app-store';
import { useArrowKeys } from '../projector/use-arrow-keys';
import { firmAssessments, renderWorkshop, storedCohort } from './workshop-test-utils';

async function openProjector(lng: 'en' | 'zh-CN', view = 'overview') {
  const cohort = storedCohort(firmAssessments());
  const adapter = createMemoryAdapter({ persistent: true, records: [cohort] });
  return renderWorkshop(lng, { hash: `#/workshop/${cohort.id}/${view}`, adapter, heading: cohort.name });
}

const h2 = () => screen.getAllByRole('heading', { level: 2 })[0]!;

describe('projector mode', () => {
  it('shows one view per screen and moves between views with the arrow keys and the buttons', async () => {
    await openProjector('en');
    await screen.findByRole('heading', { level: 2, name: 'The room at a glance' });
    expect(screen.getAllByRole('heading', { level: 2 }), 'one view only').toHaveLength(1);
    expect(document.documentElement).toHaveClass('workshop-projector');

    await userEvent.keyboard('{ArrowRight}');
    await screen.findByRole('heading', { level: 2, name: 'Where the firms stand on the ladder' });
    expect(window.location.hash).toMatch(/\/ladder$/);
    expect(screen.getByText('View 2 of 7: Where the firms stand on the ladder')).toBeInTheDocument();

    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await screen.findByRole('heading', { level: 2, name: 'How complete the answers are' });

    await userEvent.click(screen.getByRole('button', { name: /Next view/ }));
    await screen.findByRole('heading', { level: 2, name: 'The room at a glance' });
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(h2()).toHaveTextContent('The room at a glance');

    await userEvent.click(screen.getByRole('link', { name: 'Leave projector mode' }));
    await waitFor(() => expect(document.documentElement).not.toHaveClass('workshop-projector'));
  });

  it('keeps the bilingual view on from view to view, shows it pressed, and leaves it off after the projector', async () => {
    await openProjector('en');
    await screen.findByRole('heading', { level: 2, name: 'The room at a glance' });
    await userEvent.click(screen.getByRole('button', { name: 'Both languages' }));
    expect(screen.getByRole('button', { name: 'Both languages' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(h2()).toHaveTextContent('Where the firms stand on the ladder 各企业在出海阶梯上的分布'));
    expect(screen.getByRole('button', { name: 'Both languages' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('link', { name: 'Leave projector mode' }));
    await waitFor(() => expect(document.documentElement).not.toHaveClass('workshop-projector'));
    expect(appStore.getState().preferences.bilingual, 'the room’s bilingual view is not left on').toBe(false);
  });

  it('shows each heading and label in both languages in the bilingual view', async () => {
    await openProjector('zh-CN', 'ladder');
    await screen.findByRole('heading', { level: 2, name: '各企业在出海阶梯上的分布' });
    const toggle = screen.getByRole('button', { name: '中英对照' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    await waitFor(() => expect(h2()).toHaveTextContent('各企业在出海阶梯上的分布 Where the firms stand on the ladder'));
    expect(h2().querySelector('[lang="en"]')).toHaveTextContent('Where the firms stand on the ladder');
    expect(screen.getByRole('columnheader', { name: '出海阶段 Rung' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '品牌出海 Brand export' })).toBeInTheDocument();
  });
});

function Harness({ onStep }: { onStep: (s: number) => void }) {
  useArrowKeys(onStep);
  return (
    <>
      <label>
        Note <input />
      </label>
      <button type="button">Elsewhere</button>
    </>
  );
}

describe('projector arrow keys', () => {
  it('leave arrow keys to a form field that has focus', async () => {
    const steps: number[] = [];
    render(<Harness onStep={(s) => steps.push(s)} />);
    await userEvent.click(screen.getByRole('textbox', { name: 'Note' }));
    await userEvent.keyboard('ab{ArrowLeft}{ArrowRight}');
    expect(steps).toEqual([]);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowLeft}{ArrowRight}');
    expect(steps).toEqual([1, -1, 1]);
  });
});
