import { getCollection } from "astro:content";

/** Timeline events, oldest first. */
export async function getMilestones() {
  const milestones = await getCollection("milestones");
  return milestones.map((m) => m.data).sort((a, b) => a.date.localeCompare(b.date));
}

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
