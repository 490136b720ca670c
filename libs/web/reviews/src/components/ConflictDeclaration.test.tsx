import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { NARRATIVE_MAX_CHARS } from '@abate/shared/limits';
import { errorSummaryItems, renderWithApi, type MockHandler } from '@abate/web/testing';
import {
  COI_CONFLICT_ID,
  COI_EXPLANATION_ID,
  COI_NONE_ID,
  ConflictDeclaration,
  type ConflictDeclarationProps,
} from './ConflictDeclaration';

const assignment = {
  id: 'assignment-1',
  organizationName: 'Wake County',
  round: { id: 'round-1', title: 'PORP 2027' },
} as unknown as ConflictDeclarationProps['assignment'];

function setUp(api: MockHandler = () => ({ errors: [{ code: 'INTERNAL', message: 'unexpected' }] })) {
  const onDeclared = vi.fn();
  const rendered = renderWithApi(
    <ConflictDeclaration assignment={assignment} roundHref="/review/rounds/round-1" onDeclared={onDeclared} />,
    { api },
  );
  const byId = (id: string) => rendered.container.querySelector<HTMLElement>(`#${id}`)!;
  const submit = () => fireEvent.submit(rendered.container.querySelector('form')!);
  const explain = (text: string) => fireEvent.change(byId(COI_EXPLANATION_ID), { target: { value: text } });
  return { ...rendered, onDeclared, byId, submit, explain };
}

describe('ConflictDeclaration error states', () => {
  it('asks for a choice first, without calling the API', () => {
    const { submit, calls } = setUp();
    submit();
    expect(errorSummaryItems()).toEqual([
      { message: 'Choose whether you have a conflict of interest', fieldId: COI_NONE_ID },
    ]);
    expect(calls).toEqual([]);
  });

  it('needs an explanation of a conflict, within the shared limit', () => {
    const { submit, byId, explain, calls } = setUp();
    fireEvent.click(byId(COI_CONFLICT_ID));
    submit();
    expect(errorSummaryItems()).toEqual([
      {
        message: 'Explain the conflict, so the program officer can assign another reviewer',
        fieldId: COI_EXPLANATION_ID,
      },
    ]);
    explain('x'.repeat(NARRATIVE_MAX_CHARS + 1));
    submit();
    expect(errorSummaryItems()).toEqual([
      { message: 'Shorten the explanation to 5,000 characters', fieldId: COI_EXPLANATION_ID },
    ]);
    expect(byId(COI_EXPLANATION_ID)).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toEqual([]);
  });

  it('shows the server refusing the explanation beside it, and a network failure as such', async () => {
    let answer: ReturnType<MockHandler> = {
      errors: [
        { code: 'BAD_USER_INPUT', message: 'explanation must be at most 5,000 characters', field: 'explanation' },
      ],
    };
    const { submit, byId, explain, onDeclared } = setUp(() => answer);
    fireEvent.click(byId(COI_CONFLICT_ID));
    explain('I sit on its board');
    submit();
    expect(await screen.findByRole('link', { name: 'explanation must be at most 5,000 characters' })).toHaveAttribute(
      'href',
      `#${COI_EXPLANATION_ID}`,
    );

    answer = { networkError: true };
    submit();
    expect(
      await screen.findByText('Abate could not be reached. Check your connection, then try again.'),
    ).toBeInTheDocument();
    expect(onDeclared).not.toHaveBeenCalled();
  });

  it('declares no conflict, and treats INVALID_STATE (declared in another tab) as declared', async () => {
    const { submit, byId, onDeclared, calls } = setUp(() => ({
      errors: [{ code: 'INVALID_STATE', message: 'Already declared' }],
    }));
    fireEvent.click(byId(COI_NONE_ID));
    submit();
    await vi.waitFor(() => expect(onDeclared).toHaveBeenCalledWith(false));
    expect(calls[0]).toMatchObject({
      operationName: 'ReviewerDeclareConflict',
      variables: { assignmentId: 'assignment-1', hasConflict: false },
    });
  });
});
