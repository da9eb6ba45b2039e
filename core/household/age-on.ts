/**
 * Age in whole years on `today` (YYYY-MM-DD). A partial birth date ("1995", "1995-02")
 * is read as the LATEST day it can mean, giving the youngest possible age: for the
 * covenant's priority for households with minor children (art. 4.1) a possible minor
 * should count as one rather than be missed. Null when the date is unknown.
 */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  const [year, month, day] = birthDate.split('-').map(Number);
  if (!year) return null;
  const birthMonth = month ?? 12;
  const birthDay = day ?? 31;
  const [todayYear = 0, todayMonth = 0, todayDay = 0] = today.split('-').map(Number);
  const hadBirthday = todayMonth > birthMonth || (todayMonth === birthMonth && todayDay >= birthDay);
  return todayYear - year - (hadBirthday ? 0 : 1);
}
