import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { use } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n/i18n';
import { LazyDetails } from './LazyDetails';

/** Content that needs something not loaded yet (as the question texts may be), until `release` is called. */
function pending() {
  let release!: () => void;
  const ready = new Promise<void>((r) => (release = r));
  function Content() {
    use(ready);
    return <p>the answers behind it</p>;
  }
  return { Content, release };
}

describe('LazyDetails', () => {
  it('builds its content only when opened', async () => {
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <LazyDetails summary="Why">
          <p>the answers behind it</p>
        </LazyDetails>
      </I18nextProvider>,
    );
    expect(screen.queryByText('the answers behind it')).not.toBeInTheDocument();
    await userEvent.click(screen.getByText('Why'));
    expect(await screen.findByText('the answers behind it')).toBeInTheDocument();
  });

  it('waits inside the details for content that is still loading, leaving the page around it in place', async () => {
    const i18n = await createI18n('zh-CN');
    const { Content, release } = pending();
    render(
      <I18nextProvider i18n={i18n}>
        <h1>page</h1>
        <LazyDetails summary="Why">
          <Content />
        </LazyDetails>
      </I18nextProvider>,
    );
    await userEvent.click(screen.getByText('Why'));
    // The loading line is inside the opened details, in the interface language.
    const loading = await screen.findByRole('status');
    expect(loading).toHaveTextContent(i18n.t('app.loading'));
    expect(loading.closest('details')).toHaveAttribute('open');
    expect(screen.getByRole('heading', { name: 'page' })).toBeInTheDocument();
    release();
    expect(await screen.findByText('the answers behind it')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
