export * from "./auth";
export * from "./organisation";
export * from "./partnership";
export * from "./agreement";
export * from "./services";
export * from "./roles";
export * from "./invitations";
export * from "./audit";
