/** The names of the fields a request gave a value (null included), for audit entries: never the values. */
export function givenFields(input: object): string[] {
  return Object.entries(input)
    .filter(([name, value]) => name !== 'version' && value !== undefined)
    .map(([name]) => name)
    .sort();
}
