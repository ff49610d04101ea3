/** @jest-environment node */
import {toClinic} from '@/lib/content/clinic'
import {toLanguageAssistance} from '@/lib/content/language-assistance'
import {pickLocalized} from '@/lib/content/localized'

import {i18n} from '@/tests/unit/support/translated-dataset'

type Settings = Parameters<typeof toClinic>[0]
type Notice = Parameters<typeof toLanguageAssistance>[0]

describe('pickLocalized (fields translated per field)', () => {
  const tagline = i18n({en: 'Plain words.', es: 'Palabras sencillas.'})

  it('picks the language asked for', () => {
    expect(pickLocalized(tagline, 'es')).toEqual({text: 'Palabras sencillas.', language: 'es'})
    expect(pickLocalized(tagline, 'en')).toEqual({text: 'Plain words.', language: 'en'})
  })

  it('falls back to English, and says so', () => {
    expect(pickLocalized(tagline, 'zh-Hans')).toEqual({text: 'Plain words.', language: 'en'})
  })

  it('counts an empty or blank translation as missing, and trims', () => {
    expect(pickLocalized(i18n({en: ' Plain. ', es: '   '}), 'es')).toEqual({
      text: 'Plain.',
      language: 'en',
    })
    expect(pickLocalized(i18n({en: '', es: ''}), 'es')).toBeUndefined()
  })

  it('reads a plain string (content from before translations) as English', () => {
    expect(pickLocalized(' Old text ', 'es')).toEqual({text: 'Old text', language: 'en'})
    expect(pickLocalized('  ', 'es')).toBeUndefined()
  })

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', {en: 'x'}],
    ['broken items', [null, 'x', {language: 'es'}, {language: 'es', value: 7}]],
  ])('answers undefined for %s, never throws', (_, field) => {
    expect(pickLocalized(field, 'es')).toBeUndefined()
  })

  it('never answers a third language', () => {
    expect(pickLocalized(i18n({es: 'Solo español.'}), 'zh-Hans')).toBeUndefined()
  })
})

describe('toClinic in a language', () => {
  const settings = {
    clinicName: 'Clínica',
    tagline: i18n({en: 'Spine care.', es: 'Cuidado de la columna.'}),
    disclaimer: i18n({en: 'Not medical advice. Call 911.'}, 'Text'),
    callToAction: i18n({en: 'Call us.', 'zh-Hans': '请致电。'}, 'Text'),
    mainLocation: {
      _id: 'l',
      name: 'Alhambra office',
      slug: 'alhambra',
      hours: [],
      hoursExceptions: [
        {_key: 'x1', date: '2026-11-26', closed: true, label: i18n({en: 'Thanksgiving'})},
        {
          _key: 'x2',
          date: '2026-12-25',
          closed: true,
          label: i18n({en: 'Christmas', es: 'Navidad'}),
        },
      ],
    },
  } as unknown as Settings

  it('gives texts in Spanish where translated, English (marked "en") where not', () => {
    const clinic = toClinic(settings, 'es')
    expect(clinic.name).toBe('Clínica')
    expect(clinic.tagline).toEqual({text: 'Cuidado de la columna.', language: 'es'})
    // No Spanish disclaimer: the English one, marked English.
    expect(clinic.disclaimer).toEqual({text: 'Not medical advice. Call 911.', language: 'en'})
    expect(clinic.callToAction).toEqual({text: 'Call us.', language: 'en'})
  })

  it('gives a holiday its name in the language, or in English (and says so)', () => {
    const location = toClinic(settings, 'es').mainLocation
    expect(location?.hours.exceptions).toEqual([
      {_key: 'x1', date: '2026-11-26', closed: true, label: 'Thanksgiving'},
      {_key: 'x2', date: '2026-12-25', closed: true, label: 'Navidad'},
    ])
    expect(location?.labelLanguages).toEqual({'2026-11-26': 'en'})
  })

  it('gives the call to action in Chinese', () => {
    expect(toClinic(settings, 'zh-Hans').callToAction).toEqual({
      text: '请致电。',
      language: 'zh-Hans',
    })
  })

  it('falls back to the built-in English disclaimer when there is none at all', () => {
    const clinic = toClinic({...settings!, disclaimer: null} as unknown as Settings, 'es')
    expect(clinic.disclaimer.language).toBe('en')
    expect(clinic.disclaimer.text).toMatch(/911/)
  })

  it('reads settings from before translations (plain strings) as English', () => {
    const clinic = toClinic(
      {
        tagline: 'Old tagline',
        disclaimer: 'Old disclaimer',
      } as unknown as Settings,
      'es',
    )
    expect(clinic.tagline).toEqual({text: 'Old tagline', language: 'en'})
    expect(clinic.disclaimer).toEqual({text: 'Old disclaimer', language: 'en'})
  })
})

describe('toLanguageAssistance (the Section 1557 notice)', () => {
  const line = (fields: Record<string, unknown>) => ({
    _key: String(fields.language),
    _type: 'languageTagline',
    languageName: 'Name',
    text: 'Free help: {phone}.',
    dir: 'ltr',
    ...fields,
  })

  it('keeps well-formed lines with their language, name, text and direction', () => {
    const notice = toLanguageAssistance(
      {
        title: i18n({en: 'Language assistance', es: 'Ayuda con idiomas'}),
        nondiscrimination: i18n({en: 'We do not discriminate.'}, 'Text'),
        taglines: [
          line({language: 'vi', languageName: 'Tiếng Việt'}),
          line({language: 'ar', languageName: 'العربية', dir: 'rtl'}),
          line({language: 'zh-Hant', languageName: '繁體中文'}),
          line({language: 'hmn', languageName: 'Hmoob'}),
        ],
        needsVerification: true,
      } as unknown as Notice,
      'es',
    )
    expect(notice.title).toEqual({text: 'Ayuda con idiomas', language: 'es'})
    expect(notice.nondiscrimination).toEqual({text: 'We do not discriminate.', language: 'en'})
    expect(notice.taglines.map(({language, dir}) => [language, dir])).toEqual([
      ['vi', 'ltr'],
      ['ar', 'rtl'],
      ['zh-Hant', 'ltr'],
      ['hmn', 'ltr'],
    ])
    expect(notice.taglines[0]).toEqual({
      key: 'vi',
      language: 'vi',
      languageName: 'Tiếng Việt',
      text: 'Free help: {phone}.',
      dir: 'ltr',
    })
    expect(notice.needsVerification).toBe(true)
  })

  it.each([
    ['a tag with a quote', 'es" onmouseover="x'],
    ['a tag with spaces', 'en US'],
    ['a one-letter tag', 'e'],
    ['a script', '<script>'],
    ['an empty tag', ''],
    ['no tag', undefined],
    ['a number', 7],
  ])('leaves out a line with %s as its language', (_, language) => {
    const notice = toLanguageAssistance({taglines: [line({language})]} as unknown as Notice, 'en')
    expect(notice.taglines).toEqual([])
  })

  it('leaves out lines without text or name, and makes an unknown direction "auto"', () => {
    const notice = toLanguageAssistance(
      {
        taglines: [
          line({language: 'ko', text: '  '}),
          line({language: 'ru', languageName: ''}),
          line({language: 'fa', dir: 'sideways'}),
          line({language: 'ja', dir: null}),
        ],
      } as unknown as Notice,
      'en',
    )
    expect(notice.taglines.map(({language, dir}) => [language, dir])).toEqual([
      ['fa', 'auto'],
      ['ja', 'auto'],
    ])
  })

  it('is marked for verification unless staff said otherwise, and survives a missing notice', () => {
    expect(toLanguageAssistance(null, 'zh-Hans')).toEqual({
      title: undefined,
      nondiscrimination: undefined,
      taglines: [],
      needsVerification: true,
    })
    expect(
      toLanguageAssistance({needsVerification: false} as unknown as Notice, 'en').needsVerification,
    ).toBe(false)
  })
})
