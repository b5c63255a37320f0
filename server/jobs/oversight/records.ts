import { z } from "zod";
import { EntityRecord } from "../../domain/entity-record.ts";
import { LineRecord } from "../../graph/relationship-record.ts";

/** A line together with the entity at its far end. */
export const LineWithEntity = z.object({ line: LineRecord, entity: EntityRecord });
export type LineWithEntity = z.infer<typeof LineWithEntity>;

/** One body the upward walk reached: its upward lines (with the bodies they reach) and its chairs. */
export const UpwardBodyRow = z.object({
  body: EntityRecord,
  lines: z.array(z.object({ line: LineRecord, entity: EntityRecord })),
  chairs: z.array(EntityRecord),
});
export type UpwardBodyRow = z.infer<typeof UpwardBodyRow>;

/** The walked part of the graph: bodies by id, their upward lines and their chairs. */
export interface UpwardGraph {
  entities: Map<string, EntityRecord>;
  lines: Map<string, LineRecord[]>;
  chairs: Map<string, EntityRecord[]>;
}

export function toUpwardGraph(rows: readonly UpwardBodyRow[]): UpwardGraph {
  const graph: UpwardGraph = { entities: new Map(), lines: new Map(), chairs: new Map() };
  for (const row of rows) {
    graph.entities.set(row.body.id, row.body);
    graph.lines.set(
      row.body.id,
      row.lines.map((upward) => upward.line),
    );
    graph.chairs.set(row.body.id, row.chairs);
    // Bodies beyond the 15-step bound arrive only as line ends; keep them so every step can be named.
    for (const upward of row.lines) {
      if (!graph.entities.has(upward.entity.id)) graph.entities.set(upward.entity.id, upward.entity);
    }
  }
  return graph;
}
