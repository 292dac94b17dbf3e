import { describe, expect, it } from 'vitest';
import { messageGroups } from '../../app/i18n/messages';
import { catalogueMessages } from '../catalogue/catalogue.messages';
import { procedureMessageGroups, procedureMessages } from './procedures.messages';

describe('the catalogue’s messages', () => {
  it('declare each key once, and none that another group of the app declares', () => {
    const groups = [...procedureMessageGroups, catalogueMessages];
    const own = groups.flatMap((group) => Object.keys(group));
    expect(new Set(own).size).toBe(own.length);
    expect(Object.keys(procedureMessages)).toHaveLength(own.length - Object.keys(catalogueMessages).length);
    const appKeys = messageGroups.flatMap((group) => Object.keys(group));
    const others = appKeys.filter((key) => !own.includes(key));
    expect(appKeys.length - others.length).toBe(own.length);
  });
});
