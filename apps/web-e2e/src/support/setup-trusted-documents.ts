import { refusedOperations } from './trusted-documents';

afterEach(() => {
  const refused = refusedOperations.splice(0);
  expect(refused).toEqual([]);
});

// A refusal whose response was still being read when the last test ended.
afterAll(() => {
  expect(refusedOperations.splice(0)).toEqual([]);
});
