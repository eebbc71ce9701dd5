import { getCollection } from "astro:content";

/** Timeline events, oldest first. */
export async function getMilestones() {
  const milestones = await getCollection("milestones");
  return milestones.map((m) => m.data).sort((a, b) => a.date.localeCompare(b.date));
}
