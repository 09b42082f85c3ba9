import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../workbook/port.js';
import { problemText } from './messages.js';

describe('problemText', () => {
  it('shows a UserFacingError in the chosen language', () => {
    const error = new UserFacingError({ fr: 'Sélection vide.', en: 'Empty selection.' });
    expect([problemText(error, 'fr'), problemText(error, 'en')]).toEqual([
      { kind: 'user', text: 'Sélection vide.' },
      { kind: 'user', text: 'Empty selection.' },
    ]);
  });

  it('recognises the text of an error that lost its class on the way through a bridge', () => {
    const bridged = { name: 'UserFacingError', message: 'Empty selection.', text: { fr: 'Sélection vide.', en: 'Empty selection.' } };
    expect(problemText(bridged, 'fr')).toEqual({ kind: 'user', text: 'Sélection vide.' });
  });

  it('says a defect is unexpected and keeps its message', () => {
    const shown = problemText(new TypeError('sheet.getRange is not a function'), 'en');
    expect(shown.kind).toBe('defect');
    expect(shown.text).toContain('sheet.getRange is not a function');
  });

  it('shows a rejection that is not an Error as text', () => {
    expect(problemText('RichApi.Error', 'fr').text).toContain('RichApi.Error');
  });
});
