import { describe, expect, it } from 'vitest';
import { NAME_KEY_VERSION, recordKeys, searchKeys } from '../../src/domain/names/blind-keys.js';

const shares = (search: readonly string[], record: readonly string[]) => search.some((k) => record.includes(k));

describe('blind keys for name search', () => {
  it('meet across scripts, spellings and order through the pair key', () => {
    const record = recordKeys(['محمد رضایی']);
    for (const search of ['Mohammad Rezaei', 'Mohamad Rezaie', 'Rezaee, Muhammad', 'محمد رضائي']) {
      expect(shares(searchKeys([search]).primary, record), search).toBe(true);
    }
    expect(searchKeys(['Rezaie Mohamad']).primary).toContain(`${NAME_KEY_VERSION}:pair:MHMD+RZI`);
  });

  it('have an exact key for the normalized name in any order', () => {
    expect(recordKeys(['Seyed Ali HOSSEINI'])).toContain(`${NAME_KEY_VERSION}:name:ali hosseini`);
    expect(searchKeys(['Hosseini, Ali']).primary).toContain(`${NAME_KEY_VERSION}:name:ali hosseini`);
  });

  it('read a compound given name both ways', () => {
    const record = recordKeys(['Mohammadreza Jafari']);
    expect(shares(searchKeys(['Mohammad Reza Jafari']).primary, record)).toBe(true);
    expect(shares(searchKeys(['محمد رضا جعفری']).primary, record)).toBe(true);
  });

  it('index every part alone, but search by single parts only as a fallback', () => {
    const record = recordKeys(['Ali Rezaei']);
    expect(record).toEqual(expect.arrayContaining([`${NAME_KEY_VERSION}:part:ALI`, `${NAME_KEY_VERSION}:part:RZI`]));
    const { primary, fallback } = searchKeys(['Zahra Rezaei']);
    expect(primary.some((k) => k.includes(':part:'))).toBe(false);
    expect(fallback).toContain(`${NAME_KEY_VERSION}:part:RZI`);
  });

  it('give a single-part search nothing but its exact key and the fallback', () => {
    const { primary, fallback } = searchKeys(['Mamad']);
    expect(primary).toEqual([`${NAME_KEY_VERSION}:name:mamad`]);
    expect(fallback).toEqual([`${NAME_KEY_VERSION}:part:MHMD`]);
  });

  it('do not pull everyone with a common family name', () => {
    // A registry where 400 people are called Rezaei, with 20 given names.
    const given = ['Ali', 'Zahra', 'Hassan', 'Maryam', 'Reza', 'Fatemeh', 'Javad', 'Leila', 'Majid', 'Narges'];
    const more = ['Saeed', 'Parvin', 'Omid', 'Shirin', 'Kaveh', 'Soraya', 'Farhad', 'Nasrin', 'Behrouz', 'Mina'];
    const index = new Map<string, number[]>();
    const people = Array.from({ length: 400 }, (_, i) => [`${[...given, ...more][i % 20]} Rezaei`]);
    people.forEach((names, i) => {
      for (const key of recordKeys(names)) index.set(key, [...(index.get(key) ?? []), i]);
    });
    const found = new Set(searchKeys(['علی رضایی']).primary.flatMap((k) => index.get(k) ?? []));
    expect(found.size).toBe(20);
    expect([...found].every((i) => people[i]?.[0] === 'Ali Rezaei')).toBe(true);
    const fallback = new Set(searchKeys(['علی رضایی']).fallback.flatMap((k) => index.get(k) ?? []));
    expect(fallback.size).toBe(400);
  });

  it('carry the version of the key rules, so that stored keys can be recomputed when they change', () => {
    expect(recordKeys(['Ali Rezaei']).every((k) => k.startsWith(`${NAME_KEY_VERSION}:`))).toBe(true);
  });

  it('give no keys for a name with no readable part', () => {
    expect(recordKeys([' - '])).toEqual([]);
  });
});
