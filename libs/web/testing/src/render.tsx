import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { mockClient, type MockCall, type MockHandler } from './mock-client';

export interface RenderOptions {
  /** Answers the component's GraphQL operations; the default refuses every one (a test must say what it expects). */
  api?: MockHandler;
  /** The router's location. */
  path?: string;
}

export interface Rendered extends RenderResult {
  user: UserEvent;
  calls: MockCall[];
}

const unexpected: MockHandler = (operationName) => {
  throw new Error(`Unexpected GraphQL operation ${operationName}`);
};

/** Renders `ui` under a router and a urql client answered by `api`, with a user-event session. */
export function renderWithApi(ui: ReactElement, { api = unexpected, path = '/' }: RenderOptions = {}): Rendered {
  const { client, calls } = mockClient(api);
  const user = userEvent.setup();
  const result = render(
    <Provider value={client}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </Provider>,
  );
  return { ...result, user, calls };
}
