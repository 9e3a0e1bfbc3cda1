import { invalid } from "~/server/domain/errors";
import { isCommonPassword } from "./common-passwords";
import { passwordProblem, type PasswordOwner } from "./password-policy";

/** Refuses a password someone chooses for themselves, with the reason under the password field. */
export function refuseWeakPassword(password: string, owner: PasswordOwner | null) {
  const problem = passwordProblem(password, owner, isCommonPassword);
  if (problem) throw invalid(problem, "password");
}
