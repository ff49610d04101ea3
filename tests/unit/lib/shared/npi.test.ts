/** @jest-environment node */
import {isValidNpi} from '@/lib/shared/npi'

/*
 * Check digits worked by hand with CMS's method ("Requirements for NPI check digit"): double every
 * other one of the first nine digits starting with the first (subtracting 9 above 9), add the
 * others and 24 (the value of the prefix 80840); the check digit brings the sum to a multiple of 10.
 */
const VALID = [
  // CMS's own example: doubled 1, 3, 5, 7, 9 -> 2 + 6 + 1 + 5 + 9 = 23, plus 2 + 4 + 6 + 8 = 20;
  // 43 + 24 = 67 -> 3
  '1234567893',
  '1000000004', // doubled 1 -> 2; 2 + 24 = 26 -> 4
  '1111111112', // doubled 5 × 2 = 10, plus 4 × 1 = 14; 14 + 24 = 38 -> 2
  '1999999992', // doubled 2 + 4 × 9 = 38, plus 4 × 9 = 36; 74 + 24 = 98 -> 2
  '2222222228', // doubled 5 × 4 = 20, plus 4 × 2 = 8; 28 + 24 = 52 -> 8
]

describe('isValidNpi', () => {
  it.each(VALID)('accepts %s', (npi) => {
    expect(isValidNpi(npi)).toBe(true)
  })

  it.each(VALID)('rejects %s with any other last digit', (npi) => {
    const body = npi.slice(0, 9)
    const others = [...'0123456789'].filter((digit) => digit !== npi[9])
    expect(others.map((digit) => isValidNpi(body + digit))).toEqual(others.map(() => false))
  })

  it('rejects two swapped neighbouring digits (a common typing error)', () => {
    expect(isValidNpi('1243567893')).toBe(false)
  })

  it.each([
    ['nine digits', '123456789'],
    ['eleven digits', '12345678930'],
    ['the CMS example with its prefix (15 digits)', '808401234567893'],
    ['empty', ''],
    ['a letter', '123456789X'],
    ['letters only', 'abcdefghij'],
    ['a space inside', '12345 67893'],
    ['spaces around', ' 1234567893 '],
    ['dashes', '123-456-7893'],
    ['a trailing newline', '1234567893\n'],
    ['full-width digits', '１２３４５６７８９３'],
  ])('rejects %s', (_, value) => {
    expect(isValidNpi(value)).toBe(false)
  })
})
