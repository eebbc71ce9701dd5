/** "20 January 2015", "May 2018" or "1990", as precise as the record's date. */
export function formatMilestoneDate(date: string): string {
  const [year, month, day] = date.split("-");
  if (!month) return year!;
  const monthName = new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString("en-GB", {
    month: "long",
    timeZone: "UTC",
  });
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
