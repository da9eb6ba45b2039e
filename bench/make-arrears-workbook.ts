/** A realistic corporation export of N rows (title row, Dutch headers, forbidden columns, quirks), written by streaming. */
import ExcelJS from 'exceljs';

const SURNAMES = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker'];
const STREETS = ['Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Stationsstraat', 'Beekstraat', '2e Kruisstraat', 'Wilhelminasingel', 'Hoogstraat'];

export async function makeArrearsWorkbook(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Achterstanden');
  sheet.addRow(['Overzicht huurachterstanden']).commit();
  sheet.addRow([]).commit();
  sheet.addRow(['Voorl.', 'Tussenv.', 'Achternaam', 'Geb.datum', 'Straat', 'Huisnr', 'Toev.', 'Postcode', 'Woonplaats', 'Telefoon', 'Mnd achterstand', 'Achterstand (€)', 'BSN', 'Opmerkingen']).commit();
  for (let i = 0; i < rows; i++) {
    const [prefix, ...rest] = SURNAMES[i % SURNAMES.length]!.split(' ').reverse();
    const surname = prefix!;
    const tussenvoegsel = rest.reverse().join(' ');
    const birth = i % 3 === 0 ? 20000 + (i % 9000) : `${(i % 28) + 1}-${(i % 12) + 1}-${1950 + (i % 50)}`;
    sheet
      .addRow([
        String.fromCharCode(65 + (i % 26)) + '.', tussenvoegsel, surname + (i % 7 ? '' : '-Smits'), birth, STREETS[i % STREETS.length], (i % 250) + 1,
        i % 10 === 0 ? 'A' : '', `${6000 + (i % 99)} ${['AB', 'CD', 'EF', 'GH'][i % 4]}`, 'Weert', i % 4 ? '0495-123456' : '', 2 + (i % 5), `€ ${(500 + i).toLocaleString('nl-NL')},${String(i % 100).padStart(2, '0')}`,
        String(100000000 + i), 'geen',
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}
