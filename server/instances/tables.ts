/** The tables of ADR 0017 for a connection's own dialect (db/instances.ts). */
export { instanceTables, type InstanceTables } from "~/db/instances";
