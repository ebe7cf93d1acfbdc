import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Deferred } from './Deferred';

describe('Deferred', () => {
  it('shows the placeholder in the first render and the content once a frame has gone by', async () => {
    render(
      <Deferred placeholder={<p>keeping the room</p>}>
        <p>below the fold</p>
      </Deferred>,
    );
    expect(screen.getByText('keeping the room')).toBeInTheDocument();
    expect(screen.queryByText('below the fold')).not.toBeInTheDocument();
    expect(await screen.findByText('below the fold')).toBeInTheDocument();
    expect(screen.queryByText('keeping the room')).not.toBeInTheDocument();
  });
});
