/** English messages of the error boundaries and run stops (issue 20). */
export const enHardening = {
  'boundary.title': 'This view could not be shown',
  'boundary.body':
    'Something in the scenario made this view fail; the rest of the planner still works. Your edits are kept until you discard them.',
  'boundary.detail': 'What went wrong: {message}',
  'boundary.discard': 'Discard the edits and open {base}',
  'boundary.retry': 'Try again',
  'boundary.rootTitle': 'The planner could not start',
  'boundary.rootBody':
    'The page failed while opening the saved scenario. Discarding the saved edits opens the signed contract instead.',
  'boundary.rootDiscard': 'Discard the saved edits and reload',
} as const;
