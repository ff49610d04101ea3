/*
 * The US National Provider Identifier (NPI): ten digits, the last a check digit. CMS's
 * "Requirements for NPI check digit" computes it with the Luhn formula over the nine digits
 * prefixed by 80840 (the NPI's card issuer prefix), so the whole number, so prefixed, passes Luhn.
 */

/** The prefix CMS puts before an NPI for its Luhn check: health industry (80), United States (840). */
const NPI_LUHN_PREFIX = '80840'

/** True when `value` is exactly ten digits whose last one is the NPI check digit. */
export function isValidNpi(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false
  const digits = NPI_LUHN_PREFIX + value
  let sum = 0
  // Luhn: from the right, every second digit is doubled (and 9 subtracted when it exceeds 9).
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}
