import fs from 'fs';
import path from 'path';
import { defaultValues, GROUPS, SETTINGS, VALUE_SETTINGS, withDefaults } from '../../../frontend/admin/schema';
import { base64url, generateSecret } from '../../../frontend/admin/secret';
import { CHOICE_LABELS, GROUP_TITLES, SETTING_HELP, SETTING_LABELS } from '../../../frontend/admin/texts';

describe('schema', () => {
  test('the page shows every setting of settings-schema.json, grouped as the schema says', () => {
    const file = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../src/main/resources/docsbridge/settings-schema.json'), 'utf8'));
    expect(SETTINGS.map((s) => s.name)).toEqual(file.settings.map((s: { name: string }) => s.name));
    expect(GROUPS).toEqual(['server', 'security', 'formats', 'editor']);
  });

  test('defaults come from the schema, without the secret', () => {
    const values = defaultValues();
    expect(values).not.toHaveProperty('jwtSecret');
    expect(values.jwtHeader).toBe('Authorization');
    expect(values.verifyCertificates).toBe(true);
    expect(values.reviewDisplay).toBe('original');
    expect(Object.keys(values)).toEqual(VALUE_SETTINGS.map((s) => s.name));
  });

  test("the server's values are laid over the defaults and coerced to the schema's types", () => {
    const values = withDefaults({ docsUrl: 'https://d.example', chat: 'false' as unknown as boolean, lossyEditable: ['odt', 'exe'], unknown: 'x' });
    expect(values.docsUrl).toBe('https://d.example');
    expect(values.chat).toBe(false);
    expect(values.lossyEditable).toEqual(['odt']);
    expect(values).not.toHaveProperty('unknown');
    expect(values.comments).toBe(true);
  });
});

describe('texts', () => {
  test('every setting has a label and a help text that exist in the properties file', () => {
    for (const s of SETTINGS) {
      const label = SETTING_LABELS[s.name]?.();
      const help = SETTING_HELP[s.name]?.();
      expect({ name: s.name, label: label && !label.startsWith('docsbridge.') }).toEqual({ name: s.name, label: true });
      expect({ name: s.name, help: help && !help.startsWith('docsbridge.') }).toEqual({ name: s.name, help: true });
    }
  });

  test('every choice of a choice setting and every group has a text', () => {
    for (const s of SETTINGS.filter((x) => x.type === 'choice')) {
      for (const choice of s.choices ?? []) expect(CHOICE_LABELS[s.name]?.[choice]?.()).toMatch(/^[A-Z]/);
    }
    for (const g of GROUPS) expect(GROUP_TITLES[g]()).toMatch(/^[A-Z]/);
  });
});

describe('generateSecret', () => {
  test('32 random bytes as 43 base64url characters, different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const secret = generateSecret();
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      seen.add(secret);
    }
    expect(seen.size).toBe(50);
  });

  test('takes its bytes from crypto.getRandomValues', () => {
    const random = { getRandomValues: jest.fn(<T extends ArrayBufferView | null>(array: T) => {
      new Uint8Array((array as unknown as Uint8Array).buffer).fill(0xff);
      return array;
    }) };
    expect(generateSecret(random as unknown as Crypto)).toBe('_'.repeat(42) + '8');
    expect(random.getRandomValues).toHaveBeenCalledWith(expect.any(Uint8Array));
    expect((random.getRandomValues.mock.calls[0][0] as unknown as Uint8Array).length).toBe(32);
  });

  test('base64url uses - and _ and no padding', () => {
    expect(base64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });
});
